import { describe, expect, it } from '@jest/globals';
import { renderSarif } from '../../packages/core/src/report/sarif.js';
import { finding, HOSTILE, makeResult } from './results.js';
import { sarifValidator, type Validator } from './sarif-schema.js';

const errorsOf = (v: Validator): string[] => (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);

describe('SARIF 2.1.0', () => {
  const validate = sarifValidator();

  it('is valid against the SARIF 2.1.0 schema, for every kind of location, waivers and hostile text', () => {
    const findings = [
      finding(1, 'critical', { location: { path: 'models/a b.pkl', offset: 42 } }),
      finding(2, 'high', { location: { path: 'src/load.py', line: 10, column: 5 } }),
      finding(3, 'medium', { location: { path: 'models/m.zip', member: 'archive/data.pkl', offset: 7 } }),
      finding(4, 'low', { location: { path: 'data/train.csv', field: 'email' } }),
      finding(5, 'info', { location: undefined }),
      finding(6, 'high', { waived: { reason: 'known', owner: 'ml-team', expires: '2030-01-01' } }),
      ...HOSTILE.map((h, i) =>
        finding(100 + i, 'medium', {
          ruleId: `x.${i}`,
          message: h,
          help: h,
          location: { path: `models/${h}`, line: 1 },
        }),
      ),
    ];
    const sarif = JSON.parse(
      renderSarif([makeResult('model-scan', 'fail', { findings }), makeResult('data-gate', 'pass')]),
    );
    const ok = validate(sarif);
    expect(errorsOf(validate)).toEqual([]);
    expect(ok).toBe(true);
    const run = sarif.runs[0];
    expect(run.results).toHaveLength(findings.length - 1);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.partialFingerprints['mlGatesFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(0);
    }
    expect(run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions)).toHaveLength(1);
  });

  it('keeps fingerprints stable across runs and line moves, distinct across places', () => {
    const a = finding(1, 'high', { location: { path: 'src/a.py', line: 3 } });
    const moved = { ...a, location: { path: 'src/a.py', line: 30 } };
    const other = { ...a, location: { path: 'src/b.py', line: 3 } };
    const fp = (f: typeof a): string =>
      JSON.parse(renderSarif([makeResult('model-scan', 'fail', { findings: [f] })])).runs[0].results[0]
        .partialFingerprints['mlGatesFinding/v1'];
    expect(fp(a)).toBe(fp({ ...a }));
    expect(fp(moved)).toBe(fp(a));
    expect(fp(other)).not.toBe(fp(a));
  });

  it('the schema check rejects a broken log (the validator is not vacuous)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] })).toBe(false);
  });
});
