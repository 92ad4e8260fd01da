/**
 * The whole scanner (scan.ts scanFile) on a scratch file: format detection, archives (zip, tar), wrappers,
 * nested pickles, every format check and the secrets check. It must end with a report (findings or none),
 * never throw, never report an internal error as a finding, and stay within its time budget.
 * Jazzer's path-traversal detector is off: the ONNX check stats the external-data paths a model names.
 */
import { scanBytes } from '../lib/scan.js';
import { entry, type FuzzTarget } from '../lib/target.js';

export const target: FuzzTarget = {
  name: 'scan-file',
  parser: 'scanFile on a file (packages/model-scan/src/scan.ts), every format',
  sync: false,
  seeds: (f) => [f.data],
  disableBugDetectors: ['path-traversal'],
  async fuzz(data) {
    await scanBytes(data);
  },
};

export const fuzz = entry(target);
