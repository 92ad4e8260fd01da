/** The performance gate's CLI command: `ml-gates perf`. */
import { UserError, type GateCommand } from '@ml-gates/core';
import { METRIC_DEFS } from './metrics/registry.js';
import { columnsFrom, list, taskOf, TASKS, type BaselineOptions, type PerformanceOptions } from './options.js';

/** `roc_auc=0.85` → ['roc_auc', 0.85]. */
function pair(flag: string, text: string): [string, number] {
  const m = /^([a-z_0-9]+)=(-?[0-9.eE+-]+)$/.exec(text.trim());
  if (!m || !Number.isFinite(Number(m[2]))) {
    throw new UserError('usage', `${flag} expects METRIC=NUMBER (e.g. ${flag} roc_auc=0.85), got "${text}".`);
  }
  return [m[1]!, Number(m[2])];
}

export const perfCommand: GateCommand = {
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
      description: `metric to report (repeatable; default: all that apply): ${METRIC_DEFS.map((d) => d.name).join(', ')}; _macro, _weighted... suffixes select the averaging`,
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
    const options: Partial<PerformanceOptions> = { predictions };
    // Column flags override the config's columns; without any, the config's (or the defaults) stand.
    const columns = columnsFrom((k) => s(k === 'score-prefix' ? 'scorePrefix' : k), list(opts.slice));
    if (Object.keys(columns).length > 0) options.columns = columns;
    const task = taskOf(s('task'), '--task');
    if (task) options.task = task;
    if (s('posLabel')) options['pos-label'] = s('posLabel')!;
    if (list(opts.metric).length > 0) options.metrics = list(opts.metric);
    const baseline: Partial<BaselineOptions> = {};
    if (s('baseline')) baseline.predictions = s('baseline')!;
    if (s('baselineReport')) baseline.report = s('baselineReport')!;
    // core fills in the schema's defaults of the rest (artifact, default-branch)
    if (Object.keys(baseline).length > 0) options.baseline = baseline as BaselineOptions;
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
