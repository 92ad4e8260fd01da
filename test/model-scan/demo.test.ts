/** The README demo: the model-scan section of examples/demo/ml-gates.yml catches the unsafe checkpoint. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { loadConfig, runGate, silentLogger } from '@ml-gates/core';
import { modelScanGate } from '@ml-gates/model-scan';

describe('demo', () => {
  it('flags classifier-finetuned.ckpt and passes the other model-scan files', async () => {
    const cwd = join(process.cwd(), 'examples/demo');
    const { config } = await loadConfig(join(cwd, 'ml-gates.yml'), [modelScanGate], cwd);
    const r = await runGate(modelScanGate, { config, cwd, logger: silentLogger });
    expect(r.verdict).toBe('fail');
    const pickle = r.checks.find((c) => c.id === 'pickle')!;
    expect(pickle.findings.map((f) => [f.ruleId, f.location?.path])).toContainEqual([
      'pickle.dangerous-global',
      'model-scan/classifier-finetuned.ckpt',
    ]);
    const mine = r.subjects.filter((s) => s.path.startsWith('model-scan/'));
    expect(mine.filter((s) => s.verdict === 'fail').map((s) => s.path)).toEqual([
      'model-scan/classifier-finetuned.ckpt',
    ]);
  });
});
