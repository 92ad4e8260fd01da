import { describe, expect, it } from '@jest/globals';
import {
  defaultConfig,
  parseConfig,
  renderText,
  runGate,
  runGates,
  silentLogger,
  UserError,
  type CheckOutput,
  type Gate,
  type GateName,
} from '@ml-gates/core';
import { renderPrComment } from '../../packages/core/src/report/comment.js';

function gate(name: GateName, checks: CheckOutput[], headline?: string): Gate {
  return {
    name,
    title: name,
    description: 'test',
    checks: checks.map((c) => ({ id: c.id, title: c.title, description: c.id, defaultMode: 'block' })),
    optionsSchema: { level: { type: 'string', enum: ['low', 'high'] } },
    run: () => Promise.resolve({ checks, ...(headline ? { headline } : {}) }),
  };
}

const run = (g: Gate) => runGate(g, { config: defaultConfig(), cwd: '.', logger: silentLogger });

describe('headlines say why a gate failed (#14 item 5)', () => {
  it('model-scan: names the failing check and its top finding, not only "8 file(s) scanned, 0 unsafe"', async () => {
    const g = gate(
      'model-scan',
      [
        { id: 'pickle', title: 'Pickle' },
        {
          id: 'unsafe-loading',
          title: 'Unsafe loading',
          findings: [
            {
              ruleId: 'python.torch-load',
              severity: 'medium',
              message: 'm',
              location: { path: 'src/eval.py', line: 3 },
            },
            {
              ruleId: 'python.eval-loaded-data',
              severity: 'high',
              message: 'eval of loaded data',
              location: { path: 'src/train.py', line: 12, column: 5 },
            },
          ],
        },
      ],
      '8 file(s) scanned, 0 unsafe',
    );
    const r = await run(g);
    expect(r.verdict).toBe('fail');
    expect(r.headline).toBe(
      'unsafe-loading: high python.eval-loaded-data at src/train.py:12:5 (+1 more) · 8 file(s) scanned, 0 unsafe',
    );
    // text report, check-run title and PR comment all read the headline
    expect(renderText([r], { color: false }).split('\n')[0]).toContain(
      'FAIL  unsafe-loading: high python.eval-loaded-data',
    );
    const comment = renderPrComment({
      headSha: 'b'.repeat(40),
      sections: [{ gate: 'model-scan', result: r, sha: 'b'.repeat(40), checkRunId: 7 }],
    });
    expect(comment).toContain('unsafe\\-loading\\: high python\\.eval\\-loaded\\-data');
  });

  it('attack: names the fuzz check that failed, not the robustness metric that passed', async () => {
    const r = await run(
      gate(
        'adversarial-gate',
        [
          {
            id: 'robustness',
            title: 'Robustness',
            metrics: [{ name: 'accuracy_kept', value: 0.925, threshold: 0.7, verdict: 'pass' }],
          },
          {
            id: 'fuzz',
            title: 'Fuzz',
            findings: [{ ruleId: 'fuzz.crash', severity: 'high', message: 'crashed on NaN input' }],
          },
        ],
        'accuracy kept 0.925 (bar 0.7)',
      ),
    );
    expect(r.headline).toMatch(/^fuzz: high fuzz\.crash · /);
    expect(r.headline).not.toMatch(/^accuracy/);
  });

  it('a failing metric, a check not run and an erroring check each say why; warn and pass keep the gate headline', async () => {
    const r = await run(
      gate('performance-gate', [
        {
          id: 'thresholds',
          title: 'T',
          outcome: 'fail',
          metrics: [
            { name: 'roc_auc', value: 0.81, threshold: 0.85, verdict: 'fail', subject: 'group=b' },
            { name: 'f1', value: 0.9, threshold: 0.8, verdict: 'pass' },
          ],
        },
        { id: 'baseline', title: 'B', outcome: 'not-run', notRun: 'no baseline yet' },
      ]),
    );
    expect(r.headline).toBe(
      'thresholds: roc_auc [group=b] = 0.81 vs threshold 0.85; baseline not run: no baseline yet · 1 failed (thresholds), 1 could not run (baseline) of 2 checks',
    );
    const errored = await run(
      gate('data-gate', [{ id: 'read', title: 'R', outcome: 'error', summary: 'cannot read\nx.csv' }]),
    );
    expect(errored.headline).toBe('read: cannot read x.csv · 1 could not run (read) of 1 checks');
    // A check that failed on a finding and could not finish (an empty dataset) names the finding, not "not run".
    const empty = await run(
      gate('data-gate', [
        {
          id: 'drift',
          title: 'D',
          outcome: 'not-run',
          notRun: 'no column could be compared',
          findings: [{ ruleId: 'dataset.empty', severity: 'high', message: 'no rows', location: { path: 'cur.csv' } }],
        },
      ]),
    );
    expect(empty.verdict).toBe('fail');
    expect(empty.headline).toBe('drift: high dataset.empty at cur.csv · 1 failed (drift) of 1 checks');
    const warned = await run(
      gate(
        'data-gate',
        [{ id: 'pii', title: 'P', findings: [{ ruleId: 'pii.email', severity: 'low', message: 'e' }] }],
        'own',
      ),
    );
    expect(warned.verdict).toBe('warn');
    expect(warned.headline).toBe('own');
    const passed = await run(gate('data-gate', [{ id: 'ok', title: 'OK' }]));
    expect(passed.headline).toBe('1/1 checks passed');
  });

  it('a check failed by a metric names the metric, not a finding below fail-on that only warned', async () => {
    const g = gate('data-gate', [
      {
        id: 'drift',
        title: 'Drift',
        outcome: 'fail',
        findings: [{ ruleId: 'drift.new-category', severity: 'low', message: 'new category "z"' }],
        metrics: [{ name: 'jensen_shannon', subject: 'segment', value: 0.18, threshold: 0.1, verdict: 'fail' }],
      },
    ]);
    const r = await run(g);
    expect(r.verdict).toBe('fail');
    expect(r.headline).toMatch(/^drift: jensen_shannon \[segment\] = 0\.18 vs threshold 0\.1/);
    expect(r.headline).not.toContain('drift.new-category');
  });

  it('a finding at or above fail-on is still named first, before a failing metric', async () => {
    const g = gate('data-gate', [
      {
        id: 'schema',
        title: 'Schema',
        findings: [
          { ruleId: 'schema.note', severity: 'medium', message: 'a medium note' },
          { ruleId: 'schema.type', severity: 'high', message: 'wrong type' },
        ],
        metrics: [{ name: 'bad_rows', value: 3, threshold: 0, verdict: 'fail' }],
      },
    ]);
    const r = await run(g);
    expect(r.headline).toMatch(/^schema: high schema\.type/);
  });

  it('waived findings are not named as the reason', async () => {
    const g = gate('model-scan', [
      {
        id: 'pickle',
        title: 'P',
        findings: [
          { ruleId: 'pickle.dangerous-global', severity: 'critical', message: 'a', location: { path: 'old.pkl' } },
          { ruleId: 'pickle.unknown-global', severity: 'high', message: 'b', location: { path: 'new.pkl' } },
        ],
      },
    ]);
    const config = parseConfig(
      'gates:\n  model-scan:\n    waivers:\n      - {check: pickle, path: old.pkl, reason: reviewed, owner: "@a", expires: 2999-01-01}\n',
      'ml-gates.yml',
      [g],
    ).config;
    const r = await runGate(g, { config, cwd: '.', logger: silentLogger });
    expect(r.headline).toMatch(/^pickle: high pickle\.unknown-global at new\.pkl · /);
  });
});

describe('runGates validates every gate before running any (exit 2 means nothing was run)', () => {
  it('a bad option in the second gate stops the run before the first gate runs', async () => {
    let ran = 0;
    const first = {
      ...gate('data-gate', [{ id: 'a', title: 'A' }]),
      run: () => (ran++, Promise.resolve({ checks: [] })),
    };
    const second = gate('model-scan', [{ id: 'b', title: 'B' }]);
    const config = defaultConfig();
    await expect(
      runGates([first, second], config, {
        cwd: '.',
        logger: silentLogger,
        overrides: { 'model-scan': { options: { level: 'hihg' } } },
      }),
    ).rejects.toThrow(UserError);
    expect(ran).toBe(0);
    await runGates([first, second], config, { cwd: '.', logger: silentLogger }).catch(() => undefined);
    expect(ran).toBe(1);
  });
});
