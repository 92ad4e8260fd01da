import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import type { GateResult, RunReport } from '@ml-gates/core';

function io(env: Record<string, string> = {}): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: (t: string) => {
      state.out += t;
    },
    stderr: (t: string) => {
      state.err += t;
    },
    cwd: resolve('.'),
    env: { CI: 'true', ...env },
    isTTY: false,
  });
}

const DEMO = 'examples/demo/ml-gates.yml';
const tmp = (): string => mkdtempSync(join(tmpdir(), 'mlg-shard-cli-'));
const runReport = (dir: string): RunReport => JSON.parse(readFileSync(join(dir, 'ml-gates.json'), 'utf8')) as RunReport;

/** Findings and verdicts, order-free: what a merge must reproduce. */
function essence(r: GateResult) {
  return {
    gate: r.gate,
    verdict: r.verdict,
    checks: [...r.checks]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((c) => ({
        id: c.id,
        verdict: c.verdict,
        findings: c.findings
          .map((f) => `${f.location?.path ?? ''}|${f.ruleId}|${f.severity}|${f.waived ? 'w' : ''}`)
          .sort(),
      })),
    subjects: r.subjects.map((s) => `${s.path}|${s.verdict}`).sort(),
    waivers: r.waivers.map((w) => `${w.status}|${w.matched}`),
  };
}

describe('ml-gates plan', () => {
  it('prints the matrix for strategy.matrix, and what each shard gets', async () => {
    const t = io();
    expect(await main(['plan', '--shards', '3', '--config', DEMO, 'examples/demo/model-scan'], t)).toBe(0);
    expect(JSON.parse(t.out)).toEqual({ shard: ['1/3', '2/3', '3/3'] });
    const verbose = io();
    expect(await main(['plan', '--shards', '3', '--verbose', 'examples/demo/model-scan'], verbose)).toBe(0);
    expect(JSON.parse(verbose.out)).toEqual({ shard: ['1/3', '2/3', '3/3'] }); // stdout stays the matrix
    expect(verbose.err).toMatch(/shard 3\/3 +\d+ file\(s\)/);

    const table = io();
    expect(
      await main(['plan', '--shards', '2', '--format', 'table', '--config', DEMO, 'examples/demo/model-scan'], table),
    ).toBe(0);
    expect(table.out).toMatch(/^2 shard\(s\), .* in total, plan [0-9a-f]{12}\n/);
    expect(table.out).toMatch(/shard 1\/2 +\d+ file\(s\)/);
    expect(table.out).toContain('model-scan/classifier-finetuned.ckpt');

    const json = io();
    expect(await main(['plan', '--max-shard-bytes', '1', '--format', 'json', 'examples/demo/model-scan'], json)).toBe(
      0,
    );
    const plan = JSON.parse(json.out) as { count: number; shards: { items: number }[] };
    expect(plan.count).toBe(plan.shards.reduce((s, x) => s + x.items, 0)); // one file per shard
    expect(plan.shards.every((s) => s.items === 1)).toBe(true);
  });

  it('refuses a bad split with the fix', async () => {
    const t = io();
    expect(await main(['plan', 'examples/demo/model-scan'], t)).toBe(2);
    expect(t.err).toMatch(/--shards N, or --max-shard-bytes/);
    const both = io();
    expect(await main(['plan', '--shards', '2', '--max-shard-bytes', '1GB'], both)).toBe(2);
    const size = io();
    expect(await main(['plan', '--max-shard-bytes', 'big'], size)).toBe(2);
    expect(size.err).toMatch(/not a size/);
  });
});

describe('--shard i/N', () => {
  it.each(['3/2', '0/4', 'a/b'])('refuses --shard %s with a usage error (exit 2) before anything runs', async (v) => {
    for (const argv of [
      ['run', '--config', DEMO, '--shard', v],
      ['scan', 'examples/demo/model-scan', '--shard', v],
    ]) {
      const t = io();
      expect(await main(argv, t)).toBe(2);
      expect(t.err).toMatch(/--shard .*e\.g\. --shard 2\/4/);
    }
  });
});

describe('ml-gates merge on the demo', () => {
  const env = { GITHUB_SHA: 'a'.repeat(40) };
  const shardDirs: string[] = [];
  let whole: RunReport;

  it('run --shard i/3 writes partial reports; merge writes one report equal to the unsharded run', async () => {
    const wholeDir = tmp();
    expect(await main(['run', '--config', DEMO, '--gate', 'model-scan', '--out', wholeDir], io(env))).toBe(1);
    whole = runReport(wholeDir);
    for (let i = 1; i <= 3; i++) {
      const dir = tmp();
      shardDirs.push(dir);
      const code = await main(
        ['run', '--config', DEMO, '--gate', 'model-scan', '--shard', `${i}/3`, '--out', dir],
        io(env),
      );
      const partial = runReport(dir).results[0]!;
      expect(partial.shard).toMatchObject({ index: i, count: 3 });
      expect(partial.commit).toBe(env.GITHUB_SHA);
      expect(code).toBe(partial.verdict === 'fail' ? 1 : 0);
    }
    const out = tmp();
    const t = io();
    const code = await main(['merge', ...shardDirs, '--config', DEMO, '--out', out, '--format', 'sarif,markdown'], t);
    expect(t.err).toContain('Reports written');
    expect(code).toBe(1);
    const merged = runReport(out);
    expect(merged.results.map(essence)).toEqual(whole.results.map(essence));
    expect(merged.results[0]!.shard).toBeUndefined();
    expect(merged.results[0]!.details?.merged).toMatchObject({ shards: 3 });
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['model-scan.json', 'ml-gates.sarif', 'ml-gates.md']));
  });

  it('refuses mismatched reports with exit 2 and names the files', async () => {
    const forged = tmp();
    const report = runReport(shardDirs[2]!);
    report.results[0]!.commit = 'b'.repeat(40);
    writeFileSync(join(forged, 'ml-gates.json'), JSON.stringify(report));
    const t = io();
    expect(await main(['merge', shardDirs[0]!, shardDirs[1]!, forged], t)).toBe(2);
    expect(t.err).toMatch(/Cannot merge: the reports are from different commits/);
    expect(t.err).toContain('bbbbbbbb');

    const missing = io();
    expect(await main(['merge', shardDirs[0]!, shardDirs[1]!], missing)).toBe(2);
    expect(missing.err).toMatch(/model-scan: shard 3\/3 is missing/);

    const whole = io();
    const wholeDir = tmp();
    await main(['run', '--config', DEMO, '--gate', 'model-scan', '--out', wholeDir], io());
    expect(await main(['merge', wholeDir], whole)).toBe(2);
    expect(whole.err).toMatch(/not the partial report of a shard/);
  });
});
