import { prfFromCm, type Average } from './functions.js';
import { AVERAGING, averagingDefault, CLASSIFICATION, defineMetric } from './types.js';

export const precision = defineMetric({
  name: 'precision',
  greaterIsBetter: true,
  tasks: CLASSIFICATION,
  needs: 'prediction',
  methods: AVERAGING,
  defaultMethod: averagingDefault,
  compute: (e, method, w, memo) => prfFromCm(e.cm(w, memo), 'precision', method as Average, 1, e.present(w, memo)),
});
