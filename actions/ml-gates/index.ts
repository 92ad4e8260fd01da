import {
  actionsLogger,
  approvalServicesWhenNeeded,
  lazyModule,
  runAction,
  runWrapper,
  withGitHub,
} from '../../packages/core/src/github/runtime.js';
// The gates' map, not the CLI's barrel (its program and GitHub client are not part of an action run).
import { ALL_GATES } from '../../packages/cli/src/gates.js';
import type { GateResult, MlGatesConfig } from '@ml-gates/core';

// The config validators Ajv generated at build time for every gate (no schema compiled at run time): a chunk
// loaded when the run validates a config or a gate's settings.
const loadValidators = lazyModule(
  'the config validators',
  async () => (await import('../../packages/core/src/config/precompiled/ml-gates.js')).VALIDATORS,
);

// The config's policy rules (CEL) judge the gates' whole results: one more result and check run, "policy". Without
// `policy.rules` there is no such result (configPolicyResult's contract), and the CEL evaluator is not loaded.
const loadPromotion = lazyModule('the policy rules (CEL)', () => import('@ml-gates/promotion'));
async function policyResult(config: MlGatesConfig, results: readonly GateResult[], cwd: string) {
  const rules = (config as { policy?: { rules?: readonly unknown[] } }).policy?.rules;
  if (!rules || rules.length === 0) return undefined;
  return (await loadPromotion()).configPolicyResult(config, results, actionsLogger, cwd);
}

// The approvals reader (token, event payload, Octokit) is loaded and built only when approval-gate is one of the
// gates that run.
await runWrapper('ml-gates', () =>
  runAction(
    withGitHub({
      name: 'ml-gates',
      gates: ALL_GATES,
      mode: 'all',
      servicesFor: approvalServicesWhenNeeded,
      validators: loadValidators,
      afterGates: policyResult,
    }),
  ),
);
