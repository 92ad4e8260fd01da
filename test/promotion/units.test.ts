import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSchema, silentLogger, type GateResult, type JsonSchema } from '@ml-gates/core';
import {
  buildPromotionStatement,
  collectSubjects,
  evaluatePolicy,
  policyConfigProblems,
  policyContext,
  readReports,
} from '@ml-gates/promotion';

function result(gate: string, over: Partial<GateResult> = {}): GateResult {
  return {
    schemaVersion: '1.0',
    gate,
    version: '1.0.0',
    verdict: 'pass',
    headline: 'ok',
    checks: [
      {
        id: 'thresholds',
        title: 'Thresholds',
        mode: 'block',
        verdict: 'pass',
        summary: '',
        findings: [],
        metrics: [
          { name: 'roc_auc', value: 0.9, threshold: 0.8, verdict: 'pass' },
          { name: 'accuracy', value: 0.7, subject: 'group=B', verdict: 'pass' },
        ],
      },
    ],
    subjects: [],
    waivers: [],
    errors: [],
    timings: { startedAt: '2026-12-01T00:00:00Z', finishedAt: '2026-12-01T00:00:01Z', durationMs: 1000 },
    tool: { name: 'ml-gates', version: '1.0.0', rulesets: {} },
    ...over,
  };
}

const dir = (): string => mkdtempSync(join(tmpdir(), 'mlg-promo-unit-'));

describe('policy context', () => {
  it('exposes metrics by name and by name@subject, risk and approvals from the approval audit', async () => {
    const approval = result('approval-gate', {
      details: { audit: { risk: { level: 'high' }, approvals: [{ login: 'ana', role: 'ml-lead' }] } },
    });
    const ctx = policyContext([result('performance-gate'), approval]);
    expect(ctx.risk).toBe('high');
    const rules = [
      {
        id: 'two-approvals-if-high',
        message: 'high risk needs two approvals',
        severity: 'high' as const,
        mode: 'block' as const,
        expr: 'risk == "high" ? approvals.size() >= 2 : true',
      },
      {
        id: 'group-b',
        message: 'accuracy of group B',
        severity: 'medium' as const,
        mode: 'block' as const,
        expr: 'gates["performance-gate"].metrics["accuracy@group=B"].value >= 0.65',
      },
    ];
    const policy = await evaluatePolicy(rules, [result('performance-gate'), approval], silentLogger);
    expect(policy.gate).toBe('policy');
    expect(policy.checks.map((c) => [c.id, c.verdict])).toEqual([
      ['two-approvals-if-high', 'fail'],
      ['group-b', 'pass'],
    ]);
    expect(policy.verdict).toBe('fail');
  });

  it('duplicate rule ids and non-compiling rules are config problems at the expr path', () => {
    const problems = policyConfigProblems({
      policy: {
        rules: [
          { id: 'a', expr: 'verdict == "pass"' },
          { id: 'a', expr: 'verdict = "pass"' },
        ],
      },
    });
    expect(problems.map((p) => p.path.join('.'))).toEqual(['policy.rules.1.id', 'policy.rules.1.expr']);
  });
});

describe('reading reports', () => {
  it('reads ml-gates.json and <gate>.json from sub-folders, and refuses one gate reported twice differently', async () => {
    const d = dir();
    mkdirSync(join(d, 'scan'));
    mkdirSync(join(d, 'perf'));
    writeFileSync(join(d, 'scan/model-scan.json'), JSON.stringify(result('model-scan')));
    writeFileSync(
      join(d, 'perf/ml-gates.json'),
      JSON.stringify({ schemaVersion: '1.0', results: [result('performance-gate')] }),
    );
    const { results } = await readReports(d);
    expect(results.map((r) => r.gate)).toEqual(['model-scan', 'performance-gate']);
    writeFileSync(join(d, 'perf/model-scan.json'), JSON.stringify(result('model-scan', { verdict: 'fail' })));
    await expect(readReports(d)).rejects.toThrow(/model-scan is reported twice with different results/);
  });

  it('an unparseable report or another schema version is an error, not skipped; an empty folder too', async () => {
    const d = dir();
    await expect(readReports(d)).rejects.toThrow(/no gate report found/);
    writeFileSync(join(d, 'data-gate.json'), JSON.stringify(result('data-gate', { schemaVersion: '2.0' as '1.0' })));
    await expect(readReports(d)).rejects.toThrow(/schema version 2.0/);
    writeFileSync(join(d, 'data-gate.json'), '{ not json');
    await expect(readReports(d)).rejects.toThrow(/not a JSON report/);
    // A malformed input is "could not run" (exit 3), not a usage mistake (exit 2).
    await expect(readReports(d)).rejects.toMatchObject({ code: 'input-unreadable' });
    writeFileSync(join(d, 'data-gate.json'), '{"hello": 1}');
    await expect(readReports(d)).rejects.toMatchObject({ code: 'input-unreadable' });
  });
});

describe('attestation statement', () => {
  it('refuses to attest when two gates saw different bytes under one path', async () => {
    const a = result('model-scan', { subjects: [{ path: 'm.bin', sha256: 'a'.repeat(64), verdict: 'pass' }] });
    const b = result('adversarial-gate', { subjects: [{ path: 'm.bin', sha256: 'b'.repeat(64), verdict: 'pass' }] });
    await expect(collectSubjects([a, b], dir())).rejects.toThrow(
      /m\.bin: model-scan examined .* the file changed between gates/,
    );
  });

  it('hashes a subject a gate did not hash; no subject at all is an error', async () => {
    const d = dir();
    writeFileSync(join(d, 'data.csv'), 'a,b\n1,2\n');
    const subjects = await collectSubjects(
      [result('data-gate', { subjects: [{ path: 'data.csv', verdict: 'pass' }] })],
      d,
    );
    const expected = createHash('sha256').update('a,b\n1,2\n').digest('hex');
    expect(subjects).toEqual([{ name: 'data.csv', digest: { sha256: expected } }]);
    await expect(collectSubjects([result('data-gate')], d)).rejects.toThrow(/nothing to attest/);
    const gone = result('data-gate', { subjects: [{ path: 'deleted.csv', verdict: 'pass' }] });
    await expect(collectSubjects([gone], d)).rejects.toThrow(
      /deleted\.csv: data-gate examined it but it is not a file/,
    );
    const endpoint = result('adversarial-gate', { subjects: [{ path: 'https://model.internal/v1', verdict: 'pass' }] });
    const both = await collectSubjects(
      [endpoint, result('data-gate', { subjects: [{ path: 'data.csv', verdict: 'pass' }] })],
      d,
    );
    expect(both.map((x) => x.name)).toEqual(['data.csv']);
  });

  it('the predicate validates against its published JSON Schema', async () => {
    const schema = JSON.parse(
      readFileSync('packages/promotion/schema/promotion-predicate.v1.json', 'utf8'),
    ) as JsonSchema;
    const validate = compileSchema(schema);
    const statement = await buildPromotionStatement({
      results: [result('performance-gate', { subjects: [{ path: 'p.csv', sha256: 'c'.repeat(64), verdict: 'pass' }] })],
      cwd: dir(),
      commit: 'abc',
      run: { repository: 'acme/x', runId: '1' },
    });
    expect(validate(statement.predicate)).toBe(true);
    expect(validate({ ...statement.predicate, verdict: 'maybe' })).toBe(false);
  });
});
