/**
 * The drift defaults of issue #14 against scipy on independent cases (test/fixtures/data-gate/drift-oracle/,
 * written with scipy's values by generate.py there): ties, a heavy tail, a constant column (normalised by the
 * 0.001 floor), a column that is all-null on one side, a category present on one side only, booleans, dates,
 * samples of at most 1,000 values (BH-adjusted p-values decide, also when only one side is small), and the
 * issue's examples on other distributions (income × 1.15 log-normal, age + 3 uniform, segment shares).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, runGate, silentLogger, type Check, type Metric } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { FIXTURES, relErr } from './helpers.js';

const DIR = join(FIXTURES, 'drift-oracle');
interface Expected {
  skipped?: string;
  kind: 'numeric' | 'categorical';
  small: boolean;
  wasserstein_normed?: number;
  ks?: number;
  jensen_shannon?: number;
  pvalue: number;
  adjusted: number;
  verdict: 'pass' | 'warn' | 'fail';
}
const cases = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Record<string, Expected>>;
const ONLY_DRIFT = Object.fromEntries(dataGate.checks.map((c) => [c.id, c.id === 'drift' ? {} : 'off']));

async function drift(name: string): Promise<Check> {
  const config = defaultConfig();
  config.gates['data-gate'] = {
    dataset: `${name}-cur.csv`,
    reference: `${name}-ref.csv`,
    checks: ONLY_DRIFT,
  } as never;
  const r = await runGate(dataGate, { config, cwd: DIR, logger: silentLogger });
  return r.checks.find((c) => c.id === 'drift')!;
}
const metric = (c: Check, name: string, subject: string): Metric | undefined =>
  c.metrics.find((m) => m.name === name && m.subject === subject);
const close = (actual: number | null | undefined, expected: number, tol = 1e-9): void => {
  expect(typeof actual).toBe('number');
  expect(relErr(actual!, expected)).toBeLessThan(tol);
};

describe('drift statistics and verdicts agree with scipy on independent cases', () => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const check = await drift(name);
    for (const [column, e] of Object.entries(cases[name]!)) {
      if (e.skipped) {
        const skipped = check.metrics.find((m) => m.subject === column && m.verdict === 'skipped');
        expect(skipped?.details?.reason).toBe(e.skipped);
        continue;
      }
      const p = metric(check, e.kind === 'numeric' ? 'ks_pvalue' : 'chi2_pvalue', column)!;
      close(p.value, e.pvalue, 1e-6);
      close(p.details?.adjusted as number, e.adjusted, 1e-6);
      if (e.kind === 'numeric') {
        close(metric(check, 'wasserstein_normed', column)!.value, e.wasserstein_normed!);
        close(metric(check, 'ks', column)!.value, e.ks!);
      } else close(metric(check, 'jensen_shannon', column)!.value, e.jensen_shannon!);
      const gating = e.small
        ? p
        : metric(check, e.kind === 'numeric' ? 'wasserstein_normed' : 'jensen_shannon', column)!;
      expect([column, gating.verdict]).toEqual([column, e.verdict]);
    }
  });

  it('the issue examples fail: income, age and segment drifted, the stable column did not', async () => {
    const check = await drift('issue-examples');
    expect(check.verdict).toBe('fail');
    expect(check.details?.driftedColumns).toEqual(['income', 'age', 'segment']);
  });

  it('a column now entirely null is a high finding that fails the check, though no statistic can be computed', async () => {
    const check = await drift('all-null-now');
    expect(check.verdict).toBe('fail');
    expect(check.findings[0]).toMatchObject({ ruleId: 'drift.null-rate', severity: 'high' });
    // Still a numeric column: skipped under the numeric statistic's name, not jensen_shannon.
    expect(check.metrics.find((m) => m.subject === 'x')).toMatchObject({
      name: 'wasserstein_normed',
      verdict: 'skipped',
    });
  });
});

describe('drift findings, most severe first', () => {
  it('a type change after a new category heads the findings (and so the headline)', async () => {
    const config = defaultConfig();
    config.gates['data-gate'] = {
      dataset: 'order-cur.csv',
      reference: 'order-ref.csv',
      checks: { ...ONLY_DRIFT, drift: { 'min-samples': 1 } },
    } as never;
    const r = await runGate(dataGate, { config, cwd: DIR, logger: silentLogger });
    const check = r.checks.find((c) => c.id === 'drift')!;
    expect(check.findings.map((f) => f.ruleId)).toEqual(['drift.type-changed', 'drift.new-category']);
    expect(r.headline).toMatch(/^drift: high drift\.type-changed/);
  });
});
