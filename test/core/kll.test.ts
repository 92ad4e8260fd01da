/** The KLL sketch (core/stats/kll.ts): rank error within its stated ε, merged or not; KS from sketches within ε_a + ε_b. */
import { describe, expect, it } from '@jest/globals';
import { cdfDistances, exactSorted, KllSketch, Rng } from '@ml-gates/core';

function normals(n: number, seed: number, shift = 0, scale = 1): Float64Array {
  const r = new Rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = shift + scale * r.normal();
  return out;
}

/** Largest |sketched CDF − exact CDF| over the sketch's own points and the data's. */
function maxRankError(s: KllSketch, data: Float64Array): number {
  const sorted = Float64Array.from(data).sort();
  return cdfDistances(s.sorted(), exactSorted(sorted)).ks;
}

describe('KllSketch', () => {
  it('is exact up to k values', () => {
    const s = new KllSketch(100);
    const d = normals(100, 1);
    s.updateAll(d);
    expect(s.epsilon).toBe(0);
    expect(maxRankError(s, d)).toBe(0);
    expect(s.quantile(0)).toBe(Math.min(...d));
    expect(s.quantile(1)).toBe(Math.max(...d));
  });

  it.each([
    [200, 50_000, 1],
    [200, 300_000, 2],
    [1000, 300_000, 3],
    [1000, 1_000_000, 4],
  ])('k %i, %i values: every CDF point within ε', (k, n, seed) => {
    const d = normals(n, seed);
    const s = new KllSketch(k);
    s.updateAll(d);
    expect(s.n).toBe(n);
    const err = maxRankError(s, d);
    expect(err).toBeLessThanOrEqual(s.epsilon);
    expect(s.sorted().values.length).toBeLessThan(4 * k);
  });

  it('merged shards stay within ε and round-trip through JSON', () => {
    const d = normals(400_000, 7, 0.5, 2);
    const parts = [0, 1, 2, 3].map((p) => {
      const s = new KllSketch(1000);
      s.updateAll(d.subarray(p * 100_000, (p + 1) * 100_000));
      return KllSketch.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
    });
    const merged = parts[0]!;
    for (const p of parts.slice(1)) merged.merge(p);
    expect(merged.n).toBe(400_000);
    expect(maxRankError(merged, d)).toBeLessThanOrEqual(merged.epsilon);
  });

  it('KS and Wasserstein from two sketches within the stated bounds of the exact values', () => {
    const a = normals(500_000, 11);
    const b = normals(500_000, 12, 0.05, 1.1);
    const exact = cdfDistances(exactSorted(Float64Array.from(a).sort()), exactSorted(Float64Array.from(b).sort()));
    const sa = new KllSketch(1000);
    const sb = new KllSketch(1000);
    sa.updateAll(a);
    sb.updateAll(b);
    const got = cdfDistances(sa.sorted(), sb.sorted());
    expect(Math.abs(got.ks - exact.ks)).toBeLessThanOrEqual(sa.epsilon + sb.epsilon);
    const range = Math.max(sa.max, sb.max) - Math.min(sa.min, sb.min);
    expect(Math.abs(got.wasserstein - exact.wasserstein)).toBeLessThanOrEqual((sa.epsilon + sb.epsilon) * range);
    expect(Math.abs(got.wasserstein - exact.wasserstein)).toBeLessThan(0.01);
  });

  it('rejects a malformed sketch', () => {
    expect(() => KllSketch.fromJSON({ kind: 'kll', k: 100, n: 3, min: 0, max: 1, levels: [[1, 2]] })).toThrow(
      /weights add up to 2/,
    );
  });
});
