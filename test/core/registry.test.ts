/**
 * The one gate registry (packages/core/src/registry/gates.ts, #17 item 1): every registered gate has its
 * action.yml pointing at its bundle, its action entry, its committed bundle, its package, its module in the
 * CLI and its README section; and what derives from the registry agrees with it.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { parse } from 'yaml';
import { bundleEntries, GATE_NAMES, GATE_REGISTRY, UserError } from '@ml-gates/core';
import { approvalServicesFor } from '@ml-gates/core/github';
import { ALL_GATES, GATE_MODULES } from '@ml-gates/cli';

const README = readFileSync('README.md', 'utf8');

describe('every registered gate is complete', () => {
  it.each(GATE_REGISTRY.map((g) => [g.name, g] as const))('%s', (name, g) => {
    const actionFile = join(g.action, 'action.yml');
    expect(existsSync(actionFile)).toBe(true);
    const action = parse(readFileSync(actionFile, 'utf8')) as { runs: { main: string } };
    expect(normalize(join(dirname(actionFile), action.runs.main))).toBe(join('dist', name, 'index.js'));
    expect(existsSync(g.entry)).toBe(true);
    expect(existsSync(join('dist', name, 'index.js'))).toBe(true);
    expect(existsSync(join('packages', g.package.replace('@ml-gates/', ''), 'src', 'index.ts'))).toBe(true);
    expect(README).toMatch(new RegExp(`^### ${name} — `, 'm'));
    expect(GATE_MODULES[name].name).toBe(name);
    expect(GATE_MODULES[name].title).toBe(g.title);
  });
});

describe('what derives from the registry agrees with it', () => {
  it('GATE_NAMES and the CLI gates are in registry order', () => {
    expect([...GATE_NAMES]).toEqual(GATE_REGISTRY.map((g) => g.name));
    expect(ALL_GATES.map((g) => g.name)).toEqual(GATE_NAMES);
  });

  it('the build entries are the gates, the all-in-one action and the CLI, each existing', () => {
    const entries = bundleEntries();
    expect(Object.keys(entries)).toEqual([...GATE_NAMES, 'ml-gates', 'verify', 'cli']);
    for (const file of Object.values(entries)) expect(existsSync(file)).toBe(true);
    expect(readFileSync('scripts/build.mjs', 'utf8')).toMatch(/ENTRIES = bundleEntries\(\)/);
  });
});

describe('the all-in-one action builds the approvals reader only when approval-gate runs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('without a token or a repository, the other gates get no reader and no error', () => {
    delete process.env.GITHUB_REPOSITORY;
    delete process.env.GITHUB_TOKEN;
    delete process.env.INPUT_TOKEN;
    const others = GATE_REGISTRY.filter((g) => g.name !== 'approval-gate');
    expect(approvalServicesFor(others)).toEqual({});
    let built = 0;
    expect(approvalServicesFor(others, () => (built++, {}) as never)).toEqual({});
    expect(built).toBe(0);
  });

  it('when approval-gate runs, the reader is built (and a missing token is a clear usage error)', () => {
    let built = 0;
    const got = approvalServicesFor(GATE_REGISTRY, () => (built++, {}) as never);
    expect(built).toBe(1);
    expect(got.approvals).toBeDefined();
    process.env.GITHUB_REPOSITORY = 'octo/repo';
    delete process.env.GITHUB_TOKEN;
    process.env.INPUT_TOKEN = '';
    expect(() => approvalServicesFor([{ name: 'approval-gate' }])).toThrow(UserError);
    expect(() => approvalServicesFor([{ name: 'approval-gate' }])).toThrow(/Input "token" is empty/);
  });
});
