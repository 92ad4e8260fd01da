/**
 * Fuzzing: malformed and extreme inputs. The target must answer each with an error or a valid output; a
 * crash, a hang or a NaN/infinite score is a finding. A NaN score is never read as class 0.
 */
import type { CheckOutput, Finding } from '@ml-gates/core';
import { interpret } from '../classifier.js';
import { predictBatched, type Answer, type Target } from '../targets/types.js';

export interface FuzzCase {
  id: string;
  input: unknown;
  /** The input itself is non-finite or far outside the range: a NaN answer is a weaker failure (the model propagated it). */
  nonFiniteInput?: boolean;
}

/** Cases for vector models of width `n` (value range [lo, hi]). */
export function vectorCases(n: number, lo: number, hi: number): FuzzCase[] {
  const fill = (v: number): number[] => Array.from({ length: n }, () => v);
  return [
    { id: 'nan', input: fill(Number.NaN), nonFiniteInput: true },
    { id: 'one-nan', input: [Number.NaN, ...fill(lo).slice(1)], nonFiniteInput: true },
    { id: '+inf', input: fill(Number.POSITIVE_INFINITY), nonFiniteInput: true },
    { id: '-inf', input: fill(Number.NEGATIVE_INFINITY), nonFiniteInput: true },
    { id: 'huge', input: fill(3e38), nonFiniteInput: true },
    { id: 'tiny', input: fill(-3e38), nonFiniteInput: true },
    { id: 'out-of-range', input: fill(hi + (hi - lo) * 1000), nonFiniteInput: true },
    { id: 'zeros', input: fill(0) },
    { id: 'empty', input: [] },
    { id: 'too-short', input: fill(lo).slice(0, Math.max(0, n - 1)) },
    { id: 'too-long', input: fill(lo).concat([lo]) },
    { id: 'very-long', input: Array.from({ length: Math.min(1_000_000, n * 1000) }, () => lo) },
    { id: 'nested', input: [fill(lo)] },
    { id: 'strings', input: fill(lo).map(String) },
    { id: 'null', input: null },
    { id: 'text', input: 'not a vector' },
  ];
}

/** Cases for text models and LLM endpoints. */
export function textCases(): FuzzCase[] {
  return [
    { id: 'empty-string', input: '' },
    { id: 'whitespace', input: ' \t\n ' },
    { id: 'control-chars', input: 'a\u0000b\u0001c\u001b[31md\u007f' },
    { id: 'invisible', input: '\u200b\u200c\u200d\u2060\ufeff' },
    { id: 'bidi', input: 'abc\u202edcba\u202c' },
    { id: 'lone-surrogate', input: 'x\ud800y' },
    { id: 'very-long', input: 'lorem ipsum '.repeat(20000) },
    { id: 'emoji', input: '🙂'.repeat(2000) },
    { id: 'json-looking', input: '{"label": 1, "scores": [NaN]}' },
    { id: 'number', input: 42 },
    { id: 'null', input: null },
  ];
}

/** Runs the cases; `llm` targets get the text wrapped as a chat message. */
export async function fuzzCheck(
  target: Target,
  cases: FuzzCase[],
  opts: { llm: boolean; signal?: AbortSignal },
): Promise<CheckOutput> {
  // A NaN answer to a NaN or overflowing input: a served model (command, endpoint) should reject it (medium);
  // an ONNX file has no validation layer of its own, so it is noted (low) for whoever serves it.
  const propagated = target.kind === 'onnx' ? 'low' : 'medium';
  const inputs = cases.map((c) =>
    opts.llm
      ? { messages: [{ role: 'user', content: typeof c.input === 'string' ? c.input : JSON.stringify(c.input) }] }
      : c.input,
  );
  // One case per call: a crash or hang must be attributed to the input that caused it.
  const answers: Answer[] = [];
  for (const input of inputs) answers.push(...(await predictBatched(target, [input], opts.signal)));
  const findings: Finding[] = [];
  const outcomes: Record<string, string> = {};
  cases.forEach((c, i) => {
    const a = answers[i]!;
    if (!a.ok) {
      outcomes[c.id] = a.kind ?? 'error';
      if (a.kind === 'crash')
        findings.push({
          ruleId: 'fuzz.crash',
          severity: 'high',
          message: `input "${c.id}" crashed the target: ${a.error.slice(0, 200)}`,
        });
      else if (a.kind === 'timeout')
        findings.push({
          ruleId: 'fuzz.hang',
          severity: 'high',
          message: `input "${c.id}" hung the target: ${a.error}`,
        });
      else if (a.kind === 'invalid') {
        const nan = /non-finite|NaN/i.test(a.error);
        findings.push({
          ruleId: nan ? 'fuzz.nan-output' : 'fuzz.invalid-output',
          severity: nan && c.nonFiniteInput ? propagated : 'high',
          message: `input "${c.id}": ${a.error}`,
          help: 'Validate inputs and answer with an error; a NaN score would be read as some class by naive callers.',
        });
      }
      return;
    }
    if (opts.llm) {
      outcomes[c.id] = 'answered';
      return;
    }
    const q = interpret(a);
    if (!q.ok) {
      outcomes[c.id] = 'nan';
      findings.push({
        ruleId: 'fuzz.nan-output',
        severity: c.nonFiniteInput ? propagated : 'high',
        message: `input "${c.id}": ${q.error}${c.nonFiniteInput ? ' (the model propagates NaN/Inf inputs instead of rejecting them)' : ''}`,
        help: 'Validate inputs and answer with an error; a NaN score must never be read as a class.',
      });
      return;
    }
    outcomes[c.id] = `label ${String(q.label)}`;
  });
  // The endpoint refused our credentials, or no input reached it: nothing was fuzzed, so nothing passed.
  const auth = answers.find((a) => !a.ok && a.kind === 'auth');
  const unreached = answers.filter((a) => !a.ok && a.kind === 'transport');
  if (auth || (answers.length > 0 && unreached.length === answers.length)) {
    const first = (auth ?? unreached[0]!) as { error: string };
    return {
      id: 'fuzz',
      title: 'Fuzzing',
      summary: `${cases.length} malformed inputs: the target could not be fuzzed (${auth ? 'credentials refused' : 'no input reached it'}): ${first.error.slice(0, 200)}`,
      findings,
      outcome: 'error',
      details: { outcomes },
    };
  }
  return {
    id: 'fuzz',
    title: 'Fuzzing',
    summary: `${cases.length} malformed inputs: ${findings.length === 0 ? 'every one answered with an error or a valid output' : `${findings.length} problem(s)`}`,
    findings,
    outcome: 'pass',
    details: { outcomes },
  };
}
