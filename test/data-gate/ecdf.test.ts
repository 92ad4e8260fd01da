import { describe, expect, it } from '@jest/globals';
import { ecdfDistances, ksStatistic, wasserstein } from '@ml-gates/data-gate';
import { lcgSample, sorted } from './helpers.js';

describe('ecdfDistances (KS and Wasserstein from one merge)', () => {
  it.each([
    ['ties on a grid', 5, 3000, 0.25, 2000, 0.5],
    ['continuous, unequal sizes', 0, 1, 0, 70, 0],
    ['one value each', 0, 1, 0, 1, 0],
  ])('%s: bit for bit what ksStatistic and wasserstein give', (_name, mu, sigma, step, n2, shift) => {
    const a = sorted(lcgSample(3, Number(n2) + 17, Number(mu), Number(sigma), Number(step)));
    const b = sorted(lcgSample(9, Number(n2), Number(mu) + Number(shift), Number(sigma), Number(step)));
    const got = ecdfDistances(a, b);
    expect(got.ks).toEqual(ksStatistic(a, b));
    expect(Object.is(got.wasserstein, wasserstein(a, b))).toBe(true);
    expect(ecdfDistances(b, a).ks).toEqual(ksStatistic(b, a));
  });
});
