import { describe, expect, it } from '@jest/globals';
import { main, type CliIo } from '@ml-gates/cli';
import { adversarialGate } from '@ml-gates/adversarial-gate';

const io = (): CliIo & { out: string[]; err: string[] } => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: 'test/fixtures/adversarial-gate',
    env: {},
    isTTY: false,
  };
};

describe('ml-gates attack', () => {
  it('attacks an ONNX model and exits 1 when it is too easy to break', async () => {
    const c = io();
    const code = await main(
      [
        'attack',
        '--onnx',
        'digits-plain.onnx',
        '--data',
        'digits-eval.jsonl',
        '--epsilon',
        '0.1',
        '--budget',
        '100',
        '--samples',
        '60',
        '--seed',
        '3',
        '--format',
        'json',
      ],
      c,
      [adversarialGate],
    );
    expect(code).toBe(1);
    const report = JSON.parse(c.out.join('')) as {
      gates: { gate: string; details: { seed: number; budget: number } }[];
    } & Record<string, unknown>;
    const text = JSON.stringify(report);
    expect(text).toContain('"accuracy_kept"');
    expect(text).toContain('"seed":3');
    expect(c.err.join('')).toMatch(/cost estimate: at most \d+ attack queries/);
    // progress of each attack (#15 item 6): queries done out of the budget's worst case
    expect(c.err.join('')).toMatch(/attack square: [\d,]+\/[\d,]+ queries/);
  });

  it('rejects a call without a target with exit code 2', async () => {
    const c = io();
    expect(await main(['attack', '--data', 'digits-eval.jsonl'], c, [adversarialGate])).toBe(2);
    expect(c.err.join('')).toContain('--onnx MODEL');
  });

  it('a header naming an unset environment variable is a usage error (exit 2) before any request', async () => {
    for (const [flag, args] of [
      ['--header', ['--endpoint', 'http://127.0.0.1:9/v1', '--kind', 'openai']],
      [
        '--safety-judge-header',
        [
          '--endpoint',
          'http://127.0.0.1:9/v1',
          '--kind',
          'openai',
          '--safety-prompts',
          'digits-eval.jsonl',
          '--safety-judge',
          'http://127.0.0.1:9/judge',
        ],
      ],
    ] as const) {
      const c = io();
      const code = await main(['attack', ...args, flag, 'Authorization: Bearer ${ML_GATES_TEST_UNSET_VAR}'], c, [
        adversarialGate,
      ]);
      expect(code).toBe(2);
      expect(c.err.join('')).toMatch(/the environment variable ML_GATES_TEST_UNSET_VAR is not set/);
    }
  });

  it('maps action inputs to options and outputs the headline metrics', () => {
    const inputs: Record<string, string> = {
      onnx: 'm.onnx',
      epsilon: '0.05',
      budget: '200',
      range: '0, 255',
      attacks: 'square rays',
      headers: 'Authorization: Bearer ${TOKEN}',
    };
    expect(adversarialGate.inputsToOptions!((n) => inputs[n] ?? '')).toEqual({
      onnx: 'm.onnx',
      epsilon: 0.05,
      budget: 200,
      range: [0, 255],
      attacks: ['square', 'rays'],
      headers: { Authorization: 'Bearer ${TOKEN}' },
    });
    expect(() => adversarialGate.inputsToOptions!((n) => (n === 'budget' ? 'lots' : ''))).toThrow(/budget/);
  });
});

describe('ml-gates attack --command', () => {
  it('runs a command target given as one string, split without a shell', async () => {
    const c = io();
    c.cwd = process.cwd();
    const code = await main(
      [
        'attack',
        '--command',
        `"${process.execPath}" test/fixtures/adversarial-gate/toy-model.mjs nan`,
        '--data',
        'test/fixtures/adversarial-gate/digits-eval.jsonl',
        '--samples',
        '5',
        '--budget',
        '5',
        '--format',
        'json',
      ],
      c,
      [adversarialGate],
    );
    // Every answer is NaN: an error, never a class; the fuzz check flags it.
    expect(code).toBe(1);
    expect(c.out.join('')).toContain('fuzz.nan-output');
  });
});

describe('step outputs', () => {
  it('exposes the headline metrics', () => {
    const result = {
      checks: [
        {
          metrics: [
            { name: 'clean_accuracy', value: 0.97 },
            { name: 'accuracy_kept', value: 0.35 },
            { name: 'attack_success_rate', subject: 'square', value: 0.6 },
          ],
        },
      ],
    } as unknown as Parameters<NonNullable<typeof adversarialGate.outputs>>[0];
    expect(adversarialGate.outputs!(result)).toEqual({
      'clean-accuracy': '0.97',
      'robust-accuracy': '',
      'attack-success-rate': '',
      'accuracy-kept': '0.35',
      'defense-rate': '',
    });
  });
});
