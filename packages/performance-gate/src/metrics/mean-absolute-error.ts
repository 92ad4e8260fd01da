import type { RegressionPredictions } from '../predictions.js';
import { defineMetric, REGRESSION, weightedRowMean } from './types.js';

export const meanAbsoluteError = defineMetric({
  name: 'mean_absolute_error',
  greaterIsBetter: false,
  tasks: REGRESSION,
  needs: 'prediction',
  compute: (e, _method, w) => {
    const { n, y, pred } = e.p as RegressionPredictions;
    return weightedRowMean(n, w, (i, wi) => wi * Math.abs(y[i]! - pred[i]!));
  },
});
