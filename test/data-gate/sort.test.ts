import { describe, expect, it } from '@jest/globals';
import { sortFloat64 } from '@ml-gates/data-gate';
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
