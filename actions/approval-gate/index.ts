import { runAction, runWrapper, withGitHub } from '@ml-gates/core/github';
import { approvalGate } from '@ml-gates/approval-gate';
import { createApprovalReader, readerOptionsFromEnvironment } from './github-reader.js';

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
