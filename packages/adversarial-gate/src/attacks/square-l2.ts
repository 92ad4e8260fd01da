/**
 * Square Attack, L2 version, as in the paper's reference implementation (Andriushchenko et al. 2020,
 * `square_attack_l2`): a grid of "meta pseudo-Gaussian" squares as initialisation, then each step moves
 * the perturbation mass of a second window into a new pseudo-Gaussian square in the first window, keeping
 * the L2 norm at epsilon. Used for image-shaped inputs (height and width of at least 4).
 */
import type { Rng } from '@ml-gates/core';
import { clip as clipToRange, pSchedule, randomSearch, unpack, type SquareVariant } from './search.js';

// A local binding: calls through a bundled module's namespace are slower in the attacks' inner loops.
const clip = clipToRange;

/** Rows x cols block with mass decaying as 1/(ring+1)^2 from the centre, unit L2 norm. */
function pseudoGaussianRect(x: number, y: number): Float64Array {
  const d = new Float64Array(x * y);
  const xc = Math.floor(x / 2) + 1;
  const yc = Math.floor(y / 2) + 1;
  let c0 = xc - 1;
  let c1 = yc - 1;
  for (let k = 0; k < Math.max(xc, yc); k++) {
    for (let r = Math.max(c0, 0); r < Math.min(c0 + 2 * k + 1, x); r++)
      for (let c = Math.max(0, c1); c < Math.min(c1 + 2 * k + 1, y); c++) d[r * y + c]! += 1 / (k + 1) ** 2;
    c0--;
    c1--;
  }
  normalise(d);
  return d;
}

function normalise(d: Float64Array): void {
  let n = 0;
  for (const v of d) n += v * v;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < d.length; i++) d[i]! /= n;
}

/** s x s: two pseudo-Gaussian halves of opposite sign, randomly transposed. */
function metaPseudoGaussian(s: number, rng: Rng): Float64Array {
  const d = new Float64Array(s * s);
  const top = Math.floor(s / 2);
  if (top > 0) d.set(pseudoGaussianRect(top, s), 0);
  const bottom = pseudoGaussianRect(s - top, s);
  for (let i = 0; i < bottom.length; i++) d[top * s + i] = -bottom[i]!;
  normalise(d);
  if (rng.next() > 0.5) {
    const t = new Float64Array(s * s);
    for (let r = 0; r < s; r++) for (let c = 0; c < s; c++) t[c * s + r] = d[r * s + c]!;
    return t;
  }
  return d;
}

export const squareL2Images: SquareVariant = (sample, t, rng, pInit) => {
  const { x, y, c, h, w, lo, hi, eps, n } = unpack(sample, t);
  const at = (ch: number, r: number, q: number): number => ch * h * w + r * w + q;
  const project = (delta: Float64Array): Float32Array => {
    let norm = 0;
    for (const v of delta) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = clip(x[i]! + (delta[i]! / norm) * eps, lo, hi);
    return out;
  };
  // Initialisation: a grid of s x s meta pseudo-Gaussian squares with random signs per channel.
  const init = new Float64Array(n);
  const s0 = Math.max(1, Math.floor(h / 5));
  const sp = Math.floor((h - s0 * 5) / 2);
  for (let gr = 0, ch0 = sp; gr < Math.floor(h / s0); gr++, ch0 += s0) {
    for (let gc = 0, cw0 = sp; gc < Math.floor(w / s0); gc++, cw0 += s0) {
      const sq = metaPseudoGaussian(s0, rng);
      for (let ch = 0; ch < c; ch++) {
        const sign = rng.sign();
        for (let r = 0; r < s0; r++)
          for (let q = 0; q < s0; q++)
            if (ch0 + r < h && cw0 + q < w && ch0 + r >= 0 && cw0 + q >= 0)
              init[at(ch, ch0 + r, cw0 + q)]! += sq[r * s0 + q]! * sign;
      }
    }
  }
  return randomSearch(y, project(init), (best, it) => {
    const delta = Float64Array.from(best, (v, i) => v - x[i]!);
    let s = Math.max(Math.round(Math.sqrt((pSchedule(pInit, it) * n) / c)), 3);
    if (s % 2 === 0) s++;
    s = Math.min(s, h - 1, w - 1);
    const h1 = rng.int(h - s);
    const w1 = rng.int(w - s);
    const h2 = rng.int(h - s);
    const w2 = rng.int(w - s);
    const in1 = (r: number, q2: number): boolean => r >= h1 && r < h1 + s && q2 >= w1 && q2 < w1 + s;
    const in2 = (r: number, q2: number): boolean => r >= h2 && r < h2 + s && q2 >= w2 && q2 < w2 + s;
    let imageNorm2 = 0;
    for (const v of delta) imageNorm2 += v * v;
    const sq = metaPseudoGaussian(s, rng);
    for (let ch = 0; ch < c; ch++) {
      let win1 = 0;
      let both = 0;
      for (let r = 0; r < h; r++)
        for (let q2 = 0; q2 < w; q2++) {
          const v = delta[at(ch, r, q2)]!;
          if (in1(r, q2)) win1 += v * v;
          if (in1(r, q2) || in2(r, q2)) both += v * v;
        }
      const win1Norm = Math.sqrt(win1);
      const sign = rng.sign();
      const upd = new Float64Array(s * s);
      for (let r = 0; r < s; r++)
        for (let q2 = 0; q2 < s; q2++)
          upd[r * s + q2] = sq[r * s + q2]! * sign + delta[at(ch, h1 + r, w1 + q2)]! / (1e-10 + win1Norm);
      normalise(upd);
      const scale = Math.sqrt(Math.max(eps * eps - imageNorm2, 0) / c + both);
      for (let r = h2; r < h2 + s; r++) for (let q2 = w2; q2 < w2 + s; q2++) delta[at(ch, r, q2)] = 0;
      for (let r = 0; r < s; r++)
        for (let q2 = 0; q2 < s; q2++) delta[at(ch, h1 + r, w1 + q2)] = upd[r * s + q2]! * scale;
    }
    return project(delta);
  });
};
