/** The `baseline` check: the change of each metric against the baseline model, with paired statistics. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  describeError,
  notRun,
  percentileInterval,
  resampleCounts,
  Rng,
  startProgress,
  toReportPath,
  UserError,
  type BootstrapSettings,
  type CheckOutput,
  type GateContext,
  type Logger,
  type Metric,
  type Subject,
  type Verdict,
} from '@ml-gates/core';
import { metricId, parseBaselineReport, type ReportBaseline } from '../baseline.js';
import { rocChart, type Chart } from '../charts.js';
import {
  describeFile,
  finite,
  fmt,
  greaterIsBetter,
  loadOptions,
  round,
  STREAM,
  worst,
  type Evaluated,
  type RunSettings,
} from '../evaluate.js';
import { comparisonLimit, judge, resolveRule, type Decision } from '../judge.js';
import { MetricEngine, type MetricSpec } from '../metrics.js';
import { descendingOrder, rocCurve } from '../metrics/functions.js';
import { NO_BASELINE_YET, type ComparisonRule, type PerformanceOptions } from '../options.js';
import { loadPredictions, subset, type ClassificationPredictions, type Predictions } from '../predictions.js';
import { delongPaired, mcnemarExact } from '../paired.js';

const TITLE = 'No regression against the baseline';

interface BaselineData {
  kind: 'predictions' | 'default-branch' | 'golden';
  source: string;
  predictions?: Predictions;
  /** Candidate rows and baseline rows line up (same rows, same labels). */
  paired?: boolean;
  pairingNote?: string;
  report?: ReportBaseline;
}

type Pairing = { baseline: Predictions; paired: boolean; note: string };

/** The baseline rows in the candidate's order by the id column; a reason when they cannot be. */
function alignById(c: Predictions, b: Predictions): Predictions | string {
  if (!(c.ids && b.ids)) return b;
  const pos = new Map(b.ids.map((id, i) => [id, i]));
  if (pos.size !== b.ids.length) return 'the baseline id column has duplicates';
  const idx: number[] = [];
  for (const id of c.ids) {
    const i = pos.get(id);
    if (i === undefined) return `candidate id "${id.slice(0, 40)}" is not in the baseline`;
    idx.push(i);
  }
  return subset(b, idx);
}

/** Aligns baseline rows with the candidate's: by the id column when given, else by position when labels match. */
function pairRows(c: Predictions, b: Predictions): Pairing {
  const unpaired = (note: string): Pairing => ({ baseline: b, paired: false, note });
  if (c.task !== b.task) return unpaired(`the baseline is a ${b.task} task, the candidate ${c.task}`);
  const aligned = alignById(c, b);
  if (typeof aligned === 'string') return unpaired(aligned);
  if (aligned.n !== c.n) return unpaired(`different row counts (${c.n} vs ${b.n})`);
  if (c.task !== 'regression') {
    const cb = aligned as ClassificationPredictions;
    if (cb.classes.join('\u0000') !== c.classes.join('\u0000')) return unpaired('different class lists');
  }
  for (let i = 0; i < c.n; i++) {
    if (c.y[i] !== aligned.y[i]) return unpaired(`labels differ at row ${i + 1}: not the same evaluation rows`);
  }
  return {
    baseline: aligned,
    paired: true,
    note: c.ids ? 'rows paired by id' : 'rows paired by position (same labels in the same order)',
  };
}

// -----------------------------------------------------------------------------------------------------------
// Where the baseline comes from

interface Sources {
  sources: BaselineData[];
  tried: string[];
  /** Why the default branch's baseline could not be used (a failure, never "no baseline"). */
  unusable?: string;
}

async function predictionsSource(
  ctx: GateContext<PerformanceOptions>,
  cand: Predictions,
  file: string,
  subjects: Subject[],
): Promise<BaselineData> {
  const lo = loadOptions(ctx.options);
  const bPath = resolve(ctx.cwd, file);
  const bDisplay = toReportPath(ctx.cwd, bPath);
  const b = await loadPredictions(
    bPath,
    bDisplay,
    { ...lo, ...(cand.task !== lo.task ? { task: cand.task } : {}) },
    ctx.signal,
  );
  const pr = pairRows(cand, b);
  subjects.push(await describeFile(ctx, bPath, 'baseline predictions', 'pass'));
  return { kind: 'predictions', source: bDisplay, predictions: pr.baseline, paired: pr.paired, pairingNote: pr.note };
}

/**
 * The default branch's report. A failed download or a bad artifact is not "no baseline": it is kept, and
 * reported as not run unless a golden report still gives a comparison.
 */
async function defaultBranchSource(ctx: GateContext<PerformanceOptions>, out: Sources): Promise<void> {
  const name = ctx.options.baseline.artifact;
  if (!ctx.services.baseline) {
    out.tried.push('default branch (not available outside GitHub runs)');
    return;
  }
  try {
    const got = await ctx.services.baseline(name);
    if (got) {
      out.sources.push({
        kind: 'default-branch',
        source: `default branch (${got.source})`,
        report: parseBaselineReport(got.content, got.source),
      });
    }
    out.tried.push(got ? `default branch ${name}` : `default branch ${name} (not found)`);
  } catch (error) {
    out.unusable = error instanceof UserError ? error.message : describeError(error);
    ctx.logger.warning(`Default-branch baseline unusable: ${out.unusable}`);
    out.tried.push(`default branch ${name} (unusable: ${out.unusable})`);
  }
}

async function goldenSource(
  ctx: GateContext<PerformanceOptions>,
  file: string,
  subjects: Subject[],
): Promise<BaselineData> {
  const rPath = resolve(ctx.cwd, file);
  const rDisplay = toReportPath(ctx.cwd, rPath);
  let content: Buffer;
  try {
    content = await readFile(rPath);
  } catch (error) {
    throw new UserError(
      'input-unreadable',
      `${rDisplay}: cannot read the golden baseline report (${(error as Error).message}).`,
    );
  }
  const report = parseBaselineReport(content, rDisplay);
  subjects.push(await describeFile(ctx, rPath, 'golden baseline report', 'pass'));
  return { kind: 'golden', source: `golden ${rDisplay}`, report };
}

async function loadSources(
  ctx: GateContext<PerformanceOptions>,
  cand: Predictions,
  subjects: Subject[],
): Promise<Sources> {
  const out: Sources = { sources: [], tried: [] };
  const bo = ctx.options.baseline;
  if (bo.predictions) {
    out.sources.push(await predictionsSource(ctx, cand, bo.predictions, subjects));
    out.tried.push(`predictions ${out.sources[0]!.source}`);
  }
  if (out.sources.length === 0 && bo['default-branch'] !== false) await defaultBranchSource(ctx, out);
  if (bo.report) {
    const golden = await goldenSource(ctx, bo.report, subjects);
    out.sources.push(golden);
    out.tried.push(golden.source);
  }
  return out;
}

/**
 * Never silent. A baseline that could not be fetched or read: not run (judged). None yet (the first run on the
 * default branch, or a run outside GitHub with none configured): `missing-baseline` decides, warn by default.
 */
function noBaselineCheck(found: Sources, missing: PerformanceOptions['missing-baseline']): CheckOutput {
  const reason = `tried: ${found.tried.join('; ')}`;
  if (found.unusable !== undefined)
    return notRun('baseline', TITLE, `the default-branch baseline could not be used: ${found.unusable}`);
  if (missing === 'fail') return notRun('baseline', TITLE, `${NO_BASELINE_YET} (${reason})`);
  return {
    id: 'baseline',
    title: TITLE,
    summary: `not run: ${NO_BASELINE_YET} (${reason}); set baseline.predictions or baseline.report, or missing-baseline: fail to fail instead`,
    outcome: 'warn',
    details: { tried: found.tried, notRun: `${NO_BASELINE_YET} (${reason})`, missingBaseline: 'warn' },
  };
}

// -----------------------------------------------------------------------------------------------------------
// One metric against one baseline

interface Compared {
  cEngine: MetricEngine;
  bEngine?: MetricEngine;
  settings: BootstrapSettings;
  decision: Decision;
  subject?: string;
  /** Bootstrap differences (candidate − baseline) by metric key, paired or unpaired. */
  boot: Map<string, number[]>;
}

interface ChangeInterval {
  method: string;
  changeCi?: [number, number];
  extra: Record<string, unknown>;
}

/** The baseline's value of a metric: computed on its predictions, or read from its report. */
function baselineValue(spec: MetricSpec, cand: Evaluated, data: BaselineData, bEngine?: MetricEngine): number | null {
  if (data.predictions && bEngine) {
    const a = bEngine.available(spec);
    return a.ok ? finite(bEngine.compute(spec)) : null;
  }
  if (data.report) return data.report.values.get(metricId(spec.name, cand.method)) ?? null;
  return null;
}

/** DeLong (binary ROC AUC) or McNemar (accuracy) on paired rows: exact, no resampling; undefined otherwise. */
function exactChange(spec: MetricSpec, data: BaselineData, ctxs: Compared): ChangeInterval | undefined {
  const c = ctxs.cEngine.p;
  if (!data.paired || !ctxs.bEngine || c.task === 'regression') return undefined;
  const cp = c as ClassificationPredictions;
  const bp = ctxs.bEngine.p as ClassificationPredictions;
  const confidence = ctxs.settings.confidence;
  if (c.task === 'binary' && spec.name === 'roc_auc' && cp.scores && bp.scores) {
    const positive = Uint8Array.from(cp.y, (v) => (v === 1 ? 1 : 0));
    const d = delongPaired(positive, cp.scores[1]!, bp.scores[1]!, confidence);
    return d
      ? { method: 'delong-paired', changeCi: d.ci, extra: { pValue: d.pValue, varianceDiff: d.varianceDiff } }
      : { method: 'delong-paired', extra: {} };
  }
  if (spec.name !== 'accuracy') return undefined;
  const r = mcnemarExact(
    Uint8Array.from(cp.y, (v, i) => (v === cp.pred[i] ? 1 : 0)),
    Uint8Array.from(bp.y, (v, i) => (v === bp.pred[i] ? 1 : 0)),
    confidence,
  );
  return {
    method: 'mcnemar-exact',
    changeCi: r.ci,
    extra: { pValue: r.pValue, candidateOnlyCorrect: r.candidateOnly, baselineOnlyCorrect: r.baselineOnly },
  };
}

/** The interval of the change: exact when paired tests apply, else from the bootstrap. */
function changeInterval(
  spec: MetricSpec,
  cand: Evaluated,
  baseline: number,
  data: BaselineData,
  ctxs: Compared,
): ChangeInterval {
  const exact = exactChange(spec, data, ctxs);
  if (exact) return exact;
  const s = ctxs.settings;
  const seeded = { seed: s.seed, resamples: s.resamples };
  const fromBoot = (): [number, number] | undefined => {
    const diffs = ctxs.boot.get(spec.key);
    return diffs ? percentileInterval(diffs, s.confidence) : undefined;
  };
  const withCi = (method: string, ci: [number, number] | undefined, extra: Record<string, unknown>): ChangeInterval =>
    ci ? { method, changeCi: ci, extra } : { method, extra };
  if (data.paired) return withCi('paired-bootstrap', fromBoot(), seeded);
  if (data.predictions) return withCi('unpaired-bootstrap', fromBoot(), { ...seeded, note: data.pairingNote });
  const fixed: [number, number] | undefined = cand.ci ? [cand.ci[0] - baseline, cand.ci[1] - baseline] : undefined;
  return withCi('bootstrap-vs-fixed-baseline', fixed, seeded);
}

function compareMetric(
  spec: MetricSpec,
  rule: ComparisonRule,
  cand: Evaluated,
  data: BaselineData,
  ctxs: Compared,
): { metric: Metric; verdict: Verdict } {
  const rr = resolveRule(spec.key, rule, greaterIsBetter(spec));
  const base: Metric = {
    name: spec.name,
    value: cand.value,
    ...(cand.method ? { method: cand.method } : {}),
    ...(ctxs.subject ? { subject: ctxs.subject } : {}),
  };
  const baseline = baselineValue(spec, cand, data, ctxs.bEngine);
  if (cand.value === null || baseline === null) {
    const why =
      cand.value === null
        ? (cand.unavailable ?? 'undefined on the candidate')
        : `no baseline value for ${spec.name}${cand.method ? ` (${cand.method})` : ''} in ${data.source}`;
    return {
      metric: { ...base, verdict: 'warn', details: { rule: rr.text, meaning: rr.meaning, note: why } },
      verdict: 'warn',
    };
  }
  const { limit, note } = comparisonLimit(rr, baseline);
  const change = cand.value - baseline;
  const { method, changeCi, extra } = changeInterval(spec, cand, baseline, data, ctxs);
  const ci: [number, number] | undefined = changeCi
    ? [round(baseline + changeCi[0]), round(baseline + changeCi[1])]
    : undefined;
  const verdict = judge(cand.value, ci, [limit], ctxs.decision);
  const relative = Math.abs(baseline) < 1e-12 ? null : change / Math.abs(baseline);
  return {
    verdict,
    metric: {
      ...base,
      baseline,
      threshold: round(limit.value),
      ...(ci ? { ci } : {}),
      method: `${cand.method ? `${cand.method}, ` : ''}${method}`,
      verdict,
      details: {
        comparison: method,
        rule: rr.text,
        meaning: rr.meaning,
        greaterIsBetter: rr.greaterIsBetter,
        limit: limit.kind === 'min' ? `candidate ≥ ${round(limit.value)}` : `candidate ≤ ${round(limit.value)}`,
        change: round(change),
        ...(changeCi ? { changeCi: [round(changeCi[0]), round(changeCi[1])] } : {}),
        relativeChange: relative === null ? null : round(relative),
        source: data.source,
        confidence: ctxs.settings.confidence,
        ...extra,
        ...(note ? { note } : {}),
      },
    },
  };
}

// -----------------------------------------------------------------------------------------------------------
// The check

/** Bootstrap differences, shared by every metric (same resamples for candidate and baseline when paired). */
function bootstrapDifferences(
  engine: MetricEngine,
  bEngine: MetricEngine,
  data: BaselineData,
  live: readonly MetricSpec[],
  settings: BootstrapSettings,
  logger: Logger,
): Map<string, number[]> {
  const boot = new Map<string, number[]>(live.map((s) => [s.key, []]));
  const n = engine.p.n;
  const bn = bEngine.p.n;
  const rngC = new Rng(settings.seed, data.paired ? STREAM.paired : STREAM.candidate);
  const rngB = new Rng(settings.seed, STREAM.baseline);
  const wc = new Float64Array(n);
  const wb = new Float64Array(bn);
  const progress = startProgress(logger, `bootstrap of the differences against ${data.source}`, {
    total: settings.resamples,
    unit: 'resamples',
  });
  for (let b = 0; b < settings.resamples; b++) {
    progress.update();
    resampleCounts(rngC, n, wc);
    if (!data.paired) resampleCounts(rngB, bn, wb);
    const cv = engine.computeAll(live, wc);
    const bv = bEngine.computeAll(live, data.paired ? wc : wb);
    live.forEach((s, j) => boot.get(s.key)!.push(cv[j]! - bv[j]!));
  }
  progress.done();
  return boot;
}

/** The ROC curves of candidate and baseline predictions (binary tasks with scores on both sides). */
function rocAgainstBaseline(cand: Predictions, data: BaselineData): Chart | undefined {
  if (!(data.predictions && cand.task === 'binary' && cand.scores)) return undefined;
  const bp = data.predictions as ClassificationPredictions;
  if (!bp.scores) return undefined;
  return rocChart([
    { label: 'candidate', ...rocCurve((i) => cand.y[i] === 1, cand.scores[1]!, descendingOrder(cand.scores[1]!)) },
    { label: 'baseline', ...rocCurve((i) => bp.y[i] === 1, bp.scores[1]!, descendingOrder(bp.scores[1]!)) },
  ]);
}

export interface BaselineInputs {
  engine: MetricEngine;
  specs: readonly MetricSpec[];
  rules: Record<string, ComparisonRule>;
  byKey: Map<string, Evaluated>;
  run: RunSettings;
}

/** Every metric against one baseline source. */
function compareSource(
  data: BaselineData,
  si: number,
  inputs: BaselineInputs,
  logger: Logger,
): { metrics: Metric[]; verdicts: Verdict[] } {
  const { engine, specs, run } = inputs;
  const cand = engine.p;
  const bEngine = data.predictions ? new MetricEngine(data.predictions, run.bins) : undefined;
  const settings = run.bootstrap;
  const exact = (s: MetricSpec): boolean =>
    data.paired === true &&
    ((s.name === 'roc_auc' && cand.task === 'binary') || (s.name === 'accuracy' && cand.task !== 'regression'));
  const live = specs.filter((s) => engine.available(s).ok && bEngine?.available(s).ok && !exact(s));
  const boot =
    bEngine && settings.resamples > 0 && live.length > 0
      ? bootstrapDifferences(engine, bEngine, data, live, settings, logger)
      : new Map<string, number[]>();
  const defaultRule: ComparisonRule = cand.task === 'regression' ? { 'max-relative-drop': 0.05 } : { 'max-drop': 0.01 };
  const ctxs: Compared = {
    cEngine: engine,
    ...(bEngine ? { bEngine } : {}),
    settings,
    decision: run.decision,
    ...(si > 0 ? { subject: `vs ${data.kind}` } : {}),
    boot,
  };
  const metrics: Metric[] = [];
  const verdicts: Verdict[] = [];
  for (const spec of specs) {
    const r = compareMetric(spec, inputs.rules[spec.key] ?? defaultRule, inputs.byKey.get(spec.key)!, data, ctxs);
    metrics.push(r.metric);
    verdicts.push(r.verdict);
  }
  return { metrics, verdicts };
}

function comparedSummary(first: BaselineData, metrics: readonly Metric[]): string {
  const bad = metrics.filter((m) => m.verdict === 'fail' || m.verdict === 'warn');
  const against = `vs ${first.source}${first.predictions ? (first.paired ? ' (paired)' : ' (unpaired)') : ''}: `;
  if (bad.length === 0) return `${against}${metrics.length}/${metrics.length} within the rule`;
  const rule = (m: Metric): string => String((m.details as Record<string, unknown>).rule);
  return (
    against +
    bad
      .slice(0, 3)
      .map((m) => `${m.name} ${fmt(m.value)} vs ${fmt(m.baseline)} (${rule(m)}) ${m.verdict}`)
      .join('; ')
  );
}

/** The baseline check and the source it compared with (`none` when there was none). */
export async function baselineCheck(
  ctx: GateContext<PerformanceOptions>,
  inputs: BaselineInputs,
  subjects: Subject[],
): Promise<{ check: CheckOutput; source: string }> {
  const t0 = Date.now();
  const cand = inputs.engine.p;
  const found = await loadSources(ctx, cand, subjects);
  if (found.sources.length === 0)
    return { check: noBaselineCheck(found, ctx.options['missing-baseline']), source: 'none' };
  const metrics: Metric[] = [];
  const verdicts: Verdict[] = [];
  const charts: Chart[] = [];
  for (const [si, data] of found.sources.entries()) {
    const r = compareSource(data, si, inputs, ctx.logger);
    metrics.push(...r.metrics);
    verdicts.push(...r.verdicts);
    const roc = si === 0 ? rocAgainstBaseline(cand, data) : undefined;
    if (roc) charts.push(roc);
  }
  const first = found.sources[0]!;
  const check: CheckOutput = {
    id: 'baseline',
    title: TITLE,
    summary: comparedSummary(first, metrics),
    metrics,
    outcome: worst(verdicts),
    durationMs: Date.now() - t0,
    details: {
      source: first.source,
      kind: first.kind,
      tried: found.tried,
      paired: first.paired ?? false,
      ...(first.pairingNote ? { pairing: first.pairingNote } : {}),
      decision: inputs.run.decision,
      bootstrap: inputs.run.bootstrap,
    },
    ...(charts.length > 0 ? { charts } : {}),
  };
  return { check, source: first.source };
}
