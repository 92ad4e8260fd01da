/**
 * A dataset with a header and no rows is never a silent baseline (issue #14: "a CSV with a header and no rows is
 * a finding"): `data profile` and `data infer-schema` refuse it (exit 3) instead of writing a profile or rules of
 * nothing, and drift against an empty reference (raw rows or a profile) is not run with that reason, where it
 * used to call every column "identifier-like" or short of samples.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import { defaultConfig, runGate, silentLogger } from '@ml-gates/core';
import { buildProfile, dataGate } from '@ml-gates/data-gate';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-empty-ref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'header.tsv'), 'id\tscore\tcity\r\n\r\n   \r\n');
writeFileSync(join(dir, 'rows.csv'), 'id,score,city\n1,0.5,Oslo\n2,0.7,Bergen\n3,0.1,Oslo\n4,0.9,Oslo\n');
writeFileSync(join(dir, 'rows.tsv'), 'id\tscore\tcity\n1\t0.5\tOslo\n2\t0.7\tBergen\n');
writeFileSync(join(dir, 'no-labels.csv'), 'id,score,city\n7,0.5,\n8,0.6,NA\n');
writeFileSync(
  join(dir, 'empty-profile.json'),
  JSON.stringify(buildProfile([], [{ path: 'header.tsv', rows: 0, bytes: 20 }], { bins: 10, tool: 'test' })),
);

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: dir,
    env: { CI: 'true' },
    isTTY: false,
  };
  return { code: await main(args, io, [dataGate]), out, err };
}

describe('a header-only dataset', () => {
  it.each([
    [['data', 'profile', 'header.tsv', '--out', 'p.json'], 'nothing to profile'],
    [['data', 'infer-schema', 'header.tsv', '--out', 's.json'], 'nothing to infer a schema from'],
  ])('%j exits 3 and writes nothing', async (args, words) => {
    const r = await cli(args);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`header.tsv: no data rows (a header at most); ${words}`);
    expect(existsSync(join(dir, args[4]!))).toBe(false);
  });

  it('as the current data of data drift: a dataset.empty finding, exit 1', async () => {
    const r = await cli(['data', 'drift', '--reference', 'rows.csv', '--current', 'header.tsv']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('dataset.empty');
  });

  it.each([
    ['raw reference', { reference: 'header.tsv' }, 'the reference data header.tsv has no data rows'],
    [
      'reference profile',
      { 'reference-profile': 'empty-profile.json' },
      'the reference profile empty-profile.json has no data rows',
    ],
  ])(
    'as the %s: drift is not run with that reason, error in block mode, warn in warn mode',
    async (_n, ref, reason) => {
      for (const [mode, verdict] of [
        ['block', 'error'],
        ['warn', 'warn'],
      ] as const) {
        const config = defaultConfig();
        config.gates['data-gate'] = {
          dataset: 'rows.tsv',
          ...ref,
          checks: { drift: mode, pii: 'off', secrets: 'off', outliers: 'off' },
        } as never;
        const r = await runGate(dataGate, { config, cwd: dir, logger: silentLogger });
        const drift = r.checks.find((c) => c.id === 'drift')!;
        expect(drift.verdict).toBe(verdict);
        expect(drift.notRun).toContain(reason);
        expect(drift.notRun).not.toMatch(/identifier-like|insufficient/);
      }
    },
  );
});

describe('an empty held-out split', () => {
  const run = async (test: string, checks: Record<string, unknown>) => {
    const config = defaultConfig();
    config.gates['data-gate'] = {
      dataset: 'rows.csv',
      test,
      checks: { pii: 'off', secrets: 'off', outliers: 'off', ...checks },
    } as never;
    return runGate(dataGate, { config, cwd: dir, logger: silentLogger });
  };

  it('leakage is not run (no overlap with nothing is not "no leakage"), error in block mode', async () => {
    const r = await run('header.tsv', { leakage: { keys: ['id'] } });
    const leakage = r.checks.find((c) => c.id === 'leakage')!;
    expect(leakage.verdict).toBe('error');
    expect(leakage.notRun).toBe('the held-out split header.tsv has no data rows (a header at most)');
    expect(r.verdict).toBe('error');
  });

  it.each([
    ['no rows', 'header.tsv'],
    ['every label missing', 'no-labels.csv'],
  ])('label balance against a split with %s is not run, never "consistent (linf NaN)"', async (_n, test) => {
    const r = await run(test, { leakage: 'off', 'label-balance': { mode: 'block', column: 'city' } });
    const lb = r.checks.find((c) => c.id === 'label-balance')!;
    expect(lb.verdict).toBe('error');
    expect(lb.notRun).toBe('the held-out split has no labelled rows in city (no rows, or every label is missing)');
  });
});
