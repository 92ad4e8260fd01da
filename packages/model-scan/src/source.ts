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
   * Reads into `into` at `off` (fewer bytes at the end); sources without it are read with `read`. With
   * `untapped`, the tap does not see the bytes: the caller hands them to `seen` itself, in order.
   */
  readInto?(off: number, into: Buffer, untapped?: boolean): Promise<number>;
  /**
   * Shows bytes read `untapped` at `off` to the tap (the file's digest); resolves once `data` may be
   * overwritten. The caller may read `data` meanwhile.
   */
  seen?(off: number, data: Buffer): Promise<void>;
}

/** Something that sees every byte range read from a file (the digest of issue 20). */
export interface ReadTap {
  /** `data` was read at absolute offset `off`; the returned promise resolves once `data` may be reused. */
  saw(off: number, data: Buffer, streaming?: boolean): Promise<void>;
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
    async readInto(off, into, untapped = false) {
      const n = Math.max(0, Math.min(into.length, size - off));
      const got = await readFully(fh, into, n, base + off);
      if (tap && !untapped) await tap.saw(base + off, into.subarray(0, got));
      return got;
    },
    seen(off, data) {
      return tap ? tap.saw(base + off, data, true) : Promise.resolve();
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
 * chunks are read (on libuv's thread pool) while the consumer works on this one, and a buffer is refilled only
 * once the consumer asks for the chunk after it and the digest tap is done with it. Only for a consumer that
 * is done with a chunk before asking for the next (the pickle VM copies what it keeps, CRC and hash consume at
 * once): a file of any size allocates three chunks, in shared memory so that a large file's hashing worker
 * (digests.ts) reads them where they lie, at the same time as the consumer.
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

/**
 * Idle read-ahead buffers of CHUNK bytes, reused by the next stream: a zip of many members would otherwise
 * allocate (and zero) three fresh chunks per member and keep the garbage until a full collection.
 */
const idle: Buffer[] = [];
const MAX_IDLE = 2 * RING;

function takeBuffer(len: number): Buffer {
  return (len === CHUNK ? idle.pop() : undefined) ?? sharedBuffer(len);
}

function giveBack(bufs: Buffer[]): void {
  for (const b of bufs) if (b.length === CHUNK && idle.length < MAX_IDLE) idle.push(b);
}

async function* readAhead(src: RandomSource, chunk: number): AsyncGenerator<Buffer> {
  const len = Math.min(chunk, src.size);
  if (len <= 0) return;
  const ring: Buffer[] = [];
  /** Per buffer: settles once the tap is done with its last bytes (it may then be refilled). */
  const released: Promise<void>[] = [];
  const inFlight: { slot: number; read: Promise<number> }[] = [];
  let next = 0; // offset of the next read to issue
  const issue = (): void => {
    if (next >= src.size) return;
    const slot = (next / len) % RING;
    const at = next;
    const buf = (ring[slot] ??= takeBuffer(len));
    const read = (released[slot] ?? Promise.resolve()).then(() => src.readInto!(at, buf, src.seen !== undefined));
    inFlight.push({ slot, read });
    next += len;
  };
  for (let k = 1; k < RING; k++) issue();
  let off = 0;
  try {
    while (inFlight.length > 0) {
      const { slot, read } = inFlight.shift()!;
      const n = await read;
      if (n === 0) return;
      const data = ring[slot]!.subarray(0, n);
      // the tap sees the chunks in order (reads may complete in any order); it hashes while the consumer reads
      if (src.seen) released[slot] = src.seen(off, data);
      off += n;
      // a short read is the end (or a file that shrank under the scan: the reads after it find nothing)
      if (n < len) {
        yield data;
        return;
      }
      issue();
      yield data;
    }
  } finally {
    // the consumer stopped early: wait for the reads still in flight and for the tap (the buffers are ours, the
    // file handle closes after this); their failure does not matter to a consumer that asked for no more bytes
    // eslint-disable-next-line no-restricted-syntax -- the read-ahead of chunks nobody asked for; any error that stopped the consumer is already on its way
    for (const f of inFlight.splice(0)) await f.read.catch(() => 0);
    await Promise.all(released);
    // nothing reads or writes them now: the consumer asked for no more, the reads and the tap are done
    giveBack(ring);
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
