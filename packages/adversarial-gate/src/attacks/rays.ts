/**
 * RayS (Chen & Gu, KDD 2020): a label-only L-inf attack. Searches over sign directions with hierarchical
 * block flips; for each direction, the smallest radius that changes the label is found by binary search.
 * Stops as soon as a direction is adversarial within epsilon. L2 threat models fall back to the same
 * search with directions scaled to the L2 ball (a label-only baseline, weaker than HopSkipJump).
 */
import { sameLabel, type AttackDef, type AttackGen, type Query, type Sample, type ThreatModel } from '../classifier.js';
import type { Rng } from '@ml-gates/core';

import { clip as clipToRange } from './search.js';

// A local binding: calls through a bundled module's namespace are slower in the attacks' inner loops.
const clip = clipToRange;

function* rays(sample: Sample, _clean: Extract<Query, { ok: true }>, t: ThreatModel, rng: Rng): AttackGen {
  const { x, y } = sample;
  const [lo, hi] = t.range;
  const eps = t.epsilon;
  const n = x.length;
  const scale = t.norm === 'l2' ? 1 / Math.sqrt(n) : 1;
  const point = (dir: Int8Array, r: number): Float32Array => {
    const p = new Float32Array(n);
    for (let i = 0; i < n; i++) p[i] = clip(x[i]! + r * scale * dir[i]!, lo, hi);
    return p;
  };
  const rMax = t.norm === 'l2' ? Math.max(eps * 4, (hi - lo) * Math.sqrt(n)) : hi - lo;
  let d = Int8Array.from({ length: n }, () => (rng.next() < 0.5 ? -1 : 1));
  let rBest = Infinity;

  /** Binary search for the smallest adversarial radius along `dir`, known adversarial at `top`. */
  function* search(dir: Int8Array, top: number): Generator<Float32Array, number, Extract<Query, { ok: true }>> {
    let low = 0;
    let high = top;
    while (high - low > eps * 0.02) {
      if (high <= eps) return high;
      if (low >= eps) return high;
      const mid = (low + high) / 2;
      const q = yield point(dir, mid);
      if (!sameLabel(q.label, y)) high = mid;
      else low = mid;
    }
    return high;
  }

  const q0 = yield point(d, rMax);
  if (!sameLabel(q0.label, y)) rBest = yield* search(d, rMax);
  if (rBest <= eps) return point(d, rBest);
  for (;;) {
    for (let stage = 0; 1 << stage <= n; stage++) {
      const blocks = 1 << stage;
      const size = Math.ceil(n / blocks);
      for (let b = 0; b < blocks; b++) {
        const cand = d.slice();
        for (let i = b * size; i < Math.min(n, (b + 1) * size); i++) cand[i] = -cand[i]!;
        const r = Number.isFinite(rBest) ? rBest : rMax;
        const q = yield point(cand, r);
        if (!sameLabel(q.label, y)) {
          const found = yield* search(cand, r);
          if (found < rBest) {
            rBest = found;
            d = cand;
          }
          if (rBest <= eps) return point(d, rBest);
        }
      }
    }
  }
}

export function raysAttack(): AttackDef {
  return { id: 'rays', title: 'RayS (label-only)', needsScores: false, make: (s, c, t, r) => rays(s, c, t, r) };
}
