import { rocAucSorted } from './functions.js';
import { CLASSIFICATION, defineMetric } from './types.js';

export const rocAuc = defineMetric({
  name: 'roc_auc',
  greaterIsBetter: true,
  tasks: CLASSIFICATION,
  needs: 'score',
  // sklearn's roc_auc_score multi_class='ovr' with macro or weighted averaging.
  methods: { macro: 'ovr', weighted: 'ovr_weighted', ovr_weighted: 'ovr_weighted', ovr: 'ovr' },
  defaultMethod: (task) => (task === 'binary' ? 'binary' : 'ovr'),
  compute: (e, method, w) => e.ranking(rocAucSorted, method, w),
});
