/**
 * Outliers per numeric column, two rules: Tukey's IQR fences (Q1 − k·IQR, Q3 + k·IQR, numpy-linear
 * quartiles) and the robust z-score |x − median| / (1.4826·MAD) above a limit (Iglewicz–Hoaglin).
 * A column's share of outliers above `max-share` warns or fails the check, with the most extreme values.
 */
import type { CheckOutput, KllSketch, Metric } from '@ml-gates/core';
import { numericCount, type ColumnData } from '../profile/accumulate.js';
import { isNumericType } from '../profile/profile.js';
import { countLE, quantileSorted } from '../stats/tests.js';
import { unknownColumnFindings } from './columns.js';

export interface OutlierOptions {
  'iqr-k': number;
  'mad-z': number;
  'max-share': number;
  'min-samples': number;
  /** Columns with at most this many distinct values are codes or labels: not checked. */
  'max-distinct-skip': number;
  columns?: string[];
  'ignore-columns': string[];
}

/** Number of values `< x` in a sorted array. */
function countLT(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function madOf(sorted: Float64Array, median: number): number {
  // Median absolute deviation (one temporary array of the column's size).
  const n = sorted.length;
  const dev = new Float64Array(n);
  for (let i = 0; i < n; i++) dev[i] = Math.abs(sorted[i]! - median);
  dev.sort();
  return quantileSorted(dev, 0.5);
}

/** What the rules read from a column: exact sorted values, or (above sketch-above) its KLL sketch. */
interface Distribution {
  n: number;
  quantile(p: number): number;
  countLT(x: number): number;
  countLE(x: number): number;
  mad(median: number): number;
  extremes(below: number, above: number): number[];
  /** Rank error of the estimates (0 when exact). */
  epsilon: number;
}

function exactDistribution(v: Float64Array): Distribution {
  const n = v.length;
  return {
    n,
    quantile: (p) => quantileSorted(v, p),
    countLT: (x) => countLT(v, x),
    countLE: (x) => countLE(v, x),
    mad: (median) => madOf(v, median),
    extremes: (below, above) => [
      ...new Set([...Array.from(v.subarray(0, Math.min(3, below))), ...Array.from(v.subarray(n - Math.min(3, above)))]),
    ],
    epsilon: 0,
  };
}

/** Estimates from a KLL sketch: counts within ±ε·n, the MAD as the weighted median of the sketch's deviations. */
function sketchedDistribution(k: KllSketch): Distribution {
  const s = k.sorted();
  const n = k.n;
  const below = (x: number): number => {
    let i = 0;
    while (i < s.values.length && s.values[i]! < x) i++;
    return i === 0 ? 0 : Math.round((s.cum[i - 1]! / s.total) * n);
  };
  return {
    n,
    quantile: (p) => k.quantile(p),
    countLT: below,
    countLE: (x) => Math.round(k.cdf(x) * n),
    mad(median) {
      const dev = Array.from(s.values, (v, i) => [Math.abs(v - median), s.cum[i]! - (i > 0 ? s.cum[i - 1]! : 0)]);
      dev.sort((a, b) => a[0]! - b[0]!);
      let acc = 0;
      for (const [d, w] of dev) if ((acc += w!) >= s.total / 2) return d!;
      return 0;
    },
    extremes: (lo, hi) => [...new Set([...(lo > 0 ? [k.min] : []), ...(hi > 0 ? [k.max] : [])])],
    epsilon: k.epsilon,
  };
}

export function outlierCheck(columns: readonly ColumnData[], o: OutlierOptions, path: string): CheckOutput {
  const metrics: Metric[] = [];
  const flagged: string[] = [];
  for (const c of columns) {
    if (!isNumericType(c.type)) continue;
    if ((o.columns && !o.columns.includes(c.name)) || o['ignore-columns'].includes(c.name)) continue;
    const n = numericCount(c);
    if (n < o['min-samples']) {
      metrics.push({
        name: 'outlier_share_iqr',
        method: 'iqr',
        subject: c.name,
        value: null,
        verdict: 'skipped',
        details: { reason: 'insufficient data', count: n },
      });
      continue;
    }
    if (!c.categoriesTruncated && c.categories.size > 0 && c.categories.size <= o['max-distinct-skip']) {
      metrics.push({
        name: 'outlier_share_iqr',
        method: 'iqr',
        subject: c.name,
        value: null,
        verdict: 'skipped',
        details: { reason: `only ${c.categories.size} distinct values (a code or label, not a measurement)` },
      });
      continue;
    }
    const v = c.sketched ? sketchedDistribution(c.sketched.sketch) : exactDistribution(c.values);
    const q1 = v.quantile(0.25);
    const q3 = v.quantile(0.75);
    const iqr = q3 - q1;
    const lo = q1 - o['iqr-k'] * iqr;
    const hi = q3 + o['iqr-k'] * iqr;
    const below = v.countLT(lo);
    const above = n - v.countLE(hi);
    const iqrShare = iqr > 0 ? (below + above) / n : 0;
    const median = v.quantile(0.5);
    const mad = v.mad(median);
    let madCount = 0;
    let madNote: string | undefined;
    if (mad > 0) {
      const scale = 1.4826 * mad;
      madCount = v.countLT(median - o['mad-z'] * scale) + (n - v.countLE(median + o['mad-z'] * scale));
    } else madNote = 'MAD is 0 (more than half the values are equal): robust z-score undefined';
    const madShare = madCount / n;
    const extremes = v.extremes(below, above);
    const sketched =
      v.epsilon > 0
        ? {
            sketched: {
              epsilon: v.epsilon,
              note: 'quartiles, median, MAD and counts estimated from a KLL sketch (sketch-above): shares within about ±2ε',
            },
          }
        : {};
    const verdict = (iqr > 0 && iqrShare > o['max-share']) || madShare > o['max-share'] ? 'fail' : 'pass';
    if (verdict === 'fail') flagged.push(c.name);
    metrics.push({
      name: 'outlier_share_iqr',
      method: 'iqr',
      subject: c.name,
      value: iqr > 0 ? iqrShare : null,
      threshold: o['max-share'],
      unit: 'ratio',
      verdict: iqr > 0 ? (iqrShare > o['max-share'] ? 'fail' : 'pass') : 'skipped',
      details: {
        ...(iqr > 0 ? {} : { note: 'IQR is 0 (most values equal): fences undefined' }),
        q1,
        q3,
        k: o['iqr-k'],
        lower: lo,
        upper: hi,
        below,
        above,
        extremes,
        count: n,
        ...sketched,
      },
    });
    metrics.push({
      name: 'outlier_share_mad',
      method: 'mad_z',
      subject: c.name,
      value: mad > 0 ? madShare : null,
      threshold: o['max-share'],
      unit: 'ratio',
      verdict: mad > 0 ? (madShare > o['max-share'] ? 'fail' : 'pass') : 'skipped',
      details: {
        median,
        mad,
        z: o['mad-z'],
        scale: 1.4826,
        count: madCount,
        ...(madNote ? { note: madNote } : {}),
        ...sketched,
      },
    });
  }
  const findings = unknownColumnFindings(
    'outliers',
    { columns: o.columns, 'ignore-columns': o['ignore-columns'] },
    columns.map((c) => c.name),
    'the dataset',
    path,
  );
  return {
    id: 'outliers',
    title: 'Outliers',
    ...(findings.length > 0 ? { findings } : {}),
    summary:
      flagged.length > 0
        ? `outlier share above ${o['max-share']} in ${flagged.join(', ')}`
        : 'outlier shares within limits',
    metrics,
    outcome: flagged.length > 0 ? 'fail' : 'pass',
    details: { flaggedColumns: flagged, path },
  };
}
