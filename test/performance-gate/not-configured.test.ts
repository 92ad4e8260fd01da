/**
 * #14 item 1 (performance-gate side): an enabled check the user configured but that lacks its input is `not run`,
 * judged by its mode, as data-gate judges one; never a pass that says "nothing to judge". Left at its defaults it
 * is a visible "not configured" line that fails nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { performanceGate } from '@ml-gates/performance-gate';
import { model, population, workspace, writeCsv } from './scenarios.js';

const pop = population(300);
const dir = workspace();
writeCsv(dir, 'candidate.csv', pop, model(pop, 1.5, 0.5, 3));
const classes = ['cat', 'dog', 'eel'];
writeFileSync(
  join(dir, 'multi.csv'),
  [
    'label,prediction,group',
    ...pop.x.map((x, i) => `${classes[i % 3]},${classes[(i + (x > 1 ? 1 : 0)) % 3]},${pop.group[i]}`),
  ].join('\n') + '\n',
);

async function run(section: string, predictions = 'candidate.csv'): Promise<GateResult> {
  const yaml = `version: 1\ngates:\n  performance-gate:\n    predictions: ${predictions}\n    bootstrap:\n      resamples: 20\n    checks:\n      baseline: off\n${section}`;
  const config = parseConfig(yaml, 'ml-gates.yml', [performanceGate]).config;
  return runGate(performanceGate, { config, cwd: dir, logger: silentLogger });
}
const check = (r: GateResult, id: string) => r.checks.find((c) => c.id === id)!;

describe('performance-gate checks without their input', () => {
  it('left at their defaults: "not configured", failing nothing', async () => {
    const r = await run('');
    expect(check(r, 'fairness')).toMatchObject({
      verdict: 'pass',
      summary: expect.stringMatching(/^not configured: no group column/),
    });
    expect(check(r, 'slices')).toMatchObject({
      verdict: 'pass',
      summary: expect.stringMatching(/^not configured: no slice columns/),
    });
    expect(r.verdict).toBe('pass');
  });

  it.each([
    ['fairness options set, block', '      fairness:\n        min-group-size: 10\n', 'fairness', 'error'],
    [
      'fairness bounds set, warn mode',
      '      fairness:\n        mode: warn\n        metrics:\n          demographic_parity_difference:\n            max: 0.02\n',
      'fairness',
      'warn',
    ],
    ['slices raised to block', '      slices: block\n', 'slices', 'error'],
    ['fairness named at its default mode (`fairness: block`)', '      fairness: block\n', 'fairness', 'error'],
    [
      'slices bounds at the default warn mode',
      '      slices:\n        metrics:\n          accuracy: 0.9\n',
      'slices',
      'warn',
    ],
  ])('%s: not run, judged by the mode', async (_name, section, id, verdict) => {
    const r = await run(section);
    const c = check(r, id);
    expect(c.verdict).toBe(verdict);
    expect(c.notRun).toMatch(/no (group|slice) column/);
    expect(r.verdict).toBe(verdict);
    if (verdict === 'error') expect(r.headline).toContain(`${id} not run`);
  });

  it('fairness bounds on a multiclass task are not run (they cannot be judged), with the per-group metrics kept', async () => {
    const section =
      '    columns:\n      group: group\n    checks:\n      baseline: off\n      fairness:\n        metrics:\n          demographic_parity_difference:\n            max: 0.05\n';
    const yaml = `version: 1\ngates:\n  performance-gate:\n    predictions: multi.csv\n    bootstrap:\n      resamples: 20\n${section}`;
    const config = parseConfig(yaml, 'ml-gates.yml', [performanceGate]).config;
    const r = await runGate(performanceGate, { config, cwd: dir, logger: silentLogger });
    const c = check(r, 'fairness');
    expect(c.verdict).toBe('error');
    expect(c.notRun).toMatch(/defined for binary tasks, this is a multiclass task/);
    expect(c.metrics.length).toBeGreaterThan(0);
    // Left at the default bounds, a multiclass task reports per-group metrics and fails nothing.
    const plain = parseConfig(
      'version: 1\ngates:\n  performance-gate:\n    predictions: multi.csv\n    bootstrap:\n      resamples: 20\n    columns:\n      group: group\n    checks:\n      baseline: off\n',
      'ml-gates.yml',
      [performanceGate],
    ).config;
    const p = await runGate(performanceGate, { config: plain, cwd: dir, logger: silentLogger });
    expect(check(p, 'fairness').verdict).toBe('pass');
  });
});
