/**
 * data-gate benchmark: a 5,000,000-row reference/current pair (two numeric, two categorical columns) in
 * bench/.work/data-gate, then, in one go, data-gate's drift check and a pandas read_csv + scipy
 * ks_2samp/chi2_contingency reference run on the same files, each in its own process so peak RSS is its own.
 * Prints wall times, their ratio, both peak RSS figures and whether the two agree on the statistics.
 *
 *   node bench/data-gate/run.mjs [rows]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultConfig, runGate, silentLogger } from '@ml-gates/core';
import { dataGate, driftCheck, DRIFT_DEFAULTS, GATE_OPTIONS_DEFAULTS, readAndProfile } from '@ml-gates/data-gate';

const WORK = resolve('bench', '.work', 'data-gate');

/** xorshift128+-style PRNG on 32-bit lanes (deterministic, fast). */
function rng(seed: number): () => number {
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

function normal(r: () => number): number {
  const u = 1 - r();
  const v = r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

async function generate(path: string, rows: number, seed: number, shift: boolean): Promise<void> {
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
    while (k < cum.length - 1 && u > cum[k]!) k++;
    const region = `r${Math.floor(r() * 50)}`;
    buf += `${x},${y},${cats[k]},${region}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((res) => out.once('drain', () => res()));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
}

const PYTHON = String.raw`
import json, resource, sys, time
t0 = time.perf_counter()
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
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"wallMs": wall * 1000, "cpuMs": (ru.ru_utime + ru.ru_stime) * 1000, "maxRssKB": ru.ru_maxrss, "stats": out}))
`;

async function gateRun(refPath: string, curPath: string): Promise<void> {
  const t0 = performance.now();
  const config = defaultConfig();
  const off = Object.fromEntries(dataGate.checks.map((c) => [c.id, 'off']));
  config.gates['data-gate'] = { dataset: curPath, reference: refPath, checks: { ...off, drift: {} } } as never;
  const result = await runGate(dataGate, { config, cwd: WORK, logger: silentLogger });
  const drift = result.checks.find((c) => c.id === 'drift');
  const stats: Record<string, Record<string, number | null>> = {};
  for (const m of drift?.metrics ?? []) {
    if (!m.subject) continue;
    stats[m.subject] ??= {};
    if (m.name === 'ks') stats[m.subject]!.ks = m.value;
    if (m.name === 'ks_pvalue') stats[m.subject]!.p = m.value;
    if (m.name === 'chi2_pvalue') {
      stats[m.subject]!.chi2 = m.details?.statistic as number;
      stats[m.subject]!.p = m.value;
    }
  }
  process.stdout.write(
    `${JSON.stringify({ wallMs: performance.now() - t0, cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000, maxRssKB: process.resourceUsage().maxRSS, verdict: result.verdict, errors: result.errors, stats })}\n`,
  );
}

/** Where the time goes: reading each file, then the statistics (what worker threads could overlap). */
async function phases(refPath: string, curPath: string): Promise<void> {
  const t0 = performance.now();
  const cur = await readAndProfile([{ path: curPath, relPath: 'current.csv' }], GATE_OPTIONS_DEFAULTS);
  const t1 = performance.now();
  const ref = await readAndProfile([{ path: refPath, relPath: 'reference.csv' }], GATE_OPTIONS_DEFAULTS);
  const t2 = performance.now();
  driftCheck(
    { kind: 'raw', columns: ref.columns, source: 'reference.csv' },
    cur.columns,
    DRIFT_DEFAULTS,
    'current.csv',
  );
  const t3 = performance.now();
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`phases: read current ${s(t1 - t0)}, read reference ${s(t2 - t1)}, drift statistics ${s(t3 - t2)}`);
}

/** Reads one file only (two of these at once measure what reading in parallel would give). */
async function readOnly(path: string): Promise<void> {
  await readAndProfile([{ path, relPath: 'x.csv' }], GATE_OPTIONS_DEFAULTS);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--gate') return gateRun(process.argv[3]!, process.argv[4]!);
  if (process.argv[2] === '--phases') return phases(process.argv[3]!, process.argv[4]!);
  if (process.argv[2] === '--read') return readOnly(process.argv[3]!);
  const rows = Number(process.argv[2] ?? 5_000_000);
  mkdirSync(WORK, { recursive: true });
  const ref = join(WORK, `reference-${rows}.csv`);
  const cur = join(WORK, `current-${rows}.csv`);
  for (const [p, seed, shift] of [
    [ref, 1, false],
    [cur, 2, true],
  ] as const) {
    if (!existsSync(p)) {
      const t = performance.now();
      await generate(p, rows, seed, shift);
      console.log(
        `generated ${p} (${(statSync(p).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    }
  }
  const script = join(WORK, 'reference.py');
  writeFileSync(script, PYTHON);
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as {
      wallMs: number;
      cpuMs: number;
      maxRssKB: number;
      stats: Record<string, Record<string, number>>;
    };
  };
  const gate = run(process.execPath, [process.argv[1]!, '--gate', ref, cur]);
  const py = run('/usr/bin/python3', [script, ref, cur]);
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  console.log(`rows per file:            ${rows.toLocaleString('en')}`);
  console.log(
    `data-gate drift:          ${(gate.wallMs / 1000).toFixed(2)} s wall, ${(gate.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${mb(gate.maxRssKB)}`,
  );
  console.log(
    `pandas + scipy:           ${(py.wallMs / 1000).toFixed(2)} s wall, ${(py.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${mb(py.maxRssKB)}`,
  );
  console.log(`wall-time ratio (gate / pandas+scipy): ${(gate.wallMs / py.wallMs).toFixed(2)}`);
  console.log(`CPU-time ratio  (gate / pandas+scipy): ${(gate.cpuMs / py.cpuMs).toFixed(2)}`);
  console.log(`peak-RSS ratio  (gate / pandas+scipy): ${(gate.maxRssKB / py.maxRssKB).toFixed(2)}`);
  for (const col of Object.keys(py.stats)) {
    const a = gate.stats[col] ?? {};
    const b = py.stats[col]!;
    const stat = b.ks !== undefined ? `ks ${a.ks} vs ${b.ks}` : `chi2 ${a.chi2} vs ${b.chi2}`;
    console.log(`  ${col}: ${stat}; p ${a.p} vs ${b.p}`);
  }
}

await main();
