/**
 * Seed inputs for the fuzz targets: the committed model-scan fixtures (and the kept crash inputs), plus the
 * members of the zip fixtures one level down (the pickles of PyTorch files, the NumPy arrays of `.npz`, the
 * `config.json` of `.keras`). Each file is tagged with the format the scanner's own `detect()` sees, so a
 * target picks its seeds by format, never by file name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { detect, type Format } from '../../packages/model-scan/src/detect.js';

export interface SeedFile {
  /** Path relative to the fixtures root, plus ` > member` for a zip member. */
  name: string;
  format: Format;
  data: Buffer;
}

/** Seeds larger than this are left out: mutating them is slow and finds nothing more. */
export const MAX_SEED_BYTES = 256 << 10;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Members of a (well-formed, committed) zip fixture, read with Node's zlib; malformed ones are skipped. */
function zipMembers(buf: Buffer): { name: string; data: Buffer }[] {
  const out: { name: string; data: Buffer }[] = [];
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) return out;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && i < 64 && p + 46 <= buf.length && buf.readUInt32LE(p) === 0x02014b50; i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const usize = buf.readUInt32LE(p + 24);
    const n = buf.readUInt16LE(p + 28);
    const x = buf.readUInt16LE(p + 30);
    const c = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + n);
    p += 46 + n + x + c;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50 || usize > MAX_SEED_BYTES) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + csize);
    try {
      if (method === 0) out.push({ name, data: Buffer.from(raw) });
      else if (method === 8) out.push({ name, data: inflateRawSync(raw, { maxOutputLength: MAX_SEED_BYTES }) });
    } catch {
      // a hostile fixture (bomb, bad deflate): not a seed
    }
  }
  return out;
}

/** Every fixture file under `root` (and the members of its zips), with the format `detect()` gives. */
export function seedFiles(root: string): SeedFile[] {
  const out: SeedFile[] = [];
  const add = (name: string, data: Buffer): void => {
    if (data.length === 0 || data.length > MAX_SEED_BYTES) return;
    out.push({ name, format: detect(data.subarray(0, 4096), data.length), data });
  };
  for (const file of walk(root).sort()) {
    if (/\.(py|md|txt)$/.test(file) || file.endsWith('expected.json')) continue;
    const data = readFileSync(file);
    const name = relative(root, file);
    add(name, data);
    if (detect(data.subarray(0, 4096), data.length) === 'zip' && data.length <= 4 * MAX_SEED_BYTES)
      for (const m of zipMembers(data)) add(`${name} > ${m.name}`, m.data);
  }
  return out;
}
