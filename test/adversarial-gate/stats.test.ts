import { describe, expect, it } from '@jest/globals';
import { buildProbes } from '../../packages/adversarial-gate/src/probes/llm.js';
import { decide, wilson } from '../../packages/adversarial-gate/src/stats.js';
import { perturb } from '../../packages/adversarial-gate/src/text.js';
import { Rng } from '@ml-gates/core';

describe('Wilson intervals and the gate decision', () => {
  it('matches reference Wilson intervals (statsmodels proportion_confint method="wilson")', () => {
    expect(wilson(8, 10)).toEqual([0.4902, 0.9433]);
    expect(wilson(0, 20)).toEqual([0, 0.1611]);
    expect(wilson(50, 100)).toEqual([0.4038, 0.5962]);
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('point, strict and inconclusive', () => {
    expect(decide(75, 100, 0.7, 'point', 30).verdict).toBe('pass');
    expect(decide(75, 100, 0.7, 'strict', 30).verdict).toBe('fail');
    expect(decide(95, 100, 0.7, 'strict', 30).verdict).toBe('pass');
    // The interval decides first: 10/10 has a lower bound of 0.72, above 0.7, so it passes however few.
    expect(decide(10, 10, 0.7, 'point', 30).verdict).toBe('pass');
    const few = decide(8, 10, 0.7, 'point', 30);
    expect(few.verdict).toBe('warn');
    expect(few.inconclusive).toBe(true);
  });

  it('fails when the upper bound is below the bar, however few the trials (#21 defect 1)', () => {
    // defended 0/23 against a bar of 0.9: CI 0–0.14, a fail, not "inconclusive"
    const none = decide(0, 23, 0.9, 'point', 30);
    expect(none.ci[1]).toBeLessThan(0.15);
    expect(none.verdict).toBe('fail');
    expect(none.inconclusive).toBe(false);
    expect(decide(0, 15, 0.9, 'point', 30).verdict).toBe('fail');
    expect(decide(0, 15, 0.9, 'strict', 30).verdict).toBe('fail');
    // straddling with few trials: inconclusive; with enough: point decides by the estimate, strict fails
    expect(decide(13, 15, 0.9, 'point', 30).verdict).toBe('warn');
    expect(decide(28, 30, 0.9, 'point', 30).verdict).toBe('pass');
    expect(decide(28, 30, 0.9, 'strict', 30).verdict).toBe('fail');
    // the lower bound clears the bar: pass
    expect(decide(300, 300, 0.9, 'strict', 30).verdict).toBe('pass');
  });
});

describe('reproducible randomness', () => {
  it('derives independent, repeatable streams from one seed', () => {
    const a = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.nextU32()
      )(Rng.stream(7, 'square', 3)),
    );
    const b = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.nextU32()
      )(Rng.stream(7, 'square', 3)),
    );
    const c = Array.from(
      { length: 5 },
      (
        (r) => () =>
          r.nextU32()
      )(Rng.stream(7, 'square', 4)),
    );
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const r = new Rng(1);
    const xs = Array.from({ length: 20000 }, () => r.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it('builds the same probe pack for the same seed, with per-seed rogue strings', () => {
    expect(buildProbes(1)).toEqual(buildProbes(1));
    expect(buildProbes(1).map((p) => p.rogue)).not.toEqual(buildProbes(2).map((p) => p.rogue));
    expect(new Set(buildProbes(1).map((p) => p.family)).size).toBe(12);
  });

  it('text perturbations change the text and are repeatable', () => {
    const text = 'This movie was really good and the actors were great';
    const run = (seed: number) => {
      const rng = new Rng(seed);
      return Array.from({ length: 30 }, () => perturb(text, rng));
    };
    const edits = run(3);
    expect(edits).toEqual(run(3));
    const applied = edits.filter((e) => e !== null);
    expect(applied.length).toBeGreaterThan(20);
    for (const e of applied) expect(e.text).not.toBe(text);
    expect(new Set(applied.map((e) => e.kind)).size).toBeGreaterThan(5);
  });
});
