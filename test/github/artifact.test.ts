import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from './emulator.js';

// `@actions/artifact` builds its Octokit from `GITHUB_API_URL` when `@actions/github` is first loaded,
// so the emulator starts and the variable is set before the module under test is imported.
let emu: Emulator;
let artifact: typeof import('../../packages/core/src/github/artifact.js');
let baseline: typeof import('../../packages/core/src/github/baseline.js');
let client: typeof import('../../packages/core/src/github/client.js');

beforeAll(async () => {
  emu = await startEmulator();
  process.env.GITHUB_API_URL = emu.url;
  delete process.env.GITHUB_SERVER_URL;
  delete process.env.ACTIONS_RUNTIME_TOKEN;
  delete process.env.ACTIONS_RESULTS_URL;
  emu.state.addToken('ghs_art', { login: 'github-actions[bot]', type: 'Bot' });
  artifact = await import('../../packages/core/src/github/artifact.js');
  baseline = await import('../../packages/core/src/github/baseline.js');
  client = await import('../../packages/core/src/github/client.js');
});
afterAll(async () => {
  delete process.env.ACTIONS_RUNTIME_TOKEN;
  delete process.env.ACTIONS_RESULTS_URL;
  await emu.close();
});

it('downloads a file from another run’s artifact with @actions/artifact (redirect to the blob, unzip)', async () => {
  const repo = emu.state.addRepo('octo-org/art');
  const run = repo.addRun({ workflowPath: '.github/workflows/ml.yml', headSha: 'a'.repeat(40) });
  const a = repo.addArtifact(run.id, 'ml-gates-performance-gate', {
    'performance-gate.json': '{"baseline":1}',
    'ml-gates.sarif': '{}',
  });
  const findBy = { token: 'ghs_art', workflowRunId: run.id, repositoryOwner: 'octo-org', repositoryName: 'art' };
  const content = await artifact.readArtifactFile(a.id, 'performance-gate.json', findBy);
  expect(content?.toString()).toBe('{"baseline":1}');
  expect(await artifact.readArtifactFile(a.id, 'absent.json', findBy)).toBeUndefined();
  expect(await artifact.readArtifactFile(a.id, '../escape.json', findBy)).toBeUndefined();
  expect(emu.state.violations).toEqual([]);
}, 60_000);

it('skips the upload with a reason when the runner gave no artifact service', async () => {
  const out = await artifact.uploadReportArtifact('ml-gates-model-scan', ['/tmp/x.json']);
  expect(out).toEqual({ uploaded: false, reason: expect.stringMatching(/ACTIONS_RUNTIME_TOKEN/) });
});

it('uploads a report artifact on the default branch and a pull request run downloads it as its baseline', async () => {
  const repo = emu.state.addRepo('octo-org/base', { defaultBranch: 'main' });
  const wf = '.github/workflows/ml.yml';
  const mainRun = repo.addRun({ workflowPath: wf, headSha: 'b'.repeat(40), headBranch: 'main', event: 'push' });
  const dir = await mkdtemp(join(tmpdir(), 'ml-gates-upload-'));
  try {
    const report = join(dir, 'performance-gate.json');
    const sarif = join(dir, 'ml-gates.sarif');
    await writeFile(report, '{"metrics":{"auc":0.91}}');
    await writeFile(sarif, '{"runs":[]}');
    // The main-branch job uploads with the runner's artifact service (here: the emulator's).
    Object.assign(process.env, repo.artifactRuntime(mainRun.id));
    const up = await artifact.uploadReportArtifact('ml-gates-performance-gate', [report, sarif]);
    expect(up).toEqual({ uploaded: true, id: expect.any(Number), size: expect.any(Number) });
    const stored = [...repo.artifacts.values()].filter((a) => a.runId === mainRun.id);
    expect(stored.map((a) => a.name)).toEqual(['ml-gates-performance-gate']);
    // The same name twice in one run is refused, and said so.
    const again = await artifact.uploadReportArtifact('ml-gates-performance-gate', [report]);
    expect(again).toEqual({ uploaded: false, reason: expect.stringMatching(/exist|409|Conflict/i) });

    // A later pull-request run of the same workflow takes its baseline from that artifact.
    const prRun = repo.addRun({
      workflowPath: wf,
      headSha: 'c'.repeat(40),
      headBranch: 'feature',
      event: 'pull_request',
    });
    const logs: string[] = [];
    const gh = client.createClient({
      token: 'ghs_art',
      baseUrl: emu.url,
      logger: { warning: () => undefined, debug: () => undefined },
      retries: 0,
    });
    const service = baseline.createBaselineService({
      gh,
      token: 'ghs_art',
      ctx: {
        owner: 'octo-org',
        repo: 'base',
        eventName: 'pull_request',
        headSha: 'c'.repeat(40),
        pullNumber: 1,
        fromFork: false,
        defaultBranch: 'main',
        ref: 'refs/pull/1/merge',
        runUrl: undefined,
        runId: prRun.id,
        workflowFile: 'ml.yml',
        serverUrl: 'https://github.com',
        payload: {},
      },
      gates: ['performance-gate'],
      workspace: dir,
      logger: { info: (m) => logs.push(m), warning: (m) => logs.push(`warning: ${m}`), debug: () => undefined },
    });
    const got = await service('performance-gate.json');
    expect(got?.content.toString()).toBe('{"metrics":{"auc":0.91}}');
    expect(got?.source).toMatch(/^artifact ml-gates-performance-gate of run #\d+ on main \(bbbbbbb\)$/);
    expect(logs.filter((l) => l.startsWith('warning'))).toEqual([]);
    expect(emu.state.violations).toEqual([]);
  } finally {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RESULTS_URL;
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);
