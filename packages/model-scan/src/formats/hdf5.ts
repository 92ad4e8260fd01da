/**
 * The attributes of an HDF5 file's root group, read the way the HDF5 library reads them (superblock v0-v3,
 * object headers v1 and v2 with continuation blocks, attribute messages v1-v3, fixed and variable-length
 * string values from the global heap). This is where Keras keeps `model_config`. Only what that needs:
 * attributes in dense storage (fractal heaps) and shared datatypes make `readRootAttributes` return
 * undefined, and the caller falls back to a byte search.
 */
import { inner, ScanError, type Where } from '../findings.js';
import type { FileScan } from '../scan.js';
import { Reader, streamOf, type RandomSource } from '../source.js';
import type { FormatHandler } from './types.js';

const SIG = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);

class Unsupported extends Error {}

/** Bytes after the HDF5 signature that no HDF5 file has (the library refuses to open them). */
export class Hdf5Malformed extends ScanError {
  override name = 'Hdf5Malformed';
}

/** Root-group attributes whose values are strings (first element), by name; undefined when not readable. */
export async function readRootAttributes(src: RandomSource): Promise<Map<string, Buffer> | undefined> {
  try {
    return await read(src);
  } catch (error) {
    if (error instanceof Unsupported || error instanceof RangeError) return undefined;
    throw error;
  }
}

async function read(src: RandomSource): Promise<Map<string, Buffer>> {
  let base = -1;
  for (const at of [0, 512, 1024, 2048, 4096, 8192]) {
    if (at + 8 > src.size) break;
    if ((await src.read(at, 8)).equals(SIG)) {
      base = at;
      break;
    }
  }
  if (base < 0) throw new Unsupported('no superblock');
  const sb = await src.read(base, 128);
  const version = sb[8]!;
  if (sb.length < 24 || version > 3)
    throw new Hdf5Malformed(
      `a superblock of version 0 to 3 after the signature, found version ${version ?? 'nothing'} in ${sb.length} byte(s)`,
      base + 8,
    );
  let O: number;
  let L: number;
  let root: number;
  if (version <= 1) {
    O = sb[13]!;
    L = sb[14]!;
    const addrs = base + 24 + (version === 1 ? 4 : 0) - base;
    root = num(sb, addrs + 4 * O + O, O);
  } else if (version <= 3) {
    O = sb[9]!;
    L = sb[10]!;
    root = num(sb, 12 + 3 * O, O);
  } else throw new Unsupported(`superblock version ${version}`);
  if (![2, 4, 8, 16].includes(O) || ![2, 4, 8, 16].includes(L))
    throw new Hdf5Malformed(
      `offsets and lengths of 2, 4, 8 or 16 bytes, found ${O} and ${L}`,
      base + (version <= 1 ? 13 : 9),
    );
  if (![2, 4, 8].includes(O) || ![2, 4, 8].includes(L)) throw new Unsupported('field sizes');
  if (base + root + 16 > src.size)
    throw new Hdf5Malformed(
      `the root group's object header inside the file, found its address ${root} past the end of the ${src.size}-byte file`,
      base + 8,
    );
  const at = (addr: number): number => base + addr;
  const out = new Map<string, Buffer>();
  const messages: { type: number; data: Buffer }[] = [];
  await objectHeader(src, at(root), O, L, messages, at);
  for (const m of messages) {
    if (m.type !== 0x0c) continue;
    const a = await attribute(src, m.data, O, L, at);
    if (a) out.set(a.name, a.value);
  }
  return out;
}

function num(b: Buffer, p: number, n: number): number {
  if (p + n > b.length) throw new RangeError('field past the end of its block');
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 256 + b[p + i]!;
  return v;
}

async function objectHeader(
  src: RandomSource,
  addr: number,
  O: number,
  L: number,
  out: { type: number; data: Buffer }[],
  at: (a: number) => number,
): Promise<void> {
  const head = await src.read(addr, 16);
  if (head.subarray(0, 4).toString('latin1') === 'OHDR') {
    const flags = head[5]!;
    let p = 6 + (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0);
    const sizeLen = 1 << (flags & 3);
    const h2 = await src.read(addr, p + sizeLen);
    const size = num(h2, p, sizeLen);
    p += sizeLen;
    const block = await src.read(addr + p, size);
    await messagesV2(src, block, flags, O, L, out, at);
    return;
  }
  if (head[0] !== 1)
    throw new Hdf5Malformed(
      `an object header (version 1, or OHDR) at ${addr}, found ${head.subarray(0, 4).toString('hex')}`,
      addr,
    );
  const count = head.readUInt16LE(2);
  const size = head.readUInt32LE(8);
  const blocks: [number, number][] = [[addr + 16, size]];
  let seen = 0;
  for (let bi = 0; bi < blocks.length && bi < 64; bi++) {
    const [a, n] = blocks[bi]!;
    const b = await src.read(a, n);
    let p = 0;
    while (p + 8 <= b.length && seen < count) {
      const type = b.readUInt16LE(p);
      const len = b.readUInt16LE(p + 2);
      const mflags = b[p + 4]!;
      const data = b.subarray(p + 8, p + 8 + len);
      seen++;
      if (type === 0x10) blocks.push([at(num(data, 0, O)), num(data, O, L)]);
      else if (mflags & 2 && type === 0x0c) throw new Unsupported('shared attribute');
      else out.push({ type, data });
      p += 8 + len;
    }
  }
}

async function messagesV2(
  src: RandomSource,
  block: Buffer,
  flags: number,
  O: number,
  L: number,
  out: { type: number; data: Buffer }[],
  at: (a: number) => number,
): Promise<void> {
  const queue: Buffer[] = [block];
  for (let qi = 0; qi < queue.length && qi < 64; qi++) {
    const b = queue[qi]!;
    let p = 0;
    const end = b.length - (qi === 0 ? 0 : 4);
    while (p + 4 <= end) {
      const type = b[p]!;
      const len = b.readUInt16LE(p + 1);
      const mflags = b[p + 3]!;
      p += 4 + (flags & 0x04 ? 2 : 0);
      const data = b.subarray(p, p + len);
      p += len;
      if (type === 0x10) {
        const c = await src.read(at(num(data, 0, O)), num(data, O, L));
        if (c.subarray(0, 4).toString('latin1') !== 'OCHK') throw new Unsupported('continuation block');
        queue.push(c.subarray(4));
      } else if (mflags & 2 && type === 0x0c) throw new Unsupported('shared attribute');
      else if (type === 0x15) {
        // attribute info: dense storage when a fractal heap address is set
        const v = data[1]! & 1 ? 4 : 2;
        if (num(data, v, O) !== 2 ** (8 * O) - 1) throw new Unsupported('dense attribute storage');
      } else out.push({ type, data });
    }
  }
}

async function attribute(
  src: RandomSource,
  d: Buffer,
  O: number,
  L: number,
  at: (a: number) => number,
): Promise<{ name: string; value: Buffer } | undefined> {
  const version = d[0]!;
  if (version < 1 || version > 3) throw new Unsupported(`attribute message version ${version}`);
  if (version >= 2 && d[1]! & 3) throw new Unsupported('shared datatype or dataspace');
  const nameSize = d.readUInt16LE(2);
  const typeSize = d.readUInt16LE(4);
  const spaceSize = d.readUInt16LE(6);
  const pad = (n: number): number => (version === 1 ? Math.ceil(n / 8) * 8 : n);
  let p = version === 3 ? 9 : 8;
  const name = d.toString('utf8', p, p + nameSize).replace(/\0+$/, '');
  p += pad(nameSize);
  const type = d.subarray(p, p + typeSize);
  p += pad(typeSize);
  p += pad(spaceSize);
  const data = d.subarray(p);
  const cls = type[0]! & 0x0f;
  const size = type.readUInt32LE(4);
  if (cls === 3) return { name, value: Buffer.from(data.subarray(0, size)).subarray(0, nulEnd(data, size)) };
  if (cls === 9 && (type[1]! & 0x0f) === 1) {
    // variable-length string: length, global heap collection address, object index
    const len = data.readUInt32LE(0);
    const coll = num(data, 4, O);
    const index = data.readUInt32LE(4 + O);
    return { name, value: await globalHeapObject(src, at(coll), index, L, len) };
  }
  return undefined;
}

const nulEnd = (b: Buffer, n: number): number => {
  const z = b.subarray(0, n).indexOf(0);
  return z < 0 ? Math.min(n, b.length) : z;
};

async function globalHeapObject(
  src: RandomSource,
  addr: number,
  index: number,
  L: number,
  len: number,
): Promise<Buffer> {
  const h = await src.read(addr, 8 + L);
  if (h.subarray(0, 4).toString('latin1') !== 'GCOL') throw new Unsupported('global heap collection');
  const size = num(h, 8, L);
  const c = await src.read(addr, size);
  let p = 8 + L;
  while (p + 8 + L <= c.length) {
    const i = c.readUInt16LE(p);
    const n = num(c, p + 8, L);
    if (i === 0) break;
    if (i === index) return Buffer.from(c.subarray(p + 8 + L, p + 8 + L + Math.min(n, len)));
    p += 8 + L + Math.ceil(n / 8) * 8;
  }
  throw new Unsupported('global heap object not found');
}

// ---- the format table entry --------------------------------------------------------------------------------
export const hdf5Format: FormatHandler = {
  format: 'hdf5',
  title: 'HDF5 / Keras .h5',
  scan: (scan, src, where) => scanHdf5(scan, src, where),
};

export async function scanHdf5(scan: FileScan, src: RandomSource, where: Where): Promise<void> {
  // Keras keeps its model config in the root group's `model_config` attribute: read it as HDF5 does
  let attrs: Map<string, Buffer> | undefined;
  try {
    attrs = await readRootAttributes(src);
  } catch (error) {
    // the signature claims HDF5 but the structure after it is not: nothing in the file could be verified
    if (!(error instanceof Hdf5Malformed)) throw error;
    return scan.malformed('HDF5', error.message, where, error.offset);
  }
  if (attrs) {
    const cfg = attrs.get('model_config');
    if (cfg !== undefined) {
      scan.formats.add('keras-h5');
      scan.keras(cfg.toString('utf8'), inner(where, 'attribute model_config'));
    } else scan.formats.add('hdf5');
    for (const [k, v] of attrs) if (v.length <= 1 << 20) scan.secrets(v.toString('utf8'), where, `HDF5 attribute ${k}`);
    return;
  }
  // an HDF5 layout this reader does not follow (dense attribute storage...): a streamed search instead
  // Keras stores its model config as a JSON string attribute; find it in the raw bytes (streamed).
  const needle = Buffer.from('{"class_name":');
  const needle2 = Buffer.from('{"module":');
  const attr = Buffer.from('model_config\0');
  let attrAt = -1;
  let found = 0;
  let carry = Buffer.alloc(0);
  let base = 0;
  for await (const chunk of streamOf(src, 4 << 20)) {
    scan.tick();
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    if (attrAt < 0 && buf.indexOf(attr) >= 0) attrAt = base + buf.indexOf(attr);
    for (const nd of [needle, needle2]) {
      for (let i = buf.indexOf(nd); i >= 0 && found < 16; i = buf.indexOf(nd, i + 1)) {
        const at = base + i;
        const json = await extractJson(src, at, 64 << 20);
        if (json === undefined) continue;
        found++;
        const w = inner(where, `attribute@${at}`);
        scan.keras(json, w);
        // skip over the config we just checked
        i += Math.min(json.length, buf.length);
      }
    }
    carry = Buffer.from(buf.subarray(Math.max(0, buf.length - 32)));
    base += buf.length - carry.length;
  }
  scan.formats.add(found > 0 ? 'keras-h5' : 'hdf5');
  if (found === 0 && attrAt >= 0)
    scan.malformed(
      'Keras HDF5',
      'the model_config attribute to hold a JSON model config, found none that parses',
      where,
      attrAt,
    );
}

/** Extracts the balanced JSON object starting at `at`, or undefined. */
async function extractJson(src: RandomSource, at: number, max: number): Promise<string | undefined> {
  const r = new Reader(src, at);
  let depth = 0;
  let inStr = false;
  let esc = false;
  const parts: Buffer[] = [];
  let len = 0;
  while (len < max && r.remaining > 0) {
    const n = Math.min(1 << 16, r.remaining);
    const b = Buffer.from(await r.need(n));
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (inStr) {
        if (esc) esc = false;
        else if (c === 0x5c) esc = true;
        else if (c === 0x22) inStr = false;
      } else if (c === 0x22) inStr = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) {
          parts.push(b.subarray(0, i + 1));
          return Buffer.concat(parts).toString('utf8');
        }
      } else if (c === 0) return undefined;
    }
    parts.push(b);
    len += b.length;
  }
  return undefined;
}
