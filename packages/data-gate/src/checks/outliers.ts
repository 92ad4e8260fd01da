/**
 * Outliers per numeric column, two rules: Tukey's IQR fences (Q1 − k·IQR, Q3 + k·IQR, numpy-linear
 * quartiles) and the robust z-score |x − median| / (1.4826·MAD) above a limit (Iglewicz–Hoaglin).
 * A column's share of outliers above `max-share` warns or fails the check, with the most extreme values.
 */
import type { CheckOutput, Metric } from '@ml-gates/core';
import type { ColumnData } from '../profile/accumulate.js';
import { isNumericType } from '../profile/profile.js';
import { countLE, quantileSorted } from '../stats/tests.js';

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

export function outlierCheck(columns: readonly ColumnData[], o: OutlierOptions, path: string): CheckOutput {
  const metrics: Metric[] = [];
  const flagged: string[] = [];
  for (const c of columns) {
    if (!isNumericType(c.type)) continue;
    if ((o.columns && !o.columns.includes(c.name)) || o['ignore-columns'].includes(c.name)) continue;
    const v = c.values;
    const n = v.length;
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
    const q1 = quantileSorted(v, 0.25);
    const q3 = quantileSorted(v, 0.75);
    const iqr = q3 - q1;
    const lo = q1 - o['iqr-k'] * iqr;
    const hi = q3 + o['iqr-k'] * iqr;
    const below = countLT(v, lo);
    const above = n - countLE(v, hi);
    const iqrShare = iqr > 0 ? (below + above) / n : 0;
    const median = quantileSorted(v, 0.5);
    const mad = madOf(v, median);
    let madCount = 0;
    let madNote: string | undefined;
    if (mad > 0) {
      const scale = 1.4826 * mad;
      madCount = countLT(v, median - o['mad-z'] * scale) + (n - countLE(v, median + o['mad-z'] * scale));
    } else madNote = 'MAD is 0 (more than half the values are equal): robust z-score undefined';
    const madShare = madCount / n;
    const extremes = [
      ...new Set([...Array.from(v.subarray(0, Math.min(3, below))), ...Array.from(v.subarray(n - Math.min(3, above)))]),
    ];
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
      details: { median, mad, z: o['mad-z'], scale: 1.4826, count: madCount, ...(madNote ? { note: madNote } : {}) },
    });
  }
  return {
    id: 'outliers',
    title: 'Outliers',
    summary:
      flagged.length > 0
        ? `outlier share above ${o['max-share']} in ${flagged.join(', ')}`
        : 'outlier shares within limits',
    metrics,
    outcome: flagged.length > 0 ? 'fail' : 'pass',
    details: { flaggedColumns: flagged, path },
  };
}
