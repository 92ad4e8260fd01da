import type { Finding, Severity } from '../result/types.js';

/**
 * A SHA-256 of a file. Integrity checks take one so a gate that already hashed a file while scanning it
 * does not read it twice; the default is `sha256File`.
 */
export type DigestFn = (absPath: string, signal?: AbortSignal) => Promise<string>;

/**
 * What verification found, the same words for every gate; each gate names them with its own rule ids.
 * - `missing`: a listed or tracked file is not there (or is no regular file)
 * - `changed`: the bytes differ from the recorded size or hash
 * - `extra`: a file where the record covers a folder whole, but not in the record (or a folder that cannot be listed)
 * - `outside`: a recorded path leaving its folder or the workspace (never read)
 * - `invalid`: a `.dvc` file that cannot be read or does not say what to verify
 */
export type IntegrityKind = 'missing' | 'changed' | 'extra' | 'outside' | 'invalid';

/** Severities, one per kind, the same in every gate. */
export const INTEGRITY_SEVERITY: Readonly<Record<IntegrityKind, Severity>> = {
  missing: 'high',
  changed: 'critical',
  extra: 'high',
  outside: 'high',
  invalid: 'high',
};

/** One verification problem; `path` is relative to the workspace (`cwd`), `/` separators. */
export interface IntegrityIssue {
  kind: IntegrityKind;
  severity: Severity;
  message: string;
  path: string;
  help: string;
}

/**
 * A gate's rule ids for the kinds it can report. A gate that turns `invalid` into an error (data-gate) gives
 * it no id.
 */
export type IntegrityRuleIds = Readonly<Record<Exclude<IntegrityKind, 'invalid'>, string> & { invalid?: string }>;

export function integrityIssue(kind: IntegrityKind, path: string, message: string, help: string): IntegrityIssue {
  return { kind, severity: INTEGRITY_SEVERITY[kind], message, path, help };
}

/** The finding a gate reports for an issue, under its own rule id. */
export function issueToFinding(i: IntegrityIssue, ruleIds: IntegrityRuleIds): Finding {
  const ruleId = ruleIds[i.kind];
  if (ruleId === undefined) throw new Error(`${i.message} (no rule id for "${i.kind}" integrity issues)`);
  return { ruleId, severity: i.severity, message: i.message, location: { path: i.path }, help: i.help };
}
