/**
 * The PR-comment protocol in process, against the emulator lagging like GitHub under load: lists 2 s
 * behind writes, 250 ms per request. (The same protocol runs in the bundled actions in e2e.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildCheckRun, publishCheckRun } from '../../packages/core/src/github/check-run.js';
import { createClient, writePacingMs, type GitHubClient } from '../../packages/core/src/github/client.js';
import { syncPrComment, type OwnSection, type SyncStats } from '../../packages/core/src/github/pr-comment.js';
import { decodeStoredResult } from '../../packages/core/src/github/stored-result.js';
import { COMMENT_MARKER, parseCommentIndex } from '../../packages/core/src/report/comment.js';
import { startEmulator, type Emulator, type RepoState } from './emulator.js';
import { finding, makeResult } from './results.js';

const OWNER = 'octo-org';
const NAME = 'lagging';
const repoRef = { owner: OWNER, repo: NAME };
const quiet = { warning: () => undefined, debug: () => undefined };
const GATES = ['data-gate', 'model-scan', 'adversarial-gate', 'performance-gate', 'approval-gate'];
const sha = (n: number): string => n.toString(16).padStart(40, 'c');

let emu: Emulator;
let repo: RepoState;

beforeAll(async () => {
  emu = await startEmulator({ listLagMs: 2000, latencyMs: 250 });
  repo = emu.state.addRepo(`${OWNER}/${NAME}`);
  emu.state.addToken('ghs_lag', { login: 'github-actions[bot]', type: 'Bot' });
});
afterAll(async () => {
  const violations = emu.state.violations.splice(0);
  await emu.close();
  expect(violations).toEqual([]);
});

/** A separate client per job, as separate jobs have (fast write pacing: the emulator does not rate-limit). */
const client = (): GitHubClient =>
  createClient({ token: 'ghs_lag', baseUrl: emu.url, logger: quiet, retries: 0, writePacingMs: 10 });

async function checkRun(gh: GitHubClient, gate: string, head: string, findings = 0): Promise<OwnSection> {
  const result = makeResult(gate, findings > 0 ? 'fail' : 'pass', {
    findings: Array.from({ length: findings }, (_, i) => finding(i, 'high')),
  });
  // A gate that just finished (the fixture's timings are fixed in the past; a gate that finished long ago
  // without a comment is not waited for).
  result.timings = { ...result.timings, finishedAt: new Date().toISOString() };
  const payload = buildCheckRun(result, { headSha: head, reportPointer: 'the job summary' });
  const { id, url } = await publishCheckRun(gh, repoRef, payload);
  return { gate, result, checkRunId: id, checkRunUrl: url, sha: head };
}

async function job(gates: readonly string[], pull: number, head: string): Promise<SyncStats> {
  const gh = client();
  const own: OwnSection[] = [];
  for (const g of gates) own.push(await checkRun(gh, g, head));
  return syncPrComment(gh, { ...repoRef, pullNumber: pull, headSha: head }, own);
}

const ours = (pull: number) => repo.commentsOn(pull).filter((c) => c.body.startsWith(COMMENT_MARKER));
const created = (pull: number): number =>
  emu.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${pull}/comments`)).length;
const newestRun = (gate: string, head: string): number =>
  Math.max(
    ...[...repo.checkRuns.values()]
      .filter((c) => c.headSha === head && c.name === `ml-gates / ${gate}`)
      .map((c) => c.id),
  );

// The scenarios use separate pull requests and run concurrently (each mostly waits on the lag).
describe('one PR comment under 2 s of list lag and 250 ms latency', () => {
  it.concurrent('an API slower than the settle time still converges: the last write round verifies', async () => {
    const head = sha(90);
    const pull = repo.addPull({ headSha: head }).number;
    const gh = client();
    const own = [await checkRun(gh, 'model-scan', head)];
    // Every round (reads and a write at 250 ms each) takes longer than a 100 ms settle time.
    await syncPrComment(gh, { ...repoRef, pullNumber: pull, headSha: head }, own, { settleMs: 100, jitterMs: 0 });
    expect(ours(pull)).toHaveLength(1);
    expect(parseCommentIndex(ours(pull)[0]!.body)!.gates['model-scan']!.id).toBe(own[0]!.checkRunId);
  });

  it.concurrent(
    'a lone job with all five gates creates exactly one comment, and its re-run at once creates none',
    async () => {
      const head = sha(1);
      const pull = repo.addPull({ headSha: head }).number;
      const first = await job(GATES, pull, head);
      expect(first.created).toBe(1);
      // Re-run right away, with new check runs for every gate.
      const again = await job(GATES, pull, head);
      expect(again.created).toBe(0);
      expect(created(pull)).toBe(1);
      const comments = ours(pull);
      expect(comments).toHaveLength(1);
      const index = parseCommentIndex(comments[0]!.body)!;
      // Every section links to the newest check run of its gate (the re-run's).
      for (const g of GATES) {
        expect(index.gates[g]!.id).toBe(newestRun(g, head));
        expect(comments[0]!.body).toContain(`/runs/${newestRun(g, head)})`);
      }
    },
    120_000,
  );

  it.concurrent(
    'five jobs at once converge to one comment with five sections, created once (2 repetitions)',
    async () => {
      const counts: number[] = [];
      for (let rep = 0; rep < 2; rep++) {
        const head = sha(100 + rep);
        const pull = repo.addPull({ headSha: head }).number;
        const stats = await Promise.all(GATES.map((g) => job([g], pull, head)));
        counts.push(created(pull));
        const comments = ours(pull);
        expect(comments).toHaveLength(1);
        expect(Object.keys(parseCommentIndex(comments[0]!.body)!.gates).sort()).toEqual([...GATES].sort());
        expect(comments[0]!.body.match(/<details/g)).toHaveLength(5);
        expect(stats.reduce((n, s) => n + s.created, 0)).toBe(counts.at(-1));
      }
      console.log(`pr-comment: comments created per round of 5 concurrent jobs: ${counts.join(', ')}`);
      // The leader (the oldest check run) creates; the others wait for it to be listed.
      expect(counts).toEqual([1, 1]);
    },
    180_000,
  );

  it.concurrent(
    're-runs of two gates at once both end up linked to their newest check run',
    async () => {
      const head = sha(200);
      const pull = repo.addPull({ headSha: head }).number;
      await Promise.all(GATES.map((g) => job([g], pull, head)));
      const id = ours(pull)[0]!.id;
      await Promise.all([job(['model-scan'], pull, head), job(['data-gate'], pull, head)]);
      const comments = ours(pull);
      expect(comments.map((c) => c.id)).toEqual([id]);
      const index = parseCommentIndex(comments[0]!.body)!;
      for (const g of GATES) expect(index.gates[g]!.id).toBe(newestRun(g, head));
    },
    120_000,
  );

  it.concurrent(
    'does not wait for an older gate that finished long ago and left no comment (read-only token, comments off)',
    async () => {
      const head = sha(500);
      const pull = repo.addPull({ headSha: head }).number;
      const gh = client();
      // data-gate finished an hour ago on this commit and never commented.
      const old = makeResult('data-gate', 'pass');
      old.timings = { ...old.timings, finishedAt: new Date(Date.now() - 3_600_000).toISOString() };
      await publishCheckRun(gh, repoRef, buildCheckRun(old, { headSha: head, reportPointer: 'the job summary' }));
      const own = [await checkRun(gh, 'approval-gate', head)];
      const waits: number[] = [];
      const stats = await syncPrComment(gh, { ...repoRef, pullNumber: pull, headSha: head }, own, {
        creatorStepMs: 60_000,
        sleep: async (ms) => {
          waits.push(ms);
          await new Promise((r) => setTimeout(r, ms));
        },
      });
      expect(stats.created).toBe(1);
      // No pause as long as a creator step: it did not wait for data-gate to create the comment.
      expect(waits.filter((ms) => ms >= 60_000)).toEqual([]);
      expect(waits.reduce((a, b) => a + b, 0)).toBeLessThan(60_000);
    },
    120_000,
  );

  it.concurrent(
    'puts its section back when another job overwrites the comment without it (lost update)',
    async () => {
      const head = sha(300);
      const pull = repo.addPull({ headSha: head }).number;
      await job(['data-gate'], pull, head);
      const comment = ours(pull)[0]!;
      const before = comment.body; // (the state object itself changes with every write)
      const gh = client();
      const own = [await checkRun(gh, 'model-scan', head)];
      let clobbered = false;
      const stats = await syncPrComment(gh, { ...repoRef, pullNumber: pull, headSha: head }, own, {
        // While this job waits to verify, a slower job writes what it read before: data-gate only.
        sleep: async (ms) => {
          if (!clobbered && parseCommentIndex(repo.comments.get(comment.id)!.body)?.gates['model-scan']) {
            clobbered = true;
            await gh.rest.issues.updateComment({ ...repoRef, comment_id: comment.id, body: before });
          }
          await new Promise((r) => setTimeout(r, ms));
        },
      });
      expect(clobbered).toBe(true);
      expect(stats.rounds).toBeGreaterThanOrEqual(2);
      const index = parseCommentIndex(ours(pull)[0]!.body)!;
      expect(Object.keys(index.gates).sort()).toEqual(['data-gate', 'model-scan']);
    },
    120_000,
  );

  it.concurrent(
    'a check run with more than 50 annotations keeps its full output text through every update',
    async () => {
      const head = sha(400);
      const gh = client();
      const own = await checkRun(gh, 'model-scan', head, 137);
      const run = repo.checkRuns.get(own.checkRunId)!;
      const payload = buildCheckRun(own.result, { headSha: head, reportPointer: 'the job summary' });
      expect(run.annotations).toHaveLength(137);
      expect(run.output.text).toBe(payload.output.text);
      expect(run.output.summary).toBe(payload.output.summary);
      expect(run.output.title).toBe(payload.output.title);
      expect(decodeStoredResult(run.output.text)?.checks[0]!.findings.length).toBeGreaterThan(0);
      // Two updates after the create (50 + 50 + 37 annotations), each with the whole output.
      const patches = emu.state.requests.filter(
        (r) => r.method === 'PATCH' && r.path.endsWith(`/check-runs/${run.id}`),
      );
      expect(patches).toHaveLength(2);
    },
    60_000,
  );
});

it('a job with nothing published creates no comment', async () => {
  const pull = repo.addPull({ headSha: sha(500) }).number;
  const stats = await syncPrComment(client(), { ...repoRef, pullNumber: pull, headSha: sha(500) }, []);
  expect(stats.created).toBe(0);
  expect(created(pull)).toBe(0);
});

describe('write pacing', () => {
  it('is GitHub’s one second unless the option or ML_GATES_WRITE_PACING_MS says otherwise', () => {
    expect(writePacingMs({}, {})).toBe(1000);
    expect(writePacingMs({}, { ML_GATES_WRITE_PACING_MS: '25' })).toBe(25);
    expect(writePacingMs({ writePacingMs: 5 }, { ML_GATES_WRITE_PACING_MS: '25' })).toBe(5);
    // Anything unreadable keeps the production pacing.
    expect(writePacingMs({}, { ML_GATES_WRITE_PACING_MS: 'fast' })).toBe(1000);
    expect(writePacingMs({}, { ML_GATES_WRITE_PACING_MS: '-1' })).toBe(1000);
  });
});
