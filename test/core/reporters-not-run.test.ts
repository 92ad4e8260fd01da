import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import {
  compileSchema,
  notRun,
  parseConfig,
  renderGateMarkdown,
  renderJson,
  renderJunit,
  renderSarif,
  renderText,
  runGate,
  silentLogger,
  toRunReport,
  type Gate,
  type GateResult,
  type JsonSchema,
} from '@ml-gates/core';
import { renderPrComment } from '../../packages/core/src/report/comment.js';
import { sarifValidator } from '../github/sarif-schema.js';

const reportSchema = JSON.parse(readFileSync('packages/core/schema/report.schema.json', 'utf8')) as JsonSchema;
const validateReport = compileSchema(reportSchema);

/**
 * data-gate as the issue saw it: drift enabled in block mode with no reference (the gate says why through
 * notRun), a leakage check in warn mode the gate returned nothing for, and an outliers check switched off.
 */
const gate: Gate = {
  name: 'data-gate',
  title: 'Data gate',
  description: 'test',
  checks: [
    { id: 'schema', title: 'Schema', description: 's', defaultMode: 'block' },
    { id: 'drift', title: 'Drift', description: 'd', defaultMode: 'block' },
    { id: 'leakage', title: 'Leakage', description: 'l', defaultMode: 'warn' },
    { id: 'outliers', title: 'Outliers', description: 'o', defaultMode: 'off' },
  ],
  optionsSchema: {},
  run: () =>
    Promise.resolve({
      checks: [
        { id: 'schema', title: 'Schema' },
        notRun('drift', 'Drift', 'no baseline yet <b>: is this the first run on the default branch?'),
      ],
    }),
};

async function result(): Promise<GateResult> {
  const config = parseConfig('gates:\n  data-gate: {}\n', 'ml-gates.yml', [gate]).config;
  return runGate(gate, { config, cwd: '.', logger: silentLogger });
}

describe('a check that did not run is shown as "not run" with its reason in every report', () => {
  it('engine: block mode → error, warn mode → warn, off stays skipped without a reason', async () => {
    const r = await result();
    const by = Object.fromEntries(r.checks.map((c) => [c.id, c]));
    expect(by.drift).toMatchObject({ verdict: 'error', mode: 'block', notRun: expect.stringContaining('no baseline') });
    expect(by.leakage).toMatchObject({
      verdict: 'warn',
      mode: 'warn',
      notRun: 'data-gate returned no result for this check',
    });
    expect(by.outliers).toMatchObject({ verdict: 'skipped', mode: 'off' });
    expect(by.outliers!.notRun).toBeUndefined();
    expect(r.verdict).toBe('error');
  });

  it('text: "not run" and the reason, distinct from an off check', async () => {
    const text = renderText([await result()], { color: false });
    const line = (id: string): string => text.split('\n').find((l) => l.includes(` ${id} [`))!;
    expect(line('drift')).toMatch(/^ {2}not run drift \[block\] not run: no baseline yet <b>: is this the first run/);
    expect(line('drift')).toContain('judged error');
    expect(line('leakage')).toMatch(
      /^ {2}not run leakage \[warn\] not run: data-gate returned no result.*judged warn \(mode warn\)/,
    );
    expect(line('outliers')).toMatch(/^ {2}off {5}outliers \[off\]/);
    expect(line('outliers')).not.toContain('not run');
    // in the headline and on the check's line, not repeated as a gate error as well
    expect(text.match(/no baseline yet/g)).toHaveLength(2);
    expect(text).not.toMatch(/^ {2}error drift: /m);
  });

  it('Markdown (job summary, check run) and the PR comment: "not run" with the escaped reason', async () => {
    const r = await result();
    const md = renderGateMarkdown(r);
    const row = (title: string): string => md.split('\n').find((l) => l.startsWith(`| ${title} |`))!;
    expect(row('Drift')).toContain('🛑 **not run** (error)');
    expect(row('Drift')).toContain('no baseline yet &lt;b&gt;\\: is this the first run');
    expect(row('Drift')).not.toContain('<b>');
    expect(row('Leakage')).toContain('⚠️ **not run** (warn)');
    expect(row('Outliers')).toContain('⏭️ off');
    expect(row('Outliers')).not.toContain('not run');
    const comment = renderPrComment({
      headSha: 'a'.repeat(40),
      sections: [{ gate: 'data-gate', result: r, sha: 'a'.repeat(40), checkRunId: 1 }],
    });
    expect(comment).toContain('🛑 **not run** (error)');
    expect(comment).toContain('drift not run\\: no baseline yet');
  });

  it('JUnit: an error (type not-run) in block mode, a skipped case saying "not run" in warn mode, "off" for off', async () => {
    const xml = renderJunit([await result()]);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: { testsuite: { errors: string; skipped: string; testcase: Record<string, unknown>[] } };
    };
    const suite = doc.testsuites.testsuite;
    const tc = (id: string): Record<string, unknown> => suite.testcase.find((t) => t.name === id)!;
    expect(tc('drift').error).toMatchObject({
      type: 'not-run',
      message: expect.stringMatching(/^not run: no baseline yet <b>/),
    });
    expect(tc('leakage').skipped).toMatchObject({
      message: expect.stringMatching(/^not run: data-gate returned no result/),
    });
    expect(tc('outliers').skipped).toMatchObject({ message: expect.stringMatching(/^off: /) });
    expect(suite).toMatchObject({ errors: '1', skipped: '2' });
  });

  it('SARIF: a tool execution notification per check not run, execution unsuccessful; valid SARIF 2.1.0', async () => {
    const sarif = JSON.parse(renderSarif([await result()])) as {
      runs: {
        invocations: { executionSuccessful: boolean; toolExecutionNotifications: Record<string, unknown>[] }[];
      }[];
    };
    const inv = sarif.runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    const notes = inv.toolExecutionNotifications;
    expect(notes.filter((n) => (n.properties as { status?: string })?.status === 'not-run')).toHaveLength(2);
    expect(notes).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: { text: expect.stringContaining('Drift (drift) not run: no baseline yet') },
      }),
    );
    expect(notes).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: { text: expect.stringContaining('Leakage (leakage) not run') },
      }),
    );
    // the off check is no notification
    expect(JSON.stringify(notes)).not.toContain('outliers');
    const validate = sarifValidator();
    expect({ valid: validate(sarif), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
  });

  it('SARIF: a check that errored is an error notification (once), beside the not-run ones', async () => {
    const g: Gate = {
      ...gate,
      run: () =>
        Promise.resolve({
          checks: [{ id: 'schema', title: 'Schema', outcome: 'error', summary: 'cannot read x.csv' }],
        }),
    };
    const config = parseConfig('gates:\n  data-gate: {}\n', 'ml-gates.yml', [g]).config;
    const sarif = JSON.parse(renderSarif([await runGate(g, { config, cwd: '.', logger: silentLogger })])) as {
      runs: { invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[];
    };
    const texts = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text);
    expect(texts.filter((t) => t.includes('cannot read x.csv'))).toEqual([
      'Schema (schema) could not do its job: cannot read x.csv',
    ]);
    expect(texts.filter((t) => t.includes('not run'))).toHaveLength(2);
  });

  it('SARIF: a gate that could not run at all is an error notification too', async () => {
    const crashed: Gate = { ...gate, run: () => Promise.reject(new Error('disk on fire')) };
    const config = parseConfig('gates:\n  data-gate: {}\n', 'ml-gates.yml', [crashed]).config;
    const r = await runGate(crashed, { config, cwd: '.', logger: silentLogger });
    const sarif = JSON.parse(renderSarif([r])) as {
      runs: {
        invocations: {
          executionSuccessful: boolean;
          toolExecutionNotifications: { level: string; message: { text: string } }[];
        }[];
      }[];
    };
    expect(sarif.runs[0]!.invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [
        expect.objectContaining({ level: 'error', message: { text: expect.stringContaining('disk on fire') } }),
      ],
    });
  });

  it('JSON: notRun carries the reason and the report stays valid against the published schema', async () => {
    const r = await result();
    const doc = JSON.parse(renderJson(toRunReport([r]))) as { results: GateResult[] };
    const drift = doc.results[0]!.checks.find((c) => c.id === 'drift')!;
    expect(drift.notRun).toMatch(/^no baseline yet/);
    expect(drift.verdict).toBe('error');
    expect({ valid: validateReport(doc.results[0]), errors: validateReport.errors ?? null }).toEqual({
      valid: true,
      errors: null,
    });
  });
});

describe('text report: each metric against its threshold (#15)', () => {
  it('shows passing metrics too, with value, threshold, baseline and interval', async () => {
    const g: Gate = {
      ...gate,
      name: 'performance-gate',
      checks: [{ id: 'thresholds', title: 'Thresholds', description: 't', defaultMode: 'block' }],
      run: () =>
        Promise.resolve({
          checks: [
            {
              id: 'thresholds',
              title: 'Thresholds',
              metrics: [
                { name: 'roc_auc', value: 0.912345, threshold: 0.85, baseline: 0.9, ci: [0.88, 0.93], verdict: 'pass' },
                { name: 'log_loss', value: 0.52, threshold: 0.4, verdict: 'fail' },
                { name: 'n', value: 1000 },
              ],
            },
          ],
        }),
    };
    const r = await runGate(g, {
      config: parseConfig('gates: {}\n', 'x.yml', [g]).config,
      cwd: '.',
      logger: silentLogger,
    });
    const text = renderText([r], { color: false });
    expect(text).toContain('pass  roc_auc = 0.9123 vs threshold 0.85 (baseline 0.9, ci [0.88, 0.93])');
    expect(text).toContain('fail  log_loss = 0.52 vs threshold 0.4');
    expect(text).toContain('n = 1000 (no threshold)');
    // the failing metric comes first
    expect(text.indexOf('log_loss')).toBeLessThan(text.indexOf('roc_auc ='));
  });
});
