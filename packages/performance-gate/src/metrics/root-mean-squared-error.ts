import type { RegressionPredictions } from '../predictions.js';
import { meanSquaredError } from './mean-squared-error.js';
import { defineMetric, REGRESSION } from './types.js';

export const rootMeanSquaredError = defineMetric({
  name: 'root_mean_squared_error',
  greaterIsBetter: false,
  tasks: REGRESSION,
  needs: 'prediction',
  compute: (e, _method, w) => Math.sqrt(meanSquaredError(e.p as RegressionPredictions, w)),
});
