import { configPolicyResult } from '@ml-gates/promotion';
import {
  actionsLogger,
  approvalServicesWhenNeeded,
  runAction,
  runWrapper,
  withGitHub,
} from '../../packages/core/src/github/runtime.js';
// The gates' map, not the CLI's barrel (its program and GitHub client are not part of an action run).
import { ALL_GATES } from '../../packages/cli/src/gates.js';

// The approvals reader (token, event payload, Octokit) is loaded and built only when approval-gate is one of the
// gates that run. The config's policy rules (CEL) judge the gates' whole results: one more result and check run, "policy".
await runWrapper('ml-gates', () =>
  runAction(
    withGitHub({
      name: 'ml-gates',
      gates: ALL_GATES,
      mode: 'all',
      servicesFor: approvalServicesWhenNeeded,
      afterGates: (config, results, cwd) => configPolicyResult(config, results, actionsLogger, cwd),
    }),
  ),
);
