import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { parse } from 'yaml';
import { GATE_NAMES, defaultConfig, notImplementedGate, runGate, silentLogger } from '@ml-gates/core';

interface ActionYml {
  name: string;
  inputs: Record<string, { description: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const actionFiles = [...GATE_NAMES.map((g) => join(g, 'action.yml')), 'action.yml'];

describe('repository layout (the public contract of `uses: org/ml-gates/<gate>@v1`)', () => {
  it.each(actionFiles)('%s runs on node24 and points at a committed ESM bundle with its licences', (file) => {
    const action = parse(readFileSync(file, 'utf8')) as ActionYml;
    expect(action.runs.using).toBe('node24');
    const main = normalize(join(dirname(file), action.runs.main));
    const bundle = dirname(main);
    expect(main).toMatch(/^dist\/[a-z-]+\/index\.js$/);
    expect(existsSync(main)).toBe(true);
    expect(JSON.parse(readFileSync(join(bundle, 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    expect(readFileSync(join(bundle, 'licenses.txt'), 'utf8')).toMatch(/MIT/);
    for (const input of ['config', 'fail-on', 'format', 'report-dir', 'token'])
      expect(action.inputs[input]).toBeDefined();
    for (const output of ['verdict', 'report']) expect(action.outputs[output]).toBeDefined();
  });

  it('every gate has its thin action entry and its package', () => {
    for (const g of GATE_NAMES) {
      expect(existsSync(join('actions', g, 'index.ts'))).toBe(true);
      expect(existsSync(join('packages', g, 'src', 'index.ts'))).toBe(true);
    }
  });

  it('a gate not built yet answers "skipped: not implemented", not a crash', async () => {
    const gate = notImplementedGate('approval-gate', 'Approval gate', 'Not yet.');
    const r = await runGate(gate, { config: defaultConfig(), cwd: '.', logger: silentLogger });
    expect(r.verdict).toBe('skipped');
    expect(r.headline).toBe('skipped: not implemented');
  });
});
