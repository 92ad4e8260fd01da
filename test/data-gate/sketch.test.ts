/**
 * Bounded memory (issue #20 item 4): above `sketch-above` values a numeric column keeps a KLL sketch; KS and
 * Wasserstein then come from the sketches within the stated bound of the exact values, and the report says so.
 * Below the threshold nothing changes (the other data-gate suites keep their exact assertions).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultConfig,
  KLL_DEFAULT_K,
  KLL_EPSILON_FACTOR,
  Rng,
  runGate,
  silentLogger,
  type GateResult,
} from '@ml-gates/core';
import { dataGate, GATE_OPTIONS_SCHEMA } from '@ml-gates/data-gate';

const EPS = KLL_EPSILON_FACTOR / KLL_DEFAULT_K;
const dir = mkdtempSync(join(tmpdir(), 'dg-sketch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, rows: number, seed: number, shift: number): void {
  const r = new Rng(seed);
  const lines = ['x,y,k'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${(r.normal() + shift).toFixed(4)},${Math.exp(r.normal() * 0.5 + shift).toFixed(3)},c${r.int(5)}`);
  }
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
}
write('ref.csv', 30_000, 1, 0);
write('cur.csv', 30_000, 2, 0.08);

async function run(extra: Record<string, unknown> = {}): Promise<GateResult> {
  const config = defaultConfig();
  const checks = Object.fromEntries(
    dataGate.checks.map((c) => [c.id, ['drift', 'outliers'].includes(c.id) ? {} : 'off']),
  );
  config.gates['data-gate'] = { dataset: 'cur.csv', reference: 'ref.csv', checks, ...extra } as never;
  return runGate(dataGate, { config, cwd: dir, logger: silentLogger });
}
const metric = (r: GateResult, check: string, name: string, subject: string) =>
  r.checks.find((c) => c.id === check)!.metrics.find((m) => m.name === name && m.subject === subject)!;

describe('sketch-above', () => {
  it('has a schema default (the only default)', () => {
    expect((GATE_OPTIONS_SCHEMA['sketch-above'] as { default: number }).default).toBe(5_000_000);
  });

  it('below the threshold: exact statistics, no sketch mentioned', async () => {
    const r = await run();
    expect(metric(r, 'drift', 'ks', 'x').method).toBe('ks');
    expect(metric(r, 'drift', 'wasserstein_normed', 'x').details?.exact).toBe(true);
    expect(metric(r, 'outliers', 'outlier_share_iqr', 'x').details?.sketched).toBeUndefined();
  });

  it('above it: KS and Wasserstein within the stated bound of the exact values, verdicts unchanged', async () => {
    const exact = await run();
    const sketched = await run({ 'sketch-above': 2000 });
    expect(sketched.verdict).toBe(exact.verdict);
    for (const col of ['x', 'y']) {
      const ke = metric(exact, 'drift', 'ks', col);
      const ks = metric(sketched, 'drift', 'ks', col);
      expect(ks.method).toBe(`ks (sketched, ±${(2 * EPS).toPrecision(2)})`);
      expect(Math.abs(ks.value! - ke.value!)).toBeLessThanOrEqual(2 * EPS);
      const we = metric(exact, 'drift', 'wasserstein_normed', col);
      const ws = metric(sketched, 'drift', 'wasserstein_normed', col);
      const bound = (ws.details?.sketched as { normedBound: number }).normedBound;
      expect(bound).toBeGreaterThan(0);
      expect(Math.abs(ws.value! - we.value!)).toBeLessThanOrEqual(bound);
      expect(ws.verdict).toBe(we.verdict);
      const pe = metric(exact, 'drift', 'psi', col);
      const ps = metric(sketched, 'drift', 'psi', col);
      expect(ps.method).toBe('psi (sketched bins)');
      expect(Math.abs(ps.value! - pe.value!)).toBeLessThan(0.01);
      const oe = metric(exact, 'outliers', 'outlier_share_iqr', col);
      const os = metric(sketched, 'outliers', 'outlier_share_iqr', col);
      expect(os.details?.sketched).toBeDefined();
      expect(Math.abs(os.value! - oe.value!)).toBeLessThanOrEqual(4 * EPS);
    }
  });
});
