import { accuracyFromCm } from './functions.js';
import { CLASSIFICATION, defineMetric } from './types.js';

export const accuracy = defineMetric({
  name: 'accuracy',
  greaterIsBetter: true,
  tasks: CLASSIFICATION,
  needs: 'prediction',
  compute: (e, _method, w, memo) => accuracyFromCm(e.cm(w, memo)),
});
