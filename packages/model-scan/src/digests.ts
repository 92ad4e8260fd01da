/**
 * One SHA-256 per file per run (issue 20): the scan's own reads feed the hash (`DigestTap`), the digest is kept
 * in `FileDigests`, and every later check (ML-BOM, manifest, report) takes it from there instead of reading the
 * file again. node:crypto hashes with the CPU's SHA instructions.
 */
import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { sha256File } from '@ml-gates/core';

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

/**
 * Hashes a file from the reads a scan makes anyway. The hash covers a prefix `[0, frontier)`: a read that
 * reaches past the frontier extends it (a small gap before the read is read and hashed first, so member
 * headers between zip members do not stop it); reads behind it or far ahead of it cost nothing. `finish`
 * hashes what the scan did not read (for a safetensors file: all but its header), with overlapped reads.
 * Observations are serialised, so reads that complete out of order still hash the bytes in order.
 */
export class DigestTap {
  private readonly hash: Hash = createHash('sha256');
  private frontier = 0;
  private queue: Promise<void> = Promise.resolve();
  private gapBuf: Buffer | undefined;
  /** The last gap read that failed (kept for debugging; `finish` re-reads the bytes it missed). */
  gapError: Error | undefined;

  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
  ) {}

  /** Bytes hashed so far during the scan (the rest is read by `finish`). */
  get covered(): number {
    return this.frontier;
  }

  /** Feeds `data`, read at absolute offset `off`; resolves once it is hashed (the caller may then reuse it). */
  saw(off: number, data: Buffer): Promise<void> {
    if (data.length === 0 || off + data.length <= this.frontier || off - this.frontier > MAX_GAP) return this.queue;
    this.queue = this.queue.then(() => this.absorb(off, data));
    return this.queue;
  }

  /** Never rejects: a gap that cannot be read leaves the frontier where it is, and `finish` reads from there. */
  private async absorb(off: number, data: Buffer): Promise<void> {
    if (off > this.frontier && off - this.frontier <= MAX_GAP) {
      try {
        await this.fill(off);
      } catch (error) {
        // the hash so far is consistent with the frontier: the tail pass of `finish` re-reads (and reports) it
        this.gapError = error as Error;
        return;
      }
    }
    const end = off + data.length;
    if (off > this.frontier || end <= this.frontier) return;
    this.hash.update(data.subarray(this.frontier - off));
    this.frontier = end;
  }

  /** Reads and hashes `[frontier, to)`. */
  private async fill(to: number): Promise<void> {
    this.gapBuf ??= Buffer.allocUnsafe(MAX_GAP);
    while (this.frontier < to) {
      const want = Math.min(to - this.frontier, this.gapBuf.length);
      const { bytesRead } = await this.fh.read(this.gapBuf, 0, want, this.frontier);
      if (bytesRead === 0) return;
      this.hash.update(this.gapBuf.subarray(0, bytesRead));
      this.frontier += bytesRead;
    }
  }

  /** Hashes the bytes the scan did not read and returns the hex digest. Call once, after the scan. */
  async finish(signal?: AbortSignal): Promise<string> {
    await this.queue;
    if (this.frontier < this.size) await this.tail(signal);
    return this.hash.digest('hex');
  }

  /** Two reused buffers: the next read runs on libuv's thread pool while this one is hashed. */
  private async tail(signal?: AbortSignal): Promise<void> {
    const len = Math.min(TAIL_CHUNK, this.size - this.frontier);
    const bufs = [Buffer.allocUnsafe(len), Buffer.allocUnsafe(len)];
    let pos = this.frontier;
    let pending: Promise<{ bytesRead: number }> | undefined = this.fh.read(bufs[0]!, 0, len, pos);
    try {
      for (let i = 0; pending; i ^= 1) {
        const { bytesRead } = await pending;
        pending = undefined;
        if (bytesRead === 0) break;
        signal?.throwIfAborted();
        pos += bytesRead;
        if (pos < this.size) pending = this.fh.read(bufs[i ^ 1]!, 0, len, pos);
        this.hash.update(bufs[i]!.subarray(0, bytesRead));
      }
    } finally {
      // eslint-disable-next-line no-restricted-syntax -- waits for a read still in flight before the handle closes; the error that ended the hash is already being thrown
      if (pending) await pending.catch(() => undefined);
    }
    this.frontier = pos;
    if (pos < this.size) throw new Error(`the file ended at ${pos} bytes while hashing, ${this.size} expected`);
  }
}
