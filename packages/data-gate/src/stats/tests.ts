/**
 * Effect sizes and tests for drift, each matching its scipy/numpy counterpart (see test/fixtures/data-gate).
 * The quantile and the chi-square survival function are core's (packages/core/src/stats), shared with
 * performance-gate and adversarial-gate.
 */
import { chi2Sf, quantileSorted } from '@ml-gates/core';

export { chi2Sf, quantileSorted };

/** Neumaier-compensated sum, so long sums agree with numpy's pairwise sum to ~1e-15. */
export class KahanSum {
  private s = 0;
  private c = 0;
  add(x: number): void {
    const t = this.s + x;
    this.c += Math.abs(this.s) >= Math.abs(x) ? this.s - t + x : x - t + this.s;
    this.s = t;
  }
  get value(): number {
    return this.s + this.c;
  }
}

/** Number of values `<= x` in a sorted array (numpy `searchsorted(side='right')`). */
export function countLE(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * First Wasserstein distance between two samples (scipy.stats.wasserstein_distance): the area between
 * the two empirical CDFs.
 */
export function wasserstein(a: Float64Array, b: Float64Array): number {
  const na = a.length;
  const nb = b.length;
  let i = 0;
  let j = 0;
  const sum = new KahanSum();
  let prev = Math.min(a[0]!, b[0]!);
  while (i < na || j < nb) {
    const v = j >= nb || (i < na && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    if (v > prev) sum.add(Math.abs(i / na - j / nb) * (v - prev));
    while (i < na && a[i]! <= v) i++;
    while (j < nb && b[j]! <= v) j++;
    prev = v;
  }
  return sum.value;
}

/** Mean and population standard deviation (ddof = 0, numpy's default). */
export function meanStd(values: Float64Array): { mean: number; std: number } {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, std: Number.NaN };
  const s = new KahanSum();
  for (let i = 0; i < n; i++) s.add(values[i]!);
  const mean = s.value / n;
  const ss = new KahanSum();
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    ss.add(d * d);
  }
  return { mean, std: Math.sqrt(ss.value / n) };
}

/**
 * Population stability index over matching bins: sum((c − r)·ln(c / r)) with each share floored at
 * `epsilon` so empty bins stay finite.
 */
export function psi(refCounts: readonly number[], curCounts: readonly number[], epsilon: number): number {
  const rn = refCounts.reduce((a, b) => a + b, 0);
  const cn = curCounts.reduce((a, b) => a + b, 0);
  const sum = new KahanSum();
  for (let i = 0; i < refCounts.length; i++) {
    const r = Math.max(refCounts[i]! / rn, epsilon);
    const c = Math.max((curCounts[i] ?? 0) / cn, epsilon);
    sum.add((c - r) * Math.log(c / r));
  }
  return sum.value;
}

/** Jensen–Shannon distance (square root of the divergence), scipy.spatial.distance.jensenshannon; natural log unless `base` is given, as scipy. */
export function jensenShannon(p0: readonly number[], q0: readonly number[], base = Math.E): number {
  const ps = p0.reduce((a, b) => a + b, 0);
  const qs = q0.reduce((a, b) => a + b, 0);
  const left = new KahanSum();
  const right = new KahanSum();
  for (let i = 0; i < p0.length; i++) {
    const p = p0[i]! / ps;
    const q = q0[i]! / qs;
    const m = (p + q) / 2;
    if (p > 0) left.add(p * Math.log(p / m));
    if (q > 0) right.add(q * Math.log(q / m));
  }
  const js = (left.value + right.value) / 2 / Math.log(base);
  return Math.sqrt(Math.max(js, 0));
}

/** Largest absolute difference between category shares. */
export function lInfinity(p0: readonly number[], q0: readonly number[]): number {
  const ps = p0.reduce((a, b) => a + b, 0);
  const qs = q0.reduce((a, b) => a + b, 0);
  let m = 0;
  for (let i = 0; i < p0.length; i++) m = Math.max(m, Math.abs(p0[i]! / ps - q0[i]! / qs));
  return m;
}

export interface Chi2Result {
  statistic: number;
  pvalue: number;
  dof: number;
  yates: boolean;
}

/**
 * Pearson chi-square test of independence on a 2×K table (reference counts, current counts), as
 * `scipy.stats.chi2_contingency(table)` with its default `correction=True` (Yates' continuity
 * correction when dof = 1). Categories absent from both rows must be dropped before.
 */
export function chi2Contingency(row1: readonly number[], row2: readonly number[]): Chi2Result {
  const k = row1.length;
  const r1 = row1.reduce((a, b) => a + b, 0);
  const r2 = row2.reduce((a, b) => a + b, 0);
  const total = r1 + r2;
  const dof = k - 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, yates: false };
  const yates = dof === 1;
  const sum = new KahanSum();
  for (const [row, rowSum] of [
    [row1, r1],
    [row2, r2],
  ] as const) {
    for (let i = 0; i < k; i++) {
      const col = row1[i]! + row2[i]!;
      const expected = (rowSum * col) / total;
      let observed = row[i]!;
      if (yates) {
        const diff = expected - observed;
        observed += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }
      sum.add((observed - expected) ** 2 / expected);
    }
  }
  const statistic = sum.value;
  return { statistic, pvalue: chi2Sf(statistic, dof), dof, yates };
}

/** Benjamini–Hochberg adjusted p-values (step-up, monotone, capped at 1), in input order. */
export function benjaminiHochberg(pvalues: readonly number[]): number[] {
  const m = pvalues.length;
  const order = pvalues.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const [p, i] = order[r]!;
    running = Math.min(running, (p * m) / (r + 1));
    adjusted[i] = Math.min(running, 1);
  }
  return adjusted;
}
