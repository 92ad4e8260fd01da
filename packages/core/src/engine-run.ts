import type { MlGatesConfig } from './config/types.js';
import { runGate, validateGates, type GateOverrides, type RunGateOptions } from './engine.js';
import type { AnyGate } from './gate.js';
import type { GateResult } from './result/types.js';

/**
 * Runs several gates one after the other (each gate streams its inputs; running them in parallel would only
 * compete for disk and memory). Every gate's settings are validated first: a mistake anywhere throws a
 * `UserError` before any gate has run.
 */
export async function runGates(
  gates: readonly AnyGate[],
  config: MlGatesConfig,
  opts: Omit<RunGateOptions, 'config' | 'overrides'> & { overrides?: Partial<Record<string, GateOverrides>> },
): Promise<GateResult[]> {
  validateGates(gates, config, opts.overrides);
  const results: GateResult[] = [];
  for (const gate of gates) {
    results.push(await runGate(gate, { ...opts, config, overrides: opts.overrides?.[gate.name] ?? {} }));
  }
  return results;
}
