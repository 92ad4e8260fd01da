import { registerPrecompiled } from '@ml-gates/core';
import { runAction, runWrapper, withGitHub } from '../../packages/core/src/github/runtime.js';
import { dataGate } from '@ml-gates/data-gate';
import { VALIDATORS } from '../../packages/core/src/config/precompiled/data-gate.js';

// The config validators Ajv generated at build time: no schema compiled at start-up.
registerPrecompiled(VALIDATORS);

await runWrapper('data-gate', () => runAction(withGitHub({ name: 'data-gate', gates: [dataGate], mode: 'single' })));
