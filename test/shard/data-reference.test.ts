/**
 * Sharded data-gate and its drift reference (issues #18, #19): the reference is a subject of every shard, with
 * its sha256. `ml-gates merge` accepts the same reference (same path, same bytes) in every shard, lists it once,
 * and refuses shards that read different references — another file, other bytes, one with and one without —
 * naming the digests, as well as a reference that changed between the shards and the merge. A dataset file in
 * two shards stays refused.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  loadConfig,
  mergeResults,
  runGate,
  silentLogger,
  type GateResult,
  type MlGatesConfig,
  type PartialReport,
} from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';

const CONFIG = `version: 1
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
        numeric: { metric: psi, warn: 0.1, fail: 0.25 }
      label-balance:
        column: churned
`;

let dir: string;
let config: MlGatesConfig;
const sha = (p: string): string =>
  createHash('sha256')
    .update(readFileSync(join(dir, p)))
    .digest('hex');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

async function shard(index: number, count = 3): Promise<PartialReport> {
  const result = await runGate(dataGate, {
    config,
    cwd: dir,
    logger: silentLogger,
    commit: 'f'.repeat(40),
    shard: { index, count },
  });
  return { source: `s${index}/data-gate.json`, result };
}
const merge = (parts: PartialReport[]) => mergeResults(parts, { gates: [dataGate], config, cwd: dir });

let parts: PartialReport[];
let whole: GateResult;
let refSha: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlg-dg-ref-'));
  const src = resolve('examples/demo/data-gate');
  mkdirSync(join(dir, 'cur'));
  const [header, ...rows] = readFileSync(join(src, 'current.csv'), 'utf8').trimEnd().split('\n');
  const part = Math.ceil(rows.length / 3);
  for (let i = 0; i < 3; i++)
    writeFileSync(join(dir, `cur/p${i}.csv`), `${header}\n${rows.slice(i * part, (i + 1) * part).join('\n')}\n`);
  copyFileSync(join(src, 'reference.csv'), join(dir, 'reference.csv'));
  writeFileSync(join(dir, 'ml-gates.yml'), CONFIG);
  config = (await loadConfig('ml-gates.yml', [dataGate], dir)).config;
  refSha = sha('reference.csv');
  parts = [await shard(1), await shard(2), await shard(3)];
  whole = await runGate(dataGate, { config, cwd: dir, logger: silentLogger, commit: 'f'.repeat(40) });
});

describe('data-gate shards and their reference', () => {
  it('every shard lists the reference with its sha256; the merge lists it once and equals the unsharded run', async () => {
    for (const p of parts) {
      expect(p.result.subjects.filter((s) => s.kind === 'dataset/reference')).toEqual([
        expect.objectContaining({ path: 'reference.csv', sha256: refSha }),
      ]);
    }
    const [merged] = await merge(parts);
    expect(merged!.errors).toEqual([]);
    expect(merged!.verdict).toBe(whole.verdict);
    expect(merged!.checks.map((c) => [c.id, c.verdict])).toEqual(whole.checks.map((c) => [c.id, c.verdict]));
    const line = (r: GateResult) => r.subjects.map((s) => `${s.path} ${s.kind} ${s.sha256} ${s.verdict}`).sort();
    expect(line(merged!)).toEqual(line(whole));
    // PSI is counted on the reference's fixed bins in each shard: exact after the merge.
    const psi = (r: GateResult) => r.checks.find((c) => c.id === 'drift')!.metrics.filter((m) => m.name === 'psi');
    expect(psi(merged!).map((m) => [m.subject, m.value])).toEqual(psi(whole).map((m) => [m.subject, m.value]));
  });

  it('a shard that read other reference bytes is refused, naming both digests', async () => {
    const other = clone(parts);
    const ref = other[1]!.result.subjects.find((s) => s.kind === 'dataset/reference')!;
    ref.sha256 = '0'.repeat(64);
    await expect(merge(other)).rejects.toThrow(/read different reference files/);
    const error = await merge(other).catch((e: { details?: string[] }) => e);
    const details = (error as { details: string[] }).details.join('\n');
    expect(details).toContain(refSha);
    expect(details).toContain('0'.repeat(64));
    expect(details).toMatch(/s2\/data-gate\.json/);
  });

  it('a shard whose reference was really rewritten between jobs is refused (bins counted on other edges)', async () => {
    const original = readFileSync(join(dir, 'reference.csv'), 'utf8');
    const [h, ...rows] = original.trimEnd().split('\n');
    try {
      writeFileSync(join(dir, 'reference.csv'), `${h}\n${rows.slice(0, rows.length / 2).join('\n')}\n`);
      const changed = await shard(3);
      await expect(merge([parts[0]!, parts[1]!, changed])).rejects.toThrow(/different reference files/);
      // The merge reads the reference too: shards that all read the old one are refused against the new one.
      await expect(merge(parts)).rejects.toThrow(/the drift reference is not the one the shards read/);
    } finally {
      writeFileSync(join(dir, 'reference.csv'), original);
    }
  });

  it('another reference file, or one shard with and one without a reference, is refused', async () => {
    const renamed = clone(parts);
    renamed[0]!.result.subjects.find((s) => s.kind === 'dataset/reference')!.path = 'other.csv';
    await expect(merge(renamed)).rejects.toThrow(/different reference files/);
    const without = clone(parts);
    without[2]!.result.subjects = without[2]!.result.subjects.filter((s) => s.kind !== 'dataset/reference');
    await expect(merge(without)).rejects.toThrow(/different reference files[^]*\(none\)|different reference files/);
    const error = (await merge(without).catch((e: unknown) => e)) as { details: string[] };
    expect(error.details.join('\n')).toMatch(/s3\/data-gate\.json: \(none\)/);
  });

  it('shards whose counts are on other bins (or none) are refused, never merged as approximate', async () => {
    type Col = { name: string; bins?: { edges: number[] } };
    const cols = (p: PartialReport) =>
      (p.result.details!.partialProfile as { columns: Col[] }).columns.filter((c) => c.bins);
    const moved = clone(parts);
    cols(moved[2]!)[0]!.bins!.edges[0]! += 0.5;
    await expect(merge(moved)).rejects.toThrow(/counted column .* on different reference bins/);
    const dropped = clone(parts);
    delete cols(dropped[1]!)[0]!.bins;
    await expect(merge(dropped)).rejects.toThrow(/on different reference bins/);
  });

  it('a dataset file reported by two shards is still refused', async () => {
    const doubled = clone(parts);
    const file = doubled[0]!.result.subjects.find((s) => s.kind === 'dataset/csv')!;
    doubled[1]!.result.subjects.push(file);
    await expect(merge(doubled)).rejects.toThrow(/a dataset file is in two shards/);
  });

  it('with a shard that could not run, the reference is listed once and a different one is still refused', async () => {
    const failed = clone(parts);
    failed[2]!.result.shard = { ...failed[2]!.result.shard!, plan: 'none' };
    failed[2]!.result.subjects = [];
    failed[2]!.result.errors = ['boom'];
    const [merged] = await merge(failed);
    expect(merged!.verdict).toBe('error');
    expect(merged!.subjects.filter((s) => s.kind === 'dataset/reference')).toHaveLength(1);
    failed[1]!.result.subjects.find((s) => s.kind === 'dataset/reference')!.sha256 = 'e'.repeat(64);
    await expect(merge(failed)).rejects.toThrow(/different reference files/);
  });
});

describe('data-gate shards with the default-branch reference profile', () => {
  const section = (extra: string) =>
    CONFIG.replace('    reference: reference.csv\n', `    reference-profile: default-branch\n${extra}`);
  async function run(
    cfg: MlGatesConfig,
    baseline: () => Promise<{ content: Buffer; source: string } | undefined>,
    shard?: { index: number; count: number },
  ): Promise<GateResult> {
    const gate = {
      ...dataGate,
      run: (ctx: Parameters<typeof dataGate.run>[0]) =>
        dataGate.run({ ...ctx, services: { ...ctx.services, baseline } }),
    };
    return runGate(gate, {
      config: cfg,
      cwd: dir,
      logger: silentLogger,
      commit: 'f'.repeat(40),
      ...(shard ? { shard } : {}),
    });
  }
  let cfg: MlGatesConfig;
  let profile: Buffer;
  beforeAll(async () => {
    writeFileSync(join(dir, 'default-branch.yml'), section(''));
    cfg = (await loadConfig('default-branch.yml', [dataGate], dir)).config;
    const p = await runGate(dataGate, {
      config: (await loadConfig('ml-gates.yml', [dataGate], dir)).config,
      cwd: dir,
      logger: silentLogger,
      overrides: { options: { dataset: 'reference.csv', 'profile-out': 'ref-profile.json' } },
    });
    expect(p.errors).toEqual([]);
    profile = readFileSync(join(dir, 'ref-profile.json'));
  });
  const artifact = (content: Buffer) => async () => ({
    content,
    source: 'artifact ml-gates-data-gate of run #7 on main',
  });
  const mergeWith = (list: GateResult[]) =>
    mergeResults(
      list.map((result, i) => ({ source: `s${i + 1}/data-gate.json`, result })),
      { gates: [dataGate], config: cfg, cwd: dir },
    );

  it('the merge judges drift against the profile the shards were given, as the unsharded run does', async () => {
    const whole = await run(cfg, artifact(profile));
    const list = [];
    for (let index = 1; index <= 3; index++) list.push(await run(cfg, artifact(profile), { index, count: 3 }));
    const [merged] = await mergeWith(list);
    expect(merged!.errors).toEqual([]);
    const drift = (r: GateResult) => r.checks.find((c) => c.id === 'drift')!;
    expect(drift(whole).verdict).toBe('fail');
    expect(drift(merged!).verdict).toBe(drift(whole).verdict);
    expect(drift(merged!).details?.reference).toMatchObject({
      sha256: createHash('sha256').update(profile).digest('hex'),
    });
  });

  it('shards given different default-branch profiles are refused, naming both digests', async () => {
    // The same profile re-serialised (one more byte): other bytes, so another digest.
    const other = Buffer.concat([profile, Buffer.from(' ')]);
    const list = [
      await run(cfg, artifact(profile), { index: 1, count: 2 }),
      await run(cfg, artifact(other), { index: 2, count: 2 }),
    ];
    const error = (await mergeWith(list).catch((e: unknown) => e)) as { message: string; details: string[] };
    expect(error.message).toMatch(/different default-branch profiles/);
    expect(error.details.join('\n')).toContain(createHash('sha256').update(other).digest('hex'));
    expect(error.details.join('\n')).toContain(createHash('sha256').update(profile).digest('hex'));
  });

  it('a fetch that failed in the shards leaves the merged drift not run (error), never judged on something else', async () => {
    const failing = async () => {
      throw new Error('HTTP 500');
    };
    const list = [await run(cfg, failing, { index: 1, count: 2 }), await run(cfg, failing, { index: 2, count: 2 })];
    const [merged] = await mergeWith(list);
    const drift = merged!.checks.find((c) => c.id === 'drift')!;
    expect(drift.verdict).toBe('error');
    expect(drift.notRun).toMatch(/could not be fetched: HTTP 500/);
  });
});

describe('a reference that is also one of the dataset files', () => {
  it('is listed as both in every shard, and the shards merge to the unsharded verdict', async () => {
    const cfgText = CONFIG.replace('dataset: cur/*.csv', 'dataset: cur/*.csv').replace(
      'reference: reference.csv',
      'reference: cur/p0.csv',
    );
    writeFileSync(join(dir, 'self-ref.yml'), cfgText);
    const cfg = (await loadConfig('self-ref.yml', [dataGate], dir)).config;
    const opts = { config: cfg, cwd: dir, logger: silentLogger, commit: 'f'.repeat(40) };
    const list: PartialReport[] = [];
    for (let index = 1; index <= 3; index++)
      list.push({ source: `s${index}.json`, result: await runGate(dataGate, { ...opts, shard: { index, count: 3 } }) });
    for (const p of list)
      expect(p.result.subjects.filter((s) => s.kind === 'dataset/reference').map((s) => s.path)).toEqual([
        'cur/p0.csv',
      ]);
    const whole = await runGate(dataGate, opts);
    expect(
      whole.subjects
        .filter((s) => s.path === 'cur/p0.csv')
        .map((s) => s.kind)
        .sort(),
    ).toEqual(['dataset/csv', 'dataset/reference']);
    const [merged] = await mergeResults(list, { gates: [dataGate], config: cfg, cwd: dir });
    expect(merged!.errors).toEqual([]);
    expect(merged!.verdict).toBe(whole.verdict);
    const line = (r: GateResult) => r.subjects.map((s) => `${s.path} ${s.kind} ${s.sha256}`).sort();
    expect(line(merged!)).toEqual(line(whole));
  });
});

describe('the held-out split in a sharded run', () => {
  it('is a subject of the merge (read there for label balance) and must be the bytes the shards read', async () => {
    const [header, ...rows] = readFileSync(join(dir, 'reference.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'split.csv'), `${header}\n${rows.slice(0, 100).join('\n')}\n`);
    const text = (leakage: string) =>
      CONFIG.replace('    reference: reference.csv\n', '    reference: reference.csv\n    test: split.csv\n').replace(
        '      secrets: off\n',
        `      secrets: off\n      leakage: ${leakage}\n`,
      );
    for (const leakage of ['off', 'block']) {
      writeFileSync(join(dir, `split-${leakage}.yml`), text(leakage));
      const cfg = (await loadConfig(`split-${leakage}.yml`, [dataGate], dir)).config;
      const opts = { config: cfg, cwd: dir, logger: silentLogger, commit: 'f'.repeat(40) };
      const list: PartialReport[] = [];
      for (let index = 1; index <= 2; index++)
        list.push({
          source: `s${index}.json`,
          result: await runGate(dataGate, { ...opts, shard: { index, count: 2 } }),
        });
      const whole = await runGate(dataGate, opts);
      const [merged] = await mergeResults(list, { gates: [dataGate], config: cfg, cwd: dir });
      const tests = (r: GateResult) =>
        r.subjects.filter((s) => s.kind === 'dataset/test').map((s) => [s.path, s.sha256]);
      expect(tests(merged!)).toEqual([['split.csv', sha('split.csv')]]);
      expect(tests(whole)).toEqual(tests(merged!));
      if (leakage === 'block') {
        const original = readFileSync(join(dir, 'split.csv'));
        writeFileSync(join(dir, 'split.csv'), Buffer.concat([original, Buffer.from(`${rows[200]}\n`)]));
        await expect(mergeResults(list, { gates: [dataGate], config: cfg, cwd: dir })).rejects.toThrow(
          /the held-out split is not the one the shards read/,
        );
        writeFileSync(join(dir, 'split.csv'), original);
      }
    }
  });
});

describe('a Parquet file split by row groups', () => {
  it('merges when every part is the same bytes and the row groups are disjoint; refuses otherwise', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const n = 1200;
    const x = Array.from({ length: n }, (_, i) => (i * 7919) % 1000);
    writeFileSync(
      join(dir, 'big.parquet'),
      Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'x', data: x, type: 'DOUBLE' }], rowGroupSize: 200 })),
    );
    writeFileSync(
      join(dir, 'pq.yml'),
      'version: 1\ngates:\n  data-gate:\n    dataset: big.parquet\n    checks: { pii: off, secrets: off }\n',
    );
    const cfg = (await loadConfig('pq.yml', [dataGate], dir)).config;
    const opts = { config: cfg, cwd: dir, logger: silentLogger, commit: 'f'.repeat(40) };
    const list: PartialReport[] = [];
    for (let index = 1; index <= 3; index++)
      list.push({ source: `s${index}.json`, result: await runGate(dataGate, { ...opts, shard: { index, count: 3 } }) });
    const [merged] = await mergeResults(list, { gates: [dataGate], config: cfg, cwd: dir });
    expect(merged!.subjects).toEqual([
      expect.objectContaining({
        path: 'big.parquet',
        sha256: sha('big.parquet'),
        details: expect.objectContaining({ rows: n, rowGroups: [0, 1, 2, 3, 4, 5] }),
      }),
    ]);
    const changed = clone(list);
    changed[1]!.result.subjects[0]!.sha256 = '1'.repeat(64);
    const error = (await mergeResults(changed, { gates: [dataGate], config: cfg, cwd: dir }).catch(
      (e: unknown) => e,
    )) as {
      details: string[];
    };
    expect(error.details[0]).toMatch(
      /big\.parquet: parts of one Parquet file with other bytes \(it changed between the shards\)/,
    );
    expect(error.details[0]).toContain('1'.repeat(64));
    const overlapping = clone(list);
    overlapping[1]!.result.subjects[0]!.details!.rowGroups = (
      list[0]!.result.subjects[0]!.details!.rowGroups as number[]
    ).slice(0, 1);
    await expect(mergeResults(overlapping, { gates: [dataGate], config: cfg, cwd: dir })).rejects.toThrow(
      /a dataset file is in two shards/,
    );
  });
});

describe('more shards than dataset files', () => {
  it('the empty shards read the reference too, and the merge equals the unsharded run', async () => {
    const list: PartialReport[] = [];
    for (let index = 1; index <= 5; index++) list.push(await shard(index, 5));
    expect(list.filter((p) => !p.result.subjects.some((s) => s.kind === 'dataset/csv')).length).toBe(2);
    for (const p of list)
      expect(p.result.subjects.find((s) => s.kind === 'dataset/reference')?.sha256).toBe(sha('reference.csv'));
    const [merged] = await merge(list);
    expect(merged!.errors).toEqual([]);
    expect(merged!.checks.map((c) => [c.id, c.verdict])).toEqual(whole.checks.map((c) => [c.id, c.verdict]));
  });
});
