/** Test helpers for data-gate: the deterministic sample generator shared with generate.py. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'data-gate');

const M = 2147483647;

/** Same as `lcg_sample` in generate.py (Park–Miller LCG; exact in doubles on both sides). */
export function lcgSample(seed: number, n: number, mu: number, sigma: number, step: number): Float64Array {
  let x = seed;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < 3; k++) {
      x = (x * 48271) % M;
      s += x / M;
    }
    let v = mu + sigma * ((s - 1.5) * 2.0);
    if (step > 0) v = Math.floor(v / step) * step;
    out[i] = v;
  }
  return out;
}

export function sorted(a: Float64Array): Float64Array {
  return a.slice().sort();
}

export function readReference<T>(): T {
  return JSON.parse(readFileSync(join(FIXTURES, 'reference-values.json'), 'utf8')) as T;
}

export function relErr(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
}
