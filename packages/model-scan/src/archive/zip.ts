/**
 * A zip reader that behaves like PyTorch's (miniz): it walks the central directory itself, lists every
 * entry by position (duplicates included), reads member data from the local header's own name/extra
 * lengths, and tolerates what miniz tolerates (bad CRC, local names that differ, flag bits) while
 * reporting each inconsistency.
 */
import { LimitError, ScanError } from '../findings.js';
import type { RandomSource } from '../source.js';

export interface ZipEntry {
  index: number;
  name: string;
  method: number;
  flags: number;
  crc: number;
  csize: number;
  usize: number;
  localOffset: number;
  /** Start of the member data (after the local header), or -1 when the local header is bad. */
  dataOffset: number;
  localName?: string;
  problems: string[];
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Bytes before the first local header (data prepended to the archive). */
  prefix: number;
  /** Added to every offset because the archive was shifted by prepended data. */
  shift: number;
  comment: string;
  eocdOffset: number;
  /** The entry count the end-of-central-directory record states (`entries` can hold more: Python reads by size). */
  counted: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

/** Finds the end-of-central-directory record, or -1. */
export async function findEocd(src: RandomSource): Promise<{ pos: number; tail: Buffer; tailStart: number }> {
  const tailLen = Math.min(src.size, 65_557);
  const tailStart = src.size - tailLen;
  const tail = await src.read(tailStart, tailLen);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) return { pos: tailStart + i, tail, tailStart };
  }
  return { pos: -1, tail, tailStart };
}

export async function readZip(src: RandomSource, maxEntries: number): Promise<ZipDirectory> {
  const { pos, tail, tailStart } = await findEocd(src);
  if (pos < 0) throw new ScanError('no end-of-central-directory record: not a readable zip archive');
  const e = tail.subarray(pos - tailStart);
  let entries = e.readUInt16LE(10);
  let cdSize = e.readUInt32LE(12);
  let cdOffset = e.readUInt32LE(16);
  const commentLen = e.readUInt16LE(20);
  const comment = e.toString('latin1', 22, 22 + commentLen);
  // zip64: the record sits right before its locator; its stated offset is wrong when data was prepended
  let z64shift = 0;
  if (pos >= 20) {
    const loc = await src.read(pos - 20, 20);
    if (loc.readUInt32LE(0) === 0x07064b50) {
      const stated = Number(loc.readBigUInt64LE(8));
      for (const at of [stated, pos - 20 - 56]) {
        const z = await src.read(at, 56);
        if (z.length === 56 && z.readUInt32LE(0) === 0x06064b50) {
          entries = safeNum(z.readBigUInt64LE(32), 'zip64 entry count');
          cdSize = safeNum(z.readBigUInt64LE(40), 'zip64 directory size');
          cdOffset = safeNum(z.readBigUInt64LE(48), 'zip64 directory offset');
          z64shift = at - stated;
          break;
        }
      }
    }
  }
  if (entries > maxEntries)
    throw new LimitError(`the archive declares ${entries} entries, more than the limit of ${maxEntries}`);
  // Data prepended to the archive shifts every offset (self-extractors, polyglots).
  let shift = -1;
  for (const guess of [0, z64shift, pos - cdSize - cdOffset, pos - 76 - cdSize - cdOffset]) {
    if (guess < 0) continue;
    const h = await src.read(cdOffset + guess, 4);
    if (h.length === 4 && h.readUInt32LE(0) === CEN) {
      shift = guess;
      break;
    }
  }
  if (shift < 0) {
    if (entries > 0) throw new ScanError('the central directory offset does not point at a central directory');
    shift = 0;
  }
  if (cdSize > 512 << 20) throw new ScanError(`central directory of ${cdSize} bytes is too large`);
  const cd = await src.read(cdOffset + shift, cdSize);
  const out: ZipEntry[] = [];
  let p = 0;
  // miniz (PyTorch) reads the counted entries; Python's zipfile reads entries until the directory's size is used
  // up, however many the record counts: both are read
  for (let i = 0; i < entries || (p + 46 <= cd.length && cd.readUInt32LE(p) === CEN); i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN)
      throw new ScanError(`central directory entry ${i} is truncated or corrupt`);
    if (i >= maxEntries)
      throw new LimitError(`the central directory holds more than the limit of ${maxEntries} entries`);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    let csize = cd.readUInt32LE(p + 20);
    let usize = cd.readUInt32LE(p + 24);
    const n = cd.readUInt16LE(p + 28);
    const x = cd.readUInt16LE(p + 30);
    const c = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    const nameBuf = cd.subarray(p + 46, p + 46 + n);
    const name = flags & 0x800 ? nameBuf.toString('utf8') : nameBuf.toString('latin1');
    const extra = cd.subarray(p + 46 + n, p + 46 + n + x);
    // zip64 extended information
    for (let q = 0; q + 4 <= extra.length;) {
      const id = extra.readUInt16LE(q);
      const sz = extra.readUInt16LE(q + 2);
      if (id === 1) {
        let r = q + 4;
        if (usize === 0xffffffff && r + 8 <= q + 4 + sz) {
          usize = safeNum(extra.readBigUInt64LE(r), 'zip64 size');
          r += 8;
        }
        if (csize === 0xffffffff && r + 8 <= q + 4 + sz) {
          csize = safeNum(extra.readBigUInt64LE(r), 'zip64 size');
          r += 8;
        }
        if (localOffset === 0xffffffff && r + 8 <= q + 4 + sz)
          localOffset = safeNum(extra.readBigUInt64LE(r), 'zip64 offset');
      }
      q += 4 + sz;
    }
    p += 46 + n + x + c;
    out.push({
      index: i,
      name,
      method,
      flags,
      crc,
      csize,
      usize,
      localOffset: localOffset + shift,
      dataOffset: -1,
      problems: [],
    });
  }
  let prefix = await readLocalHeaders(src, out);
  if (out.length === 0) prefix = Math.max(0, pos - cdSize);
  return { entries: out, prefix, shift, comment, eocdOffset: pos, counted: entries };
}

/**
 * Reads each entry's local header the way miniz does (data from the local name/extra lengths) and notes where it
 * disagrees with the central directory. Returns the offset of the first local header (what precedes it is
 * prepended data).
 */
async function readLocalHeaders(src: RandomSource, out: ZipEntry[]): Promise<number> {
  let prefix = src.size;
  for (const en of out) {
    prefix = Math.min(prefix, en.localOffset);
    const lh = await src.read(en.localOffset, 30);
    if (lh.length < 30 || lh.readUInt32LE(0) !== LOC) {
      en.problems.push('its local header is missing or corrupt');
      continue;
    }
    const ln = lh.readUInt16LE(26);
    const lx = lh.readUInt16LE(28);
    const lflags = lh.readUInt16LE(6);
    const lname = (await src.read(en.localOffset + 30, ln)).toString(lflags & 0x800 ? 'utf8' : 'latin1');
    en.localName = lname;
    if (lname !== en.name) en.problems.push(`its local header names it "${lname.slice(0, 200)}"`);
    if (lh.readUInt16LE(8) !== en.method) en.problems.push('its local header gives another compression method');
    if ((lflags & ~0x808) !== (en.flags & ~0x808))
      en.problems.push(
        `its local and central flag bits differ (0x${lflags.toString(16)} vs 0x${en.flags.toString(16)})`,
      );
    en.dataOffset = en.localOffset + 30 + ln + lx;
    if (en.dataOffset + en.csize > src.size) en.problems.push('its data runs past the end of the file');
  }
  return prefix;
}

function safeNum(v: bigint, what: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ScanError(`${what} of ${v} is out of range`);
  return Number(v);
}

/** Member names that escape the extraction directory. */
export function unsafeMemberName(name: string): string | undefined {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'an absolute path';
  if (name.split(/[/\\]/).includes('..')) return 'a ".." component';
  if (name.includes('\0')) return 'a NUL byte';
  return undefined;
}
