import { describe, expect, it } from '@jest/globals';
import { Rng } from '@ml-gates/core';

const draws = (rng: Rng, n: number, f: (r: Rng) => number = (r) => r.next()): number[] =>
  Array.from({ length: n }, () => f(rng));

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

/** A chi-square bound that a fair generator exceeds with probability ~1e-6 (mean df, sd √(2df)). */
const chiBound = (df: number): number => df + 5 * Math.sqrt(2 * df);

function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('Rng (xoshiro128**)', () => {
  it('matches the reference C implementation (Blackman & Vigna) from a known state', () => {
    // Printed by xoshiro128starstar.c (prng.di.unimi.it) compiled with gcc, state {1, 2, 3, 4}.
    const rng = Rng.fromState([1, 2, 3, 4]);
    expect(draws(rng, 10, (r) => r.nextU32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
    // …and after 1000 steps from a state with every bit pattern (catches sign / shift slips in 32-bit JS).
    const other = Rng.fromState([0x9e3779b9, 0x7f4a7c15, 0xdeadbeef, 0x01234567]);
    for (let i = 0; i < 1000; i++) other.nextU32();
    expect(draws(other, 4, (r) => r.nextU32())).toEqual([1011553451, 783761104, 1056879273, 2410485982]);
  });

  it('is deterministic for a seed and stream, and differs across seeds and streams', () => {
    expect(draws(new Rng(42), 50)).toEqual(draws(new Rng(42), 50));
    expect(draws(Rng.stream(7, 'square', 3), 20)).toEqual(draws(new Rng(7, 'square/3'), 20));
    const base = draws(new Rng(42), 20);
    for (const other of [new Rng(43), new Rng(42, 'b'), new Rng(42, 1), new Rng(2 ** 40 + 42), new Rng(-42)]) {
      const d = draws(other, 20);
      expect(d).not.toEqual(base);
      // Not just shifted copies: no draw in common at all.
      expect(d.filter((x) => base.includes(x))).toEqual([]);
    }
    // Numeric and string names of a stream are the same stream.
    expect(draws(new Rng(5, 3), 5)).toEqual(draws(new Rng(5, '3'), 5));
    expect(() => new Rng(Number.NaN)).toThrow('finite');
  });

  it('keeps every helper in its range', () => {
    const rng = new Rng(1);
    const out: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) out.push(`next ${u}`);
      const k = rng.int(7);
      if (!(Number.isInteger(k) && k >= 0 && k < 7)) out.push(`int ${k}`);
      const v = rng.uniform(-3, 5);
      if (!(v >= -3 && v < 5)) out.push(`uniform ${v}`);
    }
    expect(out).toEqual([]);
    expect(new Set(draws(rng, 2000, (r) => r.int(7))).size).toBe(7);
    const between = new Set(draws(rng, 2000, (r) => r.intBetween(-2, 2)));
    expect([...between].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    expect(new Set(draws(rng, 200, (r) => r.sign()))).toEqual(new Set([-1, 1]));
    expect(() => rng.pick([])).toThrow('empty');
    expect(['a', 'b', 'c']).toContain(rng.pick(['a', 'b', 'c']));
    // 53-bit floats: the low bits vary (a 32-bit float would leave multiples of 2^-32 only).
    expect(draws(rng, 100).some((x) => (x * 2 ** 32) % 1 !== 0)).toBe(true);
  });

  it('is uniform: chi-square over 100 bins, for integers, floats and low bits', () => {
    for (const seed of [1, 2, 20261122]) {
      const rng = new Rng(seed);
      const ints = new Array<number>(100).fill(0);
      const floats = new Array<number>(100).fill(0);
      const lowBits = new Array<number>(16).fill(0);
      for (let i = 0; i < 100_000; i++) {
        ints[rng.int(100)]! += 1;
        floats[Math.floor(rng.next() * 100)]! += 1;
        lowBits[rng.nextU32() & 15]! += 1;
      }
      expect(chiSquare(ints)).toBeLessThan(chiBound(99));
      expect(chiSquare(floats)).toBeLessThan(chiBound(99));
      expect(chiSquare(lowBits)).toBeLessThan(chiBound(15));
    }
    // The bound bites: the classic modulo bias ((8 random bits) % 100 favours 0..55) fails it.
    const rng = new Rng(1);
    const biased = new Array<number>(100).fill(0);
    for (let i = 0; i < 100_000; i++) biased[(rng.nextU32() & 255) % 100]! += 1;
    expect(chiSquare(biased)).toBeGreaterThan(chiBound(99));
  });

  it('shows no correlation between seeds 1 and 2, nor between successive draws', () => {
    const n = 20_000;
    const a = draws(new Rng(1), n);
    const b = draws(new Rng(2), n);
    // |r| of independent uniforms has sd 1/√n ≈ 0.007; 5 sd is ≈ 0.035.
    expect(Math.abs(correlation(a, b))).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(correlation(a.slice(1), a.slice(0, -1)))).toBeLessThan(5 / Math.sqrt(n));
    // Bit by bit, the first 32-bit outputs of the two seeds agree on half their bits.
    const ra = new Rng(1);
    const rb = new Rng(2);
    let same = 0;
    for (let i = 0; i < 2000; i++) {
      const x = ~(ra.nextU32() ^ rb.nextU32());
      for (let k = 0; k < 32; k++) same += (x >>> k) & 1;
    }
    const bits = 2000 * 32;
    expect(Math.abs(same / bits - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / bits));
  });

  it('draws standard normal deviates', () => {
    const z = draws(new Rng(3), 50_000, (r) => r.normal());
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const variance = z.reduce((s, x) => s + (x - mean) ** 2, 0) / (z.length - 1);
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(z.length));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / z.length));
    const inside = z.filter((x) => Math.abs(x) < 1.959964).length / z.length;
    expect(Math.abs(inside - 0.95)).toBeLessThan(5 * Math.sqrt((0.95 * 0.05) / z.length));
    expect(z.every(Number.isFinite)).toBe(true);
  });

  it('shuffles: permutations are permutations, and all orders of 3 are equally likely', () => {
    const rng = new Rng(9);
    const p = rng.permutation(1000);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...p]).not.toEqual(Array.from({ length: 1000 }, (_, i) => i));
    const counts = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      const key = rng.shuffle(['a', 'b', 'c']).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    expect(chiSquare([...counts.values()])).toBeLessThan(chiBound(5));
  });
});
