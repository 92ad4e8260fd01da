import * as core from './toolkit.js';
import { UserError } from '../errors.js';
import type { WalkScope } from '../io/files.js';

/** An action input, trimmed; `undefined` when unset or empty. */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function getRequiredInput(name: string): string {
  const value = getOptionalInput(name);
  if (value === undefined) throw new UserError('input-invalid', `Input "${name}" is required.`);
  return value;
}

/** A list input: one item per line or comma-separated, blanks dropped. */
export function getListInput(name: string): string[] {
  return (getOptionalInput(name) ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new UserError('input-invalid', `Input "${name}" must be true or false, got "${value}".`);
}

/**
 * The walk scope from a config's top-level `include`/`exclude` and the action inputs of the same names:
 * an `include` input replaces the config's list (it narrows a run to what the workflow names), `exclude`
 * inputs add to the config's. Globs are relative to the workspace.
 */
export function getScopeInputs(config: { include?: readonly string[]; exclude?: readonly string[] }): WalkScope {
  const include = getListInput('include');
  const exclude = [...(config.exclude ?? []), ...getListInput('exclude')];
  const chosen = include.length > 0 ? include : [...(config.include ?? [])];
  return { ...(chosen.length > 0 ? { include: chosen } : {}), ...(exclude.length > 0 ? { exclude } : {}) };
}
