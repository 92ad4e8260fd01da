import type { Check, GateResult, WaiverReport } from '../result/types.js';
import { code, escapeMarkdown, markdownTable } from './escape.js';
import {
  checkStatus,
  errorsBesideChecks,
  formatInterval,
  formatLocation,
  formatNumber,
  notRunText,
  VERDICT_ICON,
} from './format.js';
import { chartsOf } from '../result/contracts.js';

export interface MarkdownOptions {
  /** Findings shown per check; the rest are counted. */
  maxFindingsPerCheck?: number;
  /** Metrics shown per check; the rest are counted. */
  maxMetricsPerCheck?: number;
  /** Heading level of the gate title (2 → `##`). */
  headingLevel?: number;
}

function findingsTable(check: Check, max: number): string {
  const shown = check.findings.slice(0, max);
  const rows = shown.map((f) => [
    `${f.waived ? '~~' : ''}${f.severity}${f.waived ? '~~ (waived)' : ''}`,
    code(f.ruleId),
    f.location ? code(formatLocation(f.location)) : '',
    escapeMarkdown(f.message) +
      (f.waived
        ? ` — waived by ${escapeMarkdown(f.waived.owner)} until ${f.waived.expires}: ${escapeMarkdown(f.waived.reason)}`
        : ''),
  ]);
  const more = check.findings.length - shown.length;
  return (
    markdownTable(['Severity', 'Rule', 'Location', 'Finding'], rows) +
    (more > 0 ? `\n\n…and ${more} more finding(s) in the JSON report.` : '')
  );
}

function metricsTable(check: Check, max: number): string {
  const shown = check.metrics.slice(0, max);
  const rows = shown.map((m) => [
    m.verdict ? VERDICT_ICON[m.verdict] : '',
    code(m.name),
    m.subject === undefined ? '' : code(m.subject),
    formatNumber(m.value),
    formatNumber(m.threshold),
    formatNumber(m.baseline),
    formatInterval(m.ci),
    m.method === undefined ? '' : escapeMarkdown(m.method),
  ]);
  const more = check.metrics.length - shown.length;
  return (
    markdownTable(['', 'Metric', 'Subject', 'Value', 'Threshold', 'Baseline', 'Interval', 'Method'], rows) +
    (more > 0 ? `\n\n…and ${more} more metric(s) in the JSON report.` : '')
  );
}

function waiversSection(waivers: readonly WaiverReport[]): string {
  if (waivers.length === 0) return '';
  const rows = waivers.map((w) => [
    w.status === 'active'
      ? 'active'
      : w.status === 'expired'
        ? '⚠️ expired — no longer waives'
        : '⚠️ stale — matches nothing',
    code(`${w.check}${w.rule ? `/${w.rule}` : ''}${w.path ? ` ${w.path}` : ''}`),
    escapeMarkdown(w.owner),
    w.expires,
    String(w.matched),
    escapeMarkdown(w.reason),
  ]);
  return `\n\n**Waivers**\n\n${markdownTable(['Status', 'Scope', 'Owner', 'Expires', 'Matched', 'Reason'], rows)}`;
}

/**
 * Charts as collapsible Mermaid blocks, which GitHub renders in comments and job summaries (no image ever
 * leaves the runner). Mermaid source that could close the code fence or carry HTML is dropped, not rendered.
 */
function chartsSection(check: Check): string {
  const charts = chartsOf(check);
  return charts
    .filter((c) => typeof c.mermaid === 'string' && !/```|<|>/.test(c.mermaid))
    .map(
      (c) =>
        `<details><summary>${escapeMarkdown(String(c.title))}</summary>\n\n\`\`\`mermaid\n${c.mermaid.trim()}\n\`\`\`\n\n${(c.series ?? []).map((x) => escapeMarkdown(String(x))).join(' · ')}\n</details>`,
    )
    .join('\n\n');
}

/** The body of one gate's report (no heading), as shown in the job summary and the PR comment. */
export function renderGateBody(result: GateResult, options: MarkdownOptions = {}): string {
  const maxF = options.maxFindingsPerCheck ?? 50;
  const maxM = options.maxMetricsPerCheck ?? 50;
  const parts: string[] = [];
  const errors = errorsBesideChecks(result);
  if (errors.length > 0) {
    parts.push(`**Errors**\n\n${errors.map((e) => `- ${escapeMarkdown(e, 1000)}`).join('\n')}`);
  }
  if (result.checks.length > 0) {
    parts.push(
      markdownTable(
        ['Check', 'Mode', 'Verdict', 'Summary'],
        result.checks.map((c) => [
          escapeMarkdown(c.title),
          c.mode,
          c.notRun !== undefined
            ? `${VERDICT_ICON[c.verdict]} **not run** (${c.verdict})`
            : `${VERDICT_ICON[c.verdict]} ${checkStatus(c)}`,
          escapeMarkdown(c.notRun !== undefined ? notRunText(c) : c.summary),
        ]),
      ),
    );
  }
  for (const check of result.checks) {
    if (check.findings.length === 0 && check.metrics.length === 0) continue;
    let s = `**${escapeMarkdown(check.title)}** — ${VERDICT_ICON[check.verdict]} ${check.verdict}`;
    if (check.metrics.length > 0) s += `\n\n${metricsTable(check, maxM)}`;
    if (check.findings.length > 0) s += `\n\n${findingsTable(check, maxF)}`;
    const charts = chartsSection(check);
    if (charts) s += `\n\n${charts}`;
    parts.push(s);
  }
  const waivers = waiversSection(result.waivers);
  if (waivers) parts.push(waivers.trim());
  const scanned = result.subjects.length;
  parts.push(
    `<sub>ml-gates ${escapeMarkdown(result.version)} · ${scanned} subject(s) examined · ${formatNumber(result.timings.durationMs / 1000)} s${result.commit ? ` · commit ${result.commit.slice(0, 12)}` : ''}</sub>`,
  );
  return parts.join('\n\n');
}

/** One gate's full Markdown report with a heading. */
export function renderGateMarkdown(result: GateResult, options: MarkdownOptions = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  return `${h} ${VERDICT_ICON[result.verdict]} ${result.gate}: ${result.verdict}\n\n${escapeMarkdown(result.headline)}\n\n${renderGateBody(result, options)}\n`;
}

/** Several gates: an overview table, then each gate's report. */
export function renderRunMarkdown(results: readonly GateResult[], options: MarkdownOptions = {}): string {
  const overview = markdownTable(
    ['Gate', 'Verdict', 'Headline'],
    results.map((r) => [code(r.gate), `${VERDICT_ICON[r.verdict]} ${r.verdict}`, escapeMarkdown(r.headline)]),
  );
  return [
    '# ml-gates report',
    overview,
    ...results.map((r) => renderGateMarkdown(r, { ...options, headingLevel: 2 })),
  ].join('\n\n');
}
