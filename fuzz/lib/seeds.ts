/**
 * Seed inputs for the fuzz targets: the committed model-scan fixtures (and the kept crash inputs), plus the
 * members of the zip fixtures one level down (the pickles of PyTorch files, the NumPy arrays of `.npz`, the
 * `config.json` of `.keras`). Each file is tagged with the format the scanner's own `detect()` sees, so a
 * target picks its seeds by format, never by file name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { readZip, type ZipEntry } from '../../packages/model-scan/src/archive/zip.js';
import { detect, type Format } from '../../packages/model-scan/src/detect.js';
import { bufferSource } from '../../packages/model-scan/src/source.js';

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

/**
 * Members of a zip fixture, found with the scanner's own central-directory reader (`readZip`) and inflated
 * with Node's zlib; archives and members it cannot read (bombs, bad deflate) give no seeds.
 */
async function zipMembers(buf: Buffer): Promise<{ name: string; data: Buffer }[]> {
  const out: { name: string; data: Buffer }[] = [];
  let entries: ZipEntry[];
  try {
    entries = (await readZip(bufferSource(buf), 64)).entries;
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.dataOffset < 0 || e.usize > MAX_SEED_BYTES) continue;
    const raw = buf.subarray(e.dataOffset, e.dataOffset + e.csize);
    try {
      if (e.method === 0) out.push({ name: e.name, data: Buffer.from(raw) });
      else if (e.method === 8)
        out.push({ name: e.name, data: inflateRawSync(raw, { maxOutputLength: MAX_SEED_BYTES }) });
    } catch {
      // a hostile fixture (bomb, bad deflate): not a seed
    }
  }
  return out;
}

/** Every fixture file under `root` (and the members of its zips), with the format `detect()` gives. */
export async function seedFiles(root: string): Promise<SeedFile[]> {
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
      for (const m of await zipMembers(data)) add(`${name} > ${m.name}`, m.data);
  }
  return out;
}
