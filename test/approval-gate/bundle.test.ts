/**
 * End to end through the approval-gate bundle (`dist/approval-gate/index.js`, built with
 * `node scripts/build.mjs approval-gate`), run as its own Node 24 process the way the runner runs it, against
 * the GitHub API emulator extended with repository activity, the PR timeline and file contents per ref.
 * Each scenario of issue #23 ends, before the fix, with a green `ml-gates / approval-gate` check on a commit
 * nobody approved; the assertions name that check run.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  startEmulator,
  type CheckRunState,
  type Emulator,
  type PullState,
  type RepoState,
} from '../github/emulator.js';
import { hasBundle, ROOT, runBundle, webhookExample, type GateRun } from '../github/harness.js';
import { addGreenGateRuns, extendEmulator, pushTo, type ApprovalWorld } from './emulator-ext.js';
import { BASE_CONFIG } from './memory-source.js';

type Obj = Record<string, unknown>;
const REPO = 'octo-org/models';
const TOKEN = 'ghs_job_token_approval';
const WORKFLOW = '.github/workflows/ml-gates-approval.yml';
const WORKFLOW_TEXT = 'name: ml-gates-approval\non: [pull_request]\njobs: {}\n';
const sha = (c: string): string => c.repeat(40);
const A = sha('a');
const B = sha('b');
const H2 = sha('c');
const MERGE = sha('d');
const T = (minute: number): string => new Date(Date.UTC(2026, 0, 5, 10, minute)).toISOString().replace('.000', '');
const GATE = 'ml-gates / approval-gate';

let emu: Emulator;
let repo: RepoState;
let w: ApprovalWorld;

beforeEach(async () => {
  emu = await startEmulator();
  w = extendEmulator(emu);
  repo = emu.state.addRepo(REPO, { defaultBranch: 'main' });
  emu.state.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
  for (const [login, perm] of Object.entries({ lead1: 'write', lead2: 'write', sec1: 'admin', author: 'write' })) {
    repo.setPermission(login, perm);
  }
  w.deployed = true;
  w.files.main = { 'ml-gates.yml': BASE_CONFIG, [WORKFLOW]: WORKFLOW_TEXT };
  w.files[MERGE] = { [WORKFLOW]: WORKFLOW_TEXT };
  w.files[sha('e')] = { [WORKFLOW]: WORKFLOW_TEXT };
});

afterEach(async () => {
  await emu.close();
  expect(emu.state.violations).toEqual([]);
});

/** PR #n by `author` on branch `feature`, with its commits and the other gates' green check runs. */
function openPull(heads: string[], o: { baseRef?: string; headRepo?: string } = {}): PullState {
  const pull = repo.addPull({
    headSha: heads[0]!,
    user: 'author',
    headRef: 'feature',
    baseRef: o.baseRef ?? 'main',
    ...(o.headRepo ? { headRepo: o.headRepo } : {}),
  });
  w.prCommits[pull.number] = heads.map((h, i) => ({ sha: h, author: 'author', committer: 'author', date: T(i) }));
  if (!o.headRepo)
    w.activity.feature = [{ before: sha('0'), after: heads[0]!, at: T(0), actor: 'author', type: 'branch_creation' }];
  w.suites[heads[0]!] = T(0);
  addGreenGateRuns(emu, repo, [...heads, H2], T(0));
  return pull;
}

function comment(pull: PullState, login: string, body: string, at: string): void {
  emu.state.ensureUser(login);
  const id = emu.state.nextId();
  repo.comments.set(id, { id, issueNumber: pull.number, body, user: login, createdAt: at, updatedAt: at });
}

function prPayload(pull: PullState, action: string, head = pull.headSha): Obj {
  const p = webhookExample('pull_request', 'synchronize') as Obj & {
    number: number;
    pull_request: {
      number: number;
      head: { sha: string; ref: string; repo: { full_name: string } };
      base: { ref: string };
    };
    repository: { full_name: string; default_branch: string };
  };
  p.action = action;
  p.number = pull.number;
  p.pull_request.number = pull.number;
  p.pull_request.head.sha = head;
  p.pull_request.head.ref = pull.headRef;
  p.pull_request.head.repo.full_name = pull.headRepo;
  p.pull_request.base.ref = pull.baseRef;
  p.repository.full_name = REPO;
  p.repository.default_branch = 'main';
  return p;
}

function commentPayload(pull: PullState): Obj {
  const p = webhookExample('issue_comment', 'created') as Obj & {
    issue: Obj & { number: number };
    repository: { full_name: string; default_branch: string };
  };
  p.issue.number = pull.number;
  p.issue.pull_request = { url: `${emu.url}/repos/${REPO}/pulls/${pull.number}` };
  p.repository.full_name = REPO;
  p.repository.default_branch = 'main';
  return p;
}

function reviewPayload(pull: PullState, head: string): Obj {
  const p = webhookExample('pull_request_review', 'submitted') as Obj & {
    pull_request: { number: number; head: { sha: string; ref: string; repo: { full_name: string } } };
    repository: { full_name: string; default_branch: string };
  };
  p.pull_request.number = pull.number;
  p.pull_request.head.sha = head;
  p.pull_request.head.ref = pull.headRef;
  p.pull_request.head.repo.full_name = pull.headRepo;
  p.repository.full_name = REPO;
  p.repository.default_branch = 'main';
  return p;
}

async function run(
  eventName: string,
  payload: Obj,
  o: {
    workflowRef?: string;
    inputs?: Record<string, string>;
    pull?: PullState;
    apiUrl?: string;
    env?: Record<string, string>;
  } = {},
): Promise<GateRun> {
  const n = (payload.issue as Obj | undefined)?.number ?? (payload.pull_request as Obj | undefined)?.number;
  return runBundle('approval-gate', {
    apiUrl: o.apiUrl ?? emu.url,
    token: TOKEN,
    eventName,
    payload,
    repository: REPO,
    sha: eventName === 'issue_comment' ? sha('e') : MERGE,
    ref: eventName === 'issue_comment' ? 'refs/heads/main' : `refs/pull/${String(n)}/merge`,
    workspace: await mkdtemp(join(tmpdir(), 'ml-gates-approval-bundle-')),
    inputs: { environment: 'prod', 'upload-artifact': 'false', ...(o.inputs ?? {}) },
    env: {
      // This emulator has no list lag: fast write pacing and a short comment settle time keep CI off the real
      // clock (production keeps GitHub's 1 s pacing and the 2 s settle).
      ML_GATES_WRITE_PACING_MS: '50',
      ML_GATES_COMMENT_SETTLE_MS: '100',
      GITHUB_WORKFLOW_REF: o.workflowRef ?? `${REPO}/${WORKFLOW}@refs/heads/main`,
      GITHUB_WORKFLOW_SHA: eventName === 'issue_comment' ? sha('e') : MERGE,
      ...(o.env ?? {}),
    },
  });
}

/** The approval gate's check runs on `commit`, newest first. */
const gateRuns = (commit: string): CheckRunState[] =>
  [...repo.checkRuns.values()].filter((c) => c.name === GATE && c.headSha === commit).sort((a, b) => b.id - a.id);
/** Every green approval-gate check run, as `sha:conclusion`. */
const green = (): string[] =>
  [...repo.checkRuns.values()].filter((c) => c.name === GATE && c.conclusion === 'success').map((c) => c.headSha);

async function report(r: GateRun): Promise<Obj> {
  return JSON.parse(await readFile(join(r.workspace, '.ml-gates', 'ml-gates.json'), 'utf8')) as Obj;
}

const bundleMissing = !hasBundle('approval-gate');

(bundleMissing ? describe.skip : describe)(
  `approval-gate bundle: approvals and green checks bound to the judged commit${bundleMissing ? ' (no bundle: node scripts/build.mjs approval-gate)' : ''}`,
  () => {
    it('force-push back: /approve comments given on B do not approve A when A becomes the tip again', async () => {
      const pull = openPull([A, B]);
      pushTo(w, pull, B, T(1), { actor: 'author' });
      comment(pull, 'lead1', '/approve', T(2));
      comment(pull, 'lead2', '/ml-gates approve', T(3));
      pushTo(w, pull, A, T(4), { actor: 'author', force: true });
      let r = await run('issue_comment', commentPayload(pull));
      expect(r.outputs.verdict).toBe('fail');
      expect(r.code).not.toBe(0);
      expect(gateRuns(A)[0]!.conclusion).toBe('action_required');
      expect(green()).toEqual([]);
      expect(JSON.stringify(await report(r))).toMatch(/posted before a{12} last became the branch tip/);

      // A fresh /approve after the force-push approves A.
      comment(pull, 'lead1', '/approve', T(5));
      r = await run('issue_comment', commentPayload(pull));
      expect(r.outputs.verdict).toBe('pass');
      expect(gateRuns(A)[0]!.conclusion).toBe('success');
      expect(green()).toEqual([A]);
    });

    it('force-push back on a fork: a plain /approve never counts there (fork pushes are not recorded)', async () => {
      const pull = openPull([A, B], { headRepo: 'mallory/models' });
      pushTo(w, pull, B, T(1), { actor: 'mallory', sameRepo: false });
      comment(pull, 'lead1', '/approve', T(2));
      pushTo(w, pull, A, T(4), { actor: 'mallory', force: true, sameRepo: false });
      const r = await run('issue_comment', commentPayload(pull));
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      expect(w.reads).not.toContain(`ml-gates.yml@feature`);
    });

    it('head moving during the run: the decision for H never lands on H2, and H is not passed either', async () => {
      const pull = openPull([A]);
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      comment(pull, 'lead1', '/approve', T(2));
      // The author pushes H2 while the gate reads the PR's commits.
      w.after['GET /repos/{owner}/{repo}/pulls/{pull_number}/commits'] = () =>
        pushTo(w, pull, H2, T(3), { actor: 'author' });
      const r = await run('issue_comment', commentPayload(pull));
      expect(pull.headSha).toBe(H2);
      expect(gateRuns(H2)).toEqual([]);
      expect(green()).toEqual([]);
      expect(gateRuns(A)[0]!.conclusion).toBe('failure');
      expect(gateRuns(A)[0]!.output.summary ?? '').toMatch(/moved from a{12} to c{12}/);
      expect(r.outputs.verdict).toBe('fail');
    });

    it('stale re-run payload: the result and its check run are about the current head, never the payload head', async () => {
      const pull = openPull([A, B]);
      pushTo(w, pull, B, T(1), { actor: 'author' });
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: B });
      // A re-run of the workflow run of A reuses A's payload.
      const r = await run('pull_request', prPayload(pull, 'synchronize', A));
      expect(r.outputs.verdict).toBe('pass');
      expect(gateRuns(A)).toEqual([]);
      expect(green()).toEqual([B]);
      const json = await report(r);
      expect((json.results as Obj[])[0]!.commit).toBe(B);
      expect(JSON.stringify(json)).toMatch(/The event names a{12}, but the head of #\d+ is now b{12}/);
    });

    it('a PR against a lax base is judged by the default branch policy too, before and after retargeting', async () => {
      w.files.rc = {
        'ml-gates.yml': BASE_CONFIG.replace('approval-gate:', 'approval-gate:\n    environments: [staging]'),
      };
      const pull = openPull([A], { baseRef: 'rc' });
      let r = await run('pull_request', prPayload(pull, 'opened'));
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      expect(w.reads).toContain('ml-gates.yml@main');

      // Retargeted to main: `pull_request: edited` runs the gate again, under main's policy.
      pull.baseRef = 'main';
      r = await run('pull_request', prPayload(pull, 'edited'));
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      r = await run('pull_request', prPayload(pull, 'edited'));
      expect(r.outputs.verdict).toBe('pass');
      expect(green()).toEqual([A]);
    });

    it('a stricter base adds its approvers to the default branch policy', async () => {
      w.files.rc = {
        'ml-gates.yml': BASE_CONFIG.replace('user-facing: false', 'user-facing: true').replace(
          'pii: false',
          'pii: true',
        ),
      };
      const pull = openPull([A], { baseRef: 'rc' });
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      let r = await run('pull_request', prPayload(pull, 'opened'));
      expect(r.outputs.verdict).toBe('fail');
      expect(r.stdout).toMatch(/security-lead/);
      repo.addReview({ pullNumber: pull.number, user: 'sec1', state: 'APPROVED', commitId: A });
      r = await run('pull_request', prPayload(pull, 'synchronize'));
      expect(r.outputs.verdict).toBe('pass');
    });

    it('an indented, quoted, fenced, listed or commented-out /approve is not a command', async () => {
      const pull = openPull([A]);
      comment(pull, 'lead1', '    /approve', T(2));
      comment(pull, 'lead2', '> /approve', T(2));
      comment(pull, 'lead1', '```\n/approve\n```', T(3));
      comment(pull, 'lead2', '<!--\n/approve\n-->', T(3));
      comment(pull, 'lead1', '- /approve', T(4));
      let r = await run('issue_comment', commentPayload(pull));
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      comment(pull, 'lead2', 'Checked the drift report.\n\n/approve', T(5));
      r = await run('issue_comment', commentPayload(pull));
      expect(r.outputs.verdict).toBe('pass');
    });

    it('a workflow file the PR changed never reports success, and says why', async () => {
      const pull = openPull([A]);
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      w.files[MERGE] = { [WORKFLOW]: WORKFLOW_TEXT.replace('jobs: {}', 'jobs: { fake: {} }') };
      const ref = `${REPO}/${WORKFLOW}@refs/pull/${pull.number}/merge`;
      let r = await run('pull_request', prPayload(pull, 'synchronize'), { workflowRef: ref });
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      expect(gateRuns(A)[0]!.output.summary ?? '').toMatch(/differs from its copy on main/);
      // A workflow the PR added is no better.
      w.files[MERGE] = { [WORKFLOW.replace('approval', 'mine')]: WORKFLOW_TEXT };
      r = await run('pull_request', prPayload(pull, 'synchronize'), { workflowRef: ref.replace('approval', 'mine') });
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      // Unchanged: the same approvals pass.
      w.files[MERGE] = { [WORKFLOW]: WORKFLOW_TEXT };
      r = await run('pull_request', prPayload(pull, 'synchronize'), { workflowRef: ref });
      expect(r.outputs.verdict).toBe('pass');
      expect(green()).toEqual([A]);
      // 400 files changed, a reusable workflow among those GitHub's comparison leaves out (it lists 300): not a pass.
      w.changed[MERGE] = Array.from({ length: 400 }, (_, i) =>
        i === 350 ? '.github/workflows/approval-reusable.yml' : `data/part-${i}.csv`,
      );
      r = await run('pull_request', prPayload(pull, 'synchronize'), { workflowRef: ref });
      expect(r.outputs.verdict).toBe('fail');
      expect(gateRuns(A)[0]!.output.summary ?? '').toMatch(/approval\\?\.workflow\\?-unverified/);
    });

    it('approvals given while A was the tip, then B, then A forced back (pull_request synchronize): no green on A', async () => {
      const pull = openPull([A, B]);
      comment(pull, 'lead1', '/approve', T(2));
      comment(pull, 'lead2', `/approve ${A.slice(0, 7)}`, T(2));
      pushTo(w, pull, B, T(3), { actor: 'author' });
      pushTo(w, pull, A, T(4), { actor: 'author', force: true });
      const r = await run('pull_request', prPayload(pull, 'synchronize'));
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      expect(gateRuns(A)[0]!.conclusion).toBe('action_required');
    });

    it('head moving during a pull_request_review run: nothing green on the reviewed head nor on the new one', async () => {
      const pull = openPull([A]);
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      w.after['GET /repos/{owner}/{repo}/commits/{ref}/check-suites'] = () =>
        pushTo(w, pull, H2, T(3), { actor: 'author' });
      const r = await run('pull_request_review', reviewPayload(pull, A));
      expect(pull.headSha).toBe(H2);
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      expect(gateRuns(H2)).toEqual([]);
    });

    it('head leaving and coming back during an issue_comment run: a comment about the commit in between never passes', async () => {
      const pull = openPull([A, B]);
      w.after['GET /repos/{owner}/{repo}/activity'] = () => {
        pushTo(w, pull, B, T(3), { actor: 'author' });
        comment(pull, 'lead1', '/approve', '2026-01-05T10:03:30Z');
        pushTo(w, pull, A, T(4), { actor: 'author', force: true });
      };
      const r = await run('issue_comment', commentPayload(pull));
      expect(pull.headSha).toBe(A);
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
      expect(gateRuns(A)[0]!.output.summary ?? '').toMatch(/approval\\?\.head\\?-moved/);
    });

    it('a stale pull_request_review payload (a review of an older head): the current head is judged, the old one gets nothing', async () => {
      const pull = openPull([A, B]);
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      pushTo(w, pull, B, T(1), { actor: 'author' });
      let r = await run('pull_request_review', reviewPayload(pull, A));
      expect(r.outputs.verdict).toBe('fail');
      expect(gateRuns(A)).toEqual([]);
      expect(green()).toEqual([]);
      repo.addReview({ pullNumber: pull.number, user: 'lead2', state: 'APPROVED', commitId: B });
      r = await run('pull_request_review', reviewPayload(pull, A));
      expect(r.outputs.verdict).toBe('pass');
      expect(green()).toEqual([B]);
    });

    it('a command folded in <details>, or given by a homoglyph, is not a command', async () => {
      const pull = openPull([A]);
      comment(pull, 'lead1', '<details><summary>how to approve</summary>\n\n/approve\n\n</details>', T(2));
      comment(pull, 'lead2', '/\u0430pprove', T(2));
      const r = await run('issue_comment', commentPayload(pull));
      expect(r.outputs.verdict).toBe('fail');
      expect(green()).toEqual([]);
    });

    it('the workflow file unchanged but a reusable workflow or local action it calls changed by the PR: never success', async () => {
      const pull = openPull([A]);
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      const ref = `${REPO}/${WORKFLOW}@refs/pull/${pull.number}/merge`;
      for (const changed of [
        '.github/workflows/approval-reusable.yml',
        '.github/actions/approve/action.yml',
        'tools/gate/action.yaml',
      ]) {
        w.changed[MERGE] = ['models/model.onnx', changed];
        const r = await run('pull_request', prPayload(pull, 'synchronize'), { workflowRef: ref });
        expect(`${changed}: ${r.outputs.verdict}`).toBe(`${changed}: fail`);
        expect(gateRuns(A)[0]!.output.summary ?? '').toMatch(/approval\\?\.workflow\\?-modified/);
      }
      expect(green()).toEqual([]);
      // The comparison cannot be read: an error, not a pass.
      w.changed[MERGE] = ['models/model.onnx', '.github/CODEOWNERS'];
      emu.state.faults.push({ method: 'GET', path: /\/compare\//, status: 502, times: 10 });
      let r = await run('pull_request', prPayload(pull, 'synchronize'), {
        workflowRef: ref,
        env: { ML_GATES_API_RETRIES: '0' },
      });
      expect(r.outputs.verdict).toBe('error');
      emu.state.faults.length = 0;
      // Only other files changed: the same run passes.
      r = await run('pull_request', prPayload(pull, 'synchronize'), { workflowRef: ref });
      expect(r.outputs.verdict).toBe('pass');
      expect(green()).toEqual([A]);
    });

    it('the running workflow unknown or unreadable: never success', async () => {
      const pull = openPull([A]);
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      let r = await run('pull_request', prPayload(pull, 'synchronize'), { workflowRef: '' });
      expect(r.outputs.verdict).toBe('fail');
      expect(gateRuns(A)[0]!.output.summary ?? '').toMatch(/approval\\?\.workflow\\?-unverified/);
      // The default branch's copy cannot be read: an error, not a pass.
      emu.state.faults.push({ method: 'GET', path: /\/contents\/\.github/, status: 500, times: 10 });
      r = await run('pull_request', prPayload(pull, 'synchronize'), { env: { ML_GATES_API_RETRIES: '0' } });
      expect(r.outputs.verdict).toBe('error');
      expect(green()).toEqual([]);
    });

    it('invalid on-failure or max-annotations: exit 2 before anything runs, naming the input and the allowed values', async () => {
      const pull = openPull([A]);
      const before = emu.state.requests.length;
      let r = await run('pull_request', prPayload(pull, 'synchronize'), { inputs: { 'on-failure': 'always' } });
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/Input "on-failure" must be one of none, issue, got "always"/);
      r = await run('pull_request', prPayload(pull, 'synchronize'), { inputs: { 'max-annotations': '-5' } });
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/Input "max-annotations" must be a whole number from 0 to 1000, got "-5"/);
      expect(emu.state.requests.length).toBe(before);
    });

    it('GitHub unreachable: an error verdict, exit 3, the job summary and the JSON report all the same', async () => {
      const pull = openPull([A]);
      // A port nothing listens on: every API call fails to connect.
      const closed = await new Promise<string>((resolvePort) => {
        const srv = createServer();
        srv.listen(0, '127.0.0.1', () => {
          const { port } = srv.address() as AddressInfo;
          srv.close(() => resolvePort(`http://127.0.0.1:${port}`));
        });
      });
      const started = Date.now();
      // No retries: production's backoff (3 retries, ~14 s per request) would only make the test slow.
      const r = await run('pull_request', prPayload(pull, 'synchronize'), {
        apiUrl: closed,
        env: { ML_GATES_API_RETRIES: '0' },
      });
      expect(r.code).toBe(3);
      expect(r.outputs.verdict).toBe('error');
      expect(r.summary).toMatch(/approval-gate: error/);
      const json = await report(r);
      expect((json.results as Obj[])[0]!.verdict).toBe('error');
      expect(r.stdout).toMatch(/::warning::ml-gates could not publish the check run of approval-gate/);
      expect(green()).toEqual([]);
      console.log(`approval-gate bundle with GitHub unreachable: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }, 120_000);
  },
);

describe('example approval workflows', () => {
  it('re-run the gate on every event that can change the head, the base or the approvals', async () => {
    for (const file of ['ml-gates-approval.yml', 'ml-gates-approval-pull-request-target.yml']) {
      const wf = parseYaml(await readFile(join(ROOT, 'examples', 'workflows', file), 'utf8')) as {
        on: Record<string, { types?: string[] }>;
      };
      const prEvent = wf.on.pull_request_target ?? wf.on.pull_request;
      expect(`${file}: ${[...(prEvent?.types ?? [])].sort().join(',')}`).toMatch(
        /edited.*opened.*reopened.*synchronize/,
      );
      expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['pull_request_review', 'issue_comment']));
      // An /approve edited or deleted after the check went green must be judged again.
      expect(`${file}: ${[...(wf.on.issue_comment?.types ?? [])].sort().join(',')}`).toBe(
        `${file}: created,deleted,edited`,
      );
      // A comment whose job is skipped must not cancel a run still deciding: no workflow-level concurrency.
      expect(`${file}: ${JSON.stringify((wf as { concurrency?: unknown }).concurrency)}`).toBe(`${file}: undefined`);
    }
  });
});
