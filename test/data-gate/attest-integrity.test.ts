/**
 * The manifest and `.dvc` files the integrity check trusted are subjects (kind `dataset/integrity`, the sha256
 * of the bytes verified against), so `ml-gates verify data` after `attest` passes with them beside the data
 * (it used to fail "not attested"), and fails when one of them is edited afterwards: a manifest rewritten to
 * match other data is not what the gate verified.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import {
  defaultConfig,
  runGate,
  silentLogger,
  type GateContext,
  type GateOutput,
  type GateResult,
  type ShardSpec,
} from '@ml-gates/core';
import { dataGate, type DataGateOptions } from '@ml-gates/data-gate';

const CONFIG = `version: 1
gates:
  data-gate:
    dataset: data/
    checks:
      integrity: { manifest: data/SHA256SUMS, untracked: fail }
      pii: off
      secrets: off
      outliers: off
`;

function io(cwd: string): CliIo & { out: string; err: string } {
  const s = { out: '', err: '' };
  return Object.assign(s, {
    stdout: (t: string) => void (s.out += t),
    stderr: (t: string) => void (s.err += t),
    cwd,
    env: { CI: 'true', GITHUB_SHA: 'b'.repeat(40) },
    isTTY: false,
  });
}

const hex = (algo: string, b: Buffer | string): string => createHash(algo).update(b).digest('hex');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-dg-attest-integrity-'));
  mkdirSync(join(dir, 'data'));
  const train = 'id,score,city\n1,0.5,Oslo\n2,0.7,Bergen\n3,0.1,Oslo\n';
  const test = 'id,score,city\n4,0.9,Oslo\n';
  writeFileSync(join(dir, 'data/train.csv'), train);
  writeFileSync(join(dir, 'data/test.csv'), test);
  writeFileSync(join(dir, 'data/SHA256SUMS'), `${hex('sha256', train)}  train.csv\n${hex('sha256', test)}  test.csv\n`);
  writeFileSync(
    join(dir, 'data/train.csv.dvc'),
    `outs:\n- md5: ${hex('md5', train)}\n  size: ${train.length}\n  hash: md5\n  path: train.csv\n`,
  );
  writeFileSync(join(dir, 'ml-gates.yml'), CONFIG);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'signing.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(join(dir, 'signing.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  return dir;
}

const attest = ['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'];
const verify = ['verify', 'data', '--attestation', 'att.json', '--key', 'signing.pub'];

describe('attest and verify with a manifest and a .dvc file in the data folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workspace();
    const t = io(dir);
    const code = await main(['run', '--out', 'reports'], t);
    if (code !== 0) throw new Error(`data-gate did not pass: ${t.out}${t.err}`);
    expect(await main(attest, io(dir))).toBe(0);
  });

  it('attests the manifest and the .dvc file with the data; verify data passes', async () => {
    const bundle = JSON.parse(readFileSync(join(dir, 'att.json'), 'utf8')) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      subject: { name: string; digest: { sha256: string } }[];
    };
    expect(statement.subject.map((s) => s.name)).toEqual([
      'data/SHA256SUMS',
      'data/test.csv',
      'data/train.csv',
      'data/train.csv.dvc',
    ]);
    const manifest = statement.subject.find((s) => s.name === 'data/SHA256SUMS')!;
    expect(manifest.digest.sha256).toBe(hex('sha256', readFileSync(join(dir, 'data/SHA256SUMS'))));
    const report = JSON.parse(readFileSync(join(dir, 'reports/data-gate.json'), 'utf8')) as {
      subjects: { path: string; kind?: string }[];
    };
    expect(report.subjects.filter((s) => s.kind === 'dataset/integrity').map((s) => s.path)).toEqual([
      'data/SHA256SUMS',
      'data/train.csv.dvc',
    ]);
    const v = io(dir);
    expect(await main(verify, v)).toBe(0);
  });

  it('a .dvc file edited after the gates ran fails verify, naming it', async () => {
    const path = join(dir, 'data/train.csv.dvc');
    const original = readFileSync(path);
    try {
      writeFileSync(path, `${original.toString('utf8')}# edited\n`);
      const v = io(dir);
      expect(await main(verify, v)).toBe(1);
      expect(v.err + v.out).toMatch(/data\/train\.csv\.dvc: sha256 .* does not match the attested/);
    } finally {
      writeFileSync(path, original);
    }
  });
});

describe('sharded: every shard verifies against the manifest', () => {
  it('the merge lists the manifest once and each .dvc sidecar once, and passes', async () => {
    const dir = workspace();
    const section = {
      dataset: 'data/',
      checks: {
        integrity: { manifest: 'data/SHA256SUMS', untracked: 'fail' },
        pii: 'off',
        secrets: 'off',
        outliers: 'off',
        drift: 'off',
      },
    };
    const config = defaultConfig();
    config.gates['data-gate'] = section as never;
    const shard = (spec: ShardSpec) => ({
      ...dataGate,
      run: (ctx: GateContext<DataGateOptions>) => dataGate.run({ ...ctx, shard: spec }),
    });
    const partials: GateResult[] = [];
    for (let index = 1; index <= 2; index++)
      partials.push(await runGate(shard({ index, count: 2 }), { config, cwd: dir, logger: silentLogger }));
    for (const p of partials) expect(p.subjects.some((s) => s.path === 'data/SHA256SUMS')).toBe(true);
    const merged = await runGate(
      {
        ...dataGate,
        run: (ctx: GateContext<DataGateOptions>): Promise<GateOutput> => dataGate.mergeShards!(partials, ctx),
      },
      { config, cwd: dir, logger: silentLogger },
    );
    expect(merged.verdict).toBe('pass');
    expect(merged.subjects.map((s) => s.path).sort()).toEqual([
      'data/SHA256SUMS',
      'data/test.csv',
      'data/train.csv',
      'data/train.csv.dvc',
    ]);
  });
});

describe('a JSON manifest inside the data folder', () => {
  it('is verified against, never read as a data file of the folder', async () => {
    const dir = workspace();
    const sums = (name: string): string => hex('sha256', readFileSync(join(dir, 'data', name)));
    writeFileSync(
      join(dir, 'data/manifest.json'),
      `${JSON.stringify({ 'train.csv': sums('train.csv'), 'test.csv': sums('test.csv') }, null, 2)}\n`,
    );
    const config = defaultConfig();
    config.gates['data-gate'] = {
      dataset: 'data',
      checks: {
        integrity: { manifest: 'data/manifest.json', untracked: 'fail' },
        pii: 'off',
        secrets: 'off',
        outliers: 'off',
      },
    } as never;
    const r = await runGate(dataGate, { config, cwd: dir, logger: silentLogger });
    expect(r.errors).toEqual([]);
    expect(r.verdict).toBe('pass');
    expect(r.details?.rows).toBe(4);
    expect(r.subjects.map((s) => [s.path, s.kind])).toContainEqual(['data/manifest.json', 'dataset/integrity']);
  });
});
