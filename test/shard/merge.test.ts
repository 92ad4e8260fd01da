import { describe, expect, it } from '@jest/globals';
import {
  compileSchema,
  defaultConfig,
  isUserError,
  mergeResults,
  NO_PLAN,
  planDigest,
  runGate,
  selectShard,
  silentLogger,
  UNSHARDED_PLAN,
  type AnyGate,
  type Finding,
  type Gate,
  type GateResult,
  type JsonSchema,
  type MlGatesConfig,
  type PartialReport,
  type Severity,
  type UserError,
  type WorkItem,
} from '@ml-gates/core';
import { readFileSync } from 'node:fs';

const reportSchema = JSON.parse(readFileSync('packages/core/schema/report.schema.json', 'utf8')) as JsonSchema;
const validateReport = compileSchema(reportSchema);

interface Item extends WorkItem {
  severity?: Severity;
  rule?: string;
  /** The `meta` check warns when any item has it. */
  odd?: boolean;
}

/** 30 files with a finding on some of them: each check judges every item on its own. */
const ITEMS: Item[] = Array.from({ length: 30 }, (_, i) => ({
  key: `models/${String(i).padStart(2, '0')}.bin`,
  bytes: ((i * 7919) % 97) * 1000 + 10,
  ...(i % 4 === 0 ? { severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[i % 5] } : {}),
  ...(i % 8 === 0 ? { rule: 'rule.other' } : {}),
  ...(i === 13 ? { odd: true } : {}),
}));

/** A gate that shards its items like model-scan: findings and subjects per item. */
function itemGate(items: readonly Item[] = ITEMS, opts: { throwsOn?: number } = {}): Gate {
  return {
    name: 'model-scan',
    title: 'Item gate',
    description: 'A sharding gate for tests.',
    checks: [
      { id: 'scan', title: 'Scan', description: 'per item', defaultMode: 'block' },
      { id: 'meta', title: 'Meta', description: 'per item outcome', defaultMode: 'block' },
      { id: 'quiet', title: 'Quiet', description: 'off by config', defaultMode: 'off' },
    ],
    optionsSchema: {},
    rules: [{ id: 'rule.x', title: 'x' }],
    run: (ctx) => {
      if (opts.throwsOn !== undefined && ctx.shard?.index === opts.throwsOn) throw new Error('disk on fire');
      const mine = ctx.shard ? selectShard(items, ctx.shard) : [...items];
      const findings: Finding[] = mine
        .filter((i) => i.severity)
        .map((i) => ({
          ruleId: i.rule ?? 'rule.x',
          severity: i.severity!,
          message: `thing in ${i.key}`,
          location: { path: i.key },
        }));
      return Promise.resolve({
        checks: [
          { id: 'scan', title: 'Scan', findings },
          { id: 'meta', title: 'Meta', outcome: mine.some((i) => i.odd) ? 'warn' : 'pass' },
        ],
        subjects: mine.map((i) => ({ path: i.key, size: i.bytes, verdict: i.severity ? 'fail' : 'pass' })),
        ...(ctx.shard
          ? { shard: { ...ctx.shard, plan: planDigest(items), items: mine.length } }
          : { headline: `${mine.length} items` }),
      });
    },
  };
}

/** A gate that ignores `ctx.shard` (as approval-gate does). */
const wholeGate: Gate = {
  name: 'approval-gate',
  title: 'Whole gate',
  description: 'does not shard',
  checks: [{ id: 'one', title: 'One', description: 'one', defaultMode: 'block' }],
  optionsSchema: {},
  run: () =>
    Promise.resolve({
      checks: [{ id: 'one', title: 'One', findings: [{ ruleId: 'r', severity: 'medium', message: 'm' }] }],
    }),
};

const NOW = new Date('2026-06-01T00:00:00Z');

function config(waivers: unknown[] = []): MlGatesConfig {
  return {
    version: 1,
    defaults: {},
    gates: { 'model-scan': { 'fail-on': 'high', waivers } as never },
  };
}

async function shards(gate: AnyGate, count: number, cfg: MlGatesConfig, commit = 'c0ffee'): Promise<GateResult[]> {
  const out: GateResult[] = [];
  for (let index = 1; index <= count; index++) {
    out.push(
      await runGate(gate, { config: cfg, cwd: '.', logger: silentLogger, now: NOW, commit, shard: { index, count } }),
    );
  }
  return out;
}

const named = (results: readonly GateResult[], prefix = 'shard'): PartialReport[] =>
  results.map((result, i) => ({ source: `${prefix}-${i + 1}/model-scan.json`, result }));

/** What must be equal between a whole run and a merge: verdicts, findings (with waivers), subjects, waivers. */
function essence(r: GateResult) {
  const key = (f: Finding): string => `${f.location?.path ?? ''} ${f.ruleId} ${f.severity}`;
  return {
    verdict: r.verdict,
    errors: r.errors,
    checks: [...r.checks]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((c) => ({
        id: c.id,
        mode: c.mode,
        verdict: c.verdict,
        notRun: c.notRun,
        findings: [...c.findings].sort((a, b) => (key(a) < key(b) ? -1 : 1)),
      })),
    subjects: [...r.subjects].sort((a, b) => (a.path < b.path ? -1 : 1)),
    waivers: r.waivers,
  };
}

const WAIVERS = [
  // Matches only 16.bin and 24.bin... wherever they land: stale in some shards, active in others.
  { check: 'scan', rule: 'rule.x', path: 'models/{04,12}.bin', reason: 'reviewed', owner: 'o', expires: '2099-01-01' },
  { check: 'scan', rule: 'rule.other', reason: 'reviewed', owner: 'o', expires: '2099-01-01' },
  { check: 'scan', path: 'models/2*.bin', reason: 'old', owner: 'o', expires: '2020-01-01' },
  { check: 'scan', path: 'nowhere/**', reason: 'stale', owner: 'o', expires: '2099-01-01' },
];

describe('engine: sharded runs', () => {
  it('passes the shard to the gate, records it, and every result has a configDigest', async () => {
    const [one] = await shards(itemGate(), 3, config());
    expect(one!.shard).toMatchObject({ index: 1, count: 3, plan: planDigest(ITEMS) });
    expect(one!.shard!.items).toBe(selectShard(ITEMS, { index: 1, count: 3 }).length);
    expect(one!.shard!.checks?.scan).toEqual({ failOn: 'high' });
    expect(one!.shard!.checks?.meta?.outcome).toBeDefined();
    expect(one!.configDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(validateReport(one) ? [] : validateReport.errors).toEqual([]);
    const whole = await runGate(itemGate(), { config: config(), cwd: '.', logger: silentLogger, now: NOW });
    expect(whole.shard).toBeUndefined();
    expect(whole.configDigest).toBe(one!.configDigest);
    const flagged = await runGate(itemGate(), {
      config: config(),
      cwd: '.',
      logger: silentLogger,
      overrides: { failOn: 'low' },
    });
    // a flag changes the inputs' digest, not the config file's
    expect(flagged.inputsDigest).not.toBe(whole.inputsDigest);
    expect(flagged.configDigest).toBe(whole.configDigest);
    const other = await runGate(itemGate(), { config: config(WAIVERS), cwd: '.', logger: silentLogger });
    expect(other.configDigest).not.toBe(whole.configDigest);
  });

  it('a gate that ignores the shard runs whole on shard 1 and is skipped on the others, merged once', async () => {
    const cfg = defaultConfig();
    const parts = await shards(wholeGate, 3, cfg);
    expect(parts[0]!.verdict).toBe('warn');
    expect(parts[0]!.shard?.plan).toBe(UNSHARDED_PLAN);
    for (const p of parts.slice(1)) {
      expect(p.verdict).toBe('skipped');
      expect(p.headline).toMatch(/not sharded/);
      expect(p.shard).toMatchObject({ plan: UNSHARDED_PLAN, items: 0 });
      expect(validateReport(p)).toBe(true);
    }
    const [merged] = await mergeResults(named(parts), { gates: [wholeGate], config: cfg, cwd: '.' });
    const whole = await runGate(wholeGate, { config: cfg, cwd: '.', logger: silentLogger, commit: 'c0ffee' });
    expect(merged!.shard).toBeUndefined();
    expect(essence(merged!)).toEqual(essence(whole));
    expect(merged!.checks[0]!.findings).toHaveLength(1);
    expect(merged!.details?.merged).toEqual({ shards: 3, sharded: false });
  });

  it('when a gate that does not shard fails on shard 1, the merge is an error, not the stand-ins of the others', async () => {
    const throwing: Gate = {
      ...wholeGate,
      run: (ctx) => (ctx.shard?.index === 1 ? Promise.reject(new Error('boom')) : wholeGate.run(ctx)),
    };
    const parts = await shards(throwing, 3, defaultConfig());
    expect(parts.map((p) => p.verdict)).toEqual(['error', 'skipped', 'skipped']);
    const [merged] = await mergeResults(named(parts), { gates: [throwing], config: defaultConfig(), cwd: '.' });
    expect(merged!.verdict).toBe('error');
    expect(merged!.checks.map((c) => [c.id, c.verdict])).toEqual([['one', 'error']]);
    expect(merged!.errors.join('\n')).toMatch(/shard 1\/3: .*boom/);
  });

  it('a shard whose gate throws is an error result with no plan, and the merge stays in error', async () => {
    const parts = await shards(itemGate(ITEMS, { throwsOn: 2 }), 3, config());
    expect(parts[1]!.verdict).toBe('error');
    expect(parts[1]!.shard?.plan).toBe(NO_PLAN);
    const [merged] = await mergeResults(named(parts), { gates: [itemGate()], config: config(), cwd: '.' });
    expect(merged!.verdict).toBe('fail'); // fail outranks error: the shards that ran found critical findings
    expect(merged!.errors.join('\n')).toMatch(/shard 2\/3: .*disk on fire/);
    expect(merged!.headline).toMatch(/could not run in shard 2\/3/);
  });
});

describe('mergeResults: the generic merge equals the whole run', () => {
  it.each([1, 2, 3, 5, 30])('%i shard(s), with waivers active, stale and expired across shards', async (count) => {
    const cfg = config(WAIVERS);
    const whole = await runGate(itemGate(), {
      config: cfg,
      cwd: '.',
      logger: silentLogger,
      now: NOW,
      commit: 'c0ffee',
    });
    const parts = await shards(itemGate(), count, cfg);
    const [merged] = await mergeResults(named(parts), { gates: [itemGate()], config: cfg, cwd: '.' });
    expect(essence(merged!)).toEqual(essence(whole));
    expect(merged!.verdict).toBe('fail');
    expect(merged!.waivers.map((w) => [w.status, w.matched])).toEqual([
      ['active', 2],
      ['active', 4],
      ['expired', 3],
      ['stale', 0],
    ]);
    expect(merged!.shard).toBeUndefined();
    expect(merged!.configDigest).toBe(whole.configDigest);
    expect(merged!.details?.merged).toMatchObject({ shards: count, sharded: true, items: ITEMS.length });
    expect(validateReport(merged)).toBe(true);
  });

  it('a waiver stale in one shard but matched in another is active after the merge', async () => {
    const cfg = config([WAIVERS[0]]);
    const parts = await shards(itemGate(), 30, cfg);
    expect(parts.filter((p) => p.waivers[0]!.status === 'stale').length).toBeGreaterThan(0);
    const [merged] = await mergeResults(named(parts), { gates: [itemGate()], config: cfg, cwd: '.' });
    expect(merged!.waivers[0]).toMatchObject({ status: 'active', matched: 2 });
  });

  it('re-judges with the fail-on the shards ran with, and keeps a per-shard warn outcome', async () => {
    const cfg: MlGatesConfig = { ...config(), gates: { 'model-scan': { 'fail-on': 'critical' } } };
    const items = ITEMS.filter((i) => i.severity !== 'critical');
    const whole = await runGate(itemGate(items), { config: cfg, cwd: '.', logger: silentLogger, commit: 'c0ffee' });
    const parts = await shards(itemGate(items), 4, cfg);
    // The merge's own config says nothing: the verdict still comes from what the shards ran with.
    const [merged] = await mergeResults(named(parts), { gates: [itemGate(items)], config: defaultConfig(), cwd: '.' });
    expect(whole.verdict).toBe('warn');
    expect(essence(merged!)).toEqual(essence(whole));
    expect(merged!.checks.find((c) => c.id === 'meta')!.verdict).toBe('warn');
    expect(merged!.checks.find((c) => c.id === 'quiet')!.verdict).toBe('skipped');
  });

  it("uses the gate's mergeShards and judges its output with the normal policy (waivers, fail-on)", async () => {
    const gate: Gate = {
      ...itemGate(),
      mergeShards: (partials) =>
        Promise.resolve({
          checks: [
            {
              id: 'scan',
              title: 'Scan',
              findings: partials.flatMap((p) => p.checks.find((c) => c.id === 'scan')!.findings),
              metrics: [{ name: 'shards', value: partials.length }],
            },
          ],
          headline: 'merged by the gate',
        }),
    };
    const cfg = config(WAIVERS);
    const parts = await shards(gate, 3, cfg);
    const [merged] = await mergeResults(named(parts), { gates: [gate], config: cfg, cwd: '.' });
    expect(merged!.checks.find((c) => c.id === 'scan')!.metrics[0]!.value).toBe(3);
    expect(merged!.waivers[0]).toMatchObject({ status: 'active', matched: 2 });
    // `meta` was not in the gate's merged output: not run, never a pass.
    expect(merged!.checks.find((c) => c.id === 'meta')!.verdict).toBe('error');
    expect(merged!.verdict).toBe('fail');
  });
});

describe('whole-repository checks run on one shard', () => {
  /** The item gate plus a `repo` check (one finding) that only shard `on` returns (`0`: no shard does). */
  function withRepoCheck(on: number): Gate {
    const base = itemGate();
    return {
      ...base,
      checks: [...base.checks, { id: 'repo', title: 'Repo', description: 'whole repository', defaultMode: 'block' }],
      run: async (ctx) => {
        const out = await base.run(ctx);
        if (ctx.shard && ctx.shard.index !== on) return out;
        const repo = {
          id: 'repo',
          title: 'Repo',
          findings: [{ ruleId: 'repo.x', severity: 'medium' as const, message: 'm' }],
        };
        return { ...out, checks: [...out.checks, repo] };
      },
    };
  }

  it.each([1, 2])('a check only shard %i returns is skipped in the other shards and merged once', async (on) => {
    const gate = withRepoCheck(on);
    const whole = await runGate(gate, { config: config(), cwd: '.', logger: silentLogger, now: NOW, commit: 'c0ffee' });
    const parts = await shards(gate, 3, config());
    const other = parts.find((p) => p.shard!.index !== on)!;
    expect(other.checks.find((c) => c.id === 'repo')).toMatchObject({ verdict: 'skipped', mode: 'block' });
    expect(other.shard!.checks?.repo).toBeUndefined();
    const [merged] = await mergeResults(named(parts), { gates: [gate], config: config(), cwd: '.' });
    expect(essence(merged!)).toEqual(essence(whole));
    expect(merged!.checks.find((c) => c.id === 'repo')!.findings).toHaveLength(1);
  });

  it('a check no shard returns is not run after the merge (never a pass)', async () => {
    const gate = withRepoCheck(0);
    const [merged] = await mergeResults(named(await shards(gate, 3, config())), {
      gates: [gate],
      config: config(),
      cwd: '.',
    });
    expect(merged!.checks.find((c) => c.id === 'repo')).toMatchObject({ verdict: 'error' });
    expect(merged!.checks.find((c) => c.id === 'repo')!.notRun).toMatch(/returned no result/);
  });
});

describe('mergeResults refuses reports that do not belong together', () => {
  const gates = [itemGate()];
  const opts = { gates, config: config(), cwd: '.' };
  const parts = (): Promise<GateResult[]> => shards(itemGate(), 3, config());

  const refusals: [string, (p: GateResult[]) => PartialReport[], RegExp][] = [
    [
      'different commits',
      (p) => named([p[0]!, p[1]!, { ...p[2]!, commit: 'beef' }]),
      /different commits[\s\S]*c0ffee: shard-1\/model-scan.json, shard-2\/model-scan.json[\s\S]*beef: shard-3/,
    ],
    ['different configs', (p) => named([p[0]!, p[1]!, { ...p[2]!, configDigest: 'f'.repeat(64) }]), /configurations/],
    ['different plans', (p) => named([p[0]!, p[1]!, { ...p[2]!, shard: { ...p[2]!.shard!, plan: 'x' } }]), /plans/],
    [
      'different shard counts',
      (p) => named([p[0]!, p[1]!, { ...p[2]!, shard: { ...p[2]!.shard!, count: 4 } }]),
      /shard counts/,
    ],
    ['a missing shard', (p) => named([p[0]!, p[2]!]), /shard 2\/3 is missing/],
    [
      'a duplicated shard',
      (p) => named([p[0]!, p[1]!, p[1]!, p[2]!]),
      /shard 2\/3 is given twice \(shard-2\/model-scan.json, shard-3\/model-scan.json\)/,
    ],
    ['different ml-gates versions', (p) => named([p[0]!, p[1]!, { ...p[2]!, version: '0.0.1' }]), /ml-gates versions/],
    [
      'different report schema versions',
      (p) => named([p[0]!, p[1]!, { ...p[2]!, schemaVersion: '2.0' as never }]),
      /report schema versions/,
    ],
    [
      'a whole report',
      (p) => {
        const { shard: _s, ...whole } = p[2]!;
        return named([p[0]!, p[1]!, whole]);
      },
      /shard-3\/model-scan.json: model-scan has no "shard" field/,
    ],
    ['an unknown gate', (p) => named([p[0]!, p[1]!, { ...p[2]!, gate: 'nosuch' }]), /gate "nosuch"/],
    ['nothing', () => [], /no report/],
  ];

  it.each(refusals)('%s', async (_name, build, message) => {
    const error = await mergeResults(build(await parts()), opts).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isUserError(error)).toBe(true);
    expect((error as UserError).describe()).toMatch(/Cannot merge|Nothing to merge/);
    expect((error as UserError).describe()).toMatch(message);
  });
});
