import { describe, expect, it } from '@jest/globals';
import { parseConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { approvalGate, type AuditRecord } from '@ml-gates/approval-gate';
import {
  BASE_CONFIG,
  BASE_SHA,
  comment,
  H_OLD,
  HEAD,
  MERGE,
  memorySource,
  review,
  run,
  world,
  type World,
} from './memory-source.js';

async function evaluate(w: World, headConfig = BASE_CONFIG): Promise<GateResult> {
  const { config } = parseConfig(headConfig, 'ml-gates.yml', [approvalGate]);
  return runGate(approvalGate, { config, cwd: '.', logger: silentLogger, services: { approvals: memorySource(w) } });
}

const details = (r: GateResult): Record<string, unknown> => r.details ?? {};
const risk = (r: GateResult): { level: string; score: number; factors: { id: string; gate?: string }[] } =>
  details(r).risk as never;
const missing = (r: GateResult): Record<string, number> => details(r).missing as never;
const ignoredReasons = (r: GateResult): string[] =>
  (details(r).ignored as { login: string; reason: string }[]).map((i) => `${i.login}: ${i.reason}`);
const approvalsCheck = (r: GateResult) => r.checks.find((c) => c.id === 'approvals')!;

function withMetadata(meta: string): string {
  return BASE_CONFIG.replace(/ {4}metadata:\n(?: {6}.*\n)+/, `    metadata:\n${meta}`);
}

const AT = (min: number): string => `2026-11-20T10:${String(min).padStart(2, '0')}:00Z`;

describe('risk levels and the approvers they require', () => {
  it('medium: one ml-lead approval of the head commit passes and writes the audit record', async () => {
    const w = world({ reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] } });
    const r = await evaluate(w);
    expect(risk(r).level).toBe('medium');
    expect(details(r).required).toEqual({ 'ml-lead': 1 });
    expect(r.verdict).toBe('pass');
    expect(r.actionRequired).toBe(false);
    const audit = details(r).audit as AuditRecord;
    expect(audit).toMatchObject({
      schema: 'ml-gates/approval-audit@1',
      environment: 'prod',
      pullRequest: 7,
      approvedSha: HEAD,
      promotedSha: HEAD,
      configRef: 'main',
      risk: { level: 'medium', score: 0 },
      approvals: [{ login: 'lead1', role: 'ml-lead', via: 'review', at: AT(10), sha: HEAD }],
    });
    expect(audit.gateResults.map((g) => `${g.gate}:${g.status}`)).toEqual(['data-gate:passed', 'model-scan:passed']);
    expect(audit.gateResultsDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('medium without approval: fails with actionRequired and names who can approve', async () => {
    const r = await evaluate(world());
    expect(r.verdict).toBe('fail');
    expect(r.actionRequired).toBe(true);
    expect(approvalsCheck(r).details).toBeUndefined();
    expect(missing(r)).toEqual({ 'ml-lead': 1 });
    expect(details(r).canFill).toEqual({ 'ml-lead': { users: ['lead1', 'lead2'], teams: [] } });
    expect(details(r).mentions).toEqual(['@lead1', '@lead2']);
    expect(details(r).audit).toBeUndefined();
    const md = details(r).markdown as string;
    expect(md).toContain('Missing approvals');
    expect(md).toContain('<code>lead1</code>');
    expect(md).not.toMatch(/(^|[^;])@lead1/); // never pings from the summary
  });

  it('high: user-facing + PII need security-lead and ml-lead', async () => {
    const w = world({ reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] } });
    w.files.main!['ml-gates.yml'] = withMetadata('      user-facing: true\n      pii: true\n');
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(risk(r)).toMatchObject({ level: 'high', score: 2 });
    expect(details(r).required).toEqual({ 'security-lead': 1, 'ml-lead': 1 });
    expect(r.verdict).toBe('fail');
    expect(missing(r)).toEqual({ 'security-lead': 1 });
    w.reviews[7]!.push(review('sec1', 'APPROVED', HEAD, AT(12)));
    const ok = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(ok.verdict).toBe('pass');
    expect((details(ok).audit as AuditRecord).approvals.map((a) => `${a.login}=${a.role}`).sort()).toEqual([
      'lead1=ml-lead',
      'sec1=security-lead',
    ]);
  });

  it('critical: four factors need security-lead, compliance-officer and cto; ml-lead alone is not enough', async () => {
    const meta = '      user-facing: true\n      pii: true\n      financial-impact: true\n';
    const w = world({ deployedBefore: false, reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] } });
    w.files.main!['ml-gates.yml'] = withMetadata(meta);
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(risk(r)).toMatchObject({ level: 'critical', score: 4 });
    expect(risk(r).factors.map((f) => f.id)).toEqual(['user-facing', 'pii', 'financial-impact', 'first-deployment']);
    expect(missing(r)).toEqual({ 'security-lead': 1, 'compliance-officer': 1, cto: 1 });
    expect(ignoredReasons(r)).toEqual([expect.stringMatching(/^lead1: holds no role still needed at critical risk/)]);
    w.reviews[7]!.push(
      review('sec1', 'APPROVED', HEAD, AT(11)),
      review('comp1', 'APPROVED', HEAD, AT(12)),
      review('cto1', 'APPROVED', HEAD, AT(13)),
    );
    expect((await evaluate(w, w.files.main!['ml-gates.yml'])).verdict).toBe('pass');
  });

  it("other gates' failed, warned and waived results raise risk; a gate with no run is missing, not passed", async () => {
    const w = world({
      checkRuns: [
        run('model-scan', 'failure'),
        run('data-gate', 'success', HEAD, { title: '3 passed, 1 waived' }),
        run('performance-gate', 'neutral'),
      ],
    });
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace(
      '  data-gate: {}\n',
      '  data-gate: {}\n  adversarial-gate: {}\n',
    );
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    const statuses = (details(r).gateResults as { gate: string; status: string }[]).map((g) => `${g.gate}:${g.status}`);
    expect(statuses).toEqual([
      'adversarial-gate:missing',
      'data-gate:waived',
      'model-scan:failed',
      'performance-gate:warned',
    ]);
    expect(risk(r)).toMatchObject({ level: 'critical', score: 4 });
    const metrics = r.checks.find((c) => c.id === 'risk')!.metrics;
    expect(metrics.find((m) => m.subject === 'adversarial-gate')?.verdict).toBe('skipped');
    expect(metrics.find((m) => m.name === 'risk-score')?.value).toBe(4);
  });

  it('weights and bands are configurable', async () => {
    const cfg = BASE_CONFIG + '    risk:\n      weights: { pii: 5 }\n      bands: { critical: 5, high: 3 }\n';
    const w = world();
    w.files.main!['ml-gates.yml'] = cfg.replace('pii: false', 'pii: true');
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(risk(r)).toMatchObject({ level: 'critical', score: 5 });
  });

  it('risk metadata from the base branch model card front matter counts', async () => {
    const w = world();
    w.files.main!['ml-gates.yml'] = BASE_CONFIG + '    model-card: models/README.md\n';
    w.files.main!['models/README.md'] =
      '---\nlicense: mit\nrisk:\n  user-facing: true\n  handles_pii: true\n---\n# Model\n';
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(risk(r)).toMatchObject({ level: 'high', score: 2 });
    expect(w.calls).toContain('read models/README.md@main');
  });
});

describe('approvals that do not count', () => {
  it('an approval of an older commit is ignored', async () => {
    const r = await evaluate(world({ reviews: { 7: [review('lead1', 'APPROVED', H_OLD, AT(5))] } }));
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toEqual([expect.stringMatching(/^lead1: approved an older commit \(111111111111\)/)]);
  });

  it('self-approval by the PR author is ignored, even when the author holds the role', async () => {
    const w = world({ reviews: { 7: [review('author', 'APPROVED', HEAD, AT(10))] } });
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace('[lead1, lead2]', '[lead1, lead2, author]');
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toEqual(['author: PR author: cannot approve their own change']);
    expect(details(r).canFill).toEqual({ 'ml-lead': { users: ['lead1', 'lead2'], teams: [] } });
  });

  it('an author of a promoted commit and a pusher cannot approve', async () => {
    const w = world({
      pushers: ['lead2'],
      reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10)), review('lead2', 'APPROVED', HEAD, AT(11))] },
    });
    w.prCommits[7]![0]!.author = { login: 'Lead1', type: 'User' };
    const r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r).sort()).toEqual([
      `lead1: author or committer of ${H_OLD.slice(0, 12)}: cannot approve their own change`,
      'lead2: pushed to the pull request: cannot approve their own change',
    ]);
  });

  it('/approve from a read-only user is ignored; from a writer it counts', async () => {
    const w = world({ comments: { 7: [comment('reader', '/approve', AT(10))] } });
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace('[lead1, lead2]', '[lead1, lead2, reader]');
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toEqual(['reader: repository permission is read; commands need write or higher']);
    w.comments[7]!.push(comment('lead2', '/approve\n\nlooks good', AT(11)));
    const ok = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(ok.verdict).toBe('pass');
    expect((details(ok).audit as AuditRecord).approvals).toMatchObject([{ login: 'lead2', via: 'comment' }]);
  });

  it('an edited approval comment is ignored', async () => {
    const r = await evaluate(world({ comments: { 7: [comment('lead1', '/approve', AT(10), AT(20))] } }));
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toEqual([expect.stringMatching(/^lead1: comment was edited/)]);
  });

  it('a comment posted before the head commit was pushed is ignored, even if the commit is backdated', async () => {
    const w = world({ comments: { 7: [comment('lead1', '/approve', '2026-11-20T09:30:00Z')] } });
    // git dates say 08:00, but GitHub first saw the commit at 10:00:30
    w.prCommits[7]![1]!.committerDate = '2026-11-20T08:00:00Z';
    w.prCommits[7]![1]!.authorDate = '2026-11-20T08:00:00Z';
    const r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toEqual([expect.stringMatching(/^lead1: posted before the head commit/)]);
  });

  it('/approve naming another commit is ignored; naming the head counts', async () => {
    const w = world({ comments: { 7: [comment('lead1', `/approve ${H_OLD.slice(0, 7)}`, AT(10))] } });
    expect((await evaluate(w)).verdict).toBe('fail');
    w.comments[7]!.push(comment('lead2', `/approve ${HEAD.slice(0, 10)}`, AT(11)));
    expect((await evaluate(w)).verdict).toBe('pass');
  });

  it('a bot is ignored (review or comment)', async () => {
    const w = world({
      reviews: { 7: [review('lead1[bot]', 'APPROVED', HEAD, AT(10), 'Bot')] },
      comments: { 7: [comment('helper', '/approve', AT(11), AT(11), 'Bot')] },
    });
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace('[lead1, lead2]', '[lead1, lead2, helper]');
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r).sort()).toEqual(['helper: bots cannot approve', 'lead1[bot]: bots cannot approve']);
    expect(w.calls.filter((c) => c.startsWith('permission'))).toEqual([]);
  });

  it('a later CHANGES_REQUESTED from the same reviewer withdraws the approval', async () => {
    const w = world({
      reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10)), review('lead1', 'CHANGES_REQUESTED', HEAD, AT(15))] },
    });
    const r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toEqual([expect.stringMatching(/^lead1: withdrawn by a later CHANGES_REQUESTED/)]);
    // approving again afterwards counts
    w.reviews[7]!.push(review('lead1', 'APPROVED', HEAD, AT(20)));
    expect((await evaluate(w)).verdict).toBe('pass');
  });

  it('users outside the configured roles do not count', async () => {
    const w = world({ permissions: { outsider: 'admin' }, comments: { 7: [comment('outsider', '/approve', AT(10))] } });
    const r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toEqual(['outsider: not in any configured approver role']);
  });

  it('one person in two roles fills only one slot', async () => {
    const w = world({ reviews: { 7: [review('sec1', 'APPROVED', HEAD, AT(10))] } });
    w.files.main!['ml-gates.yml'] = withMetadata('      user-facing: true\n      pii: true\n').replace(
      '[lead1, lead2]',
      '[lead1, lead2, sec1]',
    );
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(r.verdict).toBe('fail');
    expect(Object.values(missing(r))).toEqual([1]);
  });

  it('/reject from a role holder fails the gate without actionRequired', async () => {
    const w = world({
      reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] },
      comments: { 7: [comment('lead2', '/reject not yet', AT(11))] },
    });
    const r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(r.actionRequired).toBe(false);
    expect(r.headline).toMatch(/rejected by lead2/);
    expect(approvalsCheck(r).findings.map((f) => f.ruleId)).toContain('approval.rejected');
  });
});

describe('policy comes from the base branch', () => {
  it('a PR that edits ml-gates.yml to lower its risk is still judged by the base config', async () => {
    const w = world({ reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] } });
    const baseCfg = withMetadata('      user-facing: true\n      pii: true\n      financial-impact: true\n');
    w.files.main!['ml-gates.yml'] = baseCfg;
    // The PR head says nothing is risky, names its author as cto and lowers the bands.
    const headCfg =
      BASE_CONFIG.replace('[cto1]', '[cto1, author]') + '    risk:\n      bands: { critical: 90, high: 80 }\n';
    w.files[HEAD] = { 'ml-gates.yml': headCfg };
    const r = await evaluate(w, headCfg);
    expect(risk(r)).toMatchObject({ level: 'high', score: 3 });
    expect(details(r).required).toEqual({ 'security-lead': 1, 'ml-lead': 1 });
    expect(r.verdict).toBe('fail');
    expect(w.calls).toContain('read ml-gates.yml@main');
    expect(w.calls.some((c) => c.includes(`@${HEAD}`))).toBe(false);
    expect(approvalsCheck(r).findings.map((f) => f.ruleId)).toContain('approval.head-config-ignored');
  });

  it('a PR that turns the approvals check off in its ml-gates.yml gets an error, not a pass', async () => {
    const headCfg = BASE_CONFIG + '    checks:\n      approvals: off\n';
    const r = await evaluate(world(), headCfg);
    expect(r.verdict).toBe('error');
    expect(r.errors[0]).toMatch(/sets the approval-gate "approvals" check to "off", but main says "block"/);
  });

  it('teams configured without a capable token fail clearly, even before anyone approved', async () => {
    const w = world();
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace(
      'ml-lead: { users: [lead1, lead2] }',
      'ml-lead: { teams: [acme/ml-leads] }',
    );
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(r.verdict).toBe('error');
    expect(r.errors[0]).toMatch(/name teams \(acme\/ml-leads\), but the token cannot read team membership/);
    expect(r.errors[0]).toMatch(/team-token/);
  });

  it('teams with a capable token: a member approval counts', async () => {
    const w = world({ teamAccess: true, teams: { 'acme/ml-leads': ['teamlead'] }, permissions: { teamlead: 'write' } });
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace(
      'ml-lead: { users: [lead1, lead2] }',
      'ml-lead: { teams: [acme/ml-leads] }',
    );
    w.comments[7] = [comment('teamlead', '/approve', AT(10))];
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(r.verdict).toBe('pass');
    expect((details(r).audit as AuditRecord).approvals[0]).toMatchObject({ login: 'teamlead', role: 'ml-lead' });
  });

  it('a role with nobody in it is a clear config error', async () => {
    const w = world();
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace('      ml-lead: { users: [lead1, lead2] }\n', '');
    const r = await evaluate(w, w.files.main!['ml-gates.yml']);
    expect(r.verdict).toBe('error');
    expect(r.errors[0]).toMatch(/gates\.approval-gate\.roles\.ml-lead: no users or teams/);
  });

  it('environments other than prod need no approval by default', async () => {
    const w = world();
    w.event = { ...w.event, environment: 'staging' };
    const r = await evaluate(w);
    expect(r.verdict).toBe('pass');
    expect(r.headline).toBe('no approval required for environment staging');
    expect(details(r).approvalRequired).toBe(false);
  });
});

describe('outside pull requests', () => {
  it('a push uses the merged PR’s approvals and the base commit it was merged onto', async () => {
    const w = world({ reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] } });
    w.event = { eventName: 'push', sha: MERGE, environment: 'prod' };
    w.pulls[0] = { ...w.pulls[0]!, state: 'closed', mergedAt: AT(30), mergeCommitSha: MERGE };
    w.commits[MERGE] = { sha: MERGE, tree: 'tree-merge' };
    w.checkRuns.push(run('model-scan', 'success', MERGE), run('data-gate', 'success', MERGE));
    // after the merge, main carries the PR's lowered policy; the base commit does not
    w.files.main!['ml-gates.yml'] = BASE_CONFIG.replace('[lead1, lead2]', '[lead1, lead2, author]');
    const r = await evaluate(w);
    // approved, but the merge commit's tree is not the approved tree: a medium finding warns
    expect(r.verdict).toBe('warn');
    expect(approvalsCheck(r).verdict).toBe('warn');
    expect(w.calls).toContain(`read ml-gates.yml@${BASE_SHA}`);
    expect(details(r).audit).toMatchObject({ approvedSha: HEAD, promotedSha: MERGE, configRef: BASE_SHA });
    expect(approvalsCheck(r).findings.map((f) => f.ruleId)).toContain('approval.tree-differs');
  });

  it('a commit that no PR introduced fails', async () => {
    const w = world();
    w.event = { eventName: 'workflow_dispatch', sha: 'f'.repeat(40), environment: 'prod' };
    const r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(r.headline).toMatch(/did not come from a pull request/);
  });

  it('without GitHub services the gate fails closed (error), never passes', async () => {
    const { config } = parseConfig(BASE_CONFIG, 'ml-gates.yml', [approvalGate]);
    const r = await runGate(approvalGate, { config, cwd: '.', logger: silentLogger });
    expect(r.verdict).toBe('error');
    expect(r.headline).toMatch(/could not check approvals/);
  });
});

describe('bound to the judged commit (#23)', () => {
  it('plain /approve before the head last became the tip does not count; /approve <head sha> does', async () => {
    const w = world({
      comments: { 7: [comment('lead1', '/approve', AT(10))] },
      tips: { [HEAD]: { at: AT(15), basis: 'force_push to feature' } },
    });
    let r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toEqual([expect.stringMatching(/^lead1: posted before abcdef012345 last became/)]);
    // A prefix of the SHA given before the tip moved is no better than a plain /approve: another commit with the
    // same first digits can be made on purpose and pushed afterwards. The full SHA names one commit.
    w.comments[7]!.push(comment('lead2', `/approve ${HEAD.slice(0, 12)}`, AT(11)));
    r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)).toContainEqual(
      expect.stringMatching(/^lead2: posted before abcdef012345 last became .*abcdef012345 is only a prefix/),
    );
    w.comments[7]!.push(comment('lead2', `/approve ${HEAD.toUpperCase()}`, AT(12)));
    r = await evaluate(w);
    expect(r.verdict).toBe('pass');
    expect((details(r).audit as AuditRecord).approvals).toMatchObject([{ login: 'lead2', via: 'comment' }]);
  });

  it('when nobody can tell when the head became the tip, only reviews and /approve <sha> count', async () => {
    const w = world({
      comments: { 7: [comment('lead1', '/approve', AT(10))] },
      tips: { [HEAD]: { unknown: 'the latest push to feature made 111111111111 its tip, not the head' } },
    });
    const r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(ignoredReasons(r)[0]).toMatch(
      /names no commit, and the latest push to feature .* with the full SHA: "\/approve abcdef0123456789abcdef0123456789abcdef01"/,
    );
  });

  it('a stale event head is reported and the current head is judged (judgedCommit)', async () => {
    const w = world({
      event: { eventName: 'pull_request', pullRequest: 7, headSha: H_OLD, environment: 'prod' },
      reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] },
    });
    const r = await evaluate(w);
    expect(r.verdict).toBe('pass');
    expect(r.judgedCommit).toBe(HEAD);
    expect(approvalsCheck(r).findings.map((f) => f.ruleId)).toContain('approval.event-stale');
  });

  it('a head that moved during the run is never passed, and the audit record is dropped', async () => {
    const w = world({ reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] }, headMovesTo: H_OLD });
    const r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(r.judgedCommit).toBe(HEAD);
    expect(details(r).audit).toBeUndefined();
    expect(r.actionRequired).toBe(false);
    expect(approvalsCheck(r).findings[0]).toMatchObject({ ruleId: 'approval.head-moved' });
  });

  it('a workflow the PR changed, or one that cannot be compared, never passes; the same one does', async () => {
    const approved = { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] };
    for (const status of ['changed', 'unknown'] as const) {
      const w = world({
        reviews: approved,
        workflow: { status, file: '.github/workflows/approval.yml', message: `workflow ${status}` },
      });
      const r = await evaluate(w);
      expect(`${status}: ${r.verdict}`).toBe(`${status}: fail`);
      expect(r.headline.endsWith(`not approved: workflow ${status}`)).toBe(true);
    }
    const w = world({
      reviews: approved,
      workflow: { status: 'same', file: '.github/workflows/approval.yml', message: 'same' },
    });
    expect((await evaluate(w)).verdict).toBe('pass');
  });

  it('the same also applies when no approval is required for the environment', async () => {
    const w = world({
      event: { eventName: 'pull_request', pullRequest: 7, environment: 'staging' },
      workflow: { status: 'changed', file: '.github/workflows/approval.yml', message: 'workflow changed' },
    });
    expect((await evaluate(w)).verdict).toBe('fail');
  });

  it('policy: the default branch decides whatever the base; a PR against another base must satisfy both', async () => {
    const lax = BASE_CONFIG.replace('approval-gate:', 'approval-gate:\n    environments: [staging]');
    const strict = withMetadata('      user-facing: true\n      pii: true\n');
    const w = world({ reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] } });
    w.pulls[0]!.baseRef = 'rc';
    w.files.rc = { 'ml-gates.yml': lax };
    let r = await evaluate(w);
    expect(r.verdict).toBe('pass'); // main's policy (medium: ml-lead) is met; rc needs nothing for prod
    expect(details(r).policyRefs).toEqual(['main', 'rc']);
    w.files.main = { 'ml-gates.yml': strict };
    r = await evaluate(w);
    expect(r.verdict).toBe('fail'); // main says high: security-lead too
    expect(missing(r)).toEqual({ 'security-lead': 1 });
    w.files.main = { 'ml-gates.yml': BASE_CONFIG };
    w.files.rc = { 'ml-gates.yml': strict };
    r = await evaluate(w);
    expect(r.verdict).toBe('fail'); // rc is stricter than main: its approvers are needed too
    expect(approvalsCheck(r).findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /^Policy of the base branch rc \(high risk\): Needs 1 more approval\(s\) from security-lead/,
      ),
    );
    expect(r.headline).toMatch(/the policy of the base branch rc needs security-lead ×1/);
    w.reviews[7]!.push(review('sec1', 'APPROVED', HEAD, AT(12)));
    r = await evaluate(w);
    expect(r.verdict).toBe('pass');
    expect((details(r).audit as AuditRecord).policyRefs).toEqual(['main', 'rc']);
  });

  it('policy-ref replaces the default branch as the trusted ref', async () => {
    const w = world({
      event: { eventName: 'pull_request_review', pullRequest: 7, environment: 'prod', policyRef: 'v1-policy' },
      reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(10))] },
    });
    w.files['v1-policy'] = { 'ml-gates.yml': BASE_CONFIG };
    const r = await evaluate(w);
    expect(r.verdict).toBe('pass');
    expect(w.calls).toContain('read ml-gates.yml@v1-policy');
    expect(w.calls).not.toContain('read ml-gates.yml@main');
  });
});

describe('rejections are not dropped by the tip bound', () => {
  it('a /reject given before a force-push back still blocks (fail closed); a later /approve by the same person lifts it', async () => {
    const w = world({
      reviews: { 7: [review('lead1', 'APPROVED', HEAD, AT(20))] },
      comments: { 7: [comment('sec1', '/reject drift looks wrong', AT(10))] },
      tips: { [HEAD]: { at: AT(15), basis: 'force_push to feature' } },
    });
    let r = await evaluate(w);
    expect(r.verdict).toBe('fail');
    expect(approvalsCheck(r).findings.map((f) => f.ruleId)).toContain('approval.rejected');
    w.tips = { [HEAD]: { unknown: 'the activity lags' } };
    expect((await evaluate(w)).verdict).toBe('fail');
    w.comments[7]!.push(comment('sec1', `/approve ${HEAD}`, AT(21)));
    r = await evaluate(w);
    expect(r.verdict).toBe('pass');
  });
});
