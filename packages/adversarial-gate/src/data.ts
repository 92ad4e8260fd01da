/** Evaluation data: JSON Lines (`{"input": [...], "label": 3}`) or CSV (numeric feature columns + a label column). */
import { readTables, UserError, type Cell, type RowSink } from '@ml-gates/core';

export interface Row {
  /** 0-based row number in the file (data rows, header excluded). */
  index: number;
  /** A numeric vector (classifiers) or a string (text classifiers, LLM prompts). */
  input: number[] | string;
  label: number | string;
}

export interface DataOptions {
  inputField: string;
  labelField: string;
  /** Rows to read at most (the first N). */
  limit: number;
}

/** Thrown by the sink once `limit` rows are kept: stops the reader early (never reported). */
const ENOUGH = Symbol('enough rows');

type Bad = (line: number, msg: string) => UserError;

/** A CSV row: every column but the label is a numeric feature. */
function csvRow(cells: readonly Cell[], header: readonly string[], li: number, line: number, bad: Bad): Row['input'] {
  const input: number[] = [];
  for (let i = 0; i < header.length; i++) {
    if (i === li) continue;
    const v = cells[i];
    if (typeof v !== 'number' || Number.isNaN(v))
      throw bad(line, `column "${header[i] ?? i}" is not a number: ${JSON.stringify(String(v ?? '').slice(0, 40))}`);
    input.push(v);
  }
  return input;
}

/** A CSV label: integers as numbers, anything else as its text. */
function csvLabel(cell: Cell | undefined, labelField: string, line: number, bad: Bad): number | string {
  if (cell === null || cell === undefined) throw bad(line, `the "${labelField}" column is empty`);
  if (typeof cell === 'number' && Number.isInteger(cell)) return cell;
  const raw = String(cell).trim();
  return /^-?\d+$/.test(raw) ? Number(raw) : raw;
}

/** A JSON Lines record: the input (a vector of finite numbers or a string) and the label. */
function jsonRow(record: Record<string, unknown>, opts: DataOptions, line: number, bad: Bad): Omit<Row, 'index'> {
  const input = record[opts.inputField];
  const label = record[opts.labelField];
  const okInput =
    typeof input === 'string' ||
    (Array.isArray(input) && input.length > 0 && input.every((v) => typeof v === 'number' && Number.isFinite(v)));
  if (!okInput) throw bad(line, `"${opts.inputField}" must be a non-empty array of finite numbers or a string`);
  if (typeof label !== 'number' && typeof label !== 'string')
    throw bad(line, `"${opts.labelField}" must be a number or a string`);
  return { input: input as number[] | string, label };
}

/** One kind of input per file, and vectors of one length. */
function checkRows(rows: readonly Row[], shown: string): void {
  if (rows.length === 0) throw new UserError('input-invalid', `${shown} holds no rows.`);
  const kinds = new Set(rows.map((r) => typeof r.input));
  if (kinds.size > 1)
    throw new UserError('input-invalid', `${shown} mixes text and vector inputs; use one kind per file.`);
  const widths = new Set(rows.map((r) => (typeof r.input === 'string' ? -1 : r.input.length)));
  if (widths.size > 1)
    throw new UserError(
      'input-invalid',
      `${shown}: input vectors have different lengths (${[...widths].slice(0, 5).join(', ')}).`,
    );
}

/**
 * Reads at most `limit` rows through core's table reader (CSV by the .csv extension, JSON Lines otherwise; gzip
 * or not), streaming: memory is bounded by the rows kept, not by the file size.
 */
export async function loadRows(path: string, shown: string, opts: DataOptions): Promise<Row[]> {
  const isCsv = /\.csv$/i.test(path);
  const rows: Row[] = [];
  const bad: Bad = (line, msg) =>
    new UserError('input-invalid', `${shown}:${line}: ${msg}`, {
      details: [
        isCsv
          ? `Each CSV row needs numeric feature columns and a "${opts.labelField}" column.`
          : `Each line must be a JSON object like {"${opts.inputField}": [0.1, 0.2], "${opts.labelField}": 3} or {"${opts.inputField}": "text", "${opts.labelField}": "pos"}.`,
      ],
    });
  let header: readonly string[] = [];
  const sink: RowSink = {
    columns(all) {
      header = [...all];
      if (isCsv && !header.includes(opts.labelField))
        throw bad(1, `no "${opts.labelField}" column (columns: ${header.slice(0, 10).join(', ')})`);
    },
    row(cells, pos, record) {
      const line = pos.line ?? pos.row + 1;
      if (isCsv) {
        const li = header.indexOf(opts.labelField);
        const input = csvRow(cells, header, li, line, bad);
        rows.push({ index: rows.length, input, label: csvLabel(cells[li], opts.labelField, line, bad) });
      } else {
        rows.push({ index: rows.length, ...jsonRow(record ?? {}, opts, line, bad) });
      }
      if (rows.length >= opts.limit) throw ENOUGH;
    },
  };
  try {
    await readTables([{ path, relPath: shown }], sink, { format: isCsv ? 'csv' : 'jsonl' });
  } catch (error) {
    if (error !== ENOUGH) {
      if (error instanceof UserError) throw error;
      throw new UserError('input-unreadable', `Cannot read the evaluation data ${shown}: ${(error as Error).message}`);
    }
  }
  checkRows(rows, shown);
  return rows;
}
