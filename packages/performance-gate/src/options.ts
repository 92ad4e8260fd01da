/** Options of the performance gate (`gates.performance-gate` in ml-gates.yml) and of its checks. */
import { UserError, type CheckSpec, type InputReader, type JsonSchema } from '@ml-gates/core';
import { METRIC_KEYS } from './metrics.js';
import type { ColumnOptions, Task } from './predictions.js';

export interface BaselineOptions {
  /** Baseline model's predictions on the same evaluation set (paired statistics when rows match). */
  predictions?: string;
  /** A committed "golden" baseline report (ml-gates JSON report of a past run). */
  report?: string;
  /** File name of the report artifact fetched from the default branch's latest successful run. */
  artifact: string;
  /** Fetch the default branch's report when the host can (GitHub runs). */
  'default-branch': boolean;
}

/** The words both gates (data-gate says the same) use when the default branch has no baseline yet. */
export const NO_BASELINE_YET = 'no baseline yet: is this the first run on the default branch?';

export interface PerformanceOptions {
  predictions?: string;
  format?: 'auto' | 'csv' | 'tsv' | 'jsonl' | 'parquet';
  columns?: ColumnOptions;
  task?: Task;
  'pos-label'?: string;
  threshold?: number;
  'probability-tolerance'?: number;
  /** Metric keys to report (scikit-learn names, `f1_macro` style for averaging); default: all that apply. */
  metrics?: string[];
  /** Always present: core fills in the defaults of its properties. */
  baseline: BaselineOptions;
  /** No baseline to compare with: a visible warn (default) or the baseline check reported as not run. */
  'missing-baseline'?: 'warn' | 'fail';
  confidence?: number;
  bootstrap?: { resamples?: number; seed?: number };
  /** `interval`: fail only when the whole interval is beyond the limit (warn on the point estimate). `point`: judge the point estimate. */
  decision?: 'interval' | 'point';
  'max-rows'?: number;
  'calibration-bins'?: number;
}

/** `0.85` or `{ min: 0.85 }` / `{ max: 0.4 }`. */
export type Bound = number | { min?: number; max?: number };

export interface ComparisonRule {
  'max-drop'?: number;
  'max-relative-drop'?: number;
  'min-gain'?: number;
  'min-relative-gain'?: number;
  'greater-is-better'?: boolean;
}

/** A metric key: one of the keys the gate computes (an enum, so a typo fails validation with its location). */
const metricKey: JsonSchema = { enum: [...METRIC_KEYS] };

/** An object keyed by metric keys: listed properties, so an unknown key is reported at its line with "did you mean". */
const byMetricKey = (value: JsonSchema): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(METRIC_KEYS.map((k) => [k, value])),
});

const boundSchema: JsonSchema = {
  oneOf: [
    { type: 'number' },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { min: { type: 'number' }, max: { type: 'number' } },
    },
  ],
};

export const OPTIONS_SCHEMA: Record<string, JsonSchema> = {
  predictions: {
    type: 'string',
    minLength: 1,
    description: 'Predictions file of the candidate model (CSV, TSV, JSON Lines or Parquet).',
  },
  format: {
    enum: ['auto', 'csv', 'tsv', 'jsonl', 'parquet'],
    default: 'auto',
    description: 'Format of the predictions files; auto: from the file extension.',
  },
  columns: {
    type: 'object',
    additionalProperties: false,
    description: 'Column names in the predictions files.',
    properties: {
      label: {
        type: 'string',
        minLength: 1,
        description: 'True label (classification) or target (regression). Default: label, y_true, target, y.',
      },
      prediction: {
        type: 'string',
        minLength: 1,
        description: 'Predicted class or value. Default: prediction, y_pred, pred.',
      },
      score: {
        type: 'string',
        minLength: 1,
        description: "Positive class's probability or score (binary). Default: score, probability, proba.",
      },
      'score-prefix': {
        type: 'string',
        minLength: 1,
        description: 'Prefix of one probability column per class, e.g. proba_ for proba_cat, proba_dog.',
      },
      group: { type: 'string', minLength: 1, description: 'Sensitive feature for fairness metrics.' },
      slices: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Columns to slice metrics by.' },
      id: { type: 'string', minLength: 1, description: 'Row id used to pair candidate and baseline rows.' },
    },
  },
  task: {
    enum: ['binary', 'multiclass', 'regression'],
    description: 'Inferred from the columns and labels when omitted.',
  },
  'pos-label': {
    type: 'string',
    description: 'Positive class of a binary task as written in the file (default: the greater label).',
  },
  threshold: {
    type: 'number',
    description:
      'Decision threshold on the positive-class probability when there is no prediction column (default 0.5; predicted positive when p > threshold).',
  },
  'probability-tolerance': {
    type: 'number',
    minimum: 0,
    maximum: 0.1,
    default: 1e-6,
    description: 'Allowed deviation of per-class probabilities from summing to 1.',
  },
  metrics: {
    type: 'array',
    items: metricKey,
    description: 'Metrics to report (default: every metric the data allows).',
  },
  baseline: {
    type: 'object',
    additionalProperties: false,
    description:
      'Where the baseline comes from: its predictions file (paired statistics), the default branch report, a committed golden report.',
    properties: {
      predictions: { type: 'string', minLength: 1 },
      report: { type: 'string', minLength: 1, description: 'Committed golden baseline: an ml-gates JSON report.' },
      artifact: {
        type: 'string',
        minLength: 1,
        default: 'ml-gates.json',
        description: "File of the default branch's report artifact.",
      },
      'default-branch': { type: 'boolean', default: true },
    },
  },
  'missing-baseline': {
    enum: ['warn', 'fail'],
    default: 'warn',
    description:
      'No baseline to compare with (none configured, none on the default branch yet): warn (the first run on the default branch has none) or fail (the baseline check is reported as not run, judged by its mode). Same option in data-gate.',
  },
  confidence: {
    type: 'number',
    exclusiveMinimum: 0.5,
    exclusiveMaximum: 1,
    default: 0.95,
    description: 'Confidence level of every interval.',
  },
  bootstrap: {
    type: 'object',
    additionalProperties: false,
    default: {},
    properties: {
      resamples: {
        type: 'integer',
        minimum: 0,
        maximum: 100000,
        default: 1000,
        description: '0 turns bootstrap intervals off.',
      },
      seed: { type: 'integer', minimum: 0, maximum: 4294967295, default: 20261122 },
    },
  },
  decision: {
    enum: ['interval', 'point'],
    default: 'interval',
    description:
      'interval: fail only when the whole confidence interval is beyond the limit, warn when only the point estimate is.',
  },
  'max-rows': { type: 'integer', minimum: 1, default: 5000000 },
  'calibration-bins': { type: 'integer', minimum: 2, maximum: 100, default: 10 },
};

export const CHECKS: CheckSpec[] = [
  {
    id: 'thresholds',
    title: 'Metric thresholds',
    description: 'Metrics of the candidate against absolute thresholds, with bootstrap intervals.',
    defaultMode: 'block',
    optionsSchema: {
      metrics: {
        ...byMetricKey(boundSchema),
        default: {},
        description: 'Metric → minimum (a number, for metrics where greater is better) or { min, max }.',
      },
    },
  },
  {
    id: 'baseline',
    title: 'No regression against the baseline',
    description: 'The change against the baseline model, with paired statistics when the rows match.',
    defaultMode: 'block',
    optionsSchema: {
      metrics: {
        ...byMetricKey({
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            'max-drop': { type: 'number', minimum: 0 },
            'max-relative-drop': { type: 'number', minimum: 0 },
            'min-gain': { type: 'number' },
            'min-relative-gain': { type: 'number' },
            'greater-is-better': { type: 'boolean' },
          },
        }),
        default: {},
        description:
          'Metric → one rule: max-drop / max-relative-drop (maximum allowed drop) or min-gain / min-relative-gain (minimum required gain).',
      },
    },
  },
  {
    id: 'fairness',
    title: 'Fairness across groups',
    description: "Fairlearn's demographic parity and equalized odds across the group column, with per-group metrics.",
    defaultMode: 'block',
    optionsSchema: {
      metrics: {
        type: 'object',
        additionalProperties: false,
        properties: {
          demographic_parity_difference: boundSchema,
          demographic_parity_ratio: boundSchema,
          equalized_odds_difference: boundSchema,
        },
        default: {
          demographic_parity_difference: { max: 0.1 },
          demographic_parity_ratio: { min: 0.8 },
          equalized_odds_difference: { max: 0.1 },
        },
      },
      'group-metrics': {
        type: 'array',
        items: metricKey,
        description: 'Metrics computed per group (default: accuracy, or mean_absolute_error for regression).',
      },
      'min-group-size': {
        type: 'integer',
        minimum: 1,
        default: 30,
        description: 'Groups smaller than this are reported but not judged.',
      },
      'base-rate-tolerance': {
        type: 'number',
        minimum: 0,
        default: 0.05,
        description: 'Warn when the groups’ base rates differ by more than this.',
      },
    },
  },
  {
    id: 'slices',
    title: 'Metrics per slice',
    description: 'The metrics per value of each slice column, worst first.',
    defaultMode: 'warn',
    optionsSchema: {
      metrics: {
        ...byMetricKey(boundSchema),
        description: 'Metric → bound every slice must meet (default: the primary metric, reported without a bound).',
      },
      'min-size': {
        type: 'integer',
        minimum: 1,
        default: 30,
        description: 'Slices smaller than this are reported but not judged.',
      },
      'max-slices': {
        type: 'integer',
        minimum: 1,
        default: 50,
        description: 'Slice values reported per column (worst first).',
      },
    },
  },
];

// -----------------------------------------------------------------------------------------------------------
// Action inputs

export const TASKS = ['binary', 'multiclass', 'regression'] as const;

export function list(v: unknown): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v])
    .flatMap((s) => String(s).split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function columnsFrom(get: (k: string) => string | undefined, slices: string[]): ColumnOptions {
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

export function taskOf(v: string | undefined, where: string): Task | undefined {
  if (v === undefined || v === '') return undefined;
  if (!(TASKS as readonly string[]).includes(v))
    throw new UserError('input-invalid', `${where} must be one of ${TASKS.join(', ')}, got "${v}".`);
  return v as Task;
}

/** The action inputs as options. */
export function inputsToOptions(input: InputReader): Partial<PerformanceOptions> {
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
  const baseline: Partial<BaselineOptions> = {};
  if (get('baseline')) baseline.predictions = get('baseline')!;
  if (get('baseline-report')) baseline.report = get('baseline-report')!;
  if (get('baseline-artifact')) baseline.artifact = get('baseline-artifact')!;
  // core fills in the schema's defaults of the rest (artifact, default-branch)
  if (Object.keys(baseline).length > 0) out.baseline = baseline as BaselineOptions;
  return out;
}
