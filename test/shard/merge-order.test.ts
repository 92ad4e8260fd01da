/**
 * `ml-gates merge` of model-scan shards equals the unsharded report as written, not only as a set: the same
 * check order, subjects and findings in the unsharded run's order, and the coverage counts (files, bytes,
 * out of scope) summed instead of listed once per shard. Also: shards of two gates mixed in one merge name
 * every gate's missing shards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import {
  mergeResults,
  planDigest,
  runGate,
  selectShard,
  silentLogger,
  type Gate,
  type GateResult,
  type MlGatesConfig,
  type RunReport,
} from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { modelScanGate } from '@ml-gates/model-scan';

const FIX = join(process.cwd(), 'test/fixtures/model-scan');
let root: string;

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => void (err += t),
    cwd: join(root, 'ws'),
    env: { CI: 'true', GITHUB_SHA: 'e'.repeat(40) },
    isTTY: false,
  };
  return { code: await main(args, io, [dataGate, modelScanGate]), err };
}

const read = (dir: string): GateResult =>
  (JSON.parse(readFileSync(join(dir, 'ml-gates.json'), 'utf8')) as RunReport).results[0]!;

/** The report as written, less what differs from run to run (times, report paths) and the shard facts. */
function asWritten(r: GateResult) {
  return {
    verdict: r.verdict,
    checkIds: r.checks.map((c) => c.id),
    checks: r.checks.map((c) => ({
      id: c.id,
      verdict: c.verdict,
      findings: c.findings.map((f) => [f.location?.path, f.ruleId, f.severity, f.message]),
      metrics: c.metrics,
    })),
    subjects: r.subjects.map((s) => [s.path, s.verdict, s.size, s.sha256]),
  };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlg-merge-order-'));
  const ws = join(root, 'ws');
  // Findings in several files of several folders, files of very different sizes, and a folder out of scope.
  const files: [string, string][] = [
    ['malicious/reduce_os_system.pkl', 'z-last/a.pkl'],
    ['malicious/pkgutil_resolve_name.pkl', 'a-first/b.pkl'],
    ['malicious/collect_env_run.pkl', 'M-upper/c.pkl'],
    ['malicious/operator_attrgetter.pkl', 'a-first/sub/d.pkl'],
    ['benign/forest.pkl', 'models/forest.pkl'],
    ['benign/arrays.npz', 'models/arrays.npz'],
    ['benign/config.json', 'models/config.json'],
    ['malicious/inst_opcode.pkl', '.venv/lib/e.pkl'],
  ];
  for (const [from, to] of files) {
    mkdirSync(join(ws, to, '..'), { recursive: true });
    copyFileSync(join(FIX, from), join(ws, to));
  }
  writeFileSync(join(ws, '.venv/pyvenv.cfg'), 'home = /usr/bin\n');
  writeFileSync(join(ws, 'ml-gates.yml'), 'gates:\n  model-scan: {}\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('merge: model-scan shards merge into the unsharded report, in its order', () => {
  it.each([2, 3, 5])(
    '%i shards',
    async (count) => {
      const whole = join(root, `whole-${count}`);
      const wholeRun = await cli(['run', '--out', whole]);
      const dirs: string[] = [];
      for (let i = 1; i <= count; i++) {
        dirs.push(join(root, `s${count}-${i}`));
        await cli(['run', '--shard', `${i}/${count}`, '--out', dirs[i - 1]!]);
      }
      const out = join(root, `merged-${count}`);
      const merged = await cli(['merge', ...dirs, '--out', out]);
      expect(merged.code).toBe(wholeRun.code);
      expect(wholeRun.code).toBe(1);
      const w = asWritten(read(whole));
      const m = asWritten(read(out));
      // Not vacuous: several files with findings, out-of-scope counted.
      expect(w.checks.find((c) => c.id === 'pickle')!.findings.length).toBeGreaterThanOrEqual(4);
      expect(w.checks.find((c) => c.id === 'coverage')!.metrics).toContainEqual({ name: 'out-of-scope', value: 1 });
      expect(m).toEqual(w);
    },
    60_000,
  );

  it('mixed shards of two gates: every gate that lacks shards is named, and that the reports are of two gates', async () => {
    const scan = join(root, 'mix-scan-1');
    const data = join(root, 'mix-data-2');
    writeFileSync(join(root, 'ws', 'rows.csv'), 'a,b\n1,2\n3,4\n');
    await cli(['scan', 'models', '--shard', '1/2', '--out', scan]);
    await cli(['data', 'check', 'rows.csv', '--shard', '2/2', '--out', data]);
    const r = await cli(['merge', scan, data]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/model-scan: shard 2\/2 is missing/);
    expect(r.err).toMatch(/data-gate: shard 1\/2 is missing/);
    expect(r.err).toMatch(/reports are of 2 gates/);
  }, 60_000);
});

describe('plan: the list of files it splits is the one the shards walk', () => {
  it('with the config report folder left out, its plan digest is the digest every shard reports', async () => {
    const ws = join(root, 'plan-ws');
    mkdirSync(join(ws, 'models'), { recursive: true });
    mkdirSync(join(ws, 'reports'), { recursive: true });
    copyFileSync(join(FIX, 'benign/forest.pkl'), join(ws, 'models/forest.pkl'));
    copyFileSync(join(FIX, 'benign/arrays.npz'), join(ws, 'models/arrays.npz'));
    // an earlier run's output in the config's report folder: not the user's files
    writeFileSync(join(ws, 'reports/model-scan.json'), '{}');
    writeFileSync(join(ws, 'ml-gates.yml'), 'report:\n  out: reports\ngates:\n  model-scan: {}\n');
    let out = '';
    const io: CliIo = {
      stdout: (t) => void (out += t),
      stderr: () => undefined,
      cwd: ws,
      env: { CI: 'true' },
      isTTY: false,
    };
    expect(await main(['plan', '--shards', '2', '--format', 'json'], io, [modelScanGate])).toBe(0);
    const plan = JSON.parse(out) as { plan: string; shards: { keys: string[] }[] };
    expect(plan.shards.flatMap((s) => s.keys)).not.toContain('reports/model-scan.json');
    // the shard writes its report where the config says, and walks the files without that folder, as plan does
    await main(['run', '--shard', '1/2'], { ...io, stdout: () => undefined }, [modelScanGate]);
    expect(read(join(ws, 'reports')).shard?.plan).toBe(plan.plan);
  }, 30_000);
});

describe('merge: findings of a check only one shard reports keep their order', () => {
  it('a whole-tree check of shard 1 listing files in its own order (a manifest) is not re-sorted', async () => {
    const items = ['a.bin', 'b.bin', 'c.bin', 'd.bin'].map((key, i) => ({ key, bytes: 10 + i }));
    const gate: Gate = {
      name: 'model-scan',
      title: 'Items',
      description: 'shards its items; shard 1 also checks a manifest, in the manifest order',
      checks: [
        { id: 'scan', title: 'Scan', description: 'per item', defaultMode: 'block' },
        { id: 'manifest', title: 'Manifest', description: 'whole tree', defaultMode: 'block' },
      ],
      optionsSchema: {},
      run: (ctx) => {
        const mine = ctx.shard ? selectShard(items, ctx.shard) : items;
        const wholeTree = !ctx.shard || ctx.shard.index === 1;
        const finding = (path: string) => ({
          ruleId: 'r',
          severity: 'high' as const,
          message: path,
          location: { path },
        });
        return Promise.resolve({
          checks: [
            { id: 'scan', title: 'Scan', findings: mine.map((i) => finding(i.key)) },
            ...(wholeTree
              ? [{ id: 'manifest', title: 'Manifest', findings: ['d.bin', 'a.bin', 'c.bin'].map(finding) }]
              : []),
          ],
          subjects: mine.map((i) => ({ path: i.key, size: i.bytes })),
          ...(ctx.shard ? { shard: { ...ctx.shard, plan: planDigest(items), items: mine.length } } : {}),
        });
      },
    };
    const config: MlGatesConfig = { version: 1, defaults: {}, gates: { 'model-scan': {} } };
    const base = { config, cwd: '.', logger: silentLogger, commit: 'c0ffee' };
    const whole = await runGate(gate, base);
    const parts = [];
    for (const index of [1, 2]) parts.push(await runGate(gate, { ...base, shard: { index, count: 2 } }));
    const [merged] = await mergeResults(
      parts.map((result, i) => ({ source: `s${i + 1}`, result })),
      { gates: [gate], config, cwd: '.' },
    );
    const paths = (r: GateResult, id: string) =>
      r.checks.find((c) => c.id === id)!.findings.map((f) => f.location?.path);
    expect(paths(merged!, 'manifest')).toEqual(['d.bin', 'a.bin', 'c.bin']);
    expect(paths(merged!, 'manifest')).toEqual(paths(whole, 'manifest'));
    expect(paths(merged!, 'scan')).toEqual(paths(whole, 'scan'));
  });
});
