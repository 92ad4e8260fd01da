import pc from 'picocolors';
import type { GateResult, Severity, Verdict } from '../result/types.js';
import { checkStatus, errorsBesideChecks, formatLocation, metricAgainstThreshold, notRunText } from './format.js';

export interface TextOptions {
  /** Colour output (only on a TTY; never in CI logs unless forced). */
  color: boolean;
  maxFindingsPerCheck?: number;
  maxMetricsPerCheck?: number;
}

type Paint = (s: string) => string;

function painter(color: boolean): Record<Verdict | Severity | 'dim' | 'bold', Paint> {
  const c = pc.createColors(color);
  return {
    pass: c.green,
    warn: c.yellow,
    fail: c.red,
    error: c.magenta,
    skipped: c.dim,
    critical: (s) => c.bold(c.red(s)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
    dim: c.dim,
    bold: c.bold,
  };
}

/** Strips terminal control sequences from untrusted text so a file name cannot rewrite the terminal. */
function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

/** The readable terminal summary of one or more gates. */
export function renderText(results: readonly GateResult[], options: TextOptions): string {
  const p = painter(options.color);
  const maxF = options.maxFindingsPerCheck ?? 20;
  const maxM = options.maxMetricsPerCheck ?? 20;
  const out: string[] = [];
  for (const r of results) {
    out.push(`${p.bold(r.gate)}  ${p[r.verdict](r.verdict.toUpperCase())}  ${plain(r.headline)}`);
    for (const e of errorsBesideChecks(r)) out.push(`  ${p.error('error')} ${plain(e)}`);
    for (const c of r.checks) {
      const status = checkStatus(c);
      const summary = c.notRun !== undefined ? notRunText(c) : c.summary;
      out.push(`  ${p[c.verdict](status.padEnd(7))} ${c.id} ${p.dim(`[${c.mode}]`)} ${plain(summary)}`);
      // Every metric with its value against its threshold (the judged ones first), not only the failing ones.
      const order = (v: Verdict | undefined): number => (v === 'fail' ? 0 : v === 'error' ? 1 : v === 'warn' ? 2 : 3);
      const metrics = [...c.metrics].sort((a, b) => order(a.verdict) - order(b.verdict));
      for (const m of metrics.slice(0, maxM)) {
        const mark = m.verdict ? p[m.verdict](m.verdict.padEnd(5)) : '     ';
        out.push(
          `           ${mark} ${plain(m.name)}${m.subject ? ` (${plain(m.subject)})` : ''} = ${plain(metricAgainstThreshold(m))}`,
        );
      }
      if (c.metrics.length > maxM) out.push(`           …and ${c.metrics.length - maxM} more metric(s)`);
      for (const f of c.findings.slice(0, maxF)) {
        const where = f.location ? ` ${p.dim(plain(formatLocation(f.location)))}` : '';
        const waived = f.waived ? p.dim(` (waived: ${plain(f.waived.reason)})`) : '';
        out.push(
          `           ${p[f.severity](f.severity.padEnd(8))} ${f.ruleId}${where}\n             ${plain(f.message)}${waived}`,
        );
      }
      if (c.findings.length > maxF) out.push(`           …and ${c.findings.length - maxF} more`);
    }
    for (const w of r.waivers.filter((w) => w.status !== 'active')) {
      out.push(
        `  ${p.warn('waiver')} ${w.check}${w.rule ? `/${w.rule}` : ''} (${plain(w.owner)}, expires ${w.expires}) is ${w.status}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
