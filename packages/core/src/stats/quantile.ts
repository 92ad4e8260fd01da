/** Quantiles of a sample: numpy's default ('linear', Hyndman–Fan type 7) and the percentile interval. */

/** Quantile `q` (0–1) of a sorted sample, numpy's default ('linear', type 7); NaN for an empty sample. */
export function quantileSorted(sorted: Float64Array | readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const frac = pos - lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return frac === 0 ? a : a + (b - a) * frac;
}

/**
 * Central percentile interval at `confidence` of the finite values (non-finite ones are dropped); undefined
 * with fewer than 10 finite values.
 */
export function percentileInterval(values: readonly number[], confidence: number): [number, number] | undefined {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length < 10) return undefined;
  const a = (1 - confidence) / 2;
  return [quantileSorted(finite, a), quantileSorted(finite, 1 - a)];
}
