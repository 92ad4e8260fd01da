import { registerPrecompiled } from '@ml-gates/core';
import {
  createApprovalReader,
  readerOptionsFromEnvironment,
  runAction,
  runWrapper,
  withGitHub,
} from '@ml-gates/core/github';
import { approvalGate } from '@ml-gates/approval-gate';

import { VALIDATORS } from '../../packages/core/src/config/precompiled/approval-gate.js';

// The config validators Ajv generated at build time: no schema compiled at start-up.
registerPrecompiled(VALIDATORS);

await runWrapper('approval-gate', () =>
  runAction(
    withGitHub({
      name: 'approval-gate',
      gates: [approvalGate],
      mode: 'single',
      services: { approvals: createApprovalReader(readerOptionsFromEnvironment()) },
    }),
  ),
);
