/**
 * Issue #22: "the same value" means what pandas reads as the same value, in every check where identity matters.
 * 64-bit ids stay exact (leakage once rounded them to doubles and reported neighbouring ids as shared), and
 * spellings of one integer (`7`, `007`, `+7`) are one value for `unique` as for pandas' `duplicated()`.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

async function run(files: Record<string, string>, section: Record<string, unknown>): Promise<GateResult> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const config = defaultConfig();
  config.gates['data-gate'] = section as never;
  return runGate(dataGate, { config, cwd: dir, logger: silentLogger });
}
const check = (r: GateResult, id: string) => r.checks.find((c) => c.id === id)!;

// Neighbouring ids beyond 2^53: as doubles, 9007199254740993 reads as 9007199254740992, and so on.
const trainIds = ['9007199254740993', '9007199254740995', '1234567890123456789', '1234567890123456791'];
const testIds = ['9007199254740992', '9007199254740994', '1234567890123456788', '1234567890123456790'];

describe('leakage compares 64-bit ids exactly', () => {
  it.each([
    ['CSV', 'csv', (ids: string[]) => `id,x\n${ids.map((id, i) => `${id},${i}`).join('\n')}\n`],
    ['JSON Lines', 'jsonl', (ids: string[]) => ids.map((id, i) => `{"id": ${id}, "x": ${i}}\n`).join('')],
  ])('%s: distinct neighbouring ids in the two splits are not shared keys', async (_label, ext, write) => {
    const r = await run(
      { [`train.${ext}`]: write(trainIds), [`test.${ext}`]: write(testIds) },
      { dataset: `train.${ext}`, test: `test.${ext}`, checks: { ...ONLY('leakage'), leakage: { keys: ['id'] } } },
    );
    const c = check(r, 'leakage');
    expect(c.metrics.find((m) => m.name === 'shared_keys')?.value).toBe(0);
    expect(c.metrics.find((m) => m.name === 'shared_rows')?.value).toBe(0);
    expect(c.verdict).toBe('pass');
  });

  it('the same 64-bit id written with a sign or leading zero is shared', async () => {
    const r = await run(
      { 'train.csv': 'id\n9007199254740993\n5\n', 'test.csv': 'id\n+09007199254740993\n6\n' },
      { dataset: 'train.csv', test: 'test.csv', checks: { ...ONLY('leakage'), leakage: { keys: ['id'] } } },
    );
    expect(check(r, 'leakage').metrics.find((m) => m.name === 'shared_keys')?.value).toBe(1);
  });
});

describe('unique: one value however it is written', () => {
  it.each([
    ['7 and 007 (pandas int64: one value)', 'id\n7\n007\n8\n', 1],
    ['+7, 7.0 and 7', 'id\n+7\n7.0\n7\n', 2],
    ['a 64-bit id with a sign and leading zero', 'id\n9007199254740993\n+09007199254740993\n9007199254740992\n', 1],
    ['-0 and 0', 'x\n0\n-0\n1\n', 1],
    ['neighbouring 64-bit ids are distinct', 'id\n9007199254740993\n9007199254740992\n9007199254740994\n', 0],
  ])('%s', async (_label, text, duplicates) => {
    const r = await run(
      { 'u.csv': text },
      {
        dataset: 'u.csv',
        checks: { ...ONLY('schema'), schema: { columns: { [text.split('\n')[0]!]: { unique: true } } } },
      },
    );
    const f = check(r, 'schema').findings.filter((x) => x.ruleId === 'schema.unique');
    if (duplicates === 0) expect(f).toEqual([]);
    else expect(f[0]?.message).toContain(`${duplicates} duplicate values`);
  });
});

describe('allowed: values compared as unique compares them', () => {
  it('7, 007 and +7 are the allowed 7; a 64-bit code matches its exact digits only', async () => {
    const r = await run(
      { 'allowed.csv': 'code\n7\n007\n+7\n8\n9007199254740993\n9007199254740992\n' },
      {
        dataset: 'allowed.csv',
        checks: {
          ...ONLY('schema'),
          schema: { columns: { code: { allowed: [7, '8', '9007199254740993'] } } },
        },
      },
    );
    const f = check(r, 'schema').findings.filter((x) => x.ruleId === 'schema.allowed');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('1 values not in the allowed list (rows 6; e.g. "9007199254740992")');
  });
});
