import { notImplementedGate, type Gate } from '@ml-gates/core';

/** Approval gate: Risk-based human approval for the exact commit being promoted. */
export const approvalGate: Gate = notImplementedGate('approval-gate', 'Approval gate', 'Risk-based human approval for the exact commit being promoted.');
