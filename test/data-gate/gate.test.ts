import { describe, expect, it } from '@jest/globals';
import { defaultConfig, runGate, silentLogger, type GateResult, type GateServices, type Metric } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { FIXTURES, readReference, relErr } from './helpers.js';

const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

async function run(section: Record<string, unknown>, services: GateServices = {}): Promise<GateResult> {
  const config = defaultConfig();
  config.gates['data-gate'] = section as never;
  return runGate(dataGate, { config, cwd: FIXTURES, logger: silentLogger, services });
}

const check = (r: GateResult, id: string) => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}: ${JSON.stringify(r.errors)} ${r.headline}`);
  return c;
};
const metric = (r: GateResult, name: string, subject: string): Metric =>
  check(r, 'drift').metrics.find((m) => m.name === name && m.subject === subject)!;

interface Ref {
  datasets: Record<
    string,
    Record<string, { ks?: number; ksPvalue?: number; wassersteinNormed?: number; chi2?: number; chi2Pvalue?: number }>
  >;
}
const ref = readReference<Ref>();

describe('drift', () => {
  const drift = (current: string, extra: Record<string, unknown> = {}) =>
    run({
      dataset: current,
      reference: 'ref.csv',
      checks: { ...ONLY('drift'), drift: { 'ignore-columns': ['id'], ...extra } },
    });

  it('passes when nothing drifted, and matches scipy on the same files', async () => {
    const r = await drift('cur-nodrift.csv');
    // Two samples of 2,000 rows from one distribution: age's normalised Wasserstein (0.069) is sampling noise in the
    // warn band (≥ 0.05), below the fail line (0.1). No column drifted.
    expect(check(r, 'drift').verdict).not.toBe('fail');
    expect(check(r, 'drift').details?.driftedColumns).toEqual([]);
    const exp = ref.datasets['cur-nodrift.csv']!;
    for (const col of ['age', 'income']) {
      expect(Math.abs(metric(r, 'ks', col).value! - exp[col]!.ks!)).toBeLessThan(1e-9);
      expect(relErr(metric(r, 'ks_pvalue', col).value!, exp[col]!.ksPvalue!)).toBeLessThan(1e-6);
      expect(Math.abs(metric(r, 'wasserstein_normed', col).value! - exp[col]!.wassersteinNormed!)).toBeLessThan(1e-9);
    }
    expect(relErr(metric(r, 'chi2_pvalue', 'city').details!.statistic as number, exp.city!.chi2!)).toBeLessThan(1e-9);
    expect(relErr(metric(r, 'chi2_pvalue', 'city').value!, exp.city!.chi2Pvalue!)).toBeLessThan(1e-6);
  });

  it('catches a mean shift on the shifted column only', async () => {
    const r = await drift('cur-meanshift.csv');
    expect(r.verdict).toBe('fail');
    expect(check(r, 'drift').details?.driftedColumns).toEqual(['age']);
    const w = metric(r, 'wasserstein_normed', 'age');
    expect(w.method).toBe('wasserstein_normed');
    expect(w.verdict).toBe('fail');
    expect(w.details).toMatchObject({ bands: { warn: 0.05, fail: 0.1 } });
    expect(metric(r, 'psi', 'age').details).toMatchObject({ epsilon: 1e-4, logBase: 'e', bins: 10 });
    expect(metric(r, 'ks', 'age').value).toBeCloseTo(ref.datasets['cur-meanshift.csv']!.age!.ks!, 12);
    expect(dataGate.outputs!(r)['drifted-columns']).toBe('age');
  });

  it('catches a variance shift', async () => {
    const r = await drift('cur-varshift.csv');
    expect(check(r, 'drift').details?.driftedColumns).toEqual(['income']);
  });

  it('catches a categorical shift and a new category', async () => {
    const r = await drift('cur-catshift.csv');
    expect(check(r, 'drift').details?.driftedColumns).toEqual(['city']);
    const n = await drift('cur-newcat.csv');
    expect(check(n, 'drift').details?.driftedColumns).toEqual(['city']);
    const f = check(n, 'drift').findings.find((x) => x.ruleId === 'drift.new-category')!;
    expect(f.location?.field).toBe('city');
    expect(f.message).toContain('Marseille');
    expect(metric(n, 'psi', 'city').details?.newCategories).toEqual(['Marseille']);
  });

  it('reports a missing column, a type change and a null-rate jump', async () => {
    const m = await drift('cur-missingcol.csv');
    expect(check(m, 'drift').findings.map((f) => [f.ruleId, f.location?.field])).toContainEqual([
      'drift.column-missing',
      'income',
    ]);
    const t = await drift('cur-typechange.csv');
    expect(check(t, 'drift').findings.map((f) => [f.ruleId, f.location?.field])).toContainEqual([
      'drift.type-changed',
      'age',
    ]);
    const n = await drift('cur-nulljump.csv');
    expect(check(n, 'drift').findings.map((f) => [f.ruleId, f.location?.field])).toContainEqual([
      'drift.null-rate',
      'income',
    ]);
  });

  it('says "insufficient data" below the minimum sample size', async () => {
    const r = await drift('cur-nodrift.csv', { 'min-samples': 5000 });
    const m = metric(r, 'wasserstein_normed', 'age');
    expect(m.value).toBeNull();
    expect(m.verdict).toBe('skipped');
    expect(m.details?.reason).toBe('insufficient data');
  });

  it('skips identifier-like columns (every value distinct) unless asked for', async () => {
    const r = await run({ dataset: 'cur-meanshift.csv', reference: 'ref.csv', checks: ONLY('drift') });
    expect(check(r, 'drift').details?.driftedColumns).toEqual(['age']);
    expect(String(metric(r, 'wasserstein_normed', 'id').details?.reason)).toMatch(/^identifier-like/);
    const asked = await run({
      dataset: 'cur-meanshift.csv',
      reference: 'ref.csv',
      checks: { ...ONLY('drift'), drift: { columns: ['id', 'age'] } },
    });
    expect(check(asked, 'drift').details?.driftedColumns).toEqual(['id', 'age']);
  });

  it('applies the dataset-level share rule', async () => {
    const r = await drift('cur-meanshift.csv', { share: 0.5 });
    expect(check(r, 'drift').verdict).toBe('warn');
  });

  it('reads gzip, JSON Lines and Parquet into the same numbers', async () => {
    const base = await run({ dataset: 'cur-nodrift.csv', reference: 'ref.csv', checks: ONLY('drift') });
    for (const [cur, refFile] of [
      ['cur-nodrift.jsonl', 'ref.csv.gz'],
      ['cur-nodrift.parquet', 'ref.csv'],
    ]) {
      const r = await run({ dataset: cur, reference: refFile, checks: ONLY('drift') });
      for (const col of ['age', 'income']) {
        expect(metric(r, 'ks', col).value).toBe(metric(base, 'ks', col).value);
        expect(metric(r, 'psi', col).value).toBe(metric(base, 'psi', col).value);
      }
      expect(metric(r, 'psi', 'city').value).toBe(metric(base, 'psi', 'city').value);
    }
  });
});

describe('malformed input', () => {
  it.each([
    ['ragged.csv', /ragged\.csv: line 4: ragged row with 2 field/],
    ['bad-encoding.csv', /bad-encoding\.csv: line 3: bytes are not valid utf-8/],
    ['empty.csv', /empty\.csv is empty/],
    ['not-parquet.parquet', /not-parquet\.parquet is not a Parquet file/],
    ['bad-line.jsonl', /bad-line\.jsonl: line 2: not valid JSON/],
    ['nothing-*.csv', /matches no file/],
  ])('%s', async (file, message) => {
    const r = await run({ dataset: file, checks: ONLY('schema') });
    expect(r.verdict).toBe('error');
    expect(r.errors.join('\n')).toMatch(message);
  });
});

describe('shards', () => {
  it('reads a directory of shards (gzip and plain) as one dataset, ignoring Spark markers', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { gzipSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'dg-shards-'));
    mkdirSync(join(dir, 'cur'));
    const lines = readFileSync(join(FIXTURES, 'cur-meanshift.csv'), 'utf8').trim().split('\n');
    const header = lines[0]!;
    writeFileSync(join(dir, 'cur', 'part-0000.csv'), `${[header, ...lines.slice(1, 1001)].join('\n')}\n`);
    writeFileSync(join(dir, 'cur', 'part-0001.csv.gz'), gzipSync(`${[header, ...lines.slice(1001)].join('\n')}\n`));
    writeFileSync(join(dir, 'cur', '_SUCCESS'), '');
    writeFileSync(join(dir, 'cur', '.part-0000.csv.crc'), 'crc');
    writeFileSync(join(dir, 'ref.csv'), readFileSync(join(FIXTURES, 'ref.csv')));
    const config = (await import('@ml-gates/core')).defaultConfig();
    config.gates['data-gate'] = { dataset: 'cur', reference: 'ref.csv', checks: ONLY('drift') } as never;
    const r = await runGate(dataGate, { config, cwd: dir, logger: silentLogger });
    expect(r.subjects.map((s) => `${s.path} ${s.kind}`)).toEqual([
      'cur/part-0000.csv dataset/csv',
      'cur/part-0001.csv.gz dataset/csv+gzip',
      'ref.csv dataset/reference',
    ]);
    expect(r.subjects.slice(0, 2).map((s) => s.details?.rows)).toEqual([1000, 1000]);
    const single = await run({ dataset: 'cur-meanshift.csv', reference: 'ref.csv', checks: ONLY('drift') });
    expect(metric(r, 'ks', 'age').value).toBe(metric(single, 'ks', 'age').value);
    expect(check(r, 'drift').details?.driftedColumns).toEqual(['age']);
  });
});
