/** The metric registry is the one list: one file per metric, and the schema, CLI help and defaults derive from it. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performanceGate } from '@ml-gates/performance-gate';
import { METRIC_KEYS, METRICS, metricsForTask, parseMetricKey } from '../../packages/performance-gate/src/metrics.js';
import { METRIC_DEFS } from '../../packages/performance-gate/src/metrics/registry.js';

const DIR = join(import.meta.dirname, '../../packages/performance-gate/src/metrics');
const NOT_METRICS = new Set(['registry.ts', 'types.ts', 'functions.ts']);

describe('performance-gate metric registry', () => {
  it('lists every metric file once, and nothing else', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !NOT_METRICS.has(f));
    expect(files).toHaveLength(METRIC_DEFS.length);
    const names = METRIC_DEFS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    // File name = metric name with dashes.
    expect(files.sort()).toEqual(names.map((n) => `${n.replaceAll('_', '-')}.ts`).sort());
  });

  it('feeds the schema enum, the CLI help and the defaults', () => {
    const enumKeys = (performanceGate.optionsSchema.metrics as { items: { enum: string[] } }).items.enum;
    expect(enumKeys).toEqual([...METRIC_KEYS]);
    for (const d of METRIC_DEFS) {
      expect(enumKeys).toContain(d.name);
      expect(METRICS[d.name]).toBe(d);
    }
    const help = performanceGate.commands![0]!.options.find((o) => o.flags.startsWith('--metric '))!.description;
    for (const d of METRIC_DEFS) expect(help).toContain(d.name);
    expect(metricsForTask('regression')).toEqual([
      'mean_absolute_error',
      'mean_squared_error',
      'root_mean_squared_error',
      'r2',
      'mean_absolute_percentage_error',
    ]);
    expect(metricsForTask('binary')).toEqual(metricsForTask('multiclass'));
    expect(metricsForTask('binary')).toHaveLength(10);
  });

  it('parses averaging suffixes as scikit-learn scorers name them', () => {
    expect(parseMetricKey('f1_macro')).toEqual({ name: 'f1', method: 'macro', key: 'f1_macro' });
    expect(parseMetricKey('roc_auc_weighted')).toEqual({
      name: 'roc_auc',
      method: 'ovr_weighted',
      key: 'roc_auc_weighted',
    });
    expect(parseMetricKey('roc_auc_macro')?.method).toBe('ovr');
    expect(parseMetricKey('roc_auc_binary')).toBeUndefined();
    expect(parseMetricKey('accuracy_macro')).toBeUndefined();
    expect(parseMetricKey('average_precision_micro')?.method).toBe('micro');
  });
});
