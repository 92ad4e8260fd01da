/** Synthetic predictions files for gating tests, from a seeded PRNG (no Python needed). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '@ml-gates/core';

export function normal(rng: Rng): number {
  return rng.normal();
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export interface Population {
  n: number;
  x: number[];
  y: number[];
  group: string[];
  noise: number[];
}

/** Rows with a latent signal x, labels y = [x + ε > 0], and a group a/b with equal base rates. */
export function population(n = 2000, seed = 7): Population {
  const rng = new Rng(seed);
  const x: number[] = [];
  const y: number[] = [];
  const group: string[] = [];
  const noise: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = normal(rng);
    x.push(xi);
    y.push(xi + 0.8 * normal(rng) > 0 ? 1 : 0);
    group.push(rng.next() < 0.5 ? 'a' : 'b');
    noise.push(normal(rng));
  }
  return { n, x, y, group, noise };
}

/** Scores p = σ(strength·x + noiseScale·ε + shift[group]), where ε is fresh noise from `seed`. */
export function model(
  pop: Population,
  strength: number,
  noiseScale: number,
  seed: number,
  shift: Record<string, number> = {},
): number[] {
  const rng = new Rng(seed);
  return pop.x.map((xi, i) => sigmoid(strength * xi + noiseScale * normal(rng) + (shift[pop.group[i]!] ?? 0)));
}

export function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'mlg-perf-'));
}

export function writeCsv(dir: string, name: string, pop: Population, scores: number[]): string {
  const lines = ['id,label,score,group'];
  for (let i = 0; i < pop.n; i++) lines.push(`${i},${pop.y[i]},${scores[i]!.toPrecision(10)},${pop.group[i]}`);
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return name;
}
