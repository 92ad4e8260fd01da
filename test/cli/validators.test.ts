/**
 * The CLI validates with the validators generated at build time (#20: no schema and no Ajv meta-schema compiled
 * at run time): a gate command registers its gate's, a config-reading command the whole config's.
 */
import { describe, expect, it } from '@jest/globals';
import { buildConfigSchema, compileSchema, gateSectionSchema, schemaKey } from '@ml-gates/core';
import { ALL_GATES } from '@ml-gates/cli';
import { loadConfigValidators, loadGateValidators } from '../../packages/cli/src/validators.js';
import { VALIDATORS as MODEL_SCAN } from '../../packages/core/src/config/precompiled/model-scan.js';
import { VALIDATORS as ALL } from '../../packages/core/src/config/precompiled/ml-gates.js';

describe('CLI validators', () => {
  it('a gate command gets its gate section’s generated validator, not one compiled now', async () => {
    const gate = ALL_GATES.find((g) => g.name === 'model-scan')!;
    const key = schemaKey(gateSectionSchema(gate), true);
    expect(MODEL_SCAN[key]).toBeDefined(); // the generated set is current (else the build is stale)
    await loadGateValidators('model-scan');
    expect(compileSchema(gateSectionSchema(gate), { useDefaults: true })).toBe(MODEL_SCAN[key]);
  });

  it('a command reading ml-gates.yml gets the whole config’s generated validator', async () => {
    const key = schemaKey(buildConfigSchema(ALL_GATES), true);
    expect(ALL[key]).toBeDefined();
    await loadConfigValidators();
    expect(compileSchema(buildConfigSchema(ALL_GATES), { useDefaults: true })).toBe(ALL[key]);
  });

  it('an unknown gate name registers nothing (its schema is compiled as before)', async () => {
    await expect(loadGateValidators('no-such-gate')).resolves.toBeUndefined();
  });
});
