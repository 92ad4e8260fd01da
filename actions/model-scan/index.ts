import { registerPrecompiled } from '@ml-gates/core';
import { runAction, runWrapper, withGitHub } from '../../packages/core/src/github/runtime.js';
import { modelScanGate } from '@ml-gates/model-scan';
import { VALIDATORS } from '../../packages/core/src/config/precompiled/model-scan.js';

// The config validators Ajv generated at build time: no schema compiled at start-up.
registerPrecompiled(VALIDATORS);

await runWrapper('model-scan', () =>
  runAction(withGitHub({ name: 'model-scan', gates: [modelScanGate], mode: 'single' })),
);
