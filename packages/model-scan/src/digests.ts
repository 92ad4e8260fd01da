/**
 * One SHA-256 per file per run (issue 20): the scan's own reads feed the hash (`DigestTap`), the digest is kept
 * in `FileDigests`, and every later check (ML-BOM, manifest, report) takes it from there instead of reading the
 * file again. node:crypto hashes with the CPU's SHA instructions.
 */
import type { FileHandle } from 'node:fs/promises';
import { sha256File } from '@ml-gates/core';
import { InlineSha256, sharedBuffer, WorkerSha256, type Sha256 } from './sha256.js';

/** The digests of one gate run, by absolute path. */
export class FileDigests {
  private readonly done = new Map<string, string>();
  private readonly running = new Map<string, Promise<string>>();

  record(absPath: string, hex: string): void {
    this.done.set(absPath, hex);
  }

  get(absPath: string): string | undefined {
    return this.done.get(absPath);
  }

  /** The recorded digest, or the file hashed once (memoised; a failure is thrown to every caller, not kept). */
  async sha256(absPath: string, signal?: AbortSignal): Promise<string> {
    const known = this.done.get(absPath);
    if (known !== undefined) return known;
    let p = this.running.get(absPath);
    if (!p) {
      p = sha256File(absPath, signal);
      this.running.set(absPath, p);
    }
    try {
      const hex = await p;
      this.done.set(absPath, hex);
      return hex;
    } finally {
      this.running.delete(absPath);
    }
  }
}

/** Gaps up to this size between the hashed prefix and a read further on are read and hashed on the way. */
const MAX_GAP = 8 << 20;
const TAIL_CHUNK = 4 << 20;
/** Tail buffers: one being read, one being hashed, one waiting (reads and the hash overlap). */
const TAIL_RING = 3;
/** Files from this size may be hashed on a worker thread (starting one costs about as much as hashing 30 MiB). */
export const WORKER_HASH_FROM = 64 << 20;
/** Bytes kept (copied) while the tap waits to see whether the scan streams the file (then a worker hashes it). */
const UNDECIDED_MAX = 8 << 20;

/**
 * Hashes a file from the reads a scan makes anyway. The hash covers a prefix `[0, frontier)`: a read that
 * reaches past the frontier extends it (a small gap before the read is read and hashed first, so member
 * headers between zip members do not stop it); reads behind it or far ahead of it cost nothing. `finish`
 * hashes what the scan did not read (for a safetensors file: all but its header), with overlapped reads.
 * Observations are serialised, so reads that complete out of order still hash the bytes in order. A large file
 * that the scan streams (a zip's members, a pickle) is hashed on a worker thread (sha256.ts) while the scan's
 * thread checks the same bytes; one whose bytes the scan skips (safetensors, GGUF: only `finish` reads them)
 * is hashed on the scan's thread, which has nothing else to do then. Until the first streamed chunk, the
 * bytes seen are kept (copies, at most UNDECIDED_MAX) so either hash can take them.
 */
export class DigestTap {
  /** Undefined until decided (see the class comment). */
  private hasher: Sha256 | undefined;
  private readonly mayUseWorker: boolean;
  private undecided: Buffer[] = [];
  private undecidedBytes = 0;
  private frontier = 0;
  /** Settles once every observation so far has been put in order (its bytes handed to the hash). */
  private order: Promise<void> = Promise.resolve();
  /** Observations waiting for `order` (a gap being filled before them). */
  private queued = 0;
  private gapBuf: Buffer | undefined;
  /** The last gap read that failed (kept for debugging; `finish` re-reads the bytes it missed). */
  gapError: Error | undefined;

  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
    options: { worker?: boolean } = {},
  ) {
    this.mayUseWorker = options.worker ?? size >= WORKER_HASH_FROM;
    if (options.worker === true) this.hasher = new WorkerSha256();
    else if (!this.mayUseWorker) this.hasher = new InlineSha256();
  }

  /** Bytes hashed so far during the scan (the rest is read by `finish`). */
  get covered(): number {
    return this.frontier;
  }

  /**
   * Feeds `data`, read at absolute offset `off`; resolves once it is hashed (the caller may then reuse it).
   * `streaming`: a chunk of a stream the scan reads through (read-ahead), not a header read.
   */
  saw(off: number, data: Buffer, streaming = false): Promise<void> {
    if (data.length === 0 || off + data.length <= this.frontier || off - this.frontier > MAX_GAP) return this.order;
    // the common case (the next bytes, nothing waiting): handed to the hash at once, so reads pipeline
    if (this.queued === 0 && off <= this.frontier) return this.hand(off, data, streaming);
    this.queued++;
    const handed = this.order.then(() => this.absorb(off, data, streaming));
    this.order = handed.then(() => {
      this.queued--;
    });
    return handed.then((h) => h.hashed);
  }

  /** Hands the part of `data` past the frontier to the hash; resolves once it is hashed. */
  private hand(off: number, data: Buffer, streaming: boolean): Promise<void> {
    const end = off + data.length;
    if (off > this.frontier || end <= this.frontier) return Promise.resolve();
    const hashed = this.update(data.subarray(this.frontier - off), streaming);
    this.frontier = end;
    return hashed ?? Promise.resolve();
  }

  /** Hashes `part` (the bytes at the frontier), deciding where the first time it must. */
  private update(part: Buffer, streaming: boolean): Promise<void> | void {
    if (!this.hasher) {
      if (!streaming && this.undecidedBytes + part.length <= UNDECIDED_MAX) {
        this.undecided.push(Buffer.from(part));
        this.undecidedBytes += part.length;
        return;
      }
      this.decide(streaming ? new WorkerSha256() : new InlineSha256());
    }
    return this.hasher!.update(part);
  }

  private decide(hasher: Sha256): void {
    this.hasher = hasher;
    // the kept copies are the tap's own: nothing waits for them to be hashed (and hashing never rejects)
    for (const b of this.undecided.splice(0)) void hasher.update(b);
    this.undecidedBytes = 0;
  }

  /** Never rejects: a gap that cannot be read leaves the frontier where it is, and `finish` reads from there. */
  private async absorb(off: number, data: Buffer, streaming: boolean): Promise<{ hashed: Promise<void> }> {
    if (off > this.frontier && off - this.frontier <= MAX_GAP) {
      try {
        await this.fill(off);
      } catch (error) {
        // the hash so far is consistent with the frontier: the tail pass of `finish` re-reads (and reports) it
        this.gapError = error as Error;
        return { hashed: Promise.resolve() };
      }
    }
    return { hashed: this.hand(off, data, streaming) };
  }

  /** Reads and hashes `[frontier, to)`. */
  private async fill(to: number): Promise<void> {
    this.gapBuf ??= sharedBuffer(MAX_GAP);
    while (this.frontier < to) {
      const want = Math.min(to - this.frontier, this.gapBuf.length);
      const { bytesRead } = await this.fh.read(this.gapBuf, 0, want, this.frontier);
      if (bytesRead === 0) return;
      await this.update(this.gapBuf.subarray(0, bytesRead), false);
      this.frontier += bytesRead;
    }
  }

  /** Hashes the bytes the scan did not read and returns the hex digest. Call once, after the scan. */
  async finish(signal?: AbortSignal): Promise<string> {
    try {
      await this.order;
      // what is left is read by `tail` alone: the scan's thread hashes it (nothing else to do meanwhile)
      if (!this.hasher) this.decide(new InlineSha256());
      if (this.frontier < this.size) await this.tail(signal);
      return await this.hasher!.digest();
    } finally {
      await this.close();
    }
  }

  /** Ends the hash without a digest (a scan that stopped early); `finish` does this itself. */
  close(): Promise<void> {
    return this.hasher?.close() ?? Promise.resolve();
  }

  /** A ring of reused buffers: the next reads run on libuv's thread pool while this one is hashed. */
  private async tail(signal?: AbortSignal): Promise<void> {
    const len = Math.min(TAIL_CHUNK, this.size - this.frontier);
    const ring = Array.from({ length: TAIL_RING }, () => sharedBuffer(len));
    const hashed: (Promise<void> | void)[] = [];
    let pos = this.frontier;
    let pending: Promise<{ bytesRead: number }> | undefined = this.fh.read(ring[0]!, 0, len, pos);
    try {
      for (let i = 0; pending; i = (i + 1) % TAIL_RING) {
        const { bytesRead } = await pending;
        pending = undefined;
        if (bytesRead === 0) break;
        signal?.throwIfAborted();
        pos += bytesRead;
        const next = (i + 1) % TAIL_RING;
        await hashed[next]; // the buffer read into next is free once its last bytes are hashed
        if (pos < this.size) pending = this.fh.read(ring[next]!, 0, len, pos);
        hashed[i] = this.hasher!.update(ring[i]!.subarray(0, bytesRead));
      }
      await Promise.all(hashed);
    } finally {
      // eslint-disable-next-line no-restricted-syntax -- waits for a read still in flight before the handle closes; the error that ended the hash is already being thrown
      if (pending) await pending.catch(() => undefined);
    }
    this.frontier = pos;
    if (pos < this.size) throw new Error(`the file ended at ${pos} bytes while hashing, ${this.size} expected`);
  }
}
