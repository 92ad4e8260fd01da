/** What a metric file declares: one `MetricDef` per metric, listed once in `registry.ts`. */
import type { MetricEngine, Memo } from '../metrics.js';
import type { Task } from '../predictions.js';
import type { Weights } from './functions.js';

export interface MetricDef<N extends string = string> {
  /** scikit-learn's name, and the key in the config (with an optional `_<method>` suffix). */
  name: N;
  /** Orients thresholds and comparisons. */
  greaterIsBetter: boolean;
  tasks: readonly Task[];
  /** What the predictions must hold: predicted classes, scores, or probabilities in [0, 1]. */
  needs: 'prediction' | 'score' | 'probability';
  /** Key suffix → the method it selects (`f1_macro` → macro), for metrics with averaging. */
  methods?: Readonly<Record<string, string>>;
  /** The method reported when the key names none. */
  defaultMethod?: (task: Task, bins: number) => string | undefined;
  /** The value on these predictions with these weights (NaN when undefined on the sample). */
  compute(engine: MetricEngine, method: string | undefined, w: Weights, memo: Memo): number;
}

/** Declares a metric, keeping its name's literal type (the registry derives `MetricName` from it). */
export function defineMetric<const N extends string>(def: MetricDef<N>): MetricDef<N> {
  return def;
}

/** sklearn's averaging of precision, recall and F1. */
export const AVERAGING: Readonly<Record<string, string>> = {
  binary: 'binary',
  micro: 'micro',
  macro: 'macro',
  weighted: 'weighted',
};

export const averagingDefault = (task: Task): string => (task === 'binary' ? 'binary' : 'macro');

/** Weighted mean over the rows of a regression task; `term(i, wi)` is the row's weighted term. */
export function weightedRowMean(n: number, w: Weights, term: (i: number, wi: number) => number): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const wi = w === undefined ? 1 : w[i]!;
    num += term(i, wi);
    den += wi;
  }
  return num / den;
}

export const CLASSIFICATION: readonly Task[] = ['binary', 'multiclass'];
export const REGRESSION: readonly Task[] = ['regression'];
