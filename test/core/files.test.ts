/**
 * The shared walker: sha256File streams correctly, and collectFiles' default scope is the user's own files
 * (a fake repository with a virtualenv, node_modules, gitignored files and our own report folder).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  collectFiles,
  countSkipped,
  parseConfig,
  runGate,
  silentLogger,
  type Gate,
  describeSkipped,
  readGitIndex,
  scopeFromConfig,
  sha256File,
  walkScope,
} from '@ml-gates/core';

describe('the test run', () => {
  it('keeps its temporary files in one per-run folder that the global teardown removes', () => {
    expect(process.env.ML_GATES_TEST_TMPDIR).toMatch(/ml-gates-jest-/);
    expect(tmpdir()).toBe(process.env.ML_GATES_TEST_TMPDIR);
  });
});

describe('sha256File', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ml-gates-sha-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([0, 1, 4 << 20, (4 << 20) + 1, (9 << 20) + 12345])('matches a one-shot digest for %d bytes', async (n) => {
    const data = randomBytes(n);
    const path = join(dir, `f${n}`);
    writeFileSync(path, data);
    expect(await sha256File(path)).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('stops when its signal is aborted', async () => {
    const path = join(dir, 'aborted');
    writeFileSync(path, randomBytes(1 << 20));
    await expect(sha256File(path, AbortSignal.abort())).rejects.toThrow();
  });
});

function write(root: string, rel: string, text = 'x'): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

/** A repository as a data scientist's laptop or a CI runner has it after `pip install` and a first run. */
function fakeRepo(base: string): string {
  const root = join(base, 'repo');
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q');
  write(root, 'train.py', 'print(1)');
  write(root, 'models/model.pt');
  write(root, 'models/notes.log'); // ignored by *.log
  write(root, 'models/keep.log'); // re-included by !keep.log
  write(root, 'forced.log'); // ignored by *.log, but committed with git add -f: stays in scope
  write(root, 'data/raw/big.csv'); // ignored folder
  write(root, 'data/clean.csv');
  write(root, 'sub/.gitignore', '*.tmp\n');
  write(root, 'sub/a.tmp'); // nested .gitignore
  write(root, 'sub/a.py');
  write(root, 'secret.txt'); // .git/info/exclude
  write(root, '.git/info/exclude', 'secret.txt\n');
  write(root, '.gitignore', '*.log\n!keep.log\ndata/raw/\n');
  // A virtualenv under a name nobody lists in .gitignore, with its interpreter symlink leaving the tree.
  write(root, 'env-py/pyvenv.cfg', 'home = /usr/bin\n');
  write(root, 'env-py/lib/python3.13/site-packages/pip/__init__.py', 'eval(x)');
  symlinkSync('/usr/bin/python3', join(root, 'env-py/python'));
  write(root, 'conda/conda-meta/history');
  write(root, 'conda/lib/x.py');
  write(root, 'node_modules/left-pad/index.js');
  write(root, 'pkg/__pycache__/m.cpython-313.pyc');
  write(root, 'pkg/m.py');
  write(root, '.pytest_cache/v/cache/lastfailed', '{}');
  write(root, '.ml-gates/ml-gates.json', '{}');
  // A committed file inside a folder skipped by name stays in scope (it cannot be hidden that way).
  write(root, 'vendor/node_modules/committed.pkl');
  write(root, 'vendor/node_modules/untracked.js');
  // What the user committed; the environments, caches and reports are untracked, as they are in real life.
  git(root, 'add', '.gitignore', 'train.py', 'models', 'data/clean.csv', 'sub', 'pkg/m.py');
  git(root, 'add', '-f', 'forced.log', 'vendor/node_modules/committed.pkl');
  git(root, 'commit', '-qm', 'init');
  return root;
}

describe('collectFiles: default scope', () => {
  let base: string;
  let root: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'ml-gates-walk-'));
    root = fakeRepo(base);
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('walks only the user files from the root, and says what it skipped and why', async () => {
    const { files, skipped, problems } = await collectFiles(root, ['.']);
    expect(files.map((f) => f.relPath)).toEqual([
      '.gitignore',
      'data/clean.csv',
      'forced.log',
      'models/keep.log',
      'models/model.pt',
      'pkg/m.py',
      'sub/.gitignore',
      'sub/a.py',
      'train.py',
      'vendor/node_modules/committed.pkl',
    ]);
    expect(problems).toEqual([]); // env-py/python is never visited
    const why = Object.fromEntries(skipped.map((s) => [s.relPath, s.reason]));
    expect(why).toEqual({
      '.git/': 'vcs',
      '.ml-gates/': 'report-dir',
      '.pytest_cache/': 'build-cache',
      'conda/': 'virtualenv',
      'data/raw/': 'gitignore',
      'env-py/': 'virtualenv',
      'models/notes.log': 'gitignore',
      'node_modules/': 'node_modules',
      'pkg/__pycache__/': 'pycache',
      'secret.txt': 'gitignore',
      'sub/a.tmp': 'gitignore',
      'vendor/node_modules/untracked.js': 'node_modules',
    });
    expect(skipped.find((s) => s.relPath === 'sub/a.tmp')?.detail).toBe('sub/.gitignore:1 *.tmp');
    expect(skipped.find((s) => s.relPath === 'secret.txt')?.detail).toBe('.git/info/exclude:1 secret.txt');
    expect(skipped.find((s) => s.relPath === 'env-py/')?.detail).toBe('pyvenv.cfg');
  });

  it('counts and describes what was left out (not .git)', async () => {
    const { skipped } = await collectFiles(root, ['.']);
    expect(countSkipped(skipped).byReason.gitignore).toEqual({ folders: 1, files: 3 });
    expect(describeSkipped(skipped)).toBe(
      'out of scope: 7 folders, 4 files (node_modules: 1 folder, 1 file; Python environment: 2 folders; ' +
        '__pycache__: 1 folder; build cache: 1 folder; ml-gates report folder: 1 folder; .gitignore: 1 folder, 3 files)',
    );
    expect(describeSkipped([])).toBeUndefined();
  });

  it('scans a path the user names whole, even when the default scope would leave it out', async () => {
    const venv = await collectFiles(root, ['env-py']);
    expect(venv.files.map((f) => f.relPath)).toEqual([
      'env-py/lib/python3.13/site-packages/pip/__init__.py',
      'env-py/pyvenv.cfg',
    ]);
    expect(venv.problems).toEqual([
      { relPath: 'env-py/python', problem: 'symlink-outside-root', detail: 'points outside the scanned tree' },
    ]);
    expect((await collectFiles(root, ['models/notes.log'])).files.map((f) => f.relPath)).toEqual(['models/notes.log']);
    expect((await collectFiles(root, ['data/raw'])).files.map((f) => f.relPath)).toEqual(['data/raw/big.csv']);
    // A glob's folder part is named too; a glob from the root gets the default scope.
    expect((await collectFiles(root, ['models/*.log'])).files.map((f) => f.relPath)).toEqual([
      'models/keep.log',
      'models/notes.log',
    ]);
    expect((await collectFiles(root, ['**/*.log'])).files.map((f) => f.relPath)).toEqual([
      'forced.log',
      'models/keep.log',
    ]);
  });

  it('walks a gitignored folder whole when it is the walk root itself', async () => {
    const { files, skipped } = await collectFiles(join(root, 'data/raw'), ['.']);
    expect(files.map((f) => f.relPath)).toEqual(['big.csv']);
    expect(skipped).toEqual([]);
  });

  it('walks the root whole when asked (integrity manifests cover every file of their folder)', async () => {
    const { files, skipped } = await collectFiles(join(root, 'models'), ['.'], { whole: true });
    expect(files.map((f) => f.relPath)).toEqual(['keep.log', 'model.pt', 'notes.log']);
    expect(skipped).toEqual([]);
  });

  it('applies include and exclude globs from the scope, relative to the root', async () => {
    const scope = { include: ['**/*.py', '**/*.pt'], exclude: ['pkg/**', 'sub'] };
    const { files, skipped } = await collectFiles(root, ['.'], scope);
    expect(files.map((f) => f.relPath)).toEqual(['models/model.pt', 'train.py']);
    expect(skipped.find((s) => s.relPath === 'pkg/')).toMatchObject({ reason: 'exclude', detail: 'pkg/**' });
    expect(skipped.find((s) => s.relPath === 'sub/')).toMatchObject({ reason: 'exclude', detail: 'sub' });
    expect(skipped.find((s) => s.relPath === 'data/clean.csv')).toMatchObject({ reason: 'not-included' });
    // A named file is scanned whatever the globs say.
    expect((await collectFiles(root, ['pkg/m.py'], scope)).files).toHaveLength(1);
  });

  it('skips a report folder moved by the host, and takes include/exclude from config and services', async () => {
    write(root, 'out/reports/ml-gates.json', '{}');
    const scope = walkScope({ scope: scopeFromConfig({ exclude: ['data/**'] }), reportDir: join(root, 'out/reports') });
    const { files, skipped } = await collectFiles(root, ['.'], scope);
    expect(files.map((f) => f.relPath)).not.toContain('out/reports/ml-gates.json');
    expect(files.map((f) => f.relPath)).not.toContain('data/clean.csv');
    expect(skipped.find((s) => s.relPath === 'out/reports/')?.reason).toBe('report-dir');
    // .ml-gates is still left out: the ML-BOM and earlier default runs write there, whatever --out says.
    expect(files.map((f) => f.relPath)).not.toContain('.ml-gates/ml-gates.json');
    expect(skipped.find((s) => s.relPath === '.ml-gates/')?.reason).toBe('report-dir');
    rmSync(join(root, 'out'), { recursive: true });
  });

  it('a file committed inside the report folder is in scope; what a run wrote there is not', async () => {
    write(root, '.ml-gates/committed.pkl', 'x');
    write(root, '.ml-gates/written.json', '{}');
    git(root, 'add', '-f', '.ml-gates/committed.pkl');
    git(root, 'commit', '-qm', 'hide a model in the report folder');
    try {
      const { files, skipped } = await collectFiles(root, ['.'], {});
      expect(files.map((f) => f.relPath)).toContain('.ml-gates/committed.pkl');
      expect(files.map((f) => f.relPath)).not.toContain('.ml-gates/written.json');
      expect(skipped.find((s) => s.relPath === '.ml-gates/written.json')?.reason).toBe('report-dir');
    } finally {
      git(root, 'rm', '-q', '--cached', '.ml-gates/committed.pkl');
      git(root, 'commit', '-qm', 'undo');
      rmSync(join(root, '.ml-gates/committed.pkl'));
      rmSync(join(root, '.ml-gates/written.json'));
    }
  });

  it("leaves out the config's report.out folder when a run writes elsewhere (--out)", async () => {
    write(root, 'cfg-reports/model.pkl', 'x');
    const scope = walkScope({
      scope: scopeFromConfig({ report: { out: 'cfg-reports' } }),
      reportDir: join(root, 'elsewhere'),
    });
    const { files, skipped } = await collectFiles(root, ['.'], scope);
    expect(files.map((f) => f.relPath)).not.toContain('cfg-reports/model.pkl');
    expect(skipped.find((s) => s.relPath === 'cfg-reports/')?.reason).toBe('report-dir');
    // Named explicitly, it is scanned.
    expect((await collectFiles(root, ['cfg-reports/model.pkl'], scope)).files).toHaveLength(1);
    rmSync(join(root, 'cfg-reports'), { recursive: true });
  });

  it('reaches a gate from ml-gates.yml top-level include/exclude through the engine', async () => {
    const { config } = parseConfig('version: 1\nexclude: ["data/**", "models/*.pt"]\ngates: {}\n', 'ml-gates.yml', []);
    let seen: string[] = [];
    const gate: Gate = {
      name: 'model-scan',
      title: 'walker',
      description: 'lists files',
      checks: [],
      optionsSchema: {},
      run: async (ctx) => {
        seen = (await collectFiles(ctx.cwd, ['.'], walkScope(ctx.services))).files.map((f) => f.relPath);
        return { checks: [] };
      },
    };
    await runGate(gate, { config, cwd: root, logger: silentLogger });
    expect(seen).toContain('train.py');
    expect(seen).not.toContain('data/clean.csv');
    expect(seen).not.toContain('models/model.pt');
    let problem: unknown;
    try {
      parseConfig('version: 1\nexclude: "data"\n', 'ml-gates.yml', []);
    } catch (error) {
      problem = error;
    }
    expect((problem as { details?: string[] }).details?.join('\n')).toMatch(/ml-gates\.yml:2:\d+ exclude/);
  });

  it('reads index versions 2, 3 and 4 alike', async () => {
    const v2 = await readGitIndex(join(root, '.git'));
    expect(v2?.has('vendor/node_modules/committed.pkl')).toBe(true);
    expect(v2?.has('models/notes.log')).toBe(false);
    for (const version of ['3', '4']) {
      git(root, 'update-index', '--index-version', version);
      expect(await readGitIndex(join(root, '.git'))).toEqual(v2);
    }
    git(root, 'update-index', '--index-version', '2');
    expect(v2?.size).toBe(git(root, 'ls-files', '-z').split('\0').filter(Boolean).length);
  });
});

describe('collectFiles: a new repository with nothing added yet', () => {
  const base = mkdtempSync(join(tmpdir(), 'ml-gates-walk-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('applies .gitignore (git tracks nothing yet), and not when the index is unreadable', async () => {
    git(base, 'init', '-q');
    write(base, '.gitignore', '*.log\n');
    write(base, 'run.log');
    write(base, 'model.pt');
    expect((await collectFiles(base, ['.'])).files.map((f) => f.relPath)).toEqual(['.gitignore', 'model.pt']);
    write(base, '.git/index', 'not an index');
    expect((await collectFiles(base, ['.'])).files.map((f) => f.relPath)).toEqual([
      '.gitignore',
      'model.pt',
      'run.log',
    ]);
  });
});

describe('collectFiles: outside a git work tree', () => {
  const base = mkdtempSync(join(tmpdir(), 'ml-gates-walk-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('does not apply .gitignore (nothing says what is committed) but keeps the built-in skips', async () => {
    write(base, '.gitignore', '*.pt\n');
    write(base, 'model.pt');
    write(base, '.venv/pyvenv.cfg');
    write(base, 'node_modules/x.js');
    const { files, skipped } = await collectFiles(base, ['.']);
    expect(files.map((f) => f.relPath)).toEqual(['.gitignore', 'model.pt']);
    expect(skipped.map((s) => `${s.relPath} ${s.reason}`)).toEqual(['.venv/ virtualenv', 'node_modules/ node_modules']);
  });

  it('follows symlinks inside the root once and reports those that leave it', async () => {
    write(base, 'real/w.bin');
    symlinkSync('real', join(base, 'alias'));
    symlinkSync('/etc', join(base, 'etc-link'));
    symlinkSync('.', join(base, 'real/loop'));
    const { files, problems } = await collectFiles(base, ['.']);
    expect(files.filter((f) => f.relPath.endsWith('w.bin'))).toHaveLength(1);
    expect(problems).toEqual([
      { relPath: 'etc-link', problem: 'symlink-outside-root', detail: 'points outside the scanned tree' },
    ]);
  });
});
