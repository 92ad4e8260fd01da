/**
 * Zip archives (PyTorch checkpoints, npz, Keras v3): every entry read like PyTorch's reader does (archive/zip.ts),
 * each member scanned as a stream of its own; duplicates, overlaps, traversal, bombs, bad CRCs and inconsistent
 * headers are findings.
 */
import { crc32 } from 'node:zlib';
import { readZip, unsafeMemberName, type ZipEntry } from '../archive/zip.js';
import { decompress, inflateRaw } from '../compress.js';
import { inner, LimitError, ScanError, type Where } from '../findings.js';
import { clip, DUPLICATE_HELP, INCONSISTENT_HELP, UNSCANNABLE_HELP } from './help.js';
import type { FileScan, Hints } from '../scan.js';
import { CHUNK, streamOf, type RandomSource } from '../source.js';
import type { FormatHandler } from './types.js';

export const zipFormat: FormatHandler = {
  format: 'zip',
  title: 'zip (PyTorch, npz, Keras v3)',
  scan: (scan, src, where, depth) => scanZip(scan, src, where, depth, false, true),
};

/**
 * The central directory. Bytes that start with a zip signature (`claimed`) but have no directory zip readers accept
 * are format.malformed (undefined): nothing in them was verified. Entries past the count the end record states
 * are read too (Python's zipfile reads them), and the mismatch is a finding.
 */
async function directory(
  scan: FileScan,
  src: RandomSource,
  where: Where,
  claimed: boolean,
): Promise<Awaited<ReturnType<typeof readZip>> | undefined> {
  let dir: Awaited<ReturnType<typeof readZip>>;
  try {
    dir = await readZip(src, scan.opts.limits.maxMembers);
  } catch (error) {
    if (!claimed || !(error instanceof ScanError) || error instanceof LimitError) throw error;
    scan.malformed(
      'zip',
      `a zip archive whose central directory parses (its first bytes are a zip signature), found: ${error.message}`,
      where,
      error.offset ?? 0,
    );
    return undefined;
  }
  if (dir.entries.length > dir.counted)
    scan.add(
      'archive',
      'archive.inconsistent-header',
      'medium',
      `expected the ${dir.counted} entries the end-of-central-directory record counts, found ${dir.entries.length} in its directory: Python's zipfile reads them all, PyTorch's reader only the counted ones`,
      where,
      dir.eocdOffset,
      INCONSISTENT_HELP,
    );
  return dir;
}

export async function scanZip(
  scan: FileScan,
  src: RandomSource,
  where: Where,
  depth: number,
  heldByPickle = false,
  claimed = false,
): Promise<void> {
  scan.formats.add('zip');
  const dir = await directory(scan, src, where, claimed);
  if (!dir) return;
  const names = new Map<string, number>();
  for (const e of dir.entries) names.set(e.name, (names.get(e.name) ?? 0) + 1);
  if (dir.prefix > 0 && !heldByPickle) {
    scan.add(
      'archive',
      'archive.prefixed-data',
      'medium',
      `${dir.prefix} bytes before the first zip member are not part of the archive (prepended data is how pickle/zip polyglots are made)`,
      where,
      0,
    );
  }
  // overlapping entries
  const byOffset = [...dir.entries].filter((e) => e.dataOffset >= 0).sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1]!;
    const cur = byOffset[i]!;
    if (cur.localOffset < prev.dataOffset + prev.csize) {
      scan.add(
        'archive',
        'archive.overlapping-entries',
        'high',
        `entries "${clip(prev.name)}" and "${clip(cur.name)}" share bytes: readers can see different contents for them`,
        where,
        cur.localOffset,
      );
    }
  }
  let declared = 0;
  for (const e of dir.entries) {
    scan.tick();
    scan.members++;
    const dup = (names.get(e.name) ?? 0) > 1;
    const label = dup ? `${e.name} [entry ${e.index}]` : e.name;
    const w = inner(where, label);
    if (dup)
      scan.add(
        'archive',
        'archive.duplicate-member',
        'high',
        `the archive has ${names.get(e.name)} entries named "${clip(e.name)}": loaders and scanners may read different ones (all were scanned)`,
        w,
        e.localOffset,
        DUPLICATE_HELP,
      );
    const bad = unsafeMemberName(e.name);
    if (bad)
      scan.add(
        'archive',
        'archive.path-traversal',
        'high',
        `member name "${clip(e.name)}" contains ${bad}: extracting it writes outside the target directory`,
        w,
        e.localOffset,
      );
    for (const p of e.problems)
      scan.add(
        'archive',
        'archive.inconsistent-header',
        'medium',
        `entry "${clip(e.name)}": ${p} (PyTorch's reader tolerates this; Python's zipfile does not)`,
        w,
        e.localOffset,
        INCONSISTENT_HELP,
      );
    if (e.dataOffset < 0) continue;
    if (e.flags & 1) {
      scan.add(
        'coverage',
        'scan.unscannable',
        'high',
        `entry "${clip(e.name)}" is encrypted and cannot be checked`,
        w,
        e.localOffset,
        UNSCANNABLE_HELP,
      );
      continue;
    }
    declared += e.usize;
    if (e.method !== 0 && e.csize > 0 && e.usize / e.csize > scan.opts.limits.bombRatio && e.usize > 10 << 20) {
      scan.add(
        'archive',
        'archive.zip-bomb',
        'high',
        `entry "${clip(e.name)}" expands ${Math.round(e.usize / e.csize)}x (${e.csize} to ${e.usize} bytes): a decompression bomb; not unpacked`,
        w,
        e.localOffset,
      );
      continue;
    }
    if (declared > scan.opts.limits.maxInflateBytes) {
      scan.add(
        'archive',
        'archive.zip-bomb',
        'high',
        `the archive declares more than ${scan.opts.limits.maxInflateBytes} uncompressed bytes; the remaining members were not unpacked`,
        w,
        e.localOffset,
      );
      break;
    }
    await scan.guard(w, () => member(scan, src, e, w, depth));
  }
}

async function member(scan: FileScan, src: RandomSource, e: ZipEntry, where: Where, depth: number): Promise<void> {
  const raw = src.slice(e.dataOffset, e.csize);
  const hints: Hints = { name: e.name };
  if (e.method === 0) {
    if (e.usize !== e.csize)
      scan.add(
        'archive',
        'archive.inconsistent-header',
        'medium',
        `stored entry "${clip(e.name)}" declares ${e.usize} bytes but holds ${e.csize}`,
        where,
        e.localOffset,
      );
    // CRC-32 of stored members, streamed (PyTorch ignores it; a mismatch is reported)
    if (raw.size <= 1 << 30) {
      let crc = 0;
      for await (const c of streamOf(raw, CHUNK, true)) {
        scan.tick();
        crc = crc32(c, crc);
      }
      if (crc >>> 0 !== e.crc >>> 0) badCrc(scan, e, where);
    }
    await scan.random(raw, where, depth + 1, hints);
    return;
  }
  if (e.method === 8 || e.method === 12 || e.method === 14) {
    let crc = 0;
    let out = 0;
    const body =
      e.method === 8
        ? inflateRaw(streamOf(raw), scan.inflateBudget())
        : e.method === 12
          ? decompress('bz2', streamOf(raw), scan.inflateBudget())
          : decompress('lzma', lzmaMember(streamOf(raw), e), scan.inflateBudget());
    const tapped = async function* (self: FileScan): AsyncGenerator<Buffer> {
      for await (const c of body) {
        crc = crc32(c, crc);
        out += c.length;
        self.inflated += c.length;
        yield c;
      }
      if (out !== e.usize)
        self.add(
          'archive',
          'archive.inconsistent-header',
          'medium',
          `entry "${clip(e.name)}" declares ${e.usize} uncompressed bytes but holds ${out}`,
          where,
          e.localOffset,
        );
      if (crc >>> 0 !== e.crc >>> 0) badCrc(self, e, where);
    };
    await scan.stream(tapped(scan), where, depth + 1, hints);
    return;
  }
  scan.add(
    'coverage',
    'scan.unscannable',
    'high',
    `entry "${clip(e.name)}" uses compression method ${e.method}, which this scanner cannot unpack`,
    where,
    e.localOffset,
    UNSCANNABLE_HELP,
  );
}

/**
 * A member compressed with zip's LZMA method (14; APPNOTE 5.8.8, as Python's zipfile writes it and numpy.load
 * reads it), turned into the `.lzma` stream the decoder reads: a 2-byte LZMA SDK version and a 2-byte length of
 * the 5 property bytes, then the properties, then the range-coded data. The size is the entry's own unless
 * flag bit 1 says an end marker closes the stream (zipfile sets it), in which case it is read to the marker.
 */
async function* lzmaMember(raw: AsyncIterable<Buffer>, e: ZipEntry): AsyncGenerator<Buffer> {
  let head = Buffer.alloc(0);
  let started = false;
  for await (const c of raw) {
    if (started) {
      yield c;
      continue;
    }
    head = Buffer.concat([head, c]);
    if (head.length >= 4 && head.readUInt16LE(2) !== 5)
      throw new ScanError(
        `LZMA entry "${clip(e.name)}" declares ${head.readUInt16LE(2)} property bytes where LZMA has 5`,
        e.dataOffset + 2,
      );
    if (head.length < 9) continue;
    const size = Buffer.alloc(8, 0xff);
    if (!(e.flags & 2)) size.writeBigUInt64LE(BigInt(e.usize));
    yield Buffer.concat([head.subarray(4, 9), size, head.subarray(9)]);
    started = true;
  }
  if (!started) throw new ScanError(`LZMA entry "${clip(e.name)}" is shorter than its 9-byte header`, e.dataOffset);
}

function badCrc(scan: FileScan, e: ZipEntry, where: Where): void {
  scan.add(
    'archive',
    'archive.bad-crc',
    'medium',
    `entry "${clip(e.name)}" fails its CRC-32 check: PyTorch's reader loads it anyway, Python's zipfile refuses it`,
    where,
    e.localOffset,
    INCONSISTENT_HELP,
  );
}
