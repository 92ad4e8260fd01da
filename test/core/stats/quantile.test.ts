import { describe, expect, it } from '@jest/globals';
import { bootstrap, midranks, percentileInterval, quantileSorted, resampleCounts, Rng } from '@ml-gates/core';
import { quantileSorted as dataGateQuantile } from '../../../packages/data-gate/src/stats/tests.js';

describe('core/stats quantiles, ranks and the bootstrap', () => {
  it("quantiles are numpy's linear percentiles", () => {
    const s = [1, 2, 3, 4];
    expect(quantileSorted(s, 0.5)).toBe(2.5);
    expect(quantileSorted(s, 0.25)).toBe(1.75); // np.percentile([1,2,3,4], 25)
    expect(quantileSorted(s, 0)).toBe(1);
    expect(quantileSorted(s, 1)).toBe(4);
    expect(quantileSorted(Float64Array.of(7), 0.3)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it("is data-gate's quantile, digit for digit", () => {
    const rng = new Rng(7, 1);
    const sorted = Array.from({ length: 101 }, () => rng.next() * 1e3).sort((a, b) => a - b);
    for (let q = 0; q <= 1; q += 0.013) expect(quantileSorted(sorted, q)).toBe(dataGateQuantile(sorted, q));
  });

  it('the percentile interval drops non-finite values and needs 10', () => {
    const v = [...Array.from({ length: 21 }, (_, i) => i), Number.NaN, Infinity];
    const [lo, hi] = percentileInterval(v, 0.9)!;
    expect(lo).toBeCloseTo(1, 12);
    expect(hi).toBeCloseTo(19, 12);
    expect(percentileInterval([1, 2, 3], 0.9)).toBeUndefined();
  });

  it('midranks average ties, as scipy.stats.rankdata', () => {
    expect([...midranks(Float64Array.of(3, 1, 3, 2))]).toEqual([3.5, 1, 3.5, 2]);
  });

  it('resamples are counts summing to n, and the same seed gives the same interval', () => {
    const w = resampleCounts(new Rng(1, 2), 50);
    expect(w.reduce((a, b) => a + b, 0)).toBe(50);
    const x = Array.from({ length: 50 }, (_, i) => i);
    const mean = (wt: Float64Array): number => x.reduce((a, v, i) => a + v * wt[i]!, 0) / 50;
    const settings = { resamples: 200, seed: 5, confidence: 0.9 };
    const a = bootstrap(50, settings, 3, mean);
    expect(a).toEqual(bootstrap(50, settings, 3, mean));
    expect(a.valid).toBe(200);
    expect(a.ci![0]).toBeLessThan(24.5);
    expect(a.ci![1]).toBeGreaterThan(24.5);
  });
});
