/**
 * The one seeded pseudo-random generator of ml-gates: xoshiro128** 1.1 (Blackman & Vigna, period 2^128 − 1,
 * passes BigCrush and PractRand), seeded through splitmix32 from a user seed and a stream name. One user
 * seed gives every consumer (a bootstrap, an attack on one sample…) its own stream, so results do not depend
 * on batching, concurrency or the order work finishes in: same seed and stream → same numbers, on any host.
 *
 * @example
 *   const rng = Rng.stream(20261122, 'square', 12);
 *   rng.next(); // uniform in [0, 1)
 *   rng.int(6); // 0..5
 *   rng.normal(); // standard normal deviate
 */

// Module-level aliases: a global lookup per call is slow in some hosts (Jest's VM contexts).
const { cos, floor, imul, log, PI, sin, sqrt } = Math;

const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;

/** splitmix32 step: advances `state.s` by the golden-ratio increment and returns its mixed value. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  return mix32(state.s);
}

/** The splitmix32 / murmur3 finaliser: every input bit affects every output bit. */
function mix32(x: number): number {
  x = imul(x ^ (x >>> 16), 0x85ebca6b);
  x = imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** 32-bit FNV-1a of a string (turns stream names into seed material). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A seeded xoshiro128** generator with the helpers the gates need (floats, integers, normals, shuffles). */
export class Rng {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private spare: number | undefined;

  /**
   * @param seed any integer (the full range of safe integers is used, negative ones included)
   * @param stream names an independent stream of that seed (e.g. `'bootstrap'`, `3`, `'square/12'`)
   */
  constructor(seed: number, stream: string | number = '') {
    if (!Number.isFinite(seed)) throw new RangeError(`Rng: the seed must be a finite number, not ${seed}.`);
    const lo = seed >>> 0;
    const hi = floor(seed / TWO_32) | 0;
    const st = { s: mix32(lo ^ mix32(hi ^ fnv1a(String(stream)))) | 0 };
    this.setState(splitmix32(st), splitmix32(st), splitmix32(st), splitmix32(st));
  }

  /** The stream of `seed` named by `names` joined with `/`: `Rng.stream(7, 'square', 3)`. */
  static stream(seed: number, ...names: (string | number)[]): Rng {
    return new Rng(seed, names.join('/'));
  }

  /** A generator in an explicit 128-bit state (for known-answer tests against the reference C code). */
  static fromState(state: readonly [number, number, number, number]): Rng {
    const rng = new Rng(0);
    rng.setState(...state);
    return rng;
  }

  private setState(a: number, b: number, c: number, d: number): void {
    this.s0 = a | 0;
    this.s1 = b | 0;
    this.s2 = c | 0;
    this.s3 = d | 0;
    // The all-zero state is the one state xoshiro cannot leave.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
    this.spare = undefined;
  }

  /** Uniform 32-bit unsigned integer. */
  nextU32(): number {
    const result = imul(rotl(imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits (every double of the form k / 2^53). */
  next(): number {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo) / TWO_53;
  }

  /**
   * Uniform integer in [0, n) for 1 ≤ n ≤ 2^32, from one 32-bit draw (multiply-shift: the bias is below
   * n / 2^32, i.e. under 3e-5 for a million rows — negligible against bootstrap noise, and twice as fast as an
   * exact rejection method in the bootstrap's inner loop).
   */
  int(n: number): number {
    return floor((this.nextU32() / TWO_32) * n);
  }

  /** Uniform integer in [lo, hi] (both inclusive). */
  intBetween(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** −1 or +1 with equal probability. */
  sign(): number {
    return this.nextU32() & 1 ? 1 : -1;
  }

  /** Standard normal deviate (Box–Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    const u = 1 - this.next(); // (0, 1]: log(u) is finite
    const v = this.next();
    const r = sqrt(-2 * log(u));
    this.spare = r * sin(2 * PI * v);
    return r * cos(2 * PI * v);
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  /** A uniformly random permutation of 0..n−1. */
  permutation(n: number): Uint32Array {
    const p = new Uint32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    return this.shuffle(p);
  }

  /** A uniformly chosen element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Rng.pick: the list is empty.');
    return items[this.int(items.length)]!;
  }
}
