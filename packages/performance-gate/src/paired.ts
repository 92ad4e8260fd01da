/**
 * Paired comparisons of two models on the same rows: the exact McNemar test (accuracy) and DeLong's test for
 * correlated ROC AUCs. The distributions, quantiles and the bootstrap they use are core's (`core/stats`).
 */
import { binomialCdf, clopperPearson, midranks, normalQuantile, normalSf } from '@ml-gates/core';

const { abs, max, min, sqrt } = Math;

// ---------------------------------------------------------------------------------------------------------
// Paired tests

export interface McNemarResult {
  /** Rows the candidate got right and the baseline wrong. */
  candidateOnly: number;
  baselineOnly: number;
  /** Two-sided exact p-value (binomial test on the discordant pairs). */
  pValue: number;
  /** Change in accuracy (candidate − baseline) and its exact conditional interval. */
  change: number;
  ci: [number, number];
}

/**
 * Exact McNemar test. Of the d discordant rows, the candidate wins b ~ Binomial(d, π); the accuracy change is
 * (b − c)/n = d/n · (2π − 1), so a Clopper–Pearson interval for π gives an exact interval for the change.
 */
export function mcnemarExact(candCorrect: Uint8Array, baseCorrect: Uint8Array, confidence: number): McNemarResult {
  let b = 0;
  let c = 0;
  const n = candCorrect.length;
  for (let i = 0; i < n; i++) {
    if (candCorrect[i] && !baseCorrect[i]) b += 1;
    else if (!candCorrect[i] && baseCorrect[i]) c += 1;
  }
  const d = b + c;
  const pValue = d === 0 ? 1 : min(1, 2 * binomialCdf(min(b, c), d, 0.5));
  const [lo, hi] = d === 0 ? [0.5, 0.5] : clopperPearson(b, d, confidence);
  return {
    candidateOnly: b,
    baselineOnly: c,
    pValue,
    change: (b - c) / n,
    ci: [(d / n) * (2 * lo - 1), (d / n) * (2 * hi - 1)],
  };
}

export interface DeLongResult {
  auc: [number, number];
  variance: [number, number];
  covariance: number;
  /** Variance of the difference (first − second). */
  varianceDiff: number;
  change: number;
  ci: [number, number];
  pValue: number;
}

function cov(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (n - 1);
}

/** DeLong et al. (1988) for two correlated ROC AUCs on the same rows, via Sun & Xu's midrank algorithm. */
export function delongPaired(
  positive: Uint8Array,
  first: Float64Array,
  second: Float64Array,
  confidence: number,
): DeLongResult | undefined {
  const posIdx: number[] = [];
  const negIdx: number[] = [];
  for (let i = 0; i < positive.length; i++) (positive[i] ? posIdx : negIdx).push(i);
  const m = posIdx.length;
  const n = negIdx.length;
  if (m < 2 || n < 2) return undefined;
  const comps = [first, second].map((s) => {
    const x = Float64Array.from(posIdx, (i) => s[i]!);
    const y = Float64Array.from(negIdx, (i) => s[i]!);
    const tx = midranks(x);
    const ty = midranks(y);
    const z = new Float64Array(m + n);
    z.set(x);
    z.set(y, m);
    const tz = midranks(z);
    let sum = 0;
    for (let i = 0; i < m; i++) sum += tz[i]!;
    const auc = sum / m / n - (m + 1) / 2 / n;
    const v10 = Float64Array.from({ length: m }, (_, i) => (tz[i]! - tx[i]!) / n);
    const v01 = Float64Array.from({ length: n }, (_, j) => 1 - (tz[m + j]! - ty[j]!) / m);
    return { auc, v10, v01 };
  });
  const [a, b] = comps as [(typeof comps)[0], (typeof comps)[0]];
  const var1 = cov(a.v10, a.v10) / m + cov(a.v01, a.v01) / n;
  const var2 = cov(b.v10, b.v10) / m + cov(b.v01, b.v01) / n;
  const c12 = cov(a.v10, b.v10) / m + cov(a.v01, b.v01) / n;
  const varianceDiff = max(0, var1 + var2 - 2 * c12);
  const change = a.auc - b.auc;
  const sd = sqrt(varianceDiff);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const pValue = sd === 0 ? (change === 0 ? 1 : 0) : 2 * normalSf(abs(change) / sd);
  return {
    auc: [a.auc, b.auc],
    variance: [var1, var2],
    covariance: c12,
    varianceDiff,
    change,
    ci: [change - z * sd, change + z * sd],
    pValue,
  };
}
