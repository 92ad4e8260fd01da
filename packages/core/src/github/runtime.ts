/**
 * What the action entries import (`actions/<name>/index.ts`): the run wrapper, inputs, the logger and the job
 * summary, publishing. Nothing here loads Octokit, undici or `@actions/core`'s HTTP client at start-up: the
 * GitHub client and the approvals reader are chunks loaded when a run needs them (lazy.ts). The full API,
 * client included, is `@ml-gates/core/github` (index.ts), for the CLI and tests.
 */
import type { AnyGate, GateServices } from '../gate.js';
import { loadApprovalsModule } from './lazy.js';

export { oidcService, runAction, runWrapper, type ActionSpec } from './action.js';
export { getBooleanInput, getListInput, getOptionalInput, getRequiredInput } from './inputs.js';
export { actionsLogger } from './logger.js';
export { withGitHub } from './publish.js';
export { lazyModule, loadApprovalsModule, ModuleLoadError } from './lazy.js';
export * as core from './toolkit.js';

/**
 * `approvalServicesFor` for the all-in-one action: the approvals reader (Octokit, the token, the event) is
 * loaded and built only when approval-gate is one of the gates that run.
 */
export async function approvalServicesWhenNeeded(gates: readonly AnyGate[]): Promise<GateServices> {
  if (!gates.some((g) => g.name === 'approval-gate')) return {};
  return (await loadApprovalsModule()).approvalServicesFor(gates);
}
