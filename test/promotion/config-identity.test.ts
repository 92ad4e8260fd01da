import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_GATES, main } from '@ml-gates/cli';
import { configDigest, parseConfig, type GateResult } from '@ml-gates/core';
import { GATES, io, POLICY, workspace } from './helpers.js';

type Run = { results: GateResult[] };
const read = (dir: string, file: string): Run => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Run;
const ATTEST = ['attest', '--key', 'signing.pem', '--out', 'att.json'];
/** performance-gate in a job of its own, with its columns as flags (inputs), under ml-gates.yml. */
const PERF_JOB = [
  'perf',
  '--config',
  'ml-gates.yml',
  '--predictions',
  'eval/predictions.csv',
  '--label',
  'approved',
  '--score',
  'score',
  '--out',
  'r/perf',
  '--format',
  'json',
];

describe('policy and attest judge only reports run under the config they are given', () => {
  let dir: string;
  let run: Run;
  beforeAll(async () => {
    dir = workspace();
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
    run = read(dir, 'reports/ml-gates.json');
  });
  const folder = (name: string, results: readonly unknown[]): string => {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'ml-gates.json'), JSON.stringify({ ...run, results }));
    return name;
  };

  it('every result records a config digest and an inputs digest', () => {
    for (const r of run.results) {
      expect(r.configDigest).toMatch(/^[0-9a-f]{64}$/);
      expect(r.inputsDigest).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it.each([
    ['a lower threshold', (t: string) => t.replace('roc_auc: 0.75', 'roc_auc: 0.5'), ['performance-gate']],
    [
      'another model-scan check setting',
      (t: string) => t.replace('model-card: off', 'model-card: warn'),
      ['model-scan'],
    ],
    [
      'a default fail-on for every gate',
      (t: string) => `${t}defaults:\n  fail-on: critical\n`,
      ['model-scan', 'performance-gate'],
    ],
    ['an exclude glob', (t: string) => `${t}exclude: ['eval/**']\n`, ['model-scan', 'performance-gate']],
  ])(
    'a config with %s is refused by policy and attest, naming the gates and both digests',
    async (_what, edit, gates) => {
      writeFileSync(join(dir, 'other.yml'), edit(`${GATES}${POLICY}`));
      for (const cmd of [['policy'], ATTEST]) {
        const t = io(dir);
        expect(await main([...cmd, '--reports', 'reports', '--config', 'other.yml'], t)).toBe(2);
        expect(t.err).toMatch(/not run under other\.yml; refusing to judge results of another configuration/);
        for (const gate of gates) {
          const r = run.results.find((x) => x.gate === gate)!;
          expect(t.err).toContain(`${gate} (`);
          expect(t.err).toContain(`.json): config digest ${r.configDigest!.slice(0, 12)}…, other.yml gives`);
        }
        const untouched = run.results.filter((r) => !gates.includes(r.gate)).map((r) => r.gate);
        for (const gate of untouched) expect(t.err).not.toContain(`${gate} (`);
      }
    },
  );

  it('comments, key order, the policy rules and the report section do not change the digest', async () => {
    const reordered = `# the same settings, written otherwise
report: { formats: [json] }
gates:
  performance-gate:
    checks: { thresholds: { metrics: { roc_auc: 0.75 } }, baseline: off }
    columns: { score: score, label: approved }
    predictions: eval/predictions.csv
  model-scan: { checks: { model-card: off }, paths: [model] }
version: 1
policy:
  rules:
    - id: scan-only
      message: scan passed
      expr: gates["model-scan"].verdict == "pass"
`;
    writeFileSync(join(dir, 'same.yml'), reordered);
    expect(await main(['policy', '--reports', 'reports', '--config', 'same.yml'], io(dir))).toBe(0);
  });

  it('an old report (one digest of config and inputs) is refused clearly; one without a digest too by attest', async () => {
    const [scan, perf] = run.results;
    const { inputsDigest: _i, ...old } = scan!;
    const { configDigest: _c, inputsDigest: _j, ...bare } = perf!;
    const d = folder('old', [old, bare]);
    for (const cmd of [['policy'], ATTEST]) {
      const t = io(dir);
      expect(await main([...cmd, '--reports', d], t)).toBe(2);
      expect(t.err).toMatch(
        /model-scan \(ml-gates\.json\): written by an ml-gates that recorded the config and the inputs in one digest/,
      );
      if (cmd !== ATTEST) continue;
      expect(t.err).toMatch(/performance-gate \(ml-gates\.json\): records no config digest/);
    }
  });

  it('policy judges a report made by hand (no digest at all) with a warning; attest refuses it', async () => {
    const bare = run.results.map(({ configDigest: _c, inputsDigest: _i, ...r }) => r);
    const d = folder('by-hand', bare);
    const t = io(dir);
    expect(await main(['policy', '--reports', d], t)).toBe(0);
    expect(t.err).toMatch(/warning: model-scan \(ml-gates\.json\) records no config digest: it could not be checked/);
    const failing = folder(
      'by-hand-failing',
      bare.map((r) =>
        r.gate === 'model-scan'
          ? { ...r, verdict: 'fail', checks: r.checks.map((c) => ({ ...c, verdict: 'fail', mode: 'block' })) }
          : r,
      ),
    );
    expect(await main(['policy', '--reports', failing], io(dir))).toBe(1);
    const a = io(dir);
    expect(await main([...ATTEST, '--reports', d], a)).toBe(2);
    expect(a.err).toMatch(/records no config digest/);
  });

  it('a digest edited in a report is refused (it is checked, not trusted)', async () => {
    const d = folder(
      'edited',
      run.results.map((r) => (r.gate === 'model-scan' ? { ...r, configDigest: 'e'.repeat(64) } : r)),
    );
    const t = io(dir);
    expect(await main(['policy', '--reports', d], t)).toBe(2);
    expect(t.err).toContain('model-scan (ml-gates.json): config digest eeeeeeeeeeee…, ml-gates.yml gives');
  });

  it('a report edited after the fact (a verdict better than its checks) is refused by policy and attest', async () => {
    const perf = run.results.find((r) => r.gate === 'performance-gate')!;
    const scan = run.results.find((r) => r.gate === 'model-scan')!;
    // The gate failed on thresholds; someone turned its verdict to pass and left the check.
    const failedThenPassed = {
      ...perf,
      verdict: 'pass',
      checks: perf.checks.map((c, i) => (i === 0 ? { ...c, verdict: 'fail' } : c)),
    };
    const d = folder('edited-verdict', [scan, failedThenPassed]);
    for (const cmd of [['policy'], ATTEST]) {
      const t = io(dir);
      expect(await main([...cmd, '--reports', d], t)).toBe(2);
      expect(t.err).toMatch(
        /performance-gate: its verdict is pass, but check \S+ is fail; the report does not follow from its own checks/,
      );
    }
    // A check turned to pass with its blocking critical finding left in place.
    const block = scan.checks.find((c) => c.mode === 'block')!;
    const finding = { ruleId: 'pickle.global.os.system', severity: 'critical', message: 'os.system' };
    const hidden = { ...scan, checks: scan.checks.map((c) => (c.id === block.id ? { ...c, findings: [finding] } : c)) };
    const e = folder('edited-check', [hidden, perf]);
    const t = io(dir);
    expect(await main(['policy', '--reports', e], t)).toBe(2);
    expect(t.err).toMatch(
      new RegExp(
        `check ${block.id} is pass in block mode with an open critical finding \\(pickle\\.global\\.os\\.system\\)`,
      ),
    );
  });

  it('attest --commit naming another commit than the reports is refused', async () => {
    const sha = 'a'.repeat(40);
    const d = folder(
      'with-commit',
      run.results.map((r) => ({ ...r, commit: sha })),
    );
    const t = io(dir);
    expect(await main([...ATTEST, '--reports', d, '--commit', 'b'.repeat(40)], t)).toBe(2);
    expect(t.err).toMatch(new RegExp(`are about commit ${sha}; refusing to attest them as another commit's`));
    // The same commit (any case) is accepted.
    expect(await main([...ATTEST, '--reports', d, '--commit', sha.toUpperCase()], io(dir))).toBe(0);
  });
});

describe('gates run in separate jobs with different inputs', () => {
  it('are judged together when they ran under the same config file; the attestation records both digests', async () => {
    const dir = workspace();
    // model-scan with a flag (its own job), performance-gate from the config alone (another job).
    expect(
      await main(
        ['scan', 'model', '--config', 'ml-gates.yml', '--fail-on', 'critical', '--out', 'r/scan', '--format', 'json'],
        io(dir),
      ),
    ).toBe(0);
    expect(await main(PERF_JOB, io(dir))).toBe(0);
    const scan = read(dir, 'r/scan/ml-gates.json').results[0]!;
    const perf = read(dir, 'r/perf/ml-gates.json').results[0]!;
    const whole = read(dir, 'r/perf/ml-gates.json');
    expect(whole.results).toHaveLength(1);
    expect(await main(['policy', '--reports', 'r'], io(dir))).toBe(0);
    expect(await main([...ATTEST, '--reports', 'r'], io(dir))).toBe(0);
    const bundle = JSON.parse(readFileSync(join(dir, 'att.json'), 'utf8')) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      predicate: { gates: { gate: string; configDigest?: string; inputsDigest?: string }[] };
    };
    const attested = Object.fromEntries(statement.predicate.gates.map((g) => [g.gate, g]));
    expect(attested['model-scan']).toMatchObject({ configDigest: scan.configDigest, inputsDigest: scan.inputsDigest });
    expect(attested['performance-gate']).toMatchObject({
      configDigest: perf.configDigest,
      inputsDigest: perf.inputsDigest,
    });
    expect(scan.inputsDigest).not.toBe(perf.inputsDigest);
  });

  it('a gate run without the config file (its defaults) is refused when the config sets that gate', async () => {
    const dir = workspace();
    expect(await main(['scan', 'model', '--out', 'r/scan', '--format', 'json'], io(dir))).not.toBe(2);
    expect(await main(PERF_JOB, io(dir))).toBe(0);
    const t = io(dir);
    expect(await main(['policy', '--reports', 'r'], t)).toBe(2);
    expect(t.err).toMatch(/model-scan \(scan\/[a-z-]+\.json\): config digest [0-9a-f]{12}…, ml-gates\.yml gives/);
    expect(t.err).not.toMatch(/performance-gate \(/);
  });
});

describe('configDigest is the same for a gate in every host', () => {
  it('a host that knows only one gate (its action) and one that knows all (the CLI) agree on that gate', () => {
    const text = `${GATES}  data-gate:\n    dataset: cur.csv\n    reference: ref.csv\n${POLICY}`;
    const all = parseConfig(text, 'ml-gates.yml', ALL_GATES).config;
    for (const gate of ALL_GATES) {
      const alone = parseConfig(text, 'ml-gates.yml', [gate]).config;
      expect(configDigest(alone, gate.name)).toBe(configDigest(all, gate.name));
    }
    // The gates' digests differ from each other (each covers its own section), and a section change shows.
    expect(configDigest(all, 'model-scan')).not.toBe(configDigest(all, 'data-gate'));
    const changed = parseConfig(text.replace('cur.csv', 'cur2.csv'), 'ml-gates.yml', ALL_GATES).config;
    expect(configDigest(changed, 'data-gate')).not.toBe(configDigest(all, 'data-gate'));
    expect(configDigest(changed, 'model-scan')).toBe(configDigest(all, 'model-scan'));
  });
});

describe('merge judges its policy only on shards run under its config', () => {
  it('shards of another config are refused when the merge judges policy rules; the same config merges', async () => {
    const dir = workspace();
    for (const i of [1, 2]) expect(await main(['run', '--shard', `${i}/2`, '--out', `s${i}`], io(dir))).toBe(0);
    writeFileSync(join(dir, 'other.yml'), `${GATES.replace('roc_auc: 0.75', 'roc_auc: 0.5')}${POLICY}`);
    const t = io(dir);
    expect(await main(['merge', 's1', 's2', '--config', 'other.yml', '--out', 'm-other'], t)).toBe(2);
    expect(t.err).toMatch(
      /performance-gate \(its result\): config digest [0-9a-f]{12}…, the config whose policy is judged gives/,
    );
    expect(t.err).not.toMatch(/model-scan \(its result\)/);
    const ok = io(dir);
    expect(await main(['merge', 's1', 's2', '--out', 'merged'], ok)).toBe(0);
    expect(read(dir, 'merged/ml-gates.json').results.map((r) => r.gate)).toEqual([
      'model-scan',
      'performance-gate',
      'policy',
    ]);
  });
});
