import type { CheckOutput, CheckSpec, GateCommand, GateContext, JsonSchema } from '@ml-gates/core';

/**
 * Supply-chain checks of model-scan (issue 5): unsafe loading in code and notebooks, integrity manifests,
 * DVC, signatures, ML-BOM, model cards. The model-scan gate (../index.ts) merges these into its own
 * checks, options schema, run and commands.
 */
export const SUPPLY_CHAIN_CHECKS: CheckSpec[] = [];

/** Options of the supply-chain checks, merged into `gates.model-scan` of ml-gates.yml. */
export const supplyChainOptionsSchema: Record<string, JsonSchema> = {};

/** Runs the enabled supply-chain checks (skip a check whose mode is `off`). */
export function runSupplyChainChecks(_ctx: GateContext<Record<string, unknown>>): Promise<CheckOutput[]> {
  return Promise.resolve([]);
}

/** Direct CLI commands, e.g. `ml-gates hash`. */
export const supplyChainCommands: GateCommand[] = [];
