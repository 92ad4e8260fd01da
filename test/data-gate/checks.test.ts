import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  checksummedToken,
  checksumValid,
  defaultConfig,
  findSecrets,
  redactSecret,
  runGate,
  silentLogger,
  type GateResult,
  type GateServices,
} from '@ml-gates/core';
import { dataGate, detectPii, luhnValid, mask, parseProfile } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

async function run(section: Record<string, unknown>, cwd = FIXTURES, services: GateServices = {}): Promise<GateResult> {
  const config = defaultConfig();
  config.gates['data-gate'] = section as never;
  return runGate(dataGate, { config, cwd, logger: silentLogger, services });
}
const check = (r: GateResult, id: string) => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}: ${JSON.stringify(r.errors)} ${r.headline}`);
  return c;
};

describe('schema', () => {
  const schema = {
    columns: {
      id: { type: 'integer', unique: true },
      age: { type: 'number', min: 0, max: 120, 'max-null-rate': 0 },
      income: { type: 'number', 'max-null-rate': 0.05 },
      city: { type: 'string', allowed: ['Paris', 'Lyon', 'Nice', 'Lille'], regex: '^[A-Z][a-z]+$' },
      label: { type: 'integer', allowed: [0, 1] },
    },
    'min-rows': 100,
  };
  const go = (file: string, extra: Record<string, unknown> = {}) =>
    run({ dataset: file, checks: { ...ONLY('schema'), schema: { ...schema, ...extra } } });

  it('passes on conforming data', async () => {
    const r = await go('cur-nodrift.csv');
    expect(check(r, 'schema').verdict).toBe('pass');
    expect(check(r, 'schema').findings).toEqual([]);
  });

  it('finds a missing column, a type change, a null-rate jump and disallowed values, naming the column', async () => {
    const m = await go('cur-missingcol.csv');
    expect(check(m, 'schema').findings.map((f) => [f.ruleId, f.location?.field])).toContainEqual([
      'schema.missing-column',
      'income',
    ]);
    const t = await go('cur-typechange.csv');
    const type = check(t, 'schema').findings.find((f) => f.ruleId === 'schema.type')!;
    expect(type.location?.field).toBe('age');
    expect(type.location?.line).toBeGreaterThan(1);
    expect(type.message).toContain('"unknown"');
    const n = await go('cur-nulljump.csv');
    expect(check(n, 'schema').findings.map((f) => [f.ruleId, f.location?.field])).toContainEqual([
      'schema.null-rate',
      'income',
    ]);
    const c = await go('cur-newcat.csv');
    expect(check(c, 'schema').findings.map((f) => [f.ruleId, f.location?.field])).toContainEqual([
      'schema.allowed',
      'city',
    ]);
    const o = await go('outliers.csv');
    const range = check(o, 'schema').findings.find((f) => f.ruleId === 'schema.range')!;
    expect(range.message).toMatch(/^Column age: 200 values out of range \(rows 1, 11, 21/);
    expect(range.location?.line).toBe(2);
  });

  it('finds duplicate keys and row-count violations', async () => {
    const r = await run({
      dataset: 'test-split.csv',
      checks: { ...ONLY('schema'), schema: { columns: { id: { unique: true } }, 'max-rows': 100 } },
    });
    const ids = check(r, 'schema').findings.map((f) => f.ruleId);
    expect(ids).toContain('schema.row-count');
    expect(ids).not.toContain('schema.unique');
    const dup = await run({
      dataset: ['ref.csv', 'test-split.csv'],
      checks: { ...ONLY('schema'), schema: { columns: { id: { unique: true } } } },
    });
    expect(check(dup, 'schema').findings.find((f) => f.ruleId === 'schema.unique')?.message).toMatch(
      /^Column id: 35 duplicate values/,
    );
  });

  it('validates every record against a JSON Schema', async () => {
    const r = await run({
      dataset: 'cur-typechange.csv',
      checks: {
        ...ONLY('schema'),
        schema: { 'json-schema': { type: 'object', required: ['age'], properties: { age: { type: 'number' } } } },
      },
    });
    const f = check(r, 'schema').findings.filter((x) => x.ruleId === 'schema.json-schema');
    expect(f.length).toBeGreaterThan(1);
    expect(f[0]!.location?.field).toBe('age');
    expect(f[0]!.message).toMatch(/^Row \d+ does not match the JSON Schema: age: /);
  });
});

describe('outliers', () => {
  it('flags the column with injected outliers and not the clean ones', async () => {
    const r = await run({
      dataset: 'outliers.csv',
      checks: { ...ONLY('outliers'), outliers: { 'ignore-columns': ['id'] } },
    });
    const c = check(r, 'outliers');
    expect(c.details?.flaggedColumns).toEqual(['age']);
    const iqr = c.metrics.find((m) => m.name === 'outlier_share_iqr' && m.subject === 'age')!;
    expect(iqr.value).toBeCloseTo(0.1, 2);
    expect(iqr.details!.extremes as number[]).toContain(500);
    const clean = await run({
      dataset: 'cur-nodrift.csv',
      checks: { ...ONLY('outliers'), outliers: { 'ignore-columns': ['id', 'income'] } },
    });
    expect(check(clean, 'outliers').details?.flaggedColumns).toEqual([]);
  });
});

describe('leakage and label balance', () => {
  it('finds rows copied into the held-out split and keys shared across splits', async () => {
    const r = await run({
      dataset: 'ref.csv',
      test: 'test-split.csv',
      checks: { ...ONLY('leakage'), leakage: { keys: ['id'] } },
    });
    const c = check(r, 'leakage');
    expect(c.verdict).toBe('fail');
    expect(c.metrics.find((m) => m.name === 'shared_rows')?.value).toBe(25);
    expect(c.metrics.find((m) => m.name === 'shared_keys')?.value).toBe(35);
    expect(c.findings.find((f) => f.ruleId === 'leakage.duplicate-rows')?.message).toContain('test-split.csv:502');
    const clean = await run({
      dataset: 'ref.csv',
      test: 'test-clean.csv',
      checks: { ...ONLY('leakage'), leakage: { keys: ['id'] } },
    });
    expect(check(clean, 'leakage').verdict).toBe('pass');
  });

  it('measures the class-balance shift of the label', async () => {
    const r = await run({
      dataset: 'ref.csv',
      test: 'test-clean.csv',
      checks: { ...ONLY('label-balance'), 'label-balance': { column: 'label', fail: 0.001, warn: 0.0005 } },
    });
    const m = check(r, 'label-balance').metrics[0]!;
    expect(m.subject).toBe('label');
    expect(m.method).toBe('linf');
    expect(m.value).toBeGreaterThan(0);
    expect(check(r, 'label-balance').verdict).toBe('warn'); // default mode warn
  });
});

describe('PII and secrets', () => {
  it('finds the valid values and none of the look-alikes, masked, with column and row', async () => {
    const r = await run({
      dataset: 'sensitive.csv',
      checks: {
        ...ONLY('pii', 'secrets'),
        pii: { 'ignore-columns': ['kind', 'entity'] },
        secrets: { 'ignore-columns': ['kind', 'entity'] },
      },
    });
    const rows = readFileSync(join(FIXTURES, 'sensitive.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const expected = new Map<string, number[]>();
    rows.forEach((cells, i) => {
      if (cells[0] === 'valid') expected.set(cells[1]!, [...(expected.get(cells[1]!) ?? []), i + 1]);
    });
    const findings = [...check(r, 'pii').findings, ...check(r, 'secrets').findings];
    const got = new Map(findings.map((f) => [f.ruleId.split('.')[1]!, f]));
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [entity, rowsOf] of expected) {
      const f = got.get(entity)!;
      expect(f.location?.field).toBe('text');
      expect(f.message).toContain(`row ${rowsOf.join(', ')}`);
    }
    const all = JSON.stringify(findings);
    for (const secret of [
      'jane.doe@example.com',
      '4111 1111 1111 1111',
      '123-45-6789',
      'AKIAIOSFODNN7EXAMPLE',
      'DE89 3704 0044 0532 0130 00',
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(got.get('credit-card')!.severity).toBe('high');
    expect(got.get('email')!.severity).toBe('medium');
    expect(got.get('aws-access-key-id')!.severity).toBe('critical');
  });

  it('honours the per-entity policy', async () => {
    const r = await run({
      dataset: 'sensitive.csv',
      checks: { ...ONLY('pii'), pii: { entities: { email: 'off', 'credit-card': 'warn' } } },
    });
    const ids = check(r, 'pii').findings.map((f) => [f.ruleId, f.severity]);
    expect(ids).not.toContainEqual(['pii.email', 'medium']);
    expect(ids).toContainEqual(['pii.credit-card', 'medium']);
  });

  it('validates GitHub tokens by checksum and cards by Luhn', () => {
    const token = checksummedToken('ghp_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5');
    expect(checksumValid(token)).toBe(true);
    const broken = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(checksumValid(broken)).toBe(false);
    expect(findSecrets(`token=${token}`).map((s) => s.rule.id)).toEqual(['github-token']);
    expect(findSecrets(`token=${broken}`)).toEqual([]);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    const all = new Set(['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address'] as const);
    expect(detectPii('version 1.2.3.4 of build 20240506', all).map((x) => x.entity)).toEqual(['ip-address']);
    expect(detectPii('ticket 000-12-3456 and 900-12-3456', all)).toEqual([]);
    expect(mask('jane.doe@example.com', 'email')).toBe('j***@***.com');
    expect(mask('4111111111111111', 'credit-card')).toBe('************1111');
  });
});

describe('secrets in cells: the shared catalogue', () => {
  it('reports checksum-valid tokens with the shared rule id and redaction, not broken look-alikes', async () => {
    const token = checksummedToken('ghp_', 'Zq8Kd0Lw3Xr5Tn7Vb9Nm1Hs2Jc4Fg6');
    const broken = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const npm = checksummedToken('npm_', 'Pk2Lm4Nq6Rs8Tu0Vw1Xy3Za5Bc7De9');
    const dir = mkdtempSync(join(tmpdir(), 'mlg-dg-secrets-'));
    writeFileSync(
      join(dir, 'notes.csv'),
      ['id,note', `1,push with ${token}`, `2,placeholder ${broken}`, `3,publish with ${npm}`, '4,nothing here'].join(
        '\n',
      ),
    );
    const r = await run({ dataset: 'notes.csv', checks: { ...ONLY('secrets') } }, dir);
    const findings = check(r, 'secrets').findings;
    expect(findings.map((f) => [f.ruleId, f.location?.field, f.severity])).toEqual([
      ['secrets.github-token', 'note', 'critical'],
      ['secrets.npm-token', 'note', 'critical'],
    ]);
    expect(findings[0]!.message).toContain('row 1;');
    expect(findings[0]!.message).toContain(redactSecret(token));
    expect(findings[1]!.message).toContain('row 3;');
    const all = JSON.stringify(r);
    for (const t of [token, broken, npm, token.slice(0, 12)]) expect(all).not.toContain(t);
  });
});

describe('integrity', () => {
  it('verifies a SHA-256 manifest and reports a changed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-int-'));
    cpSync(join(FIXTURES, 'ref.csv'), join(dir, 'ref.csv'));
    cpSync(join(FIXTURES, 'cur-nodrift.csv'), join(dir, 'cur.csv'));
    const h = (f: string) =>
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex');
    writeFileSync(join(dir, 'manifest.sha256'), `${h('ref.csv')}  ref.csv\n${'0'.repeat(64)}  cur.csv\n`);
    const r = await run(
      { dataset: ['ref.csv', 'cur.csv'], checks: { ...ONLY('integrity'), integrity: { manifest: 'manifest.sha256' } } },
      dir,
    );
    const f = check(r, 'integrity').findings;
    expect(f.map((x) => [x.ruleId, x.location?.path])).toEqual([['integrity.hash-mismatch', 'cur.csv']]);
    expect(check(r, 'integrity').details?.verified).toEqual(['ref.csv']);
  });

  it('verifies DVC files without DVC (md5 and size) and the allowed sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-dvc-'));
    cpSync(join(FIXTURES, 'ref.csv'), join(dir, 'ref.csv'));
    const bytes = readFileSync(join(dir, 'ref.csv'));
    const md5 = createHash('md5').update(bytes).digest('hex');
    writeFileSync(
      join(dir, 'ref.csv.dvc'),
      `outs:\n- md5: ${md5}\n  size: ${bytes.length}\n  hash: md5\n  path: ref.csv\n  remote: storage\n`,
    );
    const ok = await run(
      {
        dataset: 'ref.csv',
        checks: { ...ONLY('integrity'), integrity: { 'allowed-sources': ['*.csv', 'remote:storage'] } },
      },
      dir,
    );
    expect(check(ok, 'integrity').findings).toEqual([]);
    expect(check(ok, 'integrity').details?.verified).toEqual(['ref.csv']);
    writeFileSync(join(dir, 'ref.csv'), Buffer.concat([bytes.subarray(0, bytes.length - 2), Buffer.from('9\n')]));
    const bad = await run(
      { dataset: 'ref.csv', checks: { ...ONLY('integrity'), integrity: { 'allowed-sources': ['data/**'] } } },
      dir,
    );
    const ids = check(bad, 'integrity')
      .findings.map((x) => x.ruleId)
      .sort();
    expect(ids).toEqual(['integrity.hash-mismatch', 'integrity.source-not-allowed', 'integrity.source-not-allowed']);
  });
});

describe('reference profile', () => {
  it('writes a profile, and drift from it gives the same PSI/chi-square and says it came from a profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-prof-'));
    for (const f of ['ref.csv', 'cur-meanshift.csv']) cpSync(join(FIXTURES, f), join(dir, f));
    await run({ dataset: 'ref.csv', 'profile-out': 'out/profile.json', checks: ONLY() }, dir);
    const profile = parseProfile(readFileSync(join(dir, 'out/profile.json'), 'utf8'), 'profile.json');
    expect(profile.rows).toBe(2000);
    expect(profile.columns.age!.numeric!.sketch.q).toHaveLength(1001);
    expect(profile.columns.city!.categories!.counts.Paris).toBeGreaterThan(0);
    const raw = await run(
      {
        dataset: 'cur-meanshift.csv',
        reference: 'ref.csv',
        checks: { ...ONLY('drift'), drift: { 'ignore-columns': ['id'] } },
      },
      dir,
    );
    const prof = await run(
      {
        dataset: 'cur-meanshift.csv',
        'reference-profile': 'out/profile.json',
        checks: { ...ONLY('drift'), drift: { 'ignore-columns': ['id'] } },
      },
      dir,
    );
    const m = (r: GateResult, name: string, s: string) =>
      check(r, 'drift').metrics.find((x) => x.name === name && x.subject === s);
    expect(m(prof, 'psi', 'age')!.value).toBeCloseTo(m(raw, 'psi', 'age')!.value!, 12);
    expect(m(prof, 'chi2_pvalue', 'city')!.value).toBeCloseTo(m(raw, 'chi2_pvalue', 'city')!.value!, 12);
    expect(m(prof, 'ks', 'age')).toBeUndefined();
    expect(m(prof, 'wasserstein_normed', 'age')!.details?.exact).toBe(false);
    expect(
      Math.abs(m(prof, 'wasserstein_normed', 'age')!.value! - m(raw, 'wasserstein_normed', 'age')!.value!),
    ).toBeLessThan(0.01);
    expect(String(check(prof, 'drift').details?.note)).toContain('reference profile');
    expect(check(prof, 'drift').details?.driftedColumns).toEqual(['age']);

    // Default-branch profile through the baseline service, and the fallback when it is absent.
    const content = readFileSync(join(dir, 'out/profile.json'));
    const viaBaseline = await run(
      { dataset: 'cur-meanshift.csv', 'reference-profile': 'default-branch', checks: ONLY('drift') },
      dir,
      {
        baseline: (name: string) =>
          Promise.resolve(
            name === 'data-profile.json' ? { content, source: 'artifact data-profile (run 42)' } : undefined,
          ),
      },
    );
    expect((check(viaBaseline, 'drift').details?.reference as { source: string }).source).toContain('run 42');
    const fallback = await run(
      {
        dataset: 'cur-meanshift.csv',
        'reference-profile': 'default-branch',
        reference: 'ref.csv',
        checks: ONLY('drift'),
      },
      dir,
    );
    expect(check(fallback, 'drift').details?.referenceNote).toMatch(/fell back to the reference files/);
  });
});

describe('hostile cells', () => {
  // Catastrophic backtracking would blow the test timeout; the answers must also stay right.
  it('scans adversarial long cells without backtracking blow-ups', () => {
    const all = new Set(['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address'] as const);
    expect(detectPii(`${'a'.repeat(60000)}@`, all)).toEqual([]);
    expect(detectPii(`${'1.'.repeat(30000)}x`, all).filter((x) => x.entity !== 'ip-address')).toEqual([]);
    expect(detectPii('@a.'.repeat(20000), all)).toEqual([]);
    expect(findSecrets(`AKIA${'A'.repeat(60000)}`)).toEqual([]);
    expect(detectPii('1 '.repeat(30000), new Set(['credit-card', 'us-ssn', 'iban'] as const))).toEqual([]);
  });
});
