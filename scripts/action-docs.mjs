// The generated part of each gate's action.yml input docs (#17 item 6: options in one place). For an input
// that sets a gate option, the end of its description ("Accepts ... Default ...") is written from the
// published config schema (packages/core/schema/ml-gates.schema.json), whose enums come from the gates'
// registries (attacks, probe families, metrics, drift statistics) and whose defaults are the only defaults.
// The prose before it is hand-written. An input sets the option of the same name unless OPTION_OF_INPUT says
// otherwise; inputs the action host reads itself (core/github: config, format, token...) are not options.
// test/core/action-docs.test.ts checks this mapping against each gate's `inputsToOptions` and that the files
// are up to date. scripts/build.mjs runs it after writing the schema.
// Usage: node scripts/action-docs.mjs [--check]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { GATE_REGISTRY } from './registry.mjs';

const SCHEMA_FILE = 'packages/core/schema/ml-gates.schema.json';

/** Inputs whose option has another name (input → option key path, dotted for nested options). */
export const OPTION_OF_INPUT = {
  'data-gate': { 'data-format': 'format', 'test-split': 'test' },
  'performance-gate': { 'baseline-artifact': 'baseline.artifact' },
};

/** Option inputs whose description says more than the schema can (model-scan's path: what "." leaves out). */
export const PROSE_ONLY = { 'model-scan': ['path'] };

/** Every input core's action runtime reads (`getOptionalInput('x')`...): not gate options. */
export function hostInputs(root = '.') {
  const dir = join(root, 'packages/core/src/github');
  const names = new Set();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/get(?:Optional|Boolean|List|Required)Input\(\s*'([a-z0-9-]+)'/g)) names.add(m[1]);
  }
  return names;
}

/** The option schema an input sets, or undefined (host input, or no option of that name). */
export function optionSchemaOf(schema, gate, input, host) {
  if (PROSE_ONLY[gate]?.includes(input)) return undefined;
  const alias = OPTION_OF_INPUT[gate]?.[input];
  if (!alias && host.has(input)) return undefined;
  let node = schema.properties.gates.properties[gate];
  for (const key of (alias ?? input).split('.')) {
    node = node?.properties?.[key];
    if (!node) return undefined;
  }
  return node;
}

const formatValue = (v) => (Array.isArray(v) ? v.join(',') : String(v));

/** The generated tail of an input's description: its allowed values and its default, as the schema says. */
export function docTail(option) {
  const values = option.enum ?? option.items?.enum;
  const parts = [];
  if (values) parts.push(`Accepts ${values.join(', ')}.`);
  const d = option.default;
  const isEmpty = d === undefined || (typeof d === 'object' && d !== null && Object.keys(d).length === 0);
  if (!isEmpty) {
    const all = Array.isArray(d) && values && d.length === values.length && values.every((v) => d.includes(v));
    parts.push(`Default ${all ? 'all' : formatValue(d)}.`);
  }
  return parts.join(' ');
}

/**
 * A description without its generated tail (whatever values and default an earlier schema gave). Only what
 * `docTail` can write is taken off: the values and the default are single words (no spaces), so prose that
 * merely starts a sentence with "Default" stays.
 */
export function prose(description) {
  return description.replace(/\s*(Accepts [^\s.,]+(, [^\s.,]+)*\.)?\s*(Default [^\s]+\.)?\s*$/, '');
}

/** action.yml text with the generated tails rewritten. */
export function renderActionYml(text, schema, gate, host) {
  const doc = parseDocument(text);
  const inputs = doc.get('inputs');
  for (const pair of inputs?.items ?? []) {
    const input = String(pair.key.value ?? pair.key);
    const option = optionSchemaOf(schema, gate, input, host);
    if (!option) continue;
    const tail = docTail(option);
    const description = String(pair.value.get('description') ?? '');
    const next = [prose(description), tail].filter(Boolean).join(' ');
    if (next !== description) pair.value.set('description', next);
  }
  return doc.toString({ lineWidth: 0 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const host = hostInputs();
  const stale = [];
  for (const g of GATE_REGISTRY) {
    const file = join(g.action, 'action.yml');
    const text = readFileSync(file, 'utf8');
    const next = renderActionYml(text, schema, g.name, host);
    if (next === text) continue;
    if (check) stale.push(file);
    else writeFileSync(file, next);
  }
  if (check && stale.length > 0) {
    console.error(`action.yml docs differ from the schema: ${stale.join(', ')}; run node scripts/action-docs.mjs`);
    process.exit(1);
  }
}
