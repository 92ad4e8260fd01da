/** What every check of the performance gate shares: metric keys, point values with bootstrap intervals, limits. */
import { stat } from 'node:fs/promises';
import {
  percentileInterval,
  resampleCounts,
  Rng,
  sha256File,
  toReportPath,
  UserError,
  type BootstrapSettings,
  type GateContext,
  type Metric,
  type Progress,
  type Subject,
  type Verdict,
} from '@ml-gates/core';
import { boundToLimits, judge, type Decision, type Limit } from './judge.js';
import { defaultMethod, METRICS, metricsForTask, MetricEngine, parseMetricKey, type MetricSpec } from './metrics.js';
import type { Bound, PerformanceOptions } from './options.js';
import type { Predictions } from './predictions.js';

/** Seed streams: each resampling loop draws from its own stream, so adding one never shifts another. */
export const STREAM = { candidate: 1, paired: 2, baseline: 3, fairness: 4, slices: 100 } as const;

/** The settings every check reads from the gate's options. */
export interface RunSettings {
  bootstrap: BootstrapSettings;
  decision: Decision;
  bins: number;
}

export interface Evaluated {
  spec: MetricSpec;
  method: string | undefined;
  value: number | null;
  ci?: [number, number];
  unavailable?: string;
}

export const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
export const round = (v: number): number => Number(v.toPrecision(12));
export const fmt = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : String(Number(v.toPrecision(4)));

export function worst(verdicts: readonly (Verdict | undefined)[]): 'pass' | 'warn' | 'fail' | 'error' {
  if (verdicts.includes('error')) return 'error';
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('warn')) return 'warn';
  return 'pass';
}

/** The metrics reported when none are listed: every metric of the task (those the data allows are kept). */
export function defaultMetricKeys(p: Predictions): string[] {
  return metricsForTask(p.task);
}

export function primaryMetric(p: Predictions): MetricSpec {
  if (p.task === 'regression') return parseMetricKey('root_mean_squared_error')!;
  if (p.task === 'binary' && p.scores) return parseMetricKey('roc_auc')!;
  return parseMetricKey('accuracy')!;
}

/** Metric keys as specs, without repeats; an unknown key is a user error naming `where`. */
export function parseKeys(keys: readonly string[], where: string): MetricSpec[] {
  const out: MetricSpec[] = [];
  for (const key of keys) {
    const spec = parseMetricKey(key);
    if (!spec) {
      throw new UserError('input-invalid', `${where}: unknown metric "${key}".`, {
        details: [
          `Metrics: ${Object.keys(METRICS).join(', ')}.`,
          'Averaging as in scikit-learn scorers: f1_macro, precision_weighted, recall_micro, roc_auc_ovr_weighted, average_precision_macro.',
        ],
      });
    }
    if (!out.some((s) => s.key === spec.key)) out.push(spec);
  }
  return out;
}

export function greaterIsBetter(spec: MetricSpec): boolean {
  return METRICS[spec.name].greaterIsBetter;
}

/** The limits of a metric's bound (none when the metric has no bound). */
export function limitsOf(bound: Bound | undefined, spec: MetricSpec): Limit[] {
  return bound === undefined ? [] : boundToLimits(bound, greaterIsBetter(spec));
}

export const limitsText = (limits: readonly Limit[]): string => limits.map((l) => `${l.kind} ${l.value}`).join(', ');

/** The report keys saying how an interval was computed. */
export function intervalDetails(settings: BootstrapSettings): Record<string, unknown> {
  return {
    interval: 'percentile bootstrap',
    seed: settings.seed,
    resamples: settings.resamples,
    confidence: settings.confidence,
  };
}

/** Judges an evaluated metric against its limits (none: no verdict). */
export function judgeEvaluated(e: Evaluated, limits: readonly Limit[], decision: Decision): Verdict | undefined {
  return limits.length === 0 ? undefined : judge(e.value, e.ci, limits, decision);
}

function methodOf(spec: MetricSpec, engine: MetricEngine): string | undefined {
  return spec.method ?? defaultMethod(spec.name, engine.p.task, engine.bins);
}

/** Point values and bootstrap intervals of many metrics, sharing the resamples. */
export function evaluate(
  engine: MetricEngine,
  specs: readonly MetricSpec[],
  settings: BootstrapSettings,
  stream: number,
  progress?: Progress,
): Evaluated[] {
  const p = engine.p;
  const out: Evaluated[] = specs.map((spec) => {
    const a = engine.available(spec);
    if (!a.ok) return { spec, method: methodOf(spec, engine), value: null, unavailable: a.why };
    return { spec, method: methodOf(spec, engine), value: finite(engine.compute(spec)) };
  });
  const live = out.filter((e) => e.value !== null);
  if (settings.resamples > 0 && live.length > 0) {
    const rng = new Rng(settings.seed, stream);
    const w = new Float64Array(p.n);
    const values = live.map(() => [] as number[]);
    const liveSpecs = live.map((e) => e.spec);
    for (let b = 0; b < settings.resamples; b++) {
      resampleCounts(rng, p.n, w);
      engine.computeAll(liveSpecs, w).forEach((v, j) => values[j]!.push(v));
      progress?.update();
    }
    progress?.done();
    live.forEach((e, j) => {
      const ci = percentileInterval(values[j]!, settings.confidence);
      if (ci) e.ci = [round(ci[0]), round(ci[1])];
    });
  }
  return out;
}

/** A metric of one evaluated spec, with the keys every check writes the same way. */
export function evaluatedMetric(
  e: Evaluated,
  extra: { subject?: string; limits?: readonly Limit[]; verdict?: Verdict | undefined },
  details: Record<string, unknown>,
): Metric {
  const limit = extra.limits?.[0];
  return {
    name: e.spec.name,
    value: e.value,
    ...(extra.subject ? { subject: extra.subject } : {}),
    ...(limit ? { threshold: limit.value } : {}),
    ...(e.ci ? { ci: e.ci } : {}),
    ...(e.method ? { method: e.method } : {}),
    ...(extra.verdict ? { verdict: extra.verdict } : {}),
    details: { ...details, ...(e.unavailable ? { note: e.unavailable } : {}) },
  };
}

export async function describeFile(
  ctx: Pick<GateContext, 'cwd' | 'signal'>,
  path: string,
  kind: string,
  verdict: Verdict,
): Promise<Subject> {
  const s = await stat(path);
  return { path: toReportPath(ctx.cwd, path), kind, size: s.size, sha256: await sha256File(path, ctx.signal), verdict };
}

/** The load options of a predictions file, from the gate's options. */
export function loadOptions(o: PerformanceOptions) {
  return {
    columns: o.columns ?? {},
    ...(o.task ? { task: o.task } : {}),
    ...(o['pos-label'] !== undefined ? { 'pos-label': o['pos-label'] } : {}),
    ...(o.threshold !== undefined ? { threshold: o.threshold } : {}),
    ...(o['probability-tolerance'] !== undefined ? { 'probability-tolerance': o['probability-tolerance'] } : {}),
    ...(o.format ? { format: o.format } : {}),
    ...(o['max-rows'] ? { 'max-rows': o['max-rows'] } : {}),
  };
}
