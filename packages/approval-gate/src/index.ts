/** Approval gate: risk-based human approval for the exact commit being promoted. */
export { approvalGate, runApprovalGate } from './gate.js';
export { GATE_NAME, type ApprovalOptions, type RoleMembers } from './options.js';
export type { AuditRecord } from './checks/approvals.js';
export type { RoleApproval } from './evaluate.js';
/** The source of reviews, comments and check runs: the GitHub reader (actions/) and test doubles implement it. */
export * from './source.js';
