export { approvalGate, runApprovalGate, GATE_NAME, type AuditRecord, type RoleApproval } from './gate.js';
export * from './source.js';
export * from './config.js';
export { assessRisk, type RiskAssessment, type RiskFactor } from './risk.js';
export { readGateResults, digestGateResults, type GateResultEntry, type GateStatus } from './gate-results.js';
export { collectDecisions, assignRoles, parseCommand, isBot, type Decision, type Ignored } from './approvals.js';
export { readCardMetadata } from './metadata.js';
export { renderApprovalSection } from './summary.js';
