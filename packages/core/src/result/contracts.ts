/**
 * What core reads from a gate's result beyond findings and metrics: typed fields (`charts`, `artifacts`,
 * `actionRequired`, `judgedCommit`), read here and nowhere else. Gates never pass these through `details`.
 */
import type { Chart, Check, GateResult, OmittedCounts } from './types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The charts of a check. */
export function chartsOf(check: Check): Chart[] {
  return check.charts ?? [];
}

/** Files a check produced for the record (uploaded with the gate's report). */
export function artifactsOf(check: Check): string[] {
  return check.artifacts ?? [];
}

/** Whether a person must act on the result (approval-gate). */
export function actionRequiredOf(result: Pick<GateResult, 'actionRequired'>): boolean {
  return result.actionRequired === true;
}

/** The commit a gate says it judged, when it worked that out itself. */
export function judgedCommitOf(result: Pick<GateResult, 'judgedCommit'>): string | undefined {
  const judged = result.judgedCommit;
  return typeof judged === 'string' && /^[0-9a-f]{40}$/.test(judged) ? judged : undefined;
}

/**
 * What a stored copy of the result left out. The stored copy (core/github/stored-result.ts) keeps its wire
 * format, read by other jobs and older versions: `details.omitted`.
 */
export function omittedOf(result: Pick<GateResult, 'details'>): OmittedCounts {
  const omitted = result.details?.omitted;
  return isRecord(omitted) ? (omitted as OmittedCounts) : {};
}
