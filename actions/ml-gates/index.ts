import { approvalServicesFor, runAction, runWrapper, withGitHub } from '@ml-gates/core/github';
import { ALL_GATES } from '@ml-gates/cli';
import { createApprovalReader, readerOptionsFromEnvironment } from '../approval-gate/github-reader.js';

// The approvals reader (token, event payload) is built only when approval-gate is one of the gates that run.
await runWrapper('ml-gates', () =>
  runAction(
    withGitHub({
      name: 'ml-gates',
      gates: ALL_GATES,
      mode: 'all',
      servicesFor: (gates) => approvalServicesFor(gates, () => createApprovalReader(readerOptionsFromEnvironment())),
    }),
  ),
);
