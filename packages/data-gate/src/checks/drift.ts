/**
 * Drift against a reference. By default (`metric: auto`, Evidently's scheme) a column with at most
 * `small-sample` values on either side is judged by its p-value (KS for numbers, chi-square for categories,
 * Benjamini–Hochberg adjusted across columns, drift when ≤ alpha); a larger column by an effect size in three
 * bands: normalised Wasserstein for numbers, Jensen–Shannon distance (natural log) for categories. Large
 * samples therefore do not raise alarms for tiny, irrelevant shifts, and small samples are not judged by an
 * effect size that noise alone can push over the band. PSI, the KS statistic and L∞ stay available.
 */
import {
  cdfDistances,
  exactSorted,
  notRun,
  type CheckOutput,
  type Finding,
  type KllSketch,
  type Metric,
  type Verdict,
  type WeightedSorted,
} from '@ml-gates/core';
import { numericCount, type ColumnData } from '../profile/accumulate.js';
import {
  BINNING_DESCRIPTION,
  binCounts,
  isNumericType,
  quantileEdges,
  sketchOf,
  sketchQuantile,
  type DataProfile,
  type ProfileColumn,
} from '../profile/profile.js';
import { ecdfDistances, type EcdfDistances } from '../stats/ecdf.js';
import { ks2samp, roundHalfEven } from '../stats/ks.js';
import { kolmognSf } from '../stats/kolmogorov.js';
import {
  benjaminiHochberg,
  chi2Contingency,
  jensenShannon,
  lInfinity,
  meanStd,
  psi,
  wasserstein,
} from '../stats/tests.js';
import { unknownColumnFindings } from './columns.js';

export type NumericMetric = 'psi' | 'wasserstein_normed' | 'ks';
export type CategoricalMetric = 'psi' | 'jensen_shannon' | 'linf';
/** The statistic names accepted in ml-gates.yml (schema enums, so `validate` rejects a misspelt one). */
export const NUMERIC_METRICS = ['auto', 'wasserstein_normed', 'psi', 'ks'] as const;
export const CATEGORICAL_METRICS = ['auto', 'jensen_shannon', 'psi', 'linf'] as const;
/** Evidently's floor of the reference standard deviation in its normed Wasserstein distance. */
export const WASSERSTEIN_STD_FLOOR = 0.001;

export interface DriftOptions {
  'min-samples': number;
  /** PSI bins: the gate's `bins` option (the same bins as the profiles). */
  bins: number;
  epsilon: number;
  /** At most this many values on either side: judged by the adjusted p-value under `metric: auto`. */
  'small-sample': number;
  numeric: { metric: NumericMetric | 'auto'; warn?: number; fail?: number };
  categorical: { metric: CategoricalMetric | 'auto'; warn?: number; fail?: number };
  'p-values': { compute: boolean; alpha: number; correction: 'bh' | 'none'; require: boolean };
  share: number;
  columns?: string[];
  'ignore-columns': string[];
  'categorical-columns': string[];
  'null-rate-delta': number;
}

export const DEFAULT_BANDS: Record<NumericMetric | CategoricalMetric, { warn: number; fail: number }> = {
  psi: { warn: 0.1, fail: 0.25 },
  wasserstein_normed: { warn: 0.05, fail: 0.1 },
  ks: { warn: 0.1, fail: 0.2 },
  jensen_shannon: { warn: 0.05, fail: 0.1 },
  linf: { warn: 0.1, fail: 0.2 },
};

/** The reference side: raw columns (all statistics) or a profile (no KS; Wasserstein approximated). */
export type ReferenceSide =
  { kind: 'raw'; columns: ColumnData[]; source: string } | { kind: 'profile'; profile: DataProfile; source: string };

interface RefColumn {
  type: ColumnData['type'];
  count: number;
  nulls: number;
  /** ±Infinity values (counted apart from the finite values every statistic compares). */
  infinite: number;
  raw?: Float64Array;
  /** The reference column's values were sketched (above sketch-above): its KLL sketch. */
  kll?: KllSketch;
  edges?: number[];
  binCounts?: number[];
  std?: number;
  sketch?: { n: number; q: number[] };
  categories?: Map<string, number>;
  truncated: boolean;
  /** Values not in `categories` (counted past the max-categories cap). */
  other: number;
}

function refColumns(ref: ReferenceSide): Map<string, RefColumn> {
  const out = new Map<string, RefColumn>();
  if (ref.kind === 'raw') {
    for (const c of ref.columns) {
      out.set(c.name, {
        type: c.type,
        count: c.count,
        nulls: c.nulls,
        infinite: c.infiniteCount,
        ...(c.sketched
          ? { kll: c.sketched.sketch, std: c.sketched.std }
          : { raw: c.values, ...(c.values.length > 0 ? { std: meanStd(c.values).std } : {}) }),
        categories: c.categories,
        truncated: c.categoriesTruncated,
        other: c.categoriesOther,
      });
    }
  } else {
    for (const [name, c] of Object.entries(ref.profile.columns) as [string, ProfileColumn][]) {
      out.set(name, {
        type: c.type,
        count: c.count,
        nulls: c.nulls,
        infinite: c.infinite ?? 0,
        ...(c.numeric
          ? {
              edges: c.numeric.bins.edges,
              binCounts: c.numeric.bins.counts,
              std: c.numeric.std,
              sketch: c.numeric.sketch,
            }
          : {}),
        ...(c.categories ? { categories: new Map(Object.entries(c.categories.counts)) } : {}),
        truncated: c.categories?.truncated ?? false,
        other: c.categories?.other ?? 0,
      });
    }
  }
  return out;
}

function allDistinctSorted(v: Float64Array): boolean {
  for (let i = 1; i < v.length; i++) if (v[i] === v[i - 1]) return false;
  return true;
}

/** Ids, keys, row numbers: integers or texts that never repeat, on both sides. Drift on them is meaningless. */
function identifierLike(r: RefColumn, cur: ColumnData, numeric: boolean): boolean {
  const curNonNull = cur.count - cur.nulls;
  if (curNonNull < 2) return false;
  if (numeric) {
    if (cur.type !== 'integer' || r.type !== 'integer') return false;
    // A sketch cannot tell whether every value is distinct (merged shards can, when each shard's values are
    // distinct and their ranges do not overlap): otherwise compare the column rather than skip it.
    if (r.kll || (cur.sketched && cur.allDistinct !== true)) return false;
    const refDistinct = r.raw
      ? allDistinctSorted(r.raw)
      : r.categories !== undefined && r.categories.size > 0 && !r.truncated
        ? r.categories.size === r.count - r.nulls
        : true;
    return refDistinct && (cur.sketched ? true : allDistinctSorted(cur.values));
  }
  const curDistinct = !cur.categoriesTruncated && cur.categories.size === curNonNull;
  const refDistinct = !r.truncated && r.categories !== undefined && r.categories.size === r.count - r.nulls;
  return curDistinct && refDistinct;
}

function band(value: number, b: { warn: number; fail: number }): Verdict {
  if (value >= b.fail) return 'fail';
  if (value >= b.warn) return 'warn';
  return 'pass';
}

interface ColumnResult {
  column: string;
  kind: 'numeric' | 'categorical';
  verdict: Verdict;
  gating: Metric;
  pvalueMetric?: Metric;
  /** Judged by its (adjusted) p-value rather than an effect size: small samples under `metric: auto`. */
  byPValue?: boolean;
}

/** The effect size a column is judged by when it is not a small sample: `auto` resolves to Evidently's. */
export function effectMetric<M extends NumericMetric | CategoricalMetric>(metric: M | 'auto', numeric: boolean): M {
  return (metric === 'auto' ? (numeric ? 'wasserstein_normed' : 'jensen_shannon') : metric) as M;
}

/** What the per-column steps of one drift comparison share. */
interface DriftRun {
  o: DriftOptions;
  path: string;
  fromProfile: boolean;
  findings: Finding[];
  metrics: Metric[];
}

/** A column compared with no value: skipped on purpose, with the reason. */
function skippedMetric(run: DriftRun, name: string, numeric: boolean, details: Record<string, unknown>): void {
  const m = numeric ? effectMetric(run.o.numeric.metric, true) : effectMetric(run.o.categorical.metric, false);
  run.metrics.push({ name: m, method: m, subject: name, value: null, verdict: 'skipped', details });
}

/** Null share and type of one column; false when the type changed (nothing more to compare). */
function nullsAndType(run: DriftRun, name: string, r: RefColumn, cur: ColumnData): boolean {
  const { o, path } = run;
  const refNull = r.count > 0 ? r.nulls / r.count : 0;
  const curNull = cur.count > 0 ? cur.nulls / cur.count : 0;
  if (Math.abs(curNull - refNull) > o['null-rate-delta']) {
    // A column that is now entirely missing is gone in all but name: as serious as a missing column.
    const gone = cur.count > 0 && cur.nulls === cur.count && r.nulls < r.count;
    run.findings.push({
      ruleId: 'drift.null-rate',
      severity: gone ? 'high' : 'medium',
      message: `Column ${name}: missing values went from ${(refNull * 100).toFixed(1)}% to ${(curNull * 100).toFixed(1)}% of rows${gone ? ' (every value is missing now)' : ''}.`,
      location: { path, field: name },
      help: `The share of missing values moved by more than ${o['null-rate-delta']} (null-rate-delta).`,
    });
  }
  // ±Infinity is kept out of every distribution statistic: its share is compared on its own, like nulls.
  const refInf = r.count > 0 ? r.infinite / r.count : 0;
  const curInf = cur.count > 0 ? cur.infiniteCount / cur.count : 0;
  if (Math.abs(curInf - refInf) > o['null-rate-delta']) {
    run.findings.push({
      ruleId: 'drift.infinite-rate',
      severity: 'medium',
      message: `Column ${name}: infinite values (±inf) went from ${(refInf * 100).toFixed(1)}% to ${(curInf * 100).toFixed(1)}% of rows.`,
      location: { path, field: name },
      help: `The share of ±inf moved by more than ${o['null-rate-delta']} (null-rate-delta); an upstream division by zero or overflow is the usual cause.`,
    });
  }
  const refNumeric = isNumericType(r.type);
  const curNumeric = isNumericType(cur.type);
  if (
    r.type !== 'null' &&
    cur.type !== 'null' &&
    refNumeric !== curNumeric &&
    !o['categorical-columns'].includes(name)
  ) {
    run.findings.push({
      ruleId: 'drift.type-changed',
      severity: 'high',
      message: `Column ${name} changed type from ${r.type} to ${cur.type}.`,
      location: { path, field: name },
      help: 'Values that no longer parse as numbers usually mean a broken export or a unit/format change upstream.',
    });
    return false;
  }
  return true;
}

/** The bucket of the values past the category cap when one side is compared with its overflow lumped. */
const OTHER_VALUES = '(values past max-categories)';

/**
 * Reference and current counts of a column past the category cap on one side only, on one partition both
 * sides are counted exactly on: every category of the side within the cap, and one bucket for the rest. A
 * category counted on the capped side is counted from its first value on, so this needs every category of
 * the other side among the capped side's counted ones (else undefined: not comparable). Merging categories
 * never increases the divergence, so a drift this shows is real.
 */
function oneSidedSplit(
  refCats: Map<string, number>,
  refTruncated: boolean,
  refOther: number,
  cur: ColumnData,
): [Map<string, number>, Map<string, number>] | undefined {
  if (refTruncated === cur.categoriesTruncated) return undefined;
  const [whole, capped, cappedOther] = refTruncated
    ? [cur.categories, refCats, refOther]
    : [refCats, cur.categories, cur.categoriesOther];
  if (whole.size === 0 || capped.size === 0) return undefined;
  let total = cappedOther;
  for (const n of capped.values()) total += n;
  const split = new Map<string, number>();
  let inWhole = 0;
  for (const k of whole.keys()) {
    const n = capped.get(k);
    if (n === undefined) return undefined;
    split.set(k, n);
    inWhole += n;
  }
  // The bucket exists on the capped side only: new (or vanished) values, reported as such.
  split.set(OTHER_VALUES, total - inWhole);
  return refTruncated ? [split, whole] : [whole, split];
}

/** Compares one column present on both sides; undefined when it is skipped (the metric says why). */
function compareColumn(run: DriftRun, name: string, r: RefColumn, cur: ColumnData): ColumnResult | undefined {
  const { o } = run;
  if (!nullsAndType(run, name, r, cur)) return undefined;
  // A numeric column now (or formerly) all null is still a numeric column: named by the numeric metric.
  const numericOrNull = (t: ColumnData['type']): boolean => isNumericType(t) || t === 'null';
  const numeric =
    numericOrNull(r.type) &&
    numericOrNull(cur.type) &&
    (isNumericType(r.type) || isNumericType(cur.type)) &&
    !o['categorical-columns'].includes(name);
  if (!o.columns?.includes(name) && identifierLike(r, cur, numeric)) {
    skippedMetric(run, name, numeric, {
      reason: 'identifier-like: every value is distinct (list it under "columns" to compare it anyway)',
    });
    return undefined;
  }
  const nRef = numeric ? (r.raw?.length ?? r.kll?.n ?? r.sketch?.n ?? 0) : r.count - r.nulls;
  const nCur = numeric ? numericCount(cur) : cur.count - cur.nulls;
  if (nRef < o['min-samples'] || nCur < o['min-samples']) {
    skippedMetric(run, name, numeric, {
      reason: 'insufficient data',
      referenceCount: nRef,
      currentCount: nCur,
      minSamples: o['min-samples'],
    });
    return undefined;
  }
  const small = Math.min(nRef, nCur) <= o['small-sample'];
  if (numeric) return numericDrift(name, r, cur, o, run.fromProfile, run.metrics, small);
  if (r.truncated || cur.categoriesTruncated || !r.categories) {
    // One side past the category cap and the other not: the cardinality exploded (or collapsed).
    const split = r.categories ? oneSidedSplit(r.categories, r.truncated, r.other, cur) : undefined;
    if (split) return categoricalDrift(name, split[0], split[1], o, run.metrics, run.findings, run.path, small);
    skippedMetric(run, name, false, { reason: 'high cardinality: too many distinct values to compare as categories' });
    return undefined;
  }
  return categoricalDrift(name, r.categories, cur.categories, o, run.metrics, run.findings, run.path, small);
}

/**
 * Benjamini–Hochberg across the columns that have a p-value. Columns judged by their p-value (small samples
 * under `metric: auto`) get their verdict here: drift when the adjusted p-value is at or below alpha.
 */
function applyPValues(results: ColumnResult[], o: DriftOptions): void {
  const withP = results.filter((c) => c.pvalueMetric && c.pvalueMetric.value !== null);
  if (withP.length === 0) return;
  const adjusted =
    o['p-values'].correction === 'bh'
      ? benjaminiHochberg(withP.map((c) => c.pvalueMetric!.value!))
      : withP.map((c) => c.pvalueMetric!.value!);
  const alpha = o['p-values'].alpha;
  withP.forEach((c, i) => {
    const adj = adjusted[i]!;
    c.pvalueMetric!.details = {
      ...c.pvalueMetric!.details,
      adjusted: adj,
      correction: o['p-values'].correction,
      alpha,
    };
    if (c.byPValue) {
      c.verdict = adj <= alpha ? 'fail' : 'pass';
      c.gating.verdict = c.verdict;
      c.gating.details = {
        ...c.gating.details,
        decision: `adjusted p-value ${adj.toPrecision(3)} ${adj <= alpha ? '≤' : '>'} alpha ${alpha}`,
      };
    } else if (o['p-values'].require && adj > alpha && c.verdict !== 'pass') {
      c.gating.details = {
        ...c.gating.details,
        note: `effect size is in the ${c.verdict} band but the adjusted p-value ${adj.toPrecision(3)} is above alpha; not counted as drift`,
      };
      c.verdict = 'pass';
      c.gating.verdict = 'pass';
    }
  });
}

/** The check's output from the column results: the drifted share, the outcome and the summary line. */
/** Why the columns were skipped, counted by reason (e.g. "2 insufficient data, 1 identifier-like"). */
function skipReasons(metrics: readonly Metric[]): string {
  const counts = new Map<string, number>();
  for (const m of metrics) {
    if (m.verdict !== 'skipped' || m.subject === undefined) continue;
    const reason = String(m.details?.reason ?? 'skipped').split(':')[0]!;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  if (counts.size === 0) return 'no column present on both sides was selected or comparable (see the findings)';
  return [...counts].map(([reason, n]) => `${n} column(s) ${reason}`).join(', ');
}

function driftOutcome(run: DriftRun, results: ColumnResult[], ref: ReferenceSide): CheckOutput {
  const { o, metrics, fromProfile } = run;
  const compared = results.length;
  const drifted = results.filter((c) => c.verdict === 'fail').map((c) => c.column);
  const warned = results.filter((c) => c.verdict === 'warn').map((c) => c.column);
  const share = compared > 0 ? drifted.length / compared : 0;
  let outcome: CheckOutput['outcome'] = 'pass';
  if (drifted.length > 0 && share >= o.share) outcome = 'fail';
  else if (drifted.length > 0 || warned.length > 0) outcome = 'warn';
  metrics.push({
    name: 'drifted_share',
    value: share,
    threshold: o.share,
    method: 'share',
    unit: 'ratio',
    verdict: outcome,
    details: { driftedColumns: drifted, warnedColumns: warned, comparedColumns: compared },
  });
  const source = fromProfile ? `reference profile ${ref.source}` : `reference data ${ref.source}`;
  // Nothing compared is nothing verified: not run (judged by the check's mode), never "no drift".
  const nothing = compared === 0 ? `no column could be compared against the ${source}: ${skipReasons(metrics)}` : '';
  if (nothing) outcome = 'not-run';
  const summary =
    compared === 0
      ? `not run: ${nothing}`
      : drifted.length > 0
        ? `${drifted.length}/${compared} columns drifted (${drifted.join(', ')}) against the ${source}`
        : warned.length > 0
          ? `${warned.length}/${compared} columns in the warn band (${warned.join(', ')}) against the ${source}`
          : `no drift in ${compared} columns against the ${source}`;
  return {
    id: 'drift',
    title: 'Drift against the reference',
    summary,
    findings: run.findings,
    metrics,
    outcome,
    ...(nothing ? { notRun: nothing } : {}),
    details: {
      reference: { kind: ref.kind, source: ref.source },
      driftedColumns: drifted,
      warnedColumns: warned,
      comparedColumns: compared,
      ...(fromProfile
        ? {
            note: 'computed from a reference profile: KS not available, Wasserstein approximated from the quantile sketch',
          }
        : {}),
    },
  };
}

/** Runs the drift comparison. `path` is the report path of the current dataset (for finding locations). */
export function driftCheck(
  ref: ReferenceSide,
  current: readonly ColumnData[],
  o: DriftOptions,
  path: string,
): CheckOutput {
  const refRows = ref.kind === 'raw' ? ref.columns.reduce((m, c) => Math.max(m, c.count), 0) : ref.profile.rows;
  if (refRows === 0) {
    // An empty reference makes every column look "identifier-like" or short of samples: say what is wrong.
    const what = ref.kind === 'raw' ? `reference data ${ref.source}` : `reference profile ${ref.source}`;
    return notRun('drift', 'Drift against the reference', `the ${what} has no data rows (a header at most)`);
  }
  const refs = refColumns(ref);
  const run: DriftRun = { o, path, fromProfile: ref.kind === 'profile', findings: [], metrics: [] };
  const wanted = (name: string): boolean =>
    (o.columns === undefined || o.columns.includes(name)) && !o['ignore-columns'].includes(name);
  const curByName = new Map(current.map((c) => [c.name, c]));
  run.findings.push(
    ...unknownColumnFindings(
      'drift',
      { columns: o.columns, 'categorical-columns': o['categorical-columns'], 'ignore-columns': o['ignore-columns'] },
      new Set([...refs.keys(), ...curByName.keys()]),
      'neither the reference nor the current data',
      path,
    ),
  );
  for (const [name] of refs) {
    if (wanted(name) && !curByName.has(name)) {
      run.findings.push({
        ruleId: 'drift.column-missing',
        severity: 'high',
        message: `Column ${name} is in the reference but not in the current data.`,
        location: { path, field: name },
        help: 'A column the model was trained with has disappeared; restore it or retrain without it.',
      });
    }
  }
  const results: ColumnResult[] = [];
  for (const cur of current) {
    if (!wanted(cur.name)) continue;
    const r = refs.get(cur.name);
    if (!r) {
      run.findings.push({
        ruleId: 'drift.column-new',
        severity: 'info',
        message: `Column ${cur.name} is new: it is not in the reference.`,
        location: { path, field: cur.name },
      });
      continue;
    }
    const result = compareColumn(run, cur.name, r, cur);
    if (result) results.push(result);
  }
  applyPValues(results, o);
  return driftOutcome(run, results, ref);
}

/** One side of a numeric comparison: exact sorted values, or a KLL sketch of them. */
interface NumericSide {
  exact?: Float64Array;
  kll?: KllSketch;
  n: number;
}

function refSide(r: RefColumn): NumericSide | undefined {
  if (r.raw) return { exact: r.raw, n: r.raw.length };
  if (r.kll) return { kll: r.kll, n: r.kll.n };
  return undefined;
}

function curSide(cur: ColumnData): NumericSide {
  return cur.sketched
    ? { kll: cur.sketched.sketch, n: cur.sketched.sketch.n }
    : { exact: cur.values, n: cur.values.length };
}

function weighted(s: NumericSide): WeightedSorted {
  return s.exact ? exactSorted(s.exact) : s.kll!.sorted();
}

function sideEpsilon(s: NumericSide): number {
  return s.kll ? s.kll.epsilon : 0;
}

/** Counts in the bins (−∞, e1], (e1, e2], …, (ek, ∞): exact from values, estimated from a sketch (±ε·n per edge). */
function sideBinCounts(s: NumericSide, edges: readonly number[]): number[] {
  if (s.exact) return binCounts(s.exact, edges);
  const counts: number[] = [];
  let prev = 0;
  for (const e of edges) {
    const c = Math.round(s.kll!.cdf(e) * s.n);
    counts.push(c - prev);
    prev = c;
  }
  counts.push(s.n - prev);
  return counts;
}

/** Reference-quantile bin edges (from the values, the sketch, or the profile) and both sides' counts. */
function numericBins(
  r: RefColumn,
  ref: NumericSide | undefined,
  cur: NumericSide,
  bins: number,
  curFixed?: { edges: number[]; counts: number[] },
) {
  let edges: number[];
  if (ref?.exact) edges = quantileEdges(ref.exact, bins);
  else if (ref?.kll) {
    edges = [];
    for (let i = 1; i < bins; i++) {
      const e = ref.kll.quantile(i / bins);
      if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
    }
  } else edges = r.edges!;
  const refCounts = ref ? sideBinCounts(ref, edges) : r.binCounts!;
  const fixed = curFixed && JSON.stringify(curFixed.edges) === JSON.stringify(edges) ? curFixed.counts : undefined;
  return { edges, refCounts, curCounts: fixed ?? sideBinCounts(cur, edges), curExact: !!fixed || !cur.kll };
}

/** The reference's bin edges per numeric column (what shards count their values on, for an exact merged PSI). */
export function referenceEdges(ref: ReferenceSide, bins: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [name, r] of refColumns(ref)) {
    if (!isNumericType(r.type)) continue;
    const side = refSide(r);
    if (side || r.edges) out.set(name, numericBins(r, side, { n: 0, exact: new Float64Array(0) }, bins).edges);
  }
  return out;
}

/** Wasserstein-1 between the sides: exact, from sketches (bounded), or from the reference profile's quantiles. */
function numericWasserstein(
  r: RefColumn,
  ref: NumericSide | undefined,
  cur: NumericSide,
  exact?: EcdfDistances,
): { w: number; details: Record<string, unknown> } {
  if (ref?.exact && cur.exact)
    return { w: exact ? exact.wasserstein : wasserstein(ref.exact, cur.exact), details: { exact: true } };
  if (ref) {
    const eps = sideEpsilon(ref) + sideEpsilon(cur);
    const lo = Math.min(ref.exact?.[0] ?? ref.kll!.min, cur.exact?.[0] ?? cur.kll!.min);
    const hi = Math.max(ref.exact?.[ref.n - 1] ?? ref.kll!.max, cur.exact?.[cur.n - 1] ?? cur.kll!.max);
    return {
      w: cdfDistances(weighted(ref), weighted(cur)).wasserstein,
      details: { exact: false, sketched: { epsilon: eps, bound: eps * (hi - lo) }, approximation: SKETCH_NOTE },
    };
  }
  // Area between quantile functions, from the reference profile's sketch against the current data's quantiles.
  const cs = cur.exact ? sketchOf(cur.exact) : quantilePoints(cur.kll!);
  const k = cs.q.length - 1;
  let area = 0;
  for (let i = 0; i < k; i++) {
    const d0 = Math.abs(sketchQuantile(r.sketch!, i / k) - cs.q[i]!);
    const d1 = Math.abs(sketchQuantile(r.sketch!, (i + 1) / k) - cs.q[i + 1]!);
    area += (d0 + d1) / 2 / k;
  }
  return {
    w: area,
    details: {
      exact: false,
      approximation: `quantile sketch with ${k + 1} points (trapezoid over the quantile functions)`,
    },
  };
}

const SKETCH_NOTE =
  'KLL sketch (sketch-above): each CDF within ±ε of the exact one; KS within ±(ε_ref + ε_cur), Wasserstein within ±(ε_ref + ε_cur)·(max − min)';

function quantilePoints(k: KllSketch, steps = 1000): { n: number; q: number[] } {
  const q: number[] = [];
  for (let i = 0; i <= steps; i++) q.push(k.quantile(i / steps));
  return { n: k.n, q };
}

/** The KS metric (exact, or from sketches with its bound); undefined against a profile. */
function numericKs(
  name: string,
  ref: NumericSide | undefined,
  cur: NumericSide,
  exact?: EcdfDistances,
): { metric: Metric; pvalue: number; method: string } | undefined {
  if (!ref) return undefined;
  if (ref.exact && cur.exact) {
    const ks = ks2samp(ref.exact, cur.exact, 'auto', exact?.ks);
    return {
      pvalue: ks.pvalue,
      method: ks.method === 'exact' ? 'exact (n ≤ 10000)' : 'asymptotic kstwo(round(n1·n2/(n1+n2)))',
      metric: {
        name: 'ks',
        method: 'ks',
        subject: name,
        value: ks.statistic,
        details: {
          pvalue: ks.pvalue,
          distribution: ks.method,
          location: ks.location,
          sign: ks.sign,
          alternative: 'two-sided',
        },
      },
    };
  }
  const eps = sideEpsilon(ref) + sideEpsilon(cur);
  const d = cdfDistances(weighted(ref), weighted(cur)).ks;
  const [m, n] = ref.n >= cur.n ? [ref.n, cur.n] : [cur.n, ref.n];
  const pvalue = Math.min(Math.max(kolmognSf(roundHalfEven((m * n) / (m + n)), d), 0), 1);
  return {
    pvalue,
    method: `asymptotic kstwo(round(n1·n2/(n1+n2))) of the sketched statistic`,
    metric: {
      name: 'ks',
      method: `ks (sketched, ±${eps.toPrecision(2)})`,
      subject: name,
      value: d,
      details: {
        pvalue,
        distribution: 'asymp',
        alternative: 'two-sided',
        sketched: { epsilon: eps, note: SKETCH_NOTE },
      },
    },
  };
}

function numericDrift(
  name: string,
  r: RefColumn,
  cur: ColumnData,
  o: DriftOptions,
  fromProfile: boolean,
  metrics: Metric[],
  small: boolean,
): ColumnResult {
  const ref = refSide(r);
  const cs = curSide(cur);
  // Both exact: KS and Wasserstein from one merge of the sorted values.
  const exact = ref?.exact && cs.exact && ref.n > 0 && cs.n > 0 ? ecdfDistances(ref.exact, cs.exact) : undefined;
  const { edges, refCounts, curCounts, curExact } = numericBins(r, ref, cs, o.bins, cur.fixedBins);
  const nRef = ref ? ref.n : (r.sketch?.n ?? 0);
  const binsSketched = !!ref?.kll || !curExact;
  const byMetric = new Map<NumericMetric, Metric>();
  byMetric.set('psi', {
    name: 'psi',
    method: binsSketched ? 'psi (sketched bins)' : 'psi',
    subject: name,
    value: psi(refCounts, curCounts, o.epsilon),
    details: {
      binning: BINNING_DESCRIPTION,
      bins: refCounts.length,
      edges,
      referenceCounts: refCounts,
      currentCounts: curCounts,
      epsilon: o.epsilon,
      logBase: 'e',
      referenceCount: nRef,
      currentCount: cs.n,
      ...(binsSketched
        ? {
            sketched: {
              epsilon: sideEpsilon(ref ?? { n: 0 }) + (curExact ? 0 : sideEpsilon(cs)),
              note: 'edges and counts from KLL sketches: each count within ±2ε·n',
            },
          }
        : {}),
    },
  });

  const std = r.std ?? Number.NaN;
  const { w, details: wDetails } = numericWasserstein(r, ref, cs, exact);
  // As Evidently: divided by the reference standard deviation (ddof=0), floored at 0.001 so constant columns stay finite.
  const norm = Math.max(Number.isFinite(std) ? std : 0, WASSERSTEIN_STD_FLOOR);
  const wn = w / norm;
  const wSketched = wDetails.sketched as { epsilon: number; bound: number } | undefined;
  byMetric.set('wasserstein_normed', {
    name: 'wasserstein_normed',
    method: wSketched
      ? `wasserstein_normed (sketched, ±${(wSketched.bound / norm).toPrecision(2)})`
      : 'wasserstein_normed',
    subject: name,
    value: Number.isFinite(wn) ? wn : null,
    details: {
      wasserstein: w,
      normalisation: `divided by max(reference standard deviation (ddof=0), ${WASSERSTEIN_STD_FLOOR})`,
      referenceStd: std,
      ...wDetails,
      ...(wSketched ? { sketched: { ...wSketched, normedBound: wSketched.bound / norm } } : {}),
    },
  });

  let pvalueMetric: Metric | undefined;
  const ks = numericKs(name, ref, cs, exact);
  if (ks) {
    byMetric.set('ks', ks.metric);
    if (o['p-values'].compute || (o.numeric.metric === 'auto' && small)) {
      pvalueMetric = {
        name: 'ks_pvalue',
        method: 'ks',
        subject: name,
        value: ks.pvalue,
        details: { distribution: ks.method, evidenceOnly: !o['p-values'].require },
      };
    }
  }
  return judgeNumeric(name, byMetric, pvalueMetric, o, fromProfile, metrics, small, Math.min(nRef, cs.n));
}

/** The column's verdict: by the KS p-value for small samples under `auto`, else by the effect size's bands. */
function judgeNumeric(
  name: string,
  byMetric: Map<NumericMetric, Metric>,
  pvalueMetric: Metric | undefined,
  o: DriftOptions,
  fromProfile: boolean,
  metrics: Metric[],
  small: boolean,
  fewest: number,
): ColumnResult {
  const auto = o.numeric.metric === 'auto';
  if (auto && small && pvalueMetric) {
    // Small sample: the KS p-value decides (after Benjamini–Hochberg across columns, in driftCheck).
    pvalueMetric.threshold = o['p-values'].alpha;
    pvalueMetric.details = { ...pvalueMetric.details, evidenceOnly: false, gating: 'p-value (small sample)' };
    for (const m of byMetric.values()) metrics.push(m);
    metrics.push(pvalueMetric);
    return { column: name, kind: 'numeric', verdict: 'pass', gating: pvalueMetric, pvalueMetric, byPValue: true };
  }
  let metric = effectMetric<NumericMetric>(o.numeric.metric, true);
  let note: string | undefined;
  if (auto && small)
    note = `only ${fewest} values, but KS needs the raw reference rows; judged on the effect size because the reference is a profile`;
  if (metric === 'ks' && fromProfile) {
    metric = 'psi';
    note = 'KS needs the raw reference rows; gated on PSI because the reference is a profile';
  }
  const bands = { ...DEFAULT_BANDS[metric], ...pickBands(o.numeric) };
  const gating = byMetric.get(metric)!;
  const verdict = gating.value === null ? 'fail' : band(gating.value, bands);
  gating.verdict = verdict;
  gating.threshold = bands.fail;
  gating.details = { ...gating.details, bands, ...(note ? { note } : {}) };
  for (const m of byMetric.values()) metrics.push(m);
  if (pvalueMetric) metrics.push(pvalueMetric);
  return { column: name, kind: 'numeric', verdict, gating, ...(pvalueMetric ? { pvalueMetric } : {}) };
}

function pickBands(b: { warn?: number; fail?: number }): Partial<{ warn: number; fail: number }> {
  return { ...(b.warn !== undefined ? { warn: b.warn } : {}), ...(b.fail !== undefined ? { fail: b.fail } : {}) };
}

const MAX_LISTED = 10;

function categoricalDrift(
  name: string,
  refCats: Map<string, number>,
  curCats: Map<string, number>,
  o: DriftOptions,
  metrics: Metric[],
  findings: Finding[],
  path: string,
  small: boolean,
): ColumnResult {
  const keys = [...new Set([...refCats.keys(), ...curCats.keys()])].sort();
  const p = keys.map((k) => refCats.get(k) ?? 0);
  const q = keys.map((k) => curCats.get(k) ?? 0);
  const added = keys.filter((k) => !refCats.has(k));
  const vanished = keys.filter((k) => !curCats.has(k));
  const common = {
    categories: keys.length,
    newCategories: added.slice(0, MAX_LISTED),
    vanishedCategories: vanished.slice(0, MAX_LISTED),
  };
  const byMetric = new Map<CategoricalMetric, Metric>();
  byMetric.set('psi', {
    name: 'psi',
    method: 'psi',
    subject: name,
    value: psi(p, q, o.epsilon),
    details: { binning: 'one bin per category', epsilon: o.epsilon, logBase: 'e', ...common },
  });
  byMetric.set('jensen_shannon', {
    name: 'jensen_shannon',
    method: 'jensen_shannon',
    subject: name,
    value: jensenShannon(p, q),
    details: { kind: 'distance (square root of the divergence)', logBase: 'e', epsilon: 0 },
  });
  byMetric.set('linf', {
    name: 'linf',
    method: 'linf',
    subject: name,
    value: lInfinity(p, q),
    details: { kind: 'largest absolute difference between category shares' },
  });
  const byP = o.categorical.metric === 'auto' && small;
  let pvalueMetric: Metric | undefined;
  if (o['p-values'].compute || byP) {
    const chi = chi2Contingency(p, q);
    pvalueMetric = {
      name: 'chi2_pvalue',
      method: 'chi2',
      subject: name,
      value: chi.pvalue,
      details: { statistic: chi.statistic, dof: chi.dof, yates: chi.yates, evidenceOnly: !o['p-values'].require },
    };
  }
  let gating: Metric;
  let verdict: Verdict;
  if (byP && pvalueMetric) {
    // Small sample: the chi-square p-value decides (after Benjamini–Hochberg across columns, in driftCheck).
    pvalueMetric.threshold = o['p-values'].alpha;
    pvalueMetric.details = { ...pvalueMetric.details, evidenceOnly: false, gating: 'p-value (small sample)' };
    gating = pvalueMetric;
    verdict = 'pass';
  } else {
    const metric = effectMetric<CategoricalMetric>(o.categorical.metric, false);
    const bands = { ...DEFAULT_BANDS[metric], ...pickBands(o.categorical) };
    gating = byMetric.get(metric)!;
    verdict = band(gating.value!, bands);
    gating.verdict = verdict;
    gating.threshold = bands.fail;
    gating.details = { ...gating.details, bands };
  }
  for (const m of byMetric.values()) metrics.push(m);
  if (pvalueMetric) metrics.push(pvalueMetric);
  if (added.length > 0) {
    const share = added.reduce((a, k) => a + (curCats.get(k) ?? 0), 0) / q.reduce((a, b) => a + b, 0);
    findings.push({
      ruleId: 'drift.new-category',
      severity: 'low',
      message: `Column ${name}: ${added.length} categor${added.length === 1 ? 'y' : 'ies'} not in the reference (${(share * 100).toFixed(1)}% of current rows), e.g. ${added
        .slice(0, 3)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}.`,
      location: { path, field: name },
    });
  }
  if (vanished.length > 0) {
    findings.push({
      ruleId: 'drift.vanished-category',
      severity: 'info',
      message: `Column ${name}: ${vanished.length} reference categor${vanished.length === 1 ? 'y is' : 'ies are'} absent from the current data.`,
      location: { path, field: name },
    });
  }
  return {
    column: name,
    kind: 'categorical',
    verdict,
    gating,
    ...(pvalueMetric ? { pvalueMetric } : {}),
    ...(byP ? { byPValue: true } : {}),
  };
}
