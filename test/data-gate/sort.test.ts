import { describe, expect, it } from '@jest/globals';
import { GrowableF64, sortFloat64 } from '@ml-gates/data-gate';
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
