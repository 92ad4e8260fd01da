/**
 * The sha256 of a data file, computed on the read that examines it (never a second read that could see other
 * bytes): a stream's bytes as they go by, or a Parquet file's byte ranges as hyparquet asks for them. A gate
 * then reports the digest of exactly the bytes it judged (`TableSummary.sha256`), so an attestation binds them.
 *
 * @example
 *   const d = new StreamDigest();
 *   d.watch(createReadStream(path)); // then consume the stream as usual
 *   // ... after the last byte was read:
 *   d.hex(); // sha256 of every byte read
 */
import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** The sha256 and length of the bytes a stream delivered (gzip files: the bytes as stored, before inflating). */
export class StreamDigest {
  private readonly hash: Hash = createHash('sha256');
  bytes = 0;

  /**
   * Hashes every chunk `raw` delivers, in order. A `data` listener sees each chunk whether the stream is piped
   * (flowing) or consumed with `read()`/async iteration (`data` is emitted for every chunk `read()` returns).
   */
  watch(raw: Readable): void {
    raw.on('data', (chunk: Buffer) => {
      this.hash.update(chunk);
      this.bytes += chunk.length;
    });
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

/** Largest piece read at once when the digest fills in bytes the reader never asked for. */
const FILL_PIECE = 1 << 20;
/** Bytes of out-of-order ranges kept for the digest before the gap in front of them is read. */
const HOLD_BYTES = 8 << 20;

/**
 * A hyparquet `AsyncBuffer` over one open file handle that hashes the file as it is read: ranges are hashed
 * in file order as soon as the bytes before them have been; a range asked for out of order (the footer, read
 * first) waits until then. `finish()` reads only the bytes the reader skipped (other row groups of a sharded
 * read, page indexes) and returns the digest of the whole file. One handle for every slice: a file replaced
 * by a rename while it is read is still the file that was opened.
 */
export class HashingFileBuffer {
  private readonly hash: Hash = createHash('sha256');
  /** Bytes [0, hashed) are in the hash. */
  private hashed = 0;
  /** Ranges read ahead of `hashed`, waiting for the bytes before them. */
  private pending: { start: number; bytes: Uint8Array }[] = [];

  constructor(
    private readonly fh: FileHandle,
    readonly byteLength: number,
    /** Bytes of out-of-order ranges kept before the gap in front of them is read (tests set it low). */
    private readonly holdBytes: number = HOLD_BYTES,
  ) {}

  async slice(start: number, end: number = this.byteLength): Promise<ArrayBuffer> {
    const to = Math.min(end, this.byteLength);
    const length = Math.max(0, to - start);
    const buf = new Uint8Array(length);
    await this.readFully(buf, start);
    await this.offer(start, buf);
    return buf.buffer;
  }

  /**
   * Hashes what continues the hashed prefix; keeps the rest for later, up to `HOLD_BYTES` (the footer, read
   * first, waits). Past that, the bytes before the held ranges are read now (hashed, never kept), so memory
   * stays bounded when a sharded read starts in the middle of the file.
   */
  private offer(start: number, bytes: Uint8Array): Promise<void> | undefined {
    if (start + bytes.length <= this.hashed) return undefined;
    this.pending.push({ start, bytes });
    this.drain();
    const held = this.pending.reduce((s, p) => s + p.bytes.length, 0);
    return held > this.holdBytes ? this.fillTo(Math.min(...this.pending.map((p) => p.start))) : undefined;
  }

  /** Reads and hashes [hashed, target); a concurrent fill may read the same bytes, which are hashed once. */
  private async fillTo(target: number): Promise<void> {
    while (this.hashed < target) {
      const from = this.hashed;
      const to = Math.min(target, from + FILL_PIECE);
      const buf = new Uint8Array(to - from);
      await this.readFully(buf, from);
      this.pending.push({ start: from, bytes: buf });
      this.drain();
    }
  }

  private async readFully(buf: Uint8Array, at: number): Promise<void> {
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await this.fh.read(buf, got, buf.length - got, at + got);
      if (bytesRead === 0)
        throw new Error(`the file ended at byte ${at + got} while it had ${this.byteLength} bytes when opened`);
      got += bytesRead;
    }
  }

  /** Hashes every pending range that continues the hashed prefix; drops what is already hashed. */
  private drain(): void {
    for (;;) {
      const next = this.pending.find((p) => p.start <= this.hashed && p.start + p.bytes.length > this.hashed);
      if (!next) break;
      this.hash.update(next.bytes.subarray(this.hashed - next.start));
      this.hashed = next.start + next.bytes.length;
    }
    this.pending = this.pending.filter((p) => p.start + p.bytes.length > this.hashed);
  }

  /** The sha256 of the whole file: the bytes never asked for are read now (only those). */
  async finish(): Promise<string> {
    while (this.hashed < this.byteLength) {
      // Up to the next range already read (the footer), which the fill's drain then hashes from memory.
      await this.fillTo(this.pending.reduce((m, p) => Math.min(m, p.start), this.byteLength));
    }
    this.pending = [];
    return this.hash.digest('hex');
  }
}
