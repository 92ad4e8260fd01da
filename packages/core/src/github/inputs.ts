import * as core from '@actions/core';
import { UserError } from '../errors.js';

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
