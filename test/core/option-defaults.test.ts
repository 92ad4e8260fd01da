/**
 * #17 "options in one place": the JSON Schema's `default`s are the only option defaults. Core fills them in
 * (gate options and check options, nested objects included), so gates read them without fallbacks of their own.
 */
import { describe, expect, it } from '@jest/globals';
import {
  defaultConfig,
  parseConfig,
  resolveCheck,
  runGate,
  schemaDefaults,
  silentLogger,
  withSchemaDefaults,
  type CheckSpec,
  type Gate,
  type JsonSchema,
} from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { performanceGate } from '@ml-gates/performance-gate';
import { FIXTURES } from '../data-gate/helpers.js';

const SCHEMA: Record<string, JsonSchema> = {
  level: { type: 'integer', default: 3 },
  name: { type: 'string' },
  tags: { type: 'array', items: { type: 'string' }, default: ['a'] },
  limits: {
    type: 'object',
    properties: { low: { type: 'number', default: 1 }, high: { type: 'number', default: 9 }, note: { type: 'string' } },
  },
  bare: { type: 'object', properties: { x: { type: 'string' } } },
  preset: { type: 'object', default: { mode: 'fast' }, properties: { mode: { type: 'string' }, n: { default: 2 } } },
};

describe('withSchemaDefaults', () => {
  it('fills every declared default, nested objects included, and nothing else', () => {
    expect(schemaDefaults(SCHEMA)).toEqual({
      level: 3,
      tags: ['a'],
      limits: { low: 1, high: 9 },
      preset: { mode: 'fast', n: 2 },
    });
  });

  it('keeps what the config says, merges nested objects key by key, and never merges arrays', () => {
    const out = withSchemaDefaults(SCHEMA, {
      level: 0,
      tags: [],
      limits: { high: 5 },
      preset: { mode: 'slow' },
      extra: true,
    });
    expect(out).toEqual({
      level: 0,
      tags: [],
      limits: { low: 1, high: 5 },
      preset: { mode: 'slow', n: 2 },
      extra: true,
    });
  });

  it('hands out copies: a gate that changes its options cannot change the next run’s defaults', () => {
    const first = withSchemaDefaults(SCHEMA) as { tags: string[]; preset: { mode: string } };
    first.tags.push('b');
    first.preset.mode = 'changed';
    expect(schemaDefaults(SCHEMA)).toMatchObject({ tags: ['a'], preset: { mode: 'fast' } });
  });
});

describe('resolveCheck fills the check’s option defaults however the check is configured', () => {
  const spec: CheckSpec = {
    id: 'c',
    title: 'C',
    description: 'check c',
    defaultMode: 'warn',
    optionsSchema: { 'min-size': { type: 'integer', default: 30 }, metrics: { type: 'object', default: {} } },
  };
  it.each([
    ['not configured', {}, { mode: 'warn', options: { 'min-size': 30, metrics: {} } }],
    ['given as a mode', { checks: { c: 'block' } }, { mode: 'block', options: { 'min-size': 30, metrics: {} } }],
    [
      'given as an object',
      { checks: { c: { 'min-size': 5, 'fail-on': 'low' } } },
      { mode: 'warn', failOn: 'low', options: { 'min-size': 5, metrics: {} } },
    ],
  ])('%s', (_name, section, expected) => {
    expect(resolveCheck(spec, section as never, 'high')).toMatchObject(expected);
  });
});

describe('gates run with the schema’s defaults and keep none of their own', () => {
  it('the engine hands a gate its options and check options with every default filled in', async () => {
    const seen: Record<string, unknown> = {};
    const gate: Gate = {
      name: 'performance-gate',
      title: 'Probe',
      description: 'Records what it is given.',
      checks: [{ id: 'c', title: 'C', description: 'c', defaultMode: 'block', optionsSchema: SCHEMA }],
      optionsSchema: { nested: SCHEMA.limits!, top: { type: 'string', default: 't' } },
      run: (ctx) => {
        seen.options = ctx.options;
        seen.check = ctx.check('c').options;
        return Promise.resolve({ checks: [{ id: 'c', title: 'C' }] });
      },
    };
    await runGate(gate, { config: defaultConfig(), cwd: '.', logger: silentLogger });
    expect(seen.options).toEqual({ nested: { low: 1, high: 9 }, top: 't' });
    expect(seen.check).toEqual(schemaDefaults(SCHEMA));
    const yaml =
      'version: 1\ngates:\n  performance-gate:\n    nested: { high: 2 }\n    checks:\n      c: { limits: { low: 0 } }\n';
    await runGate(gate, { config: parseConfig(yaml, 'ml-gates.yml', [gate]).config, cwd: '.', logger: silentLogger });
    expect(seen.options).toEqual({ nested: { low: 1, high: 2 }, top: 't' });
    expect(seen.check).toMatchObject({ limits: { low: 0, high: 9 }, level: 3 });
  });

  it('a changed schema default changes what the gate does (performance-gate fairness reads no copy of its own)', () => {
    const fairness = performanceGate.checks.find((c) => c.id === 'fairness')!;
    const changed: CheckSpec = {
      ...fairness,
      optionsSchema: { ...fairness.optionsSchema, 'min-group-size': { type: 'integer', default: 7 } },
    };
    expect(resolveCheck(changed, {} as never, 'high').options['min-group-size']).toBe(7);
    expect(resolveCheck(fairness, {} as never, 'high').options).toMatchObject({
      'min-group-size': 30,
      'base-rate-tolerance': 0.05,
      metrics: { demographic_parity_ratio: { min: 0.8 } },
    });
  });

  it('data-gate: the gate’s `bins` option sets the PSI bins of drift too (it had a second default of 10)', async () => {
    const psiBins = async (bins?: number) => {
      const config = defaultConfig();
      const checks = Object.fromEntries(dataGate.checks.map((c) => [c.id, c.id === 'drift' ? {} : 'off']));
      config.gates['data-gate'] = {
        dataset: 'shift-cur.csv',
        reference: 'shift-ref.csv',
        ...(bins === undefined ? {} : { bins }),
        checks: { ...checks, drift: { numeric: { metric: 'psi' } } },
      } as never;
      const r = await runGate(dataGate, { config, cwd: FIXTURES, logger: silentLogger });
      const psi = r.checks.find((c) => c.id === 'drift')!.metrics.find((m) => m.name === 'psi' && m.subject === 'age');
      return psi?.details?.bins;
    };
    expect(await psiBins()).toBe(10);
    expect(await psiBins(4)).toBe(4);
  });
});
