import { describe, expect, it } from '@jest/globals';
import { assignRoles, parseCommand } from '../../packages/approval-gate/src/approvals.js';
import { digestGateResults, readGateResults } from '../../packages/approval-gate/src/gate-results.js';
import { readCardMetadata } from '../../packages/approval-gate/src/metadata.js';
import { HEAD, H_OLD, run } from './memory-source.js';

const opts = { prefix: 'ml-gates / ', expected: ['model-scan', 'data-gate'], self: 'approval-gate', sha: HEAD };

describe('readGateResults', () => {
  it('takes the latest completed run of a gate; a run in progress is pending; other commits are ignored', () => {
    const entries = readGateResults(
      [
        run('model-scan', 'failure', HEAD, { completedAt: '2026-11-20T10:00:00Z' }),
        run('model-scan', 'success', HEAD, { completedAt: '2026-11-20T11:00:00Z' }),
        run('data-gate', 'success', H_OLD),
        { ...run('performance-gate', 'success'), status: 'in_progress', conclusion: null },
        run('approval-gate', 'action_required'),
        { ...run('x', 'success'), name: 'CI / build' },
      ],
      opts,
    );
    expect(entries.map((e) => `${e.gate}:${e.status}`)).toEqual([
      'data-gate:missing',
      'model-scan:passed',
      'performance-gate:pending',
    ]);
  });

  it('waivers: the stored result count wins over the title; "0 waived" is no waiver', () => {
    const e = readGateResults(
      [
        run('model-scan', 'success', HEAD, { title: 'pass: 0 waived' }),
        run('data-gate', 'success', HEAD, { title: 'pass', waived: 2 }),
      ],
      opts,
    );
    expect(e.map((x) => x.status)).toEqual(['waived', 'passed']);
  });

  it('the digest changes when any result changes', () => {
    const a = readGateResults([run('model-scan', 'success'), run('data-gate', 'success')], opts);
    const b = readGateResults([run('model-scan', 'success'), run('data-gate', 'neutral')], opts);
    expect(digestGateResults(HEAD, a)).not.toBe(digestGateResults(HEAD, b));
    expect(digestGateResults(HEAD, a)).not.toBe(digestGateResults(H_OLD, a));
  });
});

describe('parseCommand', () => {
  it.each([
    ['/approve', { kind: 'approve' }],
    ['  /APPROVE  ', { kind: 'approve' }],
    ['/approve\n\nthanks, looks good', { kind: 'approve' }],
    ['Looked at the drift report.\n\n/approve\n', { kind: 'approve' }],
    ['/approve abcdef0', { kind: 'approve', sha: 'abcdef0' }],
    ['/approve ABCDEF0123', { kind: 'approve', sha: 'abcdef0123' }],
    ['/reject numbers look off', { kind: 'reject' }],
    ['/ml-gates approve', { kind: 'approve' }],
    ['/ml-gates reject', { kind: 'reject' }],
    ['/approve\n\n/reject', { kind: 'reject' }],
    // Not the whole text of a top-level paragraph:
    ['  /APPROVE  \nthanks', undefined],
    ['/approve LGTM', undefined],
    ['please /approve', undefined],
    ['/approved', undefined],
    ['> /approve', undefined],
    ['> quoted\n/approve', undefined], // lazy continuation: still the quote
    ['- /approve', undefined],
    ['1. /approve', undefined],
    ['    /approve', undefined],
    ['\t/approve', undefined],
    ['```\n/approve\n```', undefined],
    ['~~~md\n/approve\n~~~', undefined],
    ['<!--\n/approve\n-->', undefined],
    ['<!-- /approve -->', undefined],
    ['/approve <!-- hidden -->', undefined],
    ['`/approve`', undefined],
    ['\\/approve', undefined],
    ['&#47;approve', undefined],
    ['/approve\n===', undefined], // a heading
    ['# /approve', undefined],
    ['<details>\n/approve\n</details>', undefined],
    // Markdown inside an HTML element left open by an HTML block is folded or nested, not top-level:
    ['<details>\n\n/approve\n\n</details>', undefined],
    ['<details><summary>notes</summary>\n\n/approve\n\n</details>', undefined],
    ['<div>\n<div>\n\n</div>\n\n/approve\n\n</div>', undefined],
    ['<table>\n<tr><td>\n\n/approve\n\n</td></tr>\n</table>', undefined],
    ['<details>\n\n</details>\n\n/approve', { kind: 'approve' }],
    ['<p>checked</p>\n\n/approve', { kind: 'approve' }],
    ['<br>\n\n/approve', { kind: 'approve' }],
    ['<!-- <details> -->\n\n/approve', { kind: 'approve' }],
    ['<details>\n\n/reject\n\n</details>', undefined],
    // Other wrappings and look-alikes:
    ['| /approve |\n|---|', undefined], // a table row (GFM) or a paragraph with pipes: never the bare command
    ['## /approve', undefined],
    ['/approve\n---', undefined], // a setext heading
    ['*/approve*', undefined],
    ['[/approve](https://example.com)', undefined],
    ['/approve\u200b', undefined], // zero-width space
    ['\u200b/approve', undefined],
    ['/\u0430pprove', undefined], // Cyrillic a
    ['/appr\u043eve', undefined], // Cyrillic o
    ['\uff0fapprove', undefined], // fullwidth solidus
    ['/approve\r\n', { kind: 'approve' }],
    ['Checked.\r\n\r\n/approve\r\n', { kind: 'approve' }],
    ['/approve\r\nLGTM', undefined],
    ['/approve abcdef', undefined], // 6 digits: not a SHA, so not a command
    ['/approve abcdef0123456789abcdef0123456789abcdef012', undefined], // 41 digits
    ['/approve g123456', undefined],
  ])('%j', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });
});

describe('assignRoles', () => {
  it('finds the assignment that fills most slots (augmenting paths), one slot per person', () => {
    const rolesOf = new Map([
      ['a', new Set(['sec', 'ml'])],
      ['b', new Set(['sec'])],
    ]);
    // Greedy would give a → sec and leave ml empty; matching moves a to ml.
    const r = assignRoles(['a', 'b'], rolesOf, { sec: 1, ml: 1 });
    expect(r.missing).toEqual({});
    expect(Object.fromEntries(r.assigned)).toEqual({ a: 'ml', b: 'sec' });
    expect(assignRoles(['a'], rolesOf, { sec: 1, ml: 1 }).missing).toEqual({ ml: 1 });
    expect(assignRoles(['a', 'b'], rolesOf, { sec: 2 }).missing).toEqual({});
  });
});

describe('readCardMetadata', () => {
  it('reads booleans at the top level or under risk:, ignores non-booleans', () => {
    const md = '---\nuser_facing: true\nrisk:\n  pii: "yes"\n  financial-impact: true\n---\n# Card';
    expect(readCardMetadata(md, 'README.md')).toEqual({ 'user-facing': true, 'financial-impact': true });
  });
  it('no front matter → nothing declared; broken YAML → a clear error naming the file', () => {
    expect(readCardMetadata('# Card\nuser-facing: true', 'README.md')).toEqual({});
    expect(() => readCardMetadata('---\npii: [\n---\n', 'models/README.md')).toThrow(
      /models\/README\.md.*front matter/,
    );
  });
  it('alias bombs are refused', () => {
    const bomb = `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n---\n`;
    expect(() => readCardMetadata(bomb, 'README.md')).toThrow();
  });
});
