import { describe, expect, it } from '@jest/globals';
import { GrowableF64, sortFixedPoint, sortFloat64 } from '@ml-gates/data-gate';
import { lcgSample } from './helpers.js';

describe('sortFloat64 (radix)', () => {
  it('orders like Float64Array.prototype.sort, negatives, zeros, ties and extremes included', () => {
    const base = lcgSample(42, 50000, 0, 1e6, 0.5);
    const a = new Float64Array(base.length + 8);
    a.set(base);
    a.set(
      [-0, 0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1e-300, -1e-300],
      base.length,
    );
    const expected = a.slice().sort();
    const got = sortFloat64(a.slice());
    expect(Array.from(got)).toEqual(Array.from(expected));
  });
});

describe('GrowableF64.takeSorted (segments as the radix scratch)', () => {
  it.each([3000, 65536, 65537, 200_003])('sorts %i values like Float64Array.prototype.sort', (n) => {
    const base = lcgSample(7, n, -5, 1e3, 0);
    base[0] = -0;
    base[1] = 0;
    base[2] = -Number.MAX_VALUE;
    const g = new GrowableF64();
    for (const v of base) g.push(v);
    const got = g.takeSorted();
    expect(got.length).toBe(n);
    expect(Array.from(got)).toEqual(Array.from(base.slice().sort()));
  });

  it('sorts values that share their high digits (skipped passes)', () => {
    const g = new GrowableF64();
    const vals: number[] = [];
    for (let i = 0; i < 70_000; i++) vals.push(1 + ((i * 7919) % 1000) / 1e6);
    for (const v of vals) g.push(v);
    expect(Array.from(g.takeSorted())).toEqual(Array.from(Float64Array.from(vals).sort()));
  });
});

describe('fixed-point columns (sorted on 32-bit integers)', () => {
  const rng = (seed: number) => () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const forms: [string, (r: () => number, i: number) => number, boolean][] = [
    ['integers', (r) => Math.floor(r() * 1000) - 500, true],
    ['cents', (r) => Math.round(r() * 1e6) / 100, true],
    ['5 decimals with −0', (r) => Number(((r() - 0.5) * 1e-4).toFixed(5)), true],
    ['mixed scales', (r, i) => Number(((r() - 0.5) * 10).toFixed(i % 3 === 0 ? 7 : 2)), true],
    ['a constant', () => 2.5, true],
    ['a range past 2^32', (r) => Math.floor((r() - 0.5) * 2 ** 40), false],
    ['full-precision doubles', (r) => r() - 0.5, false],
  ];
  it.each(forms)('%s: sorts like Float64Array.prototype.sort', (_name, gen, fixed) => {
    const r = rng(11);
    for (const n of [1, 5, 3000, 65537, 140_000]) {
      const g = new GrowableF64();
      const vals = new Float64Array(n);
      for (let i = 0; i < n; i++) g.push((vals[i] = gen(r, i)));
      const segments: Float64Array[] = [];
      for (let i = 0; i < n; i += 65536) segments.push(vals.slice(i, i + 65536));
      if (n > 5) expect(sortFixedPoint(segments, n) !== undefined).toBe(fixed);
      const got = g.takeSorted();
      const want = vals.slice().sort();
      // Object.is: −0 before +0, as the double sort has them
      let same = got.length === n;
      for (let i = 0; same && i < n; i++) same = Object.is(got[i], want[i]);
      expect(same).toBe(true);
    }
  });
});
