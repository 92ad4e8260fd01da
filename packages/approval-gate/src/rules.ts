import type { GateRule } from '@ml-gates/core';

/**
 * Every rule id approval-gate emits (`Finding.ruleId`), so `validate` can check waivers before anything runs.
 * A test reads the gate's sources and fails when a rule id there is missing here.
 */
export const APPROVAL_GATE_RULES: readonly GateRule[] = [
  { id: 'approval.missing', title: 'No valid approval for this commit', severity: 'high' },
  { id: 'approval.rejected', title: 'An approver rejected the change', severity: 'critical' },
  { id: 'approval.ignored', title: 'An approval that does not count (wrong commit, role or author)', severity: 'info' },
  { id: 'approval.tree-differs', title: 'The approved commit has a different tree', severity: 'medium' },
  { id: 'approval.no-pull-request', title: 'The commit did not come from a pull request', severity: 'high' },
  {
    id: 'approval.head-config-ignored',
    title: "The pull request's own approval settings were ignored",
    severity: 'info',
  },
  { id: 'approval.base-policy', title: "The pull request's base branch adds its own policy", severity: 'info' },
  {
    id: 'approval.event-stale',
    title: 'The event named an older commit; the current head was judged',
    severity: 'info',
  },
  { id: 'approval.head-moved', title: 'The head moved while the gate ran', severity: 'high' },
  { id: 'approval.workflow-modified', title: 'The pull request changed the approval workflow', severity: 'critical' },
  {
    id: 'approval.workflow-unverified',
    title: "The approval workflow could not be compared with the default branch's",
    severity: 'critical',
  },
];
