import { describe, expect, it } from '@jest/globals';
import { renderReport, silentLogger, type GateResult, type MlGatesConfig } from '@ml-gates/core';
import { buildCheckRun } from '../../packages/core/src/github/check-run.js';
import { configPolicyResult, POLICY_RESULT_NAME } from '@ml-gates/promotion';

/**
 * The policy result is an ordinary GateResult named "policy", so the ordinary publishing path publishes it:
 * its own check run "ml-gates / policy", a row of the run report, the JSON report. What the all-in-one
 * action calls after the gates is `configPolicyResult(config, results, logger, cwd)`.
 */
function gate(name: string, verdict: GateResult['verdict'], auc: number): GateResult {
  return {
    schemaVersion: '1.0',
    gate: name,
    version: '1.0.0',
    verdict,
    headline: verdict,
    checks: [
      {
        id: 'thresholds',
        title: 'Thresholds',
        mode: 'block',
        verdict,
        summary: '',
        findings: [],
        metrics: [{ name: 'roc_auc', value: auc, threshold: 0.8, verdict }],
      },
    ],
    subjects: [],
    waivers: [],
    errors: [],
    commit: 'c0ffee',
    timings: { startedAt: '2026-12-01T00:00:00Z', finishedAt: '2026-12-01T00:00:01Z', durationMs: 1000 },
    tool: { name: 'ml-gates', version: '1.0.0', rulesets: {} },
  } as GateResult;
}

const config = (expr: string) =>
  ({
    version: 1,
    gates: {},
    policy: { rules: [{ id: 'auc', message: 'AUC at least 0.85', severity: 'high', mode: 'block', expr }] },
  }) as unknown as MlGatesConfig;

describe('the policy result on the ordinary publishing path', () => {
  it('is undefined without policy rules (no check run is created)', async () => {
    expect(await configPolicyResult({ version: 1, gates: {} } as unknown as MlGatesConfig, [], silentLogger)).toBe(
      undefined,
    );
  });

  it('a violated rule: check run "ml-gates / policy" concluding failure, with the rule in its summary', async () => {
    const results = [gate('performance-gate', 'pass', 0.82)];
    const policy = (await configPolicyResult(
      config('gates["performance-gate"].metrics["roc_auc"].value >= 0.85'),
      results,
      silentLogger,
    ))!;
    expect(policy.gate).toBe(POLICY_RESULT_NAME);
    expect(policy.verdict).toBe('fail');
    expect(policy.commit).toBe('c0ffee');
    const run = buildCheckRun(policy, { headSha: 'c0ffee', reportPointer: 'the ml-gates report artifact' });
    expect(run.name).toBe('ml-gates / policy');
    expect(run.conclusion).toBe('failure');
    expect(run.output.summary).toContain('violated\\: AUC at least 0\\.85');
    // One more row of the run report, next to the gates.
    const json = JSON.parse(renderReport([...results, policy], 'json')) as { results: { gate: string }[] };
    expect(json.results.map((r) => r.gate)).toEqual(['performance-gate', 'policy']);
    expect(renderReport([...results, policy], 'markdown')).toMatch(/policy/);
  });

  it('a satisfied rule concludes success', async () => {
    const policy = (await configPolicyResult(
      config('gates["performance-gate"].metrics["roc_auc"].value >= 0.85'),
      [gate('performance-gate', 'pass', 0.9)],
      silentLogger,
    ))!;
    expect(buildCheckRun(policy, { headSha: 'c0ffee', reportPointer: 'x' }).conclusion).toBe('success');
  });
});
