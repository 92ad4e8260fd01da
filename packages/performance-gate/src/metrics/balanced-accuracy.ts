import { balancedAccuracyFromCm } from './functions.js';
import { CLASSIFICATION, defineMetric } from './types.js';

export const balancedAccuracy = defineMetric({
  name: 'balanced_accuracy',
  greaterIsBetter: true,
  tasks: CLASSIFICATION,
  needs: 'prediction',
  compute: (e, _method, w, memo) => balancedAccuracyFromCm(e.cm(w, memo)),
});
