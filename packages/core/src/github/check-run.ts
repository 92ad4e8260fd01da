import { severityRank } from '../policy/severity.js';
import { escapeMarkdown } from '../report/escape.js';
import { formatLocation, VERDICT_ICON } from '../report/format.js';
import { renderGateBody } from '../report/markdown.js';
import type { Finding, GateResult, Severity } from '../result/types.js';
import type { GitHubClient } from './client.js';
import { encodeStoredResult } from './stored-result.js';
import { truncateMarkdown } from './summary.js';
import { actionRequiredOf } from '../result/contracts.js';

/** Check-run name of a gate: what users pick as a required status check. */
export const checkRunName = (gate: string): string => `ml-gates / ${gate}`;
export const CHECK_RUN_PREFIX = 'ml-gates / ';
/** GitHub's limit for `output.summary` and `output.text`. */
export const CHECK_OUTPUT_LIMIT = 65_535;
/** GitHub accepts at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;

export type Conclusion = 'success' | 'neutral' | 'failure' | 'action_required';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
  raw_details?: string;
}

export interface CheckRunPayload {
  name: string;
  head_sha: string;
  status: 'completed';
  conclusion: Conclusion;
  completed_at: string;
  started_at: string;
  details_url?: string;
  external_id: string;
  output: { title: string; summary: string; text: string };
  /** All annotations to send, most severe first, already capped. */
  annotations: Annotation[];
  /** Located findings that got no annotation (over the cap). */
  annotationsOmitted: number;
}

/** `pass` → success, `warn`/`skipped` → neutral, `fail`/`error` → failure; a result asking a human to act → action_required. */
export function conclusionFor(result: GateResult): Conclusion {
  if (actionRequiredOf(result) && result.verdict !== 'pass') return 'action_required';
  switch (result.verdict) {
    case 'pass':
      return 'success';
    case 'warn':
    case 'skipped':
      return 'neutral';
    default:
      return 'failure';
  }
}

const LEVEL: Record<Severity, Annotation['annotation_level']> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

/** One line of plain text (titles are not Markdown): no control characters, bounded length. */
function plain(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const s = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Annotations for findings with a location, most severe first (waived findings left out), capped at
 * `max`. `pathPrefix` turns workspace-relative paths into repository-relative ones.
 */
export function annotationsFor(
  result: GateResult,
  max: number,
  pathPrefix = '',
): { annotations: Annotation[]; omitted: number } {
  const located: { f: Finding; check: string }[] = [];
  for (const c of result.checks)
    for (const f of c.findings) if (f.location?.path && !f.waived) located.push({ f, check: c.title });
  located.sort((a, b) => severityRank(b.f.severity) - severityRank(a.f.severity));
  const annotations = located.slice(0, max).map(({ f, check }) => {
    const l = f.location!;
    const line = l.line !== undefined && l.line > 0 ? l.line : 1;
    const where =
      l.member !== undefined || l.offset !== undefined || l.field !== undefined ? ` (${formatLocation(l)})` : '';
    return {
      path: `${pathPrefix}${l.path}`.replace(/^\.\//, ''),
      start_line: line,
      end_line: line,
      annotation_level: LEVEL[f.severity] ?? 'warning',
      message: plain(`${f.message}${where}`, 4000),
      title: plain(`${check}: ${f.ruleId} (${f.severity})`, 250),
      ...(f.help ? { raw_details: f.help.slice(0, 8000) } : {}),
    };
  });
  return { annotations, omitted: Math.max(0, located.length - annotations.length) };
}

export interface CheckRunOptions {
  headSha: string;
  detailsUrl?: string;
  /** Where the full report is, for truncation notes. */
  reportPointer: string;
  maxAnnotations?: number;
  pathPrefix?: string;
  now?: Date;
}

/** The check run for a gate result: conclusion, title with the headline, Markdown summary, stored result, annotations. */
export function buildCheckRun(result: GateResult, opts: CheckRunOptions): CheckRunPayload {
  const { annotations, omitted } = annotationsFor(result, opts.maxAnnotations ?? 250, opts.pathPrefix);
  const title = plain(`${result.verdict}: ${result.headline}`, 200);
  let notes = '';
  if (annotations.length > 0 || omitted > 0) {
    notes = `\n\n${annotations.length} finding(s) annotated on the changed files${omitted > 0 ? `; ${omitted} more located finding(s) are not annotated (see ${opts.reportPointer})` : ''}.`;
  }
  const markdown = `## ${VERDICT_ICON[result.verdict]} ${escapeMarkdown(result.gate)}: ${result.verdict}\n\n${escapeMarkdown(result.headline)}\n\n${renderGateBody(result, { maxFindingsPerCheck: 100, maxMetricsPerCheck: 100 })}${notes}\n`;
  const summary = truncateMarkdown(markdown, CHECK_OUTPUT_LIMIT - 100, `The full report is in ${opts.reportPointer}.`);
  const stored = encodeStoredResult(result);
  const text = `The full report is in ${opts.reportPointer}.\n\n${stored}\n`;
  const now = (opts.now ?? new Date()).toISOString();
  return {
    name: checkRunName(result.gate),
    head_sha: opts.headSha,
    status: 'completed',
    conclusion: conclusionFor(result),
    started_at: result.timings.startedAt || now,
    completed_at: result.timings.finishedAt || now,
    ...(opts.detailsUrl ? { details_url: opts.detailsUrl } : {}),
    external_id: result.gate,
    output: { title, summary, text },
    annotations,
    annotationsOmitted: omitted,
  };
}

/**
 * Creates the check run with the first 50 annotations, then adds the rest 50 per update. Every update
 * carries the whole `output` (title, summary AND text): GitHub replaces the output on update, and the PR
 * comment is rebuilt from the result stored in `output.text`. Returns its id, URL and the slug of the GitHub App
 * that created it (the token's identity: `github-actions` for GITHUB_TOKEN), when GitHub says.
 */
export async function publishCheckRun(
  gh: GitHubClient,
  repo: { owner: string; repo: string },
  payload: CheckRunPayload,
): Promise<{ id: number; url: string; app?: string }> {
  const { annotations, annotationsOmitted: _o, ...rest } = payload;
  const batches: Annotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const { data } = await gh.rest.checks.create({
    ...repo,
    ...rest,
    output: { ...rest.output, ...(batches[0] ? { annotations: batches[0] } : {}) },
  });
  for (const batch of batches.slice(1)) {
    await gh.rest.checks.update({
      ...repo,
      check_run_id: data.id,
      output: { ...rest.output, annotations: batch },
    });
  }
  const app = (data as { app?: { slug?: unknown } | null }).app?.slug;
  return { id: data.id, url: data.html_url ?? '', ...(typeof app === 'string' && app !== '' ? { app } : {}) };
}
