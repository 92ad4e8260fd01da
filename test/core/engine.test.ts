import { describe, expect, it } from '@jest/globals';
import { defaultConfig, runGate, silentLogger, type Gate } from '@ml-gates/core';

const gate: Gate = {
  name: 'model-scan',
  title: 'Test gate',
  description: 'A gate for tests.',
  checks: [{ id: 'c', title: 'C', description: 'c', defaultMode: 'block' }],
  optionsSchema: {},
  run: () =>
    Promise.resolve({
      checks: [
        {
          id: 'c',
          title: 'C',
          findings: [{ ruleId: 'r', severity: 'high', message: 'bad', location: { path: 'a.pkl' } }],
        },
      ],
    }),
};

describe('runGate', () => {
  it('fails a blocking check on a high finding', async () => {
    const r = await runGate(gate, { config: defaultConfig(), cwd: '.', logger: silentLogger });
    expect(r.verdict).toBe('fail');
  });
});
