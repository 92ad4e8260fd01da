/** The performance gate: candidate metrics against thresholds, the baseline, and across groups and slices. */
import { resolve } from 'node:path';
import {
  notRun,
  schemaDefaults,
  startProgress,
  toReportPath,
  UserError,
  type CheckOutput,
  type Gate,
  type GateContext,
  type GateOutput,
  type GateResult,
} from '@ml-gates/core';
import { baselineCheck } from './checks/baseline.js';
import { fairnessCheck } from './checks/fairness.js';
import { slicesCheck } from './checks/slices.js';
import { thresholdsCheck } from './checks/thresholds.js';
import { perfCommand } from './commands.js';
import {
  defaultMetricKeys,
  describeFile,
  evaluate,
  loadOptions,
  parseKeys,
  primaryMetric,
  STREAM,
  type RunSettings,
} from './evaluate.js';
import { MetricEngine, type MetricSpec } from './metrics.js';
import {
  CHECKS,
  inputsToOptions,
  OPTIONS_SCHEMA,
  type Bound,
  type ComparisonRule,
  type PerformanceOptions,
} from './options.js';
import { loadPredictions, type Predictions } from './predictions.js';
import { PERFORMANCE_GATE_RULES } from './rules.js';

/** The options' settings shared by every check (their defaults are the schema's, filled in by core). */
function runSettings(o: PerformanceOptions): RunSettings {
  return {
    bootstrap: { resamples: o.bootstrap!.resamples!, seed: o.bootstrap!.seed!, confidence: o.confidence! },
    decision: o.decision!,
    bins: o['calibration-bins']!,
  };
}

interface Plan {
  /** Every metric computed: reported ones, thresholded ones and compared ones. */
  specs: MetricSpec[];
  thresholds: Record<string, Bound>;
  comparisons: Record<string, ComparisonRule>;
  comparisonSpecs: MetricSpec[];
}

/**
 * Which metrics to compute. Every metric computed is reported (the thresholds check is what a later run reads
 * as its baseline). Metrics reported by default but undefined on this data (no scores...) are dropped;
 * asked-for ones are kept.
 */
function planMetrics(ctx: GateContext<PerformanceOptions>, cand: Predictions, engine: MetricEngine): Plan {
  const o = ctx.options;
  const thresholds = ctx.check('thresholds').options.metrics as Record<string, Bound>;
  const comparisons = ctx.check('baseline').options.metrics as Record<string, ComparisonRule>;
  const reported = parseKeys(o.metrics ?? defaultMetricKeys(cand), 'gates.performance-gate.metrics');
  const thresholdSpecs = parseKeys(Object.keys(thresholds), 'gates.performance-gate.checks.thresholds.metrics');
  let comparisonSpecs = parseKeys(Object.keys(comparisons), 'gates.performance-gate.checks.baseline.metrics');
  if (comparisonSpecs.length === 0) comparisonSpecs = [primaryMetric(cand)];
  const all = [...reported];
  for (const s of [...thresholdSpecs, ...comparisonSpecs]) if (!all.some((a) => a.key === s.key)) all.push(s);
  const asked = new Set([
    ...(o.metrics ?? []),
    ...thresholdSpecs.map((s) => s.key),
    ...comparisonSpecs.map((s) => s.key),
  ]);
  const specs = all.filter((s) => asked.has(s.key) || engine.available(s).ok);
  return { specs, thresholds, comparisons, comparisonSpecs };
}

const NO_PREDICTIONS =
  'performance-gate needs a predictions file: set "predictions" under gates.performance-gate in ml-gates.yml, the "predictions" action input, or --predictions FILE.';

async function loadCandidate(ctx: GateContext<PerformanceOptions>): Promise<{ cand: Predictions; path: string }> {
  const o = ctx.options;
  if (!o.predictions) throw new UserError('usage', NO_PREDICTIONS);
  const path = resolve(ctx.cwd, o.predictions);
  const display = toReportPath(ctx.cwd, path);
  const cand = await loadPredictions(path, display, loadOptions(o), ctx.signal);
  ctx.logger.info(
    `${display}: ${cand.n} rows, ${cand.task} task${cand.task === 'regression' ? '' : ` (classes: ${cand.classes.slice(0, 10).join(', ')})`}.`,
  );
  return { cand, path };
}

export async function runPerformanceGate(ctx: GateContext<PerformanceOptions>): Promise<GateOutput> {
  const run = runSettings(ctx.options);
  const { cand, path } = await loadCandidate(ctx);
  const engine = new MetricEngine(cand, run.bins);
  const subjects = [await describeFile(ctx, path, 'predictions', 'pass')];
  const plan = planMetrics(ctx, cand, engine);
  const started = Date.now();
  const progress = startProgress(ctx.logger, `bootstrap of ${plan.specs.length} metric(s) on ${cand.n} rows`, {
    total: run.bootstrap.resamples,
    unit: 'resamples',
  });
  const evaluated = evaluate(engine, plan.specs, run.bootstrap, STREAM.candidate, progress);
  ctx.logger.debug(`metrics and ${run.bootstrap.resamples} bootstrap resamples in ${Date.now() - started} ms`);
  const checks: CheckOutput[] = [];
  const on = (id: string): boolean => ctx.check(id).mode !== 'off';
  if (on('thresholds'))
    checks.push(thresholdsCheck(cand, toReportPath(ctx.cwd, path), evaluated, plan.thresholds, run, started));
  let baselineSource = 'none';
  if (on('baseline')) {
    const byKey = new Map(evaluated.map((e) => [e.spec.key, e]));
    const inputs = { engine, specs: plan.comparisonSpecs, rules: plan.comparisons, byKey, run };
    const b = await baselineCheck(ctx, inputs, subjects);
    checks.push(b.check);
    baselineSource = b.source;
  }
  // Enabled checks always report (core lists a missing one as `not run`); unconfigured ones say what they need.
  if (on('fairness')) {
    if (!cand.group) checks.push(cannotRun(ctx, 'fairness', 'no group column (set columns.group, CLI --group)'));
    else checks.push(fairnessBounds(ctx, cand, fairnessCheck(cand, ctx.check('fairness').options, run)));
  }
  if (on('slices')) {
    if (cand.slices.size === 0)
      checks.push(cannotRun(ctx, 'slices', 'no slice columns (set columns.slices, CLI --slice)'));
    else checks.push(slicesCheck(cand, ctx.check('slices').options, run));
  }
  return {
    checks,
    subjects,
    details: { task: cand.task, rows: cand.n, baselineSource, bootstrap: run.bootstrap, decision: run.decision },
  };
}

/** Option keys of a check set to something other than the schema's default (core fills the defaults in). */
function setOptions(ctx: GateContext<PerformanceOptions>, id: string): string[] {
  const spec = CHECKS.find((c) => c.id === id)!;
  const options = ctx.check(id).options;
  const defaults = schemaDefaults(spec.optionsSchema ?? {});
  return Object.keys(options).filter((k) => JSON.stringify(defaults[k]) !== JSON.stringify(options[k]));
}

/**
 * An enabled check that lacks its input, as data-gate reports one. Configured by the user (named under
 * `checks:`, even at its default mode, with its own options or another mode) → not run, judged by its mode (`error` in block mode, `warn` in warn mode), never
 * a pass. Never configured, at its default mode → a visible "not configured" line that fails nothing.
 */
function cannotRun(ctx: GateContext<PerformanceOptions>, id: string, reason: string): CheckOutput {
  const spec = CHECKS.find((c) => c.id === id)!;
  const cfg = ctx.check(id);
  if (cfg.configured || cfg.mode !== spec.defaultMode || setOptions(ctx, id).length > 0)
    return notRun(id, spec.title, reason);
  return { id, title: spec.title, summary: `not configured: ${reason}`, details: { notConfigured: reason } };
}

/**
 * Fairness bounds the user set (`checks.fairness.metrics`) that the task cannot be judged on (demographic parity
 * and equalized odds are defined for binary tasks) are not silently dropped: the check is not run, with the
 * per-group metrics it did compute.
 */
function fairnessBounds(ctx: GateContext<PerformanceOptions>, cand: Predictions, out: CheckOutput): CheckOutput {
  if (cand.task === 'binary' || !setOptions(ctx, 'fairness').includes('metrics')) return out;
  const reason = `the bounds in checks.fairness.metrics cannot be judged: demographic parity and equalized odds are defined for binary tasks, this is a ${cand.task} task`;
  return { ...out, outcome: 'not-run', notRun: reason, summary: `not run: ${reason}` };
}

/** Every metric of the report as JSON (`performance-metrics`) and where the baseline came from. */
function outputs(result: GateResult): Record<string, string> {
  const metrics = result.checks.flatMap((c) =>
    c.metrics.map((m) => ({
      check: c.id,
      name: m.name,
      ...(m.method ? { method: m.method } : {}),
      ...(m.subject ? { subject: m.subject } : {}),
      value: m.value,
      ...(m.baseline !== undefined ? { baseline: m.baseline } : {}),
      ...(m.threshold !== undefined ? { threshold: m.threshold } : {}),
      ...(m.ci ? { ci: m.ci } : {}),
      ...(m.verdict ? { verdict: m.verdict } : {}),
    })),
  );
  const source = result.details?.baselineSource;
  return {
    'performance-metrics': JSON.stringify(metrics),
    'baseline-source': typeof source === 'string' ? source : 'none',
  };
}

export const performanceGate: Gate<PerformanceOptions> = {
  name: 'performance-gate',
  title: 'Performance gate',
  rules: PERFORMANCE_GATE_RULES,
  description:
    "Model quality and fairness against thresholds and the default branch's baseline, with paired statistics.",
  checks: CHECKS,
  optionsSchema: OPTIONS_SCHEMA,
  defaultFailOn: 'high',
  run: runPerformanceGate,
  // No predictions is the user's mistake: exit 2 before any gate runs (`validate` says it too).
  preflight(o) {
    if (!o.predictions) throw new UserError('usage', NO_PREDICTIONS);
  },
  inputsToOptions,
  commands: [perfCommand],
  outputs,
};
