import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { performanceGate } from '@ml-gates/performance-gate';

// Inputs the core action runtime reads itself (reports and GitHub publishing), not the gate.
const CORE_INPUTS = [
  'config',
  'fail-on',
  'format',
  'report-dir',
  'working-directory',
  'token',
  'check-run',
  'comment',
  'upload-artifact',
  'max-annotations',
  'on-failure',
];
const action = parse(readFileSync(join(import.meta.dirname, '../../performance-gate/action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

describe('performance-gate action inputs', () => {
  it('maps every gate input of action.yml to an option', () => {
    const own = Object.keys(action.inputs).filter((k) => !CORE_INPUTS.includes(k));
    expect(own.length).toBeGreaterThan(10);
    const empty = JSON.stringify(performanceGate.inputsToOptions!(() => ''));
    for (const name of own) {
      const value = name === 'task' ? 'binary' : `v-${name}`;
      const options = performanceGate.inputsToOptions!((k) => (k === name ? value : ''));
      expect([name, JSON.stringify(options)]).not.toEqual([name, empty]);
      expect(JSON.stringify(options)).toContain(value);
    }
  });

  it('builds columns, slices and the baseline', () => {
    const inputs: Record<string, string> = {
      predictions: 'p.csv',
      group: 'sex',
      slices: 'region, age_band',
      'id-column': 'row',
      baseline: 'b.csv',
      task: 'binary',
    };
    expect(performanceGate.inputsToOptions!((k) => inputs[k] ?? '')).toEqual({
      predictions: 'p.csv',
      columns: { group: 'sex', id: 'row', slices: ['region', 'age_band'] },
      task: 'binary',
      baseline: { predictions: 'b.csv' },
    });
    expect(() => performanceGate.inputsToOptions!((k) => (k === 'task' ? 'ranking' : ''))).toThrow(
      'Input "task" must be one of binary, multiclass, regression',
    );
  });

  it('declares every output the gate sets', () => {
    const outputs = performanceGate.outputs!({ checks: [], details: { baselineSource: 'golden x.json' } } as never);
    for (const k of Object.keys(outputs)) expect(Object.keys(action.outputs)).toContain(k);
    expect(outputs['baseline-source']).toBe('golden x.json');
  });
});
