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
];
