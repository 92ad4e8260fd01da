/**
 * Parity of the table reader with pandas on messy real-world exports. The corpus and pandas' readings of it
 * (row count, and per column the null count and dtype) are written by generate.py with Debian's
 * python3-pandas and committed; this test reads every file with the data gate's reader and profile.
 *
 * Where pandas silently misreads, we refuse with a located error instead; where we deliberately differ,
 * the reason is in DIFFERENCES (and in the data-gate README).
 */
import { describe, expect, it } from '@jest/globals';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { UserError } from '@ml-gates/core';
import { GATE_OPTIONS_DEFAULTS, readAndProfile, type ColumnData } from '@ml-gates/data-gate';

const DIR = resolve(import.meta.dirname, '../../fixtures/data-gate/parity');

interface PandasColumn {
  dtype: string;
  nulls: number;
  integral: boolean;
  infinite: number;
  distinct: number;
}
interface Case {
  name: string;
  file: string;
  note: string;
  pandas: { error?: string; rows?: number; columns?: Record<string, PandasColumn> };
}
const corpus = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { cases: Case[] };

/** Cases where we refuse the file with a located error (pandas raises, or silently guesses). */
const REFUSED: Record<string, RegExp> = {
  'ragged-long-row': /line 3: ragged row with 3 field\(s\) where the header has 2/,
  // pandas fills the short row with NaN: a missing value and a missing delimiter look alike.
  'ragged-short-row': /line 3: ragged row with 1 field\(s\) where the header has 2/,
  // pandas renames the second column to "a.1"; a join on "a" would then read the wrong one.
  'duplicate-header': /line 1: column "a" appears twice/,
  'unclosed-quote': /line 2: a quoted field is never closed/,
};

/** Deliberate differences from pandas 1.5 (Debian's), applied to its expected values before comparing. */
const DIFFERENCES: Record<string, (c: Case) => void> = {
  // We follow pandas 2's default na_values, which added "None" (pandas 1.5 reads it as text).
  'nan-spellings': (c) => {
    c.pandas.columns!.a!.nulls += 1;
    c.pandas.columns!.a!.distinct -= 1;
    c.pandas.columns!.a!.dtype = 'float64';
    c.pandas.columns!.a!.integral = false;
  },
  // Header names are trimmed ("a" for " a "), so a padded header does not make a new column.
  'header-with-spaces': (c) => {
    c.pandas.columns = Object.fromEntries(Object.entries(c.pandas.columns!).map(([k, v]) => [k.trim(), v]));
  },
  // A column with an empty header is named column_<n> (pandas: "Unnamed: <n-1>").
  'trailing-delimiter': (c) => {
    const cols = c.pandas.columns!;
    cols.column_3 = cols['Unnamed: 2']!;
    delete cols['Unnamed: 2'];
  },
};

/** Our profile type for what pandas reads, given the column's nulls and values. */
function expectedType(col: PandasColumn, rows: number): ColumnData['type'] {
  if (rows > 0 && col.nulls === rows) return 'null';
  if (rows === 0) return 'null';
  if (col.dtype === 'int64' || col.dtype === 'uint64') return 'integer';
  if (col.dtype === 'float64') return col.integral && col.infinite === 0 ? 'integer' : 'number';
  if (col.dtype === 'bool') return 'boolean';
  return 'string';
}

describe('table reader parity with pandas (read_csv / read_json lines)', () => {
  it('covers at least 60 files', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const original of corpus.cases) {
    it(original.name, async () => {
      const c = structuredClone(original);
      const files = [{ path: join(DIR, c.file), relPath: c.file }];
      const refusal = REFUSED[c.name];
      if (refusal) {
        const error = await readAndProfile(files, GATE_OPTIONS_DEFAULTS).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).message).toMatch(refusal);
        return;
      }
      expect(c.pandas.error).toBeUndefined();
      DIFFERENCES[c.name]?.(c);
      const read = await readAndProfile(files, GATE_OPTIONS_DEFAULTS);
      expect(read.rows).toBe(c.pandas.rows);
      const ours = Object.fromEntries(
        read.columns.map((col) => [
          col.name,
          { type: col.type, nulls: col.nulls, infinite: col.infiniteCount ?? 0, distinct: distinctOf(col) },
        ]),
      );
      const theirs = Object.fromEntries(
        Object.entries(c.pandas.columns!).map(([name, col]) => [
          name,
          {
            type: expectedType(col, c.pandas.rows!),
            nulls: col.nulls,
            infinite: col.infinite,
            distinct: col.distinct,
          },
        ]),
      );
      expect(ours).toEqual(theirs);
    });
  }
});

/**
 * Distinct non-null values as the profile sees them: numbers by value; integers beyond 2^53, which the reader
 * keeps as their exact text, by text (a double would merge neighbouring ids).
 */
function distinctOf(col: ColumnData): number {
  const exactText = col.values.some((v) => Number.isInteger(v) && !Number.isSafeInteger(v));
  if ((col.type === 'integer' || col.type === 'number') && !exactText) {
    const set = new Set<number>(col.values);
    return set.size + (col.infiniteCount > 0 ? col.categories.size - set.size : 0);
  }
  return col.categories.size;
}
