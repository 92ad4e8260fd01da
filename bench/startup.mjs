// Cold start of every bundle as the runner starts it (`node dist/<name>/index.js` on an empty workspace,
// INPUT_* unset; the CLI with --version), against bare `node -e 0` measured in the same run, interleaved
// (bare, bundle, bare, bundle...), best of N and median. Budget: 2.5x bare node (#20 item 3).
// Exits 1 when a bundle's best time is over budget. Each bundle's exit code and first error on the empty
// workspace are shown (and in the JSON): an expected "nothing to check" error, never a crash. Prints a table and one `BENCH_JSON {...}` line
// (scripts/bench-table.mjs turns it into the README table).
// With --real, also a real minimal run of model-scan and of the all-in-one action (ml-gates.yml enabling model-scan,
// one small pickle; no token, nothing published): what a run pays beyond the empty-workspace start-up (loading
// the config, its validators, the gate). Printed and in the JSON as `realRuns`, outside the budgeted rows.
// Usage: node bench/startup.mjs [--real] [runs=9] [bundle...]      (run with the Node the actions declare: npm run bench)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleEntries } from '../scripts/registry.mjs';

const args = process.argv.slice(2);
const real = args.includes('--real');
const [runsArg, ...only] = args.filter((a) => a !== '--real');
const runs = Math.max(1, Number(runsArg ?? 9) || 9);
const BUDGET = 2.5;

const workspace = mkdtempSync(join(tmpdir(), 'mlg-startup-'));
const env = {
  PATH: process.env.PATH,
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: join(workspace, 'output.txt'),
  GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'),
  RUNNER_TEMP: workspace,
};

function once(args) {
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { env, stdio: 'ignore', cwd: workspace });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { best: s[0], median: s[Math.floor(s.length / 2)] };
};

const names = Object.keys(bundleEntries()).filter((n) => only.length === 0 || only.includes(n));
const bundles = names
  .map((name) => ({ name, entry: join(process.cwd(), 'dist', name, 'index.js') }))
  .filter((b) => existsSync(b.entry));
/** What a bundle does on the empty workspace (its exit code and first error): a crash is not a start-up time. */
function outcome(b) {
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const r = spawnSync(process.execPath, b.name === 'cli' ? [b.entry, '--version'] : [b.entry], {
    env,
    cwd: workspace,
    encoding: 'utf8',
  });
  const error = /::error::([^\n]{0,140})/.exec(r.stdout ?? '')?.[1] ?? (r.stderr ?? '').split('\n')[0] ?? '';
  return { exit: r.status, error: error.replaceAll('%0A', ' ') };
}
const outcomes = new Map(bundles.map((b) => [b.name, outcome(b)]));

const bare = [];
const samples = new Map(bundles.map((b) => [b.name, []]));
once(['-e', '0']); // warm the page cache and the binary
for (let i = 0; i < runs; i++) {
  for (const b of bundles) {
    bare.push(once(['-e', '0']));
    samples.get(b.name).push(once(b.name === 'cli' ? [b.entry, '--version'] : [b.entry]));
  }
}
rmSync(workspace, { recursive: true, force: true });
const realRuns = real ? measureRealRuns() : [];

/**
 * A real minimal run (ml-gates.yml enabling model-scan, one small pickle, GITHUB_* as above, no token) of model-scan
 * and of the all-in-one action, interleaved with bare node like the start-up rows.
 */
function measureRealRuns() {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-real-'));
  writeFileSync(join(dir, 'ml-gates.yml'), 'version: 1\ngates:\n  model-scan: {}\n');
  // pickle.dumps({'weights': [1, 2, 3]}, protocol=4)
  writeFileSync(join(dir, 'model.pkl'), Buffer.from('gASVGAAAAAAAAAB9lIwHd2VpZ2h0c5RdlChLAUsCSwNlcy4=', 'base64'));
  const realEnv = { ...env, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir };
  const run = (argv) => {
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    rmSync(join(dir, '.ml-gates'), { recursive: true, force: true });
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { env: realEnv, stdio: 'ignore', cwd: dir });
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, exit: r.status };
  };
  mkdirSync(workspace, { recursive: true });
  const out = [];
  for (const bundle of ['model-scan', 'ml-gates']) {
    const entry = join(process.cwd(), 'dist', bundle, 'index.js');
    if (!existsSync(entry)) continue;
    const times = [];
    const bareTimes = [];
    let exit;
    for (let i = 0; i < runs; i++) {
      bareTimes.push(run(['-e', '0']).ms);
      const r = run([entry]);
      times.push(r.ms);
      exit = r.exit;
    }
    const s = stats(times);
    const b = stats(bareTimes);
    out.push({
      bundle,
      value: Math.round(s.best),
      median: Math.round(s.median),
      reference: Math.round(b.best),
      ratio: Number((s.best / b.best).toFixed(2)),
      unit: 'ms',
      exit,
    });
  }
  rmSync(workspace, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  return out;
}

const base = stats(bare);
console.log(`node ${process.version}, ${runs} runs each, interleaved with bare node; budget ${BUDGET}x bare node`);
console.log(
  `${'node -e 0'.padEnd(24)} best ${base.best.toFixed(0).padStart(4)} ms  median ${base.median.toFixed(0)} ms`,
);
const rows = [];
for (const b of bundles) {
  const s = stats(samples.get(b.name));
  const ratio = s.best / base.best;
  const met = ratio <= BUDGET;
  rows.push({
    name: `start-up dist/${b.name}`,
    value: Math.round(s.best),
    median: Math.round(s.median),
    reference: Math.round(base.best),
    ratio: Number(ratio.toFixed(2)),
    medianRatio: Number((s.median / base.median).toFixed(2)),
    unit: 'ms',
    goal: `<= ${BUDGET}x node -e 0`,
    met,
    ...(met ? {} : { missedBy: `${Math.round((ratio / BUDGET - 1) * 100)}% over` }),
    exit: outcomes.get(b.name).exit,
  });
  console.log(
    `${`dist/${b.name}`.padEnd(24)} best ${s.best.toFixed(0).padStart(4)} ms  median ${s.median.toFixed(0).padStart(4)} ms  ` +
      `${ratio.toFixed(2)}x (median ${(s.median / base.median).toFixed(2)}x)${met ? '' : '  OVER BUDGET'}`,
  );
  const o = outcomes.get(b.name);
  console.log(`${''.padEnd(24)} exit ${o.exit}${o.error ? `: ${o.error}` : ''}`);
}
for (const r of realRuns) {
  console.log(
    `${`real ${r.bundle}`.padEnd(24)} best ${String(r.value).padStart(4)} ms  median ${String(r.median).padStart(4)} ms  ` +
      `${r.ratio.toFixed(2)}x bare node  exit ${r.exit}`,
  );
}
console.log(
  `BENCH_JSON ${JSON.stringify({ bench: 'startup', node: process.version, runs, rows, ...(real ? { realRuns } : {}) })}`,
);
if (bundles.length === 0) console.error('no bundle in dist/: build first (node scripts/build.mjs)');
process.exitCode = bundles.length === 0 || rows.some((r) => !r.met) ? 1 : 0;
