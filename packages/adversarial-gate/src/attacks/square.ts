/**
 * Square Attack (Andriushchenko et al., ECCV 2020), score-based random search on the margin loss.
 * L-inf: vertical-stripe initialisation, then square windows set to +-epsilon per channel, accepted when
 * the margin drops. L2 on images: the paper's pseudo-Gaussian moves (square-l2.ts). L2 on flat vectors
 * (no 2-D structure): random-direction initialisation on the epsilon sphere, then windows re-sampled with
 * all the norm left in the ball.
 * The window-size schedule is in absolute query counts (the paper's schedule for 10,000 queries, not
 * rescaled to the budget), so a larger budget only extends the same run: robust accuracy can only go down.
 */
import type { Rng } from '@ml-gates/core';
import type { AttackDef, AttackGen, Sample, ThreatModel } from '../classifier.js';
import { clip as clipToRange, pSchedule, randomSearch, randomWindow, unpack } from './search.js';
import { squareL2Images } from './square-l2.js';

// A local binding: calls through a bundled module's namespace are slower in the attacks' inner loops.
const clip = clipToRange;

export { pSchedule };

function squareLinf(sample: Sample, t: ThreatModel, rng: Rng, pInit: number): AttackGen {
  const { x, y, c, h, w, lo, hi, eps } = unpack(sample, t);
  const start = new Float32Array(x.length);
  for (let ch = 0; ch < c; ch++)
    for (let col = 0; col < w; col++) {
      const s = h === 1 ? 0 : rng.sign() * eps;
      for (let row = 0; row < h; row++) {
        const i = ch * h * w + row * w + col;
        start[i] = clip(x[i]! + (h === 1 ? rng.sign() * eps : s), lo, hi);
      }
    }
  return randomSearch(y, start, (adv, it) => {
    const { r0, c0, sh, sw } = randomWindow(pSchedule(pInit, it), h, w, rng);
    const cand = adv.slice();
    for (let ch = 0; ch < c; ch++) {
      const s = rng.sign() * eps;
      for (let row = r0; row < r0 + sh; row++)
        for (let col = c0; col < c0 + sw; col++) {
          const i = ch * h * w + row * w + col;
          cand[i] = clip(x[i]! + s, lo, hi);
        }
    }
    return cand;
  });
}

function squareL2(sample: Sample, t: ThreatModel, rng: Rng, pInit: number): AttackGen {
  const { x, y, c, h, w, lo, hi, eps } = unpack(sample, t);
  const n = x.length;
  const g = Float64Array.from({ length: n }, () => rng.normal());
  const gn = Math.sqrt(g.reduce((a, v) => a + v * v, 0)) || 1;
  const start = new Float32Array(n);
  for (let i = 0; i < n; i++) start[i] = clip(x[i]! + (g[i]! / gn) * eps * 0.999, lo, hi);
  return randomSearch(y, start, (adv, it) => {
    const { r0, c0, sh, sw } = randomWindow(pSchedule(pInit, it), h, w, rng);
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
    return cand;
  });
}

export function squareAttack(pInit = 0.05): AttackDef {
  return {
    id: 'square',
    title: 'Square Attack',
    needsScores: true,
    make: (sample, _clean, threat, rng) =>
      threat.norm === 'linf'
        ? squareLinf(sample, threat, rng, pInit)
        : threat.shape[1] >= 4 && threat.shape[2] >= 4
          ? squareL2Images(sample, threat, rng, pInit)
          : squareL2(sample, threat, rng, pInit),
  };
}
