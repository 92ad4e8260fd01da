import { describe, expect, it } from '@jest/globals';
import { chi2Sf, gammaQ, lgamma } from '@ml-gates/core';
import { chi2Sf as dataGateChi2Sf } from '../../../packages/data-gate/src/stats/tests.js';

const near = (actual: number, expected: number, relTol: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relTol * Math.abs(expected));
};

describe('core/stats gamma', () => {
  it('ln Γ matches closed forms', () => {
    near(lgamma(5), Math.log(24), 1e-15);
    near(lgamma(0.5), 0.5 * Math.log(Math.PI), 1e-15);
    near(lgamma(101), 363.73937555556347, 1e-15); // scipy.special.gammaln(101)
  });

  it('Q(a, x) matches closed forms and its edges', () => {
    for (const x of [0.1, 1, 7.5, 40]) near(gammaQ(1, x), Math.exp(-x), 1e-14);
    expect(gammaQ(2.5, 0)).toBe(1);
    expect(gammaQ(2.5, -1)).toBe(1);
    // Q(2, x) = (1 + x)·e^{-x}
    near(gammaQ(2, 3), 4 * Math.exp(-3), 1e-14);
  });

  it('chi-square survival matches scipy, far into the tail', () => {
    near(chi2Sf(3.841458820694124, 1), 0.05, 1e-12); // scipy.stats.chi2.ppf(0.95, 1)
    near(chi2Sf(10, 2), Math.exp(-5), 1e-14);
    near(chi2Sf(1300, 2), Math.exp(-650), 1e-12); // a textbook series underflows here
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(2, 0)).toBeNaN();
  });

  it("is data-gate's chi-square survival, digit for digit", () => {
    for (const dof of [1, 2, 3, 7.5, 30, 200])
      for (const x of [0, 0.01, 0.5, 1, 3.84, 12, 55, 400, 2000]) expect(chi2Sf(x, dof)).toBe(dataGateChi2Sf(x, dof));
  });
});
