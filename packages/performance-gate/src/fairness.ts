/**
 * Group fairness with Fairlearn's definitions (binary classification):
 *   selection rate            SR_g  = P(ŷ = pos | G = g)
 *   true positive rate        TPR_g = P(ŷ = pos | Y = pos, G = g)
 *   false positive rate       FPR_g = P(ŷ = pos | Y = neg, G = g)
 *   demographic_parity_difference = max_g SR_g − min_g SR_g
 *   demographic_parity_ratio      = min_g SR_g / max_g SR_g
 *   equalized_odds_difference     = max(max_g TPR_g − min_g TPR_g, max_g FPR_g − min_g FPR_g)
 * Unlike Fairlearn, groups smaller than `min-group-size` are left out of the across-group values (they
 * are still reported), and groups without positives (negatives) are left out of the TPR (FPR) range.
 */
import type { ClassificationPredictions } from './predictions.js';
import type { Weights } from './metrics/functions.js';

export interface GroupRates {
  group: string;
  size: number;
  weight: number;
  selectionRate: number;
  truePositiveRate: number;
  falsePositiveRate: number;
  baseRate: number;
}

export interface FairnessValues {
  demographic_parity_difference: number;
  demographic_parity_ratio: number;
  equalized_odds_difference: number;
}

/** Group index of every row, and the group names (sorted). */
export function groupIndex(groups: readonly string[]): { names: string[]; index: Int32Array; sizes: number[] } {
  const names = [...new Set(groups)].sort();
  const pos = new Map(names.map((n, i) => [n, i]));
  const index = Int32Array.from(groups, (g) => pos.get(g)!);
  const sizes = new Array<number>(names.length).fill(0);
  for (const g of index) sizes[g]! += 1;
  return { names, index, sizes };
}

/** Row indices of each group, in one pass. */
export function groupMembers(g: { names: string[]; index: Int32Array }): number[][] {
  const out = g.names.map(() => [] as number[]);
  for (let i = 0; i < g.index.length; i++) out[g.index[i]!]!.push(i);
  return out;
}

/** More distinct values than this in a group or slice column looks like an id column, not groups. */
export const MAX_GROUPS = 200;

export function groupRates(
  p: ClassificationPredictions,
  g: { names: string[]; index: Int32Array; sizes: number[] },
  w?: Weights,
): GroupRates[] {
  const k = g.names.length;
  const tot = new Float64Array(k);
  const sel = new Float64Array(k);
  const pos = new Float64Array(k);
  const tp = new Float64Array(k);
  const fp = new Float64Array(k);
  for (let i = 0; i < p.n; i++) {
    const wi = w === undefined ? 1 : w[i]!;
    if (wi === 0) continue;
    const gi = g.index[i]!;
    const predPos = p.pred[i] === 1;
    const yPos = p.y[i] === 1;
    tot[gi]! += wi;
    if (predPos) sel[gi]! += wi;
    if (yPos) {
      pos[gi]! += wi;
      if (predPos) tp[gi]! += wi;
    } else if (predPos) fp[gi]! += wi;
  }
  return g.names.map((name, i) => ({
    group: name,
    size: g.sizes[i]!,
    weight: tot[i]!,
    selectionRate: sel[i]! / tot[i]!,
    truePositiveRate: tp[i]! / pos[i]!,
    falsePositiveRate: fp[i]! / (tot[i]! - pos[i]!),
    baseRate: pos[i]! / tot[i]!,
  }));
}

function range(values: number[]): number {
  const v = values.filter(Number.isFinite);
  if (v.length < 2) return v.length === 1 ? 0 : Number.NaN;
  return Math.max(...v) - Math.min(...v);
}

/** The across-group values over the judged groups. */
export function fairnessValues(rates: readonly GroupRates[], judged: (r: GroupRates) => boolean): FairnessValues {
  const r = rates.filter((x) => judged(x) && x.weight > 0);
  const sr = r.map((x) => x.selectionRate);
  const max = Math.max(...sr);
  const min = Math.min(...sr);
  return {
    demographic_parity_difference: r.length < 2 ? Number.NaN : max - min,
    demographic_parity_ratio: r.length < 2 || max === 0 ? Number.NaN : min / max,
    equalized_odds_difference:
      r.length < 2
        ? Number.NaN
        : Math.max(range(r.map((x) => x.truePositiveRate)), range(r.map((x) => x.falsePositiveRate))),
  };
}

export const FAIRNESS_GREATER_IS_BETTER: Record<keyof FairnessValues, boolean> = {
  demographic_parity_difference: false,
  demographic_parity_ratio: true,
  equalized_odds_difference: false,
};
