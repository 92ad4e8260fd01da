/**
 * Statistics for paired and unpaired comparisons: normal and binomial distributions, DeLong's test for
 * correlated ROC AUCs, the exact McNemar test, and bootstrap percentile intervals (resampled with core's
 * seeded `Rng`: same seed → same resamples everywhere).
 */
import { Rng } from '@ml-gates/core';

// Module-level aliases: a global lookup per call is slow in some hosts (Jest's VM contexts).
const { abs, ceil, exp, floor, log, log1p, max, min, sin, sqrt } = Math;

/** A bootstrap resample as counts: row i is drawn `w[i]` times out of n draws. */
export function resampleCounts(rng: Rng, n: number, out = new Float64Array(n)): Float64Array {
  out.fill(0);
  for (let j = 0; j < n; j++) out[rng.int(n)]! += 1;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Special functions

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function lgamma(x: number): number {
  if (x < 0.5) return log(Math.PI / abs(sin(Math.PI * x))) - lgamma(1 - x);
  x -= 1;
  let a = LANCZOS[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (x + i);
  return 0.5 * log(2 * Math.PI) + (x + 0.5) * log(t) - t + log(a);
}

/** Regularised upper incomplete gamma Q(a, x), series / Lentz continued fraction (Numerical Recipes). */
export function gammaQ(a: number, x: number, lga = lgamma(a)): number {
  if (x <= 0) return 1;
  if (x < a + 1) {
    let sum = 1 / a;
    let del = sum;
    let ap = a;
    for (let n = 0; n < 10000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (abs(del) < abs(sum) * 1e-17) break;
    }
    return 1 - sum * exp(-x + a * log(x) - lga);
  }
  const FPMIN = 1e-300;
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (abs(del - 1) < 1e-17) break;
  }
  return exp(-x + a * log(x) - lga) * h;
}

/** Standard normal survival function P(Z > z). */
export function normalSf(z: number): number {
  if (z < 0) return 1 - normalSf(-z);
  // erfc(x) = Q(1/2, x²); Γ(1/2) = √π.
  return 0.5 * gammaQ(0.5, (z * z) / 2, 0.5 * log(Math.PI));
}

/* eslint-disable no-loss-of-precision -- AS241's published coefficients, kept digit for digit. */
/** Inverse of the standard normal CDF (Wichura's AS241, ~1e-16). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const q = p - 0.5;
  if (abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) *
          r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) *
        r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = sqrt(-log(r));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
        1.27045825245236838258) *
        r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
        0.14810397642748007459) *
        r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    val =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
        0.026532189526576123093) *
        r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) *
        r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -val : val;
}
/* eslint-enable no-loss-of-precision */

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = max(a, b);
  return m + log(exp(a - m) + exp(b - m));
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed term by term in log space (exact up to rounding). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  let logTerm = n * log1p(-p);
  let acc = logTerm;
  const ratio = log(p) - log1p(-p);
  for (let i = 0; i < k; i++) {
    logTerm += log((n - i) / (i + 1)) + ratio;
    acc = logAddExp(acc, logTerm);
  }
  return min(1, exp(acc));
}

/** Clopper–Pearson interval for a binomial proportion (by bisection on the binomial CDF). */
export function clopperPearson(successes: number, n: number, confidence: number): [number, number] {
  const alpha = 1 - confidence;
  const solve = (f: (p: number) => number, target: number): number => {
    let lo = 0;
    let hi = 1;
    for (let it = 0; it < 80; it++) {
      const mid = (lo + hi) / 2;
      if (f(mid) > target) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  // Lower: P(X ≥ x; p) = α/2 (increasing in p). Upper: P(X ≤ x; p) = α/2 (decreasing in p).
  const lower = successes === 0 ? 0 : solve((p) => -(1 - binomialCdf(successes - 1, n, p)), -alpha / 2);
  const upper = successes === n ? 1 : solve((p) => binomialCdf(successes, n, p), alpha / 2);
  return [lower, upper];
}

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

/** Midranks (average ranks of ties), 1-based, as scipy's `rankdata`. */
export function midranks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j += 1;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]!] = rank;
    i = j + 1;
  }
  return out;
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

// ---------------------------------------------------------------------------------------------------------
// Bootstrap

/** numpy's default (linear) percentile of sorted finite values. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = floor(pos);
  const hi = ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function percentileInterval(values: readonly number[], confidence: number): [number, number] | undefined {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length < 10) return undefined;
  const a = (1 - confidence) / 2;
  return [percentile(finite, a), percentile(finite, 1 - a)];
}

export interface BootstrapSettings {
  resamples: number;
  seed: number;
  confidence: number;
}

/**
 * Percentile bootstrap of `stat(weights)` over `resamples` resamples of n rows (stream `stream` of the seed).
 * Returns the interval and how many resamples gave a defined value.
 */
export function bootstrap(
  n: number,
  settings: BootstrapSettings,
  stream: number,
  stat: (w: Float64Array) => number,
): { ci?: [number, number]; valid: number } {
  const rng = new Rng(settings.seed, stream);
  const w = new Float64Array(n);
  const values: number[] = [];
  for (let b = 0; b < settings.resamples; b++) {
    resampleCounts(rng, n, w);
    values.push(stat(w));
  }
  const ci = percentileInterval(values, settings.confidence);
  return { ...(ci ? { ci } : {}), valid: values.filter(Number.isFinite).length };
}
