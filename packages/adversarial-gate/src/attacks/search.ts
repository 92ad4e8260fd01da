/** What the attacks share: clipping to the input range, the Square Attack schedule and windows, greedy random search. */
import type { Rng } from '@ml-gates/core';
import { margin, sameLabel, type AttackGen, type Label, type Sample, type ThreatModel } from '../classifier.js';

export const clip = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/** Share of the input changed per step, by query number (the Square Attack paper's schedule, absolute). */
export function pSchedule(pInit: number, it: number): number {
  const steps: [number, number][] = [
    [10, 1],
    [50, 2],
    [200, 4],
    [500, 8],
    [1000, 16],
    [2000, 32],
    [4000, 64],
    [6000, 128],
    [8000, 256],
  ];
  for (const [until, div] of steps) if (it <= until) return pInit / div;
  return pInit / 512;
}

/** A random window of about `p` of the spatial area: rows [r0, r0+sh), columns [c0, c0+sw). */
export function randomWindow(
  p: number,
  h: number,
  w: number,
  rng: Rng,
): { r0: number; c0: number; sh: number; sw: number } {
  if (h === 1) {
    const sw = Math.max(1, Math.min(w, Math.round(p * w)));
    return { r0: 0, c0: rng.int(w - sw + 1), sh: 1, sw };
  }
  const s = Math.max(1, Math.min(h, w, Math.round(Math.sqrt(p * h * w))));
  return { r0: rng.int(h - s + 1), c0: rng.int(w - s + 1), sh: s, sw: s };
}

/**
 * Greedy random search on the margin loss: queries `start`, then one proposal per step from the current
 * point; a proposal that lowers the margin becomes the current point. Returns the first misclassified query.
 */
export function* randomSearch(
  y: Label,
  start: Float32Array,
  propose: (current: Float32Array, it: number) => Float32Array,
): AttackGen {
  let adv = start;
  let q = yield adv;
  if (!sameLabel(q.label, y)) return adv;
  let best = margin(q, y);
  for (let it = 1; ; it++) {
    const cand = propose(adv, it);
    q = yield cand;
    if (!sameLabel(q.label, y)) return cand;
    const m = margin(q, y);
    if (m < best) {
      best = m;
      adv = cand;
    }
  }
}

/** The sample and the threat model unpacked, as every attack starts: values, label, shape, range, budget. */
export function unpack(sample: Sample, t: ThreatModel) {
  const [c, h, w] = t.shape;
  const [lo, hi] = t.range;
  return { x: sample.x, y: sample.y, c, h, w, lo, hi, eps: t.epsilon, n: sample.x.length };
}

/** A Square Attack variant: a search from one sample under the threat model, with the schedule's start share. */
export type SquareVariant = (sample: Sample, t: ThreatModel, rng: Rng, pInit: number) => AttackGen;
