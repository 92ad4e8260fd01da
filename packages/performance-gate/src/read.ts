/**
 * Reads a predictions file (CSV/TSV, JSON Lines or Parquet, gzip or not) with core's streaming table reader
 * (`readTables`) and keeps only the columns the gate needs, as arrays: predictions files hold one row per
 * evaluation example, and the row cap stops a wrong file (a whole dataset) before it fills memory. What the
 * columns mean (label, prediction, scores) is decided in predictions.ts.
 */
import { stat } from 'node:fs/promises';
import { readTables, UserError, type Cell, type RowSink } from '@ml-gates/core';

export type FileFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

export interface Table {
  /** The file as shown to users (relative to the workspace). */
  file: string;
  format: FileFormat;
  /** Every column name of the file, in order. */
  header: string[];
  /** The selected columns. */
  columns: Map<string, Cell[]>;
  rows: number;
  /** How a 0-based data row is named in messages (`row 3 (line 4)`). */
  where(row: number): string;
}

/** Default cap on rows, so a wrong file (a whole dataset) fails clearly instead of filling memory. */
export const DEFAULT_MAX_ROWS = 5_000_000;

export function detectFormat(path: string, declared?: string): FileFormat {
  if (declared && declared !== 'auto') {
    if (declared === 'csv' || declared === 'tsv' || declared === 'jsonl' || declared === 'parquet') return declared;
    throw new UserError('usage', `Unknown predictions format "${declared}"; use csv, tsv, jsonl or parquet.`);
  }
  const lower = path.toLowerCase().replace(/\.gz$/, '');
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return 'tsv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'jsonl';
  if (lower.endsWith('.parquet') || lower.endsWith('.pq')) return 'parquet';
  throw new UserError('input-invalid', `${path}: cannot tell the predictions format from the file name.`, {
    details: ['Use a .csv, .tsv, .jsonl or .parquet file, or set "format" (csv, tsv, jsonl, parquet).'],
  });
}

export interface ReadOptions {
  /** Path to open. */
  path: string;
  /** Path as shown in messages. */
  display: string;
  format?: string;
  /** Chooses the columns to keep once the header is known. */
  select: (header: string[]) => string[];
  maxRows?: number;
  signal?: AbortSignal;
}

/**
 * Only empty cells are missing values: a class may well be called "NA" or "None", and a score of "NaN" is
 * reported as not a number rather than as missing.
 */
const NULL_VALUES = [''];

export async function readTable(opts: ReadOptions): Promise<Table> {
  const format = detectFormat(opts.path, opts.format);
  try {
    const s = await stat(opts.path);
    if (!s.isFile()) throw new Error('not a regular file');
  } catch (error) {
    throw new UserError(
      'input-unreadable',
      `${opts.display}: cannot read the predictions file (${(error as Error).message}).`,
      {
        details: ['Check the path; it is relative to the workspace root.'],
      },
    );
  }
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  let header: string[] | undefined;
  let selected: { name: string; index: number; cells: Cell[] }[] = [];
  const lines: number[] = [];
  let rows = 0;
  const sink: RowSink = {
    columns(all) {
      // The first call names the file's columns (CSV header, first JSON object, Parquet schema); keys that
      // appear only in later JSON objects are not part of the header.
      if (header !== undefined) return;
      header = [...all];
      selected = opts.select(header).map((name) => ({ name, index: all.indexOf(name), cells: [] }));
    },
    row(cells, pos, record) {
      if (rows >= maxRows) {
        throw new UserError('input-invalid', `${opts.display}: more than ${maxRows} rows.`, {
          details: ['A predictions file has one row per evaluation example; raise "max-rows" if this is intended.'],
        });
      }
      for (const s of selected) {
        if (format === 'jsonl' && record) {
          const v = record[s.name];
          if (v !== null && typeof v === 'object') {
            throw new UserError(
              'input-invalid',
              `${opts.display}: line ${pos.line}, column "${s.name}" holds a nested value.`,
              {
                details: [
                  'Use one flat column per value (for class scores, one column per class with a common prefix).',
                ],
              },
            );
          }
        }
        s.cells.push(cells[s.index] ?? null);
      }
      if (pos.line !== undefined) lines.push(pos.line);
      rows += 1;
    },
  };
  await readTables([{ path: opts.path, relPath: opts.display }], sink, {
    format,
    nullValues: NULL_VALUES,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  if (header === undefined) throw new UserError('input-invalid', `${opts.display}: the file has no columns.`);
  return {
    file: opts.display,
    format,
    header,
    columns: new Map(selected.map((s) => [s.name, s.cells])),
    rows,
    where: (r) => (lines.length > 0 ? `row ${r + 1} (line ${lines[r] ?? '?'})` : `row ${r + 1}`),
  };
}
