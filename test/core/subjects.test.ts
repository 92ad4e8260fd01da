/**
 * #17 "one of each concept": a subject's verdict (a model file, a dataset file, the attacked model) is decided
 * once, by core, from the judged checks: modes, `fail-on` and waivers apply to the subjects table as they do
 * to the gate's verdict. (Each gate had its own copy; two ignored waivers, two ignored `fail-on`.)
 */
import { describe, expect, it } from '@jest/globals';
import {
  parseConfig,
  runGate,
  silentLogger,
  type CheckOutput,
  type Gate,
  type GateOutput,
  type GateResult,
  type SubjectOutput,
} from '@ml-gates/core';
import { finding } from './fake-gate.js';

const NOW = new Date('2026-12-04T12:00:00Z');

function gate(checks: CheckOutput[], subjects: SubjectOutput[], headline?: GateOutput['headline']): Gate {
  return {
    name: 'model-scan',
    title: 'Subjects',
    description: 'Returns what it is given.',
    checks: checks.map((c) => ({ id: c.id, title: c.title, description: c.id, defaultMode: 'block' })),
    optionsSchema: {},
    run: () => Promise.resolve({ checks, subjects, ...(headline ? { headline } : {}) }),
  };
}
async function run(g: Gate, yaml = 'version: 1\ngates:\n  model-scan: {}\n'): Promise<GateResult> {
  return runGate(g, {
    config: parseConfig(yaml, 'ml-gates.yml', [g]).config,
    cwd: '.',
    logger: silentLogger,
    now: NOW,
  });
}

const files: SubjectOutput[] = [{ path: 'a.pkl' }, { path: 'b.pkl' }, { path: 'c.pkl', verdict: 'error' }];
const verdicts = (r: GateResult) => Object.fromEntries(r.subjects.map((s) => [s.path, s.verdict]));

describe('subjects are judged by core from the judged checks', () => {
  it('a finding at or above fail-on in a blocking check fails its file; others warn; a gate error stands', async () => {
    const r = await run(
      gate(
        [{ id: 'pickle', title: 'P', findings: [finding('high', 'a.pkl'), finding('low', 'b.pkl')] }],
        [...files, { path: 'b.pkl', verdict: 'fail' }],
      ),
    );
    // the gate's own 'fail' for the second b.pkl is replaced: its only finding is low
    expect(r.subjects.map((s) => s.verdict)).toEqual(['fail', 'warn', 'error', 'warn']);
  });

  it('a waived finding does not fail its file (the gate passes, so does the file)', async () => {
    const yaml = `version: 1
gates:
  model-scan:
    waivers:
      - { check: pickle, rule: rule.x, path: a.pkl, reason: reviewed by security, owner: "@sec", expires: "2027-01-31" }
`;
    const r = await run(gate([{ id: 'pickle', title: 'P', findings: [finding('critical', 'a.pkl')] }], files), yaml);
    expect(r.verdict).toBe('pass');
    expect(verdicts(r)).toEqual({ 'a.pkl': 'pass', 'b.pkl': 'pass', 'c.pkl': 'error' });
  });

  it('fail-on and modes apply: medium fails under fail-on medium, a warn-mode check only warns, an off check counts for nothing', async () => {
    const checks: CheckOutput[] = [
      { id: 'pickle', title: 'P', findings: [finding('medium', 'a.pkl')] },
      { id: 'archive', title: 'A', findings: [finding('critical', 'b.pkl')] },
      { id: 'secrets', title: 'S', findings: [finding('critical', 'c.pkl')] },
    ];
    const yaml = `version: 1
gates:
  model-scan:
    fail-on: medium
    checks: { archive: warn, secrets: off }
`;
    const r = await run(gate(checks, [{ path: 'a.pkl' }, { path: 'b.pkl' }, { path: 'c.pkl' }]), yaml);
    expect(verdicts(r)).toEqual({ 'a.pkl': 'fail', 'b.pkl': 'warn', 'c.pkl': 'pass' });
  });

  it('a subject judged by the checks takes the worst check verdict (the attacked model)', async () => {
    const r = await run(
      gate(
        [
          { id: 'robustness', title: 'R', outcome: 'fail' },
          { id: 'fuzz', title: 'F' },
        ],
        [{ path: 'sha256:abc', judgedBy: 'checks' }],
      ),
      'version: 1\ngates:\n  model-scan:\n    checks: { fuzz: block, robustness: warn }\n',
    );
    expect(r.subjects).toEqual([{ path: 'sha256:abc', verdict: 'warn' }]);
  });

  it('a headline can count the judged subjects', async () => {
    const r = await run(
      gate(
        [{ id: 'pickle', title: 'P', findings: [finding('high', 'a.pkl')] }],
        files,
        (s) => `${s.filter((x) => x.verdict === 'fail').length} unsafe`,
      ),
    );
    expect(r.headline).toContain('1 unsafe');
  });
});
