import { registerPrecompiled } from '@ml-gates/core';
import { runAction, runWrapper, withGitHub } from '../../packages/core/src/github/runtime.js';
import { adversarialGate } from '@ml-gates/adversarial-gate';
import { VALIDATORS } from '../../packages/core/src/config/precompiled/adversarial-gate.js';

// The config validators Ajv generated at build time: no schema compiled at start-up.
registerPrecompiled(VALIDATORS);

await runWrapper('adversarial-gate', () =>
  runAction(withGitHub({ name: 'adversarial-gate', gates: [adversarialGate], mode: 'single' })),
);
