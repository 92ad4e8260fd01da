/**
 * Red-team scenarios for issue #23 beyond the ones it names, end to end: the real Octokit reader
 * (packages/core/src/github/approvals.ts) against the GitHub API emulator, with real webhook payloads. Each
 * scenario asks whether an approval is bound to the commit that was judged and given by someone who may give it.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parseConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { approvalGate, type AuditRecord } from '@ml-gates/approval-gate';
import { createApprovalReader, createClient, promotionContext } from '@ml-gates/core/github';
import { startEmulator, type Emulator, type PullState, type RepoState } from '../github/emulator.js';
import { webhookExample } from '../github/harness.js';
import { addGreenGateRuns, extendEmulator, pushTo, type ApprovalWorld } from './emulator-ext.js';
import { BASE_CONFIG } from './memory-source.js';

type Obj = Record<string, unknown>;
const REPO = 'octo-org/models';
const [OWNER, NAME] = REPO.split('/') as [string, string];
const sha = (c: string): string => c.repeat(40);
const A = sha('a');
const B = sha('b');
const C = sha('c');
const T = (minute: number): string => new Date(Date.UTC(2026, 0, 5, 10, minute)).toISOString().replace('.000', '');

let emu: Emulator;
let repo: RepoState;
let w: ApprovalWorld;

beforeEach(async () => {
  emu = await startEmulator();
  w = extendEmulator(emu);
  repo = emu.state.addRepo(REPO, { defaultBranch: 'main' });
  emu.state.addToken('ghs_job', { login: 'github-actions[bot]', type: 'Bot' });
  for (const [login, perm] of Object.entries({ lead1: 'write', lead2: 'maintain', sec1: 'admin', author: 'write' })) {
    repo.setPermission(login, perm);
  }
  w.deployed = true;
  w.files.main = { 'ml-gates.yml': BASE_CONFIG };
});

afterEach(async () => {
  await emu.close();
  expect(emu.state.violations).toEqual([]);
});

const client = () =>
  createClient({
    token: 'ghs_job',
    baseUrl: emu.url,
    retries: 0,
    throttle: false,
    logger: { warning: () => {}, debug: () => {} },
  });

/** PR by `author` on `feature` with `heads` as its commits (the first is the head), the other gates green on each. */
function openPull(heads: string[], o: { message?: Record<string, string>; headRepo?: string } = {}): PullState {
  const pull = repo.addPull({
    headSha: heads[0]!,
    user: 'author',
    headRef: 'feature',
    baseRef: 'main',
    ...(o.headRepo ? { headRepo: o.headRepo } : {}),
  });
  w.prCommits[pull.number] = heads.map((h, i) => ({
    sha: h,
    author: 'author',
    committer: 'author',
    date: T(i),
    ...(o.message?.[h] !== undefined ? { message: o.message[h] } : {}),
  }));
  if (!o.headRepo)
    w.activity.feature = [{ before: sha('0'), after: heads[0]!, at: T(0), actor: 'author', type: 'branch_creation' }];
  w.suites[heads[0]!] = T(0);
  addGreenGateRuns(emu, repo, [...heads, C], T(0));
  return pull;
}

function comment(pull: PullState, login: string, body: string, at: string, updatedAt = at): void {
  emu.state.ensureUser(login);
  const id = emu.state.nextId();
  repo.comments.set(id, { id, issueNumber: pull.number, body, user: login, createdAt: at, updatedAt });
}

function commentPayload(pull: PullState): Obj {
  const p = webhookExample('issue_comment', 'created') as Obj & { issue: Obj };
  p.issue.number = pull.number;
  p.issue.pull_request = { url: `${emu.url}/repos/${REPO}/pulls/${pull.number}` };
  return p;
}

function prPayload(pull: PullState, event = 'pull_request', action = 'synchronize', head = pull.headSha): Obj {
  const p = webhookExample('pull_request', 'synchronize') as Obj & {
    pull_request: { number: number; head: { sha: string } };
  };
  p.action = action;
  p.number = pull.number;
  p.pull_request.number = pull.number;
  p.pull_request.head.sha = head;
  return event === 'pull_request_target' ? { ...p } : p;
}

async function evaluate(eventName: string, payload: Obj, headConfig = BASE_CONFIG): Promise<GateResult> {
  const source = createApprovalReader({
    client: client(),
    owner: OWNER,
    repo: NAME,
    eventName,
    payload,
    environment: 'prod',
    sha: sha('f'),
  });
  const { config } = parseConfig(headConfig, 'ml-gates.yml', [approvalGate]);
  return runGate(approvalGate, { config, cwd: '.', logger: silentLogger, services: { approvals: source } });
}

const ignored = (r: GateResult): string[] =>
  ((r.details?.ignored ?? []) as { login: string; reason: string }[]).map((i) => `${i.login}: ${i.reason}`).sort();
const approvers = (r: GateResult): string[] =>
  ((r.details?.audit as AuditRecord | undefined)?.approvals ?? []).map((a) => `${a.login}:${a.via}`);

describe('who may approve, at decision time', () => {
  it('a review from someone who has since lost write permission does not count', async () => {
    const pull = openPull([A]);
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    expect((await evaluate('pull_request_review', prPayload(pull))).verdict).toBe('pass');
    repo.setPermission('lead1', 'read');
    let r = await evaluate('pull_request_review', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual(['lead1: repository permission is now read; approvals need write or higher']);
    // Removed from the repository altogether: the permission endpoint answers 404.
    repo.collaborators.delete('lead1');
    r = await evaluate('pull_request_review', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual(['lead1: repository permission is now none; approvals need write or higher']);
    // The same holds for a /approve comment.
    comment(pull, 'lead1', '/approve', T(5));
    r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
  });

  it('a custom repository role counts by its base level: write-based approves, read-based does not', async () => {
    const pull = openPull([A]);
    repo.setPermission('lead1', 'ml-reviewer(write)');
    repo.setPermission('lead2', 'model-auditor(read)');
    repo.addReview({ pullNumber: pull.number, user: 'lead2', state: 'APPROVED', commitId: A });
    let r = await evaluate('pull_request_review', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual(['lead2: repository permission is now read; approvals need write or higher']);
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    r = await evaluate('pull_request_review', prPayload(pull));
    expect(r.verdict).toBe('pass');
    expect(approvers(r)).toEqual(['lead1:review']);
    // A private address GitHub does not publish: the trailer's name, when it is a login, is excluded too.
    w.prCommits[pull.number]![0]!.message = 'Tune\n\nCo-authored-by: LEAD1 <l1@corp.example>';
    r = await evaluate('pull_request_review', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toContain(
      `lead1: co-author of ${A.slice(0, 12)} (Co-authored-by: LEAD1 <l1@corp.example>): cannot approve their own change`,
    );
  });

  it('a deleted account ("ghost") and GitHub App bots never approve, by review or by comment', async () => {
    const pull = openPull([A]);
    // lead1 approved, then deleted the account: GitHub shows the review and comment as the "ghost" user.
    emu.state.ensureUser('ghost');
    repo.addReview({ pullNumber: pull.number, user: 'ghost', state: 'APPROVED', commitId: A });
    comment(pull, 'ghost', '/approve', T(2));
    // A GitHub App with write access, even when the policy names it.
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace('[lead1, lead2]', '[lead2, "release-app[bot]"]');
    emu.state.ensureUser('release-app[bot]', 'Bot');
    repo.setPermission('release-app[bot]', 'write');
    comment(pull, 'release-app[bot]', '/approve', T(3));
    repo.addReview({ pullNumber: pull.number, user: 'release-app[bot]', state: 'APPROVED', commitId: A });
    const r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      'ghost: repository permission is none; commands need write or higher',
      'ghost: repository permission is now none; approvals need write or higher',
      'release-app[bot]: bots cannot approve',
      'release-app[bot]: bots cannot approve',
    ]);
    expect(approvers(r)).toEqual([]);
  });

  it("the author's second account, credited as co-author, cannot approve", async () => {
    const pull = openPull([A, B], {
      message: {
        [B]: 'Retrain on the new split\n\nCo-authored-by: Alt Account <41898282+lead2@users.noreply.github.com>',
      },
    });
    repo.addReview({ pullNumber: pull.number, user: 'lead2', state: 'APPROVED', commitId: A });
    let r = await evaluate('pull_request_review', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      `lead2: co-author of ${B.slice(0, 12)} (Co-authored-by: Alt Account <41898282+lead2@users.noreply.github.com>): cannot approve their own change`,
    ]);
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    r = await evaluate('pull_request_review', prPayload(pull));
    expect(r.verdict).toBe('pass');
    expect(approvers(r)).toEqual(['lead1:review']);
    // A private address GitHub does not publish: the trailer's name, when it is a login, is excluded too.
    w.prCommits[pull.number]![0]!.message = 'Tune\n\nCo-authored-by: LEAD1 <l1@corp.example>';
    r = await evaluate('pull_request_review', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toContain(
      `lead1: co-author of ${A.slice(0, 12)} (Co-authored-by: LEAD1 <l1@corp.example>): cannot approve their own change`,
    );
  });
});

describe('what a comment says', () => {
  it.each([
    ['fenced with tildes', '~~~\n/approve\n~~~'],
    ['a quoted reply', '> /approve\n\nAgreed with the above.'],
    ['a lazily continued quote', '> LGTM\n/approve'],
    ['trailing text', '/approve LGTM'],
    ['text on the next line of the paragraph', '/approve\nthanks for the drift report'],
    ['an HTML comment', '<!-- /approve -->'],
    ['inline code', '`/approve`'],
    ['a backslash-escaped slash', '\\/approve'],
    ['a look-alike letter (Cyrillic a)', '/\u0430pprove'],
    ['another commit named', `/approve ${B.slice(0, 12)}`],
    ['a nested list item', '1. ok\n   - /approve'],
  ])('%s is not an approval', async (_what, body) => {
    const pull = openPull([A]);
    comment(pull, 'lead1', body, T(2));
    const r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(approvers(r)).toEqual([]);
  });

  it('an edited /approve does not count, an edited /reject still blocks', async () => {
    const pull = openPull([A]);
    comment(pull, 'lead1', '/approve', T(2), T(4));
    let r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([expect.stringMatching(/^lead1: comment was edited/)]);
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    comment(pull, 'sec1', '/reject', T(5), T(6));
    r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(r.headline).toMatch(/rejected by sec1/);
  });

  it('the head SHA in full or abbreviated, any case, approves', async () => {
    const pull = openPull([A]);
    comment(pull, 'lead1', `/approve ${A.slice(0, 7).toUpperCase()}`, T(2));
    const r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('pass');
    expect(approvers(r)).toEqual(['lead1:comment']);
  });
});

describe('approvals bound to the commit', () => {
  it('a review of an older commit does not carry over to a new commit with the same tree', async () => {
    const pull = openPull([A]);
    w.prCommits[pull.number]![0]!.tree = 'same-tree';
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    // An amended commit message: a new SHA, the very same tree.
    w.prCommits[pull.number]!.push({ sha: B, author: 'author', committer: 'author', date: T(3), tree: 'same-tree' });
    pushTo(w, pull, B, T(3), { actor: 'author', force: true });
    const r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      expect.stringMatching(/^lead1: approved an older commit \(a{12}\), not the head b{12}/),
    ]);
  });

  it('force-push back to an approved SHA: reviews of that SHA still count; comments from before do not', async () => {
    const pull = openPull([A]);
    // lead1 approves A in a review, lead2 by comment, while A is the tip.
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    comment(pull, 'lead2', '/approve', T(1));
    w.prCommits[pull.number]!.push({ sha: B, author: 'author', committer: 'author', date: T(2) });
    pushTo(w, pull, B, T(2), { actor: 'author' });
    pushTo(w, pull, A, T(4), { actor: 'author', force: true });
    // A review names its commit: lead1 approved exactly A, which is the head again.
    let r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('pass');
    expect(approvers(r)).toEqual(['lead1:review']);
    expect(ignored(r)).toEqual([expect.stringMatching(/^lead2: posted before a{12} last became the branch tip/)]);
    // Without the review only the comment is left, and it was about whatever the branch held then.
    repo.reviews.splice(0);
    r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('fail');
  });

  it.each([
    ['same repository', false],
    ['fork', true],
  ])('%s: a fast-forward to a commit GitHub saw before the /approve does not inherit it', async (_where, fork) => {
    const pull = openPull([A], fork ? { headRepo: 'mallory/models' } : {});
    // X = C descends from A and was pushed elsewhere (another branch or pull request) long before: its
    // first check suite, and its backdated git dates, predate the approval.
    w.suites[C] = '2025-12-01T00:00:00Z';
    w.prCommits[pull.number]!.push({ sha: C, author: 'author', committer: 'author', date: '2025-12-01T00:00:00Z' });
    comment(pull, 'lead1', '/approve', T(5));
    pushTo(w, pull, C, T(6), { actor: 'author', sameRepo: !fork });
    let r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      fork
        ? expect.stringMatching(
            /^lead1: names no commit, and pushes to mallory\/models:feature \(a fork\) are not recorded in octo-org\/models.*"\/approve c{40}"/,
          )
        : expect.stringMatching(/^lead1: posted before c{12} last became the branch tip/),
    ]);
    const help = r.checks
      .find((c) => c.id === 'approvals')!
      .findings.find((f) => f.ruleId === 'approval.missing')!.help;
    expect(help).toMatch(
      fork
        ? /comment "\/approve c{40}" with the full SHA .*a plain or abbreviated "\/approve" does not count here/
        : /comment "\/approve" \(/,
    );
    // Naming the commit, or a review of it, binds the approval: it counts (on a fork only the full SHA names it).
    comment(pull, 'lead2', `/approve ${fork ? C : C.slice(0, 12)}`, T(7));
    r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('pass');
    expect(approvers(r)).toEqual(['lead2:comment']);
  });

  it('a same-repository branch with no recorded push: plain commands do not count (a fast-forward leaves no trace elsewhere)', async () => {
    const pull = openPull([A]);
    delete w.activity.feature;
    comment(pull, 'lead1', '/approve', T(2));
    pushTo(w, pull, B, T(3), { actor: 'author', sameRepo: false });
    pushTo(w, pull, A, T(4), { actor: 'author', force: true, sameRepo: false });
    let r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      expect.stringMatching(/^lead1: names no commit, and the repository activity lists no push/),
    ]);
    comment(pull, 'lead2', '/approve', T(5));
    r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    comment(pull, 'lead2', `/approve ${A}`, T(6));
    r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('pass');
  });

  it('repository activity that cannot be read: an error, never a pass (who pushed cannot be told), with the reason', async () => {
    const pull = openPull([A]);
    emu.state.faults.push({
      method: 'GET',
      path: /\/activity/,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    // Reviews alone would satisfy the policy, but whoever pushed may not approve: unknown pushers are no pushers.
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    repo.addReview({ pullNumber: pull.number, user: 'lead2', state: 'APPROVED', commitId: A });
    const r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('error');
    expect(JSON.stringify(r)).toMatch(
      /Could not read the pushes to feature \(repository activity, HTTP 403; the job needs \\"contents: read\\"\)/,
    );
  });

  it('a CHANGES_REQUESTED on B withdraws the reviewer’s approval of A, also after a force-push back to A', async () => {
    const pull = openPull([A]);
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    pushTo(w, pull, B, T(2), { actor: 'author' });
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'CHANGES_REQUESTED', commitId: B });
    pushTo(w, pull, A, T(4), { actor: 'author', force: true });
    const r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('fail');
  });
});

describe('the policy the PR cannot choose', () => {
  it.each([
    ['fail-on critical', '    fail-on: critical\n'],
    [
      'a waiver of approval.missing',
      '    waivers:\n      - { check: approvals, rule: approval.missing, reason: hotfix, owner: author, expires: 2099-01-01 }\n',
    ],
    ['a per-check fail-on', '    checks:\n      approvals: { mode: block, fail-on: critical }\n'],
  ])('the workspace’s %s does not turn missing approvals into a pass', async (_what, extra) => {
    const pull = openPull([A]);
    const r = await evaluate('pull_request', prPayload(pull), BASE_CONFIG + extra);
    expect(r.verdict).toBe('fail');
    expect(r.actionRequired).toBe(true);
  });
});

describe('events', () => {
  it('pull_request_target and pull_request_review judge the current head, whatever the payload names', async () => {
    const pull = openPull([A]);
    pushTo(w, pull, B, T(2), { actor: 'author' });
    w.prCommits[pull.number]!.push({ sha: B, author: 'author', committer: 'author', date: T(2) });
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    for (const event of ['pull_request_target', 'pull_request_review', 'pull_request']) {
      const r = await evaluate(event, prPayload(pull, event, 'synchronize', A));
      expect(`${event}: ${r.verdict} ${r.judgedCommit ?? ''}`).toBe(`${event}: fail ${B}`);
    }
  });

  it('workflow_run after a pull request’s workflow judges that pull request, never GITHUB_SHA', async () => {
    const pull = openPull([A]);
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    const p = webhookExample('workflow_run', 'completed') as Obj & { workflow_run: Obj };
    p.workflow_run.event = 'pull_request';
    p.workflow_run.head_sha = A;
    p.workflow_run.pull_requests = [{ number: pull.number, head: { ref: 'feature', sha: A }, base: { ref: 'main' } }];
    expect(promotionContext({ eventName: 'workflow_run', payload: p, sha: sha('f') })).toMatchObject({
      pullRequest: pull.number,
      headSha: A,
    });
    const r = await evaluate('workflow_run', p);
    expect(r.verdict).toBe('pass');
    expect(r.judgedCommit).toBe(A);
    // A fork's run: GitHub leaves pull_requests empty. Nothing is judged, and the error says what to do.
    p.workflow_run.pull_requests = [];
    const fork = await evaluate('workflow_run', p);
    expect(fork.verdict).toBe('error');
    expect(fork.errors[0]).toMatch(/pull_request_target for forks/);
  });

  it('issue_comment on a plain issue judges nothing (error, never pass)', async () => {
    openPull([A]);
    const r = await evaluate('issue_comment', webhookExample('issue_comment', 'created'));
    expect(r.verdict).toBe('error');
  });
});

describe('red team (#23): approvals bound to the commit, whatever the order of pushes and comments', () => {
  it('plain /approve given while A was the tip, then B, then A forced back: the old comments do not count; a review of A does', async () => {
    const pull = openPull([A, B]);
    comment(pull, 'lead1', '/approve', T(2));
    comment(pull, 'lead2', '/ml-gates approve', T(3));
    pushTo(w, pull, B, T(4), { actor: 'author' });
    pushTo(w, pull, A, T(6), { actor: 'author', force: true });
    let r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      expect.stringMatching(/^lead1: posted before a{12} last became the branch tip \(2026-01-05T10:06:00Z\)/),
      expect.stringMatching(/^lead2: posted before a{12} last became the branch tip/),
    ]);
    // A review names its commit: an approval of A given before B still approves A (documented in the README).
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('pass');
    expect(approvers(r)).toEqual(['lead1:review']);
  });

  it('an abbreviated /approve <sha> does not carry over to a look-alike commit pushed later with the same prefix', async () => {
    // X shares A's first 7 (and 12) hex digits, made on purpose and pushed elsewhere before the approval.
    const X = `${A.slice(0, 12)}${'e'.repeat(28)}`;
    const pull = openPull([A]);
    w.suites[X] = T(-30);
    w.prCommits[pull.number]!.push({ sha: X, author: 'author', committer: 'author', date: T(-30) });
    addGreenGateRuns(emu, repo, [X], T(-30));
    comment(pull, 'lead1', `/approve ${A.slice(0, 7)}`, T(2));
    comment(pull, 'lead2', `/approve ${A.slice(0, 12).toUpperCase()}`, T(2));
    let r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('pass');
    pushTo(w, pull, X, T(4), { actor: 'author', force: true });
    r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      expect.stringMatching(/^lead1: posted before aaaaaaaaaaaa last became the branch tip .*aaaaaaa is only a prefix/),
      expect.stringMatching(/^lead2: posted before aaaaaaaaaaaa last became the branch tip .*only a prefix/),
    ]);
    // The full SHA of A names A, not X; the full SHA of X approves X.
    comment(pull, 'lead1', `/approve ${A}`, T(5));
    expect((await evaluate('issue_comment', commentPayload(pull))).verdict).toBe('fail');
    comment(pull, 'lead1', `/approve ${X}`, T(6));
    expect((await evaluate('issue_comment', commentPayload(pull))).verdict).toBe('pass');
  });

  it('/approve naming a previous head, a wrong SHA, or too few digits never approves the head', async () => {
    const pull = openPull([B, A]);
    pushTo(w, pull, B, T(1), { actor: 'author' });
    comment(pull, 'lead1', `/approve ${A}`, T(2));
    comment(pull, 'lead2', `/approve ${'f'.repeat(40)}`, T(2));
    comment(pull, 'lead1', `/approve ${B.slice(0, 6)}`, T(3));
    const r = await evaluate('issue_comment', commentPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([
      expect.stringMatching(/^lead1: names another commit than the head b{12}/),
      expect.stringMatching(/^lead2: names another commit than the head b{12}/),
    ]);
  });

  it('a head dated in the future by its pusher does not void a /reject given after GitHub saw it', async () => {
    const pull = openPull([A]);
    w.prCommits[pull.number]![0]!.date = '2030-01-01T00:00:00Z';
    comment(pull, 'sec1', '/reject the drift report is wrong', T(2));
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    const r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(r.checks.find((c) => c.id === 'approvals')!.findings.map((f) => f.ruleId)).toContain('approval.rejected');
  });

  it('the head leaving and coming back while the gate reads: a comment given meanwhile (about B) never passes A', async () => {
    const pull = openPull([A, B]);
    // Right after the gate read the branch's pushes: B is pushed, lead1 approves B, A is forced back.
    w.after['GET /repos/{owner}/{repo}/activity'] = () => {
      pushTo(w, pull, B, T(3), { actor: 'author' });
      comment(pull, 'lead1', '/approve', '2026-01-05T10:03:30Z');
      pushTo(w, pull, A, T(4), { actor: 'author', force: true });
    };
    let r = await evaluate('pull_request', prPayload(pull));
    expect(pull.headSha).toBe(A);
    expect(r.verdict).toBe('fail');
    expect(r.checks.find((c) => c.id === 'approvals')!.findings.map((f) => f.ruleId)).toContain('approval.head-moved');
    expect(r.headline).toMatch(
      /moved while the gate ran: a{12} last became its tip at 2026-01-05T10:00:00Z .* 2026-01-05T10:04:00Z now/,
    );
    // The run for the push that brought A back judges it afresh: lead1's comment was about B.
    r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(ignored(r)).toEqual([expect.stringMatching(/^lead1: posted before a{12} last became the branch tip/)]);
  });

  it.each([
    ['reviews', /\/pulls\/\d+\/reviews/],
    ['comments', /\/issues\/\d+\/comments/],
    ['commits of the pull request', /\/pulls\/\d+\/commits/],
    ['check suites of the head', /\/check-suites/],
    ['repository activity', /\/activity/],
    ['check runs of the head', /\/check-runs/],
    ['a permission', /\/collaborators\/[^/]+\/permission/],
    ['the policy file', /\/contents\//],
    ['the pull request', /\/pulls\/\d+$/],
  ])('%s unreadable (HTTP 502): an error, never a pass', async (_what, path) => {
    const pull = openPull([A]);
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    comment(pull, 'lead2', '/approve', T(2));
    expect((await evaluate('pull_request', prPayload(pull))).verdict).toBe('pass');
    emu.state.faults.push({ method: 'GET', path, status: 502, body: { message: 'Bad gateway' } });
    const r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('error');
  });
});

describe('red team (#23): the head moving during the run, on every event that runs the gate', () => {
  const payloadFor = (event: string, pull: PullState, head: string): Obj => {
    if (event === 'issue_comment') return commentPayload(pull);
    if (event === 'workflow_run') {
      const p = webhookExample('workflow_run', 'completed') as Obj & { workflow_run: Obj };
      p.workflow_run = {
        ...p.workflow_run,
        event: 'pull_request',
        head_sha: head,
        pull_requests: [{ number: pull.number, head: { sha: head } }],
      };
      return p;
    }
    return prPayload(pull, event === 'pull_request_review' ? 'pull_request' : event, 'synchronize', head);
  };
  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'issue_comment', 'workflow_run'])(
    '%s: a push while the gate reads leaves nothing passed, on either commit',
    async (event) => {
      const pull = openPull([A, B]);
      repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
      expect((await evaluate(event, payloadFor(event, pull, A))).verdict).toBe('pass');
      w.after['GET /repos/{owner}/{repo}/commits/{ref}/check-suites'] = () =>
        pushTo(w, pull, B, T(3), { actor: 'author' });
      const r = await evaluate(event, payloadFor(event, pull, A));
      expect(pull.headSha).toBe(B);
      expect(r.verdict).toBe('fail');
      expect(r.judgedCommit).toBe(A);
      expect(r.checks.find((c) => c.id === 'approvals')!.findings.map((f) => f.ruleId)).toContain(
        'approval.head-moved',
      );
      // The stale payload of that run, re-run later: judges B (nobody approved B), never A.
      const again = await evaluate(event, payloadFor(event, pull, A));
      expect(again.judgedCommit).toBe(B);
      expect(again.verdict).toBe('fail');
    },
  );
});

describe('red team (#23): a policy the pull request cannot choose', () => {
  it.each([
    ['approvals check off', BASE_CONFIG.replace('approval-gate:', 'approval-gate:\n    checks: { approvals: off }')],
    [
      'approval not required for prod',
      BASE_CONFIG.replace('approval-gate:', 'approval-gate:\n    environments: [dev]'),
    ],
    ['no ml-gates.yml at all', undefined],
  ])('a PR against a base branch with %s still needs the default branch policy', async (_what, rcConfig) => {
    w.files.rc = rcConfig === undefined ? {} : { 'ml-gates.yml': rcConfig };
    const pull = openPull([A]);
    pull.baseRef = 'rc';
    let r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(w.reads).toContain('ml-gates.yml@main');
    expect(w.reads).not.toContain('ml-gates.yml@feature');
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('pass');
    expect((r.details?.audit as AuditRecord).policyRefs[0]).toBe('main');
  });

  it('a base stricter than the default branch wins: its extra role must approve too', async () => {
    w.files.rc = {
      'ml-gates.yml': BASE_CONFIG.replace('user-facing: false', 'user-facing: true').replace('pii: false', 'pii: true'),
    };
    const pull = openPull([A]);
    pull.baseRef = 'rc';
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    let r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('fail');
    expect(JSON.stringify(r.details?.otherPolicies)).toMatch(/security-lead/);
    repo.addReview({ pullNumber: pull.number, user: 'sec1', state: 'APPROVED', commitId: A });
    r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('pass');
  });

  it('an invalid policy on the base branch is an error, never a pass', async () => {
    w.files.rc = { 'ml-gates.yml': 'version: 1\ngates:\n  approval-gate:\n    levels: nonsense\n' };
    const pull = openPull([A]);
    pull.baseRef = 'rc';
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: A });
    const r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('error');
  });
});

describe('red team (#23): the activity listing a push late', () => {
  it('a push not listed yet when the gate starts: plain commands do not count, reviews do, and nothing is called a move', async () => {
    const pull = openPull([A, B]);
    pushTo(w, pull, B, T(1), { actor: 'author' });
    const late = w.activity.feature!.pop()!;
    w.after['GET /repos/{owner}/{repo}/activity'] = () => w.activity.feature!.push(late);
    comment(pull, 'lead2', '/approve', T(2));
    repo.addReview({ pullNumber: pull.number, user: 'lead1', state: 'APPROVED', commitId: B });
    const r = await evaluate('pull_request', prPayload(pull));
    expect(r.verdict).toBe('pass');
    expect(approvers(r)).toEqual(['lead1:review']);
    expect(ignored(r)).toEqual([expect.stringMatching(/^lead2: names no commit, and the latest push to feature/)]);
  });
});
