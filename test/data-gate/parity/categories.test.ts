/**
 * Categories counted as pandas counts them (issue #22, "7 vs 007"): in a column pandas reads as int64/float64,
 * `7`, `007`, `+7` and `7.0` are one value; in an object (text) column `7` and `007` differ. The expected counts
 * are pandas' `value_counts()` (categories/expected.json, written by generate-categories.py). Categorical drift,
 * label balance and the distinct-value tests all read these counts, so they follow the same rule, sharded too.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultConfig, runGate, silentLogger, type GateContext, type GateResult } from '@ml-gates/core';
import {
  dataGate,
  GATE_OPTIONS_DEFAULTS,
  mergePartialProfiles,
  partialProfileOf,
  readAndProfile,
  type DataGateOptions,
} from '@ml-gates/data-gate';

const DIR = resolve(import.meta.dirname, 'categories');
const corpus = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  cases: { file: string; dtype: string; counts: Record<string, number> }[];
};
const TMP = mkdtempSync(join(tmpdir(), 'mlg-categories-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function profile(dir: string, file: string) {
  const read = await readAndProfile([{ path: join(dir, file), relPath: file }], GATE_OPTIONS_DEFAULTS);
  return read;
}

describe('category counts agree with pandas value_counts', () => {
  it.each(corpus.cases.map((c) => [c.file, c.dtype, c] as const))('%s (pandas %s)', async (file, dtype, c) => {
    const read = await profile(DIR, file);
    const col = read.columns.find((x) => x.name === 'c')!;
    expect(Object.fromEntries(col.categories)).toEqual(c.counts);
    expect(col.type === 'string').toBe(dtype === 'object');
  });

  it('a merge of shards keys categories by the merged column type (a shard of text makes the column text)', async () => {
    writeFileSync(join(TMP, 'a.csv'), 'c\n7\n007\n');
    writeFileSync(join(TMP, 'b.csv'), 'c\n007\n8\n');
    writeFileSync(join(TMP, 'x.csv'), 'c\nabc\n');
    const part = async (f: string) => partialProfileOf(await profile(TMP, f), new Map(), []);
    const numeric = mergePartialProfiles([await part('a.csv'), await part('b.csv')], 1000);
    expect(Object.fromEntries(numeric.columns[0]!.categories)).toEqual({ '7': 3, '8': 1 });
    const text = mergePartialProfiles([await part('a.csv'), await part('b.csv'), await part('x.csv')], 1000);
    expect(Object.fromEntries(text.columns[0]!.categories)).toEqual({ '7': 1, '007': 2, '8': 1, abc: 1 });
  });
});

describe('categorical drift follows the column type', () => {
  const ONLY = (...ids: string[]) =>
    Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));
  async function drift(ref: string, cur: string, shards = 0): Promise<GateResult> {
    writeFileSync(join(TMP, 'ref.csv'), ref);
    writeFileSync(join(TMP, 'cur-a.csv'), cur);
    writeFileSync(join(TMP, 'cur-b.csv'), cur);
    const config = defaultConfig();
    config.gates['data-gate'] = {
      dataset: ['cur-a.csv', 'cur-b.csv'],
      reference: 'ref.csv',
      checks: { ...ONLY('drift'), drift: { 'categorical-columns': ['code'] } },
    } as never;
    if (shards === 0) return runGate(dataGate, { config, cwd: TMP, logger: silentLogger });
    const partials: GateResult[] = [];
    for (let index = 1; index <= shards; index++) {
      const gate = {
        ...dataGate,
        run: (ctx: GateContext<DataGateOptions>) => dataGate.run({ ...ctx, shard: { index, count: shards } }),
      };
      partials.push(await runGate(gate, { config, cwd: TMP, logger: silentLogger }));
    }
    const merge = { ...dataGate, run: (ctx: GateContext<DataGateOptions>) => dataGate.mergeShards!(partials, ctx) };
    return runGate(merge, { config, cwd: TMP, logger: silentLogger });
  }
  const rows = (values: string[], n: number) =>
    `code\n${Array.from({ length: n }, (_, i) => values[i % values.length]).join('\n')}\n`;

  it.each([0, 2])('integer codes 7 / 8 against 007 / 008: one value each, no drift (shards: %d)', async (shards) => {
    const r = await drift(rows(['7', '8'], 200), rows(['007', '008'], 200), shards);
    const d = r.checks.find((c) => c.id === 'drift')!;
    expect(d.findings.map((f) => f.ruleId)).toEqual([]);
    expect(d.verdict).toBe('pass');
  });

  it.each([0, 2])('text codes (the column holds text too): 007 is a new category (shards: %d)', async (shards) => {
    const r = await drift(rows(['7', '8', 'x'], 300), rows(['007', '8', 'x'], 300), shards);
    const d = r.checks.find((c) => c.id === 'drift')!;
    expect(d.findings.map((f) => f.ruleId)).toContain('drift.new-category');
    expect(d.verdict).toBe('fail');
  });
});

describe('allowed and unique follow the column type too', () => {
  const ONLY = (...ids: string[]) =>
    Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));
  async function schema(text: string, rule: Record<string, unknown>) {
    writeFileSync(join(TMP, 'codes.csv'), text);
    const config = defaultConfig();
    config.gates['data-gate'] = {
      dataset: 'codes.csv',
      checks: { ...ONLY('schema'), schema: { columns: { code: rule } } },
    } as never;
    const r = await runGate(dataGate, { config, cwd: TMP, logger: silentLogger });
    return r.checks.find((c) => c.id === 'schema')!.findings.map((f) => f.ruleId);
  }
  // pandas: 'code\n7\n007\nabc\n007\n' is object, duplicated() = 1 (the second '007'); '7' and '007' differ.
  it('a text column compares texts: 007 is not 7 (unique, allowed)', async () => {
    const text = 'code\n7\n007\nabc\n';
    expect(await schema(text, { unique: true })).toEqual([]);
    expect(await schema(`${text}007\n`, { unique: true })).toEqual(['schema.unique']);
    expect(await schema(text, { allowed: ['007', 'abc'] })).toEqual(['schema.allowed']);
    expect(await schema(text, { allowed: ['7', '007', 'abc'] })).toEqual([]);
  });
  // pandas: 'code\n7\n007\n8\n' is int64, duplicated() = 1.
  it('a numeric column compares values: 007 is 7 (unique, allowed)', async () => {
    const text = 'code\n7\n007\n8\n';
    expect(await schema(text, { unique: true })).toEqual(['schema.unique']);
    expect(await schema(text, { allowed: [7, 8] })).toEqual([]);
    expect(await schema(text, { allowed: ['007', '8'] })).toEqual([]);
  });
});
