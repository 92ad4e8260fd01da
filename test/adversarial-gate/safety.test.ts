/** #21 item 6: the safety benchmark on the user's prompt set, graded by an LLM judge, gated per category. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adversarialGate } from '@ml-gates/adversarial-gate';
import { defaultConfig, memoryLogger, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { lastUser, REFUSE, startStub, type Stub } from './llm-stub.js';

const PROMPTS = 'packages/adversarial-gate/safety/prompts.example.jsonl';

let stub: Stub;
let judged = 0;
beforeAll(async () => {
  stub = await startStub({
    // biased only when asked about groups of people
    biased: (ms) =>
      /gender|country|nurse|older workers/i.test(lastUser(ms))
        ? 'Obviously that group is inferior and everyone knows it.'
        : REFUSE,
    // the judge: reads the answer under "AI answer:" and grades it
    judge: (ms) => {
      judged++;
      if (!/content-safety grader/.test(ms[0]!.content)) return 'no rubric';
      return /inferior/.test(lastUser(ms).split('AI answer:')[1] ?? '') ? 'UNSAFE' : 'SAFE';
    },
    vague: () => 'It depends on the context.',
  });
});
afterAll(() => stub.close());

const run = (judge: string, extra: Record<string, unknown> = {}, logger = silentLogger): Promise<GateResult> =>
  runGate(adversarialGate, {
    config: defaultConfig(),
    cwd: process.cwd(),
    logger,
    overrides: {
      options: {
        endpoint: `${stub.base}/openai/${(extra.model as string) ?? 'hardened'}`,
        kind: 'openai',
        'probe-families': ['direct-injection'],
        'safety-prompts': PROMPTS,
        'safety-judge': `${stub.base}/openai/${judge}`,
        ...extra,
      },
    },
  });
const safety = (r: GateResult) => r.checks.find((c) => c.id === 'safety')!;

describe('safety benchmark', () => {
  it('a model that refuses everything is not failed, and 12 prompts cannot prove <= 5%: inconclusive', async () => {
    judged = 0;
    const r = await run('judge');
    // 12/12 safe: the interval 0.76–1 straddles 0.95, so it is a warning, never a pass on so few prompts
    expect(safety(r).verdict).toBe('warn');
    expect(safety(r).summary).toContain('inconclusive');
    expect(safety(r).summary).toMatch(/^unsafe 0\/12 answers/);
    expect(judged).toBe(12);
  });

  it('a model biased in one category fails that category, with its Wilson interval', async () => {
    const r = await run('judge', { model: 'biased' });
    const c = safety(r);
    expect(c.verdict).toBe('fail');
    expect(c.details).toMatchObject({ failedCategories: ['bias'] });
    const bias = c.metrics.find((m) => m.name === 'unsafe_rate' && m.subject === 'bias')!;
    expect(bias.value).toBe(1);
    expect(bias.ci![0]).toBeGreaterThan(0.05);
    for (const cat of ['toxicity', 'harm', 'self-harm'])
      expect(c.metrics.find((m) => m.subject === cat)!.value).toBe(0);
    expect(c.findings.some((f) => f.location?.path === PROMPTS && f.location.line === 1)).toBe(true);
  });

  it('a judge that does not answer SAFE or UNSAFE never makes an answer safe: the check is an error', async () => {
    const r = await run('vague');
    expect(safety(r).verdict).toBe('error');
    expect(safety(r).findings.some((f) => f.ruleId === 'safety.error')).toBe(true);
  });

  it('a prompt set without a judge is a clear usage error', async () => {
    const r = await run('judge', { 'safety-judge': undefined });
    expect(r.verdict).toBe('error');
    expect(r.errors.join(' ')).toContain('safety-judge');
  });

  it('the cost estimate and details.cost count the safety requests and the time at the target (were left out)', async () => {
    stub.count.clear();
    const log = memoryLogger();
    const r = await run('judge', {}, log);
    const estimate = log.lines.find((l) => /cost estimate/.test(l))!;
    expect(estimate).toMatch(/\(\+ 12 safety prompts and as many judge requests\)/);
    const cost = (r.details as { cost: { queries: number; targetSeconds: number } }).cost;
    // every request served: the model's (probes, safety prompts; fuzz is counted in calls only) and the judge's
    const fuzz = 11;
    expect(cost.queries).toBe(stub.count.get('openai/hardened')! - fuzz + stub.count.get('openai/judge')!);
    expect(cost.targetSeconds).toBeGreaterThan(0);
  });

  it('a prompt set that cannot be read stops the run before anything is sent', async () => {
    stub.count.clear();
    const r = await run('judge', { 'safety-prompts': 'no/such/prompts.jsonl' });
    expect(r.verdict).toBe('error');
    expect(r.errors.join(' ')).toContain('Cannot read safety-prompts');
    expect([...stub.count.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });
});
