import { runAction, runWrapper } from '@ml-gates/core/github';
import { approvalGate } from '@ml-gates/approval-gate';

await runWrapper('approval-gate', () => runAction({ name: 'approval-gate', gates: [approvalGate], mode: 'single' }));
