import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSchema, type GateResult, type JsonSchema, type RunReport } from '@ml-gates/core';

// The README quick start, end to end: the committed CLI bundle on examples/demo, as `npx ml-gates run` runs it.
describe('the demo through the committed CLI bundle', () => {
  const out = mkdtempSync(join(tmpdir(), 'mlg-demo-'));
  const run = spawnSync(
    process.execPath,
    [
      'dist/cli/index.js',
      'run',
      '--config',
      'examples/demo/ml-gates.yml',
      '--out',
      out,
      '--format',
      'sarif,junit,markdown',
    ],
    { encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 240_000 },
  );
  const report = JSON.parse(readFileSync(join(out, 'ml-gates.json'), 'utf8')) as RunReport;
  const gate = (name: string): GateResult => report.results.find((r) => r.gate === name)!;

  it('exits 1 because the demo fails on purpose, with every enabled gate reported', () => {
    expect(run.status).toBe(1);
    expect(report.results.map((r) => r.gate)).toEqual([
      'data-gate',
      'model-scan',
      'adversarial-gate',
      'performance-gate',
    ]);
    expect(run.stdout).not.toContain('\u001b['); // no colour in CI
  });

  it('catches the drifted column, the unsafe checkpoint and loader, the fragile and the unfair model', () => {
    const drift = gate('data-gate').checks.find((c) => c.id === 'drift')!;
    expect(drift.verdict).toBe('fail');
    const failing = drift.metrics.filter((m) => m.verdict === 'fail').map((m) => m.subject);
    expect(failing).toContain('session_minutes');
    const scan = gate('model-scan');
    expect(scan.verdict).toBe('fail');
    const critical = scan.checks.flatMap((c) => c.findings).filter((f) => f.severity === 'critical');
    expect(critical.some((f) => f.location?.path.endsWith('classifier-finetuned.ckpt'))).toBe(true);
    expect(scan.checks.find((c) => c.id === 'unsafe-loading')?.verdict).toBe('fail');
    expect(scan.checks.find((c) => c.id === 'signature')?.verdict).toBe('pass');
    expect(gate('adversarial-gate').verdict).toBe('fail');
    expect(gate('performance-gate').checks.find((c) => c.id === 'fairness')?.verdict).toBe('fail');
  });

  it('writes reports that are valid against the published report schema', () => {
    const schema = JSON.parse(readFileSync('packages/core/schema/report.schema.json', 'utf8')) as JsonSchema;
    const validate = compileSchema(schema);
    for (const name of [
      'ml-gates.json',
      'data-gate.json',
      'model-scan.json',
      'adversarial-gate.json',
      'performance-gate.json',
    ]) {
      const ok = validate(JSON.parse(readFileSync(join(out, name), 'utf8')));
      expect({ name, errors: ok ? null : validate.errors }).toEqual({ name, errors: null });
    }
    const sarif = JSON.parse(readFileSync(join(out, 'ml-gates.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs.some((r) => r.results.length > 0)).toBe(true);
    expect(readFileSync(join(out, 'ml-gates.md'), 'utf8')).toContain('# ml-gates report');
  });
});
