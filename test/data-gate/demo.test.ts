import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig, runGate, silentLogger } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

const DEMO = join(FIXTURES, '..', '..', '..', 'examples', 'demo');

describe('demo (examples/demo)', () => {
  it('catches the drifted column and only that one', async () => {
    const { config } = await loadConfig(join(DEMO, 'ml-gates.yml'), [dataGate], DEMO);
    const r = await runGate(dataGate, { config, cwd: DEMO, logger: silentLogger });
    const drift = r.checks.find((c) => c.id === 'drift')!;
    expect(drift.verdict).toBe('fail');
    expect(drift.details?.driftedColumns).toEqual(['session_minutes']);
    expect(dataGate.outputs!(r)['drifted-columns']).toBe('session_minutes');
    for (const id of ['schema', 'outliers', 'pii', 'secrets', 'label-balance'])
      expect(r.checks.find((c) => c.id === id)?.verdict).toBe('pass');
    expect(r.verdict).toBe('fail');
  });
});
