/**
 * Merges that must be refused, and splits that must not depend on anything but the work list: shards that
 * overlap or miss files, a shard index outside 1..N, the same shard twice, shards of different commits,
 * more shards than files, any order of the input list, and a real model-scan with more shards than files.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import {
  mergeResults,
  partitionByBytes,
  planDigest,
  runGate,
  selectShard,
  silentLogger,
  type Gate,
  type GateResult,
  type MlGatesConfig,
  type PartialReport,
  type RunReport,
  type WorkItem,
} from '@ml-gates/core';
import { modelScanGate } from '@ml-gates/model-scan';

const ITEMS: WorkItem[] = Array.from({ length: 12 }, (_, i) => ({
  key: `m/${String(i).padStart(2, '0')}.bin`,
  // Ties on purpose: several items of one size.
  bytes: [500, 500, 300, 300, 300, 100, 100, 900, 50, 50, 50, 2000][i]!,
}));

/** A gate that shards like model-scan: one subject (with its size) per item, a finding on every third. */
const gate: Gate = {
  name: 'model-scan',
  title: 'Items',
  description: 'shards its items',
  checks: [{ id: 'scan', title: 'Scan', description: 'per item', defaultMode: 'block' }],
  optionsSchema: {},
  run: (ctx) => {
    const mine = ctx.shard ? selectShard(ITEMS, ctx.shard) : ITEMS;
    return Promise.resolve({
      checks: [
        {
          id: 'scan',
          title: 'Scan',
          findings: mine
            .filter((i) => ITEMS.indexOf(i) % 3 === 0)
            .map((i) => ({ ruleId: 'r', severity: 'high' as const, message: i.key, location: { path: i.key } })),
        },
      ],
      subjects: mine.map((i) => ({ path: i.key, size: i.bytes })),
      ...(ctx.shard ? { shard: { ...ctx.shard, plan: planDigest(ITEMS), items: mine.length } } : {}),
    });
  },
};
const config: MlGatesConfig = { version: 1, defaults: {}, gates: { 'model-scan': {} as never } };
const NOW = new Date('2026-06-01T00:00:00Z');

async function partials(count: number, commit = 'c0ffee'): Promise<PartialReport[]> {
  const out: PartialReport[] = [];
  for (let index = 1; index <= count; index++) {
    const result = await runGate(gate, {
      config,
      cwd: '.',
      logger: silentLogger,
      now: NOW,
      commit,
      shard: { index, count },
    });
    out.push({ source: `shard-${index}/model-scan.json`, result });
  }
  return out;
}
const merge = (parts: PartialReport[]) => mergeResults(parts, { gates: [gate], config, cwd: '.' });
const clone = (r: GateResult): GateResult => JSON.parse(JSON.stringify(r)) as GateResult;

describe('merge refuses shards that do not split one plan', () => {
  it('a file reported by two shards (overlap) is refused, naming the file and both shards', async () => {
    const parts = await partials(3);
    const moved = clone(parts[1]!.result);
    moved.subjects.push(parts[0]!.result.subjects[0]!);
    moved.shard!.items += 1;
    await expect(merge([parts[0]!, { ...parts[1]!, result: moved }, parts[2]!])).rejects.toThrow(
      /shards of model-scan overlap/,
    );
    await merge([parts[0]!, { ...parts[1]!, result: moved }, parts[2]!]).catch((e: { details: string[] }) =>
      expect(e.details[0]).toMatch(/^m\/\d\d\.bin: in shard-1\/model-scan\.json and shard-2\/model-scan\.json$/),
    );
  });

  it('a shard that dropped a file, or whose file changed size, is refused (the files are not the plan)', async () => {
    const parts = await partials(3);
    const dropped = clone(parts[2]!.result);
    dropped.subjects.pop();
    dropped.shard!.items -= 1;
    await expect(merge([parts[0]!, parts[1]!, { ...parts[2]!, result: dropped }])).rejects.toThrow(
      /are not the files of their plan/,
    );
    const resized = clone(parts[2]!.result);
    resized.subjects[0]!.size = resized.subjects[0]!.size! + 1;
    await expect(merge([parts[0]!, parts[1]!, { ...parts[2]!, result: resized }])).rejects.toThrow(
      /are not the files of their plan/,
    );
  });

  it('a shard index outside 1..N is refused, even when 1..N are all there', async () => {
    const parts = await partials(3);
    const extra = clone(parts[2]!.result);
    extra.shard!.index = 4;
    await expect(merge([...parts, { source: 'forged/model-scan.json', result: extra }])).rejects.toThrow(
      /not 1\.\.3 exactly once/,
    );
  });

  it('the same shard twice (two artifacts of one report) is refused, naming both files', async () => {
    const parts = await partials(2);
    await expect(merge([...parts, { source: 'again/model-scan.json', result: parts[1]!.result }])).rejects.toThrow(
      /not 1\.\.2 exactly once/,
    );
  });

  it('shards of different commits are refused, also when one shard recorded no commit', async () => {
    const a = await partials(2, 'aaa');
    const b = await partials(2, 'bbb');
    await expect(merge([a[0]!, b[1]!])).rejects.toThrow(/different commits/);
    const none = clone(b[1]!.result);
    delete none.commit;
    await expect(merge([a[0]!, { ...b[1]!, result: none }])).rejects.toThrow(/different commits/);
  });
});

describe('more shards than items, and the order of the list', () => {
  it('N above the number of items: empty shards merge to the whole result', async () => {
    const whole = await runGate(gate, { config, cwd: '.', logger: silentLogger, now: NOW, commit: 'c0ffee' });
    const parts = await partials(ITEMS.length + 5);
    expect(parts.filter((p) => p.result.shard!.items === 0)).toHaveLength(5);
    const [merged] = await merge(parts);
    expect(merged!.verdict).toBe(whole.verdict);
    expect(merged!.checks[0]!.findings.map((f) => f.message).sort()).toEqual(
      whole.checks[0]!.findings.map((f) => f.message).sort(),
    );
    expect(merged!.subjects.map((s) => s.path).sort()).toEqual(whole.subjects.map((s) => s.path).sort());
  });

  it('the partition and the plan digest do not depend on the order of the list (ties included)', () => {
    const reference = partitionByBytes(ITEMS, 4).map((s) => s.map((i) => i.key));
    let seed = 42;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 50; t++) {
      const shuffled = [...ITEMS].sort(() => rand() - 0.5);
      expect(partitionByBytes(shuffled, 4).map((s) => s.map((i) => i.key))).toEqual(reference);
      expect(planDigest(shuffled)).toBe(planDigest(ITEMS));
    }
    // Every item in exactly one shard.
    expect(reference.flat().sort()).toEqual(ITEMS.map((i) => i.key).sort());
  });
});

describe('model-scan: more shards than files', () => {
  const ROOT = join(process.cwd(), 'test/fixtures/model-scan');
  async function cli(args: string[]): Promise<number> {
    const io: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      cwd: ROOT,
      env: { CI: 'true', GITHUB_SHA: 'd'.repeat(40) },
      isTTY: false,
    };
    return main(args, io, [modelScanGate]);
  }
  const PATH = 'benign/onnx_external';
  const read = (dir: string): GateResult =>
    (JSON.parse(readFileSync(join(dir, 'ml-gates.json'), 'utf8')) as RunReport).results[0]!;

  it('a folder of 2 files in 4 shards merges to the unsharded verdict, findings and subjects', async () => {
    const wholeDir = mkdtempSync(join(tmpdir(), 'mlg-rt-whole-'));
    const wholeCode = await cli(['scan', PATH, '--out', wholeDir]);
    const whole = read(wholeDir);
    const count = whole.subjects.length + 2;
    const dirs: string[] = [];
    for (let i = 1; i <= count; i++) {
      const d = mkdtempSync(join(tmpdir(), `mlg-rt-${i}-`));
      await cli(['scan', PATH, '--shard', `${i}/${count}`, '--out', d]);
      dirs.push(d);
    }
    expect(dirs.map(read).filter((r) => r.shard!.items === 0)).toHaveLength(2);
    const out = mkdtempSync(join(tmpdir(), 'mlg-rt-merged-'));
    expect(await cli(['merge', ...dirs, '--out', out])).toBe(wholeCode);
    const merged = read(out);
    expect(merged.verdict).toBe(whole.verdict);
    const key = (r: GateResult) =>
      r.checks
        .flatMap((c) => c.findings.map((f) => `${c.id} ${f.ruleId} ${f.location?.path ?? ''} ${f.waived ?? ''}`))
        .sort();
    expect(key(merged)).toEqual(key(whole));
    expect(merged.subjects.map((s) => `${s.path} ${s.verdict} ${s.sha256 ?? ''}`).sort()).toEqual(
      whole.subjects.map((s) => `${s.path} ${s.verdict} ${s.sha256 ?? ''}`).sort(),
    );
  });
});

describe('ml-gates plan with more shards than files', () => {
  const run = async (args: string[]) => {
    const s = { out: '', err: '' };
    const io: CliIo = {
      stdout: (t) => void (s.out += t),
      stderr: (t) => void (s.err += t),
      cwd: process.cwd(),
      env: { CI: 'true' },
      isTTY: false,
    };
    return { code: await main(['plan', ...args], io, [modelScanGate]), ...s };
  };

  it('prints the N-shard matrix asked for, and warns how many shards will be empty', async () => {
    const r = await run(['--shards', '5', 'test/fixtures/model-scan/benign/onnx_external']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ shard: ['1/5', '2/5', '3/5', '4/5', '5/5'] });
    expect(r.err).toMatch(/warning: 5 shards for 2 file\(s\): 3 shard\(s\) will be empty .* --shards 2 is enough/);
    const fits = await run(['--shards', '2', 'test/fixtures/model-scan/benign/onnx_external']);
    expect(fits.err).toBe('');
  });

  it('warns when there is no file at all', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'mlg-plan-empty-'));
    const r = await run(['--shards', '2', empty]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: no file under .*: every shard will be empty/);
  });
});
