/** The contract of a format handler: one entry of the format table (formats/index.ts). */
import type { Where } from '../findings.js';
import type { FileScan, Hints } from '../scan.js';
import type { RandomSource } from '../source.js';

export interface FormatHandler {
  /** The format name detection gives (detect.ts, or this entry's own `detect`). */
  readonly format: string;
  /** How `ml-gates scan --help` lists the format and what is checked in it. */
  readonly title: string;
  /**
   * Recognises the format from the first bytes (`head`, up to 4 KiB) of a stream `size` bytes long, for a
   * format detect.ts does not know. Entries with `detect` are tried in table order before detect.ts.
   */
  detect?(head: Buffer, size: number): boolean;
  /**
   * Scans a random-access stream of this format. The pickle probe from offset 0, polyglot and appended-zip
   * checks run around it (scan.ts); parse errors thrown here become coverage findings.
   */
  scan(scan: FileScan, src: RandomSource, where: Where, depth: number, hints: Hints): Promise<void>;
}
