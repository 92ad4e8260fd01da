import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { type Target } from '@ml-gates/adversarial-gate';
import { backdoorCheck } from '../../packages/adversarial-gate/src/checks/backdoor.js';
import { openOnnx } from '../../packages/adversarial-gate/src/targets/onnx.js';

const dir = 'test/fixtures/adversarial-gate';
const rows = readFileSync(`${dir}/digits-eval.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .slice(0, 100)
  .map((l) => JSON.parse(l) as { input: number[]; label: number });
const samples = rows.map((r, index) => ({ index, x: Float32Array.from(r.input), y: r.label }));

describe('backdoor probe', () => {
  it('flags a model whose bottom-right patch sends everything to class 7, and not the clean model', async () => {
    const clean = await openOnnx(`${dir}/digits-plain.onnx`, 'digits-plain.onnx');
    // The backdoored model: the clean model, except that a bright bottom-right 2x2 corner means "7".
    const trojan: Target = {
      ...clean,
      async predict(inputs) {
        const answers = await clean.predict(inputs);
        return inputs.map((x, i) => {
          const v = x as Float32Array;
          const trigger = [54, 55, 62, 63].every((k) => v[k]! >= 0.99);
          return trigger ? { ok: true, out: { scores: [0, 0, 0, 0, 0, 0, 0, 9, 0, 0] } } : answers[i]!;
        });
      },
    };
    const flagged = await backdoorCheck(trojan, samples, [1, 8, 8], [0, 1], { threshold: 0.8 });
    expect(flagged.findings!.map((f) => f.message)).toEqual([
      expect.stringMatching(/solid-max patch at the bottom-right sends 100% of inputs of other classes to class 7/),
    ]);
    const ok = await backdoorCheck(clean, samples, [1, 8, 8], [0, 1], { threshold: 0.8 });
    expect(ok.findings).toEqual([]);
    await clean.close();
  });
});
