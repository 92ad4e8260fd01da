import { describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  buildCheckRun,
  conclusionFor,
  annotationsFor,
  CHECK_OUTPUT_LIMIT,
} from '../../packages/core/src/github/check-run.js';
import { decodeStoredResult, encodeStoredResult } from '../../packages/core/src/github/stored-result.js';
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  parseCommentIndex,
  renderPrComment,
} from '../../packages/core/src/report/comment.js';
import type { Severity } from '../../packages/core/src/result/types.js';
import { finding, HOSTILE, makeResult } from './results.js';

const HEAD = 'c'.repeat(40);
const OLD = 'd'.repeat(40);
const ALLOWED_TAGS = new Set([
  'h2',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'b',
  'code',
  'sub',
  'a',
  'strong',
  'del',
  'ul',
  'li',
  'blockquote',
  'br',
  'em',
]);

/** Renders GitHub-flavoured Markdown to HTML (raw HTML kept, as GitHub does before sanitising) and inspects it. */
function inspect(markdown: string): { tags: Set<string>; hrefs: string[]; images: number; rows: number[][] } {
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
  const hrefs = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
  const images = [...html.matchAll(/<img\b/gi)].length;
  // Cells per row, per table.
  const rows = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][ >]/g)].length),
  );
  return { tags, hrefs, images, rows };
}

function hostileResult(gate: string) {
  const findings = HOSTILE.map((h, i) =>
    finding(i, (['critical', 'high', 'medium', 'low'] as Severity[])[i % 4]!, {
      ruleId: h,
      message: h,
      location: { path: `models/${h}.pkl`, member: h, field: h, line: 3 },
      help: h,
    }),
  );
  const r = makeResult(gate, 'fail', { findings, headline: HOSTILE.join(' ') });
  r.checks[0]!.title = HOSTILE[0]!;
  r.checks[0]!.summary = HOSTILE[4]!;
  r.checks[0]!.metrics = HOSTILE.map((h) => ({ name: h, value: 1, subject: h, method: h }));
  r.errors = [HOSTILE[5]!];
  r.waivers = [
    {
      gate,
      check: HOSTILE[3]!,
      rule: HOSTILE[1]!,
      reason: HOSTILE[2]!,
      owner: HOSTILE[7]!,
      expires: '2030-01-01',
      status: 'active',
      matched: 1,
    },
  ];
  return r;
}

describe('check run payload', () => {
  it('maps verdicts to conclusions, and an action request to action_required', () => {
    expect(conclusionFor(makeResult('model-scan', 'pass'))).toBe('success');
    expect(conclusionFor(makeResult('model-scan', 'warn'))).toBe('neutral');
    expect(conclusionFor(makeResult('model-scan', 'skipped'))).toBe('neutral');
    expect(conclusionFor(makeResult('model-scan', 'fail'))).toBe('failure');
    expect(conclusionFor(makeResult('model-scan', 'error'))).toBe('failure');
    expect(conclusionFor({ ...makeResult('approval-gate', 'fail'), actionRequired: true })).toBe('action_required');
    expect(conclusionFor({ ...makeResult('approval-gate', 'pass'), actionRequired: true })).toBe('success');
  });

  it('annotates located findings most severe first, leaves out waived ones and counts the rest', () => {
    const sev: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
    const findings = Array.from({ length: 120 }, (_, i) => finding(i, sev[i % 5]!));
    findings.push(finding(500, 'critical', { waived: { reason: 'r', owner: 'o', expires: '2030-01-01' } }));
    findings.push(finding(501, 'critical', { location: undefined }));
    const { annotations, omitted } = annotationsFor(makeResult('model-scan', 'fail', { findings }), 100, 'sub/');
    expect(annotations).toHaveLength(100);
    expect(omitted).toBe(20);
    expect(
      annotations.slice(0, 24).every((a) => a.annotation_level === 'failure' && a.title.includes('critical')),
    ).toBe(true);
    expect(annotations.at(-1)!.annotation_level).toBe('notice');
    expect(annotations[0]!.path.startsWith('sub/models/')).toBe(true);
    expect(annotations.some((a) => a.message === 'finding 500')).toBe(false);
  });

  it('keeps summary and text within 65,535 characters and points at the full report', () => {
    const long = 'x'.repeat(3000);
    const findings = Array.from({ length: 400 }, (_, i) => finding(i, 'high', { message: `${long} ${i}` }));
    const result = makeResult('model-scan', 'fail', { findings });
    result.checks.push({ ...result.checks[0]!, id: 'second' }, { ...result.checks[0]!, id: 'third' });
    const run = buildCheckRun(result, {
      headSha: HEAD,
      reportPointer: 'the job summary and the artifact ml-gates-model-scan',
    });
    expect(run.output.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(run.output.text.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(run.output.summary).toMatch(
      /Truncated\.\*\* The full report is in the job summary and the artifact ml-gates-model-scan/,
    );
    expect(run.name).toBe('ml-gates / model-scan');
    expect(run.conclusion).toBe('failure');
    expect(run.output.title.startsWith('fail: model-scan fail: 400 finding(s)')).toBe(true);
    // The stored result survives and keeps the true counts of what it left out.
    const stored = decodeStoredResult(run.output.text)!;
    expect(stored.verdict).toBe('fail');
    expect(stored.checks[0]!.findings.length).toBeLessThan(400);
    expect((stored.details!.omitted as Record<string, { findings: number }>).main!.findings).toBe(
      400 - stored.checks[0]!.findings.length,
    );
  });

  it('stores the result so that it reads back, and refuses forged or broken stored text', () => {
    const r = makeResult('data-gate', 'warn', { findings: [finding(1, 'medium')] });
    const text = encodeStoredResult(r);
    expect(decodeStoredResult(`prefix ${text} suffix`)?.headline).toBe(r.headline);
    expect(decodeStoredResult('<!-- ml-gates:result:v1 not*base64 -->')).toBeUndefined();
    const forged = Buffer.from(JSON.stringify({ gate: 'rm -rf', verdict: 'pass' })).toString('base64');
    expect(decodeStoredResult(`<!-- ml-gates:result:v1 ${forged} -->`)).toBeUndefined();
    expect(decodeStoredResult(undefined)).toBeUndefined();
  });
});

describe('PR comment', () => {
  const section = (gate: string, verdict: 'pass' | 'fail' | 'warn', sha = HEAD, id = 1) => ({
    gate,
    result: makeResult(gate, verdict, { findings: verdict === 'fail' ? [finding(1, 'high')] : [] }),
    sha,
    checkRunId: id,
    checkRunUrl: `https://github.com/o/r/runs/${id}`,
  });

  it('has the marker, an index, a verdict table with links and one collapsible section per gate', () => {
    const body = renderPrComment({
      headSha: HEAD,
      sections: [
        section('model-scan', 'fail', HEAD, 11),
        section('data-gate', 'pass', HEAD, 12),
        section('performance-gate', 'warn', OLD, 13),
      ],
      runUrl: 'https://github.com/o/r/actions/runs/5',
    });
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(parseCommentIndex(body)).toEqual({
      head: HEAD,
      gates: {
        'data-gate': { id: 12, sha: HEAD },
        'model-scan': { id: 11, sha: HEAD },
        'performance-gate': { id: 13, sha: OLD },
      },
    });
    const { hrefs, rows } = inspect(body);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'https://github.com/o/r/runs/11',
        'https://github.com/o/r/runs/12',
        'https://github.com/o/r/runs/13',
      ]),
    );
    expect(rows[0]).toEqual([4, 4, 4, 4]);
    expect(body.match(/<details/g)).toHaveLength(3);
    // Failing gates open; the section from an older commit says so.
    expect(body).toMatch(/<details open><summary>❌ <b>model\\-scan<\/b>/);
    expect(body).toMatch(/performance\\-gate<\/b>: warn — .*from an older commit <code>ddddddd<\/code>/);
    expect(body).not.toMatch(/model\\-scan<\/b>: fail — .*older commit/);
  });

  it('renders injection attempts in names, messages and values as inert text', () => {
    const sections = ['model-scan', 'data-gate'].map((g, i) => ({
      gate: g,
      result: hostileResult(g),
      sha: i === 0 ? HEAD : OLD,
      checkRunId: i + 1,
      checkRunUrl: i === 0 ? `https://github.com/o/r/runs/1` : 'javascript:alert(1)',
    }));
    const body = renderPrComment({ headSha: HEAD, sections, runUrl: 'https://evil.example/(x)' });
    const { tags, hrefs, images, rows } = inspect(body);
    expect(images).toBe(0);
    expect([...tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(hrefs).toEqual(['https://github.com/o/r/runs/1']);
    for (const table of rows) {
      expect(table.length).toBeGreaterThan(1);
      expect(new Set(table).size).toBe(1);
    }
    expect(body.indexOf(COMMENT_MARKER, 1)).toBe(-1);
    expect(body).not.toMatch(/@octocat/);
    expect(body).not.toMatch(/<script|<img|<a href/i);

    // The check-run summary of the same result is just as inert.
    const run = buildCheckRun(hostileResult('model-scan'), { headSha: HEAD, reportPointer: 'the job summary' });
    const s = inspect(run.output.summary);
    expect(s.images).toBe(0);
    expect(s.hrefs).toEqual([]);
    expect([...s.tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    for (const table of s.rows) expect(new Set(table).size).toBe(1);
    expect(run.output.title).not.toMatch(/[\n\r]/);
  });

  it('stays under 65,536 characters with five huge gates', () => {
    const long = 'y'.repeat(2000);
    const sections = ['data-gate', 'model-scan', 'adversarial-gate', 'performance-gate', 'approval-gate'].map(
      (g, i) => ({
        gate: g,
        result: makeResult(g, 'fail', {
          findings: Array.from({ length: 300 }, (_, j) => finding(j, 'high', { message: `${long}${j}` })),
          headline: long,
        }),
        sha: HEAD,
        checkRunId: i,
        checkRunUrl: `https://github.com/o/r/runs/${i}`,
      }),
    );
    const body = renderPrComment({ headSha: HEAD, sections });
    expect(body.length).toBeLessThan(65536);
    expect(body.match(/<details/g)).toHaveLength(5);
    expect(body).toMatch(/…and \d+ more finding/);
  });

  it('stays under the limit when escaping multiplies headlines and messages (the summary lines count too)', () => {
    // Every character of these escapes to an entity or a backslash pair: 200 characters of headline become
    // hundreds more in the summary line, the table and the body.
    const hostile = '<&>|*_`[]'.repeat(400);
    const sections = ['data-gate', 'model-scan', 'adversarial-gate', 'performance-gate', 'approval-gate', 'policy'].map(
      (g, i) => ({
        gate: g,
        result: makeResult(g, 'fail', {
          findings: Array.from({ length: 200 }, (_, j) => finding(j, 'high', { message: `${hostile}${j}` })),
          headline: hostile,
        }),
        sha: i % 2 ? HEAD : OLD,
        checkRunId: i,
        checkRunUrl: `https://github.com/o/r/runs/${i}`,
      }),
    );
    const body = renderPrComment({ headSha: HEAD, sections });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.match(/<details/g)).toHaveLength(6);
  });

  it('stays under the limit for every body size, including bodies that end just under their share', () => {
    // A sweep of message lengths (each '<' escapes to 4 characters) moves every section's body across its share
    // 40 characters at a time, so some land just under it: only a budget that also holds the summary line
    // (hundreds of characters once the headline is escaped) keeps the whole comment under the limit then.
    // Before the summary line counted, this sweep reached 67,199 characters.
    const headline = '<&>|*_`[]'.repeat(30);
    const gates = [
      'data-gate',
      'model-scan',
      'adversarial-gate',
      'performance-gate',
      'approval-gate',
      'policy',
      'x',
      'y',
    ];
    let worst = 0;
    for (let len = 100; len <= 260; len += 1) {
      const sections = gates.map((g, i) => ({
        gate: g,
        result: makeResult(g, 'fail', {
          findings: Array.from({ length: 10 }, (_, j) => finding(j, 'high', { message: `${'<'.repeat(len)}${j}` })),
          headline,
        }),
        sha: HEAD,
        checkRunId: i,
        checkRunUrl: `https://github.com/o/r/runs/${i}`,
      }));
      worst = Math.max(worst, renderPrComment({ headSha: HEAD, sections }).length);
    }
    expect(worst).toBeLessThanOrEqual(COMMENT_LIMIT);
    // the sweep does reach the limit's neighbourhood (otherwise it would prove nothing)
    expect(worst).toBeGreaterThan(COMMENT_LIMIT - 1000);
  });

  it('parses only well-formed indexes', () => {
    expect(parseCommentIndex('<!-- ml-gates:index {"head":"x","gates":{}} -->')).toBeUndefined();
    expect(
      parseCommentIndex(
        `<!-- ml-gates:index {"head":"${HEAD}","gates":{"Bad Name":{"id":1,"sha":"${HEAD}"},"ok":{"id":"2","sha":"${HEAD}"}}} -->`,
      ),
    ).toEqual({ head: HEAD, gates: {} });
  });
});
