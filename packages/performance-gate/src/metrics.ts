/**
 * Metrics by key (`f1_macro`, `roc_auc_ovr_weighted`: scikit-learn scorer style) and the engine that computes
 * them on one predictions set with any weights. The metrics themselves are one file each under `metrics/`,
 * listed in `metrics/registry.ts`.
 */
import type { ClassificationPredictions, Predictions } from './predictions.js';
import {
  calibrationBin,
  calibrationInputs,
  descendingOrder,
  rowBrierScores,
  rowLogLosses,
  type Weights,
} from './metrics/functions.js';
import { METRIC_DEFS } from './metrics/registry.js';
import type { MetricDef } from './metrics/types.js';

const { abs } = Math;

export type MetricName = (typeof METRIC_DEFS)[number]['name'];

/** The metric definitions by name; `greaterIsBetter` orients comparisons. */
export const METRICS = Object.fromEntries(METRIC_DEFS.map((d) => [d.name, d])) as Record<MetricName, MetricDef>;

export function isMetricName(s: string): s is MetricName {
  return Object.hasOwn(METRICS, s);
}

/** A metric as configured: `f1`, `f1_macro`, `roc_auc_ovr_weighted` (scikit-learn scorer style). */
export interface MetricSpec {
  name: MetricName;
  /** Averaging (classification) or `ovr`/`ovr_weighted` (multiclass ROC AUC), as reported in `method`. */
  method?: string;
  /** The key as written in the config. */
  key: string;
}

const KEY_SUFFIXES = ['_binary', '_micro', '_macro', '_weighted', '_ovr_weighted', '_ovr'];

/** Parses `f1_macro`, `roc_auc_ovr_weighted`, `average_precision_macro`... into a name and a method. */
export function parseMetricKey(key: string): MetricSpec | undefined {
  if (isMetricName(key)) return { name: key, key };
  for (const suffix of KEY_SUFFIXES) {
    if (!key.endsWith(suffix)) continue;
    const base = key.slice(0, -suffix.length);
    if (!isMetricName(base)) continue;
    const method = METRICS[base].methods?.[suffix.slice(1)];
    if (method !== undefined) return { name: base, method, key };
  }
  return undefined;
}

/**
 * Every metric key `parseMetricKey` accepts, in a stable order: the schema's enum, so `validate` rejects a
 * misspelt key (`roc_acu`) with its file:line:col and a "did you mean" before anything runs.
 */
export const METRIC_KEYS: readonly string[] = METRIC_DEFS.flatMap((d) =>
  ['', ...KEY_SUFFIXES].map((suffix) => `${d.name}${suffix}`).filter((key) => parseMetricKey(key) !== undefined),
);

/** The metrics that apply to a task, in the registry's order: what is reported when none are listed. */
export function metricsForTask(task: Predictions['task']): MetricName[] {
  return METRIC_DEFS.filter((d) => d.tasks.includes(task)).map((d) => d.name);
}

/** The method a metric is computed with by default for a task. */
export function defaultMethod(name: MetricName, task: Predictions['task'], bins = 10): string | undefined {
  return METRICS[name].defaultMethod?.(task, bins);
}

/** Per-call memo: metrics computed together on the same weights share the confusion matrix. */
export interface Memo {
  cm?: number[][];
  present?: boolean[];
}

/** Computes metrics on one predictions set, any weights; per-row terms and sort orders are computed once. */
export class MetricEngine {
  private orders: (Uint32Array | undefined)[] = [];
  private positives: (Uint8Array | undefined)[] = [];
  private calib?: { conf: Float64Array; hit: Uint8Array; bin: Int32Array; bins: number };
  private rowLogLoss?: Float64Array;
  private rowBrier?: Float64Array;
  private cell?: Int32Array;

  /** `bins`: uniform bins of the expected calibration error. */
  constructor(
    readonly p: Predictions,
    readonly bins = 10,
  ) {}

  /** Whether the metric can be computed on this data at all (e.g. log loss needs probabilities). */
  available(spec: MetricSpec): { ok: true } | { ok: false; why: string } {
    const meta = METRICS[spec.name];
    if (!(meta.tasks as readonly string[]).includes(this.p.task))
      return { ok: false, why: `not defined for a ${this.p.task} task` };
    if (this.p.task === 'regression') return { ok: true };
    if (meta.needs === 'score' && !this.p.scores) return { ok: false, why: 'needs a score column' };
    if (meta.needs === 'probability' && !(this.p.scores && this.p.probabilistic))
      return { ok: false, why: 'needs probabilities in [0, 1]' };
    if (spec.method === 'binary' && this.p.task !== 'binary')
      return { ok: false, why: 'binary averaging needs a binary task' };
    return { ok: true };
  }

  private order(k: number): Uint32Array {
    const c = this.p as ClassificationPredictions;
    this.orders[k] ??= descendingOrder(c.scores![k]!);
    return this.orders[k];
  }

  private positive(k: number): Uint8Array {
    const c = this.p as ClassificationPredictions;
    this.positives[k] ??= Uint8Array.from(c.y, (v) => (v === k ? 1 : 0));
    return this.positives[k];
  }

  /** Weighted confusion matrix from precomputed cell indices (y · k + pred). */
  confusion(w?: Weights): number[][] {
    const c = this.p as ClassificationPredictions;
    const k = c.classes.length;
    this.cell ??= Int32Array.from(c.y, (v, i) => v * k + c.pred[i]!);
    const flat = new Float64Array(k * k);
    const cell = this.cell;
    if (w === undefined) for (let i = 0; i < cell.length; i++) flat[cell[i]!]! += 1;
    else for (let i = 0; i < cell.length; i++) flat[cell[i]!]! += w[i]!;
    return Array.from({ length: k }, (_, r) => Array.from(flat.subarray(r * k, r * k + k)));
  }

  private weightedMean(values: Float64Array, w?: Weights): number {
    let num = 0;
    let den = 0;
    for (let i = 0; i < values.length; i++) {
      const wi = w === undefined ? 1 : w[i]!;
      if (wi === 0) continue;
      num += values[i]! * wi;
      den += wi;
    }
    return num / den;
  }

  /** Several metrics on the same weights (shares the confusion matrix). */
  computeAll(specs: readonly MetricSpec[], w?: Weights): number[] {
    const memo: Memo = {};
    return specs.map((s) => this.compute(s, w, memo));
  }

  /** The value, or NaN when undefined on this sample (e.g. ROC AUC with one class) or for this task. */
  compute(spec: MetricSpec, w?: Weights, memo: Memo = {}): number {
    const def = METRICS[spec.name];
    if (!def.tasks.includes(this.p.task)) return Number.NaN;
    const method = this.p.task === 'regression' ? undefined : (spec.method ?? defaultMethod(spec.name, this.p.task));
    return def.compute(this, method, w, memo);
  }

  /** The weighted confusion matrix, once per memo. */
  cm(w: Weights, memo: Memo): number[][] {
    return (memo.cm ??= this.confusion(w));
  }

  /** Classes present (non-zero weight) in labels or predictions, once per memo. */
  present(w: Weights, memo: Memo): boolean[] {
    return (memo.present ??= this.presentClasses(w));
  }

  /**
   * A ranking metric (ROC AUC, average precision): on the positive class of a binary task; one-vs-rest per
   * class otherwise, averaged by support (`ovr_weighted`, `weighted`) or equally.
   */
  ranking(
    fn: (positive: Uint8Array, score: Float64Array, order: Uint32Array, w?: Weights) => number,
    method: string | undefined,
    w: Weights,
  ): number {
    const p = this.p as ClassificationPredictions;
    if (p.task === 'binary') return fn(this.positive(1), p.scores![1]!, this.order(1), w);
    const per: number[] = [];
    const support: number[] = [];
    for (let k = 0; k < p.classes.length; k++) {
      const pos = this.positive(k);
      per.push(fn(pos, p.scores![k]!, this.order(k), w));
      let s = 0;
      for (let i = 0; i < p.n; i++) if (pos[i]) s += w === undefined ? 1 : w[i]!;
      support.push(s);
    }
    if (method === 'ovr_weighted' || method === 'weighted') {
      const total = support.reduce((a, b) => a + b, 0);
      return per.reduce((acc, v, k) => acc + (support[k]! === 0 ? 0 : v * support[k]!), 0) / total;
    }
    return per.reduce((a, b) => a + b, 0) / per.length;
  }

  /** The weighted mean of a per-row loss (computed once per predictions set). */
  rowMean(kind: 'log-loss' | 'brier', w: Weights): number {
    const p = this.p as ClassificationPredictions;
    if (kind === 'log-loss') {
      this.rowLogLoss ??= rowLogLosses(p);
      return this.weightedMean(this.rowLogLoss, w);
    }
    this.rowBrier ??= rowBrierScores(p);
    return this.weightedMean(this.rowBrier, w);
  }

  /** Expected calibration error over the engine's uniform bins. */
  ece(w: Weights): number {
    return this.eceWith(this.bins, w);
  }

  private eceWith(bins: number, w?: Weights): number {
    const p = this.p as ClassificationPredictions;
    if (!this.calib || this.calib.bins !== bins) {
      const { conf, hit } = calibrationInputs(p);
      this.calib = { conf, hit, bins, bin: Int32Array.from(conf, (v) => calibrationBin(v, bins)) };
    }
    const { conf, hit, bin } = this.calib;
    const sw = new Float64Array(bins);
    const sp = new Float64Array(bins);
    const sy = new Float64Array(bins);
    for (let i = 0; i < conf.length; i++) {
      const wi = w === undefined ? 1 : w[i]!;
      if (wi === 0) continue;
      const b = bin[i]!;
      sw[b]! += wi;
      sp[b]! += wi * conf[i]!;
      sy[b]! += wi * hit[i]!;
    }
    let total = 0;
    for (let b = 0; b < bins; b++) total += sw[b]!;
    let e = 0;
    for (let b = 0; b < bins; b++) if (sw[b]! > 0) e += (sw[b]! / total) * abs(sy[b]! / sw[b]! - sp[b]! / sw[b]!);
    return e;
  }

  /** Classes present (non-zero weight) in labels or predictions: the labels sklearn averages over. */
  private presentClasses(w: Weights): boolean[] {
    const p = this.p as ClassificationPredictions;
    const out = new Array<boolean>(p.classes.length).fill(false);
    const { y, pred } = p;
    for (let i = 0; i < p.n; i++) {
      if (w !== undefined && w[i] === 0) continue;
      out[y[i]!] = true;
      out[pred[i]!] = true;
    }
    return out;
  }
}
