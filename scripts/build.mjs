// Builds every action bundle and the CLI with ncc into dist/<name>/index.js, reproducibly:
// the same sources give the same bytes, so CI can rebuild and diff dist/ against the committed one.
// The ncc processes run in parallel (one per core, ML_GATES_BUILD_JOBS to change it); each writes only its own
// folder and the post-processing does not depend on the order, so the bytes are the same as one at a time.
// Usage: node scripts/build.mjs [bundle...]
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { compact } from './compact.mjs';
import { bundleEntries } from './registry.mjs';

// Every bundle: one per registered gate (packages/core/src/registry/gates.ts), the all-in-one action and the CLI.
export const ENTRIES = bundleEntries();

// WebAssembly files ncc cannot relocate itself (webpack corrupts .wasm bytes it processes): copied next to
// the bundles that load them. The code looks for them beside the bundle first.
const TREE_SITTER_WASM = ['tree-sitter-python/tree-sitter-python.wasm', 'web-tree-sitter/web-tree-sitter.wasm'];
const COPIED = {
  'model-scan': TREE_SITTER_WASM,
  'ml-gates': TREE_SITTER_WASM,
  cli: TREE_SITTER_WASM,
};
// onnxruntime-web's 14 MB runtime is shared by the bundles that run ONNX models: dist/onnxruntime/.
const ONNXRUNTIME_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];
// Assets ncc emits that nothing loads (web-tree-sitter's runtime, corrupted by webpack; the copy above is used).
const UNUSED_ASSET = /^[0-9a-f]{20}\.wasm$/;

// ncc's licences file keeps one text per package *name*; when two versions of a package end up in
// different chunks it picks either text, so two builds can differ. Rewrite it deterministically from the
// package names ncc lists, with each package's licence and licence file as installed.
const NAME = /^(@[a-z0-9~][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/;
const SPDX = /^[A-Za-z0-9.+()\- ]+$/;
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
function rewriteLicenses(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const names = new Set();
  for (let i = 0; i + 1 < lines.length; i++) {
    if ((i === 0 || lines[i - 1] === '') && NAME.test(lines[i]) && SPDX.test(lines[i + 1]) && lines[i + 1] !== '') {
      names.add(lines[i]);
    }
  }
  const entries = [...names].sort().map((name) => {
    let license = 'UNKNOWN';
    let text = '';
    try {
      const pkgPath = requireFromRoot.resolve(`${name}/package.json`);
      const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
      license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
      const dir = pkgPath.slice(0, -'package.json'.length);
      const licenseFile = readdirSync(dir)
        .sort()
        .find((f) => /^(licen[sc]e|copying)/i.test(f));
      if (licenseFile) text = readFileSync(join(dir, licenseFile), 'utf8').trim();
    } catch {
      // Packages without an exported package.json: find it by path.
      for (const base of ['node_modules', ...readdirSync('packages').map((p) => join('packages', p, 'node_modules'))]) {
        try {
          const pkg = JSON.parse(readFileSync(join(base, name, 'package.json'), 'utf8'));
          license = typeof pkg.license === 'string' ? pkg.license : 'UNKNOWN';
          const licenseFile = readdirSync(join(base, name))
            .sort()
            .find((f) => /^(licen[sc]e|copying)/i.test(f));
          if (licenseFile) text = readFileSync(join(base, name, licenseFile), 'utf8').trim();
          break;
        } catch {
          // not there
        }
      }
    }
    return `${name}\n${license}\n${text}\n`;
  });
  writeFileSync(file, entries.join('\n'));
}

const only = process.argv.slice(2);
const unknown = only.filter((n) => !(n in ENTRIES));
if (unknown.length > 0)
  throw new Error(`unknown bundle(s): ${unknown.join(', ')}; known: ${Object.keys(ENTRIES).join(', ')}`);
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/**
 * Runs ncc for one bundle in its own process; rejects with its output when it fails. `--transpile-only`: ncc
 * would otherwise type-check the whole program again for every bundle (4× the time); `npm run typecheck` checks
 * it once, and with `isolatedModules` the emitted JavaScript is byte-for-byte the same.
 */
function runNcc(name, entry, out) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [
        ncc,
        'build',
        entry,
        '-o',
        out,
        '--license',
        'licenses.txt',
        '--no-source-map-register',
        '-q',
        '--transpile-only',
        // The asset relocator's decisions, checked below (the bytes it writes are the same).
        '--debug',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
    );
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString();
      // A path expression the relocator reads as "a file under an unknown folder of the project", such as
      // resolve(dir, 'report.json') on a path it half-knows, makes it glob the whole checkout, node_modules and
      // test corpora included, on every build (about a quarter of a bundle's CPU time): refuse it.
      const globbed = text.split('\n').filter((l) => l.startsWith('Emitting directory'));
      if (code === 0 && globbed.length > 0) {
        reject(
          new Error(
            `ncc globbed the project for dist/${name}; write these paths with join() on an absolute folder:\n${globbed.join('\n')}`,
          ),
        );
        return;
      }
      if (code === 0) {
        // The relocator's other debug lines (assets it skipped or copied) are not news.
        const shown = text
          .split('\n')
          .filter((l) => !/^(Skipping asset emission|Emitting asset) /.test(l))
          .join('\n')
          .trim();
        if (shown !== '') process.stdout.write(`[${name}] ${shown.replaceAll('\n', `\n[${name}] `)}\n`);
        resolvePromise();
      } else reject(new Error(`ncc failed for dist/${name} (exit ${code}):\n${text}`));
    });
  });
}

/** Everything after ncc: licences, the module marker, unused assets, copied wasm, sanity checks. */
function finish(name, out) {
  rewriteLicenses(join(out, 'licenses.txt'));
  // The bundle is an ES module; Node needs this marker next to it.
  writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
  for (const f of readdirSync(out)) {
    if (f.endsWith('.d.ts') || UNUSED_ASSET.test(f)) rmSync(join(out, f), { recursive: true, force: true });
    // A directory means ncc's asset relocator mistook a runtime path (e.g. resolve(cwd, `${f}.dvc`)) for an
    // asset and rewrote it to point inside the bundle: a bug in the source, not something to ship.
    else if (statSync(join(out, f)).isDirectory()) {
      throw new Error(
        `dist/${name}/${f}/: ncc relocated files into the bundle; rewrite the path expression that caused it`,
      );
    }
  }
  for (const f of COPIED[name] ?? []) copyFileSync(join('node_modules', f), join(out, basename(f)));
  if (readFileSync(join(out, 'index.js'), 'utf8').includes('.ab + "main/')) {
    throw new Error(`dist/${name}/index.js: ncc rewrote a runtime path into the bundle directory`);
  }
  for (const f of readdirSync(out)) {
    if (CODE_FILE.test(f))
      writeFileSync(join(out, f), compactOnce(readFileSync(join(out, f), 'utf8'), `dist/${name}/${f}`));
  }
}

// The bundle and its chunks, as ncc names them (`index.js`, `<chunk id>.index.js`); assets are left as they are.
const CODE_FILE = /^(\d+\.)?index\.js$/;
// Many chunks are the same in several bundles (the artifact client, sigstore): each text is compacted once.
const compacted = new Map();
function compactOnce(source, file) {
  const key = createHash('sha256').update(source).digest('hex');
  if (!compacted.has(key)) compacted.set(key, compact(source, file));
  return compacted.get(key);
}

// The config validators the bundles carry, precompiled from the committed config schema (Ajv standalone code).
const SCHEMA_FILE = 'packages/core/schema/ml-gates.schema.json';
const schemaBefore = readFileSync(SCHEMA_FILE, 'utf8');
execFileSync(process.execPath, ['scripts/gen-validators.mjs'], { stdio: 'inherit' });

const started = Date.now();
const queue = Object.entries(ENTRIES).filter(([name]) => only.length === 0 || only.includes(name));
const jobs = Math.max(1, Number(process.env.ML_GATES_BUILD_JOBS) || availableParallelism());
const failures = [];
async function worker() {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [name, entry] = next;
    const out = join('dist', name);
    const t0 = Date.now();
    rmSync(out, { recursive: true, force: true });
    try {
      await runNcc(name, entry, out);
      finish(name, out);
      console.log(`built dist/${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failures.push(error);
    }
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, worker));
if (failures.length > 0) {
  for (const e of failures) console.error(e.message);
  process.exit(1);
}
console.log(`bundles built in ${((Date.now() - started) / 1000).toFixed(1)} s (${jobs} at a time)`);

if (only.length === 0 || only.some((n) => ['adversarial-gate', 'ml-gates', 'cli'].includes(n))) {
  mkdirSync('dist/onnxruntime', { recursive: true });
  for (const f of ONNXRUNTIME_FILES)
    copyFileSync(join('node_modules/onnxruntime-web/dist', f), join('dist/onnxruntime', f));
}

// The published config schema is generated from the gates' own option schemas.
mkdirSync('packages/core/schema', { recursive: true });
const schema = execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' });
// Written only when it changed: CI lints and type-checks while the build runs, and reads these files.
if (schema !== schemaBefore) writeFileSync(SCHEMA_FILE, schema);
console.log(schema !== schemaBefore ? `wrote ${SCHEMA_FILE}` : `${SCHEMA_FILE} is unchanged`);
// The action.yml docs of option inputs (values, defaults) are written from it.
execFileSync(process.execPath, ['scripts/action-docs.mjs'], { stdio: 'inherit' });
if (schema !== schemaBefore) {
  // The gates' option schemas changed: the validators just bundled were generated from the old schema (still
  // correct: an unknown schema is compiled at run time, only slower). Regenerate them; the next build carries them.
  execFileSync(process.execPath, ['scripts/gen-validators.mjs'], { stdio: 'inherit' });
  console.log('the config schema changed: run the build once more so the bundles carry the new precompiled validators');
}

// The npm package of the CLI is dist/ itself, so what `npm publish ./dist` ships is the committed bundle that
// check-dist verifies: `bin` is cli/index.js, and `files` keeps the action bundles out (only the CLI and the
// ONNX runtime it loads from ../onnxruntime/). No dependencies: the bundle carries everything it runs.
if (only.length === 0 || only.includes('cli')) {
  const root = JSON.parse(readFileSync('package.json', 'utf8'));
  const pkg = {
    name: 'ml-gates',
    version: root.version,
    description:
      'The ml-gates command line: gate ML models on data, model security, robustness, performance and approvals.',
    license: root.license,
    type: 'module',
    bin: { 'ml-gates': 'cli/index.js' },
    files: ['cli/', 'onnxruntime/'],
    engines: { node: '>=20' },
    repository: { type: 'git', url: 'git+https://github.com/ml-gates/ml-gates.git' },
    homepage: 'https://github.com/ml-gates/ml-gates#readme',
    bugs: 'https://github.com/ml-gates/ml-gates/issues',
    keywords: ['mlops', 'model-security', 'pickle', 'data-drift', 'ci', 'github-actions'],
    publishConfig: { access: 'public', provenance: true },
  };
  writeFileSync('dist/package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  copyFileSync('LICENSE', 'dist/LICENSE');
  writeFileSync(
    'dist/README.md',
    [
      '# ml-gates',
      '',
      'The command line of [ml-gates](https://github.com/ml-gates/ml-gates): GitHub Actions and a CLI that gate ML',
      'models between a pull request and production (data, model security, robustness, performance, approvals).',
      '',
      '```sh',
      'npx ml-gates init        # writes ml-gates.yml and .github/workflows/ml-gates.yml',
      'npx ml-gates validate    # checks ml-gates.yml',
      'npx ml-gates scan models/',
      'npx ml-gates run         # every gate ml-gates.yml enables',
      '```',
      '',
      `Node.js ${pkg.engines.node}. No dependencies: the package is the bundled CLI. Documentation:`,
      'https://github.com/ml-gates/ml-gates#readme',
      '',
    ].join('\n'),
  );
  console.log('wrote the npm package dist/package.json (ml-gates)');
}
