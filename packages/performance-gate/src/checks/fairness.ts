/** The `fairness` check: per-group metrics, and demographic parity and equalized odds between the groups. */
import {
  percentileInterval,
  resampleCounts,
  Rng,
  type BootstrapSettings,
  type CheckOutput,
  type Finding,
  type Metric,
  type Verdict,
} from '@ml-gates/core';
import {
  evaluate,
  finite,
  fmt,
  intervalDetails,
  limitsText,
  parseKeys,
  round,
  STREAM,
  worst,
  type RunSettings,
} from '../evaluate.js';
import {
  FAIRNESS_GREATER_IS_BETTER,
  fairnessValues,
  groupIndex,
  groupMembers,
  groupRates,
  MAX_GROUPS,
  type FairnessValues,
  type GroupRates,
} from '../fairness.js';
import { boundToLimits, judge } from '../judge.js';
import { MetricEngine, type MetricSpec } from '../metrics.js';
import type { Bound } from '../options.js';
import { subset, type ClassificationPredictions, type Predictions } from '../predictions.js';

const TITLE = 'Fairness across groups';
type Groups = ReturnType<typeof groupIndex>;

interface FairnessSettings {
  minSize: number;
  tolerance: number;
  bounds: Partial<Record<keyof FairnessValues, Bound>>;
  groupSpecs: MetricSpec[];
}

function settingsOf(cand: Predictions, options: Record<string, unknown>): FairnessSettings {
  const groupMetricKeys = (options['group-metrics'] as string[] | undefined) ?? [
    cand.task === 'regression' ? 'mean_absolute_error' : 'accuracy',
  ];
  return {
    minSize: options['min-group-size'] as number,
    tolerance: options['base-rate-tolerance'] as number,
    bounds: options.metrics as Partial<Record<keyof FairnessValues, Bound>>,
    groupSpecs: parseKeys(groupMetricKeys, 'gates.performance-gate.checks.fairness.group-metrics'),
  };
}

/** The chosen metrics within each group, with bootstrap intervals within the group. */
function perGroupMetrics(cand: Predictions, g: Groups, fs: FairnessSettings, run: RunSettings): Metric[] {
  const col = cand.groupColumn!;
  const members = groupMembers(g);
  const metrics: Metric[] = [];
  for (const [gi, name] of g.names.entries()) {
    const sub = subset(cand, members[gi]!);
    const judged = sub.n >= fs.minSize;
    const ev = evaluate(new MetricEngine(sub, run.bins), fs.groupSpecs, run.bootstrap, STREAM.fairness * 1000 + gi);
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
  return metrics;
}

/** Per group: the rates first, then the chosen metrics, one group after the other. */
function rateMetrics(
  col: string,
  rates: readonly GroupRates[],
  chosen: readonly Metric[],
  isJudged: (r: GroupRates) => boolean,
): Metric[] {
  const metrics: Metric[] = [];
  for (const r of rates) {
    const common = {
      subject: `${col}=${r.group}`,
      details: { size: r.size, judged: isJudged(r), baseRate: round(r.baseRate) },
    };
    metrics.push({ name: 'count', value: r.size, ...common });
    metrics.push({ name: 'selection_rate', value: finite(r.selectionRate), ...common });
    metrics.push({ name: 'true_positive_rate', value: finite(r.truePositiveRate), ...common });
    metrics.push({ name: 'false_positive_rate', value: finite(r.falsePositiveRate), ...common });
    metrics.push(...chosen.filter((m) => m.subject === common.subject));
  }
  return metrics;
}

function bootstrapFairness(
  p: ClassificationPredictions,
  g: Groups,
  settings: BootstrapSettings,
  isJudged: (r: { size: number }) => boolean,
): Record<keyof FairnessValues, number[]> {
  const out: Record<keyof FairnessValues, number[]> = {
    demographic_parity_difference: [],
    demographic_parity_ratio: [],
    equalized_odds_difference: [],
  };
  const rng = new Rng(settings.seed, STREAM.fairness);
  const w = new Float64Array(p.n);
  for (let b = 0; b < settings.resamples; b++) {
    resampleCounts(rng, p.n, w);
    const v = fairnessValues(groupRates(p, g, w), isJudged);
    out.demographic_parity_difference.push(v.demographic_parity_difference);
    out.demographic_parity_ratio.push(v.demographic_parity_ratio);
    out.equalized_odds_difference.push(v.equalized_odds_difference);
  }
  return out;
}

interface Between {
  metrics: Metric[];
  verdicts: Verdict[];
  misses: string[];
}

/** Demographic parity and equalized odds between the judged groups, each against its bound. */
function betweenGroups(
  col: string,
  rates: readonly GroupRates[],
  boots: Record<keyof FairnessValues, number[]>,
  fs: FairnessSettings,
  run: RunSettings,
): Between {
  const isJudged = (r: { size: number }): boolean => r.size >= fs.minSize;
  const judgedGroups = rates.filter(isJudged);
  const small = rates.filter((r) => !isJudged(r)).map((r) => `${r.group} (${r.size})`);
  const point = fairnessValues(rates, isJudged);
  const out: Between = { metrics: [], verdicts: [], misses: [] };
  for (const key of Object.keys(FAIRNESS_GREATER_IS_BETTER) as (keyof FairnessValues)[]) {
    const value = finite(point[key]);
    const ci = percentileInterval(boots[key], run.bootstrap.confidence);
    const bound = fs.bounds[key];
    const limits = bound === undefined ? [] : boundToLimits(bound, FAIRNESS_GREATER_IS_BETTER[key]);
    const verdict = limits.length === 0 ? undefined : value === null ? 'warn' : judge(value, ci, limits, run.decision);
    if (verdict) out.verdicts.push(verdict);
    if (verdict && verdict !== 'pass') out.misses.push(`${key} ${fmt(value)} (${limitsText(limits)})`);
    out.metrics.push({
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
        ...(ci ? intervalDetails(run.bootstrap) : {}),
        ...(value === null ? { note: 'undefined: fewer than two judged groups, or no group has selections' } : {}),
      },
    });
  }
  return out;
}

function baseRateFinding(cand: Predictions, judgedGroups: readonly GroupRates[], tolerance: number): Finding[] {
  const col = cand.groupColumn!;
  const baseRates = judgedGroups.map((r) => r.baseRate);
  if (!(baseRates.length >= 2 && Math.max(...baseRates) - Math.min(...baseRates) > tolerance)) return [];
  const list = judgedGroups.map((r) => `${r.group}: ${fmt(r.baseRate)}`).join(', ');
  return [
    {
      ruleId: 'fairness.base-rates-differ',
      severity: 'low',
      message: `Base rates of "${col}" differ across groups (${list}): demographic parity and equalized odds cannot both hold.`,
      location: { path: cand.file, field: col },
      help: 'When the groups’ positive rates differ, a model with equal selection rates (demographic parity) must have unequal error rates (equalized odds), and the other way round. Decide which criterion this model must meet and keep only that one in checks.fairness.metrics.',
    },
  ];
}

/** The binary-task part: rates per group and the criteria between groups. */
function binaryFairness(
  cp: ClassificationPredictions,
  g: Groups,
  chosen: readonly Metric[],
  fs: FairnessSettings,
  run: RunSettings,
  t0: number,
): CheckOutput {
  const col = cp.groupColumn!;
  const rates = groupRates(cp, g);
  const isJudged = (r: { size: number }): boolean => r.size >= fs.minSize;
  const judgedGroups = rates.filter(isJudged);
  const small = rates.filter((r) => !isJudged(r));
  const boots =
    run.bootstrap.resamples > 0 && judgedGroups.length >= 2
      ? bootstrapFairness(cp, g, run.bootstrap, isJudged)
      : { demographic_parity_difference: [], demographic_parity_ratio: [], equalized_odds_difference: [] };
  const between = betweenGroups(col, rates, boots, fs, run);
  const { misses } = between;
  return {
    id: 'fairness',
    title: TITLE,
    summary:
      (misses.length === 0
        ? `fair across ${judgedGroups.length} groups of ${col}`
        : `${misses.join('; ')} across ${judgedGroups.length} groups of ${col}`) +
      (small.length > 0 ? `; ${small.length} group(s) below ${fs.minSize} rows not judged` : ''),
    metrics: [...rateMetrics(col, rates, chosen, isJudged), ...between.metrics],
    findings: baseRateFinding(cp, judgedGroups, fs.tolerance),
    outcome: worst(between.verdicts),
    durationMs: Date.now() - t0,
    details: {
      groupColumn: col,
      groups: rates.map((r) => ({ ...r, judged: isJudged(r) })),
      minGroupSize: fs.minSize,
      baseRateTolerance: fs.tolerance,
      decision: run.decision,
    },
  };
}

export function fairnessCheck(cand: Predictions, options: Record<string, unknown>, run: RunSettings): CheckOutput {
  const t0 = Date.now();
  if (!cand.group) {
    return {
      id: 'fairness',
      title: TITLE,
      summary: 'no group column (set columns.group, CLI --group) — nothing to judge',
    };
  }
  const fs = settingsOf(cand, options);
  const col = cand.groupColumn!;
  const g = groupIndex(cand.group);
  if (g.names.length > MAX_GROUPS) {
    return {
      id: 'fairness',
      title: TITLE,
      summary: `the group column "${col}" has ${g.names.length} distinct values (more than ${MAX_GROUPS}): it looks like an id, not a sensitive feature`,
      outcome: 'error',
      details: { groupColumn: col, groups: g.names.length },
    };
  }
  const chosen = perGroupMetrics(cand, g, fs, run);
  if (cand.task === 'binary') return binaryFairness(cand, g, chosen, fs, run, t0);
  return {
    id: 'fairness',
    title: TITLE,
    summary: `${g.names.length} groups of ${col}; demographic parity and equalized odds are defined for binary tasks only`,
    metrics: chosen,
    durationMs: Date.now() - t0,
    details: { groupColumn: col, groups: g.names.length, minGroupSize: fs.minSize },
  };
}
