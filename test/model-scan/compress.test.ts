/** Compressed wrappers: decompression is bounded by what the stream really holds, not by the budget. */
import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { decompress } from '../../packages/model-scan/src/compress.js';

const require = createRequire(import.meta.url);
const lz4 = require('lz4js') as { compress(src: Uint8Array): Uint8Array };

async function* once(b: Buffer): AsyncGenerator<Buffer> {
  yield b;
}

describe('decompress', () => {
  it('sizes the lz4 output from the frame, not from the 1 GiB budget', async () => {
    const text = Buffer.from('ctorch._utils\n_rebuild_tensor_v2\n'.repeat(100));
    const out: Buffer[] = [];
    for await (const c of decompress('lz4', once(Buffer.from(lz4.compress(text))), 1 << 30)) out.push(c);
    expect(Buffer.concat(out).equals(text)).toBe(true);
    // lz4js allocates its whole output up front; the chunk's backing store shows how much it took
    for (const c of out) expect(c.buffer.byteLength).toBeLessThanOrEqual(4 << 20);
  });

  it('reports a corrupt xz stream as a scan error naming the format', async () => {
    const bad = Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(64, 0x41)]);
    const run = async (): Promise<void> => {
      for await (const c of decompress('xz', once(bad), 1 << 20)) void c;
    };
    await expect(run()).rejects.toThrow(/xz stream is corrupt/);
  });
});
