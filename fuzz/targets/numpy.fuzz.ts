/**
 * NumPy `.npy` headers (major versions 1-3, header length, `descr`) and object arrays, whose data is a
 * pickle. The NumPy code lives in scan.ts, so it is reached through scanFile; the `\x93NUMPY` signature is
 * put in front when the input lacks it, so every input takes the NumPy path.
 */
import { scanBytes } from '../lib/scan.js';
import { entry, type FuzzTarget } from '../lib/target.js';

const MAGIC = Buffer.from('\x93NUMPY', 'latin1');

export const target: FuzzTarget = {
  name: 'numpy',
  parser: 'the NumPy header and object-array path of scanFile (packages/model-scan/src/scan.ts)',
  sync: false,
  seeds: (f) => (f.format === 'numpy' ? [f.data] : []),
  asFile: (data) => (data.subarray(0, 6).equals(MAGIC) ? data : Buffer.concat([MAGIC, data])),
  async fuzz(data) {
    await scanBytes(target.asFile!(data), 'array.npy');
  },
};

export const fuzz = entry(target);
