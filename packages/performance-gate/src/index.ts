/** Performance gate: model quality and fairness against thresholds and the baseline, with paired statistics. */
export { performanceGate, runPerformanceGate } from './gate.js';
export {
  NO_BASELINE_YET,
  type PerformanceOptions,
  type BaselineOptions,
  type Bound,
  type ComparisonRule,
} from './options.js';
export { METRIC_KEYS } from './metrics.js';
export type { ColumnOptions, Task } from './predictions.js';
