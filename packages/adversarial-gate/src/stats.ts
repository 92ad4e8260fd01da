/** Interval estimates and the gate decision shared by every check. */

/** Wilson score interval for `successes` out of `n` at ~95% (z = 1.96). `[0, 1]` when n is 0. */
export function wilson(successes: number, n: number, z = 1.959963984540054): [number, number] {
  if (n <= 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, round(centre - half)), Math.min(1, round(centre + half))];
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export type GateMode = 'point' | 'strict';

export interface Decision {
  verdict: 'pass' | 'fail' | 'warn';
  /** Too few samples to decide: reported as a warning, never as a pass. */
  inconclusive: boolean;
  reason: string;
}

/**
 * Judges a rate against a lower bar. `point`: the estimate must reach the bar. `strict`: the Wilson lower
 * bound must. Fewer than `minSamples` trials: inconclusive (a warning that says so), whatever the estimate.
 */
export function decide(
  successes: number,
  n: number,
  bar: number,
  mode: GateMode,
  minSamples: number,
): Decision & { value: number | null; ci: [number, number] } {
  const ci = wilson(successes, n);
  const value = n > 0 ? round(successes / n) : null;
  if (n < minSamples) {
    return {
      verdict: 'warn',
      inconclusive: true,
      value,
      ci,
      reason: `inconclusive: ${n} trials, at least ${minSamples} needed (raise samples or lower min-samples)`,
    };
  }
  const judged = mode === 'strict' ? ci[0] : (value ?? 0);
  const ok = judged >= bar;
  return {
    verdict: ok ? 'pass' : 'fail',
    inconclusive: false,
    value,
    ci,
    reason: `${mode === 'strict' ? 'lower bound' : 'estimate'} ${round(judged)} ${ok ? '>=' : '<'} ${bar}`,
  };
}
