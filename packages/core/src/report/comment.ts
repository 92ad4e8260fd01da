import type { GateResult } from '../result/types.js';
import { code, escapeMarkdown, markdownTable } from './escape.js';
import { VERDICT_ICON } from './format.js';
import { renderGateBody } from './markdown.js';
import { omittedOf } from '../result/contracts.js';

/** Hidden marker that identifies the one ml-gates PR comment. */
export const COMMENT_MARKER = '<!-- ml-gates:pr-comment -->';
/** GitHub rejects comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_LIMIT = 65_000;

/** One gate's section of the PR comment, rebuilt from its check run. */
export interface CommentSection {
  gate: string;
  result: GateResult;
  /** Commit the check run is on. */
  sha: string;
  checkRunId: number;
  /** Link to the check run (from the API; only http(s) links are used). */
  checkRunUrl?: string;
}

export interface CommentInput {
  /** Current head commit of the pull request. */
  headSha: string;
  sections: readonly CommentSection[];
  /** Link to the workflow run, for the footer. */
  runUrl?: string;
}

/** The comment's machine-readable index: which check run each section came from. */
export interface CommentIndex {
  head: string;
  gates: Record<string, { id: number; sha: string }>;
}

const INDEX_PREFIX = '<!-- ml-gates:index ';
const GATE_NAME = /^[a-z][a-z0-9-]{0,63}$/;
const SHA = /^[0-9a-f]{40}$/;

function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s<>()[\]"'`\\]+$/.test(url)) return undefined;
  return url;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

/** Reads the index back from a comment body written by `renderPrComment` (untrusted: validated). */
export function parseCommentIndex(body: string | null | undefined): CommentIndex | undefined {
  if (!body) return undefined;
  const start = body.indexOf(INDEX_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  if (end < 0) return undefined;
  try {
    const raw = JSON.parse(body.slice(start + INDEX_PREFIX.length, end)) as Partial<CommentIndex>;
    if (typeof raw.head !== 'string' || !SHA.test(raw.head) || typeof raw.gates !== 'object' || raw.gates === null)
      return undefined;
    const gates: CommentIndex['gates'] = {};
    for (const [g, v] of Object.entries(raw.gates)) {
      if (GATE_NAME.test(g) && Number.isSafeInteger(v?.id) && typeof v?.sha === 'string' && SHA.test(v.sha))
        gates[g] = { id: v.id, sha: v.sha };
    }
    return { head: raw.head, gates };
  } catch {
    return undefined;
  }
}

function omittedNote(result: GateResult): string {
  const omitted = omittedOf(result);
  let findings = 0;
  let metrics = 0;
  for (const v of Object.values(omitted)) {
    findings += Number(v?.findings) || 0;
    metrics += Number(v?.metrics) || 0;
  }
  const parts: string[] = [];
  if (findings > 0) parts.push(`${findings} more finding(s)`);
  if (metrics > 0) parts.push(`${metrics} more metric(s)`);
  return parts.length > 0 ? `\n\n…and ${parts.join(' and ')} in the check run and the JSON report.` : '';
}

function sectionBody(s: CommentSection, budget: number): string {
  for (const max of [10, 5, 2, 0]) {
    let body: string;
    try {
      body = renderGateBody(s.result, { maxFindingsPerCheck: max, maxMetricsPerCheck: max }) + omittedNote(s.result);
    } catch {
      return '_This gate’s stored result could not be read; see its check run._';
    }
    if (body.length <= budget) return body;
  }
  const link = safeUrl(s.checkRunUrl);
  return `_The report is too long for this comment; see ${link ? `[the check run](${link})` : 'the check run'}, the job summary and the report artifact._`;
}

function section(s: CommentSection, headSha: string, budget: number): string {
  const r = s.result;
  const stale = s.sha !== headSha;
  const icon = VERDICT_ICON[r.verdict] ?? '';
  const note = stale
    ? ` — ⏳ from an older commit ${code(short(s.sha))}, not yet re-run on ${code(short(headSha))}`
    : '';
  const open = !stale && (r.verdict === 'fail' || r.verdict === 'error') ? ' open' : '';
  const summary = `${icon} <b>${escapeMarkdown(s.gate)}</b>: ${escapeMarkdown(r.verdict)} — ${escapeMarkdown(r.headline, 200)}${note}`;
  const wrap = (body: string): string => `<details${open}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
  // The section's budget holds its summary line too: an escaped headline can be several times its 200 characters.
  return wrap(sectionBody(s, budget - wrap('').length));
}

/**
 * The one PR comment for all gates: a hidden marker and index, a verdict table (gate, verdict,
 * headline, link to the check run), then one collapsible section per gate. Sections from an older
 * commit than the PR head are marked stale. Stays under GitHub's comment limit.
 */
export function renderPrComment(input: CommentInput): string {
  const sections = [...input.sections].sort((a, b) => a.gate.localeCompare(b.gate));
  const index: CommentIndex = { head: input.headSha, gates: {} };
  for (const s of sections)
    if (GATE_NAME.test(s.gate) && SHA.test(s.sha)) index.gates[s.gate] = { id: s.checkRunId, sha: s.sha };
  const table = markdownTable(
    ['Gate', 'Verdict', 'Summary', 'Details'],
    sections.map((s) => {
      const link = safeUrl(s.checkRunUrl);
      const stale = s.sha !== input.headSha ? ` (⏳ ${code(short(s.sha))})` : '';
      return [
        code(s.gate),
        `${VERDICT_ICON[s.result.verdict] ?? ''} ${escapeMarkdown(s.result.verdict)}${stale}`,
        escapeMarkdown(s.result.headline, 200),
        link ? `[check run](${link})` : '',
      ];
    }),
  );
  const footer = `<sub>Updated for ${code(short(input.headSha))}${safeUrl(input.runUrl) ? ` by [this run](${safeUrl(input.runUrl)})` : ''}. Each gate’s check run and job summary hold the full report.</sub>`;
  const head = `${COMMENT_MARKER}\n${INDEX_PREFIX}${JSON.stringify(index)} -->\n## ml-gates\n\n${sections.length > 0 ? table : '_No gate has reported on this commit yet._'}\n\n`;
  // Each section gets an equal share of what the head, the footer and the separators leave (its summary line
  // included), so the body stays under COMMENT_LIMIT whatever the headlines escape to.
  const fixed = head.length + footer.length + 4 + 2 * sections.length;
  const budget = Math.floor((COMMENT_LIMIT - fixed) / Math.max(1, sections.length));
  const body = sections.map((s) => section(s, input.headSha, budget)).join('\n\n');
  return `${head}${body}\n\n${footer}\n`;
}
