/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, with scipy's `ks_2samp(method='auto')` semantics:
 * the exact distribution when both samples have at most 10,000 values (Hodges' lattice-path counting,
 * in Viehmann's numerically stable "1 − p" form), otherwise `kstwo.sf(D, round(n1·n2/(n1+n2)))`.
 */
import { ecdfDistances } from './ecdf.js';
import { kolmognSf } from './kolmogorov.js';

export const KS_MAX_EXACT_N = 10000;

export interface KsResult {
  statistic: number;
  pvalue: number;
  method: 'exact' | 'asymp';
  /** Value at which the largest ECDF gap occurs and its sign (+1: reference ECDF above current). */
  location: number;
  sign: 1 | -1;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round (half to even). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Pr(D_{n,n} >= h/n), exactly. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}

/** Proportion of lattice paths that leave |x/m − y/n| < h/lcm(m,n) (Hodges; Viehmann's 1−p recursion). */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let i = minj; i < maxj; i++) A[i] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen) && t < lenA; t++) A[t] = 1;
    }
  }
  return A[maxj - minj - 1]!;
}

/** The KS statistic of two sorted samples, scipy's definition (ECDFs compared at every sample value). */
export function ksStatistic(a: Float64Array, b: Float64Array): { d: number; location: number; sign: 1 | -1 } {
  return ecdfDistances(a, b).ks;
}

/**
 * Two-sided two-sample KS test on sorted samples (NaNs removed). Same statistic and p-value as
 * `scipy.stats.ks_2samp(a, b)` (method 'auto').
 */
export function ks2samp(
  a: Float64Array,
  b: Float64Array,
  method: 'auto' | 'exact' | 'asymp' = 'auto',
  /** `ksStatistic(a, b)` when the caller has it already (e.g. from `ecdfDistances`). */
  statistic?: { d: number; location: number; sign: 1 | -1 },
): KsResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new Error('ks2samp needs two non-empty samples');
  const { d: d0, location, sign } = statistic ?? ksStatistic(a, b);
  let d = d0;
  let mode = method === 'auto' ? (Math.max(n1, n2) <= KS_MAX_EXACT_N ? 'exact' : 'asymp') : method;
  const g = gcd(n1, n2);
  if (mode === 'exact' && n1 / g >= 2147483647 / (n2 / g)) mode = 'asymp';
  let prob = Number.NaN;
  if (mode === 'exact') {
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    const dExact = h / lcm;
    if (h === 0) return { statistic: dExact, pvalue: 1, method: 'exact', location, sign };
    prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    if (Number.isFinite(prob) && prob >= 0 && prob <= 1) {
      d = dExact;
    } else {
      mode = 'asymp';
    }
  }
  if (mode === 'asymp') {
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    prob = kolmognSf(roundHalfEven(en), d);
  }
  prob = Math.min(Math.max(prob, 0), 1);
  return { statistic: d, pvalue: prob, method: mode as 'exact' | 'asymp', location, sign };
}
