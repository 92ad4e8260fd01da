import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { main } from '@ml-gates/cli';
import { proxiedPath } from '../../packages/promotion/src/registry-files.js';
import { io, workspace } from './helpers.js';
import { startEmulator, type Emulator, type VersionSpec } from './mlflow-emulator.js';

const TOKEN = 'files-token';
const PROMOTE = ['promote', 'model', 'eval', '--attestation', 'att.json', '--key', 'signing.pub'];
const MODEL = readFileSync('test/fixtures/model-scan/benign/model.safetensors');

let dir: string;
let mlflow: Emulator | undefined;
beforeAll(async () => {
  dir = workspace();
  expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
  expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], io(dir))).toBe(0);
});
afterEach(async () => {
  await mlflow?.close();
  mlflow = undefined;
});

/** Promotes version 1 of `churn`, registered as `spec`; returns the exit code, the output and the registry. */
async function promote(spec: VersionSpec, extra: string[] = []) {
  mlflow = await startEmulator({ token: TOKEN, versions: { churn: { '1': spec } } });
  const t = io(dir, { MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: TOKEN });
  const code = await main([...PROMOTE, '--model', 'churn', '--model-version', '1', ...extra], t);
  const posts = mlflow.calls.filter((c) => c.method === 'POST');
  return { code, out: t.out, err: t.err, posts, tags: mlflow.tags.get('churn/1') ?? {}, mlflow };
}

describe("promote compares the registry version's files with the attestation", () => {
  it('the version holding the attested model folder is promoted; run_id, source and the comparison are tagged', async () => {
    const r = await promote({ runId: 'a1b2c3', source: 'runs:/a1b2c3/model', files: { 'model.safetensors': MODEL } });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/promoted churn version 1 to alias production-ready: 1 file\(s\) match the attested model/);
    expect(r.tags).toMatchObject({
      'ml-gates.registry.run_id': 'a1b2c3',
      'ml-gates.registry.source': 'runs:/a1b2c3/model',
      'ml-gates.registry.files': '1 file(s) match the attested model (sha256)',
    });
    const paths = r.mlflow.calls.map((c) => `${c.method} ${c.path.split('?')[0]}`);
    expect(paths.slice(0, 4)).toEqual([
      'GET /api/2.0/mlflow/model-versions/get',
      'GET /api/2.0/mlflow/model-versions/get-download-uri',
      'GET /api/2.0/mlflow-artifacts/artifacts',
      'GET /api/2.0/mlflow-artifacts/artifacts/1/a1b2c3/artifacts/model/model.safetensors',
    ]);
    expect(paths.at(-1)).toBe('POST /api/2.0/mlflow/registered-models/alias');
  });

  it.each<[string, VersionSpec, RegExp]>([
    [
      'other bytes under the attested name',
      { files: { 'model.safetensors': Buffer.concat([MODEL.subarray(0, -1), Buffer.from([MODEL.at(-1)! ^ 1])]) } },
      /model\.safetensors has sha256 [0-9a-f]{16}…, the attested model\/model\.safetensors [0-9a-f]{16}…; the registry holds other bytes/,
    ],
    [
      'a file the gates never saw beside the model',
      { files: { 'model.safetensors': MODEL, 'loader.pkl': 'cos\nsystem\n' } },
      /loader\.pkl is in the registry version but not attested under model/,
    ],
    [
      'a file in a sub-folder the gates never saw',
      { files: { 'model.safetensors': MODEL, 'code/hook.py': 'import os' } },
      /code\/hook\.py is in the registry version but not attested under model/,
    ],
    ['no file at all', { files: {} }, /the registry version holds no file/],
    [
      'a file no attested path ends with',
      { files: { 'weights.bin': MODEL } },
      /weights\.bin is in the registry version but no attested file has that name/,
    ],
    [
      'a store the tracking server does not proxy',
      { artifactUri: 's3://models/churn/1', files: { 'model.safetensors': MODEL } },
      /stored at s3:\/\/ .*--skip-artifact-check promotes without comparing them/,
    ],
    [
      'an artifact location on another server',
      { artifactUri: 'mlflow-artifacts://evil.example:5000/1/x/artifacts/model', files: {} },
      /names another server than MLFLOW_TRACKING_URI/,
    ],
    [
      'a version still registering',
      { status: 'PENDING_REGISTRATION', files: { 'model.safetensors': MODEL } },
      /is PENDING_REGISTRATION, not READY/,
    ],
    ['a version whose registration failed', { status: 'FAILED_REGISTRATION' }, /is FAILED_REGISTRATION, not READY/],
  ])('%s: refused (exit 3), no tag and no alias set', async (_what, spec, why) => {
    const r = await promote(spec);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(why);
    expect(r.posts).toEqual([]);
    expect(r.mlflow.aliases.size).toBe(0);
  });

  it('--model-dir names the folder: another attested folder than the version holds is refused', async () => {
    const r = await promote({ files: { 'model.safetensors': MODEL } }, ['--model-dir', 'eval']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/model\.safetensors is in the registry version but not attested under eval/);
    const whole = await promote({ files: { 'model/model.safetensors': MODEL } }, ['--model-dir', '.']);
    expect(whole.code).toBe(3);
    expect(whole.err).toMatch(/eval\/predictions\.csv is attested but not in the registry version/);
    const right = await promote({ files: { 'model.safetensors': MODEL } }, ['--model-dir', 'model/']);
    expect(right.code).toBe(0);
  });

  it('--model-dir with --skip-artifact-check is a usage error, before any call', async () => {
    const r = await promote({ files: { 'model.safetensors': MODEL } }, [
      '--model-dir',
      'model',
      '--skip-artifact-check',
    ]);
    expect(r.code).toBe(2);
    expect(r.mlflow.calls).toEqual([]);
  });

  it('--skip-artifact-check promotes a store the server does not proxy, says so and tags it', async () => {
    const r = await promote({ artifactUri: 's3://models/churn/1', runId: 'r1' }, ['--skip-artifact-check']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: churn version 1: not compared \(--skip-artifact-check\)/);
    expect(r.tags['ml-gates.registry.files']).toMatch(/^not compared/);
    expect(r.tags['ml-gates.registry.run_id']).toBe('r1');
    expect(r.mlflow.calls.some((c) => c.path.includes('get-download-uri'))).toBe(false);
  });

  it('--dry-run names the download-uri call and the file comparison, and calls nothing', async () => {
    mlflow = await startEmulator({ token: TOKEN, versions: { churn: ['1'] } });
    const t = io(dir, {});
    expect(await main([...PROMOTE, '--model', 'churn', '--model-version', '1', '--dry-run'], t)).toBe(0);
    expect(t.out).toMatch(/GET \/api\/2\.0\/mlflow\/model-versions\/get-download-uri\?name=churn&version=1/);
    expect(t.out).toMatch(/list and hash every file of the version through \/api\/2\.0\/mlflow-artifacts\/artifacts/);
    expect(mlflow.calls).toEqual([]);
  });
});

describe('proxiedPath', () => {
  it.each([
    ['mlflow-artifacts:/1/abc/artifacts/model', { path: '1/abc/artifacts/model' }],
    ['mlflow-artifacts://127.0.0.1:5000/1/abc/artifacts/model/', { path: '1/abc/artifacts/model' }],
    ['mlflow-artifacts:/1/../../etc', { why: expect.stringMatching(/not a plain path|another server/) as unknown }],
    ['mlflow-artifacts:/1/%2e%2e/x', { why: expect.stringMatching(/not a plain path/) as unknown }],
    ['gs://bucket/m', { why: expect.stringMatching(/gs:\/\//) as unknown }],
    ['file:///srv/mlruns/1/abc', { why: expect.stringMatching(/file:\/\//) as unknown }],
    ['not a uri', { why: expect.stringMatching(/not a URI/) as unknown }],
  ])('%s', (uri, expected) => {
    expect(proxiedPath(uri, 'http://127.0.0.1:5000')).toEqual(expected);
  });
});

it('the emulator refuses request shapes MLflow refuses (unknown parameter, unsafe path, GET body)', async () => {
  const e = await startEmulator({ token: TOKEN, versions: { churn: { '1': { files: { 'a.bin': 'x' } } } } });
  try {
    const get = (path: string) => fetch(`${e.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect((await get('/api/2.0/mlflow/model-versions/get-download-uri?name=churn&version=1&stage=x')).status).toBe(
      400,
    );
    expect((await get('/api/2.0/mlflow-artifacts/artifacts?path=../etc')).status).toBe(400);
    expect((await get('/api/2.0/mlflow-artifacts/artifacts?path=/etc')).status).toBe(400);
    expect((await get('/api/2.0/mlflow-artifacts/artifacts/1/run/..%2F..%2Fetc')).status).toBe(400);
    const listing = (await (await get('/api/2.0/mlflow-artifacts/artifacts?path=1')).json()) as { files: unknown[] };
    expect(listing.files).toEqual([{ path: expect.any(String) as unknown, is_dir: true }]);
  } finally {
    await e.close();
  }
});
