import type { Check, GateResult, Location, Metric, Verdict } from '../result/types.js';

export const VERDICT_ICON: Record<Verdict, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '🛑',
  skipped: '⏭️',
};

/** `path!member:line:col @offset [field]`, the location as one plain string (not escaped). */
export function formatLocation(loc: Location | undefined): string {
  if (!loc) return '';
  let s = loc.path;
  if (loc.member !== undefined) s += `!${loc.member}`;
  if (loc.line !== undefined) s += `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  if (loc.offset !== undefined) s += ` @${loc.offset}`;
  if (loc.field !== undefined) s += ` [${loc.field}]`;
  return s;
}

/** A number for humans: integers as is, others with 4 significant digits. */
export function formatNumber(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return v.toExponential(3);
  return String(Number(v.toPrecision(4)));
}

export function formatInterval(ci: Metric['ci']): string {
  return ci ? `[${formatNumber(ci[0])}, ${formatNumber(ci[1])}]` : '—';
}

/**
 * How a check's status is named in every report: `not run` for an enabled check that could not run (its
 * verdict, error or warn, says how it was judged), `off` for a check switched off, else the verdict.
 */
export function checkStatus(check: Pick<Check, 'verdict' | 'notRun' | 'mode'>): string {
  if (check.notRun !== undefined) return 'not run';
  if (check.verdict === 'skipped' && check.mode === 'off') return 'off';
  return check.verdict;
}

/** `not run: <reason>`, the line every report shows for a check that did not run (plain text, not escaped). */
export function notRunText(check: Pick<Check, 'notRun' | 'mode' | 'verdict'>): string {
  if (check.notRun === undefined) return '';
  const judged = check.verdict === 'error' ? 'judged error' : `judged ${check.verdict} (mode ${check.mode})`;
  return `not run: ${check.notRun} — ${judged}`;
}

/** A metric against its bar, e.g. `0.91 vs threshold 0.85 (baseline 0.9, ci [0.88, 0.93])`; plain text. */
export function metricAgainstThreshold(m: Metric): string {
  const extra: string[] = [];
  if (m.baseline !== undefined) extra.push(`baseline ${formatNumber(m.baseline)}`);
  if (m.ci) extra.push(`ci ${formatInterval(m.ci)}`);
  const bar = m.threshold !== undefined ? ` vs threshold ${formatNumber(m.threshold)}` : ' (no threshold)';
  return `${formatNumber(m.value)}${m.unit ? ` ${m.unit}` : ''}${bar}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}

/**
 * The errors of a result that no check row already shows: the engine lists every erroring check in
 * `errors` as `<id>: <summary>` (for consumers of the JSON), which reports that list checks need not repeat.
 */
export function errorsBesideChecks(result: Pick<GateResult, 'errors' | 'checks'>): string[] {
  const shown = new Set(result.checks.map((c) => `${c.id}: ${c.summary}`));
  return result.errors.filter((e) => !shown.has(e));
}
