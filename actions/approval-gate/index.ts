import { registerPrecompiled } from '@ml-gates/core';
import { approvalGate } from '@ml-gates/approval-gate';
import { loadApprovalsModule, runAction, runWrapper, withGitHub } from '../../packages/core/src/github/runtime.js';
import { VALIDATORS } from '../../packages/core/src/config/precompiled/approval-gate.js';

// The config validators Ajv generated at build time: no schema compiled at start-up.
registerPrecompiled(VALIDATORS);

// The approvals reader (Octokit) is a chunk of the bundle, loaded here: a chunk that does not load fails the step.
await runWrapper('approval-gate', async () => {
  const { createApprovalReader, readerOptionsFromEnvironment } = await loadApprovalsModule();
  return runAction(
    withGitHub({
      name: 'approval-gate',
      gates: [approvalGate],
      mode: 'single',
      services: { approvals: createApprovalReader(readerOptionsFromEnvironment()) },
    }),
  );
});
