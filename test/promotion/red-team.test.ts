import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { main } from '@ml-gates/cli';
import type { GateResult } from '@ml-gates/core';
import { loadPrivateKey } from '@ml-gates/model-scan/signature/detached';
import { collectSubjects, promoteModel, signStatement, type InTotoStatement } from '@ml-gates/promotion';
import { GATES, io, workspace } from './helpers.js';

/**
 * Attacks on the promotion path that must fail closed: files swapped, added, removed or outside the workspace
 * after attestation; attested names that are not workspace-relative; an attestation for another repository,
 * workflow, ref or commit signed with the right key; reports of different commits, partial (shard) reports
 * and a missing gate report under a policy; partial answers of the registry.
 */
const SHA = 'a'.repeat(40);
const RUN_ENV = {
  GITHUB_RUN_ID: '7',
  GITHUB_REPOSITORY: 'acme/models',
  GITHUB_WORKFLOW_REF: 'acme/models/.github/workflows/gates.yml@refs/heads/main',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: SHA,
};

const statementOf = (file: string): InTotoStatement => {
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { dsseEnvelope: { payload: string } };
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as InTotoStatement;
};

/** Re-signs a changed statement with the workspace's own (trusted) key: the envelope is valid. */
const resign = (dir: string, statement: InTotoStatement, out: string): void => {
  const key = loadPrivateKey(readFileSync(join(dir, 'signing.pem')), 'signing.pem');
  writeFileSync(join(dir, out), JSON.stringify(signStatement(statement, key)));
};

const copyOf = (dir: string, tag: string): string => {
  const d = mkdtempSync(join(tmpdir(), `mlg-promo-${tag}-`));
  cpSync(dir, d, { recursive: true });
  return d;
};

async function verify(dir: string, args: string[]): Promise<{ code: number; err: string }> {
  const t = io(dir);
  const code = await main(['verify', ...args], t);
  return { code, err: t.err };
}

describe('verify against swapped, removed and out-of-workspace files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workspace();
    // A model folder of two files: the weights and a config the loader reads.
    writeFileSync(join(dir, 'model/config.json'), '{"architectures":["Bert"]}\n');
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
    const a = io(dir, RUN_ENV);
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], a)).toBe(0);
    expect(statementOf(join(dir, 'att.json')).subject.map((s) => s.name)).toContain('model/config.json');
  });

  it('passes on the untouched folder, on one attested file, and on the whole workspace minus nothing', async () => {
    expect((await verify(dir, ['model', '--attestation', 'att.json', '--key', 'signing.pub'])).code).toBe(0);
    expect((await verify(dir, ['model/config.json', '--attestation', 'att.json', '--key', 'signing.pub'])).code).toBe(
      0,
    );
  });

  it('an attested file removed from the deployed folder fails, naming it', async () => {
    const d = copyOf(dir, 'rm');
    rmSync(join(d, 'model/config.json'));
    const r = await verify(d, ['model', '--attestation', 'att.json', '--key', 'signing.pub']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/verify failed: model\/config\.json: attested but missing/);
  });

  it('an attested file renamed (same bytes, other name) fails: removed and not attested', async () => {
    const d = copyOf(dir, 'mv');
    renameSync(join(d, 'model/config.json'), join(d, 'model/config.json.bak'));
    const r = await verify(d, ['model', '--attestation', 'att.json', '--key', 'signing.pub']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/model\/config\.json: attested but missing/);
  });

  it('the same name with other bytes of the same length fails', async () => {
    const d = copyOf(dir, 'swap');
    writeFileSync(join(d, 'model/config.json'), '{"architectures":["Evil"]}\n');
    const r = await verify(d, ['model', '--attestation', 'att.json', '--key', 'signing.pub']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/model\/config\.json: sha256 .* does not match the attested/);
  });

  it('a path outside the workspace is refused even when the attestation names it with ../', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mlg-promo-outside-'));
    writeFileSync(join(outside, 'x.bin'), 'x');
    const rel = `../${basename(outside)}`;
    const s = statementOf(join(dir, 'att.json'));
    s.subject.push({ name: `${rel}/x.bin`, digest: { sha256: createHash('sha256').update('x').digest('hex') } });
    resign(dir, s, 'dotdot.json');
    // The traversal name itself is refused, whatever is verified.
    const named = await verify(dir, ['model', '--attestation', 'dotdot.json', '--key', 'signing.pub']);
    expect(named.code).toBe(1);
    expect(named.err).toMatch(/attestation: subject ".*x\.bin" is not a normalised workspace-relative path/);
    // And a path outside the workspace is refused with the untouched attestation too.
    const r = await verify(dir, [rel, '--attestation', 'att.json', '--key', 'signing.pub']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/outside the workspace/);
  });

  it.each([
    ['/etc/passwd', /absolute path/],
    ['model/./model.safetensors', /normalised/],
    ['model//model.safetensors', /normalised/],
    ['model\\model.safetensors', /not a workspace-relative path/],
    ['C:/model/model.safetensors', /absolute path/],
    ['', /not a workspace-relative path/],
  ])('an attested subject named %j is refused', async (name, why) => {
    const s = statementOf(join(dir, 'att.json'));
    s.subject.push({ name, digest: { sha256: 'b'.repeat(64) } });
    resign(dir, s, 'odd-name.json');
    const r = await verify(dir, ['model', '--attestation', 'odd-name.json', '--key', 'signing.pub']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(why);
  });

  it('a subject listed twice (two digests for one name) is refused, whichever comes first', async () => {
    const s = statementOf(join(dir, 'att.json'));
    const real = s.subject.find((x) => x.name === 'model/config.json')!;
    s.subject.unshift({ name: real.name, digest: { sha256: 'b'.repeat(64) } });
    resign(dir, s, 'dup.json');
    const r = await verify(dir, ['model', '--attestation', 'dup.json', '--key', 'signing.pub']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/subject "model\/config\.json" is listed twice/);
  });

  it('attest refuses report subjects that are not workspace-relative (absolute, ..)', async () => {
    const r = (path: string): GateResult =>
      ({
        gate: 'model-scan',
        subjects: [{ path, sha256: 'c'.repeat(64), verdict: 'pass' }],
      }) as unknown as GateResult;
    await expect(collectSubjects([r('/etc/passwd')], dir)).rejects.toThrow(/absolute path.*refusing to attest/);
    await expect(collectSubjects([r('../elsewhere/m.bin')], dir)).rejects.toThrow(/normalised.*refusing to attest/);
  });
});

describe('verify: an attestation for another repository, workflow, ref or commit, signed with the right key', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workspace();
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
    const a = io(dir, {
      ...RUN_ENV,
      GITHUB_REPOSITORY: 'acme/fork',
      GITHUB_WORKFLOW_REF: 'acme/fork/.github/workflows/dev.yml@refs/heads/dev',
      GITHUB_REF: 'refs/heads/dev',
    });
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], a)).toBe(0);
    // No run recorded at all (attested outside GitHub Actions).
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'local.json'], io(dir))).toBe(
      0,
    );
  });
  const base = ['model', '--attestation', 'att.json', '--key', 'signing.pub'];

  it.each([
    [['--repository', 'acme/models'], /attested run is in repository acme\/fork, expected acme\/models/],
    [
      ['--repository', 'acme/fork', '--workflow', '.github/workflows/release.yml'],
      /attested run is workflow acme\/fork\/\.github\/workflows\/dev\.yml, expected acme\/fork\/\.github\/workflows\/release\.yml/,
    ],
    [
      ['--repository', 'acme/fork', '--ref', 'refs/heads/main'],
      /attested run is on ref refs\/heads\/dev, expected refs\/heads\/main/,
    ],
    [['--commit', 'b'.repeat(40)], new RegExp(`about commit ${SHA}, expected ${'b'.repeat(40)}`)],
    [['--workflow', '.github/workflows/dev.yml'], /names no repository/],
  ])('%j fails with the reason', async (extra, why) => {
    const r = await verify(dir, [...base, ...extra]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(why);
  });

  it('the matching expectations pass (case-insensitive repository, full workflow path, commit)', async () => {
    const r = await verify(dir, [
      ...base,
      '--repository',
      'ACME/Fork',
      '--workflow',
      'acme/fork/.github/workflows/dev.yml',
      '--ref',
      'refs/heads/dev',
      '--commit',
      SHA.toUpperCase(),
    ]);
    expect(r).toEqual({ code: 0, err: '' });
  });

  it('an expectation the attestation cannot answer (no run recorded) fails', async () => {
    const r = await verify(dir, [
      'model',
      '--attestation',
      'local.json',
      '--key',
      'signing.pub',
      '--repository',
      'acme/models',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/repository \(none recorded\), expected acme\/models/);
  });
});

describe('policy and attest over reports that do not belong together', () => {
  let dir: string;
  let run: { schemaVersion: string; results: GateResult[] };
  beforeAll(async () => {
    dir = workspace();
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
    run = JSON.parse(readFileSync(join(dir, 'reports/ml-gates.json'), 'utf8'));
  });
  const folder = (name: string, files: Record<string, unknown>): string => {
    mkdirSync(join(dir, name));
    for (const [f, v] of Object.entries(files)) writeFileSync(join(dir, name, f), JSON.stringify(v));
    return name;
  };

  it('reports of different commits are refused by policy and attest, naming the commits', async () => {
    const [scan, perf] = run.results;
    const d = folder('two-commits', {
      'model-scan.json': { ...scan, commit: SHA },
      'performance-gate.json': { ...perf, commit: 'c'.repeat(40) },
    });
    for (const cmd of [['policy'], ['attest', '--key', 'signing.pem', '--out', 'x.json']]) {
      const t = io(dir);
      expect(await main([...cmd, '--reports', d], t)).toBe(2);
      expect(t.err).toMatch(/the reports are about different commits/);
      expect(t.err).toMatch(new RegExp(`${SHA}: model-scan`));
    }
    // One report with a commit and one without cannot be placed either.
    const e = folder('one-unknown', { 'model-scan.json': { ...scan, commit: SHA }, 'performance-gate.json': perf });
    const t = io(dir);
    expect(await main(['policy', '--reports', e], t)).toBe(2);
    expect(t.err).toMatch(/\(no commit recorded\): performance-gate/);
  });

  it('a gate the config enables but whose report is missing is refused, even when no rule reads it', async () => {
    const d = folder('scan-only', { 'model-scan.json': run.results[0] });
    writeFileSync(
      join(dir, 'scan-rule.yml'),
      `${GATES}policy:\n  rules:\n    - id: scan\n      message: scan passed\n      expr: gates["model-scan"].verdict == "pass"\n`,
    );
    for (const cmd of [['policy'], ['attest', '--key', 'signing.pem', '--out', 'x.json']]) {
      const t = io(dir);
      expect(await main([...cmd, '--reports', d, '--config', 'scan-rule.yml'], t)).toBe(2);
      expect(t.err).toMatch(/no report for performance-gate, enabled in scan-rule\.yml/);
    }
    // Disabled in the config: judged without it.
    writeFileSync(
      join(dir, 'scan-only.yml'),
      readFileSync(join(dir, 'scan-rule.yml'), 'utf8').replace(
        'performance-gate:\n',
        'performance-gate:\n    enabled: false\n',
      ),
    );
    expect(await main(['policy', '--reports', d, '--config', 'scan-only.yml'], io(dir))).toBe(0);
    // Attested without performance-gate: a deploy whose config enables it does not verify.
    const att = ['--attestation', 'scan-only.att.json', '--key', 'signing.pub'];
    expect(
      await main(
        ['attest', '--reports', d, '--config', 'scan-only.yml', '--key', 'signing.pem', '--out', 'scan-only.att.json'],
        io(dir),
      ),
    ).toBe(0);
    expect(await main(['verify', 'model', ...att, '--config', 'scan-only.yml'], io(dir))).toBe(0);
    const v = io(dir);
    expect(await main(['verify', 'model', ...att, '--config', 'ml-gates.yml'], v)).toBe(1);
    expect(v.err).toMatch(/attestation: no attested result for performance-gate, enabled in ml-gates\.yml/);
  });

  it("a shard's partial report is refused: merge first", async () => {
    const d = folder('partial', {
      'ml-gates.json': {
        ...run,
        results: run.results.map((r) => ({ ...r, shard: { index: 1, count: 2, plan: 'p', items: 1 } })),
      },
    });
    const t = io(dir);
    expect(await main(['policy', '--reports', d], t)).toBe(2);
    expect(t.err).toMatch(/model-scan is the partial report of shard 1\/2; a policy judges whole results/);
  });

  it('rules that error at run time (missing metric, missing check, type error) are errors in block mode, never a pass in warn mode', async () => {
    const rule = (id: string, mode: string, expr: string): string =>
      `    - id: ${id}\n      message: "${id}"\n      mode: ${mode}\n      expr: '${expr}'\n`;
    writeFileSync(
      join(dir, 'runtime.yml'),
      `${GATES}policy:\n  rules:\n${rule('missing-metric', 'block', 'gates["performance-gate"].metrics["nope"].value > 0.5')}${rule(
        'type-error',
        'block',
        'gates["model-scan"].verdict > 3',
      )}${rule('missing-check', 'block', 'gates["model-scan"].checks["no-such-check"].verdict == "pass"')}${rule(
        'warn-missing',
        'warn',
        'gates["adversarial-gate"].verdict == "pass"',
      )}`,
    );
    const t = io(dir);
    expect(await main(['policy', '--reports', 'reports', '--config', 'runtime.yml', '--format', 'json'], t)).toBe(3);
    const checks = (JSON.parse(t.out) as { results: GateResult[] }).results[0]!.checks;
    expect(Object.fromEntries(checks.map((c) => [c.id, c.verdict]))).toEqual({
      'missing-metric': 'error',
      'type-error': 'error',
      'missing-check': 'error',
      'warn-missing': expect.not.stringMatching(/^pass$/),
    });
  });
});

describe('promoteModel against a registry that answers partially', () => {
  const serve = async (answer: (path: string) => { status: number; body: string }) => {
    const calls: string[] = [];
    const server = createServer((req, res) => {
      calls.push(`${req.method} ${req.url}`);
      const a = answer(req.url ?? '');
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, calls, close: () => new Promise<void>((r) => server.close(() => r())) };
  };
  const req = { model: 'churn', version: '3', alias: 'production-ready', tags: { a: '1', b: '2' } };

  it.each([
    ['no status', { name: 'churn', version: '3' }, /of unknown status, not READY/],
    ['another model', { name: 'fraud', version: '3', status: 'READY' }, /answered with model fraud version 3/],
    ['another version', { name: 'churn', version: '4', status: 'READY' }, /answered with model churn version 4/],
    ['no model_version', undefined, /no model_version/],
    ['pending registration', { name: 'churn', version: '3', status: 'PENDING_REGISTRATION' }, /PENDING_REGISTRATION/],
  ])('%s: nothing is tagged or aliased', async (_what, mv, why) => {
    const s = await serve(() => ({ status: 200, body: JSON.stringify(mv ? { model_version: mv } : {}) }));
    try {
      await expect(promoteModel({ url: s.url }, req)).rejects.toThrow(why);
      expect(s.calls).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('a failure after some tags says what was already set, and the alias is never set', async () => {
    const s = await serve((path) =>
      path.startsWith('/api/2.0/mlflow/model-versions/get')
        ? { status: 200, body: JSON.stringify({ model_version: { name: 'churn', version: '3', status: 'READY' } }) }
        : s.calls.length === 3
          ? { status: 503, body: JSON.stringify({ error_code: 'TEMPORARILY_UNAVAILABLE', message: 'busy' }) }
          : { status: 200, body: '{}' },
    );
    try {
      await expect(promoteModel({ url: s.url }, req)).rejects.toThrow(
        /HTTP 503 TEMPORARILY_UNAVAILABLE: busy; 1 tag\(s\) were set before the failure, the alias was not set/,
      );
      expect(s.calls.some((c) => c.includes('/alias'))).toBe(false);
    } finally {
      await s.close();
    }
  });
});

describe('attest: a subject the gate did not hash', () => {
  it('is refused when its size changed since the gate read it (the dataset was rewritten)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'mlg-promo-size-'));
    writeFileSync(join(d, 'data.csv'), 'a,b\n1,2\n3,4\n');
    const r = {
      gate: 'data-gate',
      subjects: [{ path: 'data.csv', size: 8, verdict: 'pass' }],
    } as unknown as GateResult;
    await expect(collectSubjects([r], d)).rejects.toThrow(
      /data\.csv: data-gate examined 8 bytes, the file now has 12; it changed after the gate ran/,
    );
    writeFileSync(join(d, 'data.csv'), 'a,b\n1,2\n');
    expect((await collectSubjects([r], d)).map((s) => s.name)).toEqual(['data.csv']);
  });
});
