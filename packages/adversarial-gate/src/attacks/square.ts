/**
 * Square Attack (Andriushchenko et al., ECCV 2020), score-based random search on the margin loss.
 * L-inf: vertical-stripe initialisation, then square windows set to +-epsilon per channel, accepted when
 * the margin drops. L2 on images: the paper's pseudo-Gaussian moves (square-l2.ts). L2 on flat vectors
 * (no 2-D structure): random-direction initialisation on the epsilon sphere, then windows re-sampled with
 * all the norm left in the ball.
 * The window-size schedule is in absolute query counts (the paper's schedule for 10,000 queries, not
 * rescaled to the budget), so a larger budget only extends the same run: robust accuracy can only go down.
 */
import {
  margin,
  sameLabel,
  type AttackDef,
  type AttackGen,
  type Query,
  type Sample,
  type ThreatModel,
} from '../classifier.js';
import type { Rng } from '@ml-gates/core';
import { squareL2Images } from './square-l2.js';

/** Share of the input changed per step, by query number (the paper's schedule, absolute). */
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

const clip = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/** A random window of about `p` of the spatial area: rows [r0, r0+sh), columns [c0, c0+sw). */
function window(p: number, h: number, w: number, rng: Rng): { r0: number; c0: number; sh: number; sw: number } {
  if (h === 1) {
    const sw = Math.max(1, Math.min(w, Math.round(p * w)));
    return { r0: 0, c0: rng.int(w - sw + 1), sh: 1, sw };
  }
  const s = Math.max(1, Math.min(h, w, Math.round(Math.sqrt(p * h * w))));
  return { r0: rng.int(h - s + 1), c0: rng.int(w - s + 1), sh: s, sw: s };
}

function* squareLinf(
  sample: Sample,
  _clean: Extract<Query, { ok: true }>,
  t: ThreatModel,
  rng: Rng,
  pInit: number,
): AttackGen {
  const { x, y } = sample;
  const [c, h, w] = t.shape;
  const [lo, hi] = t.range;
  const eps = t.epsilon;
  let adv = new Float32Array(x.length);
  for (let ch = 0; ch < c; ch++)
    for (let col = 0; col < w; col++) {
      const s = h === 1 ? 0 : rng.sign() * eps;
      for (let row = 0; row < h; row++) {
        const i = ch * h * w + row * w + col;
        adv[i] = clip(x[i]! + (h === 1 ? rng.sign() * eps : s), lo, hi);
      }
    }
  let q = yield adv;
  if (!sameLabel(q.label, y)) return adv;
  let best = margin(q, y);
  for (let it = 1; ; it++) {
    const { r0, c0, sh, sw } = window(pSchedule(pInit, it), h, w, rng);
    const cand = adv.slice();
    for (let ch = 0; ch < c; ch++) {
      const s = rng.sign() * eps;
      for (let row = r0; row < r0 + sh; row++)
        for (let col = c0; col < c0 + sw; col++) {
          const i = ch * h * w + row * w + col;
          cand[i] = clip(x[i]! + s, lo, hi);
        }
    }
    q = yield cand;
    if (!sameLabel(q.label, y)) return cand;
    const m = margin(q, y);
    if (m < best) {
      best = m;
      adv = cand;
    }
  }
}

function* squareL2(
  sample: Sample,
  _clean: Extract<Query, { ok: true }>,
  t: ThreatModel,
  rng: Rng,
  pInit: number,
): AttackGen {
  const { x, y } = sample;
  const [c, h, w] = t.shape;
  const [lo, hi] = t.range;
  const eps = t.epsilon;
  const n = x.length;
  const g = Float64Array.from({ length: n }, () => rng.normal());
  const gn = Math.sqrt(g.reduce((a, v) => a + v * v, 0)) || 1;
  let adv = new Float32Array(n);
  for (let i = 0; i < n; i++) adv[i] = clip(x[i]! + (g[i]! / gn) * eps * 0.999, lo, hi);
  let q = yield adv;
  if (!sameLabel(q.label, y)) return adv;
  let best = margin(q, y);
  for (let it = 1; ; it++) {
    const { r0, c0, sh, sw } = window(pSchedule(pInit, it), h, w, rng);
    const idx: number[] = [];
    for (let ch = 0; ch < c; ch++)
      for (let row = r0; row < r0 + sh; row++)
        for (let col = c0; col < c0 + sw; col++) idx.push(ch * h * w + row * w + col);
    let total = 0;
    let inside = 0;
    for (let i = 0; i < n; i++) {
      const d = adv[i]! - x[i]!;
      total += d * d;
    }
    for (const i of idx) inside += (adv[i]! - x[i]!) ** 2;
    const room = Math.sqrt(Math.max(0, eps * eps * 0.999 - (total - inside)));
    const u = idx.map(() => rng.normal());
    const un = Math.sqrt(u.reduce((a, v) => a + v * v, 0)) || 1;
    const cand = adv.slice();
    idx.forEach((i, k) => (cand[i] = clip(x[i]! + (u[k]! / un) * room, lo, hi)));
    q = yield cand;
    if (!sameLabel(q.label, y)) return cand;
    const m = margin(q, y);
    if (m < best) {
      best = m;
      adv = cand;
    }
  }
}

export function squareAttack(pInit = 0.05): AttackDef {
  return {
    id: 'square',
    title: 'Square Attack',
    needsScores: true,
    make: (sample, clean, threat, rng) =>
      threat.norm === 'linf'
        ? squareLinf(sample, clean, threat, rng, pInit)
        : threat.shape[1] >= 4 && threat.shape[2] >= 4
          ? squareL2Images(sample, clean, threat, rng, pInit)
          : squareL2(sample, clean, threat, rng, pInit),
  };
}
