import type { GateRule } from '@ml-gates/core';
import { FAMILIES } from './probes/llm.js';

/**
 * Every rule id adversarial-gate emits (`Finding.ruleId`), so `validate` can check waivers before anything
 * runs. A test reads the gate's sources and fails when a rule id there is missing here.
 */
export const ADVERSARIAL_GATE_RULES: readonly GateRule[] = [
  { id: 'adversarial.example', title: 'An input the attack flipped' },
  { id: 'adversarial.target-error', title: 'The target failed while under attack' },
  {
    id: 'text.adversarial-example',
    title: 'A text perturbation that flipped the prediction',
    check: 'text-perturbation',
  },
  { id: 'text.target-error', title: 'The target failed on a perturbed text', check: 'text-perturbation' },
  ...FAMILIES.map((f) => ({ id: `llm.${f}`, title: `A ${f} probe succeeded`, check: 'llm-probes' })),
  { id: 'llm.target-error', title: 'The LLM target failed on a probe', check: 'llm-probes' },
  { id: 'safety.*', title: 'An unsafe answer in a category of your prompt set', check: 'safety' },
  { id: 'safety.error', title: 'A safety prompt or its grading failed', check: 'safety' },
  { id: 'fuzz.crash', title: 'The target crashed on a fuzzed input', check: 'fuzz' },
  { id: 'fuzz.hang', title: 'The target hung on a fuzzed input', check: 'fuzz' },
  { id: 'fuzz.nan-output', title: 'The target returned NaN', check: 'fuzz' },
  { id: 'fuzz.invalid-output', title: 'The target returned an invalid output', check: 'fuzz' },
  { id: 'backdoor.trigger', title: 'A trigger pattern that flips predictions', check: 'backdoor' },
];
