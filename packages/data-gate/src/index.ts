import { notImplementedGate, type Gate } from '@ml-gates/core';

export * from './stats/ks.js';
export * from './stats/kolmogorov.js';
export * from './stats/tests.js';

/** Data gate: Dataset checks before training: schema, integrity, drift, outliers, leakage, PII and secrets. */
export const dataGate: Gate = notImplementedGate(
  'data-gate',
  'Data gate',
  'Dataset checks before training: schema, integrity, drift, outliers, leakage, PII and secrets.',
);
