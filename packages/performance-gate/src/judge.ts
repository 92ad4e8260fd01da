/**
 * Verdicts that are not flaky: a metric fails only when its whole confidence interval lies beyond the limit,
 * and warns when only the point estimate does. Without an interval (or with `decision: point`) the point
 * estimate decides.
 */
import { UserError, type Verdict } from '@ml-gates/core';
import type { Bound, ComparisonRule } from './options.js';

export type Decision = 'interval' | 'point';

export interface Limit {
  /** `min`: the value must be at least `value`; `max`: at most. */
  kind: 'min' | 'max';
  value: number;
}

/** `0.8` means a minimum when greater is better, a maximum otherwise. */
export function boundToLimits(bound: Bound, greaterIsBetter: boolean): Limit[] {
  if (typeof bound === 'number') return [{ kind: greaterIsBetter ? 'min' : 'max', value: bound }];
  const out: Limit[] = [];
  if (bound.min !== undefined) out.push({ kind: 'min', value: bound.min });
  if (bound.max !== undefined) out.push({ kind: 'max', value: bound.max });
  return out;
}

function beyond(x: number, limit: Limit): boolean {
  return limit.kind === 'min' ? x < limit.value : x > limit.value;
}

/** Judges a value (and its interval) against limits; the worst limit wins. */
export function judge(
  value: number | null,
  ci: [number, number] | undefined,
  limits: readonly Limit[],
  decision: Decision,
): Verdict {
  if (limits.length === 0) return 'pass';
  if (value === null || !Number.isFinite(value)) return 'warn';
  let verdict: Verdict = 'pass';
  for (const limit of limits) {
    const pointBeyond = beyond(value, limit);
    // The interval's end nearest to the acceptable side: the whole interval is beyond when it is.
    const wholeBeyond =
      ci === undefined || decision === 'point' ? pointBeyond : beyond(limit.kind === 'min' ? ci[1] : ci[0], limit);
    if (wholeBeyond) return 'fail';
    if (pointBeyond) verdict = 'warn';
  }
  return verdict;
}

export interface ResolvedRule {
  meaning: 'maximum allowed drop' | 'minimum required gain';
  relative: boolean;
  amount: number;
  greaterIsBetter: boolean;
  /** e.g. `max-relative-drop 5%`. */
  text: string;
}

export function resolveRule(metricKey: string, rule: ComparisonRule, greaterIsBetterDefault: boolean): ResolvedRule {
  const keys = (['max-drop', 'max-relative-drop', 'min-gain', 'min-relative-gain'] as const).filter(
    (k) => rule[k] !== undefined,
  );
  if (keys.length !== 1) {
    throw new UserError(
      'input-invalid',
      `gates.performance-gate.checks.baseline.metrics.${metricKey}: give exactly one of max-drop, max-relative-drop, min-gain, min-relative-gain (got ${keys.length}).`,
      {
        details: [
          'max-drop: the largest drop allowed ("no more than 0.01 worse"); min-gain: the smallest improvement required.',
          'The relative forms are fractions of the baseline value (0.05 = 5%).',
        ],
      },
    );
  }
  const key = keys[0]!;
  const amount = rule[key]!;
  const relative = key.includes('relative');
  return {
    meaning: key.startsWith('max') ? 'maximum allowed drop' : 'minimum required gain',
    relative,
    amount,
    greaterIsBetter: rule['greater-is-better'] ?? greaterIsBetterDefault,
    text: `${key} ${relative ? `${+(amount * 100).toPrecision(6)}%` : amount}`,
  };
}

/** Below this a baseline counts as zero: a relative change is undefined. */
export const ZERO_BASELINE = 1e-12;

/**
 * The limit on the candidate's value implied by a rule and the baseline value. A relative rule on a zero
 * baseline is undefined: the absolute change is judged against 0 instead, and the note says so.
 */
export function comparisonLimit(rule: ResolvedRule, baseline: number): { limit: Limit; note?: string } {
  let required: number; // oriented change the candidate must reach (negative: a drop allowed)
  let note: string | undefined;
  if (rule.relative && Math.abs(baseline) < ZERO_BASELINE) {
    required = 0;
    note = 'the baseline is 0, so a relative change is undefined: the candidate must not be worse than the baseline';
  } else {
    const amount = rule.relative ? rule.amount * Math.abs(baseline) : rule.amount;
    required = rule.meaning === 'maximum allowed drop' ? -amount : amount;
  }
  const value = rule.greaterIsBetter ? baseline + required : baseline - required;
  return { limit: { kind: rule.greaterIsBetter ? 'min' : 'max', value }, ...(note ? { note } : {}) };
}
