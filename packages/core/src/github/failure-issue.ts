import { code, escapeMarkdown, markdownTable } from '../report/escape.js';
import { VERDICT_ICON } from '../report/format.js';
import type { GateResult } from '../result/types.js';
import type { GitHubClient } from './client.js';

/** Hidden marker of the one open issue per gate (`on-failure: issue`). */
export const issueMarker = (gate: string): string => `<!-- ml-gates:failure-issue gate=${gate} -->`;

export function renderFailureIssue(
  result: GateResult,
  runUrl: string | undefined,
  sha: string | undefined,
): { title: string; body: string } {
  const failing = result.checks.filter((c) => c.verdict === 'fail' || c.verdict === 'error');
  const table = markdownTable(
    ['Check', 'Verdict', 'Summary'],
    failing.map((c) => [escapeMarkdown(c.title), `${VERDICT_ICON[c.verdict]} ${c.verdict}`, escapeMarkdown(c.summary)]),
  );
  const errors =
    result.errors.length > 0
      ? `\n\n**Errors**\n\n${result.errors.map((e) => `- ${escapeMarkdown(e, 1000)}`).join('\n')}`
      : '';
  const run = runUrl && /^https?:\/\/[^\s<>()]+$/.test(runUrl) ? `[the workflow run](${runUrl})` : 'the workflow run';
  return {
    title: `ml-gates: ${result.gate} is failing on the default branch`,
    body: `${issueMarker(result.gate)}\n${VERDICT_ICON[result.verdict]} ${code(result.gate)} ${result.verdict} on ${sha ? code(sha.slice(0, 7)) : 'the default branch'}: ${escapeMarkdown(result.headline)}\n\n${failing.length > 0 ? table : ''}${errors}\n\nDetails: ${run} (job summary and the report artifact). This issue is updated by each run and closed when the gate passes.\n`,
  };
}

/**
 * Opens or updates one issue per failing gate (found by its marker, written by a bot: by `self`, this job's
 * `<app>[bot]`, when known, so a person or another app writing the marker is never taken for ours), and closes it
 * with a comment once the gate passes. Returns what it did, for the log.
 */
export async function syncFailureIssue(
  gh: GitHubClient,
  repo: { owner: string; repo: string },
  result: GateResult,
  runUrl: string | undefined,
  sha: string | undefined,
  self?: string,
): Promise<string> {
  const marker = issueMarker(result.gate);
  const ours = (u: { type?: string; login?: string } | null | undefined): boolean =>
    u?.type === 'Bot' && (self === undefined || (u.login ?? '').toLowerCase() === self.toLowerCase());
  const open = (await gh.paginate(gh.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 })).filter(
    (i) => !i.pull_request && ours(i.user) && (i.body ?? '').startsWith(marker),
  );
  const existing = open.sort((a, b) => a.number - b.number)[0];
  const failing = result.verdict === 'fail' || result.verdict === 'error';
  if (failing) {
    const { title, body } = renderFailureIssue(result, runUrl, sha);
    if (existing) {
      await gh.rest.issues.update({ ...repo, issue_number: existing.number, title, body });
      return `updated issue #${existing.number}`;
    }
    const { data } = await gh.rest.issues.create({ ...repo, title, body });
    return `opened issue #${data.number}`;
  }
  if (existing && (result.verdict === 'pass' || result.verdict === 'warn')) {
    await gh.rest.issues.createComment({
      ...repo,
      issue_number: existing.number,
      body: `${VERDICT_ICON[result.verdict]} ${code(result.gate)} ${result.verdict} again${sha ? ` on ${code(sha.slice(0, 7))}` : ''}: ${escapeMarkdown(result.headline)}. Closing.`,
    });
    await gh.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return `closed issue #${existing.number}`;
  }
  return 'no issue to update';
}
