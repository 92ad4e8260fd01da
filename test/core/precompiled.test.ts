/**
 * Start-up (#20 item 3): the config validators are precompiled at build time (scripts/gen-validators.mjs,
 * Ajv standalone code) for every bundle, and they judge exactly as a validator compiled at run time.
 * A failure of the first test means the generated files are stale: run `node scripts/gen-validators.mjs`
 * (scripts/build.mjs does) after the gates' option schemas change.
 */
import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from '@ml-gates/core';
import {
  buildConfigSchema,
  compileSchema,
  explainAjvErrors,
  gateSectionSchema,
  registerPrecompiled,
  schemaKey,
} from '@ml-gates/core';
import { ALL_GATES } from '@ml-gates/cli';
import { VALIDATORS as DATA_GATE } from '../../packages/core/src/config/precompiled/data-gate.js';

// core's own ajv (the root has none): the reference compiler, without the precompiled lookup.
type Compiler = { compile(schema: unknown): ValidateFunction };
const { Ajv2020 } = createRequire(join(process.cwd(), 'packages/core/package.json'))('ajv/dist/2020.js') as {
  Ajv2020: new (options: Record<string, unknown>) => Compiler;
};

const perGate = async (name: string) =>
  ((await import(`../../packages/core/src/config/precompiled/${name}.js`)) as { VALIDATORS: Record<string, unknown> })
    .VALIDATORS;

/**
 * The errors as users see them: the same problems (key, position, message, "did you mean" from the parent
 * schema's keys) and the same Ajv errors apart from where in the schema they arose. The precompiled code is
 * compiled from the schema with its repeated subschemas moved to `$defs` (scripts/gen-validators.mjs), so its
 * `schemaPath`s point there and a parent schema holds `$ref`s where the original holds the subschema itself.
 */
function expectSameErrors(pre: ValidateFunction['errors'], run: ValidateFunction['errors']): void {
  expect(explainAjvErrors(pre ?? [])).toEqual(explainAjvErrors(run ?? []));
  const strip = (errors: typeof pre) =>
    (errors ?? []).map((e) => ({ ...e, schema: undefined, parentSchema: undefined, data: undefined, schemaPath: '' }));
  expect(strip(pre)).toEqual(strip(run));
  const keys = (errors: typeof pre) =>
    (errors ?? []).map((e) => Object.keys((e.parentSchema?.properties as object | undefined) ?? {}));
  expect(keys(pre)).toEqual(keys(run));
  expect((pre ?? []).map((e) => e.data)).toEqual((run ?? []).map((e) => e.data));
}

describe('every single-gate action has its config validators precompiled (the generated files are up to date)', () => {
  it.each(ALL_GATES.map((g) => [g.name, g] as const))('the %s action', async (name, g) => {
    const keys = Object.keys(await perGate(name));
    expect(keys).toContain(schemaKey(buildConfigSchema([g]), true));
    expect(keys).toContain(schemaKey(gateSectionSchema(g), true));
  });
});

describe('the all-in-one action has the validators of the whole config and of every section precompiled', () => {
  it('config of every gate, and each gate section', async () => {
    const keys = Object.keys(await perGate('ml-gates'));
    expect(keys).toContain(schemaKey(buildConfigSchema(ALL_GATES), true));
    for (const g of ALL_GATES) expect(keys).toContain(schemaKey(gateSectionSchema(g), true));
  });

  it('judges the whole config as a validator compiled at run time', async () => {
    const validators = (await perGate('ml-gates')) as Record<string, ValidateFunction>;
    const schema = buildConfigSchema(ALL_GATES);
    const pre = validators[schemaKey(schema, true)]!;
    const run = new Ajv2020({ allErrors: true, strict: false, useDefaults: true, verbose: true }).compile(schema);
    for (const input of [
      { version: 1, gates: { 'model-scan': {}, 'performance-gate': { checks: { baseline: 'warn' } } } },
      { version: 1, gates: { 'data-gate': { chekcs: {} }, 'approval-gate': { mode: 3 } }, policy: { rules: 'x' } },
    ]) {
      const [a, b] = [structuredClone(input), structuredClone(input)];
      expect(pre(a)).toBe(run(b));
      expect(a).toEqual(b);
      expectSameErrors(pre.errors, run.errors);
    }
  });
});

describe('a precompiled validator judges as one compiled at run time', () => {
  const dataGate = ALL_GATES.find((g) => g.name === 'data-gate')!;
  const schema = buildConfigSchema([dataGate]);
  const runtime = () =>
    new Ajv2020({ allErrors: true, strict: false, useDefaults: true, verbose: true }).compile(schema);
  const cases: unknown[] = [
    { version: 1, gates: { 'data-gate': { checks: { drift: 'warn' } } } },
    { version: 1, gates: { 'data-gate': { chekcs: {} }, 'model-scan': 3 } },
    { version: 2, gates: { 'data-gate': { 'fail-on': 'severe', waivers: [{ check: 'x' }] } } },
    { gates: { 'data-gate': {} }, nonsense: true },
  ];

  it.each(cases.map((c, i) => [i, c] as const))('case %i: same verdict, errors and filled-in defaults', (_, input) => {
    registerPrecompiled(DATA_GATE);
    const pre = compileSchema(schema, { useDefaults: true });
    const run = runtime();
    expect(pre).toBe(DATA_GATE[schemaKey(schema, true)]);
    const a = structuredClone(input);
    const b = structuredClone(input);
    expect(pre(a)).toBe(run(b));
    expect(a).toEqual(b);
    expectSameErrors(pre.errors, run.errors);
  });

  it('a schema that is not precompiled (a user schema) is compiled at run time', () => {
    registerPrecompiled(DATA_GATE);
    const v = compileSchema({ type: 'object', required: ['a'] });
    expect(v({})).toBe(false);
    expect(v({ a: 1 })).toBe(true);
  });
});
