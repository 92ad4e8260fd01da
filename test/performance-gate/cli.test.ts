import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import { performanceGate } from '@ml-gates/performance-gate';
import { model, population, workspace, writeCsv } from './scenarios.js';

function io(cwd: string): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: (t: string) => {
      state.out += t;
    },
    stderr: (t: string) => {
      state.err += t;
    },
    cwd,
    env: { CI: 'true' },
    isTTY: false,
  });
}

const pop = population(1500, 21);

describe('ml-gates perf', () => {
  const dir = workspace();
  writeCsv(dir, 'baseline.csv', pop, model(pop, 1.5, 0.5, 1));
  writeCsv(dir, 'worse.csv', pop, model(pop, 0.4, 1.5, 2));
  writeCsv(dir, 'same.csv', pop, model(pop, 1.5, 0.5, 1));

  it('exits 1 for a clearly worse candidate, with the JSON report on stdout', async () => {
    const t = io(dir);
    const code = await main(
      [
        'perf',
        '--predictions',
        'worse.csv',
        '--baseline',
        'baseline.csv',
        '--resamples',
        '200',
        '--max-drop',
        'roc_auc=0.01',
        '--format',
        'json',
      ],
      t,
      [performanceGate],
    );
    expect(code).toBe(1);
    const report = JSON.parse(t.out) as {
      results: { checks: { id: string; verdict: string; metrics: { name: string; method: string }[] }[] }[];
    };
    const baseline = report.results[0]!.checks.find((c) => c.id === 'baseline')!;
    expect(baseline.verdict).toBe('fail');
    expect(baseline.metrics[0]).toMatchObject({ name: 'roc_auc', method: 'binary, delong-paired' });
  });

  it("keeps the config file's columns when no column flag is given", async () => {
    // the same predictions with other column names, which only the config file names
    const renamed = readFileSync(join(dir, 'same.csv'), 'utf8').replace(
      /^id,label,score,group/,
      'row,approved,p,segment',
    );
    writeFileSync(join(dir, 'renamed.csv'), renamed);
    writeFileSync(
      join(dir, 'perf-columns.yml'),
      'version: 1\ngates:\n  performance-gate:\n    columns: { label: approved, score: p, id: row }\n',
    );
    const t = io(dir);
    const code = await main(
      ['perf', '--config', 'perf-columns.yml', '--predictions', 'renamed.csv', '--resamples', '0', '--format', 'json'],
      t,
      [performanceGate],
    );
    expect(t.err).not.toMatch(/label column/);
    expect(code).toBe(0);
    const report = JSON.parse(t.out) as { results: { checks: { metrics: { name: string }[] }[] }[] };
    expect(report.results[0]!.checks.flatMap((c) => c.metrics.map((m) => m.name))).toContain('roc_auc');
  });

  it('exits 0 for the same model, and applies --min thresholds', async () => {
    const ok = io(dir);
    expect(
      await main(
        [
          'perf',
          '--predictions',
          'same.csv',
          '--baseline',
          'baseline.csv',
          '--resamples',
          '100',
          '--min',
          'roc_auc=0.7',
        ],
        ok,
        [performanceGate],
      ),
    ).toBe(0);
    const strict = io(dir);
    expect(
      await main(
        ['perf', '--predictions', 'same.csv', '--resamples', '100', '--min', 'roc_auc=0.99', '--format', 'markdown'],
        strict,
        [performanceGate],
      ),
    ).toBe(1);
    expect(strict.out).toContain('thresholds missed');
  });

  it('exits 2 for usage mistakes', async () => {
    const t = io(dir);
    expect(await main(['perf', '--predictions', 'same.csv', '--min', 'roc_auc'], t, [performanceGate])).toBe(2);
    expect(t.err).toContain('--min expects METRIC=NUMBER');
    const missing = io(dir);
    expect(await main(['perf'], missing, [performanceGate])).toBe(2);
    expect(missing.err).toContain('--predictions FILE');
  });
});
