/**
 * Metrics with scikit-learn's definitions (checked against sklearn to 1e-9 by the parity tests). Every
 * function takes optional sample weights: a bootstrap resample is a weight vector of counts, so intervals
 * reuse these functions and the sort orders computed once.
 */
import type { ClassificationPredictions, Predictions, RegressionPredictions } from './predictions.js';

// Module-level aliases: a global lookup per call is slow in some hosts (Jest's VM contexts).
const { abs, log, max, min, sqrt } = Math;

export type Weights = Float64Array | undefined;

export type Average = 'binary' | 'micro' | 'macro' | 'weighted';

/** Metric names as scikit-learn's functions; `greaterIsBetter` orients comparisons. */
export const METRICS = {
  accuracy: { greaterIsBetter: true, tasks: ['binary', 'multiclass'], needs: 'prediction' },
  balanced_accuracy: { greaterIsBetter: true, tasks: ['binary', 'multiclass'], needs: 'prediction' },
  precision: { greaterIsBetter: true, tasks: ['binary', 'multiclass'], needs: 'prediction' },
  recall: { greaterIsBetter: true, tasks: ['binary', 'multiclass'], needs: 'prediction' },
  f1: { greaterIsBetter: true, tasks: ['binary', 'multiclass'], needs: 'prediction' },
  roc_auc: { greaterIsBetter: true, tasks: ['binary', 'multiclass'], needs: 'score' },
  average_precision: { greaterIsBetter: true, tasks: ['binary', 'multiclass'], needs: 'score' },
  log_loss: { greaterIsBetter: false, tasks: ['binary', 'multiclass'], needs: 'probability' },
  brier_score_loss: { greaterIsBetter: false, tasks: ['binary', 'multiclass'], needs: 'probability' },
  expected_calibration_error: { greaterIsBetter: false, tasks: ['binary', 'multiclass'], needs: 'probability' },
  mean_absolute_error: { greaterIsBetter: false, tasks: ['regression'], needs: 'prediction' },
  mean_squared_error: { greaterIsBetter: false, tasks: ['regression'], needs: 'prediction' },
  root_mean_squared_error: { greaterIsBetter: false, tasks: ['regression'], needs: 'prediction' },
  r2: { greaterIsBetter: true, tasks: ['regression'], needs: 'prediction' },
  mean_absolute_percentage_error: { greaterIsBetter: false, tasks: ['regression'], needs: 'prediction' },
} as const;

export type MetricName = keyof typeof METRICS;

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

const AVERAGED = new Set<MetricName>(['precision', 'recall', 'f1']);

/** Parses `f1_macro`, `roc_auc_ovr_weighted`, `average_precision_macro`... into a name and a method. */
export function parseMetricKey(key: string): MetricSpec | undefined {
  if (isMetricName(key)) return { name: key, key };
  for (const suffix of ['_binary', '_micro', '_macro', '_weighted', '_ovr_weighted', '_ovr']) {
    if (!key.endsWith(suffix)) continue;
    const base = key.slice(0, -suffix.length);
    if (!isMetricName(base)) continue;
    const method = suffix.slice(1);
    if (AVERAGED.has(base) && ['binary', 'micro', 'macro', 'weighted'].includes(method))
      return { name: base, method, key };
    if (base === 'roc_auc' && ['ovr', 'ovr_weighted', 'macro', 'weighted'].includes(method)) {
      return {
        name: base,
        method: method.startsWith('ovr') ? method : `ovr_${method}`.replace('ovr_macro', 'ovr'),
        key,
      };
    }
    if (base === 'average_precision' && ['macro', 'weighted', 'micro'].includes(method))
      return { name: base, method, key };
  }
  return undefined;
}

const KEY_SUFFIXES = ['', '_binary', '_micro', '_macro', '_weighted', '_ovr_weighted', '_ovr'];

/**
 * Every metric key `parseMetricKey` accepts, in a stable order: the schema's enum, so `validate` rejects a
 * misspelt key (`roc_acu`) with its file:line:col and a "did you mean" before anything runs.
 */
export const METRIC_KEYS: readonly string[] = Object.keys(METRICS).flatMap((name) =>
  KEY_SUFFIXES.map((suffix) => `${name}${suffix}`).filter((key) => parseMetricKey(key) !== undefined),
);

/** The method a metric is computed with by default for a task. */
export function defaultMethod(name: MetricName, task: Predictions['task'], bins = 10): string | undefined {
  if (AVERAGED.has(name)) return task === 'binary' ? 'binary' : 'macro';
  if (name === 'roc_auc') return task === 'binary' ? 'binary' : 'ovr';
  if (name === 'average_precision') return task === 'binary' ? 'binary' : 'macro';
  if (name === 'expected_calibration_error')
    return task === 'binary' ? `uniform-${bins}-bins` : `top-label-uniform-${bins}-bins`;
  return undefined;
}

const wt = (w: Weights, i: number): number => (w === undefined ? 1 : w[i]!);

// ---------------------------------------------------------------------------------------------------------
// Classification from labels and predictions

/** Weighted confusion matrix, rows = true class, columns = predicted class (sklearn's layout). */
export function confusionMatrix(y: Int32Array, pred: Int32Array, k: number, w?: Weights): number[][] {
  const c = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < y.length; i++) c[y[i]!]![pred[i]!]! += wt(w, i);
  return c;
}

export function accuracyFromCm(c: number[][]): number {
  let t = 0;
  let s = 0;
  for (let i = 0; i < c.length; i++) {
    for (let j = 0; j < c.length; j++) s += c[i]![j]!;
    t += c[i]![i]!;
  }
  return t / s;
}

export function balancedAccuracyFromCm(c: number[][]): number {
  let sum = 0;
  let m = 0;
  for (let i = 0; i < c.length; i++) {
    const row = c[i]!.reduce((a, b) => a + b, 0);
    if (row === 0) continue; // sklearn drops classes without true samples (with a warning)
    sum += c[i]![i]! / row;
    m += 1;
  }
  return m === 0 ? Number.NaN : sum / m;
}

/** Precision, recall or F1 with sklearn's averaging and `zero_division=0`. */
export function prfFromCm(
  c: number[][],
  metric: 'precision' | 'recall' | 'f1',
  average: Average,
  pos = 1,
  present?: boolean[],
): number {
  const k = c.length;
  const tp: number[] = [];
  const predicted: number[] = [];
  const actual: number[] = [];
  for (let i = 0; i < k; i++) {
    tp.push(c[i]![i]!);
    let col = 0;
    let row = 0;
    for (let j = 0; j < k; j++) {
      col += c[j]![i]!;
      row += c[i]![j]!;
    }
    predicted.push(col);
    actual.push(row);
  }
  const score = (t: number, p: number, a: number): number => {
    const precision = p === 0 ? 0 : t / p;
    const recall = a === 0 ? 0 : t / a;
    if (metric === 'precision') return precision;
    if (metric === 'recall') return recall;
    const denom = precision + recall;
    return denom === 0 ? 0 : (2 * precision * recall) / denom;
  };
  if (average === 'binary') return score(tp[pos]!, predicted[pos]!, actual[pos]!);
  // Labels sklearn averages over: those present in y_true or y_pred.
  const labels = [...Array(k).keys()].filter((i) => (present ? present[i] : actual[i]! > 0 || predicted[i]! > 0));
  if (average === 'micro') {
    let t = 0;
    let p = 0;
    let a = 0;
    for (const i of labels) {
      t += tp[i]!;
      p += predicted[i]!;
      a += actual[i]!;
    }
    return score(t, p, a);
  }
  const per = labels.map((i) => score(tp[i]!, predicted[i]!, actual[i]!));
  if (average === 'macro') return per.reduce((a, b) => a + b, 0) / per.length;
  const support = labels.map((i) => actual[i]!);
  const total = support.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return per.reduce((acc, v, j) => acc + v * support[j]!, 0) / total;
}

// ---------------------------------------------------------------------------------------------------------
// Ranking metrics (ties handled as sklearn: one ROC/PR point per distinct score)

/** Row indices sorted by decreasing score (stable). Compute once per score vector and reuse. */
export function descendingOrder(score: Float64Array): Uint32Array {
  const idx = Uint32Array.from({ length: score.length }, (_, i) => i);
  const sorted = Array.from(idx).sort((a, b) => score[b]! - score[a]! || a - b);
  return Uint32Array.from(sorted);
}

export interface CurvePoint {
  fps: number;
  tps: number;
  threshold: number;
}

/** sklearn's `_binary_clf_curve`: cumulative weighted false/true positives at each distinct score. */
export function binaryClfCurve(
  positive: (i: number) => boolean,
  score: Float64Array,
  order: Uint32Array,
  w?: Weights,
): CurvePoint[] {
  const out: CurvePoint[] = [];
  let tps = 0;
  let fps = 0;
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    const wi = wt(w, i);
    if (wi !== 0) {
      if (positive(i)) tps += wi;
      else fps += wi;
    }
    const next = order[j + 1];
    if (next === undefined || score[next] !== score[i]) out.push({ fps, tps, threshold: score[i]! });
  }
  return out;
}

/**
 * ROC AUC in one pass over the rows sorted by decreasing score, without allocating: the trapezoid between
 * consecutive distinct thresholds (ties form one point, as in sklearn's `_binary_clf_curve`).
 */
export function rocAucSorted(positive: Uint8Array, score: Float64Array, order: Uint32Array, w?: Weights): number {
  let tps = 0;
  let fps = 0;
  let area = 0;
  let pf = 0;
  let pt = 0;
  const n = order.length;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const wi = w === undefined ? 1 : w[i]!;
    if (positive[i]) tps += wi;
    else fps += wi;
    if (j + 1 === n || score[order[j + 1]!] !== score[i]) {
      area += (fps - pf) * (tps + pt);
      pf = fps;
      pt = tps;
    }
  }
  if (tps === 0 || fps === 0) return Number.NaN; // only one class present
  return area / 2 / (tps * fps);
}

/** Average precision: Σ (R_k − R_{k−1}) · P_k over distinct thresholds, decreasing (sklearn's step rule). */
export function averagePrecisionSorted(
  positive: Uint8Array,
  score: Float64Array,
  order: Uint32Array,
  w?: Weights,
): number {
  let total = 0;
  const n = order.length;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    if (positive[i]) total += w === undefined ? 1 : w[i]!;
  }
  if (total === 0) return Number.NaN;
  let tps = 0;
  let fps = 0;
  let ap = 0;
  let prevTps = 0;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const wi = w === undefined ? 1 : w[i]!;
    if (positive[i]) tps += wi;
    else fps += wi;
    if (j + 1 === n || score[order[j + 1]!] !== score[i]) {
      if (tps !== prevTps) ap += ((tps - prevTps) / total) * (tps / (tps + fps));
      prevTps = tps;
      if (tps === total) break;
    }
  }
  return ap;
}

export function rocAucBinary(
  positive: (i: number) => boolean,
  score: Float64Array,
  order: Uint32Array,
  w?: Weights,
): number {
  return rocAucSorted(
    Uint8Array.from(score, (_, i) => (positive(i) ? 1 : 0)),
    score,
    order,
    w,
  );
}

export function averagePrecisionBinary(
  positive: (i: number) => boolean,
  score: Float64Array,
  order: Uint32Array,
  w?: Weights,
): number {
  return averagePrecisionSorted(
    Uint8Array.from(score, (_, i) => (positive(i) ? 1 : 0)),
    score,
    order,
    w,
  );
}

/** ROC curve points (fpr, tpr) with the (0, 0) start, as sklearn's `roc_curve` without dropping points. */
export function rocCurve(
  positive: (i: number) => boolean,
  score: Float64Array,
  order: Uint32Array,
): { fpr: number[]; tpr: number[] } {
  const curve = binaryClfCurve(positive, score, order);
  const last = curve[curve.length - 1]!;
  return {
    fpr: [0, ...curve.map((p) => (last.fps === 0 ? 0 : p.fps / last.fps))],
    tpr: [0, ...curve.map((p) => (last.tps === 0 ? 0 : p.tps / last.tps))],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Probabilistic metrics

const EPS = 2.220446049250313e-16; // np.finfo(float64).eps, sklearn's log_loss clip

/** Confidence and correctness used by calibration: binary → (p(positive), y == positive); multiclass → top label. */
export function calibrationInputs(p: ClassificationPredictions): { conf: Float64Array; hit: Uint8Array } {
  const s = p.scores!;
  const conf = new Float64Array(p.n);
  const hit = new Uint8Array(p.n);
  for (let i = 0; i < p.n; i++) {
    if (p.task === 'binary') {
      conf[i] = s[1]![i]!;
      hit[i] = p.y[i] === 1 ? 1 : 0;
    } else {
      let best = 0;
      for (let k = 1; k < s.length; k++) if (s[k]![i]! > s[best]![i]!) best = k;
      conf[i] = s[best]![i]!;
      hit[i] = p.y[i] === best ? 1 : 0;
    }
  }
  return { conf, hit };
}

/** Bin of a probability on sklearn's `calibration_curve` uniform bins (`searchsorted(bins[1:-1], p)`, left). */
export function calibrationBin(v: number, bins: number): number {
  // Edges are np.linspace(0, 1, bins + 1); compare with the same floating-point edges.
  let lo = 0;
  let hi = bins - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const edge = (mid + 1) * (1 / bins); // numpy's linspace: j * step
    if (edge < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface CalibrationBin {
  bin: number;
  weight: number;
  meanPredicted: number;
  fractionPositive: number;
}

export function calibrationTable(conf: Float64Array, hit: Uint8Array, bins: number, w?: Weights): CalibrationBin[] {
  const sw = new Float64Array(bins);
  const sp = new Float64Array(bins);
  const sy = new Float64Array(bins);
  for (let i = 0; i < conf.length; i++) {
    const wi = wt(w, i);
    if (wi === 0) continue;
    const b = calibrationBin(conf[i]!, bins);
    sw[b]! += wi;
    sp[b]! += wi * conf[i]!;
    sy[b]! += wi * hit[i]!;
  }
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (sw[b] === 0) continue;
    out.push({ bin: b, weight: sw[b]!, meanPredicted: sp[b]! / sw[b]!, fractionPositive: sy[b]! / sw[b]! });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Regression

export function regressionMetric(name: MetricName, p: RegressionPredictions, w?: Weights): number {
  let den = 0;
  let num = 0;
  const { y, pred } = p;
  switch (name) {
    case 'mean_absolute_error':
      for (let i = 0; i < p.n; i++) {
        const wi = wt(w, i);
        num += wi * abs(y[i]! - pred[i]!);
        den += wi;
      }
      return num / den;
    case 'mean_squared_error':
    case 'root_mean_squared_error':
      for (let i = 0; i < p.n; i++) {
        const wi = wt(w, i);
        const d = y[i]! - pred[i]!;
        num += wi * d * d;
        den += wi;
      }
      return name === 'mean_squared_error' ? num / den : sqrt(num / den);
    case 'mean_absolute_percentage_error':
      for (let i = 0; i < p.n; i++) {
        const wi = wt(w, i);
        num += (wi * abs(y[i]! - pred[i]!)) / max(abs(y[i]!), EPS);
        den += wi;
      }
      return num / den;
    case 'r2': {
      let sy = 0;
      for (let i = 0; i < p.n; i++) {
        const wi = wt(w, i);
        sy += wi * y[i]!;
        den += wi;
      }
      const mean = sy / den;
      let ssRes = 0;
      let ssTot = 0;
      for (let i = 0; i < p.n; i++) {
        const wi = wt(w, i);
        ssRes += wi * (y[i]! - pred[i]!) ** 2;
        ssTot += wi * (y[i]! - mean) ** 2;
      }
      if (ssTot === 0) return ssRes === 0 ? 1 : 0; // sklearn's force_finite
      return 1 - ssRes / ssTot;
    }
    default:
      return Number.NaN;
  }
}

// ---------------------------------------------------------------------------------------------------------
// One entry point with cached sort orders

/** Per-call memo: metrics computed together on the same weights share the confusion matrix. */
interface Memo {
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

  /** The value, or NaN when undefined on this sample (e.g. ROC AUC with one class). */
  compute(spec: MetricSpec, w?: Weights, memo: Memo = {}): number {
    const p = this.p;
    if (p.task === 'regression') return regressionMetric(spec.name, p, w);
    const method = spec.method ?? defaultMethod(spec.name, p.task);
    switch (spec.name) {
      case 'accuracy':
        return accuracyFromCm((memo.cm ??= this.confusion(w)));
      case 'balanced_accuracy':
        return balancedAccuracyFromCm((memo.cm ??= this.confusion(w)));
      case 'precision':
      case 'recall':
      case 'f1':
        return prfFromCm(
          (memo.cm ??= this.confusion(w)),
          spec.name,
          method as Average,
          1,
          (memo.present ??= this.present(w)),
        );
      case 'roc_auc':
      case 'average_precision': {
        const fn = spec.name === 'roc_auc' ? rocAucSorted : averagePrecisionSorted;
        if (p.task === 'binary') return fn(this.positive(1), p.scores![1]!, this.order(1), w);
        const per: number[] = [];
        const support: number[] = [];
        for (let k = 0; k < p.classes.length; k++) {
          const pos = this.positive(k);
          per.push(fn(pos, p.scores![k]!, this.order(k), w));
          let s = 0;
          for (let i = 0; i < p.n; i++) if (pos[i]) s += wt(w, i);
          support.push(s);
        }
        if (method === 'ovr_weighted' || method === 'weighted') {
          const total = support.reduce((a, b) => a + b, 0);
          return per.reduce((acc, v, k) => acc + (support[k]! === 0 ? 0 : v * support[k]!), 0) / total;
        }
        return per.reduce((a, b) => a + b, 0) / per.length;
      }
      case 'log_loss':
        this.rowLogLoss ??= rowLogLosses(p);
        return this.weightedMean(this.rowLogLoss, w);
      case 'brier_score_loss':
        this.rowBrier ??= rowBrierScores(p);
        return this.weightedMean(this.rowBrier, w);
      case 'expected_calibration_error':
        return this.ece(this.bins, w);
      default:
        return Number.NaN;
    }
  }

  private ece(bins: number, w?: Weights): number {
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
  private present(w: Weights): boolean[] {
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

/** Per-row log loss (sklearn: clip to [eps, 1 − eps], renormalise the row). */
export function rowLogLosses(p: ClassificationPredictions): Float64Array {
  const s = p.scores!;
  const out = new Float64Array(p.n);
  for (let i = 0; i < p.n; i++) {
    let q: number;
    if (p.task === 'binary') {
      const pos = min(max(s[1]![i]!, EPS), 1 - EPS);
      const neg = 1 - pos;
      q = (p.y[i] === 1 ? pos : neg) / (neg + pos);
    } else {
      let sum = 0;
      for (let k = 0; k < s.length; k++) sum += min(max(s[k]![i]!, EPS), 1 - EPS);
      q = min(max(s[p.y[i]!]![i]!, EPS), 1 - EPS) / sum;
    }
    out[i] = -log(q);
  }
  return out;
}

/** Per-row Brier term: (p − y)² for binary tasks, Σ_k (p_k − y_k)² for multiclass. */
export function rowBrierScores(p: ClassificationPredictions): Float64Array {
  const s = p.scores!;
  const out = new Float64Array(p.n);
  for (let i = 0; i < p.n; i++) {
    if (p.task === 'binary') {
      const d = s[1]![i]! - (p.y[i] === 1 ? 1 : 0);
      out[i] = d * d;
    } else {
      let e = 0;
      for (let k = 0; k < s.length; k++) {
        const d = s[k]![i]! - (p.y[i] === k ? 1 : 0);
        e += d * d;
      }
      out[i] = e;
    }
  }
  return out;
}
