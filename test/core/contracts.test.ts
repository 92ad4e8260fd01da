/**
 * Typed contracts (#17 item 2): what core reads from a gate's result are typed fields (`charts`, `artifacts`,
 * `actionRequired`, `judgedCommit`), read through result/contracts.ts only; gates never pass them in `details`.
 */
import { describe, expect, it } from '@jest/globals';
import {
  actionRequiredOf,
  artifactsOf,
  chartsOf,
  judgeCheck,
  judgedCommitOf,
  renderGateMarkdown,
  type Chart,
  type Check,
} from '@ml-gates/core';
import { conclusionFor, encodeStoredResult, decodeStoredResult } from '@ml-gates/core/github';
import { makeResult } from '../github/results.js';

const CHART: Chart = { title: 'ROC', mermaid: 'xychart-beta\n  line [0, 0.5, 1]', series: ['model'] };
const SHA = 'a'.repeat(40);

function check(over: Partial<Check>): Check {
  return { id: 'c', title: 'C', mode: 'block', verdict: 'pass', summary: 'ok', findings: [], metrics: [], ...over };
}

describe('typed fields are the contract; a details key of the same name is not read', () => {
  it("charts (shown beside a check's metrics) render from the typed field only", () => {
    const typed = makeResult('performance-gate', 'pass');
    typed.checks = [check({ metrics: [{ name: 'auc', value: 0.9 }], charts: [CHART] })];
    const inDetails = makeResult('performance-gate', 'pass');
    inDetails.checks = [check({ metrics: [{ name: 'auc', value: 0.9 }], details: { charts: [CHART] } })];
    expect(renderGateMarkdown(typed)).toContain('```mermaid\nxychart-beta');
    expect(renderGateMarkdown(inDetails)).not.toContain('```mermaid');
    expect(chartsOf(check({}))).toEqual([]);
  });

  it('artifacts: typed only', () => {
    expect(artifactsOf(check({ artifacts: ['bom.json'] }))).toEqual(['bom.json']);
    expect(artifactsOf(check({ details: { artifacts: ['bom.json'] } }))).toEqual([]);
    expect(artifactsOf(check({}))).toEqual([]);
  });

  it('actionRequired makes a failing check run action_required and survives the stored copy', () => {
    const typed = { ...makeResult('approval-gate', 'fail'), actionRequired: true };
    const inDetails = { ...makeResult('approval-gate', 'fail'), details: { actionRequired: true } };
    expect(conclusionFor(typed)).toBe('action_required');
    expect(conclusionFor(inDetails)).toBe('failure');
    expect(conclusionFor(makeResult('approval-gate', 'fail'))).toBe('failure');
    expect(actionRequiredOf(decodeStoredResult(encodeStoredResult(typed))!)).toBe(true);
  });

  it('judgedCommit: typed, only a full SHA', () => {
    expect(judgedCommitOf({ judgedCommit: SHA })).toBe(SHA);
    expect(judgedCommitOf({})).toBeUndefined();
    expect(judgedCommitOf({ judgedCommit: 'main' })).toBeUndefined();
  });

  it("policy keeps a check output's charts and artifacts on the judged check", () => {
    const judged = judgeCheck(
      { id: 'c', title: 'C', charts: [CHART], artifacts: ['bom.json'] },
      { mode: 'block', failOn: 'high', options: {} },
    );
    expect(judged.charts).toEqual([CHART]);
    expect(judged.artifacts).toEqual(['bom.json']);
  });
});
