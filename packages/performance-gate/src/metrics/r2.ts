import type { RegressionPredictions } from '../predictions.js';
import { defineMetric, REGRESSION } from './types.js';

export const r2 = defineMetric({
  name: 'r2',
  greaterIsBetter: true,
  tasks: REGRESSION,
  needs: 'prediction',
  compute: (e, _method, w) => {
    const { n, y, pred } = e.p as RegressionPredictions;
    const wt = (i: number): number => (w === undefined ? 1 : w[i]!);
    let sy = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
      sy += wt(i) * y[i]!;
      den += wt(i);
    }
    const mean = sy / den;
    let ssRes = 0;
    let ssTot = 0;
    for (let i = 0; i < n; i++) {
      ssRes += wt(i) * (y[i]! - pred[i]!) ** 2;
      ssTot += wt(i) * (y[i]! - mean) ** 2;
    }
    if (ssTot === 0) return ssRes === 0 ? 1 : 0; // sklearn's force_finite
    return 1 - ssRes / ssTot;
  },
});
