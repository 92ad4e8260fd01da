import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfigSchema, loadConfig, parseConfig, UserError } from '@ml-gates/core';
import { fakeGate } from './fake-gate.js';

const gates = [fakeGate([{ id: 'drift', title: 'Drift' }])];

function problems(text: string): string[] {
  try {
    parseConfig(text, 'ml-gates.yml', gates);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).details;
  }
  throw new Error('expected the config to be rejected');
}

describe('parseConfig', () => {
  it('accepts a full config and fills in schema defaults', () => {
    const { config } = parseConfig(
      [
        'version: 1',
        'defaults:',
        '  fail-on: medium',
        'gates:',
        '  performance-gate:',
        '    checks:',
        '      drift: { mode: warn, threshold: 0.2 }',
        '    waivers:',
        '      - check: drift',
        '        reason: known seasonal shift',
        '        owner: "@ml-platform"',
        '        expires: 2027-01-31',
      ].join('\n'),
      'ml-gates.yml',
      gates,
    );
    const section = config.gates['performance-gate']!;
    expect(section.threshold).toBe(0.8); // default from the gate's schema
    expect(section.enabled).toBe(true);
    expect(section.checks?.drift).toEqual({ mode: 'warn', threshold: 0.2 });
    expect(section.waivers?.[0]?.expires).toBe('2027-01-31'); // a string, not a Date
    expect(config.defaults['fail-on']).toBe('medium');
  });

  it('names file, line, column and key path of an unknown key and suggests the nearest one', () => {
    const details = problems(['version: 1', 'gates:', '  performance-gate:', '    treshold: 0.9'].join('\n'));
    expect(details).toEqual([
      'ml-gates.yml:4:5 gates.performance-gate.treshold: unknown key; did you mean "threshold"?',
    ]);
  });

  it('reports every problem at once', () => {
    const details = problems(
      [
        'version: 1',
        'gates:',
        '  model-scann: {}',
        '  performance-gate:',
        '    fail-on: hihg',
        '    checks:',
        '      drift: blok',
        '    waivers:',
        '      - check: drift',
        '        reason: because',
        '        expires: 31/12/2026',
      ].join('\n'),
    );
    expect(details).toEqual(
      expect.arrayContaining([
        'ml-gates.yml:3:3 gates.model-scann: unknown key; did you mean "model-scan"?',
        expect.stringMatching(
          /^ml-gates\.yml:5:14 gates\.performance-gate\.fail-on: string "hihg" is not allowed; .*did you mean "high"\?$/,
        ),
        expect.stringMatching(
          /^ml-gates\.yml:7:14 gates\.performance-gate\.checks\.drift: string "blok" is not allowed; .*did you mean "block"\?$/,
        ),
        'ml-gates.yml:9:9 gates.performance-gate.waivers[0]: missing required key "owner"',
        expect.stringMatching(
          /^ml-gates\.yml:11:18 gates\.performance-gate\.waivers\[0\]\.expires: string "31\/12\/2026" does not match/,
        ),
      ]),
    );
    expect(details).toHaveLength(5);
  });

  it('rejects an unknown check id with the list of known ones', () => {
    const details = problems(['gates:', '  performance-gate:', '    checks:', '      zzz: warn'].join('\n'));
    expect(details).toEqual([
      'ml-gates.yml:4:7 gates.performance-gate.checks.zzz: unknown key; expected one of: drift',
    ]);
  });

  it('explains an empty file instead of crashing', () => {
    expect(() => parseConfig('# only a comment\n', 'ml-gates.yml', gates)).toThrow(/the config file is empty/);
    expect(() => parseConfig('', 'ml-gates.yml', gates)).toThrow(UserError);
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(problems('gates:\n  performance-gate: {\n')[0]).toMatch(/^ml-gates\.yml:\d+:\d+ YAML syntax error/);
    expect(problems('version: 1\nversion: 1\n')[0]).toMatch(
      /^ml-gates\.yml:2:1 YAML syntax error: Map keys must be unique/,
    );
  });

  it('rejects a top level that is not a mapping', () => {
    expect(() => parseConfig('- a\n- b\n', 'ml-gates.yml', gates)).toThrow(/top level must be a mapping/);
  });

  it('validates sections of gates it does not carry only loosely (single-gate bundles)', () => {
    const { config } = parseConfig('gates:\n  data-gate:\n    anything: 1\n', 'ml-gates.yml', gates);
    expect(config.gates['data-gate']).toEqual({ anything: 1 });
  });
});

describe('loadConfig', () => {
  it('says how to create a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-'));
    await expect(loadConfig('ml-gates.yml', gates, dir)).rejects.toMatchObject({
      code: 'config-missing',
      details: [expect.stringContaining('ml-gates init')],
    });
  });

  it('reads a file relative to cwd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-'));
    writeFileSync(join(dir, 'c.yml'), 'gates:\n  performance-gate: {}\n');
    const loaded = await loadConfig('c.yml', gates, dir);
    expect(loaded.config.gates['performance-gate']?.threshold).toBe(0.8);
  });
});

describe('buildConfigSchema', () => {
  it('lists every gate and the common keys of a known gate section', () => {
    const schema = buildConfigSchema(gates) as {
      properties: { gates: { properties: Record<string, { properties?: object }> } };
    };
    expect(Object.keys(schema.properties.gates.properties)).toEqual([
      'data-gate',
      'model-scan',
      'adversarial-gate',
      'performance-gate',
      'approval-gate',
    ]);
    expect(Object.keys(schema.properties.gates.properties['performance-gate']!.properties!)).toEqual(
      expect.arrayContaining(['enabled', 'fail-on', 'checks', 'waivers', 'threshold']),
    );
  });
});
