/** The performance gate: candidate metrics against thresholds, the baseline, and across groups and slices. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  describeError,
  notRun,
  Rng,
  sha256File,
  startProgress,
  toReportPath,
  UserError,
  type CheckOutput,
  type Finding,
  type GateContext,
  type GateOutput,
  type Metric,
  type Progress,
  type Subject,
  type Verdict,
} from '@ml-gates/core';
import { metricId, parseBaselineReport, type ReportBaseline } from './baseline.js';
import { calibrationChart, rocChart, type Chart } from './charts.js';
import {
  FAIRNESS_GREATER_IS_BETTER,
  fairnessValues,
  groupIndex,
  groupMembers,
  groupRates,
  MAX_GROUPS,
  type FairnessValues,
} from './fairness.js';
import { boundToLimits, comparisonLimit, judge, resolveRule, type Decision, type Limit } from './judge.js';
import {
  calibrationInputs,
  calibrationTable,
  confusionMatrix,
  defaultMethod,
  descendingOrder,
  METRICS,
  MetricEngine,
  parseMetricKey,
  rocCurve,
  type MetricSpec,
} from './metrics.js';
import { NO_BASELINE_YET, type Bound, type ComparisonRule, type PerformanceOptions } from './options.js';
import { loadPredictions, subset, type ClassificationPredictions, type Predictions } from './predictions.js';
import { percentileInterval, resampleCounts, type BootstrapSettings } from '@ml-gates/core';
import { delongPaired, mcnemarExact } from './stats.js';

const STREAM = { candidate: 1, paired: 2, baseline: 3, fairness: 4, slices: 100 } as const;

interface Evaluated {
  spec: MetricSpec;
  method: string | undefined;
  value: number | null;
  ci?: [number, number];
  unavailable?: string;
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
const round = (v: number): number => Number(v.toPrecision(12));

export function defaultMetricKeys(p: Predictions): string[] {
  if (p.task === 'regression')
    return [
      'mean_absolute_error',
      'mean_squared_error',
      'root_mean_squared_error',
      'r2',
      'mean_absolute_percentage_error',
    ];
  return [
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f1',
    'roc_auc',
    'average_precision',
    'log_loss',
    'brier_score_loss',
    'expected_calibration_error',
  ];
}

export function primaryMetric(p: Predictions): MetricSpec {
  if (p.task === 'regression') return parseMetricKey('root_mean_squared_error')!;
  if (p.task === 'binary' && p.scores) return parseMetricKey('roc_auc')!;
  return parseMetricKey('accuracy')!;
}

function parseKeys(keys: readonly string[], where: string): MetricSpec[] {
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

function methodOf(spec: MetricSpec, engine: MetricEngine): string | undefined {
  return spec.method ?? defaultMethod(spec.name, engine.p.task, engine.bins);
}

function greaterIsBetter(spec: MetricSpec): boolean {
  return METRICS[spec.name].greaterIsBetter;
}

/** Point values and bootstrap intervals of many metrics, sharing the resamples. */
function evaluate(
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

async function describeFile(
  ctx: Pick<GateContext, 'cwd' | 'signal'>,
  path: string,
  kind: string,
  verdict: Verdict,
): Promise<Subject> {
  const s = await stat(path);
  return { path: toReportPath(ctx.cwd, path), kind, size: s.size, sha256: await sha256File(path, ctx.signal), verdict };
}

function loadOptions(o: PerformanceOptions) {
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

function worst(verdicts: readonly (Verdict | undefined)[]): 'pass' | 'warn' | 'fail' | 'error' {
  if (verdicts.includes('error')) return 'error';
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('warn')) return 'warn';
  return 'pass';
}

const fmt = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : String(Number(v.toPrecision(4)));

// -----------------------------------------------------------------------------------------------------------
// Baseline

interface BaselineData {
  kind: 'predictions' | 'default-branch' | 'golden';
  source: string;
  predictions?: Predictions;
  /** Candidate rows and baseline rows line up (same rows, same labels). */
  paired?: boolean;
  pairingNote?: string;
  report?: ReportBaseline;
}

/** Aligns baseline rows with the candidate's: by the id column when given, else by position when labels match. */
function pairRows(c: Predictions, b: Predictions): { baseline: Predictions; paired: boolean; note: string } {
  if (c.task !== b.task)
    return { baseline: b, paired: false, note: `the baseline is a ${b.task} task, the candidate ${c.task}` };
  let aligned = b;
  if (c.ids && b.ids) {
    const pos = new Map(b.ids.map((id, i) => [id, i]));
    if (pos.size !== b.ids.length) return { baseline: b, paired: false, note: 'the baseline id column has duplicates' };
    const idx: number[] = [];
    for (const id of c.ids) {
      const i = pos.get(id);
      if (i === undefined)
        return { baseline: b, paired: false, note: `candidate id "${id.slice(0, 40)}" is not in the baseline` };
      idx.push(i);
    }
    aligned = subset(b, idx);
  }
  if (aligned.n !== c.n) return { baseline: b, paired: false, note: `different row counts (${c.n} vs ${b.n})` };
  if (c.task !== 'regression') {
    const cb = aligned as ClassificationPredictions;
    if (cb.classes.join('\u0000') !== c.classes.join('\u0000'))
      return { baseline: b, paired: false, note: 'different class lists' };
  }
  for (let i = 0; i < c.n; i++) {
    if (c.y[i] !== aligned.y[i])
      return { baseline: b, paired: false, note: `labels differ at row ${i + 1}: not the same evaluation rows` };
  }
  return {
    baseline: aligned,
    paired: true,
    note: c.ids ? 'rows paired by id' : 'rows paired by position (same labels in the same order)',
  };
}

interface Comparison {
  metric: Metric;
  verdict: Verdict;
}

function compareMetric(
  spec: MetricSpec,
  rule: ComparisonRule,
  cand: Evaluated,
  data: BaselineData,
  ctxs: {
    cEngine: MetricEngine;
    bEngine?: MetricEngine;
    settings: BootstrapSettings;
    decision: Decision;
    subject?: string;
  },
  pairedBoot: Map<string, number[]>,
  unpairedBoot: Map<string, number[]>,
): Comparison {
  const rr = resolveRule(spec.key, rule, greaterIsBetter(spec));
  const c = ctxs.cEngine.p;
  const base: Metric = {
    name: spec.name,
    value: cand.value,
    ...(cand.method ? { method: cand.method } : {}),
    ...(ctxs.subject ? { subject: ctxs.subject } : {}),
  };
  let baseline: number | null = null;
  if (data.predictions && ctxs.bEngine) {
    const a = ctxs.bEngine.available(spec);
    baseline = a.ok ? finite(ctxs.bEngine.compute(spec)) : null;
  } else if (data.report) {
    baseline = data.report.values.get(metricId(spec.name, cand.method)) ?? null;
  }
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
  let changeCi: [number, number] | undefined;
  let method: string;
  const extra: Record<string, unknown> = {};
  if (
    data.paired &&
    ctxs.bEngine &&
    c.task === 'binary' &&
    spec.name === 'roc_auc' &&
    (c as ClassificationPredictions).scores &&
    (ctxs.bEngine.p as ClassificationPredictions).scores
  ) {
    const cp = c as ClassificationPredictions;
    const bp = ctxs.bEngine.p as ClassificationPredictions;
    const d = delongPaired(
      Uint8Array.from(cp.y, (v) => (v === 1 ? 1 : 0)),
      cp.scores![1]!,
      bp.scores![1]!,
      ctxs.settings.confidence,
    );
    method = 'delong-paired';
    if (d) {
      changeCi = d.ci;
      Object.assign(extra, { pValue: d.pValue, varianceDiff: d.varianceDiff });
    }
  } else if (data.paired && ctxs.bEngine && c.task !== 'regression' && spec.name === 'accuracy') {
    const cp = c as ClassificationPredictions;
    const bp = ctxs.bEngine.p as ClassificationPredictions;
    const r = mcnemarExact(
      Uint8Array.from(cp.y, (v, i) => (v === cp.pred[i] ? 1 : 0)),
      Uint8Array.from(bp.y, (v, i) => (v === bp.pred[i] ? 1 : 0)),
      ctxs.settings.confidence,
    );
    method = 'mcnemar-exact';
    changeCi = r.ci;
    Object.assign(extra, {
      pValue: r.pValue,
      candidateOnlyCorrect: r.candidateOnly,
      baselineOnlyCorrect: r.baselineOnly,
    });
  } else if (data.paired) {
    method = 'paired-bootstrap';
    const diffs = pairedBoot.get(spec.key);
    const ci = diffs ? percentileInterval(diffs, ctxs.settings.confidence) : undefined;
    if (ci) changeCi = ci;
    Object.assign(extra, { seed: ctxs.settings.seed, resamples: ctxs.settings.resamples });
  } else if (data.predictions) {
    method = 'unpaired-bootstrap';
    const diffs = unpairedBoot.get(spec.key);
    const ci = diffs ? percentileInterval(diffs, ctxs.settings.confidence) : undefined;
    if (ci) changeCi = ci;
    Object.assign(extra, { seed: ctxs.settings.seed, resamples: ctxs.settings.resamples, note: data.pairingNote });
  } else {
    method = 'bootstrap-vs-fixed-baseline';
    if (cand.ci) changeCi = [cand.ci[0] - baseline, cand.ci[1] - baseline];
    Object.assign(extra, { seed: ctxs.settings.seed, resamples: ctxs.settings.resamples });
  }
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

export async function runPerformanceGate(ctx: GateContext<PerformanceOptions>): Promise<GateOutput> {
  const o = ctx.options;
  if (!o.predictions) {
    throw new UserError('usage', 'No predictions file to evaluate.', {
      details: [
        'Set "predictions" under gates.performance-gate in ml-gates.yml, the "predictions" action input, or --predictions FILE.',
      ],
    });
  }
  const settings: BootstrapSettings = {
    resamples: o.bootstrap?.resamples ?? 1000,
    seed: o.bootstrap?.seed ?? 20261122,
    confidence: o.confidence ?? 0.95,
  };
  const decision: Decision = o.decision ?? 'interval';
  const bins = o['calibration-bins'] ?? 10;
  const lo = loadOptions(o);
  const candPath = resolve(ctx.cwd, o.predictions);
  const candDisplay = toReportPath(ctx.cwd, candPath);
  const cand = await loadPredictions(candPath, candDisplay, lo, ctx.signal);
  ctx.logger.info(
    `${candDisplay}: ${cand.n} rows, ${cand.task} task${cand.task === 'regression' ? '' : ` (classes: ${cand.classes.slice(0, 10).join(', ')})`}.`,
  );
  const engine = new MetricEngine(cand, bins);
  const subjects: Subject[] = [await describeFile(ctx, candPath, 'predictions', 'pass')];

  const thresholdsCfg = ctx.check('thresholds');
  const baselineCfg = ctx.check('baseline');
  const fairnessCfg = ctx.check('fairness');
  const slicesCfg = ctx.check('slices');
  const thresholdMetrics = (thresholdsCfg.options.metrics ?? {}) as Record<string, Bound>;
  const comparisonMetrics = (baselineCfg.options.metrics ?? {}) as Record<string, ComparisonRule>;

  const reported = parseKeys(o.metrics ?? defaultMetricKeys(cand), 'gates.performance-gate.metrics');
  const thresholdSpecs = parseKeys(Object.keys(thresholdMetrics), 'gates.performance-gate.checks.thresholds.metrics');
  let comparisonSpecs = parseKeys(Object.keys(comparisonMetrics), 'gates.performance-gate.checks.baseline.metrics');
  const defaultRule: ComparisonRule = cand.task === 'regression' ? { 'max-relative-drop': 0.05 } : { 'max-drop': 0.01 };
  if (comparisonSpecs.length === 0) comparisonSpecs = [primaryMetric(cand)];
  const allSpecs = [...reported];
  for (const s of [...thresholdSpecs, ...comparisonSpecs]) if (!allSpecs.some((a) => a.key === s.key)) allSpecs.push(s);
  // Every metric computed is reported (the thresholds check is what a later run reads as its baseline).
  // Metrics reported by default but undefined on this data (no scores...) are dropped; asked-for ones are kept.
  const asked = new Set([
    ...(o.metrics ?? []),
    ...thresholdSpecs.map((s) => s.key),
    ...comparisonSpecs.map((s) => s.key),
  ]);
  const specs = allSpecs.filter((s) => asked.has(s.key) || engine.available(s).ok);

  const started = Date.now();
  const evaluated = evaluate(
    engine,
    specs,
    settings,
    STREAM.candidate,
    startProgress(ctx.logger, `bootstrap of ${specs.length} metric(s) on ${cand.n} rows`, {
      total: settings.resamples,
      unit: 'resamples',
    }),
  );
  const byKey = new Map(evaluated.map((e) => [e.spec.key, e]));
  ctx.logger.debug(`metrics and ${settings.resamples} bootstrap resamples in ${Date.now() - started} ms`);
  const checks: CheckOutput[] = [];

  // ---- thresholds -----------------------------------------------------------------------------------------
  if (thresholdsCfg.mode !== 'off') {
    const metrics: Metric[] = [];
    const misses: string[] = [];
    for (const e of evaluated) {
      const bound = thresholdMetrics[e.spec.key];
      const limits: Limit[] = bound === undefined ? [] : boundToLimits(bound, greaterIsBetter(e.spec));
      let verdict: Verdict | undefined;
      if (limits.length > 0) {
        verdict = e.value === null ? 'error' : judge(e.value, e.ci, limits, decision);
        if (verdict !== 'pass')
          misses.push(
            `${e.spec.key} ${fmt(e.value)} ${limits.map((l) => `${l.kind} ${l.value}`).join(', ')}${e.unavailable ? ` (${e.unavailable})` : ''}`,
          );
      }
      const limit = limits[0];
      metrics.push({
        name: e.spec.name,
        value: e.value,
        ...(limit ? { threshold: limit.value } : {}),
        ...(e.ci ? { ci: e.ci } : {}),
        ...(e.method ? { method: e.method } : {}),
        ...(verdict ? { verdict } : {}),
        details: {
          greaterIsBetter: greaterIsBetter(e.spec),
          ...(limits.length > 1 ? { limits } : limits.length === 1 ? { limit: `${limit!.kind} ${limit!.value}` } : {}),
          ...(e.ci
            ? {
                interval: 'percentile bootstrap',
                seed: settings.seed,
                resamples: settings.resamples,
                confidence: settings.confidence,
              }
            : {}),
          ...(e.unavailable ? { note: e.unavailable } : {}),
        },
      });
    }
    const details: Record<string, unknown> = {
      task: cand.task,
      rows: cand.n,
      file: candDisplay,
      decision,
      bootstrap: settings,
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
        const table = calibrationTable(conf, hit, bins);
        details.calibration = {
          bins,
          strategy: cand.task === 'binary' ? 'uniform, positive-class probability' : 'uniform, top-label confidence',
          table,
        };
        charts.push(calibrationChart(table, bins));
      }
    }
    if (charts.length > 0) details.charts = charts;
    const judged = metrics.filter((m) => m.verdict !== undefined);
    checks.push({
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
    });
  }

  // ---- baseline ---------------------------------------------------------------------------------------------
  let baselineSource = 'none';
  if (baselineCfg.mode !== 'off') {
    const t0 = Date.now();
    const tried: string[] = [];
    const sources: BaselineData[] = [];
    const bo = o.baseline ?? {};
    if (bo.predictions) {
      const bPath = resolve(ctx.cwd, bo.predictions);
      const bDisplay = toReportPath(ctx.cwd, bPath);
      const b = await loadPredictions(
        bPath,
        bDisplay,
        { ...lo, ...(cand.task !== lo.task ? { task: cand.task } : {}) },
        ctx.signal,
      );
      const pr = pairRows(cand, b);
      sources.push({
        kind: 'predictions',
        source: bDisplay,
        predictions: pr.baseline,
        paired: pr.paired,
        pairingNote: pr.note,
      });
      subjects.push(await describeFile(ctx, bPath, 'baseline predictions', 'pass'));
      tried.push(`predictions ${bDisplay}`);
    }
    let unusable: string | undefined;
    if (sources.length === 0 && bo['default-branch'] !== false) {
      const name = bo.artifact ?? 'ml-gates.json';
      if (ctx.services.baseline) {
        // A failed download or a bad artifact is not "no baseline": it is kept, and reported as not run unless a
        // golden report below still gives a comparison.
        try {
          const got = await ctx.services.baseline(name);
          if (got) {
            sources.push({
              kind: 'default-branch',
              source: `default branch (${got.source})`,
              report: parseBaselineReport(got.content, got.source),
            });
          }
          tried.push(got ? `default branch ${name}` : `default branch ${name} (not found)`);
        } catch (error) {
          unusable = error instanceof UserError ? error.message : describeError(error);
          ctx.logger.warning(`Default-branch baseline unusable: ${unusable}`);
          tried.push(`default branch ${name} (unusable: ${unusable})`);
        }
      } else tried.push('default branch (not available outside GitHub runs)');
    }
    if (bo.report) {
      const rPath = resolve(ctx.cwd, bo.report);
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
      sources.push({ kind: 'golden', source: `golden ${rDisplay}`, report: parseBaselineReport(content, rDisplay) });
      subjects.push(await describeFile(ctx, rPath, 'golden baseline report', 'pass'));
      tried.push(`golden ${rDisplay}`);
    }
    if (sources.length === 0) {
      // Never silent. A baseline that could not be fetched or read: not run (judged). None yet (the first run on the
      // default branch, or a run outside GitHub with none configured): `missing-baseline` decides, warn by default.
      const title = 'No regression against the baseline';
      const reason = `tried: ${tried.join('; ')}`;
      if (unusable !== undefined) {
        checks.push(notRun('baseline', title, `the default-branch baseline could not be used: ${unusable}`));
      } else if (o['missing-baseline'] === 'fail') {
        checks.push(notRun('baseline', title, `${NO_BASELINE_YET} (${reason})`));
      } else {
        checks.push({
          id: 'baseline',
          title,
          summary: `not run: ${NO_BASELINE_YET} (${reason}); set baseline.predictions or baseline.report, or missing-baseline: fail to fail instead`,
          outcome: 'warn',
          details: { tried, notRun: `${NO_BASELINE_YET} (${reason})`, missingBaseline: 'warn' },
        });
      }
    } else {
      baselineSource = sources[0]!.source;
      const metrics: Metric[] = [];
      const verdicts: Verdict[] = [];
      const charts: Chart[] = [];
      for (const [si, data] of sources.entries()) {
        const bEngine = data.predictions ? new MetricEngine(data.predictions, bins) : undefined;
        // Bootstrap differences, shared by every metric (same resamples for candidate and baseline when paired).
        const pairedBoot = new Map<string, number[]>();
        const unpairedBoot = new Map<string, number[]>();
        // DeLong (binary ROC AUC) and McNemar (accuracy) need no resampling when the rows are paired.
        const exact = (s: MetricSpec): boolean =>
          data.paired === true &&
          ((s.name === 'roc_auc' && cand.task === 'binary') || (s.name === 'accuracy' && cand.task !== 'regression'));
        const live = comparisonSpecs.filter((s) => engine.available(s).ok && bEngine?.available(s).ok && !exact(s));
        if (bEngine && settings.resamples > 0 && live.length > 0) {
          for (const s of live) (data.paired ? pairedBoot : unpairedBoot).set(s.key, []);
          const bn = bEngine.p.n;
          const rngC = new Rng(settings.seed, data.paired ? STREAM.paired : STREAM.candidate);
          const rngB = new Rng(settings.seed, STREAM.baseline);
          const wc = new Float64Array(cand.n);
          const wb = new Float64Array(bn);
          const progress = startProgress(ctx.logger, `bootstrap of the differences against ${data.source}`, {
            total: settings.resamples,
            unit: 'resamples',
          });
          for (let b = 0; b < settings.resamples; b++) {
            progress.update();
            resampleCounts(rngC, cand.n, wc);
            if (!data.paired) resampleCounts(rngB, bn, wb);
            const cv = engine.computeAll(live, wc);
            const bv = bEngine.computeAll(live, data.paired ? wc : wb);
            live.forEach((s, j) => (data.paired ? pairedBoot : unpairedBoot).get(s.key)!.push(cv[j]! - bv[j]!));
          }
          progress.done();
        }
        for (const spec of comparisonSpecs) {
          const c = byKey.get(spec.key)!;
          const r = compareMetric(
            spec,
            comparisonMetrics[spec.key] ?? defaultRule,
            c,
            data,
            {
              cEngine: engine,
              ...(bEngine ? { bEngine } : {}),
              settings,
              decision,
              ...(si > 0 ? { subject: `vs ${data.kind}` } : {}),
            },
            pairedBoot,
            unpairedBoot,
          );
          metrics.push(r.metric);
          verdicts.push(r.verdict);
        }
        if (si === 0 && data.predictions && cand.task === 'binary' && cand.scores) {
          const bp = data.predictions as ClassificationPredictions;
          if (bp.scores) {
            const curves = [
              {
                label: 'candidate',
                ...rocCurve((i) => cand.y[i] === 1, cand.scores[1]!, descendingOrder(cand.scores[1]!)),
              },
              { label: 'baseline', ...rocCurve((i) => bp.y[i] === 1, bp.scores[1]!, descendingOrder(bp.scores[1]!)) },
            ];
            charts.push(rocChart(curves));
          }
        }
      }
      const bad = metrics.filter((m) => m.verdict === 'fail' || m.verdict === 'warn');
      const first = sources[0]!;
      checks.push({
        id: 'baseline',
        title: 'No regression against the baseline',
        summary:
          `vs ${first.source}${first.predictions ? (first.paired ? ' (paired)' : ' (unpaired)') : ''}: ` +
          (bad.length === 0
            ? `${metrics.length}/${metrics.length} within the rule`
            : bad
                .slice(0, 3)
                .map(
                  (m) =>
                    `${m.name} ${fmt(m.value)} vs ${fmt(m.baseline)} (${String((m.details as Record<string, unknown>).rule)}) ${m.verdict}`,
                )
                .join('; ')),
        metrics,
        outcome: worst(verdicts),
        durationMs: Date.now() - t0,
        details: {
          source: first.source,
          kind: first.kind,
          tried,
          paired: first.paired ?? false,
          ...(first.pairingNote ? { pairing: first.pairingNote } : {}),
          decision,
          bootstrap: settings,
          ...(charts.length > 0 ? { charts } : {}),
        },
      });
    }
  }

  // ---- fairness -----------------------------------------------------------------------------------------------
  // Enabled checks always report (core lists a missing one as `not run`); unconfigured ones say what they need.
  if (fairnessCfg.mode !== 'off') checks.push(fairnessCheck(cand, fairnessCfg.options, settings, decision, bins));

  // ---- slices -------------------------------------------------------------------------------------------------
  if (slicesCfg.mode !== 'off')
    checks.push(
      cand.slices.size > 0
        ? slicesCheck(cand, slicesCfg.options, settings, decision, bins)
        : {
            id: 'slices',
            title: 'Metrics per slice',
            summary: 'no slice columns (set columns.slices, CLI --slice) — nothing to judge',
          },
    );

  return {
    checks,
    subjects,
    details: { task: cand.task, rows: cand.n, baselineSource, bootstrap: settings, decision },
  };
}

// -----------------------------------------------------------------------------------------------------------

function fairnessCheck(
  cand: Predictions,
  options: Record<string, unknown>,
  settings: BootstrapSettings,
  decision: Decision,
  bins: number,
): CheckOutput {
  const t0 = Date.now();
  const title = 'Fairness across groups';
  if (!cand.group) {
    return { id: 'fairness', title, summary: 'no group column (set columns.group, CLI --group) — nothing to judge' };
  }
  const minSize = (options['min-group-size'] as number | undefined) ?? 30;
  const tolerance = (options['base-rate-tolerance'] as number | undefined) ?? 0.05;
  const bounds = (options.metrics as Partial<Record<keyof FairnessValues, Bound>> | undefined) ?? {
    demographic_parity_difference: { max: 0.1 },
    demographic_parity_ratio: { min: 0.8 },
    equalized_odds_difference: { max: 0.1 },
  };
  const groupMetricKeys = (options['group-metrics'] as string[] | undefined) ?? [
    cand.task === 'regression' ? 'mean_absolute_error' : 'accuracy',
  ];
  const groupSpecs = parseKeys(groupMetricKeys, 'gates.performance-gate.checks.fairness.group-metrics');
  const col = cand.groupColumn!;
  const g = groupIndex(cand.group);
  const metrics: Metric[] = [];
  const findings: Finding[] = [];

  // Per group: size and the chosen metrics (with bootstrap intervals within the group).
  if (g.names.length > MAX_GROUPS) {
    return {
      id: 'fairness',
      title,
      summary: `the group column "${col}" has ${g.names.length} distinct values (more than ${MAX_GROUPS}): it looks like an id, not a sensitive feature`,
      outcome: 'error',
      details: { groupColumn: col, groups: g.names.length },
    };
  }
  const members = groupMembers(g);
  const perGroup = g.names.map((name, gi) => ({ name, sub: subset(cand, members[gi]!) }));
  for (const [gi, { name, sub }] of perGroup.entries()) {
    const judged = sub.n >= minSize;
    const ev = evaluate(new MetricEngine(sub, bins), groupSpecs, settings, STREAM.fairness * 1000 + gi);
    for (const e of ev) {
      metrics.push({
        name: e.spec.name,
        value: e.value,
        subject: `${col}=${name}`,
        ...(e.method ? { method: e.method } : {}),
        ...(e.ci ? { ci: e.ci } : {}),
        details: { size: sub.n, judged, ...(e.unavailable ? { note: e.unavailable } : {}) },
      });
    }
  }

  if (cand.task !== 'binary') {
    return {
      id: 'fairness',
      title,
      summary: `${g.names.length} groups of ${col}; demographic parity and equalized odds are defined for binary tasks only`,
      metrics,
      durationMs: Date.now() - t0,
      details: { groupColumn: col, groups: g.names.length, minGroupSize: minSize },
    };
  }
  const cp = cand;
  const rates = groupRates(cp, g);
  // Per group: the rates first, then the chosen metrics, one group after the other.
  const chosen = metrics.splice(0);
  const isJudged = (r: { size: number }): boolean => r.size >= minSize;
  for (const r of rates) {
    const judged = isJudged(r);
    const common = { subject: `${col}=${r.group}`, details: { size: r.size, judged, baseRate: round(r.baseRate) } };
    metrics.push({ name: 'count', value: r.size, ...common });
    metrics.push({ name: 'selection_rate', value: finite(r.selectionRate), ...common });
    metrics.push({ name: 'true_positive_rate', value: finite(r.truePositiveRate), ...common });
    metrics.push({ name: 'false_positive_rate', value: finite(r.falsePositiveRate), ...common });
    metrics.push(...chosen.filter((m) => m.subject === common.subject));
  }
  const judgedGroups = rates.filter(isJudged);
  const small = rates.filter((r) => !isJudged(r)).map((r) => `${r.group} (${r.size})`);
  const point = fairnessValues(rates, isJudged);
  const boots: Record<keyof FairnessValues, number[]> = {
    demographic_parity_difference: [],
    demographic_parity_ratio: [],
    equalized_odds_difference: [],
  };
  if (settings.resamples > 0 && judgedGroups.length >= 2) {
    bootstrapFairness(cp, g, settings, isJudged, boots);
  }
  const verdicts: Verdict[] = [];
  const misses: string[] = [];
  for (const key of Object.keys(FAIRNESS_GREATER_IS_BETTER) as (keyof FairnessValues)[]) {
    const value = finite(point[key]);
    const ci = percentileInterval(boots[key], settings.confidence);
    const bound = bounds[key];
    const limits = bound === undefined ? [] : boundToLimits(bound, FAIRNESS_GREATER_IS_BETTER[key]);
    const verdict = limits.length === 0 ? undefined : value === null ? 'warn' : judge(value, ci, limits, decision);
    if (verdict) verdicts.push(verdict);
    if (verdict && verdict !== 'pass')
      misses.push(`${key} ${fmt(value)} (${limits.map((l) => `${l.kind} ${l.value}`).join(', ')})`);
    metrics.push({
      name: key,
      value,
      subject: col,
      method: 'between_groups',
      ...(limits[0] ? { threshold: limits[0].value } : {}),
      ...(ci ? { ci: [round(ci[0]), round(ci[1])] } : {}),
      ...(verdict ? { verdict } : {}),
      details: {
        groupsJudged: judgedGroups.map((r) => r.group),
        ...(small.length > 0 ? { notJudged: small } : {}),
        ...(key === 'demographic_parity_ratio' ? { fourFifthsRule: value === null ? null : value >= 0.8 } : {}),
        ...(ci
          ? {
              interval: 'percentile bootstrap',
              seed: settings.seed,
              resamples: settings.resamples,
              confidence: settings.confidence,
            }
          : {}),
        ...(value === null ? { note: 'undefined: fewer than two judged groups, or no group has selections' } : {}),
      },
    });
  }
  const baseRates = judgedGroups.map((r) => r.baseRate);
  if (baseRates.length >= 2 && Math.max(...baseRates) - Math.min(...baseRates) > tolerance) {
    const list = judgedGroups.map((r) => `${r.group}: ${fmt(r.baseRate)}`).join(', ');
    findings.push({
      ruleId: 'fairness.base-rates-differ',
      severity: 'low',
      message: `Base rates of "${col}" differ across groups (${list}): demographic parity and equalized odds cannot both hold.`,
      location: { path: cand.file, field: col },
      help: 'When the groups’ positive rates differ, a model with equal selection rates (demographic parity) must have unequal error rates (equalized odds), and the other way round. Decide which criterion this model must meet and keep only that one in checks.fairness.metrics.',
    });
  }
  return {
    id: 'fairness',
    title,
    summary:
      (misses.length === 0
        ? `fair across ${judgedGroups.length} groups of ${col}`
        : `${misses.join('; ')} across ${judgedGroups.length} groups of ${col}`) +
      (small.length > 0 ? `; ${small.length} group(s) below ${minSize} rows not judged` : ''),
    metrics,
    findings,
    outcome: worst(verdicts),
    durationMs: Date.now() - t0,
    details: {
      groupColumn: col,
      groups: rates.map((r) => ({ ...r, judged: isJudged(r) })),
      minGroupSize: minSize,
      baseRateTolerance: tolerance,
      decision,
    },
  };
}

function bootstrapFairness(
  p: ClassificationPredictions,
  g: ReturnType<typeof groupIndex>,
  settings: BootstrapSettings,
  isJudged: (r: { size: number }) => boolean,
  out: Record<keyof FairnessValues, number[]>,
): void {
  const rng = new Rng(settings.seed, STREAM.fairness);
  const w = new Float64Array(p.n);
  for (let b = 0; b < settings.resamples; b++) {
    resampleCounts(rng, p.n, w);
    const v = fairnessValues(groupRates(p, g, w), isJudged);
    out.demographic_parity_difference.push(v.demographic_parity_difference);
    out.demographic_parity_ratio.push(v.demographic_parity_ratio);
    out.equalized_odds_difference.push(v.equalized_odds_difference);
  }
}

function slicesCheck(
  cand: Predictions,
  options: Record<string, unknown>,
  settings: BootstrapSettings,
  decision: Decision,
  bins: number,
): CheckOutput {
  const t0 = Date.now();
  const bounds = (options.metrics as Record<string, Bound> | undefined) ?? {};
  const minSize = (options['min-size'] as number | undefined) ?? 30;
  const maxSlices = (options['max-slices'] as number | undefined) ?? 50;
  const specs =
    Object.keys(bounds).length > 0
      ? parseKeys(Object.keys(bounds), 'gates.performance-gate.checks.slices.metrics')
      : [primaryMetric(cand)];
  const metrics: Metric[] = [];
  const verdicts: Verdict[] = [];
  const misses: string[] = [];
  const lead = specs[0]!;
  let stream = STREAM.slices;
  const omitted: Record<string, number> = {};
  const tooMany: Record<string, number> = {};
  for (const [column, values] of cand.slices) {
    const g = groupIndex(values);
    const rows: { name: string; sub: Predictions; ev: Evaluated[] }[] = [];
    if (g.names.length > MAX_GROUPS * 5) {
      tooMany[column] = g.names.length;
      continue;
    }
    const members = groupMembers(g);
    for (const [gi, name] of g.names.entries()) {
      const sub = subset(cand, members[gi]!);
      const judgedSlice = sub.n >= minSize;
      // Intervals only where they can change a verdict: judged slices with a bound.
      const s = judgedSlice && Object.keys(bounds).length > 0 ? settings : { ...settings, resamples: 0 };
      rows.push({ name, sub, ev: evaluate(new MetricEngine(sub, bins), specs, s, stream++) });
    }
    // Worst first by the first metric (undefined values last).
    const gib = greaterIsBetter(lead);
    rows.sort((a, b) => {
      const va = a.ev[0]!.value;
      const vb = b.ev[0]!.value;
      if (va === null) return 1;
      if (vb === null) return -1;
      return gib ? va - vb : vb - va;
    });
    if (rows.length > maxSlices) omitted[column] = rows.length - maxSlices;
    for (const r of rows.slice(0, maxSlices)) {
      const judgedSlice = r.sub.n >= minSize;
      for (const e of r.ev) {
        const bound = bounds[e.spec.key];
        const limits = bound === undefined ? [] : boundToLimits(bound, greaterIsBetter(e.spec));
        const verdict = judgedSlice && limits.length > 0 ? judge(e.value, e.ci, limits, decision) : undefined;
        if (verdict) verdicts.push(verdict);
        if (verdict && verdict !== 'pass') misses.push(`${column}=${r.name}: ${e.spec.key} ${fmt(e.value)}`);
        metrics.push({
          name: e.spec.name,
          value: e.value,
          subject: `${column}=${r.name}`,
          ...(limits[0] ? { threshold: limits[0].value } : {}),
          ...(e.ci ? { ci: e.ci } : {}),
          ...(e.method ? { method: e.method } : {}),
          ...(verdict ? { verdict } : {}),
          details: { size: r.sub.n, judged: judgedSlice, ...(e.unavailable ? { note: e.unavailable } : {}) },
        });
      }
    }
  }
  const worstSlice = metrics[0];
  return {
    id: 'slices',
    title: 'Metrics per slice',
    summary:
      misses.length > 0
        ? `${misses.length} slice(s) below the bound: ${misses.slice(0, 3).join('; ')}`
        : worstSlice
          ? `worst slice: ${worstSlice.subject} ${worstSlice.name} ${fmt(worstSlice.value)}`
          : 'no slices',
    metrics,
    outcome: worst(verdicts),
    durationMs: Date.now() - t0,
    details: {
      columns: [...cand.slices.keys()],
      minSize,
      ...(Object.keys(omitted).length > 0 ? { omitted } : {}),
      ...(Object.keys(tooMany).length > 0
        ? { skippedColumns: tooMany, note: `columns with more than ${MAX_GROUPS * 5} distinct values are not sliced` }
        : {}),
      decision,
    },
  };
}
