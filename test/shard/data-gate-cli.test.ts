/**
 * data-gate sharded through the CLI, as a job matrix runs it: `run --shard i/N` in each job, then
 * `ml-gates merge`. data-gate merges its own partial profiles and judges drift at the merge with the merge's
 * config, so the merge must have the check options the shards ran with, and must refuse another config.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import {
  KLL_DEFAULT_K,
  KLL_EPSILON_FACTOR,
  loadConfig,
  mergeResults,
  runGate,
  silentLogger,
  type GateOverrides,
  type GateResult,
  type RunReport,
} from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';

const CONFIG = (psiFail: number) => `version: 1
gates:
  data-gate:
    dataset: cur/*.csv
    reference: reference.csv
    checks:
      schema: off
      pii: off
      secrets: off
      drift:
        ignore-columns: [user_id]
        numeric: { metric: psi, warn: 0.1, fail: ${psiFail} }
        categorical: { metric: jensen_shannon, warn: 0.1, fail: 0.2 }
      label-balance:
        column: churned
`;

let dir: string;
function io(): CliIo & { out: string; err: string } {
  const s = { out: '', err: '' };
  return Object.assign(s, {
    stdout: (t: string) => void (s.out += t),
    stderr: (t: string) => void (s.err += t),
    cwd: dir,
    env: { CI: 'true', GITHUB_SHA: 'e'.repeat(40) },
    isTTY: false,
  });
}
const result = (out: string): GateResult =>
  (JSON.parse(readFileSync(join(dir, out, 'ml-gates.json'), 'utf8')) as RunReport).results[0]!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlg-dg-cli-'));
  const src = resolve('examples/demo/data-gate');
  mkdirSync(join(dir, 'cur'));
  const [header, ...rows] = readFileSync(join(src, 'current.csv'), 'utf8').trimEnd().split('\n');
  const part = Math.ceil(rows.length / 3);
  for (let i = 0; i < 3; i++)
    writeFileSync(join(dir, `cur/p${i}.csv`), `${header}\n${rows.slice(i * part, (i + 1) * part).join('\n')}\n`);
  copyFileSync(join(src, 'reference.csv'), join(dir, 'reference.csv'));
  writeFileSync(join(dir, 'ml-gates.yml'), CONFIG(0.25));
  writeFileSync(join(dir, 'lenient.yml'), CONFIG(5));
  await main(['run', '--out', 'whole'], io());
  for (let i = 1; i <= 2; i++) await main(['run', '--shard', `${i}/2`, '--out', `s${i}`], io());
});

describe('data-gate: run --shard i/N, then ml-gates merge', () => {
  it('merges to the unsharded verdicts and drift metrics (exact ones exact, KS within ±ε)', async () => {
    const t = io();
    const code = await main(['merge', 's1', 's2', '--out', 'merged'], t);
    expect(t.err).not.toMatch(/failed unexpectedly/);
    const whole = result('whole');
    const merged = result('merged');
    expect(code).toBe(whole.verdict === 'fail' ? 1 : 0);
    // The demo's current data drifted (session_minutes doubled): the drift check fails, whole and merged.
    expect(whole.checks.find((c) => c.id === 'drift')!.verdict).toBe('fail');
    expect(merged.errors).toEqual([]);
    expect(merged.verdict).toBe(whole.verdict);
    expect(merged.checks.map((c) => [c.id, c.verdict])).toEqual(whole.checks.map((c) => [c.id, c.verdict]));
    const drift = (r: GateResult) => r.checks.find((c) => c.id === 'drift')!.metrics;
    for (const m of drift(whole)) {
      const g = drift(merged).find((x) => x.name === m.name && x.subject === m.subject)!;
      expect(g.verdict).toBe(m.verdict);
      if (m.value === null || m.name.endsWith('_pvalue')) continue;
      const bound =
        m.name === 'ks' ? KLL_EPSILON_FACTOR / KLL_DEFAULT_K : m.name === 'wasserstein_normed' ? 0.05 : 1e-9;
      expect(Math.abs(g.value! - m.value)).toBeLessThanOrEqual(bound);
    }
  });

  it('a merge with another config than the shards ran with is refused (exit 2), naming the fix', async () => {
    const t = io();
    expect(await main(['merge', 's1', 's2', '--config', 'lenient.yml', '--out', 'lenient'], t)).toBe(2);
    expect(t.err).toMatch(/Cannot merge data-gate: its shards ran with another configuration than the merge's/);
    expect(t.err).toMatch(/Give "ml-gates merge --config" the config file the shards ran with/);
  });

  it('shards run as an action runs them (options {}, a fail-on input) merge; an option given as an input is refused', async () => {
    const { config } = await loadConfig('ml-gates.yml', [dataGate], dir);
    const shards = async (overrides: GateOverrides) => {
      const out = [];
      for (let index = 1; index <= 2; index++) {
        const result = await runGate(dataGate, {
          config,
          cwd: dir,
          logger: silentLogger,
          commit: 'f'.repeat(40),
          shard: { index, count: 2 },
          overrides,
        });
        out.push({ source: `s${index}/data-gate.json`, result });
      }
      return out;
    };
    const opts = { gates: [dataGate], config, cwd: dir };
    for (const overrides of [{ options: {} }, { options: {}, failOn: 'medium' as const }, { failOn: 'low' as const }]) {
      const [merged] = await mergeResults(await shards(overrides), opts);
      expect(merged!.errors).toEqual([]);
      expect(merged!.checks.find((c) => c.id === 'drift')!.verdict).toBe('fail');
    }
    await expect(mergeResults(await shards({ options: { reference: 'cur/p0.csv' } }), opts)).rejects.toThrow(
      /Cannot merge data-gate: its shards ran with another configuration/,
    );
  });
});
