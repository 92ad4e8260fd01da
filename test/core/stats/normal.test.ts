import { describe, expect, it } from '@jest/globals';
import { normalQuantile, normalSf } from '@ml-gates/core';

const near = (actual: number, expected: number, tol: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol);
};

describe('core/stats normal', () => {
  it('survival function matches scipy.stats.norm.sf', () => {
    near(normalSf(1.96), 0.024997895148220435, 1e-15);
    near(normalSf(6), 9.865876450376946e-10, 1e-20);
    near(normalSf(0), 0.5, 1e-16);
    near(normalSf(-1.96), 1 - 0.024997895148220435, 1e-15);
  });

  it('quantile matches scipy.stats.norm.ppf and inverts the survival function', () => {
    near(normalQuantile(0.975), 1.959963984540054, 1e-14);
    near(normalQuantile(1e-10), -6.361340902404056, 1e-12);
    near(normalQuantile(0.5), 0, 1e-16);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    for (const p of [0.001, 0.02, 0.3, 0.7, 0.99]) near(normalSf(-normalQuantile(p)), p, 1e-13);
  });
});
