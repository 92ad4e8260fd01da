import type { Location, Metric, Verdict } from '../result/types.js';

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
