/**
 * SimBA (Guo et al., ICML 2019), pixel basis, on the margin loss: walks the coordinates in a random order,
 * tries `+alpha` then `-alpha` on each, keeps a step when the margin drops. L-inf: a coordinate is set to
 * `x +- epsilon` (alpha = epsilon); L2: steps of epsilon/4, the whole perturbation scaled back onto the
 * epsilon sphere when a step leaves the ball.
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

import { clip as clipToRange } from './search.js';

// A local binding: calls through a bundled module's namespace are slower in the attacks' inner loops.
const clip = clipToRange;

function* simba(sample: Sample, clean: Extract<Query, { ok: true }>, t: ThreatModel, rng: Rng): AttackGen {
  const { x, y } = sample;
  const [lo, hi] = t.range;
  const eps = t.epsilon;
  const n = x.length;
  let adv = Float32Array.from(x);
  const alpha = eps / 4;
  let best = margin(clean, y);
  let sq = 0;
  for (;;) {
    const order = rng.permutation(n);
    let moved = false;
    for (const i of order) {
      for (const dir of [1, -1]) {
        let cand = adv.slice();
        if (t.norm === 'linf') cand[i] = clip(x[i]! + dir * eps, lo, hi);
        else cand[i] = clip(adv[i]! + dir * alpha, lo, hi);
        if (cand[i] === adv[i]) continue;
        let nsq = sq;
        if (t.norm === 'l2') {
          nsq = sq - (adv[i]! - x[i]!) ** 2 + (cand[i]! - x[i]!) ** 2;
          // Past the ball: scale the whole perturbation back onto the sphere (a projection, then clipping).
          if (nsq > eps * eps) {
            const f = eps / Math.sqrt(nsq);
            cand = Float32Array.from(cand, (v, k) => clip(x[k]! + (v - x[k]!) * f, lo, hi));
            nsq = cand.reduce((a, v, k) => a + (v - x[k]!) ** 2, 0);
          }
        }
        const q = yield cand;
        if (!sameLabel(q.label, y)) return cand;
        const m = margin(q, y);
        if (m < best) {
          best = m;
          adv = cand;
          sq = nsq;
          moved = true;
          break;
        }
      }
    }
    if (!moved) {
      // Nothing left to try from here: keep querying nothing new would waste budget; stop.
      return null;
    }
  }
}

export function simbaAttack(): AttackDef {
  return { id: 'simba', title: 'SimBA', needsScores: true, make: (s, c, t, r) => simba(s, c, t, r) };
}
