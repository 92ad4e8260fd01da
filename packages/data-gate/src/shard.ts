/**
 * Sharded data-gate runs (issue #19). With `--shard i/N`, a run profiles only its part of the CURRENT dataset
 * (whole files when there are several; row groups of a single Parquet file; a single CSV/JSONL file stays whole,
 * in one shard) and ships a mergeable profile of it in `details.partialProfile` (`PartialProfile` below).
 * `dataGate.mergeShards` merges the profiles and judges drift, outliers and label balance once, against the
 * reference, as an unsharded run would.
 *
 * Exact after a merge: row and null counts, column types, category counts (so chi-square, Jensen–Shannon, L∞
 * and categorical PSI), numeric PSI (counts on the reference's fixed bins, counted in each shard), mean and
 * standard deviation (Chan's parallel formula). Approximate: KS, Wasserstein and quantiles (outlier fences),
 * from merged KLL sketches: the current CDF is within ±ε (ε = 2.5/k = 0.0025) of the exact one, so KS is
 * within ±ε against raw reference rows and Wasserstein within ±ε·(max − min); a merged column of at most k
 * values is exact. Per-row checks (schema rules, PII, secrets, integrity, leakage against the whole held-out
 * split) judge each row in its shard and concatenate exactly; rules that need all rows at once (schema
 * `unique`, `min-rows`, `max-rows`) are said to be per shard in the merged schema check.
 */
import { stat } from 'node:fs/promises';
import {
  KllSketch,
  parquetRowGroups,
  planDigest,
  selectShard,
  UserError,
  type Check,
  type CheckOutput,
  type GateResult,
  type KllSketchJson,
  type ShardInfo,
  type ShardSpec,
  type Subject,
  type SubjectOutput,
  type TableFile,
  type TableSummary,
  type WorkItem,
} from '@ml-gates/core';
import { INTEGRITY_KIND } from './checks/integrity.js';
import type { ReadResult } from './dataset.js';
import { canonicalCategories, type ColumnData, type ColumnType } from './profile/accumulate.js';
import { binCounts, type DataProfile } from './profile/profile.js';

export const PARTIAL_PROFILE_KIND = 'ml-gates/data-partial-profile';
export const PARTIAL_PROFILE_VERSION = 1;

/** One column of a shard's profile: everything the merge needs, nothing per row. */
export interface PartialColumn {
  name: string;
  count: number;
  nulls: number;
  integerCount: number;
  infiniteCount: number;
  booleanCount: number;
  stringCount: number;
  /** [value text, count] pairs (at most max-categories). */
  categories: [string, number][];
  categoriesOther: number;
  categoriesTruncated: boolean;
  /** Finite numbers: KLL sketch, exact count/mean/M2 (sum of squared deviations). */
  numeric?: {
    sketch: KllSketchJson;
    n: number;
    mean: number;
    m2: number;
    /**
     * Set when every value of the shard is distinct and an integer: the runs of consecutive integers
     * [first, last] they form (at most MAX_RUNS; ids split across shards). Disjoint runs across all shards
     * prove the merged column distinct (identifier-like), exactly.
     */
    distinctRuns?: [number, number][];
  };
  /** Counts of the finite numbers on the reference's bin edges (counted exactly unless `exact` is false). */
  bins?: { edges: number[]; counts: number[]; exact: boolean };
}

/** `details.partialProfile` of a shard's result (JSON). */
export interface PartialProfile {
  kind: typeof PARTIAL_PROFILE_KIND;
  version: typeof PARTIAL_PROFILE_VERSION;
  rows: number;
  files: TableSummary[];
  columns: PartialColumn[];
  /** Outcome of each check as the gate gave it, before policy judged it (the merge re-judges). */
  outcomes: Record<string, CheckOutput['outcome'] | undefined>;
  /**
   * The default-branch reference profile the shard was given (the merge has no GitHub services to fetch it, and
   * must judge against the very profile the shard counted its bins on), or why there was none.
   */
  reference?: ShardReference;
}

/** A default-branch reference as a shard saw it: the profile with its digest, or why it was missing. */
export type ShardReference =
  | { source: string; sha256: string; size: number; profile: DataProfile }
  | { missing: { reason: string; baseline: boolean; error?: boolean } };

/** Checks judged once at the merge from the merged profile (the others concatenate). */
export const MERGE_JUDGED = ['drift', 'outliers', 'label-balance'] as const;

function isParquet(f: TableFile): boolean {
  return /\.(parquet|pq)$/i.test(f.relPath);
}

/**
 * The work list of the current dataset and this shard's part: whole files, or the row groups of a single
 * Parquet file (keys `path#rg=i`).
 */
export async function shardDataset(
  files: readonly TableFile[],
  spec: ShardSpec,
): Promise<{ files: TableFile[]; info: ShardInfo }> {
  let items: (WorkItem & { file: TableFile; group?: number })[];
  if (files.length === 1 && isParquet(files[0]!)) {
    const f = files[0]!;
    const groups = await parquetRowGroups(f.path);
    items = groups.map((g, i) => ({ key: `${f.relPath}#rg=${i}`, bytes: g.bytes || g.rows, file: f, group: i }));
  } else {
    items = [];
    for (const f of files) items.push({ key: f.relPath, bytes: (await stat(f.path)).size, file: f });
  }
  const mine = selectShard(items, spec);
  const info: ShardInfo = { ...spec, plan: planDigest(items), items: mine.length };
  if (mine.length > 0 && mine[0]!.group !== undefined) {
    const groups = mine.map((m) => m.group!).sort((a, b) => a - b);
    return { files: [{ ...mine[0]!.file, rowGroups: groups }], info };
  }
  return { files: mine.map((m) => m.file), info };
}

function moments(values: Float64Array): { mean: number; m2: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const d = x - mean;
    mean += d / (i + 1);
    m2 += d * (x - mean);
  }
  return { mean, m2 };
}

function numericPart(c: ColumnData): PartialColumn['numeric'] {
  if (c.sketched) {
    const n = c.sketched.sketch.n;
    const m2 = c.sketched.std ** 2 * n;
    return { sketch: c.sketched.sketch.toJSON(), n, mean: c.sketched.mean, m2 };
  }
  if (c.values.length === 0) return undefined;
  const sketch = new KllSketch();
  sketch.updateAll(c.values);
  const runs = distinctRuns(c.values);
  return { sketch: sketch.toJSON(), n: c.values.length, ...moments(c.values), ...(runs ? { distinctRuns: runs } : {}) };
}

const MAX_RUNS = 1024;

/** Runs of consecutive integers of sorted, distinct integer values; undefined otherwise or when too many. */
function distinctRuns(v: Float64Array): [number, number][] | undefined {
  const runs: [number, number][] = [];
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (!Number.isInteger(x) || (i > 0 && x === v[i - 1])) return undefined;
    const last = runs[runs.length - 1];
    if (last && x === last[1] + 1) last[1] = x;
    else {
      if (runs.length === MAX_RUNS) return undefined;
      runs.push([x, x]);
    }
  }
  return runs;
}

function binsPart(c: ColumnData, edges: number[] | undefined): PartialColumn['bins'] {
  if (!edges) return undefined;
  if (!c.sketched) return { edges, counts: binCounts(c.values, edges), exact: true };
  const k = c.sketched.sketch;
  const counts: number[] = [];
  let prev = 0;
  for (const e of edges) {
    const at = Math.round(k.cdf(e) * k.n);
    counts.push(at - prev);
    prev = at;
  }
  counts.push(k.n - prev);
  return { edges, counts, exact: false };
}

/** The shard's mergeable profile; `edges` are the reference's bin edges per numeric column. */
export function partialProfileOf(
  current: ReadResult,
  edges: ReadonlyMap<string, number[]>,
  checks: readonly CheckOutput[],
): PartialProfile {
  return {
    kind: PARTIAL_PROFILE_KIND,
    version: PARTIAL_PROFILE_VERSION,
    rows: current.rows,
    files: current.files,
    columns: current.columns.map((c) => {
      const numeric = numericPart(c);
      const bins = numeric ? binsPart(c, edges.get(c.name)) : undefined;
      return {
        name: c.name,
        count: c.count,
        nulls: c.nulls,
        integerCount: c.integerCount,
        infiniteCount: c.infiniteCount,
        booleanCount: c.booleanCount,
        stringCount: c.stringCount,
        // As read: the merge keys them by the merged column's type (a shard may see only numbers).
        categories: [...(c.rawCategories ?? c.categories)],
        categoriesOther: c.categoriesOther,
        categoriesTruncated: c.categoriesTruncated,
        ...(numeric ? { numeric } : {}),
        ...(bins ? { bins } : {}),
      };
    }),
    outcomes: Object.fromEntries(checks.map((c) => [c.id, c.outcome])),
  };
}

/** The partial profile of a shard's result; a clear error when it is missing or of another kind. */
export function partialProfileFrom(r: GateResult): PartialProfile {
  const p = r.details?.partialProfile as Partial<PartialProfile> | undefined;
  const which = r.shard ? `shard ${r.shard.index}/${r.shard.count}` : 'a report';
  if (!p || p.kind !== PARTIAL_PROFILE_KIND || !Array.isArray(p.columns)) {
    throw new UserError('input-invalid', `The data-gate result of ${which} carries no partial profile.`, {
      details: ['Merge the reports of a sharded run (data-gate with --shard i/N), not whole runs.'],
    });
  }
  if (p.version !== PARTIAL_PROFILE_VERSION) {
    throw new UserError(
      'input-invalid',
      `The partial profile of ${which} has version ${String(p.version)}; this ml-gates merges version ${PARTIAL_PROFILE_VERSION}.`,
    );
  }
  return p as PartialProfile;
}

interface MergedColumn {
  col: PartialColumn;
  categories: Map<string, number>;
  sketch?: KllSketch;
  n: number;
  mean: number;
  m2: number;
  bins?: { edges: number[]; counts: number[]; exact: boolean };
  binsValid: boolean;
  /** Whether the shards with numbers in this column counted them on reference bins (the same in every shard). */
  binned?: boolean;
  /** Runs of distinct integers of every shard so far; undefined once a shard has none to give. */
  distinctRanges?: [number, number][];
}

function addColumn(m: MergedColumn, c: PartialColumn): void {
  const t = m.col;
  t.count += c.count;
  t.nulls += c.nulls;
  t.integerCount += c.integerCount;
  t.infiniteCount += c.infiniteCount;
  t.booleanCount += c.booleanCount;
  t.stringCount += c.stringCount;
  t.categoriesOther += c.categoriesOther;
  t.categoriesTruncated ||= c.categoriesTruncated;
  for (const [k, v] of c.categories) m.categories.set(k, (m.categories.get(k) ?? 0) + v);
  if (c.numeric && c.numeric.n > 0) {
    const s = KllSketch.fromJSON(c.numeric.sketch);
    if (m.sketch) m.sketch.merge(s);
    else m.sketch = s;
    // Chan et al.'s pairwise update of the mean and the sum of squared deviations.
    const n = m.n + c.numeric.n;
    const d = c.numeric.mean - m.mean;
    m.mean += (d * c.numeric.n) / n;
    m.m2 += c.numeric.m2 + (d * d * m.n * c.numeric.n) / n;
    m.n = n;
    if (m.distinctRanges && c.numeric.distinctRuns) m.distinctRanges.push(...c.numeric.distinctRuns);
    else m.distinctRanges = undefined;
  }
  mergeBins(m, c);
}

/**
 * Adds fixed-bin counts counted on the same edges. Shards of one run count on the one reference's edges (its
 * digest is checked equal in every shard), so other edges, or bins in one shard and none in another, mean the
 * shards did not compare with one reference: refused, never a silent fall-back to approximate statistics.
 */
function mergeBins(m: MergedColumn, c: PartialColumn): void {
  const hasNumbers = (c.numeric?.n ?? 0) > 0;
  if (!hasNumbers) return;
  const counted = c.bins !== undefined;
  if (m.binned === undefined) m.binned = counted;
  else if (m.binned !== counted) throw differentBins(c.name);
  if (!c.bins) {
    m.binsValid = false;
    return;
  }
  if (!m.bins) {
    m.bins = { edges: [...c.bins.edges], counts: [...c.bins.counts], exact: c.bins.exact };
    return;
  }
  if (JSON.stringify(m.bins.edges) !== JSON.stringify(c.bins.edges)) throw differentBins(c.name);
  c.bins.counts.forEach((v, i) => (m.bins!.counts[i]! += v));
  m.bins.exact &&= c.bins.exact;
}

function differentBins(column: string): UserError {
  return new UserError(
    'input-invalid',
    `Cannot merge data-gate: the shards counted column ${column} on different reference bins (they compared with different references).`,
    { details: ['Every shard must compare with the same reference; re-run the matrix from one commit.'] },
  );
}

function columnType(c: PartialColumn, numbers: number): ColumnType {
  const nonNull = c.count - c.nulls;
  if (nonNull === 0) return 'null';
  if (c.stringCount === 0 && c.booleanCount === 0)
    return c.integerCount === numbers && c.infiniteCount === 0 ? 'integer' : 'number';
  if (c.stringCount === 0 && numbers === 0) return 'boolean';
  return 'string';
}

function finishColumn(m: MergedColumn, maxCategories: number): ColumnData {
  const c = m.col;
  const type = columnType(c, m.n);
  let categories = canonicalCategories(m.categories, type);
  let truncated = c.categoriesTruncated;
  if (m.categories.size > maxCategories) truncated = true;
  // A numeric column past the cap stops counting categories, as in one read (ProfileSink).
  if (truncated && c.stringCount + c.booleanCount === 0) categories = new Map();
  const sketch = m.sketch;
  const exactValues = sketch && sketch.epsilon === 0 ? Float64Array.from(sketch.sorted().values) : undefined;
  const out: ColumnData = {
    name: c.name,
    type,
    count: c.count,
    nulls: c.nulls,
    values: exactValues ?? new Float64Array(0),
    ...(sketch && !exactValues
      ? { sketched: { sketch, mean: m.mean, std: m.n > 0 ? Math.sqrt(m.m2 / m.n) : Number.NaN } }
      : {}),
    integerCount: c.integerCount,
    infiniteCount: c.infiniteCount,
    booleanCount: c.booleanCount,
    stringCount: c.stringCount,
    categories,
    categoriesOther: c.categoriesOther,
    categoriesTruncated: truncated,
  };
  if (m.binsValid && m.bins?.exact && !exactValues) out.fixedBins = { edges: m.bins.edges, counts: m.bins.counts };
  if (!exactValues && m.distinctRanges) out.allDistinct = disjoint(m.distinctRanges);
  return out;
}

/** True when no two [min, max] ranges overlap (distinct values in each, hence in all). */
function disjoint(ranges: [number, number][]): boolean {
  const s = [...ranges].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < s.length; i++) if (s[i]![0] <= s[i - 1]![1]) return false;
  return true;
}

/** Merges shard profiles (columns by name, in order of first appearance) into one read result. */
export function mergePartialProfiles(parts: readonly PartialProfile[], maxCategories: number): ReadResult {
  const byName = new Map<string, MergedColumn>();
  let rows = 0;
  const files: TableSummary[] = [];
  for (const p of parts) {
    // Columns a shard never saw are all null for its rows (as one read of all files pads them).
    for (const m of byName.values())
      if (!p.columns.some((c) => c.name === m.col.name)) {
        m.col.count += p.rows;
        m.col.nulls += p.rows;
      }
    for (const c of p.columns) {
      let m = byName.get(c.name);
      if (!m) {
        const empty: PartialColumn = {
          ...c,
          count: rows,
          nulls: rows,
          integerCount: 0,
          infiniteCount: 0,
          booleanCount: 0,
          stringCount: 0,
          categories: [],
          categoriesOther: 0,
          categoriesTruncated: false,
        };
        m = { col: empty, categories: new Map(), n: 0, mean: 0, m2: 0, binsValid: true, distinctRanges: [] };
        byName.set(c.name, m);
      }
      addColumn(m, c);
    }
    rows += p.rows;
    files.push(...p.files);
  }
  return { rows, files, columns: [...byName.values()].map((m) => finishColumn(m, maxCategories)) };
}

/** A judged check of a partial result, back as the gate's output (its own outcome as the shard gave it). */
export function asOutput(c: Check, outcome: CheckOutput['outcome'] | undefined): CheckOutput {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    findings: c.findings,
    metrics: c.metrics,
    ...(outcome ? { outcome } : {}),
    ...(c.notRun ? { notRun: c.notRun } : {}),
    ...(c.details ? { details: c.details } : {}),
  };
}

const OUTCOME_RANK: Record<string, number> = { pass: 0, warn: 1, fail: 2, error: 3, 'not-run': 4 };

/** One check from the shards' copies of it: findings and metrics concatenated, the worst own outcome. */
export function concatenateCheck(copies: { check: Check; outcome: CheckOutput['outcome'] | undefined }[]): CheckOutput {
  const first = copies[0]!.check;
  let outcome: CheckOutput['outcome'] | undefined;
  for (const { outcome: o } of copies) {
    if (o && (outcome === undefined || OUTCOME_RANK[o]! > OUTCOME_RANK[outcome]!)) outcome = o;
  }
  const notRun = copies.find((c) => c.check.notRun)?.check.notRun;
  return {
    id: first.id,
    title: first.title,
    summary: `${copies.length} shard(s): ${[...new Set(copies.map((c) => c.check.summary))].join('; ')}`,
    findings: copies.flatMap((c) => c.check.findings),
    metrics: copies.flatMap((c) => c.check.metrics),
    ...(outcome ? { outcome } : {}),
    ...(notRun ? { notRun } : {}),
    details: {
      mergedFrom: copies.length,
      ...(first.id === 'schema'
        ? { perShard: 'unique, min-rows and max-rows were judged within each shard, not across all rows' }
        : {}),
    },
  };
}

/**
 * Subject kinds every shard reads whole (the drift reference, the held-out split): the gate's
 * `sharedSubjectKinds`, which core's merge requires equal (same files, same bytes) in every shard.
 */
export const SHARED_KINDS = ['dataset/reference', 'dataset/test'] as const;
const isShared = (s: Pick<Subject, 'kind'>): boolean =>
  (SHARED_KINDS as readonly (string | undefined)[]).includes(s.kind);

const shardName = (r: GateResult, i: number): string =>
  r.shard ? `shard ${r.shard.index}/${r.shard.count}` : `report ${i + 1}`;

/**
 * The merged subjects: each dataset file once (a Parquet file split by row groups: its parts must be the same
 * bytes and disjoint row groups; rows added), and the shared files once. A dataset file in two shards is
 * refused: every file belongs to one shard of a plan. A subject a shard could not read stays `error`.
 */
export function mergeShardSubjects(partials: readonly GateResult[]): SubjectOutput[] {
  const byPath = new Map<string, { s: SubjectOutput; from: string; groups?: number[] }>();
  const overlaps: string[] = [];
  partials.forEach((r, i) => {
    for (const { verdict, ...s } of r.subjects) {
      const from = shardName(r, i);
      // A shared file (checked equal in every shard by core's merge: Gate.sharedSubjectKinds) is one entry per
      // role; a dataset file
      // is one entry per path.
      const key = isShared(s) || s.kind === INTEGRITY_KIND ? `${s.kind}\0${s.path}` : s.path;
      const seen = byPath.get(key);
      const groups = Array.isArray(s.details?.rowGroups) ? (s.details.rowGroups as number[]) : undefined;
      if (!seen) {
        const copy = { ...s, details: { ...s.details }, ...(verdict === 'error' ? { verdict } : {}) };
        byPath.set(key, { s: copy, from, ...(groups ? { groups: [...groups] } : {}) });
        continue;
      }
      if (verdict === 'error') seen.s.verdict = verdict;
      if (isShared(s)) continue;
      // A manifest or `.dvc` file every shard verified against (or the sidecar of a Parquet file split by row
      // groups): one entry, when every shard read the same bytes.
      if (s.kind === INTEGRITY_KIND && s.sha256 === seen.s.sha256) continue;
      const split = groups && seen.groups && !groups.some((g) => seen.groups!.includes(g));
      if (!split || s.sha256 !== seen.s.sha256 || s.kind !== seen.s.kind) {
        const what = split ? 'parts of one Parquet file with other bytes (it changed between the shards)' : 'in';
        overlaps.push(
          `${s.path}: ${what} ${seen.from} (sha256 ${seen.s.sha256 ?? '(none)'}) and ${from} (sha256 ${s.sha256 ?? '(none)'})`,
        );
        continue;
      }
      seen.groups!.push(...groups);
      const rows = Number(seen.s.details?.rows ?? 0) + Number(s.details?.rows ?? 0);
      seen.s.details = { ...seen.s.details, rows, rowGroups: [...seen.groups!].sort((a, b) => a - b) };
    }
  });
  if (overlaps.length > 0) {
    throw new UserError(
      'input-invalid',
      'Cannot merge data-gate: shards overlap (a dataset file is in two shards) or read other bytes of one file.',
      {
        details: [
          ...overlaps.slice(0, 20),
          'Each file (or Parquet row group) belongs to one shard: re-run the shards of one matrix, unedited.',
        ],
      },
    );
  }
  return [...byPath.values()].map((v) => v.s);
}

/** How a shard's default-branch reference reads in a refusal: its digest, or why it had none. */
function describeShardReference(r: ShardReference | undefined): string {
  if (!r) return '(none: no default-branch profile recorded)';
  if ('missing' in r) return `(missing: ${r.missing.reason})`;
  return `sha256 ${r.sha256} (${r.source})`;
}

/**
 * The default-branch reference every shard was given, which must be one and the same (digest, or the same reason
 * it was missing); undefined when no shard recorded one (a reference from the workspace, read again at the merge).
 */
export function sameShardReference(
  partials: readonly GateResult[],
  profiles: readonly PartialProfile[],
): ShardReference | undefined {
  if (profiles.every((p) => p.reference === undefined)) return undefined;
  const groups = new Map<string, string[]>();
  profiles.forEach((p, i) => {
    const key = describeShardReference(p.reference);
    groups.set(key, [...(groups.get(key) ?? []), shardName(partials[i]!, i)]);
  });
  if (groups.size > 1) {
    throw new UserError(
      'input-invalid',
      'Cannot merge data-gate: the shards compared with different default-branch profiles.',
      {
        details: [
          ...[...groups].map(([ref, shards]) => `${shards.join(', ')}: ${ref}`),
          'Every shard must use the same reference; re-run the matrix once the default-branch artifact is settled.',
        ],
      },
    );
  }
  return profiles[0]!.reference;
}
