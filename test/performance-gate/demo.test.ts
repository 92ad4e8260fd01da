import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileSchema,
  parseConfig,
  renderReport,
  runGate,
  silentLogger,
  toRunReport,
  type JsonSchema,
} from '@ml-gates/core';
import { performanceGate } from '@ml-gates/performance-gate';

const DEMO = join(import.meta.dirname, '../../examples/demo');

describe('the demo section of examples/demo/ml-gates.yml', () => {
  it('fails the candidate on the baseline comparison and on fairness, with paired statistics', async () => {
    // Only this gate's section: the rest of the demo config belongs to other gates.
    const text = readFileSync(join(DEMO, 'ml-gates.yml'), 'utf8');
    const section = /\n {2}performance-gate:\n(?: {4}.*\n| *\n)+/.exec(text)![0];
    const { config } = parseConfig(`version: 1\ngates:${section}`, 'ml-gates.yml', [performanceGate]);
    const r = await runGate(performanceGate, { config, cwd: DEMO, logger: silentLogger });
    const byId = Object.fromEntries(r.checks.map((c) => [c.id, c]));
    expect(byId.baseline!.verdict).toBe('fail');
    expect(byId.baseline!.details).toMatchObject({ paired: true, pairing: 'rows paired by id' });
    const auc = byId.baseline!.metrics.find((m) => m.name === 'roc_auc')!;
    expect(auc.method).toBe('binary, delong-paired');
    expect(auc.verdict).toBe('fail');
    expect(byId.fairness!.verdict).toBe('fail');
    expect(byId.slices!.metrics[0]!.subject).toMatch(/^region=/);
    expect(r.verdict).toBe('fail');

    // The JSON report is valid against the published schema, and every reporter renders it.
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../packages/core/schema/report.schema.json'), 'utf8'),
    ) as JsonSchema;
    const validate = compileSchema(schema);
    const report: unknown = JSON.parse(JSON.stringify(toRunReport([r])));
    expect([validate(report), validate.errors]).toEqual([true, null]);
    for (const format of ['markdown', 'sarif', 'junit', 'text'] as const)
      expect(renderReport([r], format).length).toBeGreaterThan(100);
  });
});
