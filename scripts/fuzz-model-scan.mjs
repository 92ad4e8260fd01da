// `npm run fuzz [-- SECONDS] [--target NAME[,NAME...]] [--fresh]`: coverage-guided fuzzing of every
// model-scan parser with Jazzer.js (libFuzzer in-process, Babel instrumentation of our code).
//
// 1. Transpiles packages/model-scan/src, packages/core/src and fuzz/ (TypeScript, ESM) with SWC into
//    node_modules/.cache/ml-gates-fuzz/build/, so Jazzer's ESM loader instruments plain JavaScript (only packages/model-scan/ is
//    instrumented: the coverage that guides the fuzzer is the scanner's own).
// 2. Seeds each target's corpus node_modules/.cache/ml-gates-fuzz/corpus/<target>/ with the committed fixtures under
//    test/fixtures/model-scan/ (and the members of its zips) whose detected format fits the target,
//    plus the kept crash inputs. The corpus is kept between runs (--fresh starts from the seeds again).
// 3. Runs every target for SECONDS / targets (default 60 s in all), one Jazzer process each, and prints
//    executions per second and the coverage counters (cov: edges, ft: features) at start and end.
// 4. A crash, a timeout or an out-of-memory input is copied to
//    test/fixtures/model-scan/fuzz-crashes/<target>-<sha1>.bin (with the error in <target>-<sha1>.txt),
//    where test/model-scan/fuzz-regressions.test.ts replays it on every `npm test`; the exit code is 1.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// build output and working corpora are caches: under node_modules/.cache, out of git, lint and format
const CACHE = join(ROOT, 'node_modules/.cache/ml-gates-fuzz');
const BUILD = join(CACHE, 'build');
const CORPUS = join(CACHE, 'corpus');
const FIXTURES = join(ROOT, 'test/fixtures/model-scan');
const CRASHES = join(FIXTURES, 'fuzz-crashes');
const JAZZER = join(ROOT, 'node_modules/@jazzer.js/core/dist/cli.js');
const require = createRequire(import.meta.url);

// ---- arguments -------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const only = flag('--target')?.split(',');
const fresh = args.includes('--fresh');
const stopOnKnown = args.includes('--stop-on-known');
const total = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 60);
if (!Number.isFinite(total) || total <= 0) {
  console.error('usage: npm run fuzz [-- SECONDS] [--target NAME[,NAME...]] [--fresh] [--stop-on-known]');
  process.exit(2);
}

// ---- 1. build ----------------------------------------------------------------------------------------------
function tsFiles(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'node_modules' || n.startsWith('.') ? [] : tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

function build() {
  const swc = require('@swc/core');
  rmSync(BUILD, { recursive: true, force: true });
  const sources = [
    ...tsFiles(join(ROOT, 'packages/model-scan/src')),
    ...tsFiles(join(ROOT, 'packages/core/src')),
    ...tsFiles(join(ROOT, 'fuzz/lib')),
    ...tsFiles(join(ROOT, 'fuzz/targets')),
  ];
  for (const file of sources) {
    const rel = relative(ROOT, file);
    const out = join(BUILD, rel.replace(/\.ts$/, '.js'));
    let { code } = swc.transformFileSync(file, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
      module: { type: 'es6' },
      sourceMaps: 'inline',
      sourceFileName: file,
      swcrc: false,
    });
    // workspace packages resolve to their TypeScript sources: point them at the built copies
    code = code.replace(/(from\s*|import\s*\(\s*)(['"])@ml-gates\/([\w-]+)\2/g, (_m, kw, q, pkg) => {
      let to = relative(dirname(out), join(BUILD, 'packages', pkg, 'src/index.js'));
      if (!to.startsWith('.')) to = `./${to}`;
      return `${kw}${q}${to}${q}`;
    });
    // A dynamic import of a CommonJS package gets named exports only where Node's cjs-module-lexer finds
    // them; ncc (dist/) and Jest expose every key of module.exports. Do the same, so the fuzzer runs the
    // code as it ships (compress.ts takes XzReadableStream from xz-decompress this way).
    code = code.replace(
      /\bimport\((['"])([^.'"][^'"]*)\1\)/g,
      (m) => `${m}.then((m) => ('module.exports' in m ? { ...m['module.exports'], ...m } : m))`,
    );
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, code);
  }
  // each workspace package resolves its own dependencies (core has its own ajv, for instance)
  for (const pkg of ['core', 'model-scan']) {
    const own = join(ROOT, 'packages', pkg, 'node_modules');
    if (existsSync(own)) symlinkSync(own, join(BUILD, 'packages', pkg, 'node_modules'), 'dir');
  }
  return sources.length;
}

// ---- 2. seeds --------------------------------------------------------------------------------------------
const sha1 = (b) => createHash('sha1').update(b).digest('hex');

async function seedCorpus(target, files) {
  const dir = join(CORPUS, target.name);
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = new Set();
  for (const f of files) {
    const fromCrash = f.name.startsWith('fuzz-crashes/');
    // kept crash inputs seed the target that found them (they are already in its input shape)
    const derived = fromCrash
      ? f.name.startsWith(`fuzz-crashes/${target.name}-`)
        ? [f.data]
        : []
      : await target.seeds(f);
    for (const d of derived) {
      const h = sha1(d);
      if (seeds.has(h)) continue;
      seeds.add(h);
      writeFileSync(join(dir, `seed-${h}`), d);
    }
  }
  for (const d of target.extraSeeds?.() ?? []) {
    const h = sha1(d);
    if (seeds.has(h)) continue;
    seeds.add(h);
    writeFileSync(join(dir, `seed-${h}`), d);
  }
  return { dir, seeds: seeds.size, corpus: readdirSync(dir).length };
}

// ---- known bugs ------------------------------------------------------------------------------------------
/** Same normalisation as fuzz/lib/oracle.ts normaliseSignature. */
const normalise = (line) =>
  line
    .split('\n')[0]
    .replace(/0x[0-9a-f]+|\d+/gi, 'N')
    .trim()
    .slice(0, 300);

/** Signatures of the bugs already kept: the targets let them through so fuzzing can find new ones. */
function knownBugs() {
  const file = join(BUILD, 'known-bugs.txt');
  const sigs = existsSync(CRASHES)
    ? readdirSync(CRASHES)
        .filter((n) => n.endsWith('.txt'))
        .flatMap((n) => /^signature: (.+)$/m.exec(readFileSync(join(CRASHES, n), 'utf8'))?.[1] ?? [])
    : [];
  writeFileSync(file, [...new Set(sigs)].join('\n'));
  return { file, count: new Set(sigs).size };
}

// ---- 3. run ----------------------------------------------------------------------------------------------
function runJazzer(target, corpusDir, seconds, artifacts, scratch, known) {
  const built = join(BUILD, 'fuzz/targets', `${target.name}.fuzz.js`);
  const jazzerArgs = [
    // V8's heap limit above libFuzzer's RSS limit: a memory blow-up is caught by libFuzzer, which keeps the
    // input (an out-of-memory abort of V8 would end the process without saying which input it was)
    '--max-old-space-size=4096',
    '--require',
    join(ROOT, 'fuzz/lib/glibc-compat.cjs'),
    JAZZER,
    built,
    corpusDir,
    // coverage of the scanner's code (and of the libraries a target names) guides the fuzzer; the
    // harness in fuzz/ is not instrumented
    '--includes',
    join(BUILD, 'packages/model-scan/'),
    ...(target.instrument ?? []).flatMap((p) => ['--includes', join(ROOT, p)]),
    '--excludes',
    join(BUILD, 'fuzz/'),
    '--timeout',
    String(30_000),
    ...(target.sync ? ['--sync'] : []),
    ...(target.disableBugDetectors?.length ? ['--disable_bug_detectors', ...target.disableBugDetectors] : []),
    '--',
    `-max_total_time=${seconds}`,
    `-artifact_prefix=${artifacts}/`,
    '-rss_limit_mb=2048',
    '-print_final_stats=1',
  ];
  return new Promise((done) => {
    const child = spawn(process.execPath, jazzerArgs, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // TMPDIR: the targets' scratch files go to a directory removed after the run (libFuzzer ends the
      // process without running its exit handlers)
      env: { ...process.env, TMPDIR: scratch, ...(known ? { MLG_FUZZ_KNOWN: known } : {}) },
    });
    let log = '';
    const onData = (d) => {
      log += d.toString();
      if (log.length > 4 << 20) log = log.slice(-(2 << 20));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    // libFuzzer stops itself at -max_total_time; a target stuck in native code is killed after a grace period
    const killer = setTimeout(() => child.kill('SIGKILL'), (seconds + 90) * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      done({ code, signal, log });
    });
  });
}

function stats(log) {
  const num = (re) => {
    const m = re.exec(log);
    return m ? Number(m[1]) : undefined;
  };
  const progress = [...log.matchAll(/^#(\d+)\s+(\w+)\s+cov: (\d+) ft: (\d+) corp: (\d+)/gm)];
  const inited = progress.find((m) => m[2] === 'INITED');
  const last = progress.at(-1);
  return {
    execs: num(/stat::number_of_executed_units:\s+(\d+)/) ?? (last ? Number(last[1]) : 0),
    perSec: num(/stat::average_exec_per_sec:\s+(\d+)/) ?? doneRate(log) ?? lastRate(log),
    // async runs can end before libFuzzer's final stats are written: fall back on its progress lines
    newUnits: num(/stat::new_units_added:\s+(\d+)/) ?? [...log.matchAll(/^#\d+\s+NEW\s/gm)].length,
    rss:
      num(/stat::peak_rss_mb:\s+(\d+)/) ?? Math.max(0, ...[...log.matchAll(/ rss: (\d+)Mb/g)].map((m) => Number(m[1]))),
    cov0: inited ? Number(inited[3]) : undefined,
    ft0: inited ? Number(inited[4]) : undefined,
    cov: last ? Number(last[3]) : undefined,
    ft: last ? Number(last[4]) : undefined,
    corp: last ? Number(last[5]) : undefined,
  };
}

/** Executions per second from libFuzzer's "Done N runs in S second(s)" line. */
function doneRate(log) {
  const m = /Done (\d+) runs in (\d+) second/.exec(log);
  return m ? Math.round(Number(m[1]) / Math.max(1, Number(m[2]))) : undefined;
}

/** Executions per second of libFuzzer's last progress line (when it ended without its final stats). */
function lastRate(log) {
  const all = [...log.matchAll(/^#\d+\s.*exec\/s: (\d+)/gm)];
  return all.length > 0 ? Number(all.at(-1)[1]) : undefined;
}

/** The error part of Jazzer's output: from the first finding line to the artifact line. */
function errorExcerpt(log) {
  const lines = log.split('\n');
  const start = lines.findIndex((l) =>
    /==\d+== (Uncaught Exception|ERROR)|Timeout|out-of-memory|libFuzzer: deadly signal|FATAL ERROR/.test(l),
  );
  return lines.slice(Math.max(0, start), start + 40).join('\n');
}

// ---- main ------------------------------------------------------------------------------------------------
const t0 = Date.now();
const built = build();
const { TARGETS } = await import(pathToFileURL(join(BUILD, 'fuzz/targets/index.js')).href);
const { seedFiles } = await import(pathToFileURL(join(BUILD, 'fuzz/lib/seeds.js')).href);
const targets = only ? TARGETS.filter((t) => only.includes(t.name)) : TARGETS;
if (only && targets.length !== only.length) {
  console.error(`unknown target in ${only.join(',')}; targets: ${TARGETS.map((t) => t.name).join(', ')}`);
  process.exit(2);
}
const files = await seedFiles(FIXTURES);
// Each Jazzer process takes ~2-3 s to start and load its corpus: the fuzzing time of each target is its
// share of what is left of the total, less that start-up, so the whole run stays close to SECONDS.
const STARTUP = 4;
const deadline = t0 + total * 1000;
const share = (i) => Math.max(2, Math.floor((deadline - Date.now()) / 1000 / (targets.length - i) - STARTUP));
const knownCount = knownBugs().count;
console.log(
  `fuzz: ${knownCount} known bug(s) ${stopOnKnown ? 'stop the fuzzer' : 'let through'}; ${built} files built in ${Date.now() - t0} ms; ${targets.length} target(s), ${total} s in all; ${files.length} fixture files and members`,
);

const rows = [];
const found = [];
for (const [i, target] of targets.entries()) {
  const { dir, seeds, corpus } = await seedCorpus(target, files);
  const each = share(i);
  const work = mkdtempSync(join(tmpdir(), `mlg-fuzz-${target.name}-`));
  const artifacts = join(work, 'artifacts');
  const scratch = join(work, 'tmp');
  mkdirSync(artifacts);
  mkdirSync(scratch);
  const started = Date.now();
  const known = knownBugs();
  const { code, signal, log } = await runJazzer(
    target,
    dir,
    each,
    artifacts,
    scratch,
    stopOnKnown ? undefined : known.file,
  );
  mkdirSync(join(CACHE, 'logs'), { recursive: true });
  writeFileSync(join(CACHE, 'logs', `${target.name}.log`), log);
  const s = stats(log);
  const kept = [];
  for (const a of readdirSync(artifacts)) {
    const kind = /^(crash|timeout|oom|leak|slow-unit)-/.exec(a)?.[1];
    if (!kind || kind === 'slow-unit') continue;
    const data = readFileSync(join(artifacts, a));
    const name = `${target.name}-${sha1(data)}`;
    mkdirSync(CRASHES, { recursive: true });
    copyFileSync(join(artifacts, a), join(CRASHES, `${name}.bin`));
    const uncaught = /Uncaught Exception: (.+)/.exec(log)?.[1];
    writeFileSync(
      join(CRASHES, `${name}.txt`),
      `${kind} in target ${target.name}\n${uncaught ? `signature: ${normalise(uncaught)}\n` : ''}\n${errorExcerpt(log)}\n`,
    );
    kept.push(relative(ROOT, join(CRASHES, `${name}.bin`)));
  }
  rmSync(work, { recursive: true, force: true });
  const failed = kept.length > 0 || (code !== 0 && code !== null) || signal !== null;
  if (failed) {
    found.push({ target: target.name, kept, code, signal });
    console.log(`\n[${target.name}] FAILED (exit ${code ?? signal}):\n${errorExcerpt(log) || log.slice(-3000)}`);
    for (const k of kept) console.log(`  input kept as ${k}`);
  }
  rows.push({
    target: target.name,
    seeds,
    corpus: `${corpus} -> ${s.corp ?? '?'}`,
    seconds: ((Date.now() - started) / 1000).toFixed(1),
    execs: s.execs,
    'exec/s': s.perSec ?? '?',
    cov: `${s.cov0 ?? '?'} -> ${s.cov ?? '?'}`,
    ft: `${s.ft0 ?? '?'} -> ${s.ft ?? '?'}`,
    'new units': s.newUnits ?? '?',
    'rss MB': s.rss ?? '?',
    result: failed ? 'FAILED' : 'ok',
  });
  console.log(
    `[${target.name}] ${rows.at(-1).result}: ${s.execs} execs (${s.perSec ?? '?'}/s), cov ${rows.at(-1).cov}, ft ${rows.at(-1).ft}`,
  );
}
console.log('');
console.table(rows);
console.log(`Jazzer's full output per target: ${relative(ROOT, join(CACHE, 'logs'))}/<target>.log`);
if (found.length > 0) {
  console.log(
    `${found.length} target(s) failed. Kept inputs are replayed by test/model-scan/fuzz-regressions.test.ts; see fuzz/README.md.`,
  );
  process.exitCode = 1;
} else {
  console.log('no new crash, hang or out-of-memory input');
}
