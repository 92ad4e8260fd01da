/**
 * Issue #14, drift defaults, on shift patterns other than the examples: a scale change of 1.1-1.2, a
 * shift by a quarter of a standard deviation, a variance change, category shares that move by a Jensen-Shannon
 * distance of 0.11-0.19 (scipy, natural log), a new category. Each gives at least a warning with the default
 * config, the large ones fail, and resamples of one distribution with different seeds pass. Data is generated
 * here (a seeded PRNG), 5,000 rows a side (effect sizes decide) and 600 (BH-adjusted p-values decide).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-drift-patterns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ONLY_DRIFT = Object.fromEntries(dataGate.checks.map((c) => [c.id, c.id === 'drift' ? {} : 'off']));

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(seed: number, n: number, mean: number, sd: number): number[] {
  const u = rng(seed);
  const out: number[] = [];
  while (out.length < n) {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    const t = 2 * Math.PI * u();
    out.push(mean + sd * r * Math.cos(t), mean + sd * r * Math.sin(t));
  }
  return out.slice(0, n).map((v) => Math.round(v * 1000) / 1000);
}

/** Categories drawn with the given shares (seeded). */
function categories(seed: number, n: number, shares: Record<string, number>): string[] {
  const u = rng(seed);
  const entries = Object.entries(shares);
  return Array.from({ length: n }, () => {
    let x = u();
    for (const [k, p] of entries) {
      if ((x -= p) < 0) return k;
    }
    return entries[entries.length - 1]![0];
  });
}

let fileNo = 0;
function csv(column: string, values: (number | string)[]): string {
  const name = `f${fileNo++}.csv`;
  writeFileSync(join(dir, name), `${column}\n${values.join('\n')}\n`);
  return name;
}

async function drift(reference: string, current: string): Promise<GateResult> {
  const config = defaultConfig();
  config.gates['data-gate'] = { dataset: current, reference, checks: ONLY_DRIFT } as never;
  return runGate(dataGate, { config, cwd: dir, logger: silentLogger });
}
const verdictOf = (r: GateResult) => r.checks.find((c) => c.id === 'drift')!.verdict;

const SHARES = { a: 0.5, b: 0.3, c: 0.2 };

describe.each([
  ['5,000 rows (effect sizes)', 5000],
  ['600 rows (p-values)', 600],
])('drift defaults, %s', (_label, n) => {
  const ref = { x: normal(1, n, 0, 1), y: normal(2, n, 50, 10), s: categories(3, n, SHARES) };

  it.each([
    ['x from another seed', () => csv('x', ref.x) as string, () => csv('x', normal(11, n, 0, 1))],
    ['y from another seed', () => csv('y', ref.y), () => csv('y', normal(12, n, 50, 10))],
    ['s from another seed', () => csv('s', ref.s), () => csv('s', categories(13, n, SHARES))],
  ])('a resample passes: %s', async (_l, r, c) => {
    expect(verdictOf(await drift(r(), c()))).toBe('pass');
  });

  const warnOrFail: [string, () => [string, string]][] = [
    ['y shifted by 0.25 sd', () => [csv('y', ref.y), csv('y', normal(12, n, 52.5, 10))]],
    ['y variance x 1.5', () => [csv('y', ref.y), csv('y', normal(12, n, 50, 15))]],
    [
      'y scaled x 1.15',
      () => [
        csv('y', ref.y),
        csv(
          'y',
          normal(12, n, 50, 10).map((v) => v * 1.15),
        ),
      ],
    ],
    [
      's shares 0.5/0.3/0.2 -> 0.35/0.35/0.3 (JS 0.112)',
      () => [csv('s', ref.s), csv('s', categories(13, n, { a: 0.35, b: 0.35, c: 0.3 }))],
    ],
    [
      's gains a category at 10% (JS 0.19)',
      () => [csv('s', ref.s), csv('s', categories(13, n, { a: 0.45, b: 0.27, c: 0.18, d: 0.1 }))],
    ],
  ];
  it.each(warnOrFail)('%s: at least a warning', async (_l, files) => {
    const [r, c] = files();
    expect(['warn', 'fail']).toContain(verdictOf(await drift(r, c)));
  });

  it.each([
    ['x shifted by 1 sd', () => [csv('x', ref.x), csv('x', normal(11, n, 1, 1))]],
    ['x variance x 3', () => [csv('x', ref.x), csv('x', normal(11, n, 0, 3))]],
    [
      'y scaled x 1.5',
      () => [
        csv('y', ref.y),
        csv(
          'y',
          normal(12, n, 50, 10).map((v) => v * 1.5),
        ),
      ],
    ],
    [
      's shares 0.5/0.3/0.2 -> 0.2/0.3/0.5',
      () => [csv('s', ref.s), csv('s', categories(13, n, { a: 0.2, b: 0.3, c: 0.5 }))],
    ],
  ] as [string, () => [string, string]][])('%s: fails', async (_l, files) => {
    const [r, c] = files();
    expect(verdictOf(await drift(r, c))).toBe('fail');
  });
});

describe('drift defaults at 5,000 rows: the effect sizes of the issue fail', () => {
  const n = 5000;
  it.each([
    ['x scaled x 1.2 around 0 (normalised Wasserstein about 0.16)', 0, 1, 1.2],
    ['y shifted by 0.25 sd', 50, 10, 1],
  ])('%s', async (_l, mean, sd, scale) => {
    const r = csv('v', normal(21, n, mean, sd));
    const c = csv(
      'v',
      normal(22, n, mean, sd).map((v) => v * scale + (scale === 1 ? sd / 4 : 0)),
    );
    expect(verdictOf(await drift(r, c))).toBe('fail');
  });

  it('x scaled x 1.1 around 0 (normalised Wasserstein about 0.08) warns', async () => {
    const r = csv('v', normal(31, n, 0, 1));
    const c = csv(
      'v',
      normal(32, n, 0, 1).map((v) => v * 1.1),
    );
    expect(verdictOf(await drift(r, c))).toBe('warn');
  });
});

describe('drift defaults against a saved reference profile (5,000 rows)', () => {
  const n = 5000;
  async function viaProfile(reference: string, current: string): Promise<GateResult> {
    const profile = `${reference}.profile.json`;
    const config = defaultConfig();
    config.gates['data-gate'] = {
      dataset: reference,
      'profile-out': profile,
      checks: Object.fromEntries(dataGate.checks.map((c) => [c.id, 'off'])),
    } as never;
    await runGate(dataGate, { config, cwd: dir, logger: silentLogger });
    config.gates['data-gate'] = { dataset: current, 'reference-profile': profile, checks: ONLY_DRIFT } as never;
    return runGate(dataGate, { config, cwd: dir, logger: silentLogger });
  }

  it.each([
    ['a resample', normal(41, n, 50, 10), normal(42, n, 50, 10), ['pass']],
    ['a 0.25 sd shift', normal(41, n, 50, 10), normal(42, n, 52.5, 10), ['warn', 'fail']],
    ['variance x 1.5', normal(41, n, 50, 10), normal(42, n, 50, 15), ['warn', 'fail']],
    ['scale x 1.1 around 0', normal(41, n, 0, 1), normal(42, n, 0, 1.1), ['warn', 'fail']],
  ])('numeric: %s', async (_l, r, c, verdicts) => {
    expect(verdicts).toContain(verdictOf(await viaProfile(csv('v', r), csv('v', c))));
  });

  it.each([
    ['a resample', SHARES, ['pass']],
    ['shares moving by JS 0.112', { a: 0.35, b: 0.35, c: 0.3 }, ['warn', 'fail']],
    ['a new category at 10%', { a: 0.45, b: 0.27, c: 0.18, d: 0.1 }, ['warn', 'fail']],
  ])('categorical: %s', async (_l, shares, verdicts) => {
    const r = csv('s', categories(43, n, SHARES));
    const c = csv('s', categories(44, n, shares));
    expect(verdicts).toContain(verdictOf(await viaProfile(r, c)));
  });
});

describe('infinite values are compared too (they are kept out of every distribution statistic)', () => {
  it.each([
    ['raw reference', false],
    ['saved profile', true],
  ])('20%% of a column turning into ±inf warns (%s)', async (_l, profile) => {
    const n = 2000;
    const r = csv('v', normal(51, n, 50, 10));
    const c = csv(
      'v',
      normal(52, n, 50, 10).map((v, i) => (i % 10 === 0 ? 'inf' : i % 10 === 1 ? '-Infinity' : v)),
    );
    let reference: Record<string, string> = { reference: r };
    if (profile) {
      const config = defaultConfig();
      config.gates['data-gate'] = {
        dataset: r,
        'profile-out': `${r}.json`,
        checks: Object.fromEntries(dataGate.checks.map((x) => [x.id, 'off'])),
      } as never;
      await runGate(dataGate, { config, cwd: dir, logger: silentLogger });
      reference = { 'reference-profile': `${r}.json` };
    }
    const config = defaultConfig();
    config.gates['data-gate'] = { dataset: c, ...reference, checks: ONLY_DRIFT } as never;
    const result = await runGate(dataGate, { config, cwd: dir, logger: silentLogger });
    const drift = result.checks.find((x) => x.id === 'drift')!;
    expect(drift.findings.find((f) => f.ruleId === 'drift.infinite-rate')?.message).toContain('from 0.0% to 20.0%');
    expect(['warn', 'fail']).toContain(drift.verdict);
  });
});

describe('a column that is now entirely missing', () => {
  it('fails drift like a missing column (it only warned as a null-rate change)', async () => {
    const n = 2000;
    const r = csv(
      'v,w',
      normal(61, n, 50, 10).map((v, i) => `${v},${i % 3}`),
    );
    const c = csv(
      'v,w',
      normal(62, n, 50, 10).map((_v, i) => `NA,${i % 3}`),
    );
    const result = await drift(r, c);
    const d = result.checks.find((x) => x.id === 'drift')!;
    const f = d.findings.find((x) => x.ruleId === 'drift.null-rate')!;
    expect(f.severity).toBe('high');
    expect(f.message).toContain('every value is missing now');
    expect(d.verdict).toBe('fail');
  });

  it('a partial rise in missing values still warns', async () => {
    const n = 2000;
    const r = csv('v', normal(63, n, 50, 10));
    const c = csv(
      'v',
      normal(64, n, 50, 10).map((v, i) => (i % 5 === 0 ? 'NA' : v)),
    );
    const d = (await drift(r, c)).checks.find((x) => x.id === 'drift')!;
    expect(d.findings.find((x) => x.ruleId === 'drift.null-rate')?.severity).toBe('medium');
  });
});

describe('a categorical column whose cardinality explodes', () => {
  const n = 3000;
  const ref = () => csv('s', categories(71, n, { a: 0.4, b: 0.3, c: 0.2, d: 0.1 }));

  it('fails (it was skipped as "high cardinality" and the run passed)', async () => {
    const cur = csv(
      's',
      categories(72, n, { a: 0.4, b: 0.3, c: 0.2, d: 0.1 }).map((v, i) => (i % 5 < 3 ? `u${i}` : v)),
    );
    const d = (await drift(ref(), cur)).checks.find((x) => x.id === 'drift')!;
    expect(d.verdict).toBe('fail');
    expect(d.metrics.find((m) => m.subject === 's' && m.name === 'jensen_shannon')?.verdict).toBe('fail');
  });

  it('a handful of rare new values past the cap on a big column only adds their share', async () => {
    const base = categories(73, 30000, { a: 0.4, b: 0.3, c: 0.2, d: 0.1 });
    const cur = csv(
      's',
      base.map((v, i) => (i >= 30000 - 1100 ? `rare${i}` : v)),
    );
    const d = (await drift(csv('s', categories(74, 30000, { a: 0.4, b: 0.3, c: 0.2, d: 0.1 })), cur)).checks.find(
      (x) => x.id === 'drift',
    )!;
    const js = d.metrics.find((m) => m.subject === 's' && m.name === 'jensen_shannon')!;
    // JS distance of a 3.7% new bucket alone is about 0.14; the shares of a-d are unchanged otherwise.
    expect(js.value).toBeGreaterThan(0.1);
    expect(js.value).toBeLessThan(0.2);
    expect(d.findings.find((f) => f.ruleId === 'drift.new-category')?.message).toContain('max-categories');
  });

  it('when a reference category first shows up past the cap, the counts are not comparable: skipped', async () => {
    const base = categories(75, 30000, { a: 0.4, b: 0.3, c: 0.2, d: 0.1 });
    const cur = csv(
      's',
      base.map((v, i) => (i < 1100 ? `rare${i}` : v)),
    );
    const d = (await drift(csv('s', categories(76, 30000, { a: 0.4, b: 0.3, c: 0.2, d: 0.1 })), cur)).checks.find(
      (x) => x.id === 'drift',
    )!;
    expect(String(d.metrics.find((m) => m.subject === 's')?.details?.reason)).toMatch(/^high cardinality/);
  });

  it('two high-cardinality sides (free text, ids) are still skipped', async () => {
    const r = csv(
      's',
      Array.from({ length: n }, (_v, i) => `r${i % 1500}`),
    );
    const c = csv(
      's',
      Array.from({ length: n }, (_v, i) => `c${i % 1500}`),
    );
    const d = (await drift(r, c)).checks.find((x) => x.id === 'drift')!;
    expect(String(d.metrics.find((m) => m.subject === 's')?.details?.reason)).toMatch(/^high cardinality/);
  });
});
