/**
 * Sharded data-gate (issue #19): shards profile their part of the current dataset, `mergeShards` judges drift
 * and outliers from the merged profile. Merged verdicts equal the unsharded ones on the drift fixtures; metric
 * values agree exactly where the merge is exact (PSI on fixed bins, categorical statistics) and within the
 * stated bound elsewhere (KS ±ε, Wasserstein ±ε·range, ε = 2.5/k).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import {
  defaultConfig,
  KLL_DEFAULT_K,
  KLL_EPSILON_FACTOR,
  runGate,
  silentLogger,
  type GateContext,
  type GateOutput,
  type GateResult,
  type ShardSpec,
} from '@ml-gates/core';
import { dataGate, type DataGateOptions } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

const EPS = KLL_EPSILON_FACTOR / KLL_DEFAULT_K;
const dir = mkdtempSync(join(tmpdir(), 'dg-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'ref.csv'), readFileSync(join(FIXTURES, 'ref.csv')));
writeFileSync(join(dir, 'cur-nodrift.csv'), readFileSync(join(FIXTURES, 'cur-nodrift.csv')));

const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

/** Splits a CSV fixture into `parts` files of consecutive rows (same header). */
function split(name: string, parts: number): string {
  const [header, ...rows] = readFileSync(join(FIXTURES, name), 'utf8').trimEnd().split('\n');
  const folder = `${name.replace(/\.csv$/, '')}-${parts}`;
  mkdirSync(join(dir, folder), { recursive: true });
  const per = Math.ceil(rows.length / parts);
  for (let p = 0; p < parts; p++) {
    writeFileSync(join(dir, folder, `part-${p}.csv`), `${header}\n${rows.slice(p * per, (p + 1) * per).join('\n')}\n`);
  }
  return folder;
}
function config(section: Record<string, unknown>) {
  const c = defaultConfig();
  c.gates['data-gate'] = section as never;
  return c;
}

/** Runs the gate as one shard (the engine's shard wiring is the CLI's business; here ctx.shard is set directly). */
async function runShard(section: Record<string, unknown>, spec?: ShardSpec): Promise<GateResult> {
  const gate = spec
    ? { ...dataGate, run: (ctx: GateContext<DataGateOptions>) => dataGate.run({ ...ctx, shard: spec }) }
    : dataGate;
  return runGate(gate, { config: config(section), cwd: dir, logger: silentLogger });
}

/** Merges partial results through the gate's mergeShards, judged by the same policy as a run. */
async function merge(section: Record<string, unknown>, partials: GateResult[]): Promise<GateResult> {
  const gate = {
    ...dataGate,
    run: (ctx: GateContext<DataGateOptions>): Promise<GateOutput> => dataGate.mergeShards!(partials, ctx),
  };
  return runGate(gate, { config: config(section), cwd: dir, logger: silentLogger });
}

async function sharded(section: Record<string, unknown>, count: number): Promise<GateResult> {
  const partials: GateResult[] = [];
  for (let i = 1; i <= count; i++) partials.push(await runShard(section, { index: i, count }));
  for (const p of partials) expect(p.details?.partialProfile).toBeDefined();
  return merge(section, partials);
}

function compareDrift(whole: GateResult, merged: GateResult): void {
  expect(merged.errors).toEqual([]);
  expect(merged.verdict).toBe(whole.verdict);
  const dw = whole.checks.find((c) => c.id === 'drift')!;
  const dm = merged.checks.find((c) => c.id === 'drift')!;
  expect(dm.verdict).toBe(dw.verdict);
  expect(dm.details?.driftedColumns).toEqual(dw.details?.driftedColumns);
  expect(dm.details?.warnedColumns).toEqual(dw.details?.warnedColumns);
  expect(dm.findings.map((f) => f.ruleId).sort()).toEqual(dw.findings.map((f) => f.ruleId).sort());
  for (const m of dw.metrics) {
    const g = dm.metrics.find((x) => x.name === m.name && x.subject === m.subject);
    expect(g).toBeDefined();
    expect(g!.verdict).toBe(m.verdict);
    if (m.value === null || m.name.endsWith('_pvalue')) continue;
    const kind = String((m.details?.binning as string | undefined) ?? '');
    if (m.name === 'ks') expect(Math.abs(g!.value! - m.value)).toBeLessThanOrEqual(EPS + 1e-12);
    else if (m.name === 'wasserstein_normed') {
      const bound = (g!.details?.sketched as { normedBound?: number } | undefined)?.normedBound ?? 1e-9;
      expect(Math.abs(g!.value! - m.value)).toBeLessThanOrEqual(bound + 1e-9);
    } else if (m.name === 'psi' && kind.startsWith('reference quantiles')) {
      // Counted on the reference's fixed bins in every shard: exact.
      expect(g!.value).toBeCloseTo(m.value, 10);
    } else expect(g!.value).toBeCloseTo(m.value, 10);
  }
}

describe('sharded data-gate: merged verdicts equal unsharded ones', () => {
  const fixtures = [
    'cur-nodrift.csv',
    'cur-meanshift.csv',
    'cur-varshift.csv',
    'cur-catshift.csv',
    'cur-newcat.csv',
    'cur-nulljump.csv',
    'cur-missingcol.csv',
    'cur-typechange.csv',
  ];
  it.each(fixtures)('%s split in 3 files, 2 and 3 shards', async (name) => {
    const folder = split(name, 3);
    const section = {
      dataset: `${folder}/*.csv`,
      reference: 'ref.csv',
      checks: ONLY('drift', 'outliers'),
    };
    const whole = await runShard(section);
    expect(whole.errors).toEqual([]);
    for (const n of [2, 3]) compareDrift(whole, await sharded(section, n));
  });

  it('a merged KS is marked sketched with its bound', async () => {
    const folder = split('cur-meanshift.csv', 3);
    const section = { dataset: `${folder}/*.csv`, reference: 'ref.csv', checks: ONLY('drift') };
    const merged = await sharded(section, 2);
    const ks = merged.checks.find((c) => c.id === 'drift')!.metrics.find((m) => m.name === 'ks')!;
    expect(ks.method).toMatch(/^ks \(sketched, ±0\.002/);
    expect((ks.details?.sketched as { epsilon: number }).epsilon).toBeCloseTo(EPS, 12);
  });

  it('shards a single Parquet file by row groups', async () => {
    const n = 3000;
    const x = Array.from({ length: n }, (_, i) => Math.sin(i) * 10 + (i % 7));
    const seg = Array.from({ length: n }, (_, i) => ['a', 'b', 'c'][i % 3]!);
    const write = (file: string, shift: number) =>
      writeFileSync(
        join(dir, file),
        Buffer.from(
          parquetWriteBuffer({
            columnData: [
              { name: 'x', data: x.map((v) => v + shift), type: 'DOUBLE' },
              { name: 'seg', data: seg, type: 'STRING' },
            ],
            rowGroupSize: 500,
          }),
        ),
      );
    write('ref.parquet', 0);
    write('cur.parquet', 2);
    const section = { dataset: 'cur.parquet', reference: 'ref.parquet', checks: ONLY('drift') };
    const whole = await runShard(section);
    const first = await runShard(section, { index: 1, count: 3 });
    expect(first.details?.rows).toBe(1000);
    compareDrift(whole, await sharded(section, 3));
  });

  it('refuses to merge a whole (unsharded) result', async () => {
    const section = {
      dataset: 'cur-nodrift.csv',
      reference: 'ref.csv',
      checks: ONLY('drift'),
    };
    const whole = await runShard(section);
    const merged = await merge(section, [whole]);
    expect(merged.verdict).toBe('error');
    expect(merged.errors.join('\n')).toMatch(/carries no partial profile/);
  });
});
