import { CLASSIFICATION, defineMetric } from './types.js';

export const expectedCalibrationError = defineMetric({
  name: 'expected_calibration_error',
  greaterIsBetter: false,
  tasks: CLASSIFICATION,
  needs: 'probability',
  defaultMethod: (task, bins) => (task === 'binary' ? `uniform-${bins}-bins` : `top-label-uniform-${bins}-bins`),
  compute: (e, _method, w) => e.ece(w),
});
