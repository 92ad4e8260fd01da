import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from './emulator.js';

// `@actions/artifact` builds its Octokit from `GITHUB_API_URL` when `@actions/github` is first loaded,
// so the emulator starts and the variable is set before the module under test is imported.
let emu: Emulator;
let artifact: typeof import('../../packages/core/src/github/artifact.js');

beforeAll(async () => {
  emu = await startEmulator();
  process.env.GITHUB_API_URL = emu.url;
  delete process.env.GITHUB_SERVER_URL;
  delete process.env.ACTIONS_RUNTIME_TOKEN;
  delete process.env.ACTIONS_RESULTS_URL;
  emu.state.addToken('ghs_art', { login: 'github-actions[bot]', type: 'Bot' });
  artifact = await import('../../packages/core/src/github/artifact.js');
});
afterAll(() => emu.close());

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
