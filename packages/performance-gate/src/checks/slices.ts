/** The `slices` check: the metrics per value of each slice column, worst first. */
import type { CheckOutput, Metric, Verdict } from '@ml-gates/core';
import {
  evaluate,
  evaluatedMetric,
  fmt,
  greaterIsBetter,
  judgeEvaluated,
  limitsOf,
  parseKeys,
  primaryMetric,
  STREAM,
  worst,
  type Evaluated,
  type RunSettings,
} from '../evaluate.js';
import { groupIndex, groupMembers, MAX_GROUPS } from '../fairness.js';
import { MetricEngine, type MetricSpec } from '../metrics.js';
import type { Bound } from '../options.js';
import { subset, type Predictions } from '../predictions.js';

const TITLE = 'Metrics per slice';

interface SliceSettings {
  bounds: Record<string, Bound>;
  minSize: number;
  maxSlices: number;
  specs: MetricSpec[];
}

interface SliceRow {
  name: string;
  sub: Predictions;
  ev: Evaluated[];
}

interface Collected {
  metrics: Metric[];
  verdicts: Verdict[];
  misses: string[];
  omitted: Record<string, number>;
  tooMany: Record<string, number>;
  stream: number;
}

/** One row per value of the column, evaluated, worst first by the first metric (undefined values last). */
function sliceRows(
  cand: Predictions,
  g: ReturnType<typeof groupIndex>,
  ss: SliceSettings,
  run: RunSettings,
  out: Collected,
): SliceRow[] {
  const members = groupMembers(g);
  const rows: SliceRow[] = [];
  for (const [gi, name] of g.names.entries()) {
    const sub = subset(cand, members[gi]!);
    // Intervals only where they can change a verdict: judged slices with a bound.
    const withCi = sub.n >= ss.minSize && Object.keys(ss.bounds).length > 0;
    const s = withCi ? run.bootstrap : { ...run.bootstrap, resamples: 0 };
    rows.push({ name, sub, ev: evaluate(new MetricEngine(sub, run.bins), ss.specs, s, out.stream++) });
  }
  const gib = greaterIsBetter(ss.specs[0]!);
  rows.sort((a, b) => {
    const va = a.ev[0]!.value;
    const vb = b.ev[0]!.value;
    if (va === null) return 1;
    if (vb === null) return -1;
    return gib ? va - vb : vb - va;
  });
  return rows;
}

function sliceColumn(
  cand: Predictions,
  column: string,
  values: readonly string[],
  ss: SliceSettings,
  run: RunSettings,
  out: Collected,
): void {
  const g = groupIndex(values);
  if (g.names.length > MAX_GROUPS * 5) {
    out.tooMany[column] = g.names.length;
    return;
  }
  const rows = sliceRows(cand, g, ss, run, out);
  if (rows.length > ss.maxSlices) out.omitted[column] = rows.length - ss.maxSlices;
  for (const r of rows.slice(0, ss.maxSlices)) {
    const judged = r.sub.n >= ss.minSize;
    for (const e of r.ev) {
      const limits = limitsOf(ss.bounds[e.spec.key], e.spec);
      const verdict = judged ? judgeEvaluated(e, limits, run.decision) : undefined;
      if (verdict) out.verdicts.push(verdict);
      if (verdict && verdict !== 'pass') out.misses.push(`${column}=${r.name}: ${e.spec.key} ${fmt(e.value)}`);
      out.metrics.push(
        evaluatedMetric(e, { subject: `${column}=${r.name}`, limits, verdict }, { size: r.sub.n, judged }),
      );
    }
  }
}

function sliceSettings(cand: Predictions, options: Record<string, unknown>): SliceSettings {
  const bounds = (options.metrics as Record<string, Bound> | undefined) ?? {};
  return {
    bounds,
    minSize: options['min-size'] as number,
    maxSlices: options['max-slices'] as number,
    specs:
      Object.keys(bounds).length > 0
        ? parseKeys(Object.keys(bounds), 'gates.performance-gate.checks.slices.metrics')
        : [primaryMetric(cand)],
  };
}

export function slicesCheck(cand: Predictions, options: Record<string, unknown>, run: RunSettings): CheckOutput {
  if (cand.slices.size === 0)
    return {
      id: 'slices',
      title: TITLE,
      summary: 'no slice columns (set columns.slices, CLI --slice) — nothing to judge',
    };
  const t0 = Date.now();
  const ss = sliceSettings(cand, options);
  const out: Collected = { metrics: [], verdicts: [], misses: [], omitted: {}, tooMany: {}, stream: STREAM.slices };
  for (const [column, values] of cand.slices) sliceColumn(cand, column, values, ss, run, out);
  const { metrics, misses, omitted, tooMany } = out;
  const worstSlice = metrics[0];
  return {
    id: 'slices',
    title: TITLE,
    summary:
      misses.length > 0
        ? `${misses.length} slice(s) below the bound: ${misses.slice(0, 3).join('; ')}`
        : worstSlice
          ? `worst slice: ${worstSlice.subject} ${worstSlice.name} ${fmt(worstSlice.value)}`
          : 'no slices',
    metrics,
    outcome: worst(out.verdicts),
    durationMs: Date.now() - t0,
    details: {
      columns: [...cand.slices.keys()],
      minSize: ss.minSize,
      ...(Object.keys(omitted).length > 0 ? { omitted } : {}),
      ...(Object.keys(tooMany).length > 0
        ? { skippedColumns: tooMany, note: `columns with more than ${MAX_GROUPS * 5} distinct values are not sliced` }
        : {}),
      decision: run.decision,
    },
  };
}
