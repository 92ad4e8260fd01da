import { GATE_REGISTRY, type AnyGate, type GateName } from '@ml-gates/core';
import { adversarialGate } from '@ml-gates/adversarial-gate';
import { approvalGate } from '@ml-gates/approval-gate';
import { dataGate } from '@ml-gates/data-gate';
import { modelScanGate } from '@ml-gates/model-scan';
import { performanceGate } from '@ml-gates/performance-gate';

/**
 * The gate module of every registered gate (core's `GATE_REGISTRY` holds the names and the order). The type
 * makes a gate registered in core without its module here a compile error.
 */
export const GATE_MODULES: { readonly [K in GateName]: AnyGate } = {
  'data-gate': dataGate,
  'model-scan': modelScanGate,
  'adversarial-gate': adversarialGate,
  'performance-gate': performanceGate,
  'approval-gate': approvalGate,
};

/** Every gate, in the registry's order (the order they run and appear in reports). */
export const ALL_GATES: readonly AnyGate[] = GATE_REGISTRY.map((g) => GATE_MODULES[g.name]);
