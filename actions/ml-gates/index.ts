import {
  actionsLogger,
  approvalServicesFor,
  createApprovalReader,
  readerOptionsFromEnvironment,
  runAction,
  runWrapper,
  withGitHub,
} from '@ml-gates/core/github';
import { ALL_GATES } from '@ml-gates/cli';
import { configPolicyResult } from '@ml-gates/promotion';

// The approvals reader (token, event payload) is built only when approval-gate is one of the gates that run.
// The config's policy rules (CEL) judge the gates' whole results: one more result and check run, "policy".
await runWrapper('ml-gates', () =>
  runAction(
    withGitHub({
      name: 'ml-gates',
      gates: ALL_GATES,
      mode: 'all',
      servicesFor: (gates) => approvalServicesFor(gates, () => createApprovalReader(readerOptionsFromEnvironment())),
      afterGates: (config, results, cwd) => configPolicyResult(config, results, actionsLogger, cwd),
    }),
  ),
);
