/** Hostile-input smoke test: truncated and byte-flipped fixtures never crash the scanner and end quickly. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS, GlobalPolicy, scanFile } from '@ml-gates/model-scan';

const ROOT = join(process.cwd(), 'test/fixtures/model-scan');
const opts = { policy: new GlobalPolicy(), limits: { ...DEFAULT_LIMITS, timeoutSeconds: 20 }, hash: false };

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('mutated fixtures', () => {
  const files = [...walk(join(ROOT, 'benign')), ...walk(join(ROOT, 'malicious'))].filter(
    (f) => statSync(f).size < 200_000,
  );
  const dir = mkdtempSync(join(tmpdir(), 'ms-mut-'));
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s', async (rel, abs) => {
    const data = readFileSync(abs);
    const rand = rng(data.length);
    for (let k = 0; k < 6; k++) {
      const m = Buffer.from(data);
      if (k % 3 === 0) {
        const cut = Math.floor(rand() * m.length);
        writeFileSync(join(dir, 'm'), m.subarray(0, cut));
      } else {
        for (let i = 0; i < 1 + k * 3; i++) m[Math.floor(rand() * m.length)] = Math.floor(rand() * 256);
        writeFileSync(join(dir, 'm'), m);
      }
      const t0 = Date.now();
      const r = await scanFile(join(dir, 'm'), rel, statSync(join(dir, 'm')).size, opts);
      expect(Date.now() - t0).toBeLessThan(20_000);
      expect(Array.isArray(r.findings)).toBe(true);
    }
  });
});
