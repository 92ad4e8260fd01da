import { averagePrecisionSorted } from './functions.js';
import { CLASSIFICATION, defineMetric } from './types.js';

export const averagePrecision = defineMetric({
  name: 'average_precision',
  greaterIsBetter: true,
  tasks: CLASSIFICATION,
  needs: 'score',
  methods: { micro: 'micro', macro: 'macro', weighted: 'weighted' },
  defaultMethod: (task) => (task === 'binary' ? 'binary' : 'macro'),
  compute: (e, method, w) => e.ranking(averagePrecisionSorted, method, w),
});
