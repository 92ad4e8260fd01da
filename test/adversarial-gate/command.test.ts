import { describe, expect, it } from '@jest/globals';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { adversarialGate } from '@ml-gates/adversarial-gate';
import { openCommand } from '../../packages/adversarial-gate/src/targets/command.js';
import { splitCommand } from '../../packages/adversarial-gate/src/target.js';

const model = 'test/fixtures/adversarial-gate/toy-model.mjs';
const work = mkdtempSync(join(tmpdir(), 'adv-cmd-'));
const rows = Array.from({ length: 40 }, (_, i) => {
  const x = [0.2, 0.2, 0.2, 0.5];
  x[i % 3] = 0.8;
  return JSON.stringify({ input: x, label: i % 3 });
});
writeFileSync(join(work, 'toy.jsonl'), rows.join('\n') + '\n');
const texts = [
  'this is good',
  'great movie, love it',
  'awful and bad',
  'I hate this terrible thing',
  'excellent work',
  'poor show',
];
writeFileSync(
  join(work, 'text.jsonl'),
  Array.from({ length: 36 }, (_, i) => JSON.stringify({ input: texts[i % 6], label: [1, 1, 0, 0, 1, 0][i % 6] })).join(
    '\n',
  ) + '\n',
);

const run = (mode: string, options: Record<string, unknown> = {}): Promise<GateResult> =>
  runGate(adversarialGate, {
    config: defaultConfig(),
    cwd: process.cwd(),
    logger: silentLogger,
    overrides: {
      options: {
        command: [process.execPath, model, mode],
        data: join(work, 'toy.jsonl'),
        epsilon: 0.1,
        budget: 50,
        'timeout-ms': 3000, // room for process start-up on a loaded 2-core machine
        ...options,
      },
    },
  });

describe('command target', () => {
  it('splits a command string into argv without a shell', () => {
    expect(splitCommand(`python3 "my model.py" --flag 'a b' $HOME;rm`)).toEqual([
      'python3',
      'my model.py',
      '--flag',
      'a b',
      '$HOME;rm',
    ]);
    expect(splitCommand(['a', 'b c'])).toEqual(['a', 'b c']);
  });

  it('feeds batches over JSON Lines to one process and reads one prediction per line', async () => {
    const t = openCommand([process.execPath, model, 'ok'], { cwd: process.cwd(), timeoutMs: 2000, maxBatch: 8 });
    const answers = await t.predict([[0.9, 0.1, 0.1, 0], [0.1, 0.1, 0.9, 0], 'junk']);
    expect(answers[0]).toEqual({ ok: true, out: { scores: [0.9, 0.1, 0.1] } });
    expect(answers[1]).toEqual({ ok: true, out: { scores: [0.1, 0.1, 0.9] } });
    expect(answers[2]).toMatchObject({ ok: false, kind: 'rejected' });
    expect(t.restarts()).toBe(0);
    await t.close();
  });

  it('drops an answer line longer than the limit without buffering it, and keeps going', async () => {
    const t = openCommand([process.execPath, model, 'long'], {
      cwd: process.cwd(),
      timeoutMs: 5000,
      maxBatch: 8,
      maxLineBytes: 1000,
    });
    const answers = await t.predict([
      [1, 2, 3, 4],
      [1, 2, 3, 4],
    ]);
    expect(answers).toEqual([
      { ok: false, error: 'answer line longer than 1000 bytes', kind: 'invalid' },
      { ok: false, error: 'answer line longer than 1000 bytes', kind: 'invalid' },
    ]);
    await t.close();
  });

  it('a well-behaved service passes fuzzing; the attacks still run through it', async () => {
    const r = await run('ok');
    const fuzz = r.checks.find((c) => c.id === 'fuzz')!;
    expect(fuzz.findings).toEqual([]);
    expect(fuzz.verdict).toBe('pass');
    expect(r.checks.find((c) => c.id === 'robustness')!.metrics.find((m) => m.name === 'clean_accuracy')!.value).toBe(
      1,
    );
  });

  it('fuzzing catches a target that crashes on NaN', async () => {
    const r = await run('crash-on-nan');
    const fuzz = r.checks.find((c) => c.id === 'fuzz')!;
    expect(fuzz.findings.some((f) => f.ruleId === 'fuzz.crash' && f.severity === 'high')).toBe(true);
    expect(fuzz.verdict).toBe('fail');
  });

  it('fuzzing catches a target that hangs', async () => {
    const r = await run('hang-on-empty', { attacks: ['square'], budget: 5 });
    const fuzz = r.checks.find((c) => c.id === 'fuzz')!;
    expect(fuzz.findings.some((f) => f.ruleId === 'fuzz.hang' && f.message.includes('"empty"'))).toBe(true);
    expect(fuzz.verdict).toBe('fail');
  });

  it('a target answering NaN scores has every sample as an error, never class 0, and fails', async () => {
    const r = await run('nan', { attacks: ['square'] });
    const robustness = r.checks.find((c) => c.id === 'robustness')!;
    expect(robustness.metrics.find((m) => m.name === 'clean_accuracy')!.value).toBe(0);
    expect(robustness.verdict).toBe('error');
    const fuzz = r.checks.find((c) => c.id === 'fuzz')!;
    expect(fuzz.findings.some((f) => f.ruleId === 'fuzz.nan-output' && f.severity === 'high')).toBe(true);
    expect(r.verdict).toBe('fail');
  });

  it('text perturbations break a keyword classifier', async () => {
    const r = await run('text', { data: join(work, 'text.jsonl'), budget: 60 });
    const check = r.checks.find((c) => c.id === 'text-perturbation')!;
    expect(check.metrics.find((m) => m.name === 'clean_accuracy')!.value).toBe(1);
    expect(check.metrics.find((m) => m.name === 'attack_success_rate')!.value!).toBeGreaterThan(0.3);
    expect(check.verdict).toBe('fail');
    expect(check.findings[0]!.message).toMatch(/changed (0|1) → (0|1)/);
  });
});

describe('evaluation data', () => {
  it('reads CSV (feature columns + label) and reports bad rows with file and line', async () => {
    const rows = '0.8,0.2,0.2,0.5,0\n0.2,0.8,0.2,0.5,1\n0.2,0.2,0.8,0.5,2\n'.repeat(12);
    writeFileSync(join(work, 'toy.csv'), `a,b,c,noise,label\n${rows}`);
    const ok = await run('ok', { data: join(work, 'toy.csv'), attacks: ['square'], budget: 5 });
    expect(ok.checks.find((c) => c.id === 'robustness')!.metrics.find((m) => m.name === 'clean_accuracy')!.value).toBe(
      1,
    );
    expect(ok.details?.samples).toBe(36);
    // A bad CSV row is an error at its line, never the end of the data (the rows before it are not a sample).
    writeFileSync(join(work, 'bad.csv'), `a,b,c,noise,label\n${rows}a,b,c,noise,label\n${rows}`);
    const badCsv = await run('ok', { data: join(work, 'bad.csv'), attacks: ['square'], budget: 5 });
    expect(badCsv.verdict).toBe('error');
    expect(badCsv.errors[0]).toMatch(/bad\.csv:38: column "a" is not a number/);
    writeFileSync(
      join(work, 'bad.jsonl'),
      '{"input": [0.1, 0.2, 0.3, 0.4], "label": 1}\n{"input": [0.1, "x"], "label": 1}\n',
    );
    const bad = await run('ok', { data: join(work, 'bad.jsonl') });
    expect(bad.verdict).toBe('error');
    expect(bad.errors[0]).toMatch(/bad\.jsonl:2: "input" must be/);
  });
});
