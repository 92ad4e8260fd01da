import { describe, expect, it } from '@jest/globals';
import { parseConfig, UserError } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { METRIC_KEYS, performanceGate } from '@ml-gates/performance-gate';
import { parseMetricKey } from '../../packages/performance-gate/src/metrics.js';

const gates = [dataGate, performanceGate];

function problems(lines: string[]): string[] {
  try {
    parseConfig(lines.join('\n'), 'ml-gates.yml', gates);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).details;
  }
  throw new Error('expected the config to be rejected');
}

describe('validation of metric keys and drift statistics (before anything runs)', () => {
  it('the enum holds exactly the keys the gate parses', () => {
    expect(METRIC_KEYS).toContain('roc_auc');
    expect(METRIC_KEYS).toContain('f1_macro');
    expect(METRIC_KEYS).toContain('roc_auc_ovr_weighted');
    expect(METRIC_KEYS).not.toContain('roc_acu');
    for (const k of METRIC_KEYS) expect(parseMetricKey(k)?.key).toBe(k);
  });

  it('rejects a misspelt threshold metric with file:line:col and a suggestion', () => {
    const d = problems([
      'version: 1',
      'gates:',
      '  performance-gate:',
      '    checks:',
      '      thresholds:',
      '        metrics: { roc_acu: 0.85 }',
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(
      /^ml-gates\.yml:6:\d+ gates\.performance-gate\.checks\.thresholds\.metrics\.roc_acu: .*"roc_auc"/,
    );
  });

  it('rejects misspelt keys in baseline rules, slices, group metrics and the metrics list', () => {
    const d = problems([
      'version: 1',
      'gates:',
      '  performance-gate:',
      '    metrics: [accuracy, f1_marco]',
      '    checks:',
      '      baseline:',
      '        metrics:',
      '          acuracy: { max-drop: 0.01 }',
      '      slices:',
      '        metrics: { recal: 0.5 }',
      '      fairness:',
      '        group-metrics: [precison]',
    ]);
    expect(d).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ml-gates\.yml:4:\d+ gates\.performance-gate\.metrics\[1\]: .*"f1_macro"/),
        expect.stringMatching(
          /^ml-gates\.yml:8:11 gates\.performance-gate\.checks\.baseline\.metrics\.acuracy: .*"accuracy"/,
        ),
        expect.stringMatching(
          /^ml-gates\.yml:10:\d+ gates\.performance-gate\.checks\.slices\.metrics\.recal: .*"recall"/,
        ),
        expect.stringMatching(
          /^ml-gates\.yml:12:\d+ gates\.performance-gate\.checks\.fairness\.group-metrics\[0\]: .*"precision"/,
        ),
      ]),
    );
  });

  it('rejects a misspelt drift statistic with file:line:col', () => {
    const d = problems([
      'version: 1',
      'gates:',
      '  data-gate:',
      '    checks:',
      '      drift:',
      '        numeric: { metric: wasserstien_normed }',
      '        categorical: { metric: jensen_shanon }',
    ]);
    expect(d).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^ml-gates\.yml:6:\d+ gates\.data-gate\.checks\.drift\.numeric\.metric: .*"wasserstein_normed"/,
        ),
        expect.stringMatching(
          /^ml-gates\.yml:7:\d+ gates\.data-gate\.checks\.drift\.categorical\.metric: .*"jensen_shannon"/,
        ),
      ]),
    );
  });

  it('accepts every valid spelling', () => {
    const { config } = parseConfig(
      [
        'version: 1',
        'gates:',
        '  performance-gate:',
        '    metrics: [accuracy, f1_macro, roc_auc_ovr]',
        '    checks:',
        '      thresholds: { metrics: { roc_auc: 0.85, log_loss: { max: 0.45 } } }',
        '  data-gate:',
        '    checks:',
        '      drift: { numeric: { metric: psi }, categorical: { metric: auto }, small-sample: 500 }',
      ].join('\n'),
      'ml-gates.yml',
      gates,
    );
    expect(config.gates['performance-gate']?.metrics).toEqual(['accuracy', 'f1_macro', 'roc_auc_ovr']);
  });
});
