/**
 * Issue #14: config checked against what exists. A column named in a check's options that the data does not
 * have is a finding of that check ("did you mean"), never a silent pass on nothing: a misspelt `columns` entry
 * fails (the check would otherwise look at no column), a misspelt `ignore-columns` or `categorical-columns`
 * entry warns (the check still runs, just not as configured).
 */
import { describe, expect, it } from '@jest/globals';
import { defaultConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

async function run(id: string, options: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const config = defaultConfig();
  config.gates['data-gate'] = {
    dataset: 'cur-nodrift.csv',
    ...extra,
    checks: { ...ONLY(id), [id]: options },
  } as never;
  const r: GateResult = await runGate(dataGate, { config, cwd: FIXTURES, logger: silentLogger });
  const check = r.checks.find((c) => c.id === id)!;
  return { check, unknown: check.findings.filter((f) => f.ruleId === 'config.unknown-column') };
}

describe('column names in check options must exist', () => {
  it.each([
    ['drift', { columns: ['incme'] }, { reference: 'ref.csv' }, 'income'],
    ['outliers', { columns: ['agee'] }, {}, 'age'],
    ['pii', { columns: ['citty'] }, {}, 'city'],
    ['secrets', { columns: ['lable'] }, {}, 'label'],
  ])('%s: a misspelt "columns" entry fails with a hint', async (id, options, extra, hint) => {
    const { check, unknown } = await run(id, options, extra);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.severity).toBe('high');
    expect(unknown[0]!.message).toContain(`did you mean "${hint}"?`);
    expect(unknown[0]!.location?.field).toBe(Object.values(options)[0]![0]);
    // Failed in block mode; outliers is a warn-mode check by default, which caps it at warn.
    const mode = dataGate.checks.find((c) => c.id === id)!.defaultMode;
    expect(check.verdict).toBe(mode === 'block' ? 'fail' : 'warn');
  });

  it.each([
    ['drift', { 'ignore-columns': ['idd'] }, { reference: 'ref.csv' }],
    ['drift', { 'categorical-columns': ['labl'] }, { reference: 'ref.csv' }],
    ['outliers', { 'ignore-columns': ['nope'] }, {}],
    ['pii', { 'ignore-columns': ['texts'] }, {}],
  ])('%s %j: a misspelt exclusion warns', async (id, options, extra) => {
    const { check, unknown } = await run(id, options, extra);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.severity).toBe('medium');
    expect(['warn', 'fail']).toContain(check.verdict);
  });

  it.each([
    [
      'drift',
      { columns: ['income'], 'ignore-columns': ['id'], 'categorical-columns': ['label'] },
      { reference: 'ref.csv' },
    ],
    ['outliers', { columns: ['age'], 'ignore-columns': ['id'] }, {}],
    ['pii', { columns: ['city'] }, {}],
  ])('%s: names that exist give no finding', async (id, options, extra) => {
    expect((await run(id, options, extra)).unknown).toEqual([]);
  });

  it('drift accepts a column that only the reference has (it reports it as missing instead)', async () => {
    const { check, unknown } = await run(
      'drift',
      { columns: ['income'] },
      { dataset: 'cur-missingcol.csv', reference: 'ref.csv' },
    );
    expect(unknown).toEqual([]);
    expect(check.findings.map((f) => f.ruleId)).toContain('drift.column-missing');
  });
});

describe('schema column names', () => {
  it('a missing required column suggests the nearest existing one', async () => {
    const { check } = await run('schema', { columns: { incom: { type: 'number' } } });
    const f = check.findings.find((x) => x.ruleId === 'schema.missing-column')!;
    expect(f.message).toBe('Required column incom is missing (did you mean "income"?).');
    expect(check.verdict).toBe('fail');
  });

  it('an optional column a letter away from a real one is most likely misspelt: a medium finding', async () => {
    const { check, unknown } = await run('schema', { columns: { agee: { required: false, max: 10 } } });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.severity).toBe('medium');
    expect(unknown[0]!.message).toContain('did you mean "age"?');
    expect(check.verdict).toBe('warn');
  });

  it('an optional column unlike any other may simply be absent', async () => {
    const { check } = await run('schema', { columns: { discount_code: { required: false } } });
    expect(check.findings).toEqual([]);
    expect(check.verdict).toBe('pass');
  });
});
