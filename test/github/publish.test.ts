import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBaselineService } from '../../packages/core/src/github/baseline.js';
import { buildCheckRun, publishCheckRun } from '../../packages/core/src/github/check-run.js';
import { createClient, type GitHubClient } from '../../packages/core/src/github/client.js';
import type { RunContext } from '../../packages/core/src/github/context.js';
import { syncFailureIssue } from '../../packages/core/src/github/failure-issue.js';
import { syncPrComment } from '../../packages/core/src/github/pr-comment.js';
import { publishResults, readPublishSettings, type PublishSettings } from '../../packages/core/src/github/publish.js';
import { withJudgedCommit } from '../../packages/core/src/github/action.js';
import { isUserError } from '../../packages/core/src/errors.js';
import { COMMENT_MARKER, parseCommentIndex } from '../../packages/core/src/report/comment.js';
import { startEmulator, type Emulator, type RepoState } from './emulator.js';
import { finding, makeResult } from './results.js';

// This emulator has no list lag: a short comment settle time keeps the tests off the real clock (2 s by default).
process.env.ML_GATES_COMMENT_SETTLE_MS = '100';

const OWNER = 'octo-org';
const NAME = 'models';
const repoRef = { owner: OWNER, repo: NAME };
const quiet = { warning: () => undefined, debug: () => undefined };
const GATES = ['data-gate', 'model-scan', 'adversarial-gate', 'performance-gate', 'approval-gate'];
const sha = (n: number): string => n.toString(16).padStart(40, '0');

let emu: Emulator;
let repo: RepoState;
let gh: GitHubClient;

beforeAll(async () => {
  emu = await startEmulator();
  repo = emu.state.addRepo(`${OWNER}/${NAME}`);
  emu.state.addToken('ghs_ok', { login: 'github-actions[bot]', type: 'Bot' });
  emu.state.addToken('ghs_ro', { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
  gh = createClient({ token: 'ghs_ok', baseUrl: emu.url, logger: quiet, retries: 0, throttle: false });
});
afterEach(() => {
  expect(emu.state.violations).toEqual([]);
});
afterAll(() => emu.close());

async function publishGate(gate: string, pull: number, head: string, client = gh): Promise<void> {
  const result = makeResult(gate, gate === 'model-scan' ? 'fail' : 'pass', {
    findings: gate === 'model-scan' ? [finding(1, 'critical')] : [],
  });
  const payload = buildCheckRun(result, { headSha: head, reportPointer: 'the job summary' });
  const { id, url } = await publishCheckRun(client, repoRef, payload);
  await syncPrComment(client, { ...repoRef, pullNumber: pull, headSha: head }, [
    { gate, result, checkRunId: id, checkRunUrl: url, sha: head },
  ]);
}

function ourComments(pull: number) {
  return repo.commentsOn(pull).filter((c) => c.body.startsWith(COMMENT_MARKER));
}

describe('one PR comment for all gates', () => {
  it('five gates publishing at the same moment leave exactly one comment with five sections (10 repetitions)', async () => {
    for (let rep = 0; rep < 10; rep++) {
      const head = sha(1000 + rep);
      const pull = repo.addPull({ headSha: head }).number;
      // Separate clients, as separate jobs would have.
      const clients = GATES.map(() =>
        createClient({ token: 'ghs_ok', baseUrl: emu.url, logger: quiet, retries: 0, throttle: false }),
      );
      await Promise.all(GATES.map((g, i) => publishGate(g, pull, head, clients[i])));
      const comments = ourComments(pull);
      expect(comments).toHaveLength(1);
      expect(Object.keys(parseCommentIndex(comments[0]!.body)!.gates).sort()).toEqual([...GATES].sort());
      expect(comments[0]!.body.match(/<details/g)).toHaveLength(5);
    }
  }, 300_000);

  it('updates the comment in place on a re-run, and marks sections of an older head stale', async () => {
    const head = sha(5000);
    const pull = repo.addPull({ headSha: head }).number;
    await Promise.all(GATES.map((g) => publishGate(g, pull, head)));
    const first = ourComments(pull);
    expect(first).toHaveLength(1);
    const id = first[0]!.id;

    await publishGate('model-scan', pull, head);
    expect(ourComments(pull).map((c) => c.id)).toEqual([id]);

    const next = sha(5001);
    repo.pulls.get(pull)!.headSha = next;
    await publishGate('data-gate', pull, next);
    const body = ourComments(pull)[0]!.body;
    expect(ourComments(pull).map((c) => c.id)).toEqual([id]);
    const index = parseCommentIndex(body)!;
    expect(index.head).toBe(next);
    expect(index.gates['data-gate']!.sha).toBe(next);
    expect(index.gates['model-scan']!.sha).toBe(head);
    expect(body.match(/from an older commit/g)).toHaveLength(4);
    expect(body).not.toMatch(/data\\-gate<\/b>: pass — [^\n]*older commit/);
  });

  it('a slow gate of an older head does not overwrite the newer comment with old sections', async () => {
    const oldHead = sha(6000);
    const newHead = sha(6001);
    const pull = repo.addPull({ headSha: newHead }).number;
    await publishGate('data-gate', pull, newHead);
    await publishGate('model-scan', pull, oldHead);
    const index = parseCommentIndex(ourComments(pull)[0]!.body)!;
    expect(index.head).toBe(newHead);
    expect(index.gates['data-gate']!.sha).toBe(newHead);
    expect(index.gates['model-scan']!.sha).toBe(oldHead);
  });

  it('folds abandoned duplicate comments into the oldest and never touches a user’s comment', async () => {
    const head = sha(7000);
    const pull = repo.addPull({ headSha: head }).number;
    const now = emu.state.now();
    const abandoned = new Date(Date.now() - 600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    for (let i = 0; i < 2; i++) {
      const id = emu.state.nextId();
      repo.comments.set(id, {
        id,
        issueNumber: pull,
        body: `${COMMENT_MARKER}\nold ${i}`,
        user: 'github-actions[bot]',
        createdAt: abandoned,
        updatedAt: abandoned,
      });
    }
    // A user's comment quoting the marker is never touched.
    const userId = emu.state.nextId();
    repo.comments.set(userId, {
      id: userId,
      issueNumber: pull,
      body: `${COMMENT_MARKER}\nmine`,
      user: 'mallory',
      createdAt: now,
      updatedAt: now,
    });
    await publishGate('model-scan', pull, head);
    const ours = ourComments(pull).filter((c) => c.user !== 'mallory');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toMatch(/model\\-scan/);
    expect(repo.comments.get(userId)!.body).toBe(`${COMMENT_MARKER}\nmine`);
  });
});

describe('check runs', () => {
  it('sends annotations 50 per request', async () => {
    const findings = Array.from({ length: 120 }, (_, i) => finding(i, 'high'));
    const payload = buildCheckRun(makeResult('model-scan', 'fail', { findings }), {
      headSha: sha(8000),
      reportPointer: 'x',
    });
    const n = emu.state.requests.length;
    const { id } = await publishCheckRun(gh, repoRef, payload);
    const calls = emu.state.requests.slice(n).map((r) => `${r.method} ${r.status}`);
    expect(calls).toEqual(['POST 201', 'PATCH 200', 'PATCH 200']);
    expect(repo.checkRuns.get(id)!.annotations).toHaveLength(120);
    expect(repo.checkRuns.get(id)!.conclusion).toBe('failure');
  });
});

describe('publishResults', () => {
  let output: string[];
  const settings = (over: Partial<PublishSettings> = {}): PublishSettings => ({
    token: 'x',
    checkRun: true,
    comment: true,
    artifact: true,
    onFailure: 'none',
    maxAnnotations: 250,
    workspace: process.cwd(),
    ...over,
  });
  const ctx = (over: Partial<RunContext> = {}): RunContext => ({
    owner: OWNER,
    repo: NAME,
    eventName: 'pull_request',
    headSha: sha(9000),
    pullNumber: undefined,
    fromFork: false,
    defaultBranch: 'main',
    ref: 'refs/pull/1/merge',
    runUrl: 'https://github.com/octo-org/models/actions/runs/1',
    runId: 1,
    workflowFile: 'ml.yml',
    serverUrl: 'https://github.com',
    payload: {},
    ...over,
  });
  beforeAll(() => {
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  });
  afterAll(() => {
    jest.restoreAllMocks();
  });

  it('on a fork PR (read-only token) says in ONE warning line what it could not publish and why', async () => {
    output = [];
    const head = sha(9001);
    const pull = repo.addPull({ headSha: head, headRepo: 'mallory/models' }).number;
    const ro = createClient({ token: 'ghs_ro', baseUrl: emu.url, logger: quiet, retries: 0, throttle: false });
    const results = [makeResult('model-scan', 'fail', { findings: [finding(1, 'high')] })];
    await publishResults(results, [], settings(), ctx({ headSha: head, pullNumber: pull, fromFork: true }), ro);
    const warnings = output
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('::warning::'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/artifact service is not available/);
    expect(warnings[1]).toMatch(
      /could not publish the check run of model-scan and PR comment: the token is read-only \(HTTP 403\).*forks.*Dependabot/,
    );
    expect(repo.commentsOn(pull)).toHaveLength(0);
  });

  it('opens one failure issue per gate on the default branch, updates it, and closes it when the gate passes', async () => {
    output = [];
    const c = ctx({ eventName: 'push', ref: 'refs/heads/main', headSha: sha(9100) });
    const s = settings({ onFailure: 'issue', artifact: false, checkRun: true });
    await publishResults([makeResult('data-gate', 'fail')], [], s, c, gh);
    await publishResults([makeResult('data-gate', 'fail', { headline: 'still failing' })], [], s, c, gh);
    const open = [...repo.issues.values()].filter(
      (i) => !i.isPull && i.state === 'open' && i.body.includes('gate=data-gate'),
    );
    expect(open).toHaveLength(1);
    expect(open[0]!.body).toMatch(/still failing/);
    await publishResults([makeResult('data-gate', 'pass')], [], s, c, gh);
    expect(open[0]!.state).toBe('closed');
    expect(repo.commentsOn(open[0]!.number).at(-1)!.body).toMatch(/pass again/);
    // On a PR nothing is opened.
    const before = repo.issues.size;
    await syncFailureIssue(gh, repoRef, makeResult('model-scan', 'pass'), undefined, undefined);
    expect(repo.issues.size).toBe(before);
  });
});

describe('publishing on the judged commit (#23)', () => {
  const settings: PublishSettings = {
    token: 'x',
    checkRun: true,
    comment: true,
    artifact: false,
    onFailure: 'none',
    maxAnnotations: 250,
    workspace: process.cwd(),
  };
  const ctx = (over: Partial<RunContext>): RunContext => ({
    owner: OWNER,
    repo: NAME,
    eventName: 'issue_comment',
    headSha: undefined,
    pullNumber: undefined,
    fromFork: false,
    defaultBranch: 'main',
    ref: 'refs/heads/main',
    runUrl: undefined,
    runId: undefined,
    workflowFile: undefined,
    serverUrl: 'https://github.com',
    payload: {},
    ...over,
  });

  it('check run and comment go on result.commit; the head is never read again, even when it moved', async () => {
    const judged = sha(9300);
    const moved = sha(9301);
    const pull = repo.addPull({ headSha: moved }).number;
    const seen = emu.state.requests.length;
    const result = makeResult('approval-gate', 'pass', { commit: judged });
    await publishResults([result], [], settings, ctx({ pullNumber: pull }), gh);
    const runs = [...repo.checkRuns.values()].filter((c) => c.name === 'ml-gates / approval-gate');
    expect(runs.map((c) => c.headSha)).toContain(judged);
    expect(runs.map((c) => c.headSha)).not.toContain(moved);
    // No pulls.get from publishResults itself (the comment sync reads the head for its stale marks only).
    const first = emu.state.requests.slice(seen).find((r) => r.operationId !== undefined);
    expect(first?.operationId).toBe('checks/create');
  });

  it('a stale event head never receives the result of the commit the gate judged', async () => {
    const stale = sha(9400);
    const judged = sha(9401);
    const pull = repo.addPull({ headSha: judged }).number;
    const result = makeResult('approval-gate', 'pass', { commit: judged });
    await publishResults(
      [result],
      [],
      settings,
      ctx({ eventName: 'pull_request', pullNumber: pull, headSha: stale }),
      gh,
    );
    const on = (s: string) => [...repo.checkRuns.values()].filter((c) => c.headSha === s);
    expect(on(stale)).toEqual([]);
    expect(on(judged).map((c) => c.conclusion)).toEqual(['success']);
  });

  it('withJudgedCommit: a gate that names the commit it judged overrides the event commit', () => {
    const r = { ...makeResult('approval-gate', 'pass', { commit: sha(1) }), judgedCommit: sha(2) };
    expect(withJudgedCommit(r).commit).toBe(sha(2));
    expect(withJudgedCommit(makeResult('model-scan', 'pass', { commit: sha(1) })).commit).toBe(sha(1));
    const bad = { ...makeResult('approval-gate', 'pass', { commit: sha(1) }), judgedCommit: 'HEAD' };
    expect(withJudgedCommit(bad).commit).toBe(sha(1));
  });
});

describe('readPublishSettings', () => {
  const withInputs = (inputs: Record<string, string>, fn: () => void): void => {
    const keys = Object.keys(inputs).map((k) => `INPUT_${k.toUpperCase()}`);
    for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    try {
      fn();
    } finally {
      for (const k of keys) delete process.env[k];
    }
  };
  const problem = (inputs: Record<string, string>): string => {
    let message = 'no error';
    withInputs(inputs, () => {
      try {
        readPublishSettings();
      } catch (error) {
        message = isUserError(error) ? `${error.code}: ${error.message}` : `not a user error: ${String(error)}`;
      }
    });
    return message;
  };

  it.each([['sometimes'], ['Issue'], ['issues'], ['true']])('on-failure %j is an input error', (v) => {
    expect(problem({ 'on-failure': v })).toBe(
      `input-invalid: Input "on-failure" must be one of none, issue, got "${v}".`,
    );
  });

  it.each([['-1'], ['1.5'], ['1001'], ['lots'], ['1e3'], ['0x10']])('max-annotations %j is an input error', (v) => {
    expect(problem({ 'max-annotations': v })).toBe(
      `input-invalid: Input "max-annotations" must be a whole number from 0 to 1000, got "${v}".`,
    );
  });

  it('valid values are kept as given; defaults are none and 250', () => {
    withInputs({ 'on-failure': 'issue', 'max-annotations': '0' }, () => {
      expect(readPublishSettings()).toMatchObject({ onFailure: 'issue', maxAnnotations: 0 });
    });
    withInputs({ 'max-annotations': '1000' }, () => {
      expect(readPublishSettings()).toMatchObject({ onFailure: 'none', maxAnnotations: 1000 });
    });
    expect(readPublishSettings()).toMatchObject({ onFailure: 'none', maxAnnotations: 250 });
  });
});

describe('baseline from the default branch', () => {
  it('takes the latest successful default-branch run of the same repository, never a fork or PR branch, and says so', async () => {
    const r = emu.state.addRepo('octo-org/baseline', { defaultBranch: 'main' });
    const good = r.addRun({ workflowPath: '.github/workflows/ml.yml', headSha: sha(1), headBranch: 'main' });
    r.addArtifact(good.id, 'ml-gates-performance-gate', { 'performance-gate.json': '{"good":true}' });
    const failed = r.addRun({
      workflowPath: '.github/workflows/ml.yml',
      headSha: sha(2),
      headBranch: 'main',
      conclusion: 'failure',
    });
    r.addArtifact(failed.id, 'ml-gates-performance-gate', { 'performance-gate.json': '{"failed":true}' });
    const fork = r.addRun({
      workflowPath: '.github/workflows/ml.yml',
      headSha: sha(3),
      headBranch: 'main',
      headRepo: 'mallory/baseline',
      event: 'pull_request',
    });
    r.addArtifact(fork.id, 'ml-gates-performance-gate', { 'performance-gate.json': '{"fork":true}' });
    const pr = r.addRun({
      workflowPath: '.github/workflows/ml.yml',
      headSha: sha(4),
      headBranch: 'feature',
      event: 'pull_request',
    });
    r.addArtifact(pr.id, 'ml-gates-performance-gate', { 'performance-gate.json': '{"pr":true}' });

    const logs: string[] = [];
    const logger = {
      info: (m: string) => logs.push(m),
      warning: (m: string) => logs.push(`W ${m}`),
      debug: () => undefined,
    };
    const workspace = await mkdtemp(join(tmpdir(), 'ml-gates-baseline-'));
    await writeFile(join(workspace, 'baseline.json'), '{"file":true}');
    const downloads: number[] = [];
    const ctx: RunContext = {
      owner: 'octo-org',
      repo: 'baseline',
      eventName: 'pull_request',
      headSha: sha(5),
      pullNumber: 1,
      fromFork: false,
      defaultBranch: undefined,
      ref: 'refs/pull/1/merge',
      runUrl: undefined,
      runId: 999999,
      workflowFile: 'ml.yml',
      serverUrl: 'https://github.com',
      payload: {},
    };
    const baseline = createBaselineService({
      gh,
      token: 'ghs_ok',
      ctx,
      gates: ['performance-gate'],
      workspace,
      logger,
      download: (id, file) => {
        downloads.push(id);
        const a = r.artifacts.get(id)!;
        // The stored zip is stored uncompressed: find the file's bytes.
        const text = a.zip.toString('utf8');
        return Promise.resolve(text.includes(file) ? Buffer.from(/\{[^}]*\}/.exec(text)![0]) : undefined);
      },
    });
    const got = await baseline('performance-gate.json');
    expect(got?.content.toString()).toBe('{"good":true}');
    expect(got?.source).toMatch(/^artifact ml-gates-performance-gate of run #\d+ on main \(0000000\)$/);
    expect(downloads).toHaveLength(1);
    expect(logs.join('\n')).toMatch(/Baseline "performance-gate.json": artifact ml-gates-performance-gate/);

    // Not in the artifact: the file in the repository.
    const file = await baseline('baseline.json');
    expect(file?.source).toBe('file baseline.json in the repository');
    expect(await baseline('../etc/passwd')).toBeUndefined();
    expect(await baseline('missing.json')).toBeUndefined();
    expect(logs.join('\n')).toMatch(/none found/);

    // The API refuses (no "actions: read") or fails: an error the gate reports as "could not be fetched", never
    // "no baseline", and never the workspace's copy (which the pull request may have written).
    for (const fault of [
      { status: 403, body: { message: 'Resource not accessible by integration' } },
      { status: 502, body: { message: 'Server Error' } },
    ]) {
      emu.state.faults.push({ method: 'GET', path: /\/actions\/workflows\/[^/]+\/runs$/, ...fault });
      await expect(baseline('baseline.json')).rejects.toThrow(
        fault.status === 403
          ? /Could not fetch the baseline "baseline\.json" from the default branch: .*actions: read/
          : /Could not fetch the baseline "baseline\.json" from the default branch/,
      );
    }
  });
});
