// Precompiles, with Ajv's standalone code (https://ajv.js.org/standalone.html), the fixed schemas the action
// bundles validate at run time: each single-gate action's config schema and its gate's section schema (engine's
// check of the merged settings), and the all-in-one action's config schema of every gate (a chunk of its bundle,
// loaded when a run validates: compiling it at run time took Ajv about a second, meta-schema included). Not the
// CLI's. Their source is packages/core/schema/ml-gates.schema.json, the schema `ml-gates schema` prints. Writes
// packages/core/src/config/precompiled/*.ts (a file whose inputs did not change is kept); core's `compileSchema`
// looks a schema up there by its digest and compiles at run time only what is not there (user schemas, test
// gates): a stale file costs start-up time, never correctness. test/core/precompiled.test.ts fails when it is stale.
// Usage: node scripts/gen-validators.mjs        (scripts/build.mjs runs it)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { GATE_REGISTRY } from './registry.mjs';

const require = createRequire(join(process.cwd(), 'packages/core/package.json'));
const { Ajv2020 } = require('ajv/dist/2020.js');
const standaloneCode = require('ajv/dist/standalone/index.js').default;

const OUT = 'packages/core/src/config/precompiled';
/** Must match `schemaKey` in packages/core/src/config/ajv.ts. */
const schemaKey = (schema, useDefaults) =>
  `${createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32)}${useDefaults ? ':defaults' : ''}`;

/** The schemas the bundles compile, by name: the whole config, and for each gate its config and its section. */
export function fixedSchemas(full) {
  const sections = full.properties.gates.properties;
  // The whole config (every gate's section), for the all-in-one action.
  const out = { 'config-all': full };
  for (const { name } of GATE_REGISTRY) {
    const single = JSON.parse(JSON.stringify(full));
    for (const other of Object.keys(sections))
      if (other !== name) single.properties.gates.properties[other] = { type: 'object' };
    out[`config-${name}`] = single;
    out[`section-${name}`] = sections[name];
  }
  return out;
}

/**
 * The modules written, each holding the validators one bundle needs: a gate's config and section (`gate-<name>`),
 * or the whole config and every section (`all`). Within a module the config refers to its sections (`$ref` by
 * `$id`), so a section's code is there once, not once in the section's validator and again inside the config's.
 */
export function validatorModules() {
  return [
    ...GATE_REGISTRY.map(({ name }) => ({ file: `gate-${name}`, config: `config-${name}`, sections: [name] })),
    { file: 'all', config: 'config-all', sections: GATE_REGISTRY.map((g) => g.name) },
  ];
}

// Where a schema holds subschemas (JSON Schema 2020-12): maps of them, one, or arrays of them. Values under any
// other keyword (enum, const, default, examples…) are data, never factored.
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'];
const SUBSCHEMA_ONE = ['additionalProperties', 'items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const SUBSCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];
const MIN_FACTORED = 100;

/** Calls `visit(parent, key)` for every subschema object below `schema` (not `schema` itself). */
function eachSubschema(schema, visit) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  const at = (parent, key) => {
    const v = parent[key];
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
    visit(parent, key);
    eachSubschema(parent[key], visit);
  };
  for (const k of SUBSCHEMA_MAPS)
    if (schema[k] && typeof schema[k] === 'object') for (const n in schema[k]) at(schema[k], n);
  for (const k of SUBSCHEMA_ONE) if (k in schema) at(schema, k);
  for (const k of SUBSCHEMA_LISTS) if (Array.isArray(schema[k])) schema[k].forEach((_, i) => at(schema[k], i));
}

/**
 * The same schema with every subschema that repeats (the threshold shape under each of 40 metric names, the
 * mode of every check…) moved to `$defs` and referenced: compiled with `inlineRefs: false`, Ajv emits one
 * function for it instead of its code at every use. Validation is the same (a `$ref` to an identical schema);
 * the bundles carry a fraction of the code, which they parse at every start.
 */
export function factorRepeats(original) {
  const schema = JSON.parse(JSON.stringify(original));
  const defs = {};
  for (let n = 0; ; n++) {
    const seen = new Map();
    eachSubschema(schema, (parent, key) => {
      const text = JSON.stringify(parent[key]);
      if (text.length >= MIN_FACTORED) seen.set(text, (seen.get(text) ?? 0) + 1);
    });
    let best;
    for (const [text, count] of seen) {
      if (count > 1 && (!best || (count - 1) * text.length > (best[1] - 1) * best[0].length)) best = [text, count];
    }
    if (!best) break;
    const name = `r${n}`;
    defs[name] = JSON.parse(best[0]);
    const replace = (node) =>
      eachSubschema(node, (parent, key) => {
        if (JSON.stringify(parent[key]) === best[0]) parent[key] = { $ref: `#/$defs/${name}` };
      });
    replace(schema);
    for (const d of Object.values(defs)) replace(d);
  }
  if (Object.keys(defs).length === 0) return schema;
  if (schema.$defs) throw new Error('gen-validators: the schema has $defs of its own; extend factorRepeats');
  return { ...schema, $defs: defs };
}

const SECTION_ID = (name) => `urn:ml-gates:section-${name}`;
/** The export name of a validator in a module (`config`, `sectionDataGate`...). */
const exportName = (key) => key.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/**
 * The validators of one module as an ES module, Ajv's code with its runtime `require`s turned into imports:
 * `config` (its sections replaced by `$ref`s to them) and each `section<Name>`.
 */
function moduleFor(all, { config, sections }) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    useDefaults: true,
    verbose: true,
    inlineRefs: false,
    code: { source: true, esm: true },
  });
  const refs = { config: 'urn:ml-gates:config' };
  const cfg = JSON.parse(JSON.stringify(all[config]));
  for (const name of sections) {
    ajv.addSchema({ ...factorRepeats(all[`section-${name}`]), $id: SECTION_ID(name) });
    cfg.properties.gates.properties[name] = { $ref: SECTION_ID(name) };
    refs[exportName(`section-${name}`)] = SECTION_ID(name);
  }
  delete cfg.$schema;
  ajv.addSchema({ ...factorRepeats(cfg), $id: refs.config });
  const imports = [];
  const code = standaloneCode(ajv, refs).replace(
    /const (func\d+) = require\("([^"]+)"\)\.default;/g,
    (_, name, path) => {
      imports.push(`import ${name}Module from '${path}.js';`);
      // A bundler gives the CommonJS module's `exports.default` (it sets __esModule), Node its `exports`.
      return `const ${name} = ${name}Module.default ?? ${name}Module;`;
    },
  );
  if (/\brequire\(/.test(code)) throw new Error('Ajv standalone code still has a require(): extend gen-validators.mjs');
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// Generated by scripts/gen-validators.mjs: do not edit.',
    ...imports,
    code,
    '',
  ].join('\n');
}

// What a generated file depends on: this script, Ajv and prettier (their versions), and the file's input.
const GENERATOR = createHash('sha256')
  .update(readFileSync(new URL(import.meta.url), 'utf8'))
  .update(require('ajv/package.json').version)
  .update(prettier.version)
  .digest('hex');
const inputsLine = (input) =>
  `// inputs: ${createHash('sha256').update(GENERATOR).update(input).digest('hex').slice(0, 32)}`;

/**
 * Written as `npm run lint` wants it (prettier with the repository's settings), after a line naming the digest of
 * its inputs. A file whose inputs have not changed is kept as it is: formatting the validators of every gate takes
 * prettier several seconds, which every build would pay for the same bytes.
 */
async function writeFormatted(file, text, input = text) {
  const inputs = inputsLine(input);
  if (existsSync(file) && readFileSync(file, 'utf8').split('\n', 4).includes(inputs)) return;
  const options = (await prettier.resolveConfig(file)) ?? {};
  const formatted = await prettier.format(text, { ...options, filepath: file });
  writeFileSync(file, formatted.replace('\n', `\n${inputs}\n`));
}

const full = JSON.parse(readFileSync('packages/core/schema/ml-gates.schema.json', 'utf8'));
mkdirSync(OUT, { recursive: true });
const schemas = fixedSchemas(full);
const written = new Set();
/** One validators module and its registry file (the validators by schema digest, for registerPrecompiled). */
async function writeModule(m, group, what) {
  const names = [m.config, ...m.sections.map((s) => `section-${s}`)];
  // The input is the schemas: Ajv's code is generated (about a second for the whole config) only when they changed.
  const input = JSON.stringify(names.map((n) => schemas[n]));
  const file = join(OUT, `${m.file}.ts`);
  if (!(existsSync(file) && readFileSync(file, 'utf8').split('\n', 4).includes(inputsLine(input)))) {
    await writeFormatted(file, moduleFor(schemas, m), input);
  }
  written.add(`${m.file}.ts`).add(`${group}.ts`);
  const key = (n) => (n === m.config ? 'config' : exportName(n));
  await writeFormatted(
    join(OUT, `${group}.ts`),
    [
      `// Generated by scripts/gen-validators.mjs: do not edit. ${what}, by schema digest; pass to registerPrecompiled.`,
      "import type { ValidateFunction } from 'ajv/dist/2020.js';",
      `import { ${names.map(key).join(', ')} } from './${m.file}.js';`,
      '',
      'export const VALIDATORS: Readonly<Record<string, ValidateFunction>> = {',
      ...names.map((n) => `  '${schemaKey(schemas[n], true)}': ${key(n)} as unknown as ValidateFunction,`),
      '};',
      '',
    ].join('\n'),
  );
  return names.length;
}
let count = 0;
for (const m of validatorModules()) {
  count +=
    m.file === 'all'
      ? await writeModule(
          m,
          'ml-gates',
          'The validators of the all-in-one action (a chunk it loads when a run validates a config or a section)',
        )
      : await writeModule(m, m.sections[0], `The validators of the ${m.sections[0]} action`);
}
for (const f of readdirSync(OUT)) if (!written.has(f)) rmSync(join(OUT, f));
console.log(`wrote ${count} precompiled validators to ${OUT}/ (${readdirSync(OUT).length} files)`);
