/**
 * Turns a predictions table into typed arrays: labels, predictions and scores, with the task inferred when
 * not given. Every problem names the file, the row and the column, and says how to fix it.
 */
import { UserError, type Cell } from '@ml-gates/core';
import { readTable, type Table } from './read.js';

export type Task = 'binary' | 'multiclass' | 'regression';

export interface ColumnOptions {
  label?: string;
  prediction?: string;
  /** One probability (or score) column: the positive class's, for binary tasks. */
  score?: string;
  /** Prefix of one probability column per class (`proba_` → `proba_cat`, `proba_dog`). */
  'score-prefix'?: string;
  group?: string;
  slices?: string[];
  /** Row identifier used to pair candidate and baseline rows. */
  id?: string;
}

export interface LoadOptions {
  columns: ColumnOptions;
  task?: Task;
  /** The positive class of a binary task (as written in the file). */
  'pos-label'?: string;
  /** Binary decision threshold on the positive-class probability when no prediction column is given. */
  threshold?: number;
  /** Allowed deviation of a row's class probabilities from 1. */
  'probability-tolerance'?: number;
  format?: string;
  'max-rows'?: number;
}

interface PredictionsBase {
  file: string;
  n: number;
  /** Group (sensitive feature) values, when a group column is given; `(missing)` for empty cells. */
  group?: string[];
  groupColumn?: string;
  /** Slice column → values. */
  slices: Map<string, string[]>;
  ids?: string[];
}

export interface ClassificationPredictions extends PredictionsBase {
  task: 'binary' | 'multiclass';
  /** Class names; for binary tasks `[negative, positive]`. */
  classes: string[];
  /** Index into `classes`. */
  y: Int32Array;
  pred: Int32Array;
  /**
   * Scores per class (`scores[k][i]`), or for binary tasks only the positive class's (`scores[1]`, with
   * `scores[0] = 1 - scores[1]` when they are probabilities). Undefined when the file has no scores.
   */
  scores?: Float64Array[];
  /** Scores are probabilities (in [0, 1], per-class rows summing to 1). */
  probabilistic: boolean;
  /** Whether `pred` came from the file or was derived from the scores. */
  predictionSource: 'column' | 'argmax' | 'threshold';
}

export interface RegressionPredictions extends PredictionsBase {
  task: 'regression';
  y: Float64Array;
  pred: Float64Array;
}

export type Predictions = ClassificationPredictions | RegressionPredictions;

/** `1`, `1.0` and `1e0` name the same class; booleans become `true`/`false`. */
export function classKey(v: Cell | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  const s = v.trim();
  if (s === '') return undefined;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return String(Number(s));
  if (/^(true|false)$/i.test(s)) return s.toLowerCase();
  return s;
}

/** A numeric cell, or `undefined` (empty) / `NaN` (not a number). */
function numberOf(v: Cell | undefined): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const s = v.trim();
  if (s === '') return undefined;
  const n = Number(s);
  return n;
}

function compareClasses(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function missingColumn(table: Table, column: string, role: string, option: string): UserError {
  return new UserError('input-invalid', `${table.file}: no column "${column}" (the ${role} column).`, {
    details: [
      `Columns in the file: ${table.header.slice(0, 30).join(', ')}${table.header.length > 30 ? ', …' : ''}.`,
      `Set "${option}" to the right column name.`,
    ],
  });
}

const LABEL_GUESSES = ['label', 'y_true', 'target', 'y', 'actual', 'truth'];
const PREDICTION_GUESSES = ['prediction', 'y_pred', 'pred', 'predicted'];
const SCORE_GUESSES = ['score', 'y_score', 'probability', 'proba', 'prob', 'y_prob'];

function guess(header: string[], names: readonly string[]): string | undefined {
  return names.find((n) => header.includes(n));
}

/** The columns the file must hold, resolved against its header (explicit names first, then common names). */
export function resolveColumns(
  table: Pick<Table, 'file' | 'header'>,
  columns: ColumnOptions,
): Required<Pick<ColumnOptions, 'label'>> & ColumnOptions & { scoreColumns: string[] } {
  const { header } = table;
  const t = table as Table;
  const label = columns.label ?? guess(header, LABEL_GUESSES);
  if (label === undefined) {
    throw new UserError('input-invalid', `${table.file}: no label column found.`, {
      details: [`Columns in the file: ${header.slice(0, 30).join(', ')}.`, 'Set "columns.label" (CLI: --label COL).'],
    });
  }
  if (!header.includes(label)) throw missingColumn(t, label, 'label', 'columns.label');
  const prediction = columns.prediction ?? guess(header, PREDICTION_GUESSES);
  if (prediction !== undefined && !header.includes(prediction))
    throw missingColumn(t, prediction, 'prediction', 'columns.prediction');
  let scoreColumns: string[] = [];
  const prefix = columns['score-prefix'];
  if (prefix !== undefined) {
    scoreColumns = header.filter((h) => h.startsWith(prefix) && h.length > prefix.length);
    if (scoreColumns.length === 0) {
      throw new UserError('input-invalid', `${table.file}: no column starts with the score prefix "${prefix}".`, {
        details: [
          `Columns in the file: ${header.slice(0, 30).join(', ')}.`,
          'Set "columns.score-prefix" to the common prefix of the per-class probability columns.',
        ],
      });
    }
  }
  const score = columns.score ?? (prefix === undefined ? guess(header, SCORE_GUESSES) : undefined);
  if (score !== undefined && !header.includes(score)) throw missingColumn(t, score, 'score', 'columns.score');
  if (score !== undefined && prefix !== undefined) {
    throw new UserError(
      'usage',
      'Give either "columns.score" (one probability column) or "columns.score-prefix" (one per class), not both.',
    );
  }
  if (prediction === undefined && score === undefined && scoreColumns.length === 0) {
    throw new UserError('input-invalid', `${table.file}: no prediction or score column found.`, {
      details: [
        `Columns in the file: ${header.slice(0, 30).join(', ')}.`,
        'Set "columns.prediction", "columns.score" or "columns.score-prefix" (CLI: --prediction, --score, --score-prefix).',
      ],
    });
  }
  if (columns.group !== undefined && !header.includes(columns.group))
    throw missingColumn(t, columns.group, 'group', 'columns.group');
  for (const s of columns.slices ?? []) if (!header.includes(s)) throw missingColumn(t, s, 'slice', 'columns.slices');
  if (columns.id !== undefined && !header.includes(columns.id)) throw missingColumn(t, columns.id, 'id', 'columns.id');
  return {
    ...columns,
    label,
    ...(prediction === undefined ? {} : { prediction }),
    ...(score === undefined ? {} : { score }),
    scoreColumns,
  };
}

export interface LoadedFile {
  predictions: Predictions;
  table: Table;
}

/** Reads and validates a predictions file. `display` is the path shown in messages and reports. */
export async function loadPredictions(
  path: string,
  display: string,
  opts: LoadOptions,
  signal?: AbortSignal,
): Promise<Predictions> {
  let resolved: ReturnType<typeof resolveColumns> | undefined;
  const table = await readTable({
    path,
    display,
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts['max-rows'] ? { maxRows: opts['max-rows'] } : {}),
    ...(signal ? { signal } : {}),
    select: (header) => {
      resolved = resolveColumns({ file: display, header }, opts.columns);
      const r = resolved;
      return [
        r.label,
        ...(r.prediction ? [r.prediction] : []),
        ...(r.score ? [r.score] : []),
        ...r.scoreColumns,
        ...(r.group ? [r.group] : []),
        ...(r.slices ?? []),
        ...(r.id ? [r.id] : []),
      ].filter((c, i, all) => all.indexOf(c) === i);
    },
  });
  return fromTable(table, resolved!, opts);
}

function bad(table: Table, row: number, column: string, what: string, fix: string): UserError {
  return new UserError('input-invalid', `${table.file}: ${table.where(row)}, column "${column}": ${what}.`, {
    details: [fix],
  });
}

function numericColumn(table: Table, column: string, role: string): Float64Array {
  const cells = table.columns.get(column)!;
  const out = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = numberOf(cells[i]);
    if (v === undefined)
      throw bad(
        table,
        i,
        column,
        `the ${role} is empty`,
        `Every row needs a ${role}; drop rows without one before evaluating.`,
      );
    if (Number.isNaN(v)) {
      throw bad(
        table,
        i,
        column,
        `the ${role} is not a number (${JSON.stringify(String(cells[i])).slice(0, 40)})`,
        `The ${role} column must hold numbers; NaN means the model produced no ${role} for this row.`,
      );
    }
    if (!Number.isFinite(v))
      throw bad(table, i, column, `the ${role} is infinite`, `The ${role} column must hold finite numbers.`);
    out[i] = v;
  }
  return out;
}

function stringColumn(table: Table, column: string): string[] {
  return table.columns.get(column)!.map((v) => classKey(v) ?? '(missing)');
}

function inferTask(labels: Cell[], hasScores: 'none' | 'single' | 'multi'): Task {
  if (hasScores === 'multi') return 'multiclass';
  const keys = new Set<string>();
  let allNumeric = true;
  let allInteger = true;
  for (const v of labels) {
    const k = classKey(v);
    if (k === undefined) continue;
    keys.add(k);
    const n = Number(k);
    if (!Number.isFinite(n)) allNumeric = false;
    else if (!Number.isInteger(n)) allInteger = false;
    if (keys.size > 50 && !allNumeric) break;
  }
  if (hasScores === 'single') return 'binary';
  if (allNumeric && (!allInteger || keys.size > 20)) return 'regression';
  return keys.size <= 2 ? 'binary' : 'multiclass';
}

type Resolved = ReturnType<typeof resolveColumns>;

const emptyLabel = (table: Table, i: number, column: string): UserError =>
  bad(table, i, column, 'the label is empty', 'Every row needs a label; drop unlabelled rows before evaluating.');

/** Classes from the per-class score columns when given, else from the labels and predictions. */
function classesOf(table: Table, r: Resolved): string[] {
  const prefix = r['score-prefix'] ?? '';
  if (r.scoreColumns.length > 0) return r.scoreColumns.map((c) => classKey(c.slice(prefix.length))!);
  const labelCells = table.columns.get(r.label)!;
  const set = new Set<string>();
  for (let i = 0; i < table.rows; i++) {
    const k = classKey(labelCells[i]);
    if (k === undefined) throw emptyLabel(table, i, r.label);
    set.add(k);
  }
  if (r.prediction) {
    for (const v of table.columns.get(r.prediction)!) {
      const k = classKey(v);
      if (k !== undefined) set.add(k);
    }
  }
  return [...set].sort(compareClasses);
}

/** The two classes of a binary task, negative first. */
function binaryClasses(table: Table, found: string[], posLabel: string | undefined): string[] {
  let classes = found;
  if (classes.length === 1) {
    // A binary task whose file shows one class: the other is unnamed; keep the known one positive when it is.
    const only = classes[0]!;
    const pos = posLabel === undefined ? undefined : classKey(posLabel);
    const other =
      only === '1' ? '0' : only === 'true' ? 'false' : pos !== undefined && pos !== only ? pos : `not ${only}`;
    classes = [other, only].sort(compareClasses);
  }
  if (classes.length > 2) {
    throw new UserError(
      'input-invalid',
      `${table.file}: the task is binary but the labels and predictions hold ${classes.length} classes (${classes.slice(0, 6).join(', ')}${classes.length > 6 ? ', …' : ''}).`,
      {
        details: ['Set "task: multiclass", or fix the labels.'],
      },
    );
  }
  const pos = posLabel === undefined ? classes[1]! : classKey(posLabel)!;
  if (!classes.includes(pos)) {
    throw new UserError(
      'input-invalid',
      `${table.file}: the positive class "${pos}" (pos-label) is not one of the classes ${classes.join(', ')}.`,
      {
        details: ['Set "pos-label" to the label of the positive class as written in the file.'],
      },
    );
  }
  return [classes.find((c) => c !== pos)!, pos];
}

interface ClassIndex {
  index: Map<string, number>;
  /** The first classes, for messages. */
  list: string;
}

/** A column of class names as class indices: the labels or the predictions. */
function classColumn(
  table: Table,
  column: string,
  classes: ClassIndex,
  onEmpty: (i: number) => UserError,
  unknown: (i: number, k: string) => UserError,
): Int32Array {
  const cells = table.columns.get(column)!;
  const out = new Int32Array(table.rows);
  for (let i = 0; i < table.rows; i++) {
    const k = classKey(cells[i]);
    if (k === undefined) throw onEmpty(i);
    const c = classes.index.get(k);
    if (c === undefined) throw unknown(i, k);
    out[i] = c;
  }
  return out;
}

function labelIndices(table: Table, r: Resolved, classes: ClassIndex): Int32Array {
  const prefix = r['score-prefix'] ?? '';
  return classColumn(
    table,
    r.label,
    classes,
    (i) => emptyLabel(table, i, r.label),
    (i, k) =>
      bad(
        table,
        i,
        r.label,
        `the label "${k.slice(0, 60)}" is not one of the known classes (${classes.list})`,
        r.scoreColumns.length > 0
          ? `Add a "${prefix}${k.slice(0, 60)}" probability column, or fix the label.`
          : 'Fix the label, or set "pos-label" for a binary task.',
      ),
  );
}

/** Per-class probability columns: each in [0, 1], each row summing to 1 within the tolerance. */
function perClassScores(table: Table, r: Resolved, task: Task, classes: string[], tol: number): Float64Array[] {
  const prefix = r['score-prefix'] ?? '';
  if (task === 'binary' && classes.length !== 2) {
    throw new UserError(
      'input-invalid',
      `${table.file}: the task is binary but ${r.scoreColumns.length} score columns start with "${prefix}".`,
    );
  }
  const cols = r.scoreColumns.map((c) => numericColumn(table, c, 'probability'));
  const scores =
    task === 'binary'
      ? classes.map((c) => cols[r.scoreColumns.findIndex((sc) => classKey(sc.slice(prefix.length)) === c)]!)
      : cols;
  for (let i = 0; i < table.rows; i++) {
    let sum = 0;
    for (let k = 0; k < scores.length; k++) {
      const p = scores[k]![i]!;
      if (p < 0 || p > 1)
        throw bad(
          table,
          i,
          r.scoreColumns[k]!,
          `the probability ${p} is outside [0, 1]`,
          'Per-class columns must hold probabilities (apply a softmax to logits).',
        );
      sum += p;
    }
    if (Math.abs(sum - 1) > tol) {
      throw bad(
        table,
        i,
        `${prefix}*`,
        `the class probabilities sum to ${sum.toPrecision(6)}, not 1`,
        `Per-class probabilities must sum to 1 (within ${tol}; set "probability-tolerance" to allow rounding).`,
      );
    }
  }
  return scores;
}

/** The scores: per-class probabilities, or one binary score column (probabilities or raw scores). */
function scoresOf(
  table: Table,
  r: Resolved,
  task: Task,
  classes: string[],
  opts: LoadOptions,
): { scores?: Float64Array[]; probabilistic: boolean } {
  if (r.scoreColumns.length > 0)
    return {
      scores: perClassScores(table, r, task, classes, opts['probability-tolerance'] ?? 1e-6),
      probabilistic: true,
    };
  if (!r.score) return { probabilistic: false };
  if (task !== 'binary') {
    throw new UserError(
      'input-invalid',
      `${table.file}: one score column ("${r.score}") fits a binary task, but the task is ${task}.`,
      {
        details: ['For several classes, give one probability column per class with "columns.score-prefix".'],
      },
    );
  }
  const n = table.rows;
  const s = numericColumn(table, r.score, 'score');
  const probabilistic = s.every((v) => v >= 0 && v <= 1);
  const neg = new Float64Array(n);
  if (probabilistic) for (let i = 0; i < n; i++) neg[i] = 1 - s[i]!;
  else for (let i = 0; i < n; i++) neg[i] = -s[i]!;
  return { scores: [neg, s], probabilistic };
}

/** Predicted classes: the prediction column, else the score above the threshold (binary) or the argmax. */
function predictedClasses(
  table: Table,
  r: Resolved,
  task: Task,
  classes: ClassIndex,
  scored: { scores?: Float64Array[]; probabilistic: boolean },
  threshold: number | undefined,
): { pred: Int32Array; predictionSource: ClassificationPredictions['predictionSource'] } {
  const n = table.rows;
  if (r.prediction) {
    const column = r.prediction;
    const pred = classColumn(
      table,
      column,
      classes,
      (i) => bad(table, i, column, 'the prediction is empty', 'Every row needs a prediction.'),
      (i, k) =>
        bad(
          table,
          i,
          column,
          `the prediction "${k.slice(0, 60)}" is not one of the known classes (${classes.list})`,
          'Fix the prediction or the class list.',
        ),
    );
    return { pred, predictionSource: 'column' };
  }
  const scores = scored.scores!;
  const pred = new Int32Array(n);
  if (task === 'binary') {
    const t = threshold ?? (scored.probabilistic ? 0.5 : 0);
    const s = scores[1]!;
    for (let i = 0; i < n; i++) pred[i] = s[i]! > t ? 1 : 0;
    return { pred, predictionSource: 'threshold' };
  }
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k]![i]! > scores[best]![i]!) best = k;
    pred[i] = best;
  }
  return { pred, predictionSource: 'argmax' };
}

function regressionFrom(table: Table, r: Resolved, base: PredictionsBase): RegressionPredictions {
  if (!r.prediction) {
    throw new UserError('input-invalid', `${table.file}: a regression task needs a prediction column.`, {
      details: ['Set "columns.prediction" (CLI: --prediction COL).'],
    });
  }
  return {
    ...base,
    task: 'regression',
    y: numericColumn(table, r.label, 'label'),
    pred: numericColumn(table, r.prediction, 'prediction'),
  };
}

export function fromTable(table: Table, r: Resolved, opts: LoadOptions): Predictions {
  const n = table.rows;
  if (n === 0) throw new UserError('input-invalid', `${table.file}: the file has a header but no rows.`);
  const base: PredictionsBase = {
    file: table.file,
    n,
    slices: new Map((r.slices ?? []).map((s) => [s, stringColumn(table, s)])),
    ...(r.group ? { group: stringColumn(table, r.group), groupColumn: r.group } : {}),
    ...(r.id ? { ids: table.columns.get(r.id)!.map((v) => String(v ?? '')) } : {}),
  };
  const labelCells = table.columns.get(r.label)!;
  const task = opts.task ?? inferTask(labelCells, r.scoreColumns.length > 0 ? 'multi' : r.score ? 'single' : 'none');
  if (task === 'regression') return regressionFrom(table, r, base);
  let classes = classesOf(table, r);
  if (task === 'binary') classes = binaryClasses(table, classes, opts['pos-label']);
  const index: ClassIndex = {
    index: new Map(classes.map((c, i) => [c, i])),
    list: classes.slice(0, 8).join(', ') + (classes.length > 8 ? ', …' : ''),
  };
  const y = labelIndices(table, r, index);
  const scored = scoresOf(table, r, task, classes, opts);
  const { pred, predictionSource } = predictedClasses(table, r, task, index, scored, opts.threshold);
  const { scores, probabilistic } = scored;
  return { ...base, task, classes, y, pred, ...(scores ? { scores } : {}), probabilistic, predictionSource };
}

/** Rows `idx` of a predictions set (slices, groups), keeping the class list. */
export function subset<P extends Predictions>(p: P, idx: ArrayLike<number>): P {
  const pick = <T>(a: ArrayLike<T>): T[] => Array.from({ length: idx.length }, (_, j) => a[idx[j]!]!);
  const common = {
    file: p.file,
    n: idx.length,
    slices: new Map([...p.slices].map(([k, v]) => [k, pick(v)])),
    ...(p.group ? { group: pick(p.group), groupColumn: p.groupColumn } : {}),
    ...(p.ids ? { ids: pick(p.ids) } : {}),
  };
  if (p.task === 'regression') {
    return { ...common, task: p.task, y: Float64Array.from(pick(p.y)), pred: Float64Array.from(pick(p.pred)) } as P;
  }
  return {
    ...common,
    task: p.task,
    classes: p.classes,
    y: Int32Array.from(pick(p.y)),
    pred: Int32Array.from(pick(p.pred)),
    ...(p.scores ? { scores: p.scores.map((s) => Float64Array.from(pick(s))) } : {}),
    probabilistic: p.probabilistic,
    predictionSource: p.predictionSource,
  } as P;
}
