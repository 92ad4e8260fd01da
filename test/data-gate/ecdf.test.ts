import { describe, expect, it } from '@jest/globals';
import { ecdfDistances, ksStatistic, wasserstein } from '@ml-gates/data-gate';
import { lcgSample, sorted } from './helpers.js';

/** KS by its definition, independently of the merge: the ECDF gap at every sample value, by counting. */
function ksByDefinition(a: Float64Array, b: Float64Array): { d: number; sign: 1 | -1 } {
  const cdf = (xs: Float64Array, v: number) => xs.filter((x) => x <= v).length / xs.length;
  let plus = -Infinity;
  let minus = Infinity;
  for (const v of [...a, ...b]) {
    const diff = cdf(a, v) - cdf(b, v);
    plus = Math.max(plus, diff);
    minus = Math.min(minus, diff);
  }
  const minAbs = Math.min(Math.max(-minus, 0), 1);
  return minAbs > plus ? { d: minAbs, sign: -1 } : { d: plus, sign: 1 };
}

describe('ecdfDistances (KS and Wasserstein from one merge)', () => {
  it.each([
    ['ties on a grid', 5, 3000, 0.25, 2000, 0.5],
    ['continuous, unequal sizes', 0, 1, 0, 70, 0],
    ['one value each', 0, 1, 0, 1, 0],
  ])('%s: KS as defined, Wasserstein bit for bit what wasserstein gives', (_name, mu, sigma, step, n2, shift) => {
    const a = sorted(lcgSample(3, Number(n2) + 17, Number(mu), Number(sigma), Number(step)));
    const b = sorted(lcgSample(9, Number(n2), Number(mu) + Number(shift), Number(sigma), Number(step)));
    const got = ecdfDistances(a, b);
    expect(got.ks).toMatchObject(ksByDefinition(a, b));
    expect(ksStatistic(a, b)).toEqual(got.ks);
    expect(Object.is(got.wasserstein, wasserstein(a, b))).toBe(true);
    expect(ecdfDistances(b, a).ks).toMatchObject(ksByDefinition(b, a));
  });
});
