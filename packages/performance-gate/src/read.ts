/**
 * A small reader for predictions files (CSV, JSON Lines, Parquet). Predictions files are small (one row per
 * evaluation example), so the selected columns are loaded into arrays; every other column is dropped while
 * reading, and the raw text is streamed, never held whole.
 *
 * TODO(core): the data-gate has its own CSV/JSONL/Parquet readers; both should move to one reader in core.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { UserError } from '@ml-gates/core';

export type Cell = string | number | boolean | bigint | null | undefined;

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

function tooMany(display: string, max: number): UserError {
  return new UserError('input-invalid', `${display}: more than ${max} rows.`, {
    details: ['A predictions file has one row per evaluation example; raise "max-rows" if this is intended.'],
  });
}

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
  if (format === 'parquet') return readParquet(opts, maxRows);
  if (format === 'jsonl') return readJsonl(opts, maxRows);
  return readDelimited(opts, format, maxRows);
}

async function readDelimited(opts: ReadOptions, format: 'csv' | 'tsv', maxRows: number): Promise<Table> {
  let header: string[] | undefined;
  let selected: { name: string; index: number }[] = [];
  const columns = new Map<string, Cell[]>();
  let rows = 0;
  let failure: UserError | undefined;
  await new Promise<void>((resolvePromise, reject) => {
    const stream = createReadStream(opts.path, { encoding: 'utf8' });
    Papa.parse<string[]>(stream, {
      delimiter: format === 'tsv' ? '\t' : '',
      skipEmptyLines: 'greedy',
      step: (result, parser) => {
        if (failure) return;
        const row = result.data;
        if (header === undefined) {
          header = row.map((h) => h.trim().replace(/^\uFEFF/, ''));
          try {
            const wanted = opts.select(header);
            selected = wanted.map((name) => ({ name, index: header!.indexOf(name) }));
            for (const s of selected) columns.set(s.name, []);
          } catch (error) {
            failure = error as UserError;
            parser.abort();
          }
          return;
        }
        if (rows >= maxRows) {
          failure = tooMany(opts.display, maxRows);
          parser.abort();
          return;
        }
        if (row.length !== header.length) {
          failure = new UserError(
            'input-invalid',
            `${opts.display}: row ${rows + 1} (line ${rows + 2}) has ${row.length} fields; the header has ${header.length}.`,
            { details: ['Quote fields that contain the delimiter, and give every row the same number of fields.'] },
          );
          parser.abort();
          return;
        }
        for (const s of selected) columns.get(s.name)!.push(row[s.index]);
        rows += 1;
        if (opts.signal?.aborted) parser.abort();
      },
      complete: () => resolvePromise(),
      error: (error: Error) => reject(error),
    });
  }).catch((error: unknown) => {
    throw new UserError(
      'input-unreadable',
      `${opts.display}: cannot parse as ${format.toUpperCase()}: ${(error as Error).message}`,
    );
  });
  if (failure) throw failure;
  if (header === undefined) throw new UserError('input-invalid', `${opts.display}: the file is empty (no header row).`);
  return {
    file: opts.display,
    format,
    header,
    columns,
    rows,
    where: (r) => `row ${r + 1} (line ${r + 2})`,
  };
}

async function readJsonl(opts: ReadOptions, maxRows: number): Promise<Table> {
  const lines = createInterface({ input: createReadStream(opts.path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header: string[] | undefined;
  let wanted: string[] = [];
  const columns = new Map<string, Cell[]>();
  const lineOf: number[] = [];
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo += 1;
      const line = raw.trim();
      if (line === '') continue;
      if (lineOf.length >= maxRows) throw tooMany(opts.display, maxRows);
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new UserError(
          'input-invalid',
          `${opts.display}: line ${lineNo} is not valid JSON (${(error as Error).message}).`,
          {
            details: ['JSON Lines holds one JSON object per line.'],
          },
        );
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new UserError('input-invalid', `${opts.display}: line ${lineNo} is not a JSON object.`, {
          details: ['Each line must be an object such as {"label": 1, "score": 0.8}.'],
        });
      }
      const record = value as Record<string, unknown>;
      if (header === undefined) {
        header = Object.keys(record);
        wanted = opts.select(header);
        for (const w of wanted) columns.set(w, []);
      }
      for (const w of wanted) {
        const v = record[w];
        if (v !== null && v !== undefined && typeof v === 'object') {
          throw new UserError('input-invalid', `${opts.display}: line ${lineNo}, column "${w}" holds a nested value.`, {
            details: ['Use one flat column per value (for class scores, one column per class with a common prefix).'],
          });
        }
        columns.get(w)!.push(v as Cell);
      }
      lineOf.push(lineNo);
      if (opts.signal?.aborted) break;
    }
  } finally {
    lines.close();
  }
  if (header === undefined) throw new UserError('input-invalid', `${opts.display}: the file holds no JSON object.`);
  return {
    file: opts.display,
    format: 'jsonl',
    header,
    columns,
    rows: lineOf.length,
    where: (r) => `row ${r + 1} (line ${lineOf[r] ?? '?'})`,
  };
}

async function readParquet(opts: ReadOptions, maxRows: number): Promise<Table> {
  let file;
  let metadata;
  try {
    file = await asyncBufferFromFile(opts.path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new UserError('input-unreadable', `${opts.display}: cannot read as Parquet (${(error as Error).message}).`);
  }
  const header = parquetSchema(metadata).children.map((c) => c.element.name);
  const wanted = opts.select(header);
  const rows = Number(metadata.num_rows);
  if (rows > maxRows) throw tooMany(opts.display, maxRows);
  let records: Record<string, unknown>[];
  try {
    records = await parquetReadObjects({ file, metadata, columns: wanted });
  } catch (error) {
    throw new UserError(
      'input-unreadable',
      `${opts.display}: cannot decode Parquet columns (${(error as Error).message}).`,
      {
        details: ['Snappy and uncompressed Parquet files are supported.'],
      },
    );
  }
  const columns = new Map<string, Cell[]>(wanted.map((w) => [w, records.map((r) => r[w] as Cell)]));
  return { file: opts.display, format: 'parquet', header, columns, rows: records.length, where: (r) => `row ${r + 1}` };
}
