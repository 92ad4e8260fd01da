/** adversarial-gate: attacks the candidate model (ONNX, HTTP endpoint or command) and gates on robustness. */
export { adversarialGate, runAdversarialGate } from './gate.js';
export type { AdversarialOptions } from './options.js';
export type { Target, Answer } from './targets/types.js';
