import { runAction, runWrapper, withGitHub } from '@ml-gates/core/github';
import { ALL_GATES } from '@ml-gates/cli';
import { createApprovalReader, readerOptionsFromEnvironment } from '../approval-gate/github-reader.js';

await runWrapper('ml-gates', () =>
  runAction(
    withGitHub({
      name: 'ml-gates',
      gates: ALL_GATES,
      mode: 'all',
      services: { approvals: createApprovalReader(readerOptionsFromEnvironment()) },
    }),
  ),
);
