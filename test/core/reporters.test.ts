import { describe, expect, it } from '@jest/globals';
import { readFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
  compileSchema,
  escapeMarkdown,
  markdownTable,
  parseConfig,
  renderGateMarkdown,
  renderJunit,
  renderReport,
  renderText,
  runGate,
  silentLogger,
  writeReports,
  type GateResult,
  type JsonSchema,
} from '@ml-gates/core';
import { fakeGate, finding } from './fake-gate.js';

const reportSchema = JSON.parse(readFileSync('packages/core/schema/report.schema.json', 'utf8')) as JsonSchema;
const validateReport = compileSchema(reportSchema);

async function sampleResults(): Promise<GateResult[]> {
  const hostile = 'evil](https://x.example/a.png)|<img src=x>@octocat\n**bold**.pkl';
  const g = fakeGate([
    {
      id: 'c',
      title: 'Pickle',
      findings: [
        {
          ...finding('critical', `models/${hostile}`),
          location: { path: `models/${hostile}`, member: 'archive/data.pkl', offset: 42 },
        },
        finding('low', 'models/legacy/x.pkl'),
      ],
      metrics: [
        {
          name: 'auc',
          value: 0.91,
          threshold: 0.85,
          ci: [0.88, 0.93],
          method: 'delong',
          subject: 'group=a',
          verdict: 'pass',
        },
      ],
    },
    { id: 'e', title: 'Errored', outcome: 'error', summary: 'could not read x' },
  ]);
  const config = parseConfig(
    [
      'gates:',
      '  performance-gate:',
      '    waivers:',
      '      - {check: c, path: "models/legacy/*", reason: fine, owner: "@a", expires: 2099-01-01}',
      '      - {check: c, rule: nothing, reason: old, owner: "@b", expires: 2000-01-01}',
    ].join('\n'),
    'ml-gates.yml',
    [g],
  ).config;
  const r1 = await runGate(g, { config, cwd: '.', logger: silentLogger, commit: 'abcdef1234567890' });
  const r2 = await runGate(fakeGate([{ id: 'ok', title: 'OK' }], { name: 'data-gate' }), {
    config,
    cwd: '.',
    logger: silentLogger,
  });
  return [r1, r2];
}

describe('JSON report', () => {
  it('every report written is valid against the published report schema', async () => {
    const results = await sampleResults();
    const dir = mkdtempSync(join(tmpdir(), 'mlg-report-'));
    const written = await writeReports(results, ['markdown', 'sarif', 'junit', 'text'], dir);
    expect(readdirSync(dir).sort()).toEqual(
      [
        'data-gate.json',
        'ml-gates.json',
        'ml-gates.junit.xml',
        'ml-gates.md',
        'ml-gates.sarif',
        'ml-gates.txt',
        'performance-gate.json',
      ].sort(),
    );
    for (const file of written.filter((f) => f.endsWith('.json'))) {
      const doc: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect({ file, valid: validateReport(doc), errors: validateReport.errors ?? null }).toEqual({
        file,
        valid: true,
        errors: null,
      });
    }
  });

  it('the schema rejects a report with a wrong field (so the check above can fail)', async () => {
    const [r] = await sampleResults();
    const broken = { ...r!, verdict: 'passed' };
    expect(validateReport(broken)).toBe(false);
    const missing: Record<string, unknown> = { ...r! };
    delete missing.checks;
    expect(validateReport(missing)).toBe(false);
  });
});

describe('Markdown', () => {
  it('renders verdicts, findings, metrics and waivers', async () => {
    const [r] = await sampleResults();
    const md = renderGateMarkdown(r!);
    expect(md).toContain('## ❌ performance-gate: fail');
    expect(md).toContain('| 🛑 error |');
    expect(md).toContain('delong');
    expect(md).toMatch(/~~low~~ \(waived\)/);
    expect(md).toContain('⚠️ expired — no longer waives');
    expect(md).toContain('commit abcdef123456');
  });

  it('escapes untrusted text so it cannot form links, images, HTML, mentions or table cells', async () => {
    const [r] = await sampleResults();
    const md = renderGateMarkdown(r!);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](https');
    expect(md).not.toContain('@octocat');
    expect(md).not.toContain('**bold**');
    const findingRow = md.split('\n').find((l) => l.includes('archive'))!;
    expect(findingRow.split(/(?<!\\)\|/)).toHaveLength(6); // 4 cells + the two outer pipes
  });

  it('renders check charts as Mermaid blocks and drops Mermaid that could break out of the fence', async () => {
    const [r] = await sampleResults();
    r!.checks[0]!.charts = [
      { title: 'ROC <b>', mermaid: 'xychart-beta\n  line [0, 0.5, 1]', series: ['candidate @x'] },
      { title: 'dropped-chart', mermaid: 'graph TD\n```\n<img src=x>' },
    ];
    const md = renderGateMarkdown(r!);
    expect(md).toContain(
      '<details><summary>ROC &lt;b&gt;</summary>\n\n```mermaid\nxychart-beta\n  line [0, 0.5, 1]\n```',
    );
    expect(md).toContain('candidate &#64;x');
    expect(md).not.toContain('dropped-chart');
    expect(md).not.toContain('<img');
  });

  it('escapeMarkdown neutralises markup and line breaks', () => {
    expect(escapeMarkdown('a|b\nc')).toBe('a&#124;b c');
    expect(escapeMarkdown('[x](http://y)')).toBe('\\[x\\]\\(http\\:\\/\\/y\\)');
    expect(escapeMarkdown('<script>')).toBe('&lt;script&gt;');
    expect(escapeMarkdown('\u202eevil')).toBe('\\u{202e}evil');
    expect(escapeMarkdown('x'.repeat(600)).length).toBe(501);
  });

  it('markdownTable refuses a cell that was not escaped', () => {
    expect(() => markdownTable(['a'], [['x|y']])).toThrow(/unescaped cell/);
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});

describe('JUnit', () => {
  it('is well-formed XML with one suite per gate and failures/errors counted', async () => {
    const results = await sampleResults();
    const xml = renderJunit(results);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: { testsuite: { name: string; tests: string; failures: string; errors: string; testcase: unknown }[] };
    };
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual(['ml-gates.performance-gate', 'ml-gates.data-gate']);
    expect(suites[0]).toMatchObject({ tests: '2', failures: '1', errors: '1' });
    expect(suites[1]).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(xml).not.toContain('<img');
  });
});

describe('text', () => {
  it('is plain without colour and strips terminal control sequences from untrusted text', async () => {
    const results = await sampleResults();
    results[0]!.checks[0]!.findings[0]!.message = 'bad \u001b[2J clear';
    const text = renderText(results, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('performance-gate  FAIL');
    expect(text).toContain('critical');
    const colored = renderText(results, { color: true });
    expect(colored).toContain('\u001b[31m');
  });

  it('renderReport json is the run report', async () => {
    const results = await sampleResults();
    const doc = JSON.parse(renderReport(results, 'json')) as { verdict: string; results: unknown[] };
    expect(doc.verdict).toBe('fail');
    expect(doc.results).toHaveLength(2);
  });
});
