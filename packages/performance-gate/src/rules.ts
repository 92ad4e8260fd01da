import type { GateRule } from '@ml-gates/core';

/**
 * Every rule id performance-gate emits (`Finding.ruleId`); its verdicts come from metrics, not findings.
 * A test reads the gate's sources and fails when a rule id there is missing here.
 */
export const PERFORMANCE_GATE_RULES: readonly GateRule[] = [
  {
    id: 'fairness.base-rates-differ',
    title: 'Groups have different base rates, so some fairness metrics cannot all hold',
    check: 'fairness',
  },
];
