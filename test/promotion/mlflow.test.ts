import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '@ml-gates/cli';
import { io, workspace } from './helpers.js';
import { mlflowFromEnv } from '../../packages/promotion/src/mlflow.js';
import { startEmulator, type Emulator } from './mlflow-emulator.js';

const TOKEN = 'test-token';
const PROMOTE = [
  'promote',
  'model',
  'eval',
  '--attestation',
  'att.json',
  '--key',
  'signing.pub',
  '--model',
  'churn',
  '--model-version',
  '3',
];

let mlflow: Emulator;
const env = (): NodeJS.ProcessEnv => ({ MLFLOW_TRACKING_URI: `${mlflow.url}/`, MLFLOW_TRACKING_TOKEN: TOKEN });
beforeEach(async () => {
  // Version 3 holds the model folder the gates judged, as `mlflow.register_model` stores it.
  const model = readFileSync('test/fixtures/model-scan/benign/model.safetensors');
  mlflow = await startEmulator({
    token: TOKEN,
    versions: { churn: { '1': {}, '2': {}, '3': { files: { 'model.safetensors': model } } } },
  });
});
afterEach(async () => {
  await mlflow.close();
});

describe('ml-gates promote (MLflow Model Registry, against an emulator of its REST API)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = workspace();
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], io(dir))).toBe(
      0,
    );
  });
  it('sets the tags, then the alias, on the version when verify passes', async () => {
    const t = io(dir, env());
    expect(await main(PROMOTE, t)).toBe(0);
    expect(t.out).toMatch(/promoted churn version 3 to alias production-ready/);
    expect(mlflow.calls[0]).toMatchObject({
      method: 'GET',
      path: '/api/2.0/mlflow/model-versions/get?name=churn&version=3',
    });
    expect(mlflow.calls.at(-1)).toMatchObject({
      path: '/api/2.0/mlflow/registered-models/alias',
      body: { name: 'churn', alias: 'production-ready', version: '3' },
    });
    expect(mlflow.aliases.get('churn')).toEqual({ 'production-ready': '3' });
    const tags = mlflow.tags.get('churn/3')!;
    const digest = createHash('sha256')
      .update(readFileSync(join(dir, 'att.json')))
      .digest('hex');
    expect(tags['ml-gates.attestation.sha256']).toBe(digest);
    expect(tags).toMatchObject({
      'ml-gates.verdict': 'pass',
      'ml-gates.model-scan': 'pass',
      'ml-gates.policy': 'pass',
    });
  });

  it('never calls the registry when verify fails (a changed model file)', async () => {
    const d = workspace();
    expect(await main(['run', '--out', 'reports'], io(d))).toBe(0);
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], io(d))).toBe(0);
    writeFileSync(
      join(d, 'eval/predictions.csv'),
      readFileSync(join(d, 'eval/predictions.csv'), 'utf8').replace('app-00000,0,0.7983', 'app-00000,0,0.9983'),
    );
    expect(readFileSync(join(d, 'eval/predictions.csv'), 'utf8')).toMatch(/app-00000,0,0\.9983/);
    const t = io(d, env());
    expect(await main(PROMOTE, t)).toBe(1);
    expect(t.err).toMatch(/not promoted: eval\/predictions\.csv: sha256/);
    expect(mlflow.calls).toHaveLength(0);
  });

  it('never calls the registry when the deploy policy fails', async () => {
    writeFileSync(
      join(dir, 'strict.yml'),
      'version: 1\npolicy:\n  deploy:\n    - id: risk\n      message: high-risk models need two approvals\n      expr: approvals.size() >= 2\n',
    );
    const t = io(dir, env());
    expect(await main([...PROMOTE, '--config', 'strict.yml'], t)).toBe(1);
    expect(t.err).toMatch(/not promoted: deploy policy risk/);
    expect(mlflow.calls).toHaveLength(0);
  });

  it('--dry-run verifies and prints the calls without making them (no server needed)', async () => {
    const t = io(dir, {});
    expect(await main([...PROMOTE, '--dry-run'], t)).toBe(0);
    expect(t.out).toMatch(
      /POST \/api\/2\.0\/mlflow\/registered-models\/alias \{"name":"churn","alias":"production-ready","version":"3"\}/,
    );
    expect(mlflow.calls).toHaveLength(0);
  });

  it('a version the registry does not have: no tag or alias is set, exit 3 with the registry reason', async () => {
    const t = io(dir, env());
    const args = [...PROMOTE];
    args[args.indexOf('3')] = '9';
    expect(await main(args, t)).toBe(3);
    expect(t.err).toMatch(/HTTP 404 RESOURCE_DOES_NOT_EXIST/);
    expect(mlflow.calls).toHaveLength(1);
    expect(mlflow.aliases.size).toBe(0);
  });

  it('credentials never go over plain http to another machine; loopback http and https are accepted', () => {
    const target = (url: string, extra: NodeJS.ProcessEnv = { MLFLOW_TRACKING_TOKEN: 't0ken' }) =>
      mlflowFromEnv({ MLFLOW_TRACKING_URI: url, ...extra });
    for (const url of ['http://mlflow.internal:5000', 'HTTP://10.0.0.5', 'http://user:pw@mlflow.example.com/']) {
      expect(() => target(url)).toThrow(/does not send the MLflow credentials over plain http/);
      expect(() => target(url, { MLFLOW_TRACKING_USERNAME: 'u', MLFLOW_TRACKING_PASSWORD: 'p' })).toThrow(/plain http/);
    }
    expect(() => target('http://user:pw@mlflow.example.com/')).toThrow(/is http:\/\/mlflow\.example\.com\//);
    expect(target('https://mlflow.example.com').token).toBe('t0ken');
    for (const url of ['http://127.0.0.1:5000', 'http://localhost:5000', 'http://[::1]:5000'])
      expect(target(url).url).toBe(url);
    // No credentials: nothing to leak, plain http is the server's business.
    expect(target('http://mlflow.internal:5000', {}).url).toBe('http://mlflow.internal:5000');
  });

  it('a rejected token stops before any change; a missing MLFLOW_TRACKING_URI is a usage error', async () => {
    const t = io(dir, { MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: 'wrong' });
    expect(await main(PROMOTE, t)).toBe(3);
    expect(t.err).toMatch(/HTTP 401 UNAUTHENTICATED/);
    expect(mlflow.tags.size + mlflow.aliases.size).toBe(0);
    const u = io(dir, {});
    expect(await main(PROMOTE, u)).toBe(2);
    expect(u.err).toMatch(/MLFLOW_TRACKING_URI is not set/);
  });
});

describe('ml-gates promote and the attested policy', () => {
  it('never calls the registry when the attested policy failed, even if the deploy rules do not read it', async () => {
    const d = workspace(
      'policy:\n  rules:\n    - id: high-auc\n      message: ROC AUC above 0.999\n      expr: gates["performance-gate"].metrics["roc_auc"].value > 0.999\n',
    );
    // The gates pass, the policy fails the run; the attestation records it.
    expect(await main(['run', '--out', 'reports'], io(d))).toBe(1);
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], io(d))).toBe(0);
    writeFileSync(
      join(d, 'lax.yml'),
      'version: 1\npolicy:\n  deploy:\n    - id: scan\n      message: model scan passed\n      expr: gates["model-scan"].verdict == "pass"\n',
    );
    const lax = io(d, env());
    expect(await main([...PROMOTE, '--config', 'lax.yml'], lax)).toBe(1);
    expect(lax.err).toMatch(/not promoted: the attested policy verdict is fail \(high-auc\)/);
    // verify itself judges only the deploy rules it is given.
    expect(
      await main(
        ['verify', 'model', '--attestation', 'att.json', '--key', 'signing.pub', '--config', 'lax.yml'],
        io(d),
      ),
    ).toBe(0);
    const plain = io(d, env());
    expect(await main(PROMOTE, plain)).toBe(1);
    expect(plain.err).toMatch(/not promoted: deploy policy attested-verdict/);
    expect(mlflow.calls).toHaveLength(0);
  });
});
