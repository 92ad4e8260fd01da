import type { AnyGate } from '@ml-gates/core';
import { adversarialGate } from '@ml-gates/adversarial-gate';
import { approvalGate } from '@ml-gates/approval-gate';
import { dataGate } from '@ml-gates/data-gate';
import { modelScanGate } from '@ml-gates/model-scan';
import { performanceGate } from '@ml-gates/performance-gate';

/** Every gate, in the order they run and appear in reports. Adding a gate means adding it here. */
export const ALL_GATES: readonly AnyGate[] = [dataGate, modelScanGate, adversarialGate, performanceGate, approvalGate];
