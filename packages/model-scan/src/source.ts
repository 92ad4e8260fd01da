/** Byte sources: random access over a file, a file range or a buffer; streams of chunks. */
import type { FileHandle } from 'node:fs/promises';
import { sharedBuffer } from './sha256.js';

export const CHUNK = 1 << 20;

export interface RandomSource {
  readonly size: number;
  /** Reads up to `len` bytes at `off` (fewer at the end). */
  read(off: number, len: number): Promise<Buffer>;
  /** A sub-range of this source. */
  slice(off: number, len: number): RandomSource;
  /**
   * Reads into `into` at `off` (fewer bytes at the end); sources without it are read with `read`. With `after`
   * (the read before this one, still in flight), the tap sees this read only after that one: reads overlap, the
   * digest still takes the bytes in order.
   */
  readInto?(off: number, into: Buffer, after?: Promise<unknown>): Promise<number>;
}

/** Something that sees every byte range read from a file (the digest of issue 20). */
export interface ReadTap {
  /** `data` was read at absolute offset `off`; the returned promise resolves once `data` may be reused. */
  saw(off: number, data: Buffer): Promise<void>;
}

export function fileSource(fh: FileHandle, size: number, base = 0, tap?: ReadTap): RandomSource {
  return {
    size,
    async read(off, len) {
      const n = Math.max(0, Math.min(len, size - off));
      if (n === 0) return Buffer.alloc(0);
      const buf = Buffer.allocUnsafe(n);
      const got = await readFully(fh, buf, n, base + off);
      const out = got === n ? buf : buf.subarray(0, got);
      if (tap) await tap.saw(base + off, out);
      return out;
    },
    slice(off, len) {
      return fileSource(fh, Math.max(0, Math.min(len, size - off)), base + off, tap);
    },
    async readInto(off, into, after) {
      const n = Math.max(0, Math.min(into.length, size - off));
      const got = await readFully(fh, into, n, base + off);
      if (after) await after;
      if (tap) await tap.saw(base + off, into.subarray(0, got));
      return got;
    },
  };
}

async function readFully(fh: FileHandle, into: Buffer, n: number, at: number): Promise<number> {
  let got = 0;
  while (got < n) {
    const { bytesRead } = await fh.read(into, got, n - got, at + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}

export function bufferSource(buf: Buffer): RandomSource {
  return {
    size: buf.length,
    read(off, len) {
      return Promise.resolve(buf.subarray(Math.min(off, buf.length), Math.min(off + len, buf.length)));
    },
    slice(off, len) {
      return bufferSource(buf.subarray(Math.min(off, buf.length), Math.min(off + len, buf.length)));
    },
  };
}

/**
 * The bytes of a random source as a stream of chunks. With `reuse`, three buffers take turns: the next two
 * chunks are read (on libuv's thread pool, and hashed by the digest tap, on its worker for a large file) while
 * the consumer works on this one, and a buffer is refilled only once the consumer asks for the chunk after it.
 * Only for a consumer that is done with a chunk before asking for the next (the pickle VM copies what it keeps,
 * CRC and hash consume at once): a file of any size allocates three chunks, in shared memory so the hashing
 * worker reads them where they lie.
 */
export async function* streamOf(src: RandomSource, chunk = CHUNK, reuse = false): AsyncGenerator<Buffer> {
  if (reuse && src.readInto) {
    yield* readAhead(src, chunk);
    return;
  }
  for (let off = 0; off < src.size; off += chunk) {
    const b = await src.read(off, chunk);
    if (b.length === 0) return;
    yield b;
  }
}

/** Chunks read ahead of the consumer (one being consumed, the others in flight). */
const RING = 3;

async function* readAhead(src: RandomSource, chunk: number): AsyncGenerator<Buffer> {
  const len = Math.min(chunk, src.size);
  if (len <= 0) return;
  const ring: Buffer[] = [];
  const inFlight: Promise<number>[] = [];
  let next = 0; // offset of the next read to issue
  const issue = (): void => {
    if (next >= src.size) return;
    const i = (next / len) % RING;
    ring[i] ??= sharedBuffer(len);
    inFlight.push(src.readInto!(next, ring[i]!, inFlight[inFlight.length - 1]));
    next += len;
  };
  for (let k = 1; k < RING; k++) issue();
  let off = 0;
  try {
    while (inFlight.length > 0) {
      const n = await inFlight.shift()!;
      if (n === 0) return;
      const i = (off / len) % RING;
      off += n;
      if (n < len) {
        // the end (or a file that shrank under the scan: the reads after it find nothing)
        yield ring[i]!.subarray(0, n);
        return;
      }
      issue();
      yield ring[i]!.subarray(0, n);
    }
  } finally {
    // the consumer stopped early: wait for the reads still in flight (their buffers are ours, their file handle
    // closes after this); their failure does not matter to a consumer that asked for no more bytes
    // eslint-disable-next-line no-restricted-syntax -- the read-ahead of chunks nobody asked for; any error that stopped the consumer is already on its way
    for (const p of inFlight.splice(0)) await p.catch(() => 0);
  }
}

/** Reads the first `n` bytes of a stream and gives back a stream that replays them. */
export async function peek(
  stream: AsyncIterable<Buffer>,
  n: number,
): Promise<{ head: Buffer; rest: AsyncGenerator<Buffer> }> {
  const it = stream[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let got = 0;
  let finished = false;
  while (got < n) {
    const r = await it.next();
    if (r.done) {
      finished = true;
      break;
    }
    parts.push(r.value);
    got += r.value.length;
  }
  const head = Buffer.concat(parts);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (finished) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head: head.subarray(0, Math.min(head.length, n)), rest: rest() };
}

/** Collects a stream into memory, refusing more than `max` bytes. */
export async function collect(stream: AsyncIterable<Buffer>, max: number): Promise<Buffer | undefined> {
  const parts: Buffer[] = [];
  let got = 0;
  for await (const c of stream) {
    got += c.length;
    if (got > max) return undefined;
    parts.push(c);
  }
  return Buffer.concat(parts);
}

/** A buffered little-endian reader over a random source, for headers (GGUF, safetensors, npy). */
export class Reader {
  private buf: Buffer = Buffer.alloc(0);
  private bufOff = 0;
  constructor(
    private readonly src: RandomSource,
    public pos = 0,
  ) {}

  get remaining(): number {
    return this.src.size - this.pos;
  }

  async need(n: number): Promise<Buffer> {
    if (n > this.remaining) throw new RangeError(`needs ${n} bytes at offset ${this.pos}, only ${this.remaining} left`);
    const rel = this.pos - this.bufOff;
    if (rel >= 0 && rel + n <= this.buf.length) {
      const out = this.buf.subarray(rel, rel + n);
      this.pos += n;
      return out;
    }
    this.buf = await this.src.read(this.pos, Math.max(n, 1 << 16));
    this.bufOff = this.pos;
    this.pos += n;
    return this.buf.subarray(0, n);
  }
  async u8(): Promise<number> {
    return (await this.need(1))[0]!;
  }
  async u32(): Promise<number> {
    return (await this.need(4)).readUInt32LE(0);
  }
  async u64(): Promise<bigint> {
    return (await this.need(8)).readBigUInt64LE(0);
  }
  skip(n: number): void {
    if (n > this.remaining) throw new RangeError(`skips ${n} bytes at offset ${this.pos}, only ${this.remaining} left`);
    this.pos += n;
  }
}
