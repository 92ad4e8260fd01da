/**
 * Options in one place (#17 item 6): for every registered gate, the inputs its `<gate>/action.yml` declares
 * and the inputs its `inputsToOptions` reads agree. Inputs the action host reads itself (core/github: config,
 * token, report-dir...) may appear in any action.yml; every other declared input must be read by the gate,
 * and every input the gate reads must be declared.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GATE_REGISTRY } from '@ml-gates/core';
import { GATE_MODULES } from '@ml-gates/cli';
// @ts-expect-error: a plain ESM script without types (the one list of host inputs, also used for the action docs)
import { hostInputs } from '../../scripts/action-docs.mjs';

/** The inputs `inputsToOptions` reads, with every input empty and then with every input set to a value. */
function readInputs(name: (typeof GATE_REGISTRY)[number]['name']): Set<string> {
  const gate = GATE_MODULES[name];
  const read = new Set<string>();
  for (const value of ['', '1']) {
    try {
      gate.inputsToOptions?.((n) => (read.add(n), value));
    } catch {
      // A value that does not fit an input is an error, but the names read up to there are recorded.
    }
  }
  return read;
}

const HOST = hostInputs() as Set<string>;

describe('action.yml inputs and inputsToOptions agree, for every gate', () => {
  it('the host inputs are found', () => {
    for (const n of ['config', 'fail-on', 'format', 'report-dir', 'token']) expect(HOST.has(n)).toBe(true);
  });

  it.each(GATE_REGISTRY.map((g) => [g.name, g] as const))('%s', (name, g) => {
    const action = parse(readFileSync(join(g.action, 'action.yml'), 'utf8')) as { inputs?: Record<string, unknown> };
    const declared = new Set(Object.keys(action.inputs ?? {}));
    const read = readInputs(name);
    expect([...read].filter((n) => !declared.has(n))).toEqual([]);
    expect([...declared].filter((n) => !read.has(n) && !HOST.has(n))).toEqual([]);
  });
});
