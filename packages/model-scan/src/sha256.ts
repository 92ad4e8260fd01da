/**
 * SHA-256 state for the scan's digest (digests.ts), either on the scanning thread or on a worker thread. The
 * worker lets a large file's hash (native, SHA instructions: about 1 GB/s per core) run on the second core
 * while the scanning thread checks CRC-32s and runs the pickle VM over the same bytes: each byte is still
 * read once, the worker hashes the very buffer the scan reads (shared memory, no copy).
 */
import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** A running SHA-256. `update` resolves once `data` is hashed (the caller may then reuse its buffer). */
export interface Sha256 {
  update(data: Buffer): Promise<void> | void;
  /** The hex digest; call once, after every update has resolved. */
  digest(): Promise<string>;
  /** Frees what the hash holds (the worker); safe to call more than once, and after a failure. */
  close(): Promise<void>;
}

/** On the calling thread: for small files, where starting a worker costs more than it saves. */
export class InlineSha256 implements Sha256 {
  private readonly hash: Hash = createHash('sha256');

  update(data: Buffer): void {
    this.hash.update(data);
  }

  digest(): Promise<string> {
    return Promise.resolve(this.hash.digest('hex'));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Bytes copied for the worker while it starts, before callers wait for it (its start-up overlaps the scan). */
const COPY_AHEAD = 32 << 20;

/**
 * The worker: a message `[buffer, offset, length]` is hashed and acknowledged with 0, in the order sent; `null`
 * asks for the hex digest. Plain CommonJS evaluated in the worker, so a bundle needs no second file.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (m) => {
  if (m === null) parentPort.postMessage(hash.digest('hex'));
  else {
    hash.update(new Uint8Array(m[0], m[1], m[2]));
    parentPort.postMessage(0);
  }
});
`;

/**
 * On a worker thread. Data in a `SharedArrayBuffer` (the scan's read buffers, `sharedBuffer`) is hashed where it
 * lies; other data is copied into a transferred buffer. `update` never rejects (callers pipeline it without a
 * handler attached at once): a worker that fails or exits releases every buffer, and `digest` then throws, so
 * the digest is an error (a finding), never a wrong value.
 */
export class WorkerSha256 implements Sha256 {
  private readonly worker: Worker;
  /** Acknowledgements expected, oldest first (the worker answers in order). */
  private readonly waiting: ((answer: unknown) => void)[] = [];
  private failure: Error | undefined;
  private closed = false;
  /** The thread runs (until then, data is copied so the caller's buffers are free at once). */
  private online = false;
  /** Bytes copied for the thread and not yet hashed (bounds the copies made while it starts). */
  private copied = 0;

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    // never keeps the process alive; `close` ends it
    this.worker.unref();
    this.worker.on('online', () => {
      this.online = true;
    });
    this.worker.on('message', (m: unknown) => this.waiting.shift()?.(m));
    this.worker.on('error', (e: Error) => this.fail(new Error(`the hashing thread failed: ${e.message}`)));
    this.worker.on('exit', (code: number) => this.fail(new Error(`the hashing thread exited (code ${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const answer of this.waiting.splice(0)) answer(this.failure);
  }

  /** The worker's answer, or the failure (as a value) once it cannot answer. */
  private send(message: unknown, transfer?: ArrayBuffer[]): Promise<unknown> {
    if (this.failure) return Promise.resolve(this.failure);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.worker.postMessage(message, transfer);
    });
  }

  async update(data: Buffer): Promise<void> {
    if (data.length === 0) return;
    const shared = data.buffer instanceof SharedArrayBuffer;
    // while the thread starts (tens of milliseconds), up to COPY_AHEAD bytes are copied and the caller goes on
    const ahead = !this.online && this.copied + data.length <= COPY_AHEAD;
    if (shared && !ahead) {
      await this.send([data.buffer, data.byteOffset, data.length]);
      return;
    }
    const copy = new Uint8Array(data.length);
    copy.set(data);
    const hashed = this.send([copy.buffer, 0, copy.length], [copy.buffer]);
    if (!ahead) {
      await hashed;
      return;
    }
    this.copied += copy.length;
    void hashed.then(() => {
      this.copied -= copy.length;
    });
  }

  async digest(): Promise<string> {
    const answer = await this.send(null);
    if (typeof answer !== 'string') throw this.failure ?? new Error('the hashing thread gave no digest');
    return answer;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.fail(new Error('the hash was closed'));
    await this.worker.terminate();
  }
}

/** A buffer in shared memory: the hashing worker reads it where it lies. */
export function sharedBuffer(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}
