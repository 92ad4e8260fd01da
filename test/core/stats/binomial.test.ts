import { describe, expect, it } from '@jest/globals';
import { binomialCdf, clopperPearson } from '@ml-gates/core';

const near = (actual: number, expected: number, tol: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol);
};

describe('core/stats binomial', () => {
  it('CDF matches exact sums', () => {
    near(binomialCdf(2, 4, 0.5), 11 / 16, 1e-15);
    near(binomialCdf(0, 10, 0.1), 0.9 ** 10, 1e-15);
    expect(binomialCdf(-1, 4, 0.5)).toBe(0);
    expect(binomialCdf(4, 4, 0.3)).toBe(1);
    expect(binomialCdf(1, 4, 0)).toBe(1);
    expect(binomialCdf(1, 4, 1)).toBe(0);
  });

  it('Clopper–Pearson matches the closed forms at 0 and n, and scipy in between', () => {
    const [lo0, hi0] = clopperPearson(0, 10, 0.95);
    expect(lo0).toBe(0);
    near(hi0, 1 - 0.025 ** (1 / 10), 1e-12);
    const [loN, hiN] = clopperPearson(10, 10, 0.95);
    near(loN, 0.025 ** (1 / 10), 1e-12);
    expect(hiN).toBe(1);
    // statsmodels proportion_confint(7, 20, method='beta')
    const [lo, hi] = clopperPearson(7, 20, 0.95);
    near(lo, 0.15390920478454118, 1e-9);
    near(hi, 0.5921885345328282, 1e-9);
  });
});
