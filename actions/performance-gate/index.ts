import { registerPrecompiled } from '@ml-gates/core';
import { runAction, runWrapper, withGitHub } from '../../packages/core/src/github/runtime.js';
import { performanceGate } from '@ml-gates/performance-gate';
import { VALIDATORS } from '../../packages/core/src/config/precompiled/performance-gate.js';

// The config validators Ajv generated at build time: no schema compiled at start-up.
registerPrecompiled(VALIDATORS);

await runWrapper('performance-gate', () =>
  runAction(withGitHub({ name: 'performance-gate', gates: [performanceGate], mode: 'single' })),
);
