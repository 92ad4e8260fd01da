/**
 * Keras model configs and the HDF5 path: the input is parsed as JSON and checked with checkKerasConfig
 * (formats/keras.ts); then the scanner runs on it as an HDF5 file (the HDF5 signature is put in front when
 * the input lacks it), which streams the file for embedded `{"class_name":` configs, extracts each
 * balanced JSON object and checks it. The HDF5 code lives in scan.ts, so it is reached through scanFile.
 */
import { checkKerasConfig, isKerasConfig } from '../../packages/model-scan/src/formats/keras.js';
import { scanBytes } from '../lib/scan.js';
import { entry, type FuzzTarget } from '../lib/target.js';

const HDF5 = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);

export const target: FuzzTarget = {
  name: 'keras-hdf5',
  parser: 'checkKerasConfig (formats/keras.ts) + the HDF5 config extraction of scanFile (scan.ts)',
  sync: false,
  seeds(f) {
    if (f.format === 'hdf5') return [f.data];
    if (f.format !== 'json') return [];
    try {
      const v: unknown = JSON.parse(f.data.toString('utf8'));
      return isKerasConfig(v) || isKerasConfig((v as { config?: unknown })?.config) ? [f.data] : [];
    } catch {
      return [];
    }
  },
  asFile: (data) => (data.subarray(0, 8).equals(HDF5) ? data : Buffer.concat([HDF5, data])),
  async fuzz(data) {
    const text = data.subarray(data.indexOf(0x7b) < 0 ? data.length : data.indexOf(0x7b)).toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined; // not JSON: only the HDF5 leg runs
    }
    if (json !== undefined) checkKerasConfig(json);
    await scanBytes(target.asFile!(data), 'model.h5');
  },
};

export const fuzz = entry(target);
