import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type GitHubClient } from '../../packages/core/src/github/client.js';
import { laggedView, startEmulator, type Emulator } from './emulator.js';

const SHA = 'a'.repeat(40);
const quiet = { warning: () => undefined, debug: () => undefined };

describe('GitHub API emulator', () => {
  let emu: Emulator;
  let gh: GitHubClient;
  const owner = 'octo-org';
  const repo = 'models';

  beforeAll(async () => {
    emu = await startEmulator();
    const r = emu.state.addRepo(`${owner}/${repo}`);
    r.addPull({ number: 7, headSha: SHA, title: 'Add model' });
    r.setPermission('alice', 'write');
    r.addReview({ pullNumber: 7, user: 'alice', state: 'APPROVED', commitId: SHA });
    emu.state.addTeamMember(owner, 'ml-leads', 'alice', 'maintainer');
    emu.state.addToken('ghs_test', { login: 'github-actions[bot]', type: 'Bot' });
    emu.state.addToken('ghs_fork', { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
    gh = createClient({ token: 'ghs_test', baseUrl: emu.url, logger: quiet, retries: 0 });
  });
  afterAll(async () => {
    if (emu.state.violations.length > 0) console.log(emu.state.violations.join('\n'));
    await emu.close();
  });

  it('serves every endpoint ml-gates uses, with responses that match the OpenAPI description', async () => {
    expect((await gh.rest.repos.get({ owner, repo })).data.default_branch).toBe('main');
    const pr = (await gh.rest.pulls.get({ owner, repo, pull_number: 7 })).data;
    expect(pr.head.sha).toBe(SHA);
    const reviews = (await gh.rest.pulls.listReviews({ owner, repo, pull_number: 7 })).data;
    expect(reviews.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([['alice', 'APPROVED', SHA]]);
    expect(
      (await gh.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'alice' })).data.permission,
    ).toBe('write');
    expect((await gh.rest.users.getByUsername({ username: 'alice' })).data.login).toBe('alice');
    expect(
      (await gh.rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: 'ml-leads', username: 'alice' })).data
        .role,
    ).toBe('maintainer');

    const created = await gh.rest.checks.create({
      owner,
      repo,
      name: 'ml-gates / model-scan',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      output: {
        title: 'fail',
        summary: 'x',
        annotations: [{ path: 'a.pkl', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'bad' }],
      },
    });
    await gh.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      output: {
        title: 'fail',
        summary: 'x',
        annotations: [{ path: 'b.pkl', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'meh' }],
      },
    });
    const runs = (await gh.rest.checks.listForRef({ owner, repo, ref: SHA })).data;
    expect(runs.check_runs.map((r) => [r.name, r.conclusion, r.output.annotations_count])).toEqual([
      ['ml-gates / model-scan', 'failure', 2],
    ]);
    const anns = await gh.paginate(gh.rest.checks.listAnnotations, {
      owner,
      repo,
      check_run_id: created.data.id,
      per_page: 1,
    });
    expect(anns.map((a) => a.path)).toEqual(['a.pkl', 'b.pkl']);

    const c = await gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'hello' });
    await gh.rest.issues.updateComment({ owner, repo, comment_id: c.data.id, body: 'hello again' });
    const comments = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: 7, per_page: 100 });
    expect(comments.map((x) => [x.body, x.user?.login, x.user?.type])).toEqual([
      ['hello again', 'github-actions[bot]', 'Bot'],
    ]);
    await gh.rest.issues.deleteComment({ owner, repo, comment_id: c.data.id });

    const issue = await gh.rest.issues.create({ owner, repo, title: 'gate failing', body: 'x' });
    await gh.rest.issues.update({ owner, repo, issue_number: issue.data.number, state: 'closed' });
    const open = await gh.rest.issues.listForRepo({ owner, repo, state: 'open' });
    expect(open.data.map((i) => i.number)).not.toContain(issue.data.number);

    const r = emu.state.repo(`${owner}/${repo}`);
    const run = r.addRun({ workflowPath: '.github/workflows/ml.yml', headSha: SHA });
    r.addArtifact(run.id, 'ml-gates-performance-gate', { 'performance-gate.json': '{}' });
    const wr = await gh.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: 'ml.yml',
      branch: 'main',
      status: 'success',
    });
    expect(wr.data.workflow_runs.map((x) => x.id)).toEqual([run.id]);
    const arts = await gh.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: run.id,
      name: 'ml-gates-performance-gate',
    });
    expect(arts.data.artifacts[0]?.workflow_run?.head_branch).toBe('main');

    r.files.set('.github/CODEOWNERS', '* @octo-org/ml-leads\n');
    const file = await gh.rest.repos.getContent({ owner, repo, path: '.github/CODEOWNERS' });
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString()).toMatch(/ml-leads/);
    await expect(gh.rest.repos.getContent({ owner, repo, path: 'missing.txt' })).rejects.toMatchObject({ status: 404 });

    expect(emu.state.violations).toEqual([]);
  });

  it('rejects a request GitHub would reject, and records it', async () => {
    const before = emu.state.violations.length;
    // `conclusion: "passed"` is not one of GitHub's conclusions; annotations need `annotation_level`.
    await expect(
      gh.request('POST /repos/{owner}/{repo}/check-runs', {
        owner,
        repo,
        name: 'x',
        head_sha: SHA,
        conclusion: 'passed',
        output: { title: 't', summary: 's', annotations: [{ path: 'a', start_line: 1, end_line: 1, message: 'm' }] },
      } as never),
    ).rejects.toMatchObject({ status: 422 });
    const added = emu.state.violations.slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/conclusion/);
    expect(added[0]).toMatch(/annotation_level/);

    // A summary over GitHub's 65,535-character limit.
    await expect(
      gh.rest.checks.create({
        owner,
        repo,
        name: 'x',
        head_sha: SHA,
        output: { title: 't', summary: 'x'.repeat(65536) },
      }),
    ).rejects.toMatchObject({ status: 422 });
    // A path that is not in GitHub's API at all.
    await expect(gh.request('GET /repos/{owner}/{repo}/ml-gates', { owner, repo })).rejects.toMatchObject({
      status: 404,
    });
    expect(emu.state.violations.slice(before)).toHaveLength(3);
    emu.state.violations.length = before;
  });

  it('answers 403 to writes with a read-only token (fork pull requests)', async () => {
    const fork = createClient({ token: 'ghs_fork', baseUrl: emu.url, logger: quiet, retries: 0 });
    await expect(fork.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    expect((await fork.rest.pulls.get({ owner, repo, pull_number: 7 })).status).toBe(200);
  });

  it('retries server errors through the retry plugin', async () => {
    const g = createClient({ token: 'ghs_test', baseUrl: emu.url, logger: quiet, retries: 2 });
    emu.state.faults.push({ method: 'GET', path: /\/pulls\/7$/, status: 502, times: 1 });
    const n = emu.state.requests.length;
    const started = Date.now();
    expect((await g.rest.pulls.get({ owner, repo, pull_number: 7 })).data.number).toBe(7);
    expect(emu.state.requests.slice(n).map((r) => r.status)).toEqual([502, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(0);
  });

  it('lags lists behind writes like GitHub under load, while reads by id are current', async () => {
    const r = emu.state.repo(`${owner}/${repo}`);
    emu.state.listLagMs = 60_000;
    try {
      const listed = async (): Promise<string[]> =>
        (await gh.rest.issues.listComments({ owner, repo, issue_number: 7 })).data.map((c) => c.body ?? '');
      const before = await listed();
      const c = await gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'lagging' });
      expect(await listed()).toEqual(before);
      expect((await gh.rest.issues.getComment({ owner, repo, comment_id: c.data.id })).data.body).toBe('lagging');
      const run = await gh.rest.checks.create({ owner, repo, name: 'ml-gates / lag', head_sha: 'b'.repeat(40) });
      expect((await gh.rest.checks.listForRef({ owner, repo, ref: 'b'.repeat(40) })).data.total_count).toBe(0);
      expect((await gh.rest.checks.get({ owner, repo, check_run_id: run.data.id })).data.name).toBe('ml-gates / lag');
      // Once the lag has passed: created, updated and deleted objects show as they are.
      emu.state.listLagMs = 0;
      expect(await listed()).toEqual([...before, 'lagging']);
      expect(r.listedCheckRuns().map((x) => x.id)).toContain(run.data.id);
    } finally {
      emu.state.listLagMs = 0;
    }
  });

  it('shows each object in a list as its newest version at least the lag old (pure view)', () => {
    type O = { id: number; v: string };
    const current = new Map<number, O>([
      [1, { id: 1, v: 'b' }],
      [3, { id: 3, v: 'direct' }],
    ]);
    const versions = new Map([
      [
        1,
        [
          { at: 1000, value: { id: 1, v: 'a' } },
          { at: 2500, value: { id: 1, v: 'b' } },
        ],
      ],
      [
        2,
        [
          { at: 1000, value: { id: 2, v: 'x' } },
          { at: 2600, value: undefined },
        ],
      ],
    ]);
    const at = (now: number): string[] => laggedView(current, versions, 2000, now).map((o) => `${o.id}${o.v}`);
    // Objects put into the state directly (3) have no versions and show at once.
    expect(at(2000)).toEqual(['3direct']);
    expect(at(3000)).toEqual(['1a', '3direct', '2x']);
    expect(at(4600)).toEqual(['1b', '3direct']);
    expect(laggedView(current, versions, 0, 3000).map((o) => o.v)).toEqual(['b', 'direct']);
  });
});
