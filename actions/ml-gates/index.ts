import { registerPrecompiled } from '@ml-gates/core';
import { approvalServicesFor, runAction, runWrapper, withGitHub } from '@ml-gates/core/github';
import { ALL_GATES } from '@ml-gates/cli';
import { createApprovalReader, readerOptionsFromEnvironment } from '../approval-gate/github-reader.js';
import { VALIDATORS } from '../../packages/core/src/config/precompiled/all.js';

// The config validators Ajv generated at build time: no schema compiled at start-up.
registerPrecompiled(VALIDATORS);

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
