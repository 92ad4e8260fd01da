/**
 * The reference profile: a small JSON summary of a trusted dataset (counts, nulls, min/max/mean/std,
 * reference-quantile bin edges with counts, category counts and a mergeable quantile sketch). Drift against
 * a profile gives the same PSI, chi-square, Jensen–Shannon and L∞ as against the raw reference (they only
 * need counts); Wasserstein is approximated from the sketch, and KS is never computed from a profile.
 */
import { UserError } from '@ml-gates/core';
import type { ColumnData, ColumnType, SketchedValues } from './accumulate.js';
import { countLE, meanStd, quantileSorted } from '../stats/tests.js';

export const PROFILE_KIND = 'ml-gates/data-profile';
export const PROFILE_VERSION = 1;
/** Points of the quantile sketch: q(i / SKETCH_STEPS), i = 0..SKETCH_STEPS. */
export const SKETCH_STEPS = 1000;

export interface QuantileSketch {
  /** Values summarised. */
  n: number;
  /** Quantiles at probabilities i / (q.length − 1), numpy 'linear'. */
  q: number[];
}

export interface NumericProfile {
  count: number;
  min: number;
  max: number;
  mean: number;
  std: number;
  bins: { edges: number[]; counts: number[]; binning: string };
  sketch: QuantileSketch;
}

export interface ProfileColumn {
  type: ColumnType;
  count: number;
  nulls: number;
  /** ±Infinity values in a numeric column, counted apart (not in the moments, bins or sketch). */
  infinite?: number;
  numeric?: NumericProfile;
  categories?: { counts: Record<string, number>; other: number; truncated: boolean };
}

export interface DataProfile {
  kind: typeof PROFILE_KIND;
  version: typeof PROFILE_VERSION;
  createdAt: string;
  tool: string;
  /** The files profiled, with the sha256 of the bytes read (profiles written before it was recorded have none). */
  source: { files: { path: string; rows: number; bytes: number; sha256?: string }[] };
  rows: number;
  columns: Record<string, ProfileColumn>;
}

/** Bin edges at the reference quantiles 1/bins … (bins−1)/bins (numpy 'linear'), duplicates removed. */
export function quantileEdges(sorted: Float64Array, bins: number): number[] {
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const e = quantileSorted(sorted, i / bins);
    if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
  }
  return edges;
}

/** Counts in (−∞, e1], (e1, e2], …, (ek, ∞). */
export function binCounts(sorted: Float64Array, edges: readonly number[]): number[] {
  const counts: number[] = [];
  let prev = 0;
  for (const e of edges) {
    const c = countLE(sorted, e);
    counts.push(c - prev);
    prev = c;
  }
  counts.push(sorted.length - prev);
  return counts;
}

export const BINNING_DESCRIPTION = 'reference quantiles (numpy linear), right-closed bins, open-ended first and last';

export function sketchOf(sorted: Float64Array, steps = SKETCH_STEPS): QuantileSketch {
  const q: number[] = [];
  for (let i = 0; i <= steps; i++) q.push(quantileSorted(sorted, i / steps));
  return { n: sorted.length, q };
}

/** Quantile from a sketch (linear between sketch points). */
export function sketchQuantile(s: QuantileSketch, p: number): number {
  const k = s.q.length - 1;
  const pos = p * k;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, k);
  return s.q[lo]! + (s.q[hi]! - s.q[lo]!) * (pos - lo);
}

function sketchCdf(s: QuantileSketch, x: number): number {
  const q = s.q;
  const k = q.length - 1;
  if (x < q[0]!) return 0;
  if (x >= q[k]!) return 1;
  let lo = 0;
  let hi = k;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (q[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const span = q[hi]! - q[lo]!;
  return (lo + (span > 0 ? (x - q[lo]!) / span : 0)) / k;
}

/** Merges two sketches (shards profiled separately): the count-weighted mixture of their CDFs, re-sampled. */
export function mergeSketches(a: QuantileSketch, b: QuantileSketch, steps = SKETCH_STEPS): QuantileSketch {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const xs = [...new Set([...a.q, ...b.q])].sort((x, y) => x - y);
  const n = a.n + b.n;
  const F = xs.map((x) => (a.n * sketchCdf(a, x) + b.n * sketchCdf(b, x)) / n);
  const q: number[] = [];
  let j = 0;
  for (let i = 0; i <= steps; i++) {
    const p = i / steps;
    while (j < xs.length - 1 && F[j]! < p) j++;
    if (j === 0 || F[j]! === F[j - 1]!) q.push(xs[j]!);
    else q.push(xs[j - 1]! + ((xs[j]! - xs[j - 1]!) * (p - F[j - 1]!)) / (F[j]! - F[j - 1]!));
  }
  q[0] = Math.min(a.q[0]!, b.q[0]!);
  q[steps] = Math.max(a.q[a.q.length - 1]!, b.q[b.q.length - 1]!);
  return { n, q };
}

export function numericProfile(sorted: Float64Array, bins: number): NumericProfile | undefined {
  if (sorted.length === 0) return undefined;
  const { mean, std } = meanStd(sorted);
  const edges = quantileEdges(sorted, bins);
  return {
    count: sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean,
    std,
    bins: { edges, counts: binCounts(sorted, edges), binning: BINNING_DESCRIPTION },
    sketch: sketchOf(sorted),
  };
}

/** A numeric profile from a sketched column: exact count/min/max/mean/std, edges, counts and quantiles ±ε. */
export function numericProfileFromSketch(s: SketchedValues, bins: number): NumericProfile | undefined {
  const k = s.sketch;
  if (k.n === 0) return undefined;
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const e = k.quantile(i / bins);
    if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
  }
  const counts: number[] = [];
  let prev = 0;
  for (const e of edges) {
    const c = Math.round(k.cdf(e) * k.n);
    counts.push(c - prev);
    prev = c;
  }
  counts.push(k.n - prev);
  const q: number[] = [];
  for (let i = 0; i <= SKETCH_STEPS; i++) q.push(k.quantile(i / SKETCH_STEPS));
  return {
    count: k.n,
    min: k.min,
    max: k.max,
    mean: s.mean,
    std: s.std,
    bins: { edges, counts, binning: `${BINNING_DESCRIPTION}; estimated from a KLL sketch (±${k.epsilon} in rank)` },
    sketch: { n: k.n, q },
  };
}

export function isNumericType(t: ColumnType): boolean {
  return t === 'integer' || t === 'number';
}

export function buildProfile(
  columns: readonly ColumnData[],
  files: { path: string; rows: number; bytes: number; sha256?: string }[],
  options: { bins: number; tool: string },
): DataProfile {
  const out: Record<string, ProfileColumn> = {};
  for (const c of columns) {
    const col: ProfileColumn = { type: c.type, count: c.count, nulls: c.nulls };
    if (c.infiniteCount > 0) col.infinite = c.infiniteCount;
    if (isNumericType(c.type)) {
      const np = c.sketched
        ? numericProfileFromSketch(c.sketched, options.bins)
        : numericProfile(c.values, options.bins);
      if (np) col.numeric = np;
    }
    if (c.categories.size > 0) {
      col.categories = {
        counts: Object.fromEntries(c.categories),
        other: c.categoriesOther,
        truncated: c.categoriesTruncated,
      };
    }
    out[c.name] = col;
  }
  return {
    kind: PROFILE_KIND,
    version: PROFILE_VERSION,
    createdAt: new Date().toISOString(),
    tool: options.tool,
    source: { files },
    rows: files.reduce((a, f) => a + f.rows, 0),
    columns: out,
  };
}

/** Parses and checks a profile file; a clear error when it is something else. */
export function parseProfile(text: string, where: string): DataProfile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError('input-invalid', `${where} is not valid JSON: ${(error as Error).message}`);
  }
  const p = value as Partial<DataProfile>;
  if (!p || p.kind !== PROFILE_KIND || typeof p.columns !== 'object' || p.columns === null) {
    throw new UserError(
      'input-invalid',
      `${where} is not an ml-gates data profile (expected "kind": "${PROFILE_KIND}").`,
      {
        details: ['Create one with "ml-gates data profile FILE... --out profile.json".'],
      },
    );
  }
  if (p.version !== PROFILE_VERSION) {
    throw new UserError(
      'input-invalid',
      `${where} has profile version ${String(p.version)}; this ml-gates reads version ${PROFILE_VERSION}.`,
      {
        details: ['Regenerate the profile with this version of ml-gates.'],
      },
    );
  }
  return p as DataProfile;
}
