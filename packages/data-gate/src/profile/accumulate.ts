/**
 * One-pass column accumulators. Numeric values go into growable Float64Array chunks (8 bytes a value,
 * nothing else per row); categories are counted in a map capped at `maxCategories` distinct values so a
 * high-cardinality column (ids, free text) cannot grow memory with the row count.
 */
import { identityKey, KllSketch, type Cell, type RowPosition, type RowSink } from '@ml-gates/core/io';
import { sortFloat64, sortSegmentsInto } from '../stats/sort.js';

const CHUNK = 1 << 16;

/** A Float64Array that grows in fixed chunks (no copying while reading). */
export class GrowableF64 {
  private chunks: Float64Array[] = [];
  private cur = new Float64Array(CHUNK);
  private pos = 0;
  length = 0;

  push(v: number): void {
    if (this.pos === CHUNK) {
      this.chunks.push(this.cur);
      this.cur = new Float64Array(CHUNK);
      this.pos = 0;
    }
    this.cur[this.pos++] = v;
    this.length++;
  }

  /** Calls `f` on every value in order. */
  forEach(f: (v: number) => void): void {
    for (const c of this.chunks) for (let i = 0; i < c.length; i++) f(c[i]!);
    for (let i = 0; i < this.pos; i++) f(this.cur[i]!);
  }

  /**
   * The values sorted, in one new array; the chunks serve as the sort's scratch and are released (peak: twice
   * the values, where `take()` then `sortFloat64` needs three times).
   */
  takeSorted(): Float64Array {
    if (this.length < 2048) return sortFloat64(this.take());
    const n = this.length;
    const segments = [...this.chunks, this.cur];
    this.chunks = [];
    this.cur = new Float64Array(0);
    this.pos = 0;
    return sortSegmentsInto(segments, n);
  }

  /** One contiguous array; the chunks are released. */
  take(): Float64Array {
    const out = new Float64Array(this.length);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    out.set(this.cur.subarray(0, this.pos), o);
    this.chunks = [];
    this.cur = new Float64Array(0);
    this.pos = 0;
    return out;
  }
}

/** Parses a CSV cell as a finite number the way a person reads it ("1.5", "-3e2"; not "0x1A", not " 7"). */
export function parseNumber(s: string): number | undefined {
  const c0 = s.charCodeAt(0);
  // digits, '-', '+', '.'
  if (!((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46)) return undefined;
  const c1 = s.charCodeAt(1);
  if (c1 === 120 || c1 === 88 || c1 === 98 || c1 === 66 || c1 === 111 || c1 === 79) return undefined;
  const last = s.charCodeAt(s.length - 1);
  if (last === 32 || last === 9) return undefined;
  const n = +s;
  return Number.isFinite(n) ? n : undefined;
}

const BOOL = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);

export type ColumnType = 'integer' | 'number' | 'boolean' | 'string' | 'null';

export interface ColumnData {
  name: string;
  type: ColumnType;
  /** Rows seen (including nulls). */
  count: number;
  nulls: number;
  /**
   * Sorted finite numeric values (numeric columns; other columns keep whatever parsed as a number). Empty when
   * the column had more than `sketch-above` of them: `sketched` summarises them instead.
   */
  values: Float64Array;
  /** Set instead of `values` above `sketch-above` values: a KLL sketch plus the exact moments. */
  sketched?: SketchedValues;
  /** Exact counts of the finite numbers on fixed bin edges (merged shards: counted on the reference's bins). */
  fixedBins?: { edges: number[]; counts: number[] };
  /** Merged shards of a sketched column: every finite value is known to be distinct (ids split by shard). */
  allDistinct?: boolean;
  integerCount: number;
  /** ±Infinity values: numbers (they never turn a column into text), kept out of `values` and the moments. */
  infiniteCount: number;
  booleanCount: number;
  stringCount: number;
  /**
   * Category counts (value → count), at most `maxCategories` keys, keyed as the column's type reads its values
   * (`canonicalCategories`): in a numeric column `7`, `007` and `+7` are one category, as in a pandas int64 column.
   */
  categories: Map<string, number>;
  /** The counts by the text as read, when they differ from `categories` (what a shard ships, so a merge re-keys). */
  rawCategories?: Map<string, number>;
  /** Values not counted because the cap was reached. */
  categoriesOther: number;
  /** True when the cap was reached (high-cardinality column). */
  categoriesTruncated: boolean;
}

/** A numeric column too long to keep: its KLL sketch (rank error ±sketch.epsilon) and exact count, mean and std. */
export interface SketchedValues {
  sketch: KllSketch;
  mean: number;
  /** Population standard deviation (ddof = 0), as `meanStd`. */
  std: number;
}

/**
 * Category counts keyed as the column's inferred type reads them, as pandas does: in an integer or float column
 * (pandas int64/float64) the spellings of one number are one category (`7`, `007`, `+7`, ` 7`), 64-bit integers
 * by their exact value (`identityKey`); in a text column (pandas object) every text is its own (`007` is not
 * `7`). Returns `counts` itself when nothing merges.
 */
export function canonicalCategories(counts: Map<string, number>, type: ColumnType): Map<string, number> {
  if (type !== 'integer' && type !== 'number') return counts;
  let changed = false;
  const out = new Map<string, number>();
  for (const [k, n] of counts) {
    const key = identityKey(k);
    if (key !== k) changed = true;
    out.set(key, (out.get(key) ?? 0) + n);
  }
  return changed ? out : counts;
}

/** Finite numeric values of a column, kept or sketched. */
export function numericCount(c: ColumnData): number {
  return c.sketched ? c.sketched.sketch.n : c.values.length;
}

/** Running mean and sum of squared deviations (Welford), for columns whose values are not kept. */
class Moments {
  n = 0;
  mean = 0;
  m2 = 0;
  add(x: number): void {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
}

/** Finite numbers of one column: kept exactly up to `sketchAbove`, then a KLL sketch and exact moments. */
class NumericValues {
  private kept: GrowableF64 | undefined = new GrowableF64();
  private sketch: KllSketch | undefined;
  private moments: Moments | undefined;
  constructor(private readonly sketchAbove: number) {}

  get length(): number {
    return this.kept ? this.kept.length : this.sketch!.n;
  }

  push(v: number): void {
    const kept = this.kept;
    if (kept) {
      kept.push(v);
      if (kept.length > this.sketchAbove) this.switchToSketch(kept);
      return;
    }
    this.sketch!.update(v);
    this.moments!.add(v);
  }

  private switchToSketch(kept: GrowableF64): void {
    const sketch = new KllSketch();
    const moments = new Moments();
    kept.forEach((v) => {
      sketch.update(v);
      moments.add(v);
    });
    this.sketch = sketch;
    this.moments = moments;
    this.kept = undefined;
  }

  finish(): { values: Float64Array; sketched?: SketchedValues } {
    if (this.kept) return { values: this.kept.takeSorted() };
    const m = this.moments!;
    return {
      values: new Float64Array(0),
      sketched: { sketch: this.sketch!, mean: m.mean, std: m.n > 0 ? Math.sqrt(m.m2 / m.n) : Number.NaN },
    };
  }
}

/** What a category's text is, once classified as `add` does for text cells: unknown until a text cell has it. */
const TextKind = { Unknown: 0, Number: 1, Integer: 2, Boolean: 3, Text: 4 } as const;
type TextKind = (typeof TextKind)[keyof typeof TextKind];

/** One category: its count, and (for text cells) what the text is, so a repeated text is classified once. */
interface CategoryBox {
  n: number;
  kind: TextKind;
  /** The number the text reads as (kind Number/Integer). */
  v: number;
}

class ColumnAccumulator {
  readonly values: NumericValues;
  count = 0;
  nulls = 0;
  integerCount = 0;
  infiniteCount = 0;
  booleanCount = 0;
  stringCount = 0;
  /** Category counts (text → box), in first-seen order. */
  private boxes = new Map<string, CategoryBox>();
  categoriesOther = 0;
  truncated = false;
  /** Numeric column past the cap: stop counting categories altogether. */
  abandoned = false;

  constructor(
    readonly name: string,
    private readonly maxCategories: number,
    /** Rows before this column first appeared (JSON Lines keys that show up late). */
    leadingNulls: number,
    sketchAbove: number,
  ) {
    this.values = new NumericValues(sketchAbove);
    this.count = leadingNulls;
    this.nulls = leadingNulls;
  }

  /** Counts `key`; returns its box (undefined when not counted: abandoned, or past the cap). */
  private category(key: string): CategoryBox | undefined {
    if (this.abandoned) return undefined;
    const box = this.boxes.get(key);
    if (box !== undefined) {
      box.n++;
      return box;
    }
    if (this.boxes.size < this.maxCategories) {
      const fresh: CategoryBox = { n: 1, kind: TextKind.Unknown, v: 0 };
      this.boxes.set(key, fresh);
      return fresh;
    }
    this.categoriesOther++;
    this.truncated = true;
    if (this.stringCount + this.booleanCount === 0) {
      this.abandoned = true;
    }
    return undefined;
  }

  /** Counts a text cell by its kind (numbers also go to the values). */
  private countText(kind: TextKind, v: number): void {
    if (kind === TextKind.Text) this.stringCount++;
    else if (kind === TextKind.Boolean) this.booleanCount++;
    else {
      this.values.push(v);
      if (kind === TextKind.Integer) this.integerCount++;
    }
  }

  private addText(cell: string): void {
    if (!this.abandoned) {
      const known = this.boxes.get(cell);
      if (known !== undefined && known.kind !== TextKind.Unknown) {
        this.countText(known.kind, known.v);
        known.n++;
        return;
      }
    }
    const n = parseNumber(cell);
    let kind: TextKind;
    if (n !== undefined) kind = Number.isInteger(n) ? TextKind.Integer : TextKind.Number;
    else kind = BOOL.has(cell) ? TextKind.Boolean : TextKind.Text;
    this.countText(kind, n ?? 0);
    const box = this.category(cell);
    if (box) {
      box.kind = kind;
      box.v = n ?? 0;
    }
  }

  add(cell: Cell): void {
    this.count++;
    if (cell === null) {
      this.nulls++;
      return;
    }
    if (typeof cell === 'string') this.addText(cell);
    else if (typeof cell === 'number') {
      if (!Number.isFinite(cell)) {
        this.infiniteCount++;
        if (!this.abandoned) this.category(String(cell));
        return;
      }
      this.values.push(cell);
      if (Number.isInteger(cell)) this.integerCount++;
      if (!this.abandoned) this.category(String(cell));
    } else {
      this.booleanCount++;
      this.category(String(cell));
    }
  }

  finish(): ColumnData {
    const numbers = this.values.length;
    const { values, sketched } = this.values.finish();
    const nonNull = this.count - this.nulls;
    let type: ColumnType;
    if (nonNull === 0) type = 'null';
    else if (this.stringCount === 0 && this.booleanCount === 0)
      type = this.integerCount === numbers && this.infiniteCount === 0 ? 'integer' : 'number';
    else if (this.stringCount === 0 && numbers === 0) type = 'boolean';
    else type = 'string';
    const raw = this.abandoned ? new Map<string, number>() : new Map([...this.boxes].map(([k, b]) => [k, b.n]));
    const categories = canonicalCategories(raw, type);
    return {
      name: this.name,
      type,
      count: this.count,
      nulls: this.nulls,
      values,
      ...(sketched ? { sketched } : {}),
      integerCount: this.integerCount,
      infiniteCount: this.infiniteCount,
      booleanCount: this.booleanCount,
      stringCount: this.stringCount,
      categories,
      ...(categories !== raw ? { rawCategories: raw } : {}),
      categoriesOther: this.categoriesOther,
      categoriesTruncated: this.truncated,
    };
  }
}

/** A row sink that profiles every column. */
export class ProfileSink implements RowSink {
  private accs: ColumnAccumulator[] = [];
  rows = 0;

  constructor(
    private readonly maxCategories = 1000,
    /** Above this many finite numbers, a column keeps a KLL sketch instead of its values. */
    private readonly sketchAbove = Number.POSITIVE_INFINITY,
  ) {}

  columns(all: readonly string[]): void {
    for (let i = this.accs.length; i < all.length; i++)
      this.accs.push(new ColumnAccumulator(all[i]!, this.maxCategories, this.rows, this.sketchAbove));
  }

  row(cells: readonly Cell[], _pos: RowPosition): void {
    this.rows++;
    const accs = this.accs;
    for (let i = 0; i < accs.length; i++) accs[i]!.add(i < cells.length ? cells[i]! : null);
  }

  finish(): ColumnData[] {
    return this.accs.map((a) => a.finish());
  }
}

/** Fans one stream of rows out to several sinks. */
export class TeeSink implements RowSink {
  constructor(private readonly sinks: RowSink[]) {}
  columns(all: readonly string[]): void {
    for (const s of this.sinks) s.columns(all);
  }
  row(cells: readonly Cell[], pos: RowPosition, record?: Record<string, unknown>): void {
    for (const s of this.sinks) s.row(cells, pos, record);
  }
}
