import { notImplementedGate, type Gate } from '@ml-gates/core';

/** Model scan: Static security scan of model artifacts and the code that loads them. */
export const modelScanGate: Gate = notImplementedGate('model-scan', 'Model scan', 'Static security scan of model artifacts and the code that loads them.');
