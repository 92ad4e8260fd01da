import { describe, expect, it } from '@jest/globals';
import {
  defaultConfig,
  exitCodeFor,
  parseConfig,
  runGate,
  silentLogger,
  type GateResult,
  type MlGatesConfig,
} from '@ml-gates/core';
import { fakeGate, finding, metric } from './fake-gate.js';

const NOW = new Date('2026-11-22T12:00:00Z');

async function run(gate: ReturnType<typeof fakeGate>, yaml?: string): Promise<GateResult> {
  const config: MlGatesConfig = yaml ? parseConfig(yaml, 'ml-gates.yml', [gate]).config : defaultConfig();
  return runGate(gate, { config, cwd: '.', logger: silentLogger, now: NOW });
}

describe('modes and fail-on', () => {
  it('fails a blocking check on a finding at or above fail-on (default high)', async () => {
    const r = await run(fakeGate([{ id: 'c', title: 'C', findings: [finding('high')] }]));
    expect(r.verdict).toBe('fail');
    expect(r.checks[0]).toMatchObject({ mode: 'block', verdict: 'fail', summary: '1 high' });
  });

  it('only warns on findings below fail-on, and passes info findings', async () => {
    const r = await run(fakeGate([{ id: 'c', title: 'C', findings: [finding('medium')] }]));
    expect(r.checks[0]!.verdict).toBe('warn');
    const info = await run(fakeGate([{ id: 'c', title: 'C', findings: [finding('info')] }]));
    expect(info.checks[0]!.verdict).toBe('pass');
  });

  it('takes fail-on from the check, then the gate, then defaults', async () => {
    const g = fakeGate([{ id: 'c', title: 'C', findings: [finding('medium')] }]);
    expect((await run(g, 'defaults: {fail-on: medium}\ngates:\n  performance-gate: {}')).verdict).toBe('fail');
    expect((await run(g, 'defaults: {fail-on: medium}\ngates:\n  performance-gate: {fail-on: critical}')).verdict).toBe(
      'warn',
    );
    expect((await run(g, 'gates:\n  performance-gate:\n    checks:\n      c: {fail-on: low}')).verdict).toBe('fail');
  });

  it('warn mode reports a failure without failing the gate', async () => {
    const r = await run(
      fakeGate([{ id: 'c', title: 'C', findings: [finding('critical')] }]),
      'gates:\n  performance-gate:\n    checks:\n      c: warn',
    );
    expect(r.verdict).toBe('warn');
    expect(r.checks[0]!.summary).toBe('1 critical (would fail; mode is warn)');
    expect(r.checks[0]!.findings).toHaveLength(1);
    expect(exitCodeFor([r])).toBe(0);
  });

  it('off mode does not run the check and still lists it as skipped', async () => {
    const g = fakeGate([
      { id: 'c', title: 'C', findings: [finding('critical')] },
      { id: 'd', title: 'D' },
    ]);
    const r = await run(g, 'gates:\n  performance-gate:\n    checks:\n      c: off');
    expect(g.seen.modes.c).toBe('off');
    expect(r.checks.find((c) => c.id === 'c')).toMatchObject({ verdict: 'skipped', findings: [] });
    expect(r.verdict).toBe('pass');
  });

  it('a metric-based outcome fails the check even without findings', async () => {
    const r = await run(fakeGate([{ id: 'c', title: 'C', metrics: [metric('auc', 0.7, 'fail')], outcome: 'fail' }]));
    expect(r.verdict).toBe('fail');
    expect(r.checks[0]!.metrics[0]!.value).toBe(0.7);
  });

  it('an error outcome is never a pass: error verdict, exit code 3', async () => {
    const r = await run(fakeGate([{ id: 'c', title: 'C', outcome: 'error', summary: 'could not read data.csv' }]));
    expect(r.verdict).toBe('error');
    expect(r.errors).toEqual(['c: could not read data.csv']);
    expect(exitCodeFor([r])).toBe(3);
  });

  it('a blocking failure outranks an error (findings first)', async () => {
    const r = await run(
      fakeGate([
        { id: 'a', title: 'A', findings: [finding('critical')] },
        { id: 'b', title: 'B', outcome: 'error' },
      ]),
    );
    expect(r.verdict).toBe('fail');
    expect(exitCodeFor([r])).toBe(1);
  });

  it('turns an exception inside a gate into an error result that names it', async () => {
    const r = await run(fakeGate([], { throws: new Error('boom') }));
    expect(r.verdict).toBe('error');
    expect(r.errors[0]).toBe('performance-gate failed unexpectedly: boom');
    expect(r.headline).toMatch(/^could not run/);
  });

  it('passes schema defaults and overrides to the gate', async () => {
    const g = fakeGate([{ id: 'c', title: 'C' }]);
    await runGate(g, {
      config: defaultConfig(),
      cwd: '.',
      logger: silentLogger,
      overrides: { options: { columns: ['x'] } },
    });
    expect(g.seen.options).toEqual({ threshold: 0.8, columns: ['x'] });
    await expect(
      runGate(g, { config: defaultConfig(), cwd: '.', logger: silentLogger, overrides: { options: { columns: 'x' } } }),
    ).rejects.toThrow(/Invalid settings for performance-gate/);
  });
});

describe('waivers', () => {
  const waiverYaml = (expires: string, extra = ''): string =>
    [
      'gates:',
      '  performance-gate:',
      '    waivers:',
      '      - check: c',
      '        rule: rule.x',
      '        path: "models/legacy/**"',
      '        reason: reviewed in SEC-1',
      '        owner: "@sec"',
      `        expires: ${expires}`,
      extra,
    ].join('\n');

  it('waives matching findings (still shown, marked waived) and passes the check', async () => {
    const g = fakeGate([{ id: 'c', title: 'C', findings: [finding('critical', 'models/legacy/old.pkl')] }]);
    const r = await run(g, waiverYaml('2026-11-22'));
    expect(r.verdict).toBe('pass');
    expect(r.checks[0]!.findings[0]!.waived).toEqual({
      reason: 'reviewed in SEC-1',
      owner: '@sec',
      expires: '2026-11-22',
    });
    expect(r.checks[0]!.summary).toBe('1 waived');
    expect(r.waivers).toEqual([expect.objectContaining({ status: 'active', matched: 1, gate: 'performance-gate' })]);
  });

  it('does not waive findings outside its path or rule', async () => {
    const g = fakeGate([
      {
        id: 'c',
        title: 'C',
        findings: [finding('critical', 'models/new.pkl'), finding('critical', 'models/legacy/a.pkl', 'rule.y')],
      },
    ]);
    const r = await run(g, waiverYaml('2027-01-01'));
    expect(r.verdict).toBe('fail');
    expect(r.checks[0]!.findings.every((f) => f.waived === undefined)).toBe(true);
    expect(r.waivers[0]!.status).toBe('stale');
  });

  it('an expired waiver stops waiving and says so', async () => {
    const g = fakeGate([{ id: 'c', title: 'C', findings: [finding('critical', 'models/legacy/old.pkl')] }]);
    const r = await run(g, waiverYaml('2026-11-21'));
    expect(r.verdict).toBe('fail');
    expect(r.checks[0]!.findings[0]!.waived).toBeUndefined();
    expect(r.waivers[0]).toMatchObject({ status: 'expired', matched: 1 });
  });

  it('reports a waiver that matches nothing as stale', async () => {
    const g = fakeGate([{ id: 'c', title: 'C', findings: [] }]);
    const r = await run(g, waiverYaml('2027-01-01'));
    expect(r.waivers[0]).toMatchObject({ status: 'stale', matched: 0 });
  });
});
