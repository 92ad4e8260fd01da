/**
 * Format detection (detect.ts: every signature, the safetensors and protobuf heuristics, text pickles) and
 * the unwrapping of compressed wrappers (compress.ts decompress: gzip, zlib, bz2, xz, lz4, zstd, raw LZMA)
 * with a small output cap, so a bomb must end with a LimitError.
 */
import { decompress } from '../../packages/model-scan/src/compress.js';
import { COMPRESSED, detect } from '../../packages/model-scan/src/detect.js';
import { bufferSource, streamOf } from '../../packages/model-scan/src/source.js';
import { expectOnlyTypedErrors, FuzzBug } from '../lib/oracle.js';
import { entry, type FuzzTarget } from '../lib/target.js';

const CAP = 4 << 20;

export const target: FuzzTarget = {
  name: 'compress',
  parser: 'detect (detect.ts) + decompress of every wrapper (packages/model-scan/src/compress.ts)',
  sync: false,
  instrument: ['node_modules/lz4js/', 'node_modules/unbzip2-stream/', 'node_modules/xz-decompress/'],
  seeds: (f) => (COMPRESSED.has(f.format) || f.format === '7z' ? [f.data] : []),
  async fuzz(data) {
    const format = detect(data.subarray(0, 4096), data.length);
    if (!COMPRESSED.has(format)) return;
    let out = 0;
    await expectOnlyTypedErrors(async () => {
      for await (const c of decompress(format, streamOf(bufferSource(data), 1024), CAP)) out += c.length;
    });
    if (out > CAP) throw new FuzzBug(`${format} produced ${out} bytes past the ${CAP}-byte cap`);
  },
};

export const fuzz = entry(target);
