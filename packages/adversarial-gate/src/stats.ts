/** Interval estimates and the gate decision shared by every check. */

/** The Wilson score interval unrounded: what verdicts compare with the bar (rounding must never flip one). */
function wilsonExact(successes: number, n: number, z = 1.959963984540054): [number, number] {
  if (n <= 0) return [0, 1];
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Wilson score interval for `successes` out of `n` at ~95% (z = 1.96), rounded for reports. `[0, 1]` when n is 0. */
export function wilson(successes: number, n: number, z = 1.959963984540054): [number, number] {
  const [lo, hi] = wilsonExact(successes, n, z);
  return [round(lo), round(hi)];
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A value as shown next to the bar: more digits when 4 would make it look equal to the bar. */
const near = (x: number, bar: number): number => (round(x) === bar && x !== bar ? round(x, 7) : round(x));

export type GateMode = 'point' | 'strict';

export interface Decision {
  verdict: 'pass' | 'fail' | 'warn';
  /** The interval straddles the bar and there are too few trials to settle it: a warning, never a pass. */
  inconclusive: boolean;
  reason: string;
}

/**
 * Judges a rate against a lower bar from its Wilson 95% interval, failing closed:
 * - the upper bound is below the bar: **fail**, however few the trials (0/23 against 0.9 is a fail);
 * - the lower bound reaches the bar: **pass**;
 * - the interval straddles the bar: with fewer than `minSamples` trials, **inconclusive** (warn); otherwise
 *   `point` decides by the estimate and `strict` fails (its lower bound is below the bar).
 */
export function decide(
  successes: number,
  n: number,
  bar: number,
  mode: GateMode,
  minSamples: number,
): Decision & { value: number | null; ci: [number, number] } {
  const ci = wilson(successes, n);
  // decided on the exact bounds: a lower bound of 0.899998 rounds to 0.9 but does not reach a bar of 0.9
  const [lo, hi] = wilsonExact(successes, n);
  const value = n > 0 ? round(successes / n) : null;
  const ciText = `95% CI ${ci[0]}–${ci[1]}`;
  if (n > 0 && hi < bar)
    return {
      verdict: 'fail',
      inconclusive: false,
      value,
      ci,
      reason: `upper bound ${near(hi, bar)} < ${bar} (${ciText})`,
    };
  if (n > 0 && lo >= bar)
    return { verdict: 'pass', inconclusive: false, value, ci, reason: `lower bound ${ci[0]} >= ${bar} (${ciText})` };
  if (n < minSamples) {
    return {
      verdict: 'warn',
      inconclusive: true,
      value,
      ci,
      reason: `inconclusive: the ${ciText} straddles ${bar} with ${n} trials, at least ${minSamples} needed (raise samples or lower min-samples)`,
    };
  }
  const judged = mode === 'strict' ? lo : n > 0 ? successes / n : 0;
  const ok = judged >= bar;
  return {
    verdict: ok ? 'pass' : 'fail',
    inconclusive: false,
    value,
    ci,
    reason: `${mode === 'strict' ? 'lower bound' : 'estimate'} ${near(judged, bar)} ${ok ? '>=' : '<'} ${bar} (${ciText})`,
  };
}
