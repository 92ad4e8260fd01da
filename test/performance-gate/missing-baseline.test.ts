/**
 * #14 item 1 (performance-gate side): no baseline is a visible warn by default, `missing-baseline: fail` makes the
 * baseline check "not run" (judged by its mode), and a baseline that could not be fetched is never "no baseline".
 * #15 item 6: the bootstrap reports progress through core's startProgress.
 */
import { describe, expect, it } from '@jest/globals';
import { parseConfig, runGate, silentLogger, type GateResult, type GateServices, type Logger } from '@ml-gates/core';
import { NO_BASELINE_YET, performanceGate } from '@ml-gates/performance-gate';
import { model, population, workspace, writeCsv } from './scenarios.js';

const pop = population(400);

async function run(extra = '', services?: GateServices, logger: Logger = silentLogger): Promise<GateResult> {
  const dir = workspace();
  writeCsv(dir, 'candidate.csv', pop, model(pop, 1.5, 0.5, 11));
  const yaml = `version: 1\ngates:\n  performance-gate:\n    predictions: candidate.csv\n    bootstrap:\n      resamples: 50\n${extra}`;
  const config = parseConfig(yaml, 'ml-gates.yml', [performanceGate]).config;
  return runGate(performanceGate, { config, cwd: dir, logger, ...(services ? { services } : {}) });
}
const baseline = (r: GateResult) => r.checks.find((c) => c.id === 'baseline')!;
const noArtifact: GateServices = { baseline: () => Promise.resolve(undefined) };

describe('performance-gate: missing baseline', () => {
  it('the first run on the default branch: a visible warn that says so', async () => {
    const r = await run('', noArtifact);
    expect(baseline(r).verdict).toBe('warn');
    expect(baseline(r).summary).toContain(NO_BASELINE_YET);
    expect(baseline(r).summary).toContain('ml-gates.json (not found)');
    expect(r.verdict).toBe('warn');
  });

  it('missing-baseline: fail → not run, error in block mode, warn in warn mode', async () => {
    const r = await run('    missing-baseline: fail\n', noArtifact);
    expect(baseline(r).verdict).toBe('error');
    expect(baseline(r).notRun).toContain(NO_BASELINE_YET);
    expect(r.verdict).toBe('error');
    const w = await run('    missing-baseline: fail\n    checks:\n      baseline: warn\n', noArtifact);
    expect(baseline(w).verdict).toBe('warn');
    expect(baseline(w).notRun).toContain(NO_BASELINE_YET);
  });

  it('a download that fails is not "no baseline": not run, with the error, whatever missing-baseline says', async () => {
    const broken: GateServices = { baseline: () => Promise.reject(new Error('HTTP 502 from the artifact service')) };
    const r = await run('', broken);
    expect(baseline(r).verdict).toBe('error');
    expect(baseline(r).notRun).toContain('HTTP 502 from the artifact service');
  });

  it('rejects an unknown missing-baseline value before running', () => {
    expect(() =>
      parseConfig('version: 1\ngates:\n  performance-gate:\n    missing-baseline: ignore\n', 'ml-gates.yml', [
        performanceGate,
      ]),
    ).toThrow(expect.objectContaining({ details: [expect.stringMatching(/^ml-gates\.yml:4:\d+ .*missing-baseline/)] }));
  });
});

describe('performance-gate: bootstrap progress', () => {
  it('reports resamples done through startProgress', async () => {
    const lines: string[] = [];
    await run('', noArtifact, { ...silentLogger, info: (m: string) => lines.push(m) });
    expect(lines).toContainEqual(
      expect.stringMatching(/^bootstrap of \d+ metric\(s\) on 400 rows: 50\/50 resamples \(100%\)$/),
    );
  });
});
