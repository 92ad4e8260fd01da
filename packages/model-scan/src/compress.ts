/**
 * Streaming decompression of the wrappers joblib and users put around pickles: gzip, zlib, zstd (node:zlib),
 * bz2 (unbzip2-stream), xz (xz-decompress, WebAssembly), lz4 frames (lz4js, in memory with a cap).
 * Output is capped, so a decompression bomb ends with a limit finding, not an exhausted machine.
 */
import { PassThrough, Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { createRequire } from 'node:module';
import type { Format } from './detect.js';
import { LimitError, ScanError } from './findings.js';
import { collect } from './source.js';
import { lzmaAlone } from './lzma.js';

const require = createRequire(import.meta.url);

function nodeStream(format: Format): NodeJS.ReadWriteStream {
  switch (format) {
    case 'gzip':
      return zlib.createGunzip();
    case 'zlib':
      return zlib.createInflate();
    case 'zstd': {
      const make = (zlib as unknown as { createZstdDecompress?: () => NodeJS.ReadWriteStream }).createZstdDecompress;
      if (!make) throw new ScanError('zstd needs Node 22.15 or later');
      return make();
    }
    case 'bz2': {
      const unbzip2 = require('unbzip2-stream') as () => NodeJS.ReadWriteStream;
      return unbzip2();
    }
    default:
      throw new ScanError(`no decompressor for ${format}`);
  }
}

/** Decompresses `input` (a stream of `format`), yielding at most `maxOut` bytes. */
export async function* decompress(
  format: Format,
  input: AsyncIterable<Buffer>,
  maxOut: number,
): AsyncGenerator<Buffer> {
  let produced = 0;
  const limit = (c: Buffer): Buffer => {
    produced += c.length;
    if (produced > maxOut)
      throw new LimitError(`${format} stream expands beyond ${maxOut} bytes (decompression bomb limit)`);
    return c;
  };
  if (format === 'xz') {
    type XzModule = { XzReadableStream: new (s: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array> };
    // a CommonJS package: its exports are named in the bundle and under Jest, on `default` in plain Node
    const mod = (await import('xz-decompress')) as unknown as Partial<XzModule> & { default?: XzModule };
    const XzReadableStream = mod.XzReadableStream ?? mod.default!.XzReadableStream;
    const web = Readable.toWeb(Readable.from(input)) as unknown as ReadableStream<Uint8Array>;
    const reader = new XzReadableStream(web).getReader();
    for (;;) {
      let r: Awaited<ReturnType<typeof reader.read>>;
      try {
        r = await reader.read();
      } catch (error) {
        if (error instanceof ScanError) throw error;
        throw new ScanError(`xz stream is corrupt: ${(error as Error).message}`);
      }
      if (r.done) return;
      yield limit(Buffer.from(r.value));
    }
  }
  if (format === 'lz4') {
    const data = await collect(input, 256 << 20);
    if (!data) throw new LimitError('lz4 stream larger than 256 MiB (lz4 is decompressed in memory)');
    // every frame in turn, skippable frames skipped, as python-lz4 (joblib, pandas) reads them
    for (const frame of lz4Frames(data)) {
      const lz4 = require('lz4js') as {
        decompressFrame(src: Uint8Array, dst: Uint8Array): number;
        decompressBound(src: Uint8Array): number;
      };
      let dst: Buffer;
      let n: number;
      try {
        // lz4js fills a buffer sized up front: size it from the frame (blocks x block size), capped
        dst = Buffer.alloc(Math.min(Math.max(0, maxOut - produced) + 1, 1 << 30, lz4.decompressBound(frame.data)));
        n = lz4.decompressFrame(frame.data, dst);
      } catch (error) {
        throw new ScanError(
          `lz4 frame at offset ${frame.offset} is corrupt: ${(error as Error).message}`,
          frame.offset,
        );
      }
      // a copy when much smaller: the frame bound can be far larger than what the frame holds
      yield limit(n * 2 >= dst.length ? dst.subarray(0, n) : Buffer.from(dst.subarray(0, n)));
    }
    return;
  }
  if (format === 'zstd') {
    // frame by frame (skippable frames skipped, every frame read), as python-zstandard and pandas read them
    const data = await collect(input, 256 << 20);
    if (!data) throw new LimitError('zstd stream larger than 256 MiB (zstd is decompressed frame by frame in memory)');
    const sync = (zlib as unknown as { zstdDecompressSync?: (b: Buffer, o?: object) => Buffer }).zstdDecompressSync;
    if (!sync) throw new ScanError('zstd needs Node 22.15 or later');
    for (const frame of zstdFrames(data)) {
      let out: Buffer;
      try {
        out = sync(frame.data, { maxOutputLength: Math.max(1, Math.min(maxOut - produced + 1, 1 << 30)) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new LimitError(`zstd stream expands beyond ${maxOut} bytes (decompression bomb limit)`);
        throw new ScanError(
          `zstd frame at offset ${frame.offset} is corrupt: ${(error as Error).message}`,
          frame.offset,
        );
      }
      yield limit(out);
    }
    return;
  }
  if (format === 'lzma') {
    const data = await collect(input, 256 << 20);
    if (!data) throw new LimitError('LZMA stream larger than 256 MiB (raw LZMA is decompressed in memory)');
    for (const c of lzmaAlone(data, () => maxOut - produced)) yield limit(c);
    return;
  }
  const d = nodeStream(format);
  const src = Readable.from(input);
  const out = new PassThrough();
  src.on('error', (e) => out.destroy(e));
  d.on('error', (e: Error) => out.destroy(e));
  src.pipe(d as unknown as NodeJS.WritableStream);
  (d as unknown as NodeJS.ReadableStream).pipe(out);
  try {
    for await (const c of out as AsyncIterable<Buffer>) yield limit(c);
  } catch (error) {
    if (error instanceof ScanError) throw error;
    throw new ScanError(`${format} stream is corrupt: ${(error as Error).message}`);
  } finally {
    src.unpipe();
    src.destroy();
    out.destroy();
    (d as unknown as { destroy?: () => void }).destroy?.();
  }
}

/** Raw deflate (zip method 8) of a member, capped. */
export async function* inflateRaw(input: AsyncIterable<Buffer>, maxOut: number): AsyncGenerator<Buffer> {
  let out = 0;
  const d = zlib.createInflateRaw();
  const src = Readable.from(input);
  src.on('error', (e) => d.emit('error', e));
  src.pipe(d);
  try {
    for await (const c of d as AsyncIterable<Buffer>) {
      out += c.length;
      if (out > maxOut) throw new LimitError(`member inflates beyond ${maxOut} bytes (decompression bomb limit)`);
      yield c;
    }
  } catch (error) {
    if (error instanceof ScanError) throw error;
    throw new ScanError(`deflate data is corrupt: ${(error as Error).message}`);
  } finally {
    src.unpipe();
    src.destroy();
    d.destroy();
  }
}

/**
 * Splits an lz4 stream into its frames (magic 0x184D2204), skipping skippable frames (0x184D2A50-5F).
 * Throws for bytes that are neither.
 */
export function* lz4Frames(data: Buffer): Generator<{ offset: number; data: Buffer }> {
  let p = 0;
  while (p < data.length) {
    if (p + 8 > data.length) throw new ScanError(`lz4 stream ends inside a frame header at offset ${p}`, p);
    const magic = data.readUInt32LE(p);
    if (magic >>> 4 === 0x184d2a5) {
      p += 8 + data.readUInt32LE(p + 4);
      continue;
    }
    if (magic !== 0x184d2204)
      throw new ScanError(`expected an lz4 frame at offset ${p}, found 0x${magic.toString(16).padStart(8, '0')}`, p);
    const flg = data[p + 4]!;
    let q = p + 6 + (flg & 0x08 ? 8 : 0) + (flg & 0x01 ? 4 : 0) + 1;
    for (;;) {
      if (q + 4 > data.length) throw new ScanError(`lz4 frame at offset ${p} is truncated`, p);
      const size = data.readUInt32LE(q) & 0x7fffffff;
      q += 4;
      if (size === 0) break;
      q += size + (flg & 0x10 ? 4 : 0);
    }
    if (flg & 0x04) q += 4;
    if (q > data.length) throw new ScanError(`lz4 frame at offset ${p} is truncated`, p);
    yield { offset: p, data: data.subarray(p, q) };
    p = q;
  }
}

/** Splits a zstd stream into its frames (magic 0xFD2FB528), skipping skippable frames (0x184D2A50-5F). */
export function* zstdFrames(data: Buffer): Generator<{ offset: number; data: Buffer }> {
  let p = 0;
  const need = (q: number): void => {
    if (q > data.length) throw new ScanError(`zstd frame at offset ${p} is truncated`, p);
  };
  while (p < data.length) {
    need(p + 8);
    const magic = data.readUInt32LE(p);
    if (magic >>> 4 === 0x184d2a5) {
      p += 8 + data.readUInt32LE(p + 4);
      continue;
    }
    if (magic !== 0xfd2fb528)
      throw new ScanError(`expected a zstd frame at offset ${p}, found 0x${magic.toString(16).padStart(8, '0')}`, p);
    const fhd = data[p + 4]!;
    const fcsFlag = fhd >> 6;
    const single = (fhd >> 5) & 1;
    const dictFlag = fhd & 3;
    let q =
      p + 5 + (single ? 0 : 1) + [0, 1, 2, 4][dictFlag]! + (fcsFlag === 0 ? (single ? 1 : 0) : [1, 2, 4, 8][fcsFlag]!);
    for (;;) {
      need(q + 3);
      const h = data[q]! | (data[q + 1]! << 8) | (data[q + 2]! << 16);
      const type = (h >> 1) & 3;
      const size = h >>> 3;
      q += 3 + (type === 1 ? 1 : size);
      if (type === 3) throw new ScanError(`zstd frame at offset ${p} has a reserved block type`, p);
      if (h & 1) break;
    }
    if (fhd & 4) q += 4;
    need(q);
    yield { offset: p, data: data.subarray(p, q) };
    p = q;
  }
}
