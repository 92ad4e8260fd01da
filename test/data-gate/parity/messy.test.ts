/**
 * Second parity corpus (issue #22), independent of the first: hand-written messy exports (messy/, written with
 * pandas' readings by generate-messy.py). For every file the data gate's reader must agree with pandas on the
 * row count and, per column, the type, null count, duplicate count (the schema check's `unique`), ±inf count and
 * min / max / mean of the finite values; and every file (CSV, TSV, JSON Lines) must read the same when re-encoded as UTF-16 (both byte
 * orders), forced through the decoding path with a declared encoding, or gzip-compressed.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  GATE_OPTIONS_DEFAULTS,
  SchemaSink,
  readAndProfile,
  type ColumnData,
  type DataGateOptions,
} from '@ml-gates/data-gate';

const DIR = resolve(import.meta.dirname, 'messy');
const TMP = mkdtempSync(join(tmpdir(), 'ml-gates-messy-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface PandasColumn {
  dtype: string;
  nulls: number;
  distinct: number;
  duplicates: number;
  infinite: number;
  integral?: boolean;
  min?: number;
  max?: number;
  mean?: number;
}
interface Case {
  name: string;
  file: string;
  read: { encoding?: string };
  /** The data-gate options that mean what `read` means to pandas. */
  options: Partial<DataGateOptions>;
  pandas: { error?: string; rows?: number; columns?: Record<string, PandasColumn> };
}
const corpus = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { cases: Case[] };

/**
 * Where we deliberately differ from pandas (applied to pandas' facts before comparing): `read_json` turns
 * booleans into 0/1 numbers when a column also holds numbers or nulls, and an integer beyond uint64 makes
 * `read_csv` give up on the column's type. (The rounding of `read_json`'s default `precise_float=False` is
 * absorbed by `norm`.)
 */
const DIFFERENCES: Record<string, (c: Case) => void> = {
  // 2^64 does not fit pandas' int64/uint64, so pandas keeps the column as text; it is still an integer column
  // to us (the exact digits are kept for identity; statistics read the nearest double).
  'ints-beyond-uint64': (c) => {
    Object.assign(c.pandas.columns!.x!, {
      dtype: 'int64',
      min: 1,
      max: 18446744073709551616,
      mean: 9223372036854775808,
    });
  },
  // true/0/false: pandas int64 (booleans as 0/1); a column mixing booleans and numbers is text to us.
  'jsonl-mixed-bool-int': (c) => {
    c.pandas.columns!.a = { dtype: 'object', nulls: 0, distinct: 3, duplicates: 0, infinite: 0 };
  },
  // true/null/false/true: pandas float64 1/NaN/0/1; booleans with a missing value stay booleans.
  'jsonl-bool-with-null': (c) => {
    c.pandas.columns!.a = { dtype: 'bool', nulls: 1, distinct: 2, duplicates: 1, infinite: 0 };
  },
  'jsonl-missing-keys-reordered': (c) => {
    c.pandas.columns!.c = { dtype: 'bool', nulls: 2, distinct: 2, duplicates: 0, infinite: 0 };
  },
};

/** Our column type for pandas' dtype and facts. */
function expectedType(col: PandasColumn, rows: number): ColumnData['type'] {
  if (col.nulls === rows) return 'null';
  if (col.dtype === 'int64' || col.dtype === 'uint64') return 'integer';
  if (col.dtype === 'float64') return col.integral && col.infinite === 0 ? 'integer' : 'number';
  if (col.dtype === 'bool') return 'boolean';
  return 'string';
}

interface Facts {
  rows: number;
  columns: Record<string, Record<string, unknown>>;
}

/** What the data gate reads: the profile, plus the duplicates `unique: true` reports for every column. */
async function ours(path: string, extra: Partial<DataGateOptions> = {}): Promise<Facts> {
  const o = { ...GATE_OPTIONS_DEFAULTS, ...extra };
  const names = new Set<string>();
  let unique: SchemaSink | undefined;
  const probe = {
    columns(all: readonly string[]) {
      for (const n of all) names.add(n);
      unique = new SchemaSink({ columns: Object.fromEntries([...names].map((n) => [n, { unique: true }])) });
      unique.columns(all);
    },
    row(cells: Parameters<SchemaSink['row']>[0], pos: Parameters<SchemaSink['row']>[1]) {
      unique!.row(cells, pos);
    },
  };
  const read = await readAndProfile([{ path, relPath: path }], o, [probe]);
  const columns: Facts['columns'] = {};
  for (const c of read.columns) {
    const f: Record<string, unknown> = {
      type: c.type,
      nulls: c.nulls,
      infinite: c.infiniteCount,
      duplicates: unique?.violations.get(`${c.name}\0unique`)?.count ?? 0,
    };
    if ((c.type === 'integer' || c.type === 'number') && c.values.length > 0) {
      f.min = c.values[0];
      f.max = c.values[c.values.length - 1];
      let s = 0;
      for (const v of c.values) s += v;
      if (Number.isFinite(s)) f.mean = s / c.values.length;
    }
    columns[c.name] = f;
  }
  return { rows: read.rows, columns };
}

function theirs(c: Case): Facts {
  const columns: Facts['columns'] = {};
  for (const [name, col] of Object.entries(c.pandas.columns!)) {
    const type = expectedType(col, c.pandas.rows!);
    const f: Record<string, unknown> = { type, nulls: col.nulls, infinite: col.infinite, duplicates: col.duplicates };
    if ((type === 'integer' || type === 'number') && col.min !== undefined) {
      f.min = col.min;
      f.max = col.max;
      f.mean = col.mean;
    }
    columns[name] = f;
  }
  return { rows: c.pandas.rows!, columns };
}

/**
 * Numbers to 12 significant digits (pandas' JSON reader rounds the last digits of some doubles, and means sum
 * in another order); values below 1e-300 (5e-324, which pandas' JSON reader reads as 0) as 0.
 */
function norm(f: Facts): Facts {
  const round = (x: unknown): unknown =>
    typeof x !== 'number' || !Number.isFinite(x) ? x : Math.abs(x) < 1e-300 ? 0 : Number(x.toPrecision(12));
  return {
    rows: f.rows,
    columns: Object.fromEntries(
      Object.entries(f.columns).map(([k, v]) => [
        k,
        Object.fromEntries(Object.entries(v).map(([m, x]) => [m, round(x)])),
      ]),
    ),
  };
}

const readable = corpus.cases.filter((c) => !c.pandas.error);

describe('messy corpus: the reader agrees with pandas', () => {
  it('covers at least 60 files', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const original of corpus.cases) {
    it(original.name, async () => {
      const c = structuredClone(original);
      expect(c.pandas.error).toBeUndefined();
      DIFFERENCES[c.name]?.(c);
      const got = await ours(join(DIR, c.file), {
        ...c.options,
        ...(c.read.encoding ? { encoding: c.read.encoding } : {}),
      });
      expect(norm(got)).toEqual(norm(theirs(c)));
    });
  }
});

describe('messy corpus: the same file in another encoding or compressed reads the same', () => {
  for (const c of readable) {
    if (c.read.encoding) continue;
    it(c.name, async () => {
      const bytes = readFileSync(join(DIR, c.file));
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      const ext = c.file.slice(c.file.indexOf('.'));
      const base = await ours(join(DIR, c.file), c.options);
      const le = join(TMP, `${c.name}-le${ext}`);
      writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const be = join(TMP, `${c.name}-be${ext}`);
      const beBytes = Buffer.from(text, 'utf16le');
      beBytes.swap16();
      writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), beBytes]));
      const gz = join(TMP, `${c.name}${ext}.gz`);
      writeFileSync(gz, gzipSync(bytes));
      const gzLe = join(TMP, `${c.name}-le${ext}.gz`);
      writeFileSync(gzLe, gzipSync(readFileSync(le)));
      for (const variant of [le, be, gz, gzLe]) expect(await ours(variant, c.options)).toEqual(base);
      // A declared 8-bit encoding takes the decoding path (papaparse) for the same bytes.
      if (!bytes.some((b) => b >= 0x80))
        expect(await ours(join(DIR, c.file), { ...c.options, encoding: 'latin1' })).toEqual(base);
    });
  }
});
