/**
 * The one PR comment (issue #16) under what real PRs do to it: other accounts and apps writing the hidden
 * marker, a person editing our comment with a forged index or deleting it mid-run, secondary rate limits,
 * results whose escaped Markdown outgrows GitHub's 65,536 characters, and six jobs at once under 3 s of list
 * lag. Lags and settle times are small where the scenario allows, so the file runs in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildCheckRun, publishCheckRun } from '../../packages/core/src/github/check-run.js';
import {
  apiRetries,
  createClient,
  isPermissionError,
  type GitHubClient,
} from '../../packages/core/src/github/client.js';
import { syncPrComment, type OwnSection, type SyncOptions } from '../../packages/core/src/github/pr-comment.js';
import { publishResults } from '../../packages/core/src/github/publish.js';
import { issueMarker } from '../../packages/core/src/github/failure-issue.js';
import { decodeStoredResult } from '../../packages/core/src/github/stored-result.js';
import { COMMENT_MARKER, parseCommentIndex } from '../../packages/core/src/report/comment.js';
import type { GateResult } from '../../packages/core/src/result/types.js';
import { startEmulator, type Emulator, type RepoState } from './emulator.js';
import { finding, makeResult } from './results.js';

const OWNER = 'octo-org';
const repoRef = (name: string) => ({ owner: OWNER, repo: name });
const quiet = { warning: () => undefined, debug: () => undefined };
const sha = (n: number): string => n.toString(16).padStart(40, 'd');
const fast: SyncOptions = { settleMs: 300, jitterMs: 50, creatorStepMs: 2000 };

let emu: Emulator;
let lagged: Emulator;

beforeAll(async () => {
  [emu, lagged] = await Promise.all([
    startEmulator({ listLagMs: 300, latencyMs: 10 }),
    startEmulator({ listLagMs: 3000, latencyMs: 100 }),
  ]);
  for (const e of [emu, lagged]) {
    e.state.addToken('ghs_job', { login: 'github-actions[bot]', type: 'Bot' });
    e.state.addToken('ghs_other_app', { login: 'release-drafter[bot]', type: 'Bot' });
    e.state.addToken('ghp_maintainer', { login: 'maintainer', type: 'User' });
  }
});
afterAll(async () => {
  const violations = [...emu.state.violations, ...lagged.state.violations];
  await Promise.all([emu.close(), lagged.close()]);
  expect(violations).toEqual([]);
});

const client = (e: Emulator, token = 'ghs_job', throttle = false): GitHubClient =>
  createClient({ token, baseUrl: e.url, logger: quiet, retries: 0, throttle, writePacingMs: 10 });

async function checkRun(
  gh: GitHubClient,
  name: string,
  gate: string,
  head: string,
  r?: GateResult,
): Promise<OwnSection> {
  const result = r ?? makeResult(gate, 'pass');
  result.timings = { ...result.timings, finishedAt: new Date().toISOString() };
  const payload = buildCheckRun(result, { headSha: head, reportPointer: 'the job summary' });
  const { id, url, app } = await publishCheckRun(gh, repoRef(name), payload);
  return { gate, result, checkRunId: id, checkRunUrl: url, sha: head, ...(app ? { app } : {}) };
}

const ours = (repo: RepoState, pull: number) =>
  repo.commentsOn(pull).filter((c) => c.user === 'github-actions[bot]' && c.body.startsWith(COMMENT_MARKER));
const created = (e: Emulator, name: string, pull: number): number =>
  e.state.requests.filter(
    (r) => r.method === 'POST' && r.status === 201 && r.path.endsWith(`${name}/issues/${pull}/comments`),
  ).length;

describe('whose comment is ours', () => {
  it('a person or another app writing the marker (and a forged index) never has its comment read or written', async () => {
    const repo = emu.state.addRepo(`${OWNER}/forged`);
    const head = sha(1);
    const pull = repo.addPull({ headSha: head }).number;
    const gh = client(emu);
    // A decoy check run: if the forged index were read, its "pass" would replace ours.
    const decoy = await checkRun(gh, 'forged', 'model-scan', sha(2));
    const forged = `${COMMENT_MARKER}\n<!-- ml-gates:index {"head":"${head}","gates":{"model-scan":{"id":${decoy.checkRunId},"sha":"${sha(2)}"}}} -->\nall green`;
    // Older than anything the job writes: a user's, then another GitHub App's comment, both starting with the marker.
    const byUser = await client(emu, 'ghp_maintainer').rest.issues.createComment({
      ...repoRef('forged'),
      issue_number: pull,
      body: forged,
    });
    const byApp = await client(emu, 'ghs_other_app').rest.issues.createComment({
      ...repoRef('forged'),
      issue_number: pull,
      body: forged,
    });
    await new Promise((r) => setTimeout(r, 400)); // both listed
    const own = [
      await checkRun(
        gh,
        'forged',
        'model-scan',
        head,
        makeResult('model-scan', 'fail', { findings: [finding(1, 'critical')] }),
      ),
    ];
    expect(own[0]!.app).toBe('github-actions');
    const stats = await syncPrComment(gh, { ...repoRef('forged'), pullNumber: pull, headSha: head }, own, fast);
    expect(stats.created).toBe(1);
    expect(repo.comments.get(byUser.data.id)!.body).toBe(forged);
    expect(repo.comments.get(byApp.data.id)!.body).toBe(forged);
    const [comment] = ours(repo, pull);
    expect(parseCommentIndex(comment!.body)!.gates['model-scan']).toEqual({ id: own[0]!.checkRunId, sha: head });
    expect(comment!.body).toMatch(/model\\-scan<\/b>: fail/);
  });

  it('a person who edits our comment with a forged index cannot replace a gate’s result on the head', async () => {
    const repo = emu.state.addRepo(`${OWNER}/edited`);
    const head = sha(3);
    const pull = repo.addPull({ headSha: head }).number;
    const gh = client(emu);
    const failing = makeResult('model-scan', 'fail', { findings: [finding(1, 'critical')] });
    const scan = await checkRun(gh, 'edited', 'model-scan', head, failing);
    await syncPrComment(gh, { ...repoRef('edited'), pullNumber: pull, headSha: head }, [scan], fast);
    const [comment] = ours(repo, pull);
    // A newer, passing model-scan run on another commit, named in a forged index by a maintainer's edit.
    const decoy = await checkRun(gh, 'edited', 'model-scan', sha(4));
    const body = comment!.body.replace(
      /<!-- ml-gates:index .* -->/,
      `<!-- ml-gates:index {"head":"${head}","gates":{"model-scan":{"id":${decoy.checkRunId},"sha":"${sha(4)}"}}} -->`,
    );
    await client(emu, 'ghp_maintainer').rest.issues.updateComment({
      ...repoRef('edited'),
      comment_id: comment!.id,
      body,
    });
    // The next gate's job rewrites the comment: model-scan's run on the head stands.
    const data = await checkRun(gh, 'edited', 'data-gate', head);
    await syncPrComment(gh, { ...repoRef('edited'), pullNumber: pull, headSha: head }, [data], fast);
    const index = parseCommentIndex(repo.comments.get(comment!.id)!.body)!;
    expect(index.gates['model-scan']).toEqual({ id: scan.checkRunId, sha: head });
    expect(index.gates['data-gate']).toEqual({ id: data.checkRunId, sha: head });
  });
});

describe('whose failure issue is ours', () => {
  it('another app’s issue carrying the marker is never updated or closed; ours is opened beside it', async () => {
    const repo = emu.state.addRepo(`${OWNER}/issues`);
    const decoy = await client(emu, 'ghs_other_app').rest.issues.create({
      ...repoRef('issues'),
      title: 'not ours',
      body: `${issueMarker('data-gate')}\nsomeone else's`,
    });
    const ctx = {
      owner: OWNER,
      repo: 'issues',
      eventName: 'push',
      headSha: sha(30),
      pullNumber: undefined,
      fromFork: false,
      defaultBranch: 'main',
      ref: 'refs/heads/main',
      runUrl: undefined,
      runId: undefined,
      workflowFile: undefined,
      serverUrl: 'https://github.com',
      payload: {},
    };
    const settings = {
      token: 'ghs_job',
      checkRun: true,
      comment: false,
      artifact: false,
      onFailure: 'issue' as const,
      maxAnnotations: 250,
      workspace: process.cwd(),
    };
    await publishResults([makeResult('data-gate', 'fail')], [], settings, ctx, client(emu));
    await publishResults([makeResult('data-gate', 'pass')], [], settings, ctx, client(emu));
    const theirs = repo.issues.get(decoy.data.number)!;
    expect([theirs.state, theirs.body]).toEqual(['open', `${issueMarker('data-gate')}\nsomeone else's`]);
    const mine = [...repo.issues.values()].filter((i) => i.user === 'github-actions[bot]');
    expect(mine.map((i) => i.state)).toEqual(['closed']);
  });
});

describe('a comment deleted by a person mid-run', () => {
  it('a lone job whose comment is deleted while it verifies creates it again, once, and ends with one comment', async () => {
    const repo = emu.state.addRepo(`${OWNER}/deleted`);
    const head = sha(5);
    const pull = repo.addPull({ headSha: head }).number;
    const gh = client(emu);
    const own = [await checkRun(gh, 'deleted', 'data-gate', head)];
    let deleted = false;
    const stats = await syncPrComment(gh, { ...repoRef('deleted'), pullNumber: pull, headSha: head }, own, {
      ...fast,
      sleep: async (ms) => {
        const mine = ours(repo, pull)[0];
        if (!deleted && mine) {
          deleted = true;
          await client(emu, 'ghp_maintainer').rest.issues.deleteComment({
            ...repoRef('deleted'),
            comment_id: mine.id,
          });
        }
        await new Promise((r) => setTimeout(r, ms));
      },
    });
    expect(deleted).toBe(true);
    expect(stats.created).toBe(2);
    expect(created(emu, 'deleted', pull)).toBe(2);
    expect(ours(repo, pull)).toHaveLength(1);
    expect(parseCommentIndex(ours(repo, pull)[0]!.body)!.gates['data-gate']!.id).toBe(own[0]!.checkRunId);
  });

  it('deleted by a person between runs, still listed (lists lagging): the next job makes one new comment, not an error', async () => {
    const repo = emu.state.addRepo(`${OWNER}/deleted-between`);
    const head = sha(7);
    const pull = repo.addPull({ headSha: head }).number;
    const gh = client(emu);
    await syncPrComment(
      gh,
      { ...repoRef('deleted-between'), pullNumber: pull, headSha: head },
      [await checkRun(gh, 'deleted-between', 'data-gate', head)],
      fast,
    );
    const first = ours(repo, pull)[0]!.id;
    await client(emu, 'ghp_maintainer').rest.issues.deleteComment({
      ...repoRef('deleted-between'),
      comment_id: first,
    });
    // The next run of another gate at once: the list still shows the deleted comment.
    const own = [await checkRun(gh, 'deleted-between', 'model-scan', head)];
    const stats = await syncPrComment(gh, { ...repoRef('deleted-between'), pullNumber: pull, headSha: head }, own, {
      ...fast,
      creatorStepMs: 500,
    });
    expect(stats.created).toBe(1);
    const left = ours(repo, pull);
    expect(left).toHaveLength(1);
    expect(left[0]!.id).not.toBe(first);
    expect(Object.keys(parseCommentIndex(left[0]!.body)!.gates).sort()).toEqual(['data-gate', 'model-scan']);
  }, 60_000);

  it('three jobs at once, the comment deleted under them: one comment with all three sections', async () => {
    const repo = emu.state.addRepo(`${OWNER}/deleted3`);
    const head = sha(6);
    const pull = repo.addPull({ headSha: head }).number;
    const gates = ['data-gate', 'model-scan', 'performance-gate'];
    let deleted = false;
    const stats = await Promise.all(
      gates.map(async (g) => {
        const gh = client(emu);
        const own = [await checkRun(gh, 'deleted3', g, head)];
        return syncPrComment(gh, { ...repoRef('deleted3'), pullNumber: pull, headSha: head }, own, {
          ...fast,
          sleep: async (ms) => {
            const first = ours(repo, pull)[0];
            if (!deleted && first && Object.keys(parseCommentIndex(first.body)?.gates ?? {}).length >= 2) {
              deleted = true;
              await client(emu, 'ghp_maintainer').rest.issues.deleteComment({
                ...repoRef('deleted3'),
                comment_id: first.id,
              });
            }
            await new Promise((r) => setTimeout(r, ms));
          },
        });
      }),
    );
    expect(deleted).toBe(true);
    const comments = ours(repo, pull);
    expect(comments).toHaveLength(1);
    expect(Object.keys(parseCommentIndex(comments[0]!.body)!.gates).sort()).toEqual(gates);
    console.log(`pr-comment: comments created with one deleted mid-run: ${stats.reduce((n, s) => n + s.created, 0)}`);
  });
});

describe('GitHub limits', () => {
  it('waits out a secondary rate limit (403 with retry-after) and still creates exactly one comment', async () => {
    const repo = emu.state.addRepo(`${OWNER}/limited`);
    const head = sha(7);
    const pull = repo.addPull({ headSha: head }).number;
    const gh = client(emu, 'ghs_job', true);
    const own = [await checkRun(gh, 'limited', 'model-scan', head)];
    emu.state.faults.push({
      method: 'POST',
      path: /\/limited\/issues\/\d+\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
    });
    const started = Date.now();
    const stats = await syncPrComment(gh, { ...repoRef('limited'), pullNumber: pull, headSha: head }, own, fast);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(stats.created).toBe(1);
    expect(ours(repo, pull)).toHaveLength(1);
    expect(created(emu, 'limited', pull)).toBe(1);
  });

  it('results whose escaped Markdown outgrows 65,536 characters still make one comment GitHub accepts', async () => {
    const repo = emu.state.addRepo(`${OWNER}/huge`);
    const head = sha(8);
    const pull = repo.addPull({ headSha: head }).number;
    const gh = client(emu);
    const gates = ['data-gate', 'model-scan', 'adversarial-gate', 'performance-gate', 'approval-gate', 'policy'];
    const own: OwnSection[] = [];
    for (const [i, g] of gates.entries()) {
      // Six checks near the renderer's budget, and a headline of `|`, which grows sixfold once escaped.
      const result = makeResult(g, 'fail', {
        headline: '|'.repeat(5000),
        findings: Array.from({ length: 40 }, (_, k) =>
          finding(k, 'high', { message: 'x'.repeat(3000), ruleId: `r.${'x'.repeat(100)}` }),
        ),
      });
      result.checks = Array.from({ length: 6 }, (_, j) => ({
        ...result.checks[0]!,
        id: `c${j}`,
        title: 'x'.repeat(300),
        summary: 'x'.repeat(2000),
      }));
      own.push(await checkRun(gh, 'huge', g, i % 2 === 0 ? head : sha(9), result));
    }
    await syncPrComment(gh, { ...repoRef('huge'), pullNumber: pull, headSha: head }, own, fast);
    const comments = ours(repo, pull);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.length).toBeLessThanOrEqual(65_536);
    expect(Object.keys(parseCommentIndex(comments[0]!.body)!.gates).sort()).toEqual([...gates].sort());
    expect(emu.state.requests.filter((r) => r.status === 422)).toEqual([]);
  });
});

describe('under 3 s of list lag', () => {
  it('six jobs started at once end with one comment holding all six, created once', async () => {
    const repo = lagged.state.addRepo(`${OWNER}/six`);
    const head = sha(10);
    const pull = repo.addPull({ headSha: head }).number;
    const gates = ['data-gate', 'model-scan', 'adversarial-gate', 'performance-gate', 'approval-gate', 'policy'];
    const stats = await Promise.all(
      gates.map(async (g) => {
        const gh = client(lagged);
        const own = [await checkRun(gh, 'six', g, head)];
        return syncPrComment(gh, { ...repoRef('six'), pullNumber: pull, headSha: head }, own);
      }),
    );
    const n = created(lagged, 'six', pull);
    console.log(`pr-comment: 6 jobs under 3 s of list lag created ${n} comment(s)`);
    const comments = ours(repo, pull);
    expect(comments).toHaveLength(1);
    expect(Object.keys(parseCommentIndex(comments[0]!.body)!.gates).sort()).toEqual([...gates].sort());
    expect(stats.reduce((a, s) => a + s.created, 0)).toBe(n);
    expect(n).toBe(1);
  }, 120_000);
});

describe('check runs with many annotations', () => {
  it.each([50, 51, 100, 101, 250, 251, 1000])(
    '%i annotations: every update carries the whole output, and the stored result survives',
    async (n) => {
      if (!emu.state.repos.has(`${OWNER}/annotations`)) emu.state.addRepo(`${OWNER}/annotations`);
      const repo = emu.state.repo(`${OWNER}/annotations`);
      const gh = client(emu);
      const result = makeResult('model-scan', 'fail', {
        findings: Array.from({ length: n }, (_, i) => finding(i, i % 2 ? 'high' : 'medium')),
      });
      const payload = buildCheckRun(result, {
        headSha: sha(20 + n),
        reportPointer: 'the job summary',
        maxAnnotations: 1000,
      });
      const before = emu.state.requests.length;
      const { id } = await publishCheckRun(gh, repoRef('annotations'), payload);
      const run = repo.checkRuns.get(id)!;
      expect(run.annotations).toHaveLength(n);
      expect(run.output).toEqual(payload.output);
      // Every version GitHub held, not only the last: an update without text would have blanked it meanwhile.
      const versions = repo.checkRunVersions.get(id)!.map((v) => v.value!.output);
      expect(versions).toHaveLength(Math.ceil(n / 50));
      for (const output of versions) expect(output).toEqual(payload.output);
      const patches = emu.state.requests.slice(before).filter((r) => r.method === 'PATCH');
      expect(patches).toHaveLength(Math.ceil(n / 50) - 1);
      expect(decodeStoredResult(run.output.text)?.checks[0]!.findings.length).toBeGreaterThan(0);
    },
  );
});

describe('a 403 that is a rate limit', () => {
  it('is never reported as a read-only token, with or without retry-after', () => {
    const error = (message: string, headers: Record<string, string> = {}) =>
      Object.assign(new Error(message), { status: 403, response: { headers } });
    expect(isPermissionError(error('Resource not accessible by integration'))).toBe(true);
    expect(isPermissionError(error('You have exceeded a secondary rate limit.'))).toBe(false);
    expect(isPermissionError(error('Forbidden', { 'retry-after': '30' }))).toBe(false);
    expect(isPermissionError(error('API rate limit exceeded', { 'x-ratelimit-remaining': '0' }))).toBe(false);
  });
});

describe('API retries', () => {
  it('are 3 unless the option or ML_GATES_API_RETRIES (0 to 10) says otherwise', () => {
    expect(apiRetries({}, {})).toBe(3);
    expect(apiRetries({}, { ML_GATES_API_RETRIES: '0' })).toBe(0);
    expect(apiRetries({ retries: 1 }, { ML_GATES_API_RETRIES: '0' })).toBe(1);
    for (const bad of ['-1', '11', 'none', '2.5']) expect(apiRetries({}, { ML_GATES_API_RETRIES: bad })).toBe(3);
  });
});
