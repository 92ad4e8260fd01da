import { notImplementedGate, type Gate } from '@ml-gates/core';

/** Data gate: Dataset checks before training: schema, integrity, drift, outliers, leakage, PII and secrets. */
export const dataGate: Gate = notImplementedGate('data-gate', 'Data gate', 'Dataset checks before training: schema, integrity, drift, outliers, leakage, PII and secrets.');
