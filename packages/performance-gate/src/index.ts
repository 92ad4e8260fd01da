/** Performance gate: model quality and fairness against thresholds and the baseline, with paired statistics. */
import { UserError, type Gate, type GateCommand, type GateResult, type InputReader } from '@ml-gates/core';
import { runPerformanceGate } from './gate.js';
import { CHECKS, OPTIONS_SCHEMA, type PerformanceOptions } from './options.js';
import type { ColumnOptions, Task } from './predictions.js';
import { PERFORMANCE_GATE_RULES } from './rules.js';

export * from './read.js';
export * from './predictions.js';
export * from './metrics.js';
export * from './stats.js';
export * from './judge.js';
export * from './fairness.js';
export * from './charts.js';
export * from './baseline.js';
export * from './options.js';
export { runPerformanceGate, defaultMetricKeys, primaryMetric } from './gate.js';

const TASKS = ['binary', 'multiclass', 'regression'] as const;

function list(v: unknown): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v])
    .flatMap((s) => String(s).split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `roc_auc=0.85` → ['roc_auc', 0.85]. */
function pair(flag: string, text: string): [string, number] {
  const m = /^([a-z_0-9]+)=(-?[0-9.eE+-]+)$/.exec(text.trim());
  if (!m || !Number.isFinite(Number(m[2]))) {
    throw new UserError('usage', `${flag} expects METRIC=NUMBER (e.g. ${flag} roc_auc=0.85), got "${text}".`);
  }
  return [m[1]!, Number(m[2])];
}

function columnsFrom(get: (k: string) => string | undefined, slices: string[]): ColumnOptions {
  const c: ColumnOptions = {};
  const label = get('label');
  const prediction = get('prediction');
  const score = get('score');
  const prefix = get('score-prefix');
  const group = get('group');
  const id = get('id');
  if (label) c.label = label;
  if (prediction) c.prediction = prediction;
  if (score) c.score = score;
  if (prefix) c['score-prefix'] = prefix;
  if (group) c.group = group;
  if (id) c.id = id;
  if (slices.length > 0) c.slices = slices;
  return c;
}

function taskOf(v: string | undefined, where: string): Task | undefined {
  if (v === undefined || v === '') return undefined;
  if (!(TASKS as readonly string[]).includes(v))
    throw new UserError('input-invalid', `${where} must be one of ${TASKS.join(', ')}, got "${v}".`);
  return v as Task;
}

const perfCommand: GateCommand = {
  name: ['perf'],
  description: 'evaluate a predictions file: metrics, thresholds, the change against a baseline, fairness',
  options: [
    { flags: '--predictions <file>', description: 'candidate predictions (CSV, TSV, JSON Lines, Parquet)' },
    { flags: '--baseline <file>', description: "baseline model's predictions on the same rows (paired statistics)" },
    { flags: '--baseline-report <file>', description: 'committed golden baseline: an ml-gates JSON report' },
    { flags: '--label <col>', description: 'label column' },
    { flags: '--prediction <col>', description: 'predicted class / value column' },
    { flags: '--score <col>', description: 'positive-class probability column (binary)' },
    { flags: '--score-prefix <prefix>', description: 'prefix of one probability column per class' },
    { flags: '--group <col>', description: 'sensitive feature for fairness metrics' },
    { flags: '--slice <col>', description: 'slice metrics by this column (repeatable)', repeatable: true },
    { flags: '--id <col>', description: 'row id pairing candidate and baseline rows' },
    { flags: '--task <task>', description: 'binary, multiclass or regression (inferred when omitted)', choices: TASKS },
    { flags: '--pos-label <label>', description: 'positive class of a binary task' },
    {
      flags: '--metric <name>',
      description: 'metric to report (repeatable; default: all that apply)',
      repeatable: true,
    },
    {
      flags: '--min <metric=value>',
      description: 'absolute minimum, e.g. --min roc_auc=0.85 (repeatable)',
      repeatable: true,
    },
    {
      flags: '--max <metric=value>',
      description: 'absolute maximum, e.g. --max log_loss=0.4 (repeatable)',
      repeatable: true,
    },
    {
      flags: '--max-drop <metric=value>',
      description: 'maximum allowed drop against the baseline (repeatable)',
      repeatable: true,
    },
    {
      flags: '--max-relative-drop <metric=value>',
      description: 'maximum allowed relative drop, 0.05 = 5% (repeatable)',
      repeatable: true,
    },
    {
      flags: '--min-gain <metric=value>',
      description: 'minimum required gain against the baseline (repeatable)',
      repeatable: true,
    },
    {
      flags: '--min-relative-gain <metric=value>',
      description: 'minimum required relative gain (repeatable)',
      repeatable: true,
    },
    { flags: '--seed <n>', description: 'bootstrap seed' },
    { flags: '--resamples <n>', description: 'bootstrap resamples (0: no intervals)' },
    { flags: '--decision <rule>', description: 'interval (default) or point', choices: ['interval', 'point'] },
  ],
  toOptions(_args, opts) {
    const s = (k: string): string | undefined => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
    const predictions = s('predictions');
    if (!predictions) throw new UserError('usage', 'ml-gates perf needs --predictions FILE.');
    const options: PerformanceOptions = {
      predictions,
      columns: columnsFrom((k) => s(k === 'score-prefix' ? 'scorePrefix' : k), list(opts.slice)),
    };
    const task = taskOf(s('task'), '--task');
    if (task) options.task = task;
    if (s('posLabel')) options['pos-label'] = s('posLabel')!;
    if (list(opts.metric).length > 0) options.metrics = list(opts.metric);
    const baseline: NonNullable<PerformanceOptions['baseline']> = {};
    if (s('baseline')) baseline.predictions = s('baseline')!;
    if (s('baselineReport')) baseline.report = s('baselineReport')!;
    if (Object.keys(baseline).length > 0) options.baseline = baseline;
    const int = (k: string): number | undefined => {
      const v = s(k);
      if (v === undefined) return undefined;
      if (!/^\d+$/.test(v)) throw new UserError('usage', `--${k} expects a non-negative integer, got "${v}".`);
      return Number(v);
    };
    const seed = int('seed');
    const resamples = int('resamples');
    if (seed !== undefined || resamples !== undefined)
      options.bootstrap = {
        ...(seed !== undefined ? { seed } : {}),
        ...(resamples !== undefined ? { resamples } : {}),
      };
    if (s('decision')) options.decision = s('decision') as 'interval' | 'point';
    const thresholds: Record<string, { min?: number; max?: number }> = {};
    for (const [flag, kind] of [
      ['min', 'min'],
      ['max', 'max'],
    ] as const) {
      for (const t of list(opts[flag])) {
        const [k, v] = pair(`--${flag}`, t);
        thresholds[k] = { ...(thresholds[k] ?? {}), [kind]: v };
      }
    }
    const rules: Record<string, Record<string, number>> = {};
    for (const [flag, key] of [
      ['maxDrop', 'max-drop'],
      ['maxRelativeDrop', 'max-relative-drop'],
      ['minGain', 'min-gain'],
      ['minRelativeGain', 'min-relative-gain'],
    ] as const) {
      for (const t of list(opts[flag])) {
        const [k, v] = pair(`--${key}`, t);
        rules[k] = { [key]: v };
      }
    }
    const checks: NonNullable<ReturnType<GateCommand['toOptions']>['checks']> = {};
    if (Object.keys(thresholds).length > 0) checks.thresholds = { options: { metrics: thresholds } };
    if (Object.keys(rules).length > 0) checks.baseline = { options: { metrics: rules } };
    return { options: options as Record<string, unknown>, ...(Object.keys(checks).length > 0 ? { checks } : {}) };
  },
};

function inputsToOptions(input: InputReader): Partial<PerformanceOptions> {
  const get = (k: string): string | undefined => {
    const v = input(k);
    return v === '' ? undefined : v;
  };
  const out: Partial<PerformanceOptions> = {};
  if (get('predictions')) out.predictions = get('predictions')!;
  const columns = columnsFrom((k) => get(k === 'id' ? 'id-column' : k), list(get('slices')));
  if (Object.keys(columns).length > 0) out.columns = columns;
  const task = taskOf(get('task'), 'Input "task"');
  if (task) out.task = task;
  if (get('pos-label')) out['pos-label'] = get('pos-label')!;
  const baseline: NonNullable<PerformanceOptions['baseline']> = {};
  if (get('baseline')) baseline.predictions = get('baseline')!;
  if (get('baseline-report')) baseline.report = get('baseline-report')!;
  if (get('baseline-artifact')) baseline.artifact = get('baseline-artifact')!;
  if (Object.keys(baseline).length > 0) out.baseline = baseline;
  return out;
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
  inputsToOptions,
  commands: [perfCommand],
  outputs,
};
