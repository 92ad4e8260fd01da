import { notImplementedGate, type Gate } from '@ml-gates/core';

/** Performance gate: Quality and fairness metrics against thresholds and the default-branch baseline. */
export const performanceGate: Gate = notImplementedGate('performance-gate', 'Performance gate', 'Quality and fairness metrics against thresholds and the default-branch baseline.');
