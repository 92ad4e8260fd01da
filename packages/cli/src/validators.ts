/**
 * The config validators Ajv generated at build time (scripts/gen-validators.mjs), loaded for what a command
 * validates, so the CLI compiles no schema, nor Ajv's meta-schema, at run time (`ml-gates scan` of a 30 MiB
 * pickle: 1.08 -> 0.90 s, bench/model-scan, best of 3):
 * a gate command its gate's validators, a command that reads ml-gates.yml those of the whole config. Each is a
 * chunk of the CLI bundle, loaded on demand. They are keyed by schema digest: one generated from another schema
 * (a stale build, a test's own gates) matches nothing, and that schema is compiled as before.
 */
import { registerPrecompiled, type GateName, type ValidateFunction } from '@ml-gates/core';

type Validators = { VALIDATORS: Readonly<Record<string, ValidateFunction>> };

const BY_GATE: Record<GateName, () => Promise<Validators>> = {
  'data-gate': () => import('../../core/src/config/precompiled/data-gate.js'),
  'model-scan': () => import('../../core/src/config/precompiled/model-scan.js'),
  'adversarial-gate': () => import('../../core/src/config/precompiled/adversarial-gate.js'),
  'performance-gate': () => import('../../core/src/config/precompiled/performance-gate.js'),
  'approval-gate': () => import('../../core/src/config/precompiled/approval-gate.js'),
};

/** Registers the validators of one gate's settings (its section, and a config with only that gate). */
export async function loadGateValidators(name: string): Promise<void> {
  const load = BY_GATE[name as GateName];
  if (load) registerPrecompiled((await load()).VALIDATORS);
}

/** Registers the validators of a whole ml-gates.yml (every registered gate) and of each gate's section. */
export async function loadConfigValidators(): Promise<void> {
  registerPrecompiled((await import('../../core/src/config/precompiled/ml-gates.js')).VALIDATORS);
}
