/** NumPy `.npy`: the header dict read as numpy.load reads it; object arrays hold a pickle, which is scanned. */
import { inner, LimitError, type Where } from '../findings.js';
import type { FileScan } from '../scan.js';
import { CHUNK, streamOf, type RandomSource } from '../source.js';
import { descrItemsize, LiteralError, parseNpyHeader, shapeCount, type NpyHeader } from './npy.js';
import type { FormatHandler } from './types.js';

export const numpyFormat: FormatHandler = {
  format: 'numpy',
  title: 'NumPy .npy (object arrays)',
  scan: (scan, src, where, depth) => scanNumpy(scan, src, where, depth),
};

export async function scanNumpy(scan: FileScan, src: RandomSource, where: Where, depth: number): Promise<void> {
  const h = await src.read(0, 12);
  const major = h[6]!;
  if (h.length < 10 || major < 1 || major > 3)
    return scan.malformed(
      'NumPy',
      `a version 1-3 header, found version ${major ?? 'nothing'} in ${h.length} bytes`,
      where,
      6,
    );
  const hlen = major === 1 ? h.readUInt16LE(8) : h.length < 12 ? -1 : h.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  if (hlen < 0 || start + hlen > src.size)
    return scan.malformed('NumPy', `a header of ${hlen} bytes, found a ${src.size}-byte file`, where, 8);
  if (hlen > 1 << 20) throw new LimitError(`NumPy header of ${hlen} bytes is too large`, 8);
  const raw = await src.read(start, hlen);
  let header: NpyHeader;
  try {
    header = parseNpyHeader(raw.toString(major === 3 ? 'utf8' : 'latin1'));
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    return scan.malformed(
      'NumPy',
      `a header dict numpy.load accepts, found: ${error.message}`,
      where,
      start + error.offset,
    );
  }
  if (!header.hasObject) {
    // numpy.load reads shape x itemsize bytes of data and fails on fewer: a truncated array was not verified
    const itemsize = descrItemsize(header.descr);
    const want = itemsize === undefined ? undefined : itemsize * shapeCount(header.shape);
    const have = BigInt(src.size - start - hlen);
    if (want !== undefined && have < want)
      scan.malformed('NumPy', `${want} bytes of array data (shape x itemsize), found ${have}`, where, start + hlen);
    return;
  }
  scan.add(
    'pickle',
    'pickle.object-array',
    'info',
    'NumPy object array: its data is a pickle (numpy.load needs allow_pickle=True); the pickle was scanned',
    where,
    start + hlen,
  );
  const body = src.slice(start + hlen, src.size - start - hlen);
  await scan.pickleStream(
    streamOf(body, CHUNK, true),
    inner(where, 'object data'),
    depth + 1,
    'numpy.load unpickles the data of an object array',
    body.size,
    body,
  );
}
