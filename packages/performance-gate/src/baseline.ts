/**
 * Baseline values from an ml-gates JSON report: a committed golden report, or the default branch's latest
 * report fetched by the host. The report is data from elsewhere: it is size-capped and read defensively.
 */
import { UserError } from '@ml-gates/core';

export interface ReportBaseline {
  /** `name|method` → value. */
  values: Map<string, number>;
  /** Where it came from, for the report. */
  source: string;
  commit?: string;
}

export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export const metricId = (name: string, method: string | undefined): string => `${name}|${method ?? ''}`;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads the performance-gate's candidate metrics (check `thresholds`, no subject) out of a report. */
export function parseBaselineReport(content: Buffer | string, source: string): ReportBaseline {
  if (content.length > MAX_REPORT_BYTES) {
    throw new UserError('input-invalid', `${source}: the baseline report is larger than ${MAX_REPORT_BYTES} bytes.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(content.toString());
  } catch (error) {
    throw new UserError(
      'input-invalid',
      `${source}: the baseline report is not valid JSON (${(error as Error).message}).`,
      {
        details: [
          'Point "baseline.report" at an ml-gates JSON report (ml-gates.json) written by a performance-gate run.',
        ],
      },
    );
  }
  const results: unknown[] = isObject(data) && Array.isArray(data.results) ? data.results : [data];
  const gate = results.find((r) => isObject(r) && r.gate === 'performance-gate');
  if (!isObject(gate) || !Array.isArray(gate.checks)) {
    throw new UserError('input-invalid', `${source}: the baseline report holds no performance-gate result.`, {
      details: ['Use the ml-gates.json written by a run of the performance gate on the baseline model.'],
    });
  }
  const values = new Map<string, number>();
  for (const check of gate.checks) {
    if (!isObject(check) || check.id !== 'thresholds' || !Array.isArray(check.metrics)) continue;
    for (const m of check.metrics) {
      if (!isObject(m) || typeof m.name !== 'string' || m.subject !== undefined) continue;
      if (typeof m.value !== 'number' || !Number.isFinite(m.value)) continue;
      values.set(metricId(m.name, typeof m.method === 'string' ? m.method : undefined), m.value);
    }
  }
  if (values.size === 0) {
    throw new UserError(
      'input-invalid',
      `${source}: the baseline report's performance-gate result has no metric values.`,
      {
        details: ['The baseline run needs the "thresholds" check on (its metrics are the baseline values).'],
      },
    );
  }
  return { values, source, ...(isObject(gate) && typeof gate.commit === 'string' ? { commit: gate.commit } : {}) };
}
