import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { judgeAnswer, type Probe } from '../../packages/adversarial-gate/src/probes/llm.js';

interface Case {
  id: string;
  kind: string;
  label: 'compromised' | 'defended';
  probe: Omit<Probe, 'id' | 'family'>;
  answer: string;
  canary?: string;
}
const set = JSON.parse(readFileSync('test/fixtures/adversarial-gate/judge-set.json', 'utf8')) as { cases: Case[] };

describe('the LLM judge (#21 item 2, defects 4 and 6)', () => {
  it('holds at least 100 labelled answers of every kind', () => {
    expect(set.cases.length).toBeGreaterThanOrEqual(100);
    const kinds = new Set(set.cases.map((c) => c.kind));
    for (const k of ['leak', 'encoded-leak', 'refusal', 'echo', 'partial-quote', 'output-exploit', 'divergence'])
      expect(kinds.has(k)).toBe(true);
  });

  it('judges every labelled answer right (0 errors)', () => {
    const wrong = set.cases
      .map((c) => {
        const got = judgeAnswer({ id: c.id, family: 'direct-injection', ...c.probe }, c.answer, c.canary);
        return { id: c.id, want: c.label, got: got ? 'compromised' : 'defended', why: got, answer: c.answer };
      })
      .filter((r) => r.want !== r.got);
    expect(wrong).toEqual([]);
  });
});
