import { prfFromCm, type Average } from './functions.js';
import { AVERAGING, averagingDefault, CLASSIFICATION, defineMetric } from './types.js';

export const f1 = defineMetric({
  name: 'f1',
  greaterIsBetter: true,
  tasks: CLASSIFICATION,
  needs: 'prediction',
  methods: AVERAGING,
  defaultMethod: averagingDefault,
  compute: (e, method, w, memo) => prfFromCm(e.cm(w, memo), 'f1', method as Average, 1, e.present(w, memo)),
});
