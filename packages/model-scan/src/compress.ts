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
    const lz4 = require('lz4js') as {
      decompress(src: Uint8Array, maxSize?: number): Uint8Array;
      decompressBound(src: Uint8Array): number;
    };
    let res: Uint8Array;
    try {
      // lz4js allocates its whole output size up front: size it from the frame (blocks x block size), capped
      res = lz4.decompress(data, Math.min(maxOut, 1 << 30, lz4.decompressBound(data)));
    } catch (error) {
      throw new ScanError(`lz4 stream is corrupt: ${(error as Error).message}`);
    }
    yield limit(Buffer.from(res.buffer, res.byteOffset, res.byteLength));
    return;
  }
  if (format === 'lzma') throw new ScanError('raw LZMA ("alone") streams cannot be unpacked by this scanner');
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
