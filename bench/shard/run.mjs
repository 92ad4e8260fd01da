// Sharded model-scan on one machine: the speed-up of N concurrent `ml-gates scan --shard i/N` processes over one
// unsharded `ml-gates scan`, and the cost of `ml-gates merge` (time, bytes of partial reports). Each round runs
// the unsharded scan, then the N shards together, then the merge (interleaved, so machine noise hits all three);
// the best of the rounds is reported. The merged verdict and findings are checked against the unsharded ones.
//
// Usage: node bench/shard/run.mjs [--files 64] [--total-gib 4] [--shards 2] [--runs 3] [--cli dist/cli/index.js]
//                                 [--dir <folder to reuse>] [--keep]
// The tree (safetensors files of mixed sizes, ~total) is generated once into --dir (default: a temp folder).
// Prints a table and one `BENCH_JSON {...}` line.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const FILES = Number(opt('files', 64));
const TOTAL = Math.round(Number(opt('total-gib', 4)) * 2 ** 30);
const SHARDS = Number(opt('shards', 2));
const RUNS = Number(opt('runs', 3));
const CLI = resolve(opt('cli', 'dist/cli/index.js'));
const KEEP = args.includes('--keep');
const dir = opt('dir') ? resolve(opt('dir')) : mkdtempSync(join(tmpdir(), 'mlg-bench-shard-'));

/** Deterministic sizes: a few large weight files and many small ones, scaled to TOTAL. */
function sizes() {
  let s = 42;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const raw = Array.from({ length: FILES }, (_, i) => (i % 8 === 0 ? 20 + rnd() * 20 : 0.2 + rnd() * 3));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => Math.max(1024, Math.floor(((r / sum) * TOTAL) / 4) * 4));
}

/** A safetensors file: header (one F32 tensor) and `bytes` of data written from a reused 4 MiB block. */
function writeSafetensors(path, bytes) {
  const header = Buffer.from(JSON.stringify({ w: { dtype: 'F32', shape: [bytes / 4], data_offsets: [0, bytes] } }));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(header.length));
  const block = Buffer.alloc(4 << 20);
  for (let i = 0; i < block.length; i += 4) block.writeFloatLE(Math.sin(i) * 0.02, i);
  const fd = openSync(path, 'w');
  writeSync(fd, len);
  writeSync(fd, header);
  for (let left = bytes; left > 0; left -= block.length) writeSync(fd, block, 0, Math.min(left, block.length));
  closeSync(fd);
}

function generate() {
  const models = join(dir, 'models');
  if (existsSync(models) && readdirSync(models).length === FILES) return;
  rmSync(models, { recursive: true, force: true });
  mkdirSync(models, { recursive: true });
  sizes().forEach((bytes, i) =>
    writeSafetensors(join(models, `layer-${String(i).padStart(3, '0')}.safetensors`), bytes),
  );
}

/** Runs the CLI; resolves with its exit code and wall time in ms. Exit 2 or 3 (usage, could not run) aborts. */
function cli(argv) {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, ...argv], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CI: 'true', GITHUB_SHA: 'b'.repeat(40) },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0 && code !== 1) fail(new Error(`ml-gates ${argv.join(' ')} exited ${code}:\n${err}`));
      else done({ code, ms });
    });
  });
}

const report = (d) => JSON.parse(readFileSync(join(dir, d, 'ml-gates.json'), 'utf8'));
// The run report (ml-gates.json) holds every gate's result; the per-gate files beside it repeat them.
const size = (d) => statSync(join(dir, d, 'ml-gates.json')).size;
const essence = (r) =>
  JSON.stringify(
    r.results.map((g) => [
      g.gate,
      g.verdict,
      g.checks.map((c) => [c.id, c.verdict, c.findings.map((f) => `${f.location?.path}|${f.ruleId}`).sort()]).sort(),
    ]),
  );

generate();
const total = readdirSync(join(dir, 'models')).reduce((s, f) => s + statSync(join(dir, 'models', f)).size, 0);
const shardDirs = Array.from({ length: SHARDS }, (_, i) => `part-${i + 1}`);
// Warm the page cache (and the CLI's first start) so every round reads from memory alike.
await cli(['scan', 'models', '--out', 'whole']);
const best = { whole: Infinity, sharded: Infinity, merge: Infinity, start: Infinity };
for (let r = 0; r < RUNS; r++) {
  // The CLI's own start (loading the bundle), so the merge's own work is merge - start.
  best.start = Math.min(best.start, (await cli(['--version'])).ms);
  best.whole = Math.min(best.whole, (await cli(['scan', 'models', '--out', 'whole'])).ms);
  const t0 = process.hrtime.bigint();
  await Promise.all(shardDirs.map((d, i) => cli(['scan', 'models', '--shard', `${i + 1}/${SHARDS}`, '--out', d])));
  best.sharded = Math.min(best.sharded, Number(process.hrtime.bigint() - t0) / 1e6);
  best.merge = Math.min(best.merge, (await cli(['merge', ...shardDirs, '--out', 'merged'])).ms);
}
const same = essence(report('whole')) === essence(report('merged'));
const partial = report(shardDirs[0]).results[0];
const result = {
  bench: 'shard',
  node: process.version,
  files: FILES,
  bytes: total,
  shards: SHARDS,
  runs: RUNS,
  cores: cpus().length,
  reallySharded: partial.shard?.plan !== 'unsharded',
  unshardedMs: Math.round(best.whole),
  shardedMs: Math.round(best.sharded),
  mergeMs: Math.round(best.merge),
  cliStartMs: Math.round(best.start),
  speedup: Number((best.whole / best.sharded).toFixed(2)),
  perCoreMBps: Math.round(total / 1e6 / (best.whole / 1000)),
  partialReportBytes: shardDirs.reduce((s, d) => s + size(d), 0),
  mergedReportBytes: size('merged'),
  mergedEqualsUnsharded: same,
};
// the README table's rows (scripts/bench-table.mjs)
result.rows = [
  {
    name: `${FILES} files, ${(total / 2 ** 30).toFixed(1)} GiB: ${SHARDS} concurrent shards vs unsharded (speed-up)`,
    value: result.shardedMs,
    reference: result.unshardedMs,
    ratio: result.speedup,
    unit: 'ms',
    goal: 'merged = unsharded',
    met: same,
  },
  {
    name: `merge of ${SHARDS} partial reports`,
    value: result.mergeMs,
    unit: 'ms',
    goal: 'merged = unsharded',
    met: same,
  },
];
console.log(
  `${FILES} files, ${(total / 2 ** 30).toFixed(2)} GiB, ${SHARDS} shards, best of ${RUNS}, ${cpus().length} cores`,
);
console.log(`unsharded scan        ${result.unshardedMs} ms  (${result.perCoreMBps} MB/s on one core)`);
console.log(`${SHARDS} concurrent shards   ${result.shardedMs} ms  (speed-up ${result.speedup}x)`);
console.log(`CLI start (--version)  ${result.cliStartMs} ms`);
console.log(
  `merge                 ${result.mergeMs} ms  (${result.partialReportBytes} B of partial reports -> ${result.mergedReportBytes} B)`,
);
console.log(
  `merged = unsharded    ${same}${result.reallySharded ? '' : '  (model-scan ignored --shard: shard 1 ran it whole)'}`,
);
console.log(`BENCH_JSON ${JSON.stringify(result)}`);
if (!KEEP && !opt('dir')) rmSync(dir, { recursive: true, force: true });
process.exitCode = same ? 0 : 1;
