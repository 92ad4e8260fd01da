import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { dataGate } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

describe('action inputs', () => {
  it('maps every data input it reads, and each one is declared in data-gate/action.yml', () => {
    const action = parse(readFileSync(join(FIXTURES, '..', '..', '..', 'data-gate', 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const read: string[] = [];
    const values: Record<string, string> = {
      dataset: 'data/a.csv, data/b.csv',
      reference: 'ref/*.csv',
      'reference-profile': 'default-branch',
      'test-split': 'data/test.csv',
      'data-format': 'csv',
      'profile-out': 'out/profile.json',
    };
    const options = dataGate.inputsToOptions!((name) => {
      read.push(name);
      return values[name] ?? '';
    });
    for (const name of new Set(read)) expect(Object.keys(action.inputs)).toContain(name);
    expect(options).toEqual({
      dataset: ['data/a.csv', 'data/b.csv'],
      reference: ['ref/*.csv'],
      'reference-profile': 'default-branch',
      test: ['data/test.csv'],
      format: 'csv',
      'profile-out': 'out/profile.json',
    });
    expect(dataGate.inputsToOptions!(() => '')).toEqual({});
    expect(Object.keys(action.outputs)).toContain('drifted-columns');
  });
});
