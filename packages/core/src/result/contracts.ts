/**
 * What core reads from a gate's result beyond findings and metrics: typed fields, read here and nowhere else.
 *
 * TRANSITIONAL: until the gates write the typed fields (`charts`, `artifacts`, `actionRequired`,
 * `judgedCommit`), each reader also accepts the `details` key the gate writes today. Delete the lines marked
 * `legacy` once no gate writes them (grep `details: {` in packages/{performance-gate,model-scan,approval-gate}).
 */
import type { Chart, Check, GateResult, OmittedCounts } from './types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The charts of a check. */
export function chartsOf(check: Check): Chart[] {
  if (check.charts) return check.charts;
  const legacy = check.details?.charts;
  return Array.isArray(legacy) ? (legacy.filter(isRecord) as unknown as Chart[]) : [];
}

/** Files a check produced for the record (uploaded with the gate's report). */
export function artifactsOf(check: Check): string[] {
  if (check.artifacts) return check.artifacts;
  const legacy = check.details?.artifacts;
  return Array.isArray(legacy) ? legacy.filter((a): a is string => typeof a === 'string') : [];
}

/** Whether a person must act on the result (approval-gate). */
export function actionRequiredOf(result: Pick<GateResult, 'actionRequired' | 'details'>): boolean {
  return result.actionRequired ?? result.details?.actionRequired === true;
}

/** The commit a gate says it judged, when it worked that out itself. */
export function judgedCommitOf(result: Pick<GateResult, 'judgedCommit' | 'details'>): string | undefined {
  const judged = result.judgedCommit ?? result.details?.judgedCommit;
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
