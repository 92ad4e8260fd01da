import type { RegressionPredictions } from '../predictions.js';
import { defineMetric, REGRESSION, weightedRowMean } from './types.js';

/** Weighted mean of the squared errors (also the root mean squared error's square). */
export function meanSquaredError(p: RegressionPredictions, w: Float64Array | undefined): number {
  const { n, y, pred } = p;
  return weightedRowMean(n, w, (i, wi) => {
    const d = y[i]! - pred[i]!;
    return wi * d * d;
  });
}

export const meanSquaredErrorMetric = defineMetric({
  name: 'mean_squared_error',
  greaterIsBetter: false,
  tasks: REGRESSION,
  needs: 'prediction',
  compute: (e, _method, w) => meanSquaredError(e.p as RegressionPredictions, w),
});
