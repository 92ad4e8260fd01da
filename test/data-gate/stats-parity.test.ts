import { describe, expect, it } from '@jest/globals';
import {
  benjaminiHochberg,
  chi2Contingency,
  jensenShannon,
  ks2samp,
  kolmognSf,
  lInfinity,
  meanStd,
  quantileSorted,
  wasserstein,
} from '@ml-gates/data-gate';
import { lcgSample, readReference, relErr, sorted } from './helpers.js';

type Spec = [number, number, number, number, number];
interface Reference {
  ks: {
    name: string;
    a: Spec;
    b: Spec;
    statistic: number;
    pvalue: number;
    wasserstein: number;
    wassersteinNormed: number;
    meanA: number;
    stdA: number;
    quantilesA: number[];
  }[];
  kstwo: { n: number; x: number; sf: number }[];
  chi2: {
    name: string;
    table: [number[], number[]];
    statistic: number;
    pvalue: number;
    dof: number;
    jensenShannon: number;
    jensenShannonBase2: number;
    lInfinity: number;
  }[];
  bh: { p: number[]; adjusted: number[] }[];
}

const ref = readReference<Reference>();

describe('scipy parity: two-sample KS (ks_2samp, method=auto)', () => {
  it.each(ref.ks.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = sorted(lcgSample(...c.a));
    const b = sorted(lcgSample(...c.b));
    const r = ks2samp(a, b);
    expect(Math.abs(r.statistic - c.statistic)).toBeLessThan(1e-9);
    expect(relErr(r.pvalue, c.pvalue)).toBeLessThan(1e-6);
    expect(r.method).toBe(Math.max(a.length, b.length) <= 10000 ? 'exact' : 'asymp');
  });
});

describe('scipy parity: kstwo.sf', () => {
  it.each(ref.kstwo.map((c) => [c.n, c.x, c.sf] as const))('n=%d x=%d', (n, x, sf) => {
    expect(relErr(kolmognSf(n, x), sf)).toBeLessThan(1e-6);
  });
});

describe('scipy/numpy parity: Wasserstein, mean, std, quantiles', () => {
  it.each(ref.ks.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = sorted(lcgSample(...c.a));
    const b = sorted(lcgSample(...c.b));
    const w = wasserstein(a, b);
    expect(Math.abs(w - c.wasserstein)).toBeLessThan(1e-9);
    const { mean, std } = meanStd(a);
    expect(Math.abs(mean - c.meanA)).toBeLessThan(1e-9);
    expect(Math.abs(std - c.stdA)).toBeLessThan(1e-9);
    expect(Math.abs(w / std - c.wassersteinNormed)).toBeLessThan(1e-9);
    c.quantilesA.forEach((q, i) => expect(Math.abs(quantileSorted(a, i / 10) - q)).toBeLessThan(1e-9));
  });
});

describe('scipy parity: chi2_contingency, Jensen-Shannon, L-infinity', () => {
  it.each(ref.chi2.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = chi2Contingency(c.table[0], c.table[1]);
    expect(r.dof).toBe(c.dof);
    expect(relErr(r.statistic, c.statistic)).toBeLessThan(1e-9);
    expect(relErr(r.pvalue, c.pvalue)).toBeLessThan(1e-6);
    // Natural log by default, as scipy's jensenshannon(p, q) and Evidently; base 2 on request.
    expect(Math.abs(jensenShannon(c.table[0], c.table[1]) - c.jensenShannon)).toBeLessThan(1e-9);
    expect(Math.abs(jensenShannon(c.table[0], c.table[1], 2) - c.jensenShannonBase2)).toBeLessThan(1e-9);
    expect(Math.abs(lInfinity(c.table[0], c.table[1]) - c.lInfinity)).toBeLessThan(1e-9);
  });

  it('keeps tiny p-values instead of rounding them to 0', () => {
    const tiny = ref.chi2.find((c) => c.name === 'tiny-p')!;
    expect(tiny.pvalue).toBeGreaterThan(0);
    expect(chi2Contingency(tiny.table[0], tiny.table[1]).pvalue).toBeGreaterThan(0);
  });
});

describe('Benjamini-Hochberg', () => {
  it.each(ref.bh.map((c) => [c.p.join(','), c] as const))('%s', (_n, c) => {
    const adj = benjaminiHochberg(c.p);
    c.adjusted.forEach((v, i) => expect(Math.abs(adj[i]! - v)).toBeLessThan(1e-12));
  });
});
