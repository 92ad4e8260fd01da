import { CLASSIFICATION, defineMetric } from './types.js';

export const logLoss = defineMetric({
  name: 'log_loss',
  greaterIsBetter: false,
  tasks: CLASSIFICATION,
  needs: 'probability',
  compute: (e, _method, w) => e.rowMean('log-loss', w),
});
