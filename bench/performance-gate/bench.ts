/**
 * performance-gate benchmark: the whole gate (metrics, 1,000 bootstrap resamples, paired comparison with a
 * baseline, fairness) on a synthetic binary predictions file, against two references measured in the same
 * process: parsing the same CSV with papaparse alone, and one pass of every metric (point estimates).
 * Prints ratios, not wall-clock verdicts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { defaultConfig, Rng, runGate, silentLogger } from '@ml-gates/core';
import { performanceGate } from '@ml-gates/performance-gate';
import { loadPredictions } from '../../packages/performance-gate/src/predictions.js';
import { MetricEngine, parseMetricKey } from '../../packages/performance-gate/src/metrics.js';
import { defaultMetricKeys } from '../../packages/performance-gate/src/evaluate.js';

const rows = Number(process.argv[2] ?? 100_000);
const resamples = Number(process.argv[3] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'mlg-perf-bench-'));
const rng = new Rng(1);
const cand = ['id,label,score,group'];
const base = ['id,label,score,group'];
for (let i = 0; i < rows; i++) {
  const x = rng.normal();
  const y = x + rng.normal() > 0 ? 1 : 0;
  const g = rng.next() < 0.5 ? 'a' : 'b';
  cand.push(`${i},${y},${(1 / (1 + Math.exp(-(1.4 * x + 0.6 * rng.normal())))).toFixed(4)},${g}`);
  base.push(`${i},${y},${(1 / (1 + Math.exp(-(1.5 * x + 0.5 * rng.normal())))).toFixed(4)},${g}`);
}
writeFileSync(join(dir, 'c.csv'), cand.join('\n'));
writeFileSync(join(dir, 'b.csv'), base.join('\n'));

const time = async (fn: () => Promise<unknown> | unknown): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const parseMs = await time(() => Papa.parse(readFileSync(join(dir, 'c.csv'), 'utf8'), { header: true }));
const p = await loadPredictions(join(dir, 'c.csv'), 'c.csv', { columns: { group: 'group' } });
const keys = defaultMetricKeys(p); // the gate's own default metrics for this task
const engine = new MetricEngine(p);
for (const k of keys) engine.compute(parseMetricKey(k)!); // sort orders cached, as in the gate
const w = new Float64Array(p.n).fill(1);
const onePassMs = await time(() => {
  for (const k of keys) engine.compute(parseMetricKey(k)!, w);
});
for (const k of keys) {
  const ms = await time(() => {
    for (let r = 0; r < 5; r++) engine.compute(parseMetricKey(k)!, w);
  });
  console.log(`  ${k}: ${(ms / 5).toFixed(2)} ms per pass`);
}
if (process.env.BENCH_METRICS_ONLY) process.exit(0);
const rss0 = process.memoryUsage().rss;
const gateMs = await time(() =>
  runGate(performanceGate, {
    config: defaultConfig(),
    cwd: dir,
    logger: silentLogger,
    overrides: {
      options: {
        predictions: 'c.csv',
        baseline: { predictions: 'b.csv' },
        columns: { group: 'group', id: 'id' },
        bootstrap: { resamples },
      },
    },
  }).then((r) => {
    if (r.verdict === 'error') throw new Error(r.errors.join('\n'));
  }),
);
const rss1 = process.memoryUsage().rss;
console.log(`rows ${rows}, resamples ${resamples}`);
console.log(`papaparse alone (reference): ${parseMs.toFixed(0)} ms`);
console.log(`one pass of 10 metrics (reference): ${onePassMs.toFixed(1)} ms`);
console.log(
  `whole gate: ${gateMs.toFixed(0)} ms = ${(gateMs / parseMs).toFixed(1)}x papaparse, ${(gateMs / onePassMs).toFixed(0)}x one metric pass (resamples ≈ ${resamples} × thresholds + comparison + fairness)`,
);
console.log(`rss growth during the gate: ${((rss1 - rss0) / 1e6).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
