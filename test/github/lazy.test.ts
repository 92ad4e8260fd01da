/**
 * Start-up (#20 item 3): parts of an action bundle loaded on first use (the GitHub client, the approvals reader)
 * fail closed. A chunk that does not load is a ModuleLoadError, and an action run ends with exit 3, never with a
 * step quietly skipped or a publishing warning.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Gate } from '@ml-gates/core';
import { lazyModule, ModuleLoadError } from '../../packages/core/src/github/lazy.js';
import { runAction, runWrapper } from '../../packages/core/src/github/action.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('lazyModule', () => {
  it('loads once and hands every caller the same module', async () => {
    let loads = 0;
    const load = lazyModule('a part', () => (loads++, Promise.resolve({ x: 1 })));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
  });

  it('turns a failed load into a ModuleLoadError naming the part and keeping the cause', async () => {
    const cause = new Error("Cannot find module './119.index.js'");
    const load = lazyModule('the GitHub client', () => Promise.reject(cause));
    const error = await load().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModuleLoadError);
    expect((error as Error).message).toBe(
      "could not load the GitHub client from the action bundle: Cannot find module './119.index.js'",
    );
    expect((error as Error).cause).toBe(cause);
  });
});

describe('an action run whose lazily loaded part does not load', () => {
  const gate: Gate = {
    name: 'model-scan',
    title: 'Model scan',
    description: 'test',
    checks: [],
    optionsSchema: {},
    run: () => Promise.resolve({ checks: [] }),
  };

  // One workspace for both runs: @actions/core's job summary keeps the first file it was given.
  const dir = mkdtempSync(join(tmpdir(), 'mlg-lazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  function workspace(): string {
    writeFileSync(join(dir, 'out.txt'), '');
    writeFileSync(join(dir, 'summary.md'), '');
    process.env.GITHUB_WORKSPACE = dir;
    process.env.GITHUB_OUTPUT = join(dir, 'out.txt');
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md');
    return dir;
  }

  it('fails the step (exit 3) when publishing cannot load the client, instead of a publishing warning', async () => {
    workspace();
    const lines: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((c: string) => (lines.push(String(c)), true)) as typeof process.stdout.write;
    try {
      await runWrapper('model-scan', () =>
        runAction({
          name: 'model-scan',
          gates: [gate],
          mode: 'single',
          publish: () => Promise.reject(new ModuleLoadError('the GitHub client', new Error('chunk missing'))),
        }),
      );
    } finally {
      process.stdout.write = write;
    }
    expect(process.exitCode).toBe(3);
    const out = lines.join('');
    expect(out).toContain('::error::model-scan failed: could not load the GitHub client from the action bundle');
    expect(out).not.toContain('Could not publish results');
  });

  it('still only warns when publishing itself fails (the verdict is unchanged)', async () => {
    workspace();
    const lines: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((c: string) => (lines.push(String(c)), true)) as typeof process.stdout.write;
    try {
      await runWrapper('model-scan', () =>
        runAction({
          name: 'model-scan',
          gates: [gate],
          mode: 'single',
          publish: () => Promise.reject(new Error('HTTP 502')),
        }),
      );
    } finally {
      process.stdout.write = write;
    }
    expect(process.exitCode).toBe(0);
    expect(lines.join('')).toContain(
      '::warning::Could not publish results to GitHub (the verdict is unchanged): HTTP 502',
    );
  });
});
