import { CLASSIFICATION, defineMetric } from './types.js';

export const brierScoreLoss = defineMetric({
  name: 'brier_score_loss',
  greaterIsBetter: false,
  tasks: CLASSIFICATION,
  needs: 'probability',
  compute: (e, _method, w) => e.rowMean('brier', w),
});
