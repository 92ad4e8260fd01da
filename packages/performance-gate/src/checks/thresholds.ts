/** The `thresholds` check: every reported metric of the candidate, judged against its absolute bound. */
import type { CheckOutput, Metric } from '@ml-gates/core';
import { calibrationChart, rocChart, type Chart } from '../charts.js';
import {
  evaluatedMetric,
  fmt,
  greaterIsBetter,
  intervalDetails,
  limitsOf,
  limitsText,
  worst,
  type Evaluated,
  type RunSettings,
} from '../evaluate.js';
import { judge } from '../judge.js';
import {
  calibrationInputs,
  calibrationTable,
  confusionMatrix,
  descendingOrder,
  rocCurve,
} from '../metrics/functions.js';
import type { Bound } from '../options.js';
import type { Predictions } from '../predictions.js';

function thresholdMetric(
  e: Evaluated,
  bound: Bound | undefined,
  run: RunSettings,
): { metric: Metric; miss: string | undefined } {
  const limits = limitsOf(bound, e.spec);
  const verdict =
    limits.length > 0 ? (e.value === null ? 'error' : judge(e.value, e.ci, limits, run.decision)) : undefined;
  const miss =
    verdict !== undefined && verdict !== 'pass'
      ? `${e.spec.key} ${fmt(e.value)} ${limitsText(limits)}${e.unavailable ? ` (${e.unavailable})` : ''}`
      : undefined;
  const limit = limits[0];
  const details = {
    greaterIsBetter: greaterIsBetter(e.spec),
    ...(limits.length > 1 ? { limits } : limits.length === 1 ? { limit: `${limit!.kind} ${limit!.value}` } : {}),
    ...(e.ci ? intervalDetails(run.bootstrap) : {}),
  };
  return { metric: evaluatedMetric(e, { limits, verdict }, details), miss };
}

/** The candidate's file, confusion matrix and calibration table, and its charts (ROC, calibration). */
function candidateDetails(
  cand: Predictions,
  file: string,
  run: RunSettings,
): { details: Record<string, unknown>; charts: Chart[] } {
  const details: Record<string, unknown> = {
    task: cand.task,
    rows: cand.n,
    file,
    decision: run.decision,
    bootstrap: run.bootstrap,
  };
  const charts: Chart[] = [];
  if (cand.task !== 'regression') {
    details.classes = cand.classes;
    details.predictionSource = cand.predictionSource;
    details.confusionMatrix = {
      labels: cand.classes,
      rowsAreTrue: true,
      matrix: confusionMatrix(cand.y, cand.pred, cand.classes.length),
    };
    if (cand.task === 'binary' && cand.scores) {
      const pos = (i: number): boolean => cand.y[i] === 1;
      const curves = [{ label: 'candidate', ...rocCurve(pos, cand.scores[1]!, descendingOrder(cand.scores[1]!)) }];
      charts.push(rocChart(curves));
    }
    if (cand.scores && cand.probabilistic) {
      const { conf, hit } = calibrationInputs(cand);
      const table = calibrationTable(conf, hit, run.bins);
      details.calibration = {
        bins: run.bins,
        strategy: cand.task === 'binary' ? 'uniform, positive-class probability' : 'uniform, top-label confidence',
        table,
      };
      charts.push(calibrationChart(table, run.bins));
    }
  }
  return { details, charts };
}

export function thresholdsCheck(
  cand: Predictions,
  file: string,
  evaluated: readonly Evaluated[],
  bounds: Record<string, Bound>,
  run: RunSettings,
  started: number,
): CheckOutput {
  const metrics: Metric[] = [];
  const misses: string[] = [];
  for (const e of evaluated) {
    const r = thresholdMetric(e, bounds[e.spec.key], run);
    metrics.push(r.metric);
    if (r.miss) misses.push(r.miss);
  }
  const judged = metrics.filter((m) => m.verdict !== undefined);
  const { details, charts } = candidateDetails(cand, file, run);
  return {
    id: 'thresholds',
    title: 'Metric thresholds',
    summary:
      judged.length === 0
        ? `${metrics.length} metrics on ${cand.n} rows (no thresholds set)`
        : misses.length === 0
          ? `${judged.length}/${judged.length} thresholds met on ${cand.n} rows`
          : `${misses.length} of ${judged.length} thresholds missed: ${misses.slice(0, 3).join('; ')}`,
    metrics,
    outcome: worst(judged.map((m) => m.verdict)),
    durationMs: Date.now() - started,
    details,
    ...(charts.length > 0 ? { charts } : {}),
  };
}
