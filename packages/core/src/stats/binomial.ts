/** The binomial distribution: CDF (exact, in log space) and the Clopper–Pearson interval. */
const { exp, log, log1p, max, min } = Math;

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
