// model-scan benchmark, as the user runs it (issue 20): times the whole `ml-gates scan FILE` command as a process,
// interleaved with `openssl dgst -sha256` (the floor: SHA-NI), coreutils `sha256sum` and `cat > /dev/null` on the
// same file, best of N plus median. Files: safetensors, a PyTorch-style zip and GGUF at --gib GiB, and opcode-dense
// pickles at --pickle-mb MiB each. Prints min and median ratios to openssl, peak RSS (/usr/bin/time %M), dense-pickle
// MB/s, and one `BENCH_JSON {...}` line for the README table script. Exits 1 when a goal is missed, saying by how
// much. The page cache is warmed first; the machine's load average is printed (figures on a busy machine are noisy).
//
// Usage: node bench/model-scan/run.mjs [--gib 2] [--pickle-mb 30,120] [--runs 3] [--only safetensors,gguf,...]
//        [--cli dist/cli/index.js] [--json]
// Goals: scan ≤ 1.2 × openssl (min of N) for safetensors, pytorch-zip, gguf; dense pickles ≥ 100 MB/s (10^6 B/s).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { densePickle, gguf, safetensors, torchZip, write } from './generate.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const GIB = Number(opt('gib', '2'));
const PICKLE_MB = String(opt('pickle-mb', '30,120')).split(',').map(Number);
const RUNS = Math.max(1, Number(opt('runs', '3')));
const ONLY = opt('only', '').split(',').filter(Boolean);
const JSON_ONLY = args.includes('--json');
const GOAL_RATIO = 1.2;
const GOAL_MBPS = 100;
const WORK = resolve('bench/.work/model-scan');
mkdirSync(WORK, { recursive: true });
const log = (...a) => {
  if (!JSON_ONLY) console.log(...a);
};

// ---- the CLI bundle: dist/cli when it is newer than every source, else the bench's own ncc build of bin.ts -------
function newestSource(dir, newest = 0) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = newestSource(p, newest);
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}
function cliBundle() {
  const given = opt('cli', undefined);
  if (given) return resolve(given);
  const sources = newestSource('packages');
  const fresh = (f) => existsSync(f) && statSync(f).mtimeMs > sources;
  if (fresh('dist/cli/index.js')) return resolve('dist/cli/index.js');
  const out = join(WORK, 'cli');
  if (fresh(join(out, 'index.js'))) return join(out, 'index.js');
  log('building the CLI bundle (ncc, packages/cli/src/bin.ts): dist/cli is older than the sources');
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      'packages/cli/src/bin.ts',
      '-o',
      out,
      '-q',
      '--no-source-map-register',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } },
  );
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  for (const f of ['tree-sitter-python/tree-sitter-python.wasm', 'web-tree-sitter/web-tree-sitter.wasm'])
    copyFileSync(join('node_modules', f), join(out, f.split('/')[1]));
  return join(out, 'index.js');
}
const CLI = cliBundle();

// ---- files ---------------------------------------------------------------------------------------------------------
const gib = (g) => Math.round(g * 2 ** 30);
const FILES = [
  { name: 'safetensors', file: `big-${GIB}g.safetensors`, goal: 'ratio', gen: () => safetensors(gib(GIB)) },
  { name: 'pytorch-zip', file: `big-${GIB}g-torch.pt`, goal: 'ratio', gen: torchZip(gib(Math.min(GIB, 3.5))) },
  { name: 'gguf', file: `big-${GIB}g.gguf`, goal: 'ratio', gen: () => gguf(gib(GIB)) },
  ...PICKLE_MB.map((mb) => ({
    name: `dense-pickle-${mb}m`,
    file: `dense-${mb}m.pkl`,
    goal: 'mbps',
    gen: () => densePickle(mb * 2 ** 20),
  })),
].filter((f) => ONLY.length === 0 || ONLY.some((o) => f.name.startsWith(o)));

// ---- measure -------------------------------------------------------------------------------------------------------
/** One process under /usr/bin/time: wall ms (measured here), peak RSS MiB, user+sys ms, exit status. */
function timed(cmd, argv) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %M %U %S', cmd, ...argv], {
    cwd: WORK,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - t0;
  const m = /TIME (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`${cmd} ${argv.join(' ')}: no timing (status ${r.status}): ${r.stderr.slice(-2000)}`);
  return { ms, rssMiB: Number(m[1]) / 1024, cpuMs: (Number(m[2]) + Number(m[3])) * 1000, status: r.status };
}
const TOOLS = {
  'ml-gates': (f) => [process.execPath, [CLI, 'scan', f]],
  openssl: (f) => ['openssl', ['dgst', '-sha256', f]],
  sha256sum: (f) => ['sha256sum', [f]],
  cat: (f) => ['bash', ['-c', 'cat "$0" > /dev/null', f]],
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

log(
  `model-scan benchmark: ${process.version}, CLI ${CLI}, best of ${RUNS} (interleaved), load average ${loadavg()[0].toFixed(1)}`,
);
const results = [];
for (const f of FILES) {
  const path = join(WORK, f.file);
  if (!existsSync(path)) {
    log(`writing ${f.file}...`);
    await write(path, f.gen);
  }
  const size = statSync(path).size;
  spawnSync('bash', ['-c', 'cat "$0" > /dev/null', path]); // warm the page cache
  const samples = Object.fromEntries(Object.keys(TOOLS).map((t) => [t, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [tool, argv] of Object.entries(TOOLS)) {
      const [cmd, a] = argv(f.file);
      const s = timed(cmd, a);
      // exit 0 (pass) or 1 (findings) are results; anything else means the command did not run
      if (s.status !== 0 && !(tool === 'ml-gates' && s.status === 1))
        throw new Error(`${tool} on ${f.file} exited ${s.status}`);
      samples[tool].push(s);
    }
  }
  const stat = (t) => ({
    minMs: Math.round(Math.min(...samples[t].map((x) => x.ms))),
    medianMs: Math.round(median(samples[t].map((x) => x.ms))),
    cpuMs: Math.round(Math.min(...samples[t].map((x) => x.cpuMs))),
    rssMiB: Math.round(Math.max(...samples[t].map((x) => x.rssMiB))),
  });
  const tools = Object.fromEntries(Object.keys(TOOLS).map((t) => [t, stat(t)]));
  const scan = tools['ml-gates'];
  const r = {
    name: f.name,
    bytes: size,
    tools,
    ratio: {
      min: +(scan.minMs / tools.openssl.minMs).toFixed(2),
      median: +(scan.medianMs / tools.openssl.medianMs).toFixed(2),
      sha256sumMin: +(scan.minMs / tools.sha256sum.minMs).toFixed(2),
      catMin: +(scan.minMs / tools.cat.minMs).toFixed(2),
      // user+sys CPU, the steadier figure on a busy machine (the scan's includes its GC and read threads)
      cpu: +(scan.cpuMs / tools.openssl.cpuMs).toFixed(2),
    },
    mbps: +(size / 1e6 / (scan.minMs / 1000)).toFixed(1),
    goal: f.goal === 'ratio' ? `ratio <= ${GOAL_RATIO}` : `>= ${GOAL_MBPS} MB/s`,
  };
  r.met = f.goal === 'ratio' ? r.ratio.min <= GOAL_RATIO : r.mbps >= GOAL_MBPS;
  r.missedBy = r.met
    ? undefined
    : f.goal === 'ratio'
      ? `${Math.round((r.ratio.min / GOAL_RATIO - 1) * 100)}% slower than ${GOAL_RATIO} x openssl`
      : `${(GOAL_MBPS - r.mbps).toFixed(1)} MB/s short of ${GOAL_MBPS} MB/s`;
  results.push(r);
  const t = (x) => `${(x.minMs / 1000).toFixed(2)}/${(x.medianMs / 1000).toFixed(2)} s`;
  log(
    `${f.name.padEnd(18)} ${(size / 2 ** 20).toFixed(0).padStart(6)} MiB  ml-gates ${t(scan)} (${scan.rssMiB} MiB RSS)` +
      `  openssl ${t(tools.openssl)}  sha256sum ${t(tools.sha256sum)}  cat ${t(tools.cat)}`,
  );
  log(
    `${''.padEnd(18)} ratio to openssl min ${r.ratio.min}x median ${r.ratio.median}x cpu ${r.ratio.cpu}x; to sha256sum ${r.ratio.sha256sumMin}x;` +
      ` ${r.mbps} MB/s; goal ${r.goal}: ${r.met ? 'met' : `MISSED, ${r.missedBy}`}`,
  );
}
const missed = results.filter((r) => !r.met);
const json = {
  bench: 'model-scan',
  node: process.version,
  runs: RUNS,
  loadavg: +loadavg()[0].toFixed(2),
  date: new Date().toISOString(),
  results,
  met: missed.length === 0,
  // the README table's rows (scripts/bench-table.mjs): the scan against openssl dgst -sha256 of the same file
  rows: results.map((r) => ({
    name: `scan ${r.name} (${Math.round(r.bytes / 2 ** 20)} MiB, ${r.mbps} MB/s)`,
    value: r.tools['ml-gates'].minMs,
    median: r.tools['ml-gates'].medianMs,
    reference: r.tools.openssl.minMs,
    ratio: r.ratio.min,
    medianRatio: r.ratio.median,
    unit: 'ms',
    goal: r.goal,
    met: r.met,
    ...(r.missedBy ? { missedBy: r.missedBy } : {}),
  })),
};
console.log(`BENCH_JSON ${JSON.stringify(json)}`);
if (missed.length > 0) {
  log(`goals missed: ${missed.map((r) => `${r.name} (${r.missedBy})`).join('; ')}`);
  process.exitCode = 1;
}
