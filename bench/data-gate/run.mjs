// data-gate drift as the user runs it: the CLI command (`node <cli bundle> data drift --reference R --current C`)
// as a process, interleaved with a pandas read_csv + scipy ks_2samp/chi2_contingency script on the same files,
// best of N. Prints min and median speed-ups, the peak RSS of each process, whether the two agree on the
// statistics, and a `BENCH_JSON {...}` line for the README table script. Exits non-zero when the goal (3× faster
// than pandas + scipy, best of N) or the memory budget (500 MB peak RSS) is missed, saying by how much.
//
//   node bench/data-gate/run.mjs [rows] [--runs N] [--bundle dist/cli/index.js] [--sketch-above N]
//
// rows: per file (default 5,000,000; files are generated once into bench/.work/data-gate). Without --bundle the
// CLI is bundled with ncc from packages/cli/src/bin.ts into bench/.work/cli-bundle (as scripts/build.mjs does),
// so the bench measures the sources of this tree. The gate runs on the Node of node_modules/.bin/node (24,
// what the actions declare); wall time, CPU time and peak RSS come from getrusage(RUSAGE_CHILDREN) of a small
// Python timer that starts each process.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const GOAL_SPEEDUP = 3;
const RSS_BUDGET_MB = 500;
const WORK = resolve('bench', '.work', 'data-gate');
const NODE = resolve('node_modules', '.bin', 'node');
const PYTHON = '/usr/bin/python3';

function parseArgs(argv) {
  const a = { rows: 5_000_000, runs: 3, bundle: undefined, sketchAbove: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') a.runs = Number(argv[++i]);
    else if (argv[i] === '--bundle') a.bundle = resolve(argv[++i]);
    else if (argv[i] === '--sketch-above') a.sketchAbove = Number(argv[++i]);
    else a.rows = Number(argv[i]);
  }
  return a;
}

/** xorshift-style PRNG on 32-bit lanes (deterministic, fast): the same files on every machine. */
function rng(seed) {
  let a = seed >>> 0 || 1;
  let b = 0x9e3779b9;
  return () => {
    a ^= a << 13;
    a ^= a >>> 17;
    a ^= a << 5;
    b = (b + 0x6d2b79f5) >>> 0;
    return (((a >>> 0) ^ b) >>> 0) / 4294967296;
  };
}

function normal(r) {
  const u = 1 - r();
  const v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Two numeric columns (x normal, y log-normal) and two categorical ones (8 and 50 levels). */
async function generate(path, rows, seed, shift) {
  const r = rng(seed);
  const out = createWriteStream(path);
  const cats = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
  const w = shift ? [0.2, 0.2, 0.15, 0.15, 0.1, 0.1, 0.05, 0.05] : [0.25, 0.2, 0.15, 0.12, 0.1, 0.08, 0.06, 0.04];
  const cum = w.map((_, i) => w.slice(0, i + 1).reduce((x, y) => x + y, 0));
  out.write('x,y,segment,region\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const x = (normal(r) + (shift ? 0.05 : 0)).toFixed(5);
    const y = Math.exp(normal(r) * 0.5 + 3).toFixed(3);
    const u = r();
    let k = 0;
    while (k < cum.length - 1 && u > cum[k]) k++;
    buf += `${x},${y},${cats[k]},r${Math.floor(r() * 50)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
}

const REFERENCE_PY = String.raw`
import json, sys
import numpy as np, pandas as pd
from scipy import stats
ref = pd.read_csv(sys.argv[1]); cur = pd.read_csv(sys.argv[2])
out = {}
for col in ["x", "y"]:
    r = stats.ks_2samp(ref[col].dropna().values, cur[col].dropna().values)
    out[col] = {"ks": float(r.statistic), "p": float(r.pvalue)}
for col in ["segment", "region"]:
    a = ref[col].value_counts(); b = cur[col].value_counts()
    idx = a.index.union(b.index)
    table = np.vstack([a.reindex(idx, fill_value=0).values, b.reindex(idx, fill_value=0).values])
    chi = stats.chi2_contingency(table)
    out[col] = {"chi2": float(chi[0]), "p": float(chi[1])}
print(json.dumps(out))
`;

/** Starts a command, its stdout to a file; wall, CPU and peak RSS of that one child (getrusage RUSAGE_CHILDREN). */
const TIMER_PY = String.raw`
import json, resource, subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "wb") as f:
    r = subprocess.run(sys.argv[2:], stdout=f, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wallMs": wall * 1000, "cpuMs": (ru.ru_utime + ru.ru_stime) * 1000, "maxRssKB": ru.ru_maxrss,
                  "code": r.returncode, "stderr": r.stderr.decode("utf-8", "replace")[-4000:]}))
`;

function timed(outFile, cmd) {
  const r = spawnSync(PYTHON, [join(WORK, 'timer.py'), outFile, ...cmd], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`timer failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim());
}

function buildCli() {
  const out = resolve('bench', '.work', 'cli-bundle');
  execFileSync(
    process.execPath,
    [
      join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
      'build',
      'packages/cli/src/bin.ts',
      '-o',
      out,
      '-q',
    ],
    { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return join(out, 'index.js');
}

/** ks / chi2 and p-values per column from the gate's JSON report. */
function gateStats(reportText) {
  const report = JSON.parse(reportText);
  const stats = {};
  const gates = report.gates ?? report.results ?? [];
  for (const g of gates) {
    for (const c of g.checks ?? []) {
      for (const m of c.metrics ?? []) {
        if (!m.subject) continue;
        stats[m.subject] ??= {};
        if (m.name === 'ks') stats[m.subject].ks = m.value;
        if (m.name === 'ks_pvalue') stats[m.subject].p = m.value;
        if (m.name === 'chi2_pvalue') {
          stats[m.subject].chi2 = m.details?.statistic;
          stats[m.subject].p = m.value;
        }
      }
    }
  }
  return stats;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  const ref = join(WORK, `reference-${args.rows}.csv`);
  const cur = join(WORK, `current-${args.rows}.csv`);
  for (const [p, seed, shift] of [
    [ref, 1, false],
    [cur, 2, true],
  ]) {
    if (!existsSync(p)) {
      await generate(p, args.rows, seed, shift);
      console.log(`generated ${p} (${(statSync(p).size / 1e6).toFixed(0)} MB)`);
    }
  }
  writeFileSync(join(WORK, 'reference.py'), REFERENCE_PY);
  writeFileSync(join(WORK, 'timer.py'), TIMER_PY);
  const bundle = args.bundle ?? buildCli();
  const gateCmd = [NODE, bundle, 'data', 'drift', '--reference', ref, '--current', cur, '--format', 'json'];
  if (args.sketchAbove !== undefined) {
    const cfg = join(WORK, 'sketch.yml');
    writeFileSync(cfg, `gates:\n  data-gate:\n    sketch-above: ${args.sketchAbove}\n`);
    gateCmd.push('--config', cfg);
  }
  const pyCmd = [PYTHON, join(WORK, 'reference.py'), ref, cur];
  const gateOut = join(WORK, 'gate.out.json');
  const pyOut = join(WORK, 'pandas.out.json');
  const gate = [];
  const py = [];
  for (let i = 0; i < args.runs; i++) {
    const g = timed(gateOut, gateCmd);
    if (g.code > 1) throw new Error(`the gate exited with ${g.code}: ${g.stderr}`);
    gate.push(g);
    const p = timed(pyOut, pyCmd);
    if (p.code !== 0) throw new Error(`pandas + scipy exited with ${p.code}: ${p.stderr}`);
    py.push(p);
    console.log(
      `round ${i + 1}: data-gate ${(g.wallMs / 1000).toFixed(2)} s (CPU ${(g.cpuMs / 1000).toFixed(2)} s, ${(g.maxRssKB / 1024).toFixed(0)} MB), pandas + scipy ${(p.wallMs / 1000).toFixed(2)} s (CPU ${(p.cpuMs / 1000).toFixed(2)} s, ${(p.maxRssKB / 1024).toFixed(0)} MB)`,
    );
  }
  report(args, gate, py, gateStats(readFileSync(gateOut, 'utf8')), JSON.parse(readFileSync(pyOut, 'utf8')));
}

function report(args, gate, py, gs, ps) {
  const gMin = Math.min(...gate.map((r) => r.wallMs));
  const pMin = Math.min(...py.map((r) => r.wallMs));
  const gMed = median(gate.map((r) => r.wallMs));
  const pMed = median(py.map((r) => r.wallMs));
  const gRss = Math.max(...gate.map((r) => r.maxRssKB)) / 1024;
  const pRss = Math.max(...py.map((r) => r.maxRssKB)) / 1024;
  const speedMin = pMin / gMin;
  const speedMed = pMed / gMed;
  console.log(`rows per file: ${args.rows.toLocaleString('en')}, best of ${args.runs}, interleaved`);
  console.log(
    `data-gate drift (CLI):   min ${(gMin / 1000).toFixed(2)} s, median ${(gMed / 1000).toFixed(2)} s, peak RSS ${gRss.toFixed(0)} MB`,
  );
  console.log(
    `pandas + scipy:          min ${(pMin / 1000).toFixed(2)} s, median ${(pMed / 1000).toFixed(2)} s, peak RSS ${pRss.toFixed(0)} MB`,
  );
  console.log(`speed-up (pandas / gate): min-to-min ${speedMin.toFixed(2)}×, median-to-median ${speedMed.toFixed(2)}×`);
  for (const col of Object.keys(ps)) {
    const a = gs[col] ?? {};
    const b = ps[col];
    const stat = b.ks !== undefined ? `ks ${a.ks} vs ${b.ks}` : `chi2 ${a.chi2} vs ${b.chi2}`;
    console.log(`  ${col}: ${stat}; p ${a.p} vs ${b.p}`);
  }
  const bench = {
    bench: 'data-gate-drift',
    rowsPerFile: args.rows,
    runs: args.runs,
    gateMinS: gMin / 1000,
    gateMedianS: gMed / 1000,
    pandasMinS: pMin / 1000,
    pandasMedianS: pMed / 1000,
    speedupMin: speedMin,
    speedupMedian: speedMed,
    gateRssMB: gRss,
    pandasRssMB: pRss,
    goalSpeedup: GOAL_SPEEDUP,
    rssBudgetMB: RSS_BUDGET_MB,
    node: process.version,
    // the README table's rows (scripts/bench-table.mjs); the ratio is pandas' time over the gate's
    rows: [
      {
        name: `drift, ${args.rows.toLocaleString('en')} rows per file: speed-up over pandas + scipy`,
        value: Math.round(gMin),
        median: Math.round(gMed),
        reference: Math.round(pMin),
        ratio: Number(speedMin.toFixed(2)),
        medianRatio: Number(speedMed.toFixed(2)),
        unit: 'ms',
        goal: `>= ${GOAL_SPEEDUP}x faster`,
        met: speedMin >= GOAL_SPEEDUP,
        ...(speedMin >= GOAL_SPEEDUP ? {} : { missedBy: `${Math.round((1 - speedMin / GOAL_SPEEDUP) * 100)}% short` }),
      },
      {
        name: 'drift: peak RSS (MB)',
        value: Math.round(gRss),
        reference: Math.round(pRss),
        ratio: Number((gRss / pRss).toFixed(2)),
        goal: `<= ${RSS_BUDGET_MB} MB`,
        met: gRss <= RSS_BUDGET_MB,
        ...(gRss <= RSS_BUDGET_MB ? {} : { missedBy: `${Math.round(gRss - RSS_BUDGET_MB)} MB over` }),
      },
    ],
  };
  console.log(`BENCH_JSON ${JSON.stringify(bench)}`);
  const missed = [];
  if (speedMin < GOAL_SPEEDUP)
    missed.push(
      `speed-up ${speedMin.toFixed(2)}× is below the ${GOAL_SPEEDUP}× goal (missed by ${(((GOAL_SPEEDUP - speedMin) / GOAL_SPEEDUP) * 100).toFixed(0)}%: the gate needs ${((gMin - pMin / GOAL_SPEEDUP) / 1000).toFixed(2)} s less)`,
    );
  if (gRss > RSS_BUDGET_MB)
    missed.push(
      `peak RSS ${gRss.toFixed(0)} MB is over the ${RSS_BUDGET_MB} MB budget by ${(gRss - RSS_BUDGET_MB).toFixed(0)} MB`,
    );
  if (missed.length > 0) {
    console.log(`GOAL MISSED: ${missed.join('; ')}`);
    process.exitCode = 1;
  } else console.log(`goal met: ≥ ${GOAL_SPEEDUP}× pandas + scipy, peak RSS ≤ ${RSS_BUDGET_MB} MB`);
}

await main();
