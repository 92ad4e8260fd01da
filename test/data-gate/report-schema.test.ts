import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  compileSchema,
  defaultConfig,
  renderSarif,
  runGate,
  silentLogger,
  toRunReport,
  type JsonSchema,
} from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

const schema = JSON.parse(
  readFileSync(join(FIXTURES, '..', '..', '..', 'packages', 'core', 'schema', 'report.schema.json'), 'utf8'),
) as JsonSchema;

describe('data-gate reports', () => {
  it('validate against the public report schema (every check, null metrics included)', async () => {
    const config = defaultConfig();
    config.gates['data-gate'] = {
      dataset: 'cur-typechange.csv',
      reference: 'ref.csv',
      test: 'test-split.csv',
      checks: {
        schema: { columns: { age: { type: 'number' } } },
        drift: { 'min-samples': 5000 },
        leakage: { keys: ['id'] },
        'label-balance': { column: 'label' },
      },
    } as never;
    const result = await runGate(dataGate, { config, cwd: FIXTURES, logger: silentLogger });
    expect(result.verdict).not.toBe('error');
    const validate = compileSchema(schema);
    const ok = validate(JSON.parse(JSON.stringify(toRunReport([result]))));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(() => renderSarif([result])).not.toThrow();
  });
});
