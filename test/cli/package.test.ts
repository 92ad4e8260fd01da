/**
 * The CLI as users get it: `npm pack ./dist` builds the npm package `ml-gates` from the committed bundle, it
 * installs into an empty project with no network and no dependencies, and `ml-gates --version`, `init`,
 * `validate` and `scan` work from there, on every supported Node major this machine has (20 and 24 here;
 * the package claims >=20).
 *
 * Needs the built CLI bundle (`node scripts/build.mjs cli`; CI builds dist/ before the tests).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const DIST = join(ROOT, 'dist');
const NPM_ENV = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/** The distinct Node binaries here: the `node` devDependency (24) and every `node` on PATH. */
function nodeBinaries(): Map<number, string> {
  const found = new Map<number, string>();
  const candidates = [
    join(ROOT, 'node_modules', '.bin', 'node'),
    ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'node')),
  ];
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    const major = Number(/^v(\d+)\./.exec(r.stdout ?? '')?.[1]);
    if (major && !found.has(major)) found.set(major, bin);
  }
  return found;
}

describe('the npm package of the CLI', () => {
  let work: string;
  let tarball: string;
  let project: string;
  let files: { path: string; size: number }[];

  beforeAll(() => {
    if (!existsSync(join(DIST, 'package.json')) || !existsSync(join(DIST, 'cli', 'index.js'))) {
      throw new Error('dist/package.json or dist/cli/index.js is missing: run "node scripts/build.mjs cli" first');
    }
    work = mkdtempSync(join(tmpdir(), 'ml-gates-pack-'));
    const packed = JSON.parse(
      execFileSync('npm', ['pack', DIST, '--pack-destination', work, '--json'], { encoding: 'utf8', env: NPM_ENV }),
    ) as { filename: string; files: { path: string; size: number }[] }[];
    tarball = join(work, packed[0]!.filename);
    files = packed[0]!.files;
    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "empty-project", "private": true }\n');
    // --offline: nothing may come from the registry, so the package must need nothing but itself.
    execFileSync('npm', ['install', '--offline', '--no-save', tarball], { cwd: project, env: NPM_ENV, stdio: 'pipe' });
    execFileSync('git', ['init', '-q'], { cwd: project });
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is named ml-gates, runs the committed bundle and depends on nothing', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'ml-gates', 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(pkg).toMatchObject({ name: 'ml-gates', bin: { 'ml-gates': 'cli/index.js' }, license: 'MIT' });
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(readFileSync(join(project, 'node_modules', 'ml-gates', 'cli', 'index.js'))).toEqual(
      readFileSync(join(DIST, 'cli', 'index.js')),
    );
    // Only the package's own tree is installed: no transitive packages.
    const lock = JSON.parse(readFileSync(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    expect(Object.keys(lock.packages)).toEqual(['node_modules/ml-gates']);
  });

  it('ships the CLI, its wasm assets and the licences, and none of the action bundles', () => {
    const paths = files.map((f) => f.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'cli/index.js',
        'cli/licenses.txt',
        'cli/tree-sitter-python.wasm',
        'cli/web-tree-sitter.wasm',
        'onnxruntime/ort-wasm-simd-threaded.wasm',
      ]),
    );
    expect(
      paths.filter((p) => !/^(cli|onnxruntime)\//.test(p) && !['LICENSE', 'README.md', 'package.json'].includes(p)),
    ).toEqual([]);
  });

  const nodes = [...nodeBinaries()].filter(([major]) => major >= 20);

  it('finds Node 24, the runtime the actions declare, to test on', () => {
    expect(nodes.map(([m]) => m)).toContain(24);
  });

  describe.each(nodes)('on Node %i', (_major, node) => {
    const cli = (args: string[], cwd = project): { status: number | null; out: string } => {
      const r = spawnSync(node, [join(project, 'node_modules', 'ml-gates', 'cli', 'index.js'), ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };

    it('prints its version', () => {
      expect(cli(['--version'])).toEqual({ status: 0, out: expect.stringMatching(/^\d+\.\d+\.\d+\s*$/) });
    });

    it('a reader that closes the pipe early (`| head`) is not a crash, and the exit code stays the verdict', async () => {
      const dir = mkdtempSync(join(project, 'pipe-'));
      mkdirSync(join(dir, 'models'));
      copyFileSync(
        join(ROOT, 'test/fixtures/model-scan/malicious/reduce_os_system.pkl'),
        join(dir, 'models', 'evil.pkl'),
      );
      const run = (args: string[]): Promise<{ code: number | null; stderr: string }> =>
        new Promise((done) => {
          const child = spawn(node, [join(project, 'node_modules', 'ml-gates', 'cli', 'index.js'), ...args], {
            cwd: dir,
            env: { ...process.env, NO_COLOR: '1', CI: 'true' },
          });
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          // Read one chunk, then close our end, as `head -1` does.
          child.stdout.once('data', () => child.stdout.destroy());
          child.on('close', (code) => done({ code, stderr }));
        });
      const schema = await run(['schema']);
      expect(schema).toEqual({ code: 0, stderr: '' });
      const scan = await run(['scan', 'models', '--format', 'json']);
      expect(scan.stderr).not.toMatch(/EPIPE|Unhandled/);
      expect(scan.code).toBe(1);
    });

    it('runs init, validate and scan from an empty project', () => {
      const dir = mkdtempSync(join(project, 'run-'));
      execFileSync('git', ['init', '-q'], { cwd: dir });
      const init = cli(['init'], dir);
      expect(init.status).toBe(0);
      expect(readFileSync(join(dir, '.github', 'workflows', 'ml-gates.yml'), 'utf8')).toContain(
        'persist-credentials: false',
      );
      expect(cli(['validate'], dir)).toMatchObject({ status: 0, out: expect.stringContaining('valid') });

      mkdirSync(join(dir, 'models'));
      copyFileSync(join(ROOT, 'test/fixtures/model-scan/benign/forest.pkl'), join(dir, 'models', 'forest.pkl'));
      const clean = cli(['scan', 'models'], dir);
      expect(clean.status).toBe(0);
      expect(clean.out).toContain('forest.pkl');

      // The bundle's own model-scan, not a stub: a malicious pickle fails the scan (exit 1).
      copyFileSync(
        join(ROOT, 'test/fixtures/model-scan/malicious/reduce_os_system.pkl'),
        join(dir, 'models', 'evil.pkl'),
      );
      const bad = cli(['scan', 'models'], dir);
      expect(bad.status).toBe(1);
      expect(bad.out).toMatch(/evil\.pkl/);
    });
  });

  it('init pins our action to the release commit when the package carries the release stamp', () => {
    // What release.yml writes into the published package (here into the installed copy, never into dist/).
    const installed = join(project, 'node_modules', 'ml-gates');
    const copy = join(work, 'stamped');
    cpSync(installed, copy, { recursive: true });
    const sha = 'a'.repeat(32) + '0123abcd';
    writeFileSync(join(copy, 'cli', 'release.json'), `{"tag": "v1.4.2", "sha": "${sha}"}\n`);
    const init = (bundleDir: string): { status: number | null; workflow: string; out: string } => {
      const dir = mkdtempSync(join(work, 'init-'));
      const r = spawnSync(process.execPath, [join(bundleDir, 'cli', 'index.js'), 'init'], {
        cwd: dir,
        encoding: 'utf8',
      });
      const file = join(dir, '.github', 'workflows', 'ml-gates.yml');
      return {
        status: r.status,
        out: `${r.stdout}${r.stderr}`,
        workflow: existsSync(file) ? readFileSync(file, 'utf8') : '',
      };
    };
    const stamped = init(copy);
    expect(stamped.status).toBe(0);
    expect(stamped.workflow).toContain(`uses: ml-gates/ml-gates@${sha} # v1.4.2\n`);
    expect(stamped.workflow).not.toMatch(/ml-gates@v1\b/);
    // A build from source says it is not pinned and why.
    expect(init(installed).workflow).toMatch(/build from source[\s\S]*uses: ml-gates\/ml-gates@v1\n/);
    // A broken stamp fails init (and writes no unpinned workflow in its place).
    writeFileSync(join(copy, 'cli', 'release.json'), '{"tag": "v1.4.2", "sha": "main"}\n');
    const broken = init(copy);
    expect(broken.status).not.toBe(0);
    expect(broken.workflow).toBe('');
    expect(broken.out).toContain('release.json');
  });
});
