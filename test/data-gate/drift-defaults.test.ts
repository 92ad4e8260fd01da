/**
 * #14 item 3: the drift defaults catch the shifts users compare us with Evidently on, and keep passing the
 * large-sample tiny-shift case. Expected values come from scipy (test/fixtures/data-gate/generate.py).
 */
import { describe, expect, it } from '@jest/globals';
import { defaultConfig, runGate, silentLogger, type GateResult, type Metric } from '@ml-gates/core';
import { dataGate, DRIFT_DEFAULTS, driftCheck, type ColumnData, type DriftOptions } from '@ml-gates/data-gate';
import { FIXTURES, lcgSample, readReference, relErr, sorted } from './helpers.js';

const ONLY_DRIFT = Object.fromEntries(dataGate.checks.map((c) => [c.id, c.id === 'drift' ? {} : 'off']));

async function drift(current: string, reference: string, options: Record<string, unknown> = {}): Promise<GateResult> {
  const config = defaultConfig();
  config.gates['data-gate'] = { dataset: current, reference, checks: { ...ONLY_DRIFT, drift: options } } as never;
  return runGate(dataGate, { config, cwd: FIXTURES, logger: silentLogger });
}
const driftOf = (r: GateResult) => r.checks.find((c) => c.id === 'drift')!;
const metric = (r: GateResult, name: string, subject: string): Metric =>
  driftOf(r).metrics.find((m) => m.name === name && m.subject === subject)!;

interface Shift {
  reference: string;
  columns: Record<
    string,
    {
      wassersteinNormed?: number;
      ksPvalue?: number;
      jensenShannon?: number;
      chi2Pvalue?: number;
      adjustedPvalue: number;
    }
  >;
}
const shifts = readReference<{ shifts: Record<string, Shift> }>().shifts;

describe('drift defaults: 5,000 vs 5,000 rows, effect sizes decide', () => {
  it('fails income x 1.15, age + 3 and the 0.40/0.30/0.20/0.10 -> 0.25/0.30/0.25/0.20 segment shift; the stable column passes', async () => {
    const exp = shifts['shift-cur.csv']!;
    const r = await drift('shift-cur.csv', exp.reference);
    expect(r.verdict).toBe('fail');
    expect(driftOf(r).details?.driftedColumns).toEqual(['age', 'income', 'segment']);
    for (const col of ['age', 'income', 'stable']) {
      const w = metric(r, 'wasserstein_normed', col);
      expect(Math.abs(w.value! - exp.columns[col]!.wassersteinNormed!)).toBeLessThan(1e-9);
      expect(w.details?.bands).toEqual({ warn: 0.05, fail: 0.1 });
    }
    expect(metric(r, 'wasserstein_normed', 'age').verdict).toBe('fail');
    expect(metric(r, 'wasserstein_normed', 'income').verdict).toBe('fail');
    expect(metric(r, 'wasserstein_normed', 'stable').verdict).toBe('pass');
    const js = metric(r, 'jensen_shannon', 'segment');
    expect(Math.abs(js.value! - exp.columns.segment!.jensenShannon!)).toBeLessThan(1e-9);
    expect(js.details).toMatchObject({ logBase: 'e' });
    expect(js.verdict).toBe('fail');
    // p-values are evidence here, BH-adjusted as scipy's reference computes them.
    expect(
      relErr(metric(r, 'chi2_pvalue', 'segment').details!.adjusted as number, exp.columns.segment!.adjustedPvalue),
    ).toBeLessThan(1e-6);
  });

  it('keeps PSI available on request (and PSI alone misses the numeric shifts the issue reported)', async () => {
    const r = await drift('shift-cur.csv', 'shift-ref.csv', {
      numeric: { metric: 'psi' },
      categorical: { metric: 'psi' },
    });
    const psi = metric(r, 'psi', 'income');
    expect(psi.verdict).toBeDefined();
    expect(psi.details?.bands).toEqual({ warn: 0.1, fail: 0.25 });
    expect(metric(r, 'wasserstein_normed', 'income').verdict).toBeUndefined();
    expect(driftOf(r).details?.driftedColumns).not.toContain('income');
  });
});

describe('drift defaults: at most 1,000 values, BH-adjusted p-values decide', () => {
  it('fails the columns whose adjusted p-value is <= 0.05 and matches scipy', async () => {
    const exp = shifts['shift-small-cur.csv']!;
    const r = await drift('shift-small-cur.csv', exp.reference);
    for (const [col, name] of [
      ['age', 'ks_pvalue'],
      ['income', 'ks_pvalue'],
      ['stable', 'ks_pvalue'],
      ['segment', 'chi2_pvalue'],
    ] as const) {
      const m = metric(r, name, col);
      const e = exp.columns[col]!;
      expect(relErr(m.value!, (e.ksPvalue ?? e.chi2Pvalue)!)).toBeLessThan(1e-6);
      expect(relErr(m.details!.adjusted as number, e.adjustedPvalue)).toBeLessThan(1e-6);
      expect(m.threshold).toBe(0.05);
      expect(m.verdict).toBe(e.adjustedPvalue <= 0.05 ? 'fail' : 'pass');
    }
    expect(driftOf(r).details?.driftedColumns).toEqual(['income', 'segment']);
  });

  it('passes two small samples of one distribution even where the effect size is above 0.1 by chance', async () => {
    const exp = shifts['shift-small-same.csv']!;
    expect(exp.columns.income!.wassersteinNormed!).toBeGreaterThan(0.1); // noise at n = 300
    const r = await drift('shift-small-same.csv', exp.reference);
    expect(driftOf(r).verdict).toBe('pass');
    expect(metric(r, 'wasserstein_normed', 'income').verdict).toBeUndefined();
  });

  it('keeps "insufficient data" below min-samples', async () => {
    const r = await drift('shift-small-cur.csv', 'shift-small-ref.csv', { 'min-samples': 301 });
    const m = metric(r, 'wasserstein_normed', 'age');
    expect(m.verdict).toBe('skipped');
    expect(m.details?.reason).toBe('insufficient data');
    expect(driftOf(r).details?.comparedColumns).toBe(0);
  });

  it('small-sample: 0 judges small columns by effect size instead', async () => {
    const r = await drift('shift-small-same.csv', 'shift-small-ref.csv', { 'small-sample': 0 });
    expect(metric(r, 'wasserstein_normed', 'income').verdict).toBe('fail');
  });
});

function numericColumn(name: string, values: Float64Array): ColumnData {
  return {
    name,
    type: 'number',
    count: values.length,
    nulls: 0,
    values: sorted(values),
    integerCount: 0,
    infiniteCount: 0,
    booleanCount: 0,
    stringCount: 0,
    categories: new Map(),
    categoriesOther: 0,
    categoriesTruncated: true,
  };
}
function categoricalColumn(name: string, counts: Record<string, number>): ColumnData {
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    name,
    type: 'string',
    count: n,
    nulls: 0,
    values: new Float64Array(0),
    integerCount: 0,
    infiniteCount: 0,
    booleanCount: 0,
    stringCount: n,
    categories: new Map(Object.entries(counts)),
    categoriesOther: 0,
    categoriesTruncated: false,
  };
}

describe('drift defaults: millions of rows, a negligible shift', () => {
  it('passes although every p-value flags it', () => {
    const n = 2_000_000;
    const ref = lcgSample(7, n, 50, 10, 0);
    const cur = lcgSample(8, n, 50.3, 10, 0); // +0.03 standard deviations
    const result = driftCheck(
      {
        kind: 'raw',
        source: 'ref',
        columns: [numericColumn('x', ref), categoricalColumn('c', { a: 800_000, b: 600_000, c: 400_000, d: 200_000 })],
      },
      [numericColumn('x', cur), categoricalColumn('c', { a: 790_000, b: 603_000, c: 404_000, d: 203_000 })],
      DRIFT_DEFAULTS as DriftOptions,
      'cur',
    );
    const m = (name: string, subject: string) => result.metrics!.find((x) => x.name === name && x.subject === subject)!;
    expect(m('ks_pvalue', 'x').value!).toBeLessThan(1e-10);
    expect(m('chi2_pvalue', 'c').value!).toBeLessThan(1e-10);
    expect(m('wasserstein_normed', 'x').value!).toBeLessThan(0.05);
    expect(m('jensen_shannon', 'c').value!).toBeLessThan(0.05);
    expect(result.outcome).toBe('pass');
    expect(result.details?.driftedColumns).toEqual([]);
  });
});

describe('normalised Wasserstein on a constant reference', () => {
  it('divides by max(std, 0.001) as Evidently does, so a constant column that starts moving fails, finitely', () => {
    const ref = new Float64Array(2000).fill(5);
    const cur = new Float64Array(2000).fill(5);
    cur.fill(6, 0, 500); // a quarter of the values moved by 1: W = 0.25
    const result = driftCheck(
      { kind: 'raw', source: 'ref', columns: [numericColumn('x', ref)] },
      [numericColumn('x', cur)],
      DRIFT_DEFAULTS as DriftOptions,
      'cur',
    );
    const w = result.metrics!.find((m) => m.name === 'wasserstein_normed')!;
    expect(w.value).toBeCloseTo(0.25 / 0.001, 6);
    expect(w.verdict).toBe('fail');
    expect(w.details).toMatchObject({ wasserstein: 0.25, referenceStd: 0 });
  });
});
