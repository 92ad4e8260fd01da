/** Evaluation data: JSON Lines (`{"input": [...], "label": 3}`) or CSV (numeric feature columns + a label column). */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
import { UserError } from '@ml-gates/core';

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

/** Reads at most `limit` rows, streaming (memory bounded by the rows kept, not by the file size). */
export async function loadRows(path: string, shown: string, opts: DataOptions): Promise<Row[]> {
  const isCsv = /\.csv$/i.test(path);
  const rows: Row[] = [];
  const stream = createReadStream(path, { encoding: 'utf8' });
  const bad = (line: number, msg: string): UserError =>
    new UserError('input-invalid', `${shown}:${line}: ${msg}`, {
      details: [
        isCsv
          ? `Each CSV row needs numeric feature columns and a "${opts.labelField}" column.`
          : `Each line must be a JSON object like {"${opts.inputField}": [0.1, 0.2], "${opts.labelField}": 3} or {"${opts.inputField}": "text", "${opts.labelField}": "pos"}.`,
      ],
    });
  try {
    if (isCsv) {
      let header: string[] | undefined;
      let line = 0;
      await new Promise<void>((resolve, reject) => {
        Papa.parse<string[]>(stream as unknown as File, {
          skipEmptyLines: true,
          step: (res, parser) => {
            line++;
            const cells = res.data;
            if (!header) {
              header = cells.map((c) => c.trim());
              if (!header.includes(opts.labelField)) {
                parser.abort();
                reject(bad(1, `no "${opts.labelField}" column (columns: ${header.slice(0, 10).join(', ')})`));
              }
              return;
            }
            const li = header.indexOf(opts.labelField);
            const input: number[] = [];
            for (let i = 0; i < cells.length; i++) {
              if (i === li) continue;
              const v = Number(cells[i]);
              if (cells[i]!.trim() === '' || Number.isNaN(v)) {
                parser.abort();
                reject(
                  bad(line, `column "${header[i] ?? i}" is not a number: ${JSON.stringify(cells[i]!.slice(0, 40))}`),
                );
                return;
              }
              input.push(v);
            }
            const raw = cells[li]!.trim();
            rows.push({ index: rows.length, input, label: /^-?\d+$/.test(raw) ? Number(raw) : raw });
            if (rows.length >= opts.limit) parser.abort();
          },
          complete: () => resolve(),
          error: (e) => reject(e),
        });
      });
    } else {
      const rl = createInterface({ input: stream, crlfDelay: Infinity });
      let line = 0;
      for await (const text of rl) {
        line++;
        if (text.trim() === '') continue;
        let obj: unknown;
        try {
          obj = JSON.parse(text);
        } catch (e) {
          throw bad(line, `not JSON (${(e as Error).message})`);
        }
        if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw bad(line, 'not a JSON object');
        const o = obj as Record<string, unknown>;
        const input = o[opts.inputField];
        const label = o[opts.labelField];
        const okInput =
          typeof input === 'string' ||
          (Array.isArray(input) && input.length > 0 && input.every((v) => typeof v === 'number' && Number.isFinite(v)));
        if (!okInput) throw bad(line, `"${opts.inputField}" must be a non-empty array of finite numbers or a string`);
        if (typeof label !== 'number' && typeof label !== 'string')
          throw bad(line, `"${opts.labelField}" must be a number or a string`);
        rows.push({ index: rows.length, input: input as number[] | string, label });
        if (rows.length >= opts.limit) break;
      }
      rl.close();
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('input-unreadable', `Cannot read the evaluation data ${shown}: ${(error as Error).message}`);
  } finally {
    stream.destroy();
  }
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
  return rows;
}
