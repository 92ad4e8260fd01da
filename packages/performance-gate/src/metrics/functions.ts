/**
 * Metric functions with scikit-learn's definitions (checked against sklearn to 1e-9 by the parity tests). Every
 * function takes optional sample weights: a bootstrap resample is a weight vector of counts, so intervals
 * reuse these functions and the sort orders computed once.
 */
import type { ClassificationPredictions } from '../predictions.js';

// Module-level aliases: a global lookup per call is slow in some hosts (Jest's VM contexts).
const { log, max, min } = Math;

export type Weights = Float64Array | undefined;

export type Average = 'binary' | 'micro' | 'macro' | 'weighted';

/** np.finfo(float64).eps: sklearn's log_loss clip and MAPE's floor. */
export const EPS = 2.220446049250313e-16;

export const wt = (w: Weights, i: number): number => (w === undefined ? 1 : w[i]!);

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

/** A predicate over rows as a 0/1 indicator. */
const indicator = (positive: (i: number) => boolean, n: ArrayLike<number>): Uint8Array =>
  Uint8Array.from(n, (_, i) => (positive(i) ? 1 : 0));

type Ranking = (positive: Uint8Array, score: Float64Array, order: Uint32Array, w?: Weights) => number;

/** A ranking metric of a predicate over rows (the positive class) rather than an indicator array. */
const ofPredicate =
  (fn: Ranking) =>
  (positive: (i: number) => boolean, score: Float64Array, order: Uint32Array, w?: Weights): number =>
    fn(indicator(positive, score), score, order, w);

export const rocAucBinary = ofPredicate(rocAucSorted);
export const averagePrecisionBinary = ofPredicate(averagePrecisionSorted);

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
