/**
 * adversarial-gate benchmark: the standard attack suite (Square, SimBA, RayS) on the digits MLPs, against
 * raw inference of the same number of queries in the same batch sizes, in the same process.
 * Run with: node bench/adversarial-gate/run.mjs
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interpret, runAttack, type ThreatModel } from '../../packages/adversarial-gate/src/classifier.js';
import { openOnnx } from '../../packages/adversarial-gate/src/targets/onnx.js';
import { raysAttack } from '../../packages/adversarial-gate/src/attacks/rays.js';
import { simbaAttack } from '../../packages/adversarial-gate/src/attacks/simba.js';
import { squareAttack } from '../../packages/adversarial-gate/src/attacks/square.js';

const dir = join(process.cwd(), 'test/fixtures/adversarial-gate');
const rows = readFileSync(join(dir, 'digits-eval.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { input: number[]; label: number });
const budget = Number(process.env.BENCH_BUDGET ?? 1000);
const threat: ThreatModel = { norm: 'linf', epsilon: 0.1, range: [0, 1], shape: [1, 8, 8] };

for (const model of ['digits-plain.onnx', 'digits-robust.onnx']) {
  const target = await openOnnx(join(dir, model), model);
  const samples = rows.map((r, index) => ({ index, x: Float32Array.from(r.input), y: r.label }));
  const clean = (await target.predict(samples.map((s) => s.x))).map(interpret);
  const correct = samples.flatMap((sample, i) => {
    const q = clean[i]!;
    return q.ok && q.label === sample.y ? [{ sample, clean: q }] : [];
  });
  const stats = { queries: 0, verifyQueries: 0, calls: 0, targetMs: 0 };
  const t0 = performance.now();
  let remaining = correct;
  for (const attack of [squareAttack(), simbaAttack(), raysAttack()]) {
    const res = await runAttack(target, attack, remaining, threat, { budget, seed: 0, stats });
    const fooled = new Set(res.filter((r) => r.status === 'fooled').map((r) => r.index));
    remaining = remaining.filter((c) => !fooled.has(c.sample.index));
  }
  const attackMs = performance.now() - t0;
  // Reference: the same number of queries as raw batched inference, in the same average batch size.
  const batch = Math.max(1, Math.round(stats.queries / stats.calls));
  const inputs = Array.from({ length: batch }, (_, i) => samples[i % samples.length]!.x);
  const t1 = performance.now();
  let done = 0;
  while (done < stats.queries) {
    await target.predict(inputs);
    done += batch;
  }
  const rawMs = performance.now() - t1;
  const rawBig = performance.now();
  const big = Array.from({ length: 256 }, (_, i) => samples[i % samples.length]!.x);
  for (let i = 0; i < 200; i++) await target.predict(big);
  const rawBigMs = performance.now() - rawBig;
  console.log(
    [
      `${model}: ${samples.length} samples (${correct.length} attacked), budget ${budget}/sample/attack, robust ${remaining.length}`,
      `  attack suite: ${(attackMs / 1000).toFixed(2)} s, ${((samples.length / attackMs) * 1000).toFixed(1)} samples/s, ${Math.round((stats.queries / attackMs) * 1000)} queries/s (${stats.queries} queries in ${stats.calls} calls, mean batch ${batch})`,
      `  raw inference, same ${stats.queries} queries at batch ${batch}: ${(rawMs / 1000).toFixed(2)} s (${Math.round((stats.queries / rawMs) * 1000)} queries/s); at batch 256: ${Math.round(((256 * 200) / rawBigMs) * 1000)} queries/s`,
      `  time inside the target during the attacks: ${(stats.targetMs / 1000).toFixed(2)} s; attack-logic overhead: ${((attackMs - stats.targetMs) / 1000).toFixed(2)} s = ${(((attackMs - stats.targetMs) / stats.targetMs) * 100).toFixed(0)}% of inference time; attack ÷ raw same-shape inference = ${(attackMs / rawMs).toFixed(2)}×`,
    ].join('\n'),
  );
  await target.close();
}
