/**
 * Which metric a rule reads under a bare name: never "whichever subject came first". A name measured per
 * subject only (data-gate's per-column PSI, performance-gate's per-slice ROC AUC when its thresholds check is
 * off) has no bare entry, so a rule reading it is not run; `name@subject` and the `all` macro read them.
 */
import { describe, expect, it } from '@jest/globals';
import { silentLogger, type GateResult, type Metric } from '@ml-gates/core';
import { evaluatePolicy, metricsByName, predicateContext, type PromotionPredicate } from '@ml-gates/promotion';

function gate(name: string, metrics: Metric[]): GateResult {
  return {
    schemaVersion: '1.0',
    gate: name,
    version: '1.0.0',
    verdict: 'pass',
    headline: 'ok',
    checks: [{ id: 'c', title: 'C', mode: 'block', verdict: 'pass', summary: '', findings: [], metrics }],
    subjects: [],
    waivers: [],
    errors: [],
    timings: { startedAt: '2026-12-01T00:00:00Z', finishedAt: '2026-12-01T00:00:01Z', durationMs: 1 },
    tool: { name: 'ml-gates', version: '1.0.0', rulesets: {} },
  } as GateResult;
}
const rule = (id: string, expr: string) => ({
  id,
  message: id,
  severity: 'high' as const,
  mode: 'block' as const,
  expr,
});

// The first column is fine, the second drifted: a bare "psi" must not read only the first.
const DATA = gate('data-gate', [
  { name: 'psi', subject: 'age', value: 0.01 },
  { name: 'psi', subject: 'session_minutes', value: 0.83 },
  { name: 'rows', value: 1500 },
]);
// Slices only (thresholds off): the best slice first.
const PERF = gate('performance-gate', [
  { name: 'roc_auc', subject: 'region=west', value: 0.9 },
  { name: 'roc_auc', subject: 'region=east', value: 0.6 },
  { name: 'accuracy', subject: 'group=B', value: 0.7 },
]);

describe('metrics under a bare name', () => {
  it('metricsByName: subject-less first, the only one of a name, never one of several subjects', () => {
    const m = metricsByName([
      { name: 'a', subject: 'x' },
      { name: 'a', subject: 'y' },
      { name: 'b', subject: 'x' },
      { name: 'c', subject: 'x' },
      { name: 'c' },
    ]);
    expect(Object.keys(m).sort()).toEqual(['a@x', 'a@y', 'b', 'b@x', 'c', 'c@x']);
    expect(m.c).toEqual({ name: 'c' });
  });

  it('a rule reading an ambiguous bare name is not run (error), never a pass on the first subject', async () => {
    const policy = await evaluatePolicy(
      [
        rule('psi-bare', 'gates["data-gate"].metrics["psi"].value < 0.25'),
        rule('auc-bare', 'gates["performance-gate"].metrics["roc_auc"].value >= 0.8'),
        rule('psi-column', 'gates["data-gate"].metrics["psi@session_minutes"].value < 0.25'),
        rule(
          'psi-all',
          'gates["data-gate"].metrics.all(k, !k.startsWith("psi@") || gates["data-gate"].metrics[k].value < 0.25)',
        ),
        rule('single-subject', 'gates["performance-gate"].metrics["accuracy"].value >= 0.65'),
        rule('overall', 'gates["data-gate"].metrics["rows"].value > 1000'),
      ],
      [DATA, PERF],
      silentLogger,
    );
    expect(Object.fromEntries(policy.checks.map((c) => [c.id, c.verdict]))).toEqual({
      'psi-bare': 'error',
      'auc-bare': 'error',
      'psi-column': 'fail',
      'psi-all': 'fail',
      'single-subject': 'pass',
      overall: 'pass',
    });
    expect(policy.checks[0]!.notRun).toMatch(/name@subject/);
  });

  it('the deploy-time context keys attested metrics the same way', () => {
    const predicate = {
      version: 1,
      verdict: 'pass',
      gates: [
        {
          gate: 'data-gate',
          verdict: 'pass',
          headline: '',
          checks: [],
          metrics: [
            { name: 'psi', subject: 'age', value: 0.01 },
            { name: 'psi', subject: 'session_minutes', value: 0.83 },
          ],
        },
      ],
    } as unknown as PromotionPredicate;
    const gates = predicateContext(predicate).gates as Record<string, { metrics: Record<string, unknown> }>;
    expect(Object.keys(gates['data-gate']!.metrics).sort()).toEqual(['psi@age', 'psi@session_minutes']);
  });
});
