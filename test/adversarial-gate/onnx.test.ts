import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { defaultConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { adversarialGate } from '@ml-gates/adversarial-gate';
import { openOnnx } from '../../packages/adversarial-gate/src/targets/onnx.js';
import { raysAttack } from '../../packages/adversarial-gate/src/attacks/rays.js';
import { runAttack, interpret } from '../../packages/adversarial-gate/src/classifier.js';
import { squareAttack } from '../../packages/adversarial-gate/src/attacks/square.js';

const dir = 'test/fixtures/adversarial-gate';
const reference = JSON.parse(readFileSync(`${dir}/reference.json`, 'utf8')) as {
  epsilon: number;
  epsilon_l2: number;
  models: Record<string, { clean_accuracy: number; pgd_robust_accuracy: number; pgd_l2_robust_accuracy: number }>;
};

const run = (
  options: Record<string, unknown>,
  checks?: Record<string, { mode: 'off' | 'block' | 'warn' }>,
): Promise<GateResult> =>
  runGate(adversarialGate, {
    config: defaultConfig(),
    cwd: dir,
    logger: silentLogger,
    overrides: {
      options: { data: 'digits-eval.jsonl', epsilon: reference.epsilon, budget: 300, samples: 200, ...options },
      ...(checks ? { checks } : {}),
    },
  });

const metric = (r: GateResult, name: string, subject?: string): number | null | undefined =>
  r.checks.flatMap((c) => c.metrics).find((m) => m.name === name && m.subject === subject)?.value;

// Whole-gate runs on 200 samples take seconds alone but can take much longer on a busy shared runner.
jest.setTimeout(240_000);

describe('adversarial-gate on ONNX digits models', () => {
  let plain: GateResult;
  let robust: GateResult;

  it('fails the plain model and passes the adversarially trained one at the same settings', async () => {
    plain = await run({ onnx: 'digits-plain.onnx' });
    robust = await run({ onnx: 'digits-robust.onnx' });
    expect(plain.checks.find((c) => c.id === 'robustness')!.verdict).toBe('fail');
    expect(plain.verdict).toBe('fail');
    expect(robust.checks.find((c) => c.id === 'robustness')!.verdict).toBe('pass');
    expect(robust.verdict).not.toBe('fail');
    expect(robust.details).toMatchObject({ seed: 0, budget: 300, samples: 200, target: { kind: 'onnx' } });
    expect(robust.subjects[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lands within a few points of the white-box PGD reference', () => {
    for (const [name, r] of [
      ['plain', plain],
      ['robust', robust],
    ] as const) {
      expect(metric(r, 'clean_accuracy')).toBeCloseTo(reference.models[name]!.clean_accuracy, 2);
      const blackBox = metric(r, 'robust_accuracy')!;
      // Black-box attacks are weaker than white-box PGD: robust accuracy may be higher, never by much.
      expect(Math.abs(blackBox - reference.models[name]!.pgd_robust_accuracy)).toBeLessThanOrEqual(0.05);
    }
  });

  it('L2: black-box robust accuracy stays within 10 points of white-box L2 PGD (documented gap)', async () => {
    const off = {
      corruption: { mode: 'off' as const },
      backdoor: { mode: 'off' as const },
      fuzz: { mode: 'off' as const },
    };
    for (const name of ['plain', 'robust']) {
      const r = await run({ onnx: `digits-${name}.onnx`, norm: 'l2', epsilon: reference.epsilon_l2, budget: 500 }, off);
      const blackBox = metric(r, 'robust_accuracy')!;
      const pgd = reference.models[name]!.pgd_l2_robust_accuracy;
      expect(blackBox).toBeGreaterThanOrEqual(pgd - 0.02);
      expect(blackBox - pgd).toBeLessThanOrEqual(0.1);
    }
  });

  it('reports every requested attack with its counts, and concrete failing examples', () => {
    const check = plain.checks.find((c) => c.id === 'robustness')!;
    const attacks = (check.details as { attacks: Record<string, { attacked: number; queries: number }> }).attacks;
    expect(Object.keys(attacks)).toEqual(['square', 'simba', 'rays']);
    for (const a of Object.values(attacks)) expect(a.queries).toBeLessThanOrEqual(a.attacked * 300);
    expect(check.findings.filter((f) => f.ruleId === 'adversarial.example').length).toBe(5);
    const corruption = plain.checks.find((c) => c.id === 'corruption')!;
    expect(corruption.metrics.map((m) => m.subject)).toContain('gaussian-noise:0.1');
    expect(corruption.metrics.some((m) => m.name === 'accuracy_kept')).toBe(false);
  });

  it('gives identical results for the same seed, whatever the batch size', async () => {
    const a = await run(
      { onnx: 'digits-plain.onnx', samples: 60, budget: 100 },
      { corruption: { mode: 'off' }, backdoor: { mode: 'off' }, fuzz: { mode: 'off' } },
    );
    const b = await run(
      { onnx: 'digits-plain.onnx', samples: 60, budget: 100, 'batch-size': 7 },
      { corruption: { mode: 'off' }, backdoor: { mode: 'off' }, fuzz: { mode: 'off' } },
    );
    const c = await run(
      { onnx: 'digits-plain.onnx', samples: 60, budget: 100, seed: 1 },
      { corruption: { mode: 'off' }, backdoor: { mode: 'off' }, fuzz: { mode: 'off' } },
    );
    const pick = (r: GateResult) =>
      r.checks.map((x) => ({ metrics: x.metrics, findings: x.findings.map((f) => f.message) }));
    expect(pick(b)).toEqual(pick(a));
    expect(pick(c)).not.toEqual(pick(a));
  });

  it('is anytime: a larger budget never raises robust accuracy', async () => {
    const small = await run(
      { onnx: 'digits-plain.onnx', samples: 60, budget: 20, attacks: ['square'] },
      { corruption: { mode: 'off' }, backdoor: { mode: 'off' }, fuzz: { mode: 'off' } },
    );
    const large = await run(
      { onnx: 'digits-plain.onnx', samples: 60, budget: 200, attacks: ['square'] },
      { corruption: { mode: 'off' }, backdoor: { mode: 'off' }, fuzz: { mode: 'off' } },
    );
    expect(metric(large, 'robust_accuracy')!).toBeLessThan(metric(small, 'robust_accuracy')!);
  });

  it('says inconclusive (a warning, not a pass) when the sample is too small, and strict mode uses the lower bound', async () => {
    const few = await run(
      { onnx: 'digits-robust.onnx', samples: 10 },
      { corruption: { mode: 'off' }, backdoor: { mode: 'off' }, fuzz: { mode: 'off' } },
    );
    expect(few.checks.find((c) => c.id === 'robustness')!.verdict).toBe('warn');
    expect(few.checks.find((c) => c.id === 'robustness')!.summary).toContain('inconclusive');
    const strict = await run(
      { onnx: 'digits-robust.onnx', 'gate-mode': 'strict', 'min-accuracy-kept': 0.78 },
      { corruption: { mode: 'off' }, backdoor: { mode: 'off' }, fuzz: { mode: 'off' } },
    );
    const kept = strict.checks.flatMap((c) => c.metrics).find((m) => m.name === 'accuracy_kept')!;
    expect(kept.value!).toBeGreaterThan(0.78);
    expect(kept.ci![0]).toBeLessThan(0.78);
    expect(kept.verdict).toBe('fail');
  });

  it('RayS (label-only) alone fools the plain model within epsilon, and every example is re-checked', async () => {
    const target = await openOnnx(`${dir}/digits-plain.onnx`, 'digits-plain.onnx');
    const rows = readFileSync(`${dir}/digits-eval.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .slice(0, 40)
      .map((l) => JSON.parse(l) as { input: number[]; label: number });
    const samples = rows.map((r, index) => ({ index, x: Float32Array.from(r.input), y: r.label }));
    const clean = (await target.predict(samples.map((s) => s.x))).map(interpret);
    const correct = samples.flatMap((sample, i) => {
      const q = clean[i]!;
      return q.ok && q.label === sample.y ? [{ sample, clean: q }] : [];
    });
    const threat = {
      norm: 'linf' as const,
      epsilon: 0.1,
      range: [0, 1] as [number, number],
      shape: [1, 8, 8] as [number, number, number],
    };
    const stats = { queries: 0, verifyQueries: 0, calls: 0, targetMs: 0 };
    const res = await runAttack(target, raysAttack(), correct, threat, { budget: 1000, seed: 0, stats });
    const fooled = res.filter((r) => r.status === 'fooled');
    expect(fooled.length).toBeGreaterThan(5);
    for (const r of fooled) {
      const x = samples[r.index]!.x;
      expect(Math.max(...Array.from(r.adv!, (v, i) => Math.abs(v - x[i]!)))).toBeLessThanOrEqual(0.1 + 1e-6);
      expect(r.queries).toBeLessThanOrEqual(1000);
    }
    expect(stats.verifyQueries).toBe(fooled.length);
    // An attack that claims an example outside the ball is not counted.
    const cheat = {
      id: 'cheat',
      title: 'cheat',
      needsScores: false,
      make: function* (s: { x: Float32Array }) {
        yield s.x;
        return Float32Array.from(s.x, () => 0.5);
      },
    };
    const cheated = await runAttack(target, cheat, correct.slice(0, 5), threat, { budget: 10, seed: 0, stats });
    expect(cheated.every((r) => r.status === 'unverified')).toBe(true);
    // The L2 square attack also works and stays in the L2 ball.
    const l2 = { ...threat, norm: 'l2' as const, epsilon: 1.5 };
    const sq = await runAttack(target, squareAttack(), correct.slice(0, 20), l2, { budget: 300, seed: 0, stats });
    for (const r of sq.filter((x) => x.status === 'fooled')) {
      const x = samples[r.index]!.x;
      expect(Math.sqrt(Array.from(r.adv!, (v, i) => (v - x[i]!) ** 2).reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(
        1.5 + 1e-4,
      );
    }
    expect(sq.some((r) => r.status === 'fooled')).toBe(true);
    await target.close();
  });

  it('never reads a NaN score as a class', () => {
    expect(interpret({ ok: true, out: { scores: [Number.NaN, 0.1, 0.2] } })).toMatchObject({ ok: false });
    expect(interpret({ ok: true, out: { scores: [0.1, Number.POSITIVE_INFINITY] } })).toMatchObject({ ok: false });
    expect(interpret({ ok: true, out: { scores: [0.1, 0.7, 0.2] } })).toMatchObject({ ok: true, label: 1 });
  });
});
