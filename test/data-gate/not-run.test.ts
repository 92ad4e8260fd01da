/**
 * #14 item 1 and #15 item 6 (gate side): an enabled check never vanishes. A missing default-branch profile is a
 * visible warn (or, with missing-baseline: fail, not run and judged); a configured check without its input is
 * not run; an unconfigured one says so; a dataset with no rows is a finding; big files report progress.
 */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import {
  defaultConfig,
  renderText,
  runGate,
  silentLogger,
  type GateResult,
  type GateServices,
  type Logger,
} from '@ml-gates/core';
import { dataGate, GATE_OPTIONS_DEFAULTS, NO_BASELINE_YET, readAndProfile } from '@ml-gates/data-gate';
import { NO_BASELINE_YET as PERF_NO_BASELINE_YET } from '@ml-gates/performance-gate';
import { FIXTURES } from './helpers.js';

const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

async function run(section: Record<string, unknown>, services: GateServices = {}): Promise<GateResult> {
  const config = defaultConfig();
  config.gates['data-gate'] = section as never;
  return runGate(dataGate, { config, cwd: FIXTURES, logger: silentLogger, services });
}
const check = (r: GateResult, id: string) => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${JSON.stringify(r.checks.map((x) => x.id))}: ${r.errors.join('; ')}`);
  return c;
};

/** The issue's scenario: drift: block against the default branch's profile, which does not exist yet. */
const issueScenario = (extra: Record<string, unknown> = {}) => ({
  dataset: 'cur-nodrift.csv',
  'reference-profile': 'default-branch',
  ...extra,
  checks: { ...ONLY('drift'), drift: 'block' },
});
const noArtifact: GateServices = { baseline: async () => undefined };

describe('missing default-branch profile (the scenario of issue #14)', () => {
  it('is a visible warn by default, never "PASS 1/1 checks passed"', async () => {
    const r = await run(issueScenario(), noArtifact);
    const drift = check(r, 'drift');
    expect(drift.verdict).toBe('warn');
    expect(drift.summary).toContain(NO_BASELINE_YET);
    expect(drift.summary).toContain('no "data-profile.json" artifact on the default branch');
    expect(r.verdict).toBe('warn');
    expect(renderText([r], { color: false })).toContain(NO_BASELINE_YET);
  });

  it('is the same outside GitHub (no baseline service)', async () => {
    const r = await run(issueScenario());
    expect(check(r, 'drift').verdict).toBe('warn');
    expect(check(r, 'drift').summary).toContain('no GitHub baseline service');
  });

  it('with missing-baseline: fail, drift is not run and judged error in block mode, warn in warn mode', async () => {
    const r = await run(issueScenario({ 'missing-baseline': 'fail' }), noArtifact);
    const drift = check(r, 'drift');
    expect(drift.verdict).toBe('error');
    expect(drift.notRun).toContain(NO_BASELINE_YET);
    expect(r.verdict).not.toBe('pass');
    const warned = await run(
      { ...issueScenario({ 'missing-baseline': 'fail' }), checks: { ...ONLY('drift'), drift: 'warn' } },
      noArtifact,
    );
    expect(check(warned, 'drift').verdict).toBe('warn');
    expect(check(warned, 'drift').notRun).toContain(NO_BASELINE_YET);
  });

  it('a failed download is not a missing baseline: not run, with the error', async () => {
    const broken: GateServices = {
      baseline: async () => {
        throw new Error('HTTP 502 from the artifact service');
      },
    };
    const r = await run(issueScenario(), broken);
    const drift = check(r, 'drift');
    expect(drift.verdict).toBe('error');
    expect(drift.notRun).toContain('HTTP 502 from the artifact service');
  });

  it('uses the reference files when the profile is missing and they are given', async () => {
    const r = await run({ ...issueScenario(), reference: 'ref.csv' }, noArtifact);
    expect(check(r, 'drift').details?.referenceNote).toMatch(/fell back to the reference files/);
    expect(check(r, 'drift').notRun).toBeUndefined();
  });

  it('performance-gate uses the same words', () => {
    expect(PERF_NO_BASELINE_YET).toBe(NO_BASELINE_YET);
  });
});

describe('enabled checks without their input', () => {
  it('unconfigured, at their default mode: listed as "not configured", failing nothing', async () => {
    const ids = ['drift', 'leakage', 'label-balance', 'schema'];
    // Not named under `checks:` at all (every other check off).
    const checks = Object.fromEntries(Object.entries(ONLY()).filter(([id]) => !ids.includes(id)));
    const r = await run({ dataset: 'cur-nodrift.csv', checks });
    for (const id of ids) {
      expect(check(r, id).summary).toMatch(/^not configured: /);
      expect(check(r, id).notRun).toBeUndefined();
    }
    expect(r.verdict).toBe('pass');
  });

  it('named under checks: at their default mode (`drift: block`, `leakage: {}`): not run, judged', async () => {
    const r = await run({
      dataset: 'cur-nodrift.csv',
      checks: { ...ONLY(), drift: 'block', leakage: {}, schema: { mode: 'block' } },
    });
    for (const id of ['drift', 'leakage', 'schema']) {
      expect(check(r, id).verdict).toBe('error');
      expect(check(r, id).notRun).toBeTruthy();
    }
    expect(check(r, 'drift').notRun).toContain('reference');
    expect(r.verdict).toBe('error');
  });

  it('configured (options or a non-default mode) but missing their input: not run, judged by mode', async () => {
    const r = await run({
      dataset: 'cur-nodrift.csv',
      checks: {
        ...ONLY(),
        drift: { columns: ['age'] },
        leakage: { keys: ['id'] },
        'label-balance': { mode: 'block', column: 'label' },
      },
    });
    for (const id of ['drift', 'leakage', 'label-balance']) {
      expect(check(r, id).verdict).toBe('error');
      expect(check(r, id).notRun).toBeTruthy();
    }
    expect(check(r, 'leakage').notRun).toContain('test');
    expect(r.verdict).toBe('error');
  });
});

describe('a dataset with no rows', () => {
  it('is a finding (header only), even with no schema configured', async () => {
    const r = await run({ dataset: 'header-only.csv', checks: ONLY('schema', 'outliers') });
    const f = r.checks.flatMap((c) => c.findings).find((x) => x.ruleId === 'dataset.empty');
    expect(f?.severity).toBe('high');
    expect(f?.location?.path).toBe('header-only.csv');
    expect(r.verdict).toBe('fail');
  });

  it('is a finding when schema is off: on the first blocking check, else on a warn-mode one', async () => {
    const r = await run({ dataset: 'header-only.csv', checks: ONLY('outliers', 'pii') });
    expect(check(r, 'pii').findings.map((x) => x.ruleId)).toContain('dataset.empty');
    expect(r.verdict).toBe('fail');
    const w = await run({ dataset: 'header-only.csv', checks: ONLY('outliers') });
    expect(check(w, 'outliers').findings.map((x) => x.ruleId)).toContain('dataset.empty');
    expect(w.verdict).toBe('warn');
  });

  it('a dataset with rows has no such finding', async () => {
    const r = await run({ dataset: 'cur-nodrift.csv', checks: ONLY('schema', 'outliers') });
    expect(r.checks.flatMap((c) => c.findings).map((x) => x.ruleId)).not.toContain('dataset.empty');
  });
});

describe('progress while reading big files', () => {
  const recorder = () => {
    const lines: string[] = [];
    const logger: Logger = { ...silentLogger, info: (m: string) => lines.push(m) };
    return { lines, logger };
  };

  it('reports rows read through startProgress for files over the size limit', async () => {
    const { lines, logger } = recorder();
    const files = [{ path: join(FIXTURES, 'shift-ref.csv'), relPath: 'shift-ref.csv' }];
    const read = await readAndProfile(files, GATE_OPTIONS_DEFAULTS, [], undefined, { logger, minBytes: 1 });
    expect(read.rows).toBe(5000);
    expect(lines.at(-1)).toMatch(/^reading dataset \(1 file\(s\), 0\.1 MB\): 5,000 rows$/);
  });

  it('stays quiet for small files', async () => {
    const { lines, logger } = recorder();
    const files = [{ path: join(FIXTURES, 'shift-ref.csv'), relPath: 'shift-ref.csv' }];
    await readAndProfile(files, GATE_OPTIONS_DEFAULTS, [], undefined, { logger });
    expect(lines).toEqual([]);
  });
});

describe('no caught error becomes "nothing found"', () => {
  it('an unknown pii.phone-region is an error, not a silent "no phone numbers"', async () => {
    const r = await run({ dataset: 'sensitive.csv', checks: { ...ONLY('pii'), pii: { 'phone-region': 'ZZ' } } });
    expect(r.verdict).toBe('error');
    expect(r.errors.join('\n')).toMatch(/phone-region "ZZ" is not a country/);
  });
});

describe('drift that compared no column is not run, never "no drift"', () => {
  it('every column below min-samples: not run with the reasons, error in block mode, exit-worthy', async () => {
    const r = await run({
      dataset: 'cur-meanshift.csv',
      reference: 'ref.csv',
      checks: { ...ONLY('drift'), drift: { 'min-samples': 100000 } },
    });
    const c = check(r, 'drift');
    expect(c.verdict).toBe('error');
    expect(c.notRun).toMatch(/^no column could be compared against the reference data ref\.csv: .*insufficient data/);
    expect(r.verdict).not.toBe('pass');
  });

  it('in warn mode it warns', async () => {
    const r = await run({
      dataset: 'cur-meanshift.csv',
      reference: 'ref.csv',
      checks: { ...ONLY('drift'), drift: { mode: 'warn', 'min-samples': 100000 } },
    });
    expect(check(r, 'drift').verdict).toBe('warn');
  });

  it('only identifier-like columns selected: not run', async () => {
    const r = await run({
      dataset: 'cur-nodrift.csv',
      reference: 'ref.csv',
      checks: { ...ONLY('drift'), drift: { 'ignore-columns': ['age', 'income', 'city', 'label'] } },
    });
    const c = check(r, 'drift');
    expect(c.verdict).toBe('error');
    expect(c.notRun).toContain('identifier-like');
  });

  it('one comparable column is enough to judge', async () => {
    const r = await run({
      dataset: 'cur-nodrift.csv',
      reference: 'ref.csv',
      checks: { ...ONLY('drift'), drift: { columns: ['city'] } },
    });
    expect(check(r, 'drift').verdict).toBe('pass');
  });
});
