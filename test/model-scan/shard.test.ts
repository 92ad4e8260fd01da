/** Issue 19: a sharded model-scan run covers its part of the files; the shards together give the unsharded result. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, type GateContext, type GateOutput, type ShardSpec } from '@ml-gates/core';
import { CHECK_IDS, modelScanGate, type ModelScanOptions } from '@ml-gates/model-scan';

const ROOT = join(process.cwd(), 'test/fixtures/model-scan');

function ctx(shard?: ShardSpec): GateContext<ModelScanOptions> {
  const own = CHECK_IDS as readonly string[];
  return {
    cwd: ROOT,
    options: { paths: ['benign', 'malicious'], allowlist: [], limits: {}, hash: true },
    check: (id) => ({
      mode: own.includes(id) ? 'block' : id === 'ml-bom' ? 'warn' : 'off',
      failOn: 'medium',
      options: {},
    }),
    logger: silentLogger,
    signal: new AbortController().signal,
    services: { reportDir: mkdtempSync(join(tmpdir(), 'mlg-shard-')) },
    ...(shard ? { shard } : {}),
  };
}

const findingKeys = (outs: GateOutput[], id: string): string[] =>
  outs
    .flatMap((o) => o.checks.filter((c) => c.id === id).flatMap((c) => c.findings ?? []))
    .map((f) => `${f.ruleId} ${f.location?.path ?? ''} ${f.message}`)
    .sort();

describe('model-scan shards', () => {
  it('the union of three shards is the unsharded scan: same subjects, same findings, one supply-chain run', async () => {
    const whole = await modelScanGate.run(ctx());
    const parts: GateOutput[] = [];
    for (let i = 1; i <= 3; i++) parts.push(await modelScanGate.run(ctx({ index: i, count: 3 })));
    const paths = (outs: GateOutput[]): string[] => outs.flatMap((o) => o.subjects ?? []).map((s) => s.path);
    expect(paths(parts).sort()).toEqual(paths([whole]).sort());
    expect(new Set(paths(parts)).size).toBe(paths(parts).length); // no file in two shards
    for (const id of CHECK_IDS) expect([id, findingKeys(parts, id)]).toEqual([id, findingKeys([whole], id)]);
    const sha = (outs: GateOutput[]): string[] =>
      outs.flatMap((o) => o.subjects ?? []).map((s) => `${s.path} ${s.sha256} ${s.verdict}`);
    expect(sha(parts).sort()).toEqual(sha([whole]).sort());
    // the whole-tree checks run once, in shard 1
    expect(parts.map((p) => p.checks.filter((c) => c.id === 'ml-bom').length)).toEqual([1, 0, 0]);
    // each shard says what it covered, cut from the same plan
    expect(whole.shard).toBeUndefined();
    expect(parts.map((p) => p.shard?.index)).toEqual([1, 2, 3]);
    expect(new Set(parts.map((p) => p.shard?.plan)).size).toBe(1);
    expect(parts.reduce((n, p) => n + (p.shard?.items ?? 0), 0)).toBe(paths([whole]).length);
  });

  it('a shard left without files is not "nothing scanned" while the paths matched files', async () => {
    const c = ctx({ index: 2, count: 2 });
    c.options.paths = ['benign/forest.pkl'];
    const out = await modelScanGate.run(c);
    expect(out.subjects).toEqual([]);
    const coverage = out.checks.find((x) => x.id === 'coverage')!;
    expect(coverage.outcome).toBeUndefined();
    expect(out.shard).toMatchObject({ index: 2, count: 2, items: 0 });
  });
});
