import { notImplementedGate, type Gate } from '@ml-gates/core';

/** Adversarial gate: Attacks the candidate model and gates on robustness. */
export const adversarialGate: Gate = notImplementedGate('adversarial-gate', 'Adversarial gate', 'Attacks the candidate model and gates on robustness.');
