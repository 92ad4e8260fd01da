/**
 * The two-sample KS statistic and the first Wasserstein distance from one merge of the sorted samples: the
 * drift check needs both for every numeric column, and on millions of values the merge is what costs. Each
 * equals its own function's result exactly (`ksStatistic` is this one's `ks`; `wasserstein`: the same steps in the
 * same order).
 */
import { KahanSum } from './tests.js';

export interface EcdfDistances {
  /** KS statistic, where the largest gap is and its sign (as `ksStatistic`). */
  ks: { d: number; location: number; sign: 1 | -1 };
  /** Area between the two ECDFs (as `wasserstein`). */
  wasserstein: number;
}

/** KS and Wasserstein of two non-empty sorted samples (NaNs removed). */
export function ecdfDistances(a: Float64Array, b: Float64Array): EcdfDistances {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let maxLoc = Number.NaN;
  let minS = Infinity;
  let minLoc = Number.NaN;
  const sum = new KahanSum();
  let prev = Math.min(a[0]!, b[0]!);
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    if (v > prev) sum.add(Math.abs(i / n1 - j / n2) * (v - prev));
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    prev = v;
    const diff = i / n1 - j / n2;
    if (diff > maxS) {
      maxS = diff;
      maxLoc = v;
    }
    if (diff < minS) {
      minS = diff;
      minLoc = v;
    }
  }
  const minAbs = Math.min(Math.max(-minS, 0), 1);
  const ks =
    minAbs > maxS
      ? { d: minAbs, location: minLoc, sign: -1 as const }
      : { d: maxS, location: maxLoc, sign: 1 as const };
  return { ks, wasserstein: sum.value };
}
