import { SEVERITIES, type Severity, type Verdict } from '../result/types.js';

/** Higher is more severe: critical 4 ... info 0. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(s);
}

/** Whether `s` is at least as severe as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

/** Sorts most severe first (stable). */
export function bySeverity<T extends { severity: Severity }>(a: T, b: T): number {
  return severityRank(b.severity) - severityRank(a.severity);
}

const VERDICT_ORDER: Record<Verdict, number> = { skipped: 0, pass: 1, warn: 2, error: 3, fail: 4 };

/**
 * The worse of two verdicts for combining checks into a gate: fail > error > warn > pass > skipped.
 * A blocking failure outranks an error, so findings are reported first ("findings first").
 */
export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'skipped';
  for (const v of verdicts) if (VERDICT_ORDER[v] > VERDICT_ORDER[worst]) worst = v;
  return worst;
}
