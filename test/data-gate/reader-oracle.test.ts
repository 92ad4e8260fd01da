/**
 * A third, independent reader corpus for issue #22 (test/fixtures/data-gate/reader-oracle/, written with pandas'
 * readings by generate.py there): quoted null spellings in UTF-8, TSV, UTF-16 and gzip'd UTF-16 BE; `na_values`
 * with and without `keep_default_na`; numbers padded with spaces and tabs, inside quotes too; every infinity
 * spelling; whitespace-only lines in one- and many-column files, CRLF, CR, TSV, UTF-16 and JSON Lines; 64-bit
 * integers kept distinct; overflow and underflow. The reader must agree with pandas on rows, and per column on
 * the type, nulls, ±inf count and distinct values.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATE_OPTIONS_DEFAULTS, readAndProfile, type ColumnData, type DataGateOptions } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

const DIR = join(FIXTURES, 'reader-oracle');
interface PandasColumn {
  dtype: string;
  nulls: number;
  distinct: number;
  infinite: number;
  integral: boolean;
}
interface Case {
  file: string;
  read: { na_values?: string[]; keep_default_na?: boolean };
  encoding: string | null;
  rows: number;
  columns: Record<string, PandasColumn>;
}
const { cases } = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { cases: Case[] };

/**
 * Where we differ on purpose: booleans with a missing value stay booleans (pandas makes the column `object`), as
 * the parity corpora document.
 */
const BOOLEAN_WITH_NULLS = new Set(['booleans-and-nulls.csv/y']);

function expectedType(file: string, name: string, col: PandasColumn, rows: number): ColumnData['type'] {
  if (col.nulls === rows) return 'null';
  if (BOOLEAN_WITH_NULLS.has(`${file}/${name}`)) return 'boolean';
  if (col.dtype === 'int64' || col.dtype === 'uint64') return 'integer';
  if (col.dtype === 'float64') return col.integral && col.infinite === 0 ? 'integer' : 'number';
  if (col.dtype === 'bool') return 'boolean';
  return 'string';
}

function optionsOf(c: Case): DataGateOptions {
  return {
    ...GATE_OPTIONS_DEFAULTS,
    ...(c.read.na_values ? { 'null-values': c.read.na_values } : {}),
    ...(c.read.keep_default_na === false ? { 'keep-default-nulls': false } : {}),
  };
}

describe('reader against pandas on an independent corpus', () => {
  it('has the cases of every #22 bullet', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', async (file, c) => {
    const path = join(DIR, file);
    const read = await readAndProfile([{ path, relPath: file }], optionsOf(c));
    const ours = Object.fromEntries(
      read.columns.map((col) => [
        col.name,
        {
          type: col.type,
          nulls: col.nulls,
          infinite: col.infiniteCount,
          distinct: col.categoriesTruncated ? -1 : col.categories.size,
        },
      ]),
    );
    const theirs = Object.fromEntries(
      Object.entries(c.columns).map(([name, col]) => [
        name,
        {
          type: expectedType(file, name, col, c.rows),
          nulls: col.nulls,
          infinite: col.infinite,
          distinct: col.distinct,
        },
      ]),
    );
    expect({ rows: read.rows, columns: ours }).toEqual({ rows: c.rows, columns: theirs });
  });
});
