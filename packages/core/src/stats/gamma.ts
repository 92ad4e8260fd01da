/**
 * Gamma-family special functions, from stdlib (`@stdlib/math-base-special-gammainc`, a port of Boost's igamma,
 * and `gammaln`): accurate far into the tails, where a textbook series underflows.
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';

/** ln Γ(x). */
export function lgamma(x: number): number {
  return gammaln(x);
}

/** Regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a); 1 for x ≤ 0. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  return gammainc(x, a, true, true);
}

/** Chi-square survival function P(X > x) for `dof` degrees of freedom: Q(dof/2, x/2) (scipy.stats.chi2.sf). */
export function chi2Sf(x: number, dof: number): number {
  if (dof <= 0) return Number.NaN;
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}
