/**
 * #17 item 6: the registries and the schema's defaults feed the action.yml docs. scripts/action-docs.mjs writes
 * the end of each option input's description ("Accepts ... Default ...") from the published schema; these
 * tests check the files are what it writes, that its input → option mapping is the one each gate's
 * `inputsToOptions` uses, and that it never takes hand-written prose off.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GATE_REGISTRY } from '@ml-gates/core';
import { GATE_MODULES } from '@ml-gates/cli';
// @ts-expect-error: a plain ESM script without types
import { docTail, hostInputs, optionSchemaOf, OPTION_OF_INPUT, PROSE_ONLY, prose } from '../../scripts/action-docs.mjs';

type Schema = Record<string, unknown>;
const SCHEMA = JSON.parse(readFileSync('packages/core/schema/ml-gates.schema.json', 'utf8')) as Schema;
const HOST = hostInputs() as Set<string>;
const docTailOf = docTail as (option: Schema) => string;
const optionOf = optionSchemaOf as (s: Schema, gate: string, input: string, host: Set<string>) => Schema | undefined;

/** Leaf key paths of an options object (`baseline.artifact`), arrays and scalars being leaves. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** The option paths `inputsToOptions` sets from one input, trying values until one is accepted. */
function optionPathsSetBy(gate: (typeof GATE_REGISTRY)[number]['name'], input: string): string[] | undefined {
  const toOptions = GATE_MODULES[gate].inputsToOptions;
  if (!toOptions) return undefined;
  for (const value of ['1', '0,1', 'auto', 'linf', 'point', 'openai', 'binary', 'prod', 'x.json', 'true']) {
    try {
      const out = toOptions((n) => (n === input ? value : '')) as Record<string, unknown>;
      return leafPaths(out).filter(Boolean);
    } catch {
      // this value does not fit the input: try the next one
    }
  }
  return undefined;
}

describe('action.yml docs from the schema and the registries', () => {
  it('every action.yml is what scripts/action-docs.mjs writes', () => {
    const r = spawnSync(process.execPath, ['scripts/action-docs.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(GATE_REGISTRY.map((g) => [g.name, g] as const))(
    '%s: each documented input sets the option it is documented from, and no option input is left out',
    (name, g) => {
      const action = parse(readFileSync(join(g.action, 'action.yml'), 'utf8')) as {
        inputs?: Record<string, { description: string }>;
      };
      const aliases = (OPTION_OF_INPUT as Record<string, Record<string, string>>)[name] ?? {};
      for (const [input, spec] of Object.entries(action.inputs ?? {})) {
        const proseOnly = ((PROSE_ONLY as Record<string, string[]>)[name] ?? []).includes(input);
        if ((HOST.has(input) && !aliases[input]) || proseOnly) continue;
        const set = optionPathsSetBy(name, input) ?? [];
        const option = optionOf(SCHEMA, name, input, HOST);
        const tail = option ? docTailOf(option) : '';
        if (tail !== '') {
          // documented from option `aliases[input] ?? input`: the input must set exactly that option
          expect({ input, set }).toEqual({ input, set: [aliases[input] ?? input] });
          expect(spec.description.endsWith(tail)).toBe(true);
        }
        // an input that sets an option with values or a default is documented from it (else add an alias)
        for (const path of set) {
          const target = path.split('.').reduce<Schema | undefined>(
            (node, key) => {
              const props = node?.properties as Record<string, Schema> | undefined;
              return props?.[key];
            },
            ((SCHEMA.properties as Record<string, Schema>).gates!.properties as Record<string, Schema>)[name],
          );
          const hasDocs = target ? docTailOf(target) !== '' : false;
          if (hasDocs)
            expect({ input, documentedFrom: aliases[input] ?? input }).toEqual({ input, documentedFrom: path });
        }
      }
    },
  );

  it('the attack and probe-family lists in adversarial-gate/action.yml are the registries’', () => {
    const action = parse(readFileSync('adversarial-gate/action.yml', 'utf8')) as {
      inputs: Record<string, { description: string }>;
    };
    const section = (SCHEMA.properties as Record<string, Schema>).gates!.properties as Record<string, Schema>;
    const props = section['adversarial-gate']!.properties as Record<string, { items: { enum: string[] } }>;
    expect(props.attacks!.items.enum.length).toBeGreaterThanOrEqual(3);
    expect(action.inputs.attacks!.description).toContain(`Accepts ${props.attacks!.items.enum.join(', ')}.`);
    expect(action.inputs['probe-families']!.description).toContain(
      `Accepts ${props['probe-families']!.items.enum.join(', ')}.`,
    );
  });

  it('takes off only what it writes: prose starting a sentence with "Default" stays', () => {
    const strip = prose as (d: string) => string;
    expect(strip('Budget. Accepts a, b. Default 0.03.')).toBe('Budget.');
    expect(strip('Range. Default 0,1.')).toBe('Range.');
    const handWritten = "Files to scan. Default - the workspace's own files (see include/exclude).";
    expect(strip(handWritten)).toBe(handWritten);
  });
});
