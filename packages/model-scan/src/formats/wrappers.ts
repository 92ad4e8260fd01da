/**
 * Compressed wrappers (gzip, zlib, bz2, xz, lzma, lz4, zstd; joblib's old `ZF` files) are unwrapped and what
 * they hold is scanned as a stream; 7z archives cannot be unpacked and say so.
 */
import { decompress } from '../compress.js';
import { COMPRESSED } from '../detect.js';
import { inner } from '../findings.js';
import { UNSCANNABLE_HELP } from './help.js';
import { streamOf } from '../source.js';
import type { FormatHandler } from './types.js';

/** joblib < 0.10 `ZF` files: `ZF`, the length in hex padded to 19 characters, then a zlib stream. */
const ZF_HEADER = 21;

export const compressedFormats: FormatHandler[] = [...COMPRESSED].map((format) => ({
  format,
  title: format,
  scan: (scan, src, where, depth, hints) =>
    scan.stream(decompress(format, streamOf(src), scan.inflateBudget()), inner(where, `(${format})`), depth + 1, hints),
}));

export const joblibZfFormat: FormatHandler = {
  format: 'joblib-zf',
  title: 'joblib ZF',
  scan: async (scan, src, where, depth, hints) => {
    // joblib <= 0.8.4 under Python 2 wrote one space more; read_zfile skips it (zlib data never starts with one)
    const start = (await src.read(ZF_HEADER, 1))[0] === 0x20 ? ZF_HEADER + 1 : ZF_HEADER;
    await scan.stream(
      decompress('zlib', streamOf(src.slice(start, src.size - start)), scan.inflateBudget()),
      inner(where, '(joblib ZF zlib)'),
      depth + 1,
      hints,
    );
  },
};

export const sevenZipFormat: FormatHandler = {
  format: '7z',
  title: '7z (reported: not unpacked)',
  scan: (scan, _src, where) => {
    scan.add(
      'coverage',
      'scan.unsupported-archive',
      'high',
      '7z archive: its members cannot be unpacked by this scanner, so they were not checked',
      where,
      0,
      UNSCANNABLE_HELP,
    );
    return Promise.resolve();
  },
};
