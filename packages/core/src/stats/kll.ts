/**
 * A KLL quantile sketch (Karnin, Lang and Liberty, "Optimal Quantile Approximation in Streams", 2016):
 * a stream of numbers summarised in O(k) memory, mergeable (shards sketched apart and merged answer like one
 * sketch of all the values), with a rank error that does not grow with the stream.
 *
 * Structure: level h holds items that each stand for 2^h values. Level capacities shrink by c = 2/3 going
 * down from the top level (which holds k); when the sketch is over its total capacity, the lowest full level
 * is sorted and halved (every other item, starting at a random offset) into the level above. Coin flips come
 * from a seeded xorshift, so a sketch of the same values in the same order is the same bytes.
 *
 * Error bound: each sketched CDF is within ±ε of the true one at every point, with
 * ε = KLL_EPSILON_FACTOR / k (≈ 0.0025 at the default k = 1000). DataSketches' KLL, the same algorithm,
 * documents a 99%-confidence normalised rank error of ≈ 2.3/k^0.97 over all quantiles ("PMF" error);
 * test/core/kll.test.ts checks ours against the exact CDF on generated data, unmerged and merged. A KS
 * statistic from two sketches therefore errs by at most ε_a + ε_b, and from a sketch against exact data by ε.
 */

/** Rank error factor: ε = KLL_EPSILON_FACTOR / k. */
export const KLL_EPSILON_FACTOR = 2.5;
/** Default k: ε ≈ 0.0025, about 3k values (24 KiB) kept. */
export const KLL_DEFAULT_K = 1000;
const C = 2 / 3;

/** The serialised sketch (JSON, e.g. inside a partial report's profile). */
export interface KllSketchJson {
  kind: 'kll';
  k: number;
  /** Values summarised. */
  n: number;
  min: number;
  max: number;
  /** levels[h]: the items of level h (weight 2^h each); level 0 in arrival order, the others sorted. */
  levels: number[][];
}

/** Items with their cumulative weights, sorted by value: what CDF, quantile and KS queries read. */
export interface WeightedSorted {
  values: Float64Array;
  /** cum[i]: total weight of values[0..i]. */
  cum: Float64Array;
  total: number;
}

export class KllSketch {
  readonly k: number;
  n = 0;
  min = Infinity;
  max = -Infinity;
  private levels: number[][] = [[]];
  private size = 0;
  private caps: number[] = [];
  private capTotal = 0;
  private seed: number;
  private view: WeightedSorted | undefined;

  constructor(k = KLL_DEFAULT_K, seed = 0x2545f491) {
    if (!Number.isInteger(k) || k < 8) throw new RangeError(`KLL k must be an integer ≥ 8, got ${k}`);
    this.k = k;
    this.seed = seed >>> 0 || 1;
    this.recapacity();
  }

  /** ε: the bound on |sketched CDF − true CDF| at any point. */
  get epsilon(): number {
    return this.n <= this.k ? 0 : KLL_EPSILON_FACTOR / this.k;
  }

  update(x: number): void {
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.n++;
    this.levels[0]!.push(x);
    this.view = undefined;
    if (++this.size > this.capTotal) this.compress();
  }

  /** Adds every value of `values`. */
  updateAll(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.update(values[i]!);
  }

  /** Folds another sketch (of the same k) into this one. */
  merge(other: KllSketch): void {
    if (other.k !== this.k) throw new RangeError(`cannot merge KLL sketches of k ${this.k} and ${other.k}`);
    if (other.n === 0) return;
    while (this.levels.length < other.levels.length) this.levels.push([]);
    this.recapacity();
    for (let h = 0; h < other.levels.length; h++) {
      const mine = this.levels[h]!;
      const theirs = other.levels[h]!;
      this.levels[h] = h === 0 ? mine.concat(theirs) : mergeSorted(mine, theirs);
    }
    this.n += other.n;
    this.size += other.size;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    this.view = undefined;
    while (this.size > this.capTotal) this.compress();
  }

  /** Level capacities: k at the top, × 2/3 per level down, at least 2. */
  private recapacity(): void {
    const top = this.levels.length - 1;
    this.caps = this.levels.map((_, h) => Math.max(2, Math.ceil(this.k * C ** (top - h))));
    this.capTotal = this.caps.reduce((a, b) => a + b, 0);
  }

  private random(): number {
    let s = this.seed;
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    this.seed = s >>> 0;
    return this.seed & 1;
  }

  /** Halves the lowest level that is at or over its capacity into the level above. */
  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const items = this.levels[h]!;
      if (items.length < this.caps[h]!) continue;
      if (h === this.levels.length - 1) {
        this.levels.push([]);
        this.recapacity();
      }
      if (h === 0) items.sort((a, b) => a - b);
      const keep = items.length % 2 === 1 ? [items[items.length - 1]!] : [];
      const even = items.length - keep.length;
      const up: number[] = [];
      for (let i = this.random(); i < even; i += 2) up.push(items[i]!);
      this.levels[h] = keep;
      this.levels[h + 1] = mergeSorted(this.levels[h + 1]!, up);
      this.size -= even - up.length;
      return;
    }
  }

  /** All items with cumulative weights, sorted (cached until the next update). */
  sorted(): WeightedSorted {
    if (this.view) return this.view;
    const pairs: [number, number][] = [];
    this.levels.forEach((items, h) => {
      for (const v of items) pairs.push([v, 2 ** h]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(pairs.length);
    const cum = new Float64Array(pairs.length);
    let t = 0;
    pairs.forEach(([v, w], i) => {
      values[i] = v;
      t += w;
      cum[i] = t;
    });
    this.view = { values, cum, total: t };
    return this.view;
  }

  /** Estimated share of values ≤ x. */
  cdf(x: number): number {
    const s = this.sorted();
    if (s.total === 0) return 0;
    const i = upperBound(s.values, x);
    return i === 0 ? 0 : s.cum[i - 1]! / s.total;
  }

  /** Estimated quantile: the smallest kept value whose estimated share ≤ it reaches p (min at 0, max at 1). */
  quantile(p: number): number {
    if (this.n === 0) return Number.NaN;
    if (p <= 0) return this.min;
    if (p >= 1) return this.max;
    const s = this.sorted();
    const target = p * s.total;
    let lo = 0;
    let hi = s.values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.cum[mid]! >= target) hi = mid;
      else lo = mid + 1;
    }
    return s.values[lo]!;
  }

  toJSON(): KllSketchJson {
    return { kind: 'kll', k: this.k, n: this.n, min: this.min, max: this.max, levels: this.levels.map((l) => [...l]) };
  }

  /** Rebuilds a sketch from its JSON; throws a RangeError naming what is wrong. */
  static fromJSON(j: KllSketchJson): KllSketch {
    if (j?.kind !== 'kll' || !Array.isArray(j.levels) || !Number.isInteger(j.n) || j.n < 0) {
      throw new RangeError('not a KLL sketch (expected kind "kll", levels and n)');
    }
    const s = new KllSketch(j.k);
    s.levels = j.levels.map((l) => {
      if (!Array.isArray(l) || l.some((v) => typeof v !== 'number'))
        throw new RangeError('KLL levels must hold numbers');
      return [...l];
    });
    if (s.levels.length === 0) s.levels = [[]];
    s.recapacity();
    for (let h = 1; h < s.levels.length; h++) s.levels[h]!.sort((a, b) => a - b);
    s.size = s.levels.reduce((a, l) => a + l.length, 0);
    const weight = s.levels.reduce((a, l, h) => a + l.length * 2 ** h, 0);
    if (weight !== j.n) throw new RangeError(`KLL sketch weights add up to ${weight}, not n = ${j.n}`);
    s.n = j.n;
    s.min = j.n > 0 ? j.min : Infinity;
    s.max = j.n > 0 ? j.max : -Infinity;
    return s;
  }
}

function mergeSorted(a: number[], b: number[]): number[] {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a;
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[o++] = a[i++]!;
  while (j < b.length) out[o++] = b[j++]!;
  return out;
}

/** Index of the first value > x in a sorted array. */
function upperBound(v: Float64Array, x: number): number {
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Exact sorted data as a `WeightedSorted` (weights 1, no copy of the values). */
export function exactSorted(sorted: Float64Array): WeightedSorted {
  return { values: sorted, cum: new Float64Array(0), total: sorted.length };
}

function cumAt(s: WeightedSorted, i: number): number {
  return s.cum.length === 0 ? i + 1 : s.cum[i]!;
}

/**
 * sup |F_a − F_b| and ∫|F_a − F_b| dx (the KS statistic and the Wasserstein-1 distance) of two distributions
 * given as sorted weighted values, in one merge walk (exact data: `exactSorted`; a sketch: `sketch.sorted()`).
 */
export function cdfDistances(a: WeightedSorted, b: WeightedSorted): { ks: number; wasserstein: number } {
  let i = 0;
  let j = 0;
  let fa = 0;
  let fb = 0;
  let ks = 0;
  let w = 0;
  let prev = Number.NaN;
  const na = a.values.length;
  const nb = b.values.length;
  while (i < na || j < nb) {
    const x = j >= nb || (i < na && a.values[i]! <= b.values[j]!) ? a.values[i]! : b.values[j]!;
    if (!Number.isNaN(prev)) w += Math.abs(fa - fb) * (x - prev);
    while (i < na && a.values[i]! <= x) i++;
    while (j < nb && b.values[j]! <= x) j++;
    fa = i === 0 ? 0 : cumAt(a, i - 1) / a.total;
    fb = j === 0 ? 0 : cumAt(b, j - 1) / b.total;
    const d = Math.abs(fa - fb);
    if (d > ks) ks = d;
    prev = x;
  }
  return { ks, wasserstein: w };
}
