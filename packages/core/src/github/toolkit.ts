/**
 * The part of `@actions/core` every action run uses (inputs, outputs, log commands, groups, the job summary),
 * without loading `@actions/core` itself: its entry imports its OIDC client, whose `@actions/http-client`
 * imports undici (~1 MB of JavaScript, and most of an action's start-up). The workflow commands, file commands
 * and the job summary are `@actions/core`'s own modules (the same code writes the same bytes); the functions
 * below are its one-line wrappers, kept identical. `getIDToken` loads `@actions/core` when a job asks for a token.
 *
 * `@actions/core` exports only its entry, so its modules are imported by path (hoisted to the repository's
 * node_modules; a move breaks the typecheck and the build, never a run).
 *
 * @example
 * import * as core from './toolkit.js';
 * core.setOutput('verdict', 'pass');
 */
import { EOL } from 'node:os';
import { issue, issueCommand } from '../../../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../../../node_modules/@actions/core/lib/file-command.js';
import { toCommandValue } from '../../../../node_modules/@actions/core/lib/utils.js';
import { lazyModule } from './lazy.js';

export { summary } from '../../../../node_modules/@actions/core/lib/summary.js';

/** `core.getInput(name)`: the `INPUT_<NAME>` variable, trimmed; `''` when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** `core.setOutput`: a step output through `GITHUB_OUTPUT` (the `set-output` command without it). */
export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** `core.setSecret`: masks a value in the log. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string): void {
  issueCommand('warning', {}, message);
}

export function error(message: string): void {
  issueCommand('error', {}, message);
}

/** `core.setFailed`: exit code 1 (the caller may set another) and an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** `core.group`: a collapsible log group around `fn`, closed even when it throws. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await fn();
  } finally {
    issue('endgroup');
  }
}

/** `core.getIDToken`: the job's OIDC token (loads `@actions/core` and its HTTP client only now). */
export async function getIDToken(audience: string): Promise<string> {
  const core = await loadActionsCore();
  return core.getIDToken(audience);
}

const loadActionsCore = lazyModule('@actions/core (the OIDC token client)', () => import('@actions/core'));
