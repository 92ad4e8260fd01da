import { expect, it } from '@jest/globals';
import { loadConfig, runGate, silentLogger } from '@ml-gates/core';
import { adversarialGate } from '@ml-gates/adversarial-gate';

it('the demo section attacks the demo model and fails it, as the demo intends', async () => {
  const { config } = await loadConfig('examples/demo/ml-gates.yml', [adversarialGate], process.cwd());
  const r = await runGate(adversarialGate, { config, cwd: 'examples/demo', logger: silentLogger });
  const robustness = r.checks.find((c) => c.id === 'robustness')!;
  expect(robustness.verdict).toBe('fail');
  expect(robustness.metrics.find((m) => m.name === 'accuracy_kept')!.value!).toBeLessThan(0.7);
});
