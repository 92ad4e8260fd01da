/**
 * End to end: the real Octokit reader (packages/core/src/github/approvals.ts) with the shared GitHub
 * client, against the local GitHub API emulator (responses validated against GitHub's OpenAPI description),
 * driven by real webhook payloads from @octokit/webhooks-examples.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { parseConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { approvalGate, type AuditRecord } from '@ml-gates/approval-gate';
import { createClient } from '@ml-gates/core/github';
import { createApprovalReader, promotionContext } from '@ml-gates/core/github';
import { startEmulator, type Emulator, type RepoState } from '../github/emulator.js';
import { extendEmulator, type ApprovalWorld } from './emulator-ext.js';
import { BASE_CONFIG } from './memory-source.js';

type Obj = Record<string, unknown>;
const require = createRequire(import.meta.url);
const hooks = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Obj[];
}[];
const example = (name: string, action: string): Obj =>
  structuredClone(hooks.find((h) => h.name === name)!.examples.find((e) => e.action === action)!);

const reviewPayload = example('pull_request_review', 'submitted');
const pr = reviewPayload.pull_request as {
  number: number;
  head: { sha: string };
  base: { ref: string };
  user: { login: string };
};
const [OWNER, REPO] = (reviewPayload.repository as { full_name: string }).full_name.split('/') as [string, string];
const HEAD = pr.head.sha;
const OLD = '0123456789012345678901234567890123456789';
const BASE = pr.base.ref;
const AUTHOR = pr.user.login;
const PUSHED = '2026-01-01T00:00:00Z';

let emu: Emulator;
let repo: RepoState;
let w: ApprovalWorld;

beforeAll(() => {
  process.env.GITHUB_API_URL = '';
});

beforeEach(async () => {
  emu = await startEmulator();
  w = extendEmulator(emu);
  repo = emu.state.addRepo(`${OWNER}/${REPO}`, { defaultBranch: BASE });
  emu.state.addToken('ghs_job', { login: 'github-actions[bot]', type: 'Bot' });
  emu.state.addToken('ghp_team', { login: 'org-reader', type: 'User' });
  w.teamReaders.add('org-reader');
  repo.addPull({ number: pr.number, headSha: HEAD, user: AUTHOR, baseRef: BASE, headRef: 'feature' });
  w.activity.feature = [{ before: OLD, after: HEAD, at: PUSHED, actor: AUTHOR, type: 'push' }];
  for (const [login, perm] of Object.entries({ lead1: 'write', sec1: 'admin', reader: 'read', [AUTHOR]: 'admin' })) {
    repo.setPermission(login, perm);
  }
  w.prCommits[pr.number] = [
    { sha: OLD, author: AUTHOR, committer: AUTHOR, date: '2025-12-31T00:00:00Z' },
    { sha: HEAD, author: AUTHOR, committer: AUTHOR, date: PUSHED },
  ];
  w.suites[HEAD] = PUSHED;
  w.deployed = true;
  w.files[BASE] = { 'ml-gates.yml': BASE_CONFIG };
  const job = client();
  for (const gate of ['model-scan', 'data-gate']) {
    await job.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: `ml-gates / ${gate}`,
      head_sha: HEAD,
      conclusion: 'success',
    });
  }
});

afterEach(async () => {
  await emu.close(); // before asserting, so a failure never leaves the server running
  expect(emu.state.violations).toEqual([]);
});

afterAll(() => {
  delete process.env.GITHUB_API_URL;
});

function client(token = 'ghs_job') {
  return createClient({
    token,
    baseUrl: emu.url,
    retries: 0,
    throttle: false,
    logger: { warning: () => {}, debug: () => {} },
  });
}

async function evaluate(
  eventName: string,
  payload: Obj,
  opts: { headConfig?: string; teamToken?: string } = {},
): Promise<GateResult> {
  const source = createApprovalReader({
    client: client(),
    ...(opts.teamToken ? { teamClient: client(opts.teamToken) } : {}),
    owner: OWNER,
    repo: REPO,
    eventName,
    payload,
    environment: 'prod',
  });
  const { config } = parseConfig(opts.headConfig ?? w.files[BASE]!['ml-gates.yml']!, 'ml-gates.yml', [approvalGate]);
  return runGate(approvalGate, { config, cwd: '.', logger: silentLogger, services: { approvals: source } });
}

const ignored = (r: GateResult): string[] =>
  ((r.details?.ignored ?? []) as { login: string; reason: string }[]).map((i) => `${i.login}: ${i.reason}`).sort();

function addComment(login: string, body: string, createdAt: string, updatedAt = createdAt): void {
  emu.state.ensureUser(login, login.endsWith('[bot]') ? 'Bot' : 'User');
  const id = emu.state.nextId();
  repo.comments.set(id, { id, issueNumber: pr.number, body, user: login, createdAt, updatedAt });
}

describe('approval-gate against the GitHub API emulator', () => {
  it('reads the event from real payloads', () => {
    expect(promotionContext({ eventName: 'pull_request_review', payload: reviewPayload })).toEqual({
      eventName: 'pull_request_review',
      pullRequest: pr.number,
      headSha: HEAD,
    });
    const sync = example('pull_request', 'synchronize');
    const ctx = promotionContext({ eventName: 'pull_request', payload: sync });
    expect(ctx.pusher).toBe((sync.sender as { login: string }).login);
    const plainIssue = example('issue_comment', 'created');
    expect(promotionContext({ eventName: 'issue_comment', payload: plainIssue }).pullRequest).toBeUndefined();
    const push = hooks.find((h) => h.name === 'push')!.examples[0]!;
    expect(promotionContext({ eventName: 'push', payload: push }).sha).toBe(push.after);
  });

  it('medium risk: an ml-lead review of the head commit passes and the audit record names it', async () => {
    repo.addReview({ pullNumber: pr.number, user: 'lead1', state: 'APPROVED', commitId: HEAD });
    const r = await evaluate('pull_request_review', reviewPayload);
    expect(r.verdict).toBe('pass');
    const audit = r.details?.audit as AuditRecord;
    expect(audit).toMatchObject({ approvedSha: HEAD, configRef: BASE, risk: { level: 'medium' } });
    expect(audit.approvals).toMatchObject([{ login: 'lead1', role: 'ml-lead', via: 'review', sha: HEAD }]);
    expect(audit.gateResults.map((g) => `${g.gate}:${g.status}`)).toEqual(['data-gate:passed', 'model-scan:passed']);
  });

  it('ignores an older commit, the author, a bot; CHANGES_REQUESTED withdraws', async () => {
    repo.addReview({ pullNumber: pr.number, user: 'lead1', state: 'APPROVED', commitId: OLD });
    repo.addReview({ pullNumber: pr.number, user: AUTHOR, state: 'APPROVED', commitId: HEAD });
    repo.addReview({ pullNumber: pr.number, user: 'dependabot[bot]', state: 'APPROVED', commitId: HEAD });
    repo.addReview({ pullNumber: pr.number, user: 'sec1', state: 'APPROVED', commitId: HEAD });
    repo.addReview({ pullNumber: pr.number, user: 'sec1', state: 'CHANGES_REQUESTED', commitId: HEAD });
    const r = await evaluate('pull_request_review', reviewPayload);
    expect(r.verdict).toBe('fail');
    expect(r.actionRequired).toBe(true);
    expect(ignored(r)).toEqual([
      `${AUTHOR}: PR author: cannot approve their own change`,
      'dependabot[bot]: bots cannot approve',
      expect.stringMatching(/^lead1: approved an older commit/),
      expect.stringMatching(/^sec1: withdrawn by a later CHANGES_REQUESTED/),
    ]);
  });

  it('issue_comment: /approve from a read-only user and an edited /approve are ignored; a writer counts', async () => {
    const payload = example('issue_comment', 'created');
    (payload.issue as Obj).number = pr.number;
    (payload.issue as Obj).pull_request = { url: `${emu.url}/repos/${OWNER}/${REPO}/pulls/${pr.number}` };
    repo.setPermission('lead2', 'write');
    w.files[BASE]!['ml-gates.yml'] = BASE_CONFIG.replace('[lead1, lead2]', '[lead1, lead2, reader]');
    addComment('reader', '/approve', '2026-01-02T00:00:00Z');
    addComment('lead1', '/approve', '2026-01-02T00:01:00Z', '2026-01-02T00:05:00Z');
    addComment('lead2', '/approve', '2025-12-31T12:00:00Z'); // before the head was pushed
    let r = await evaluate('issue_comment', payload);
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      expect.stringMatching(/^lead1: comment was edited/),
      expect.stringMatching(/^lead2: posted before the head commit/),
      'reader: repository permission is read; commands need write or higher',
    ]);
    addComment('lead2', '/approve', '2026-01-02T00:10:00Z');
    r = await evaluate('issue_comment', payload);
    expect(r.verdict).toBe('pass');
    expect((r.details?.audit as AuditRecord).approvals).toMatchObject([{ login: 'lead2', via: 'comment' }]);
  });

  it('high and critical risk from the base metadata and the check runs of the other gates', async () => {
    w.files[BASE]!['ml-gates.yml'] = BASE_CONFIG.replace('user-facing: false', 'user-facing: true');
    await client().rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'ml-gates / model-scan',
      head_sha: HEAD,
      conclusion: 'failure',
    });
    repo.addReview({ pullNumber: pr.number, user: 'lead1', state: 'APPROVED', commitId: HEAD });
    let r = await evaluate('pull_request_review', reviewPayload);
    expect(r.details?.risk).toMatchObject({ level: 'high', score: 2 });
    expect(r.details?.missing).toEqual({ 'security-lead': 1 });
    repo.addReview({ pullNumber: pr.number, user: 'sec1', state: 'APPROVED', commitId: HEAD });
    expect((await evaluate('pull_request_review', reviewPayload)).verdict).toBe('pass');

    w.deployed = false; // first deployment
    w.files[BASE]!['ml-gates.yml'] = BASE_CONFIG.replace('user-facing: false', 'user-facing: true').replace(
      'pii: false',
      'pii: true',
    );
    r = await evaluate('pull_request_review', reviewPayload);
    expect(r.details?.risk).toMatchObject({ level: 'critical', score: 4 });
    expect(r.details?.missing).toEqual({ 'compliance-officer': 1, cto: 1 });
  });

  it('a PR lowering its risk in ml-gates.yml is judged by the base branch config', async () => {
    w.files[BASE]!['ml-gates.yml'] = BASE_CONFIG.replace('user-facing: false', 'user-facing: true').replace(
      'pii: false',
      'pii: true',
    );
    const headConfig = BASE_CONFIG.replace('[sec1]', `[sec1, ${AUTHOR}]`);
    w.files[HEAD] = { 'ml-gates.yml': headConfig };
    repo.addReview({ pullNumber: pr.number, user: 'lead1', state: 'APPROVED', commitId: HEAD });
    const r = await evaluate('pull_request_review', reviewPayload, { headConfig });
    expect(r.details?.risk).toMatchObject({ level: 'high' });
    expect(r.verdict).toBe('fail');
    expect(w.reads).toEqual([`ml-gates.yml@${BASE}`]);
  });

  it('teams: the job token fails clearly; a team-token reads membership', async () => {
    w.files[BASE]!['ml-gates.yml'] = BASE_CONFIG.replace(
      'ml-lead: { users: [lead1, lead2] }',
      'ml-lead: { teams: [octo-org/ml-leads] }',
    );
    emu.state.addTeamMember('octo-org', 'ml-leads', 'teamlead');
    repo.setPermission('teamlead', 'write');
    repo.addReview({ pullNumber: pr.number, user: 'teamlead', state: 'APPROVED', commitId: HEAD });
    let r = await evaluate('pull_request_review', reviewPayload);
    expect(r.verdict).toBe('error');
    expect(r.errors[0]).toMatch(/cannot read team membership: no "team-token" input was given/);
    r = await evaluate('pull_request_review', reviewPayload, { teamToken: 'ghs_job' });
    expect(r.verdict).toBe('error');
    expect(r.errors[0]).toMatch(/cannot read octo-org\/ml-leads \(HTTP 403\)/);
    r = await evaluate('pull_request_review', reviewPayload, { teamToken: 'ghp_team' });
    expect(r.verdict).toBe('pass');
    expect((r.details?.audit as AuditRecord).approvals).toMatchObject([{ login: 'teamlead', role: 'ml-lead' }]);
  });

  it('push: the merged PR that introduced the commit supplies the approvals; policy from its base commit', async () => {
    const push = structuredClone(hooks.find((h) => h.name === 'push')!.examples[0]!);
    const pullView = (await client().rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: pr.number })).data;
    repo.pulls.get(pr.number)!.state = 'closed';
    const merge = pullView.merge_commit_sha!;
    const baseSha = pullView.base.sha;
    push.after = merge;
    w.mergedPulls[merge] = pr.number;
    w.commits.push({
      sha: merge,
      author: AUTHOR,
      committer: 'web-flow',
      date: '2026-01-03T00:00:00Z',
      tree: 'tree-of-head',
    });
    w.prCommits[pr.number]![1]!.tree = 'tree-of-head';
    // main now carries a weaker policy; the base commit the PR was merged onto does not
    w.files[baseSha] = { 'ml-gates.yml': BASE_CONFIG.replace('[lead1, lead2]', '[lead1]') };
    w.files[BASE]!['ml-gates.yml'] = BASE_CONFIG.replace('[lead1, lead2]', `[lead1, ${AUTHOR}]`);
    for (const gate of ['model-scan', 'data-gate']) {
      await client().rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: `ml-gates / ${gate}`,
        head_sha: merge,
        conclusion: 'success',
      });
    }
    repo.addReview({ pullNumber: pr.number, user: AUTHOR, state: 'APPROVED', commitId: HEAD });
    let r = await evaluate('push', push);
    expect(r.verdict).toBe('fail');
    expect(w.reads).toEqual([`ml-gates.yml@${baseSha}`]);
    repo.addReview({ pullNumber: pr.number, user: 'lead1', state: 'APPROVED', commitId: HEAD });
    r = await evaluate('push', push);
    expect(r.verdict).toBe('pass');
    expect(r.details?.audit).toMatchObject({ approvedSha: HEAD, promotedSha: merge, configRef: baseSha });
  });
});
