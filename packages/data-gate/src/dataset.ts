/** Dataset reading shared by the gate and the CLI commands. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  collectFiles,
  readTables,
  startProgress,
  UserError,
  type Cell,
  type Logger,
  type Progress,
  type RowPosition,
  type RowSink,
  type TableFile,
  type TableReadOptions,
  type TableSummary,
} from '@ml-gates/core';
import { DEFAULT_NULL_VALUES } from '@ml-gates/core/io';
import type { DataGateOptions } from './options.js';
import { ProfileSink, TeeSink, type ColumnData } from './profile/accumulate.js';

/** Data files inside a directory of shards; Spark/Hadoop markers (`_SUCCESS`, `.crc`), READMEs and the like are not. */
export const DATA_FILE = /\.(csv|tsv|tab|txt|jsonl|ndjson|json|parquet|pq)(\.gz)?$/i;

/**
 * Expands patterns into files; a pattern that matches nothing is a user error. Files named explicitly or
 * by a glob are all read; a directory contributes its data files (by extension), so the `_SUCCESS` and
 * `.crc` files of a Spark output folder are not mistaken for shards, nor the files of `notData` (absolute
 * paths: the integrity manifest, e.g. a `manifest.json` beside the data).
 */
export async function resolveFiles(
  cwd: string,
  patterns: readonly string[],
  what: string,
  notData: ReadonlySet<string> = new Set(),
): Promise<TableFile[]> {
  const out: TableFile[] = [];
  const seen = new Set<string>();
  for (const p of patterns) {
    const isDir = await isDirectory(resolve(cwd, p));
    const found = await collectFiles(cwd, [p]);
    const problems = found.problems;
    const files = isDir
      ? found.files.filter(
          (f) =>
            DATA_FILE.test(f.relPath) &&
            !/(^|\/)[._]/.test(f.relPath.slice(f.relPath.lastIndexOf('/') + 1)) &&
            !notData.has(resolve(f.path)),
        )
      : found.files;
    const outside = problems.find((x) => x.problem === 'symlink-outside-root');
    if (files.length === 0) {
      throw new UserError(
        'input-invalid',
        `The ${what} "${p}" matches no file${outside ? ` (${outside.relPath} is a symlink leaving the workspace)` : ''}.`,
        {
          details: [`Paths and globs are relative to ${cwd}.`],
        },
      );
    }
    for (const f of files) {
      if (f.relPath.endsWith('.dvc') || seen.has(f.path)) continue;
      seen.add(f.path);
      out.push({ path: f.path, relPath: f.relPath });
    }
  }
  return out;
}

/** True for a directory; false when nothing is there (a glob); any other failure (permissions, I/O) is an error. */
async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return false;
    throw new UserError('input-unreadable', `Cannot read ${path}: ${(error as Error).message}`);
  }
}

/** The null spellings as pandas combines `na_values` and `keep_default_na` (the defaults when neither is set). */
function nullValuesOf(o: DataGateOptions): { nullValues?: readonly string[] } {
  const extra = o['null-values'] ?? [];
  if (o['keep-default-nulls'] === false) return { nullValues: extra };
  return extra.length > 0 ? { nullValues: [...DEFAULT_NULL_VALUES, ...extra] } : {};
}

export function readOptionsOf(o: DataGateOptions, signal?: AbortSignal): TableReadOptions {
  return {
    format: o.format,
    ...(o.delimiter ? { delimiter: o.delimiter } : {}),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...nullValuesOf(o),
    ...(signal ? { signal } : {}),
  };
}

export interface ReadResult {
  columns: ColumnData[];
  rows: number;
  files: TableSummary[];
}

/** Files at least this big in all get progress reports while they are read. */
export const PROGRESS_MIN_BYTES = 32 * 1024 * 1024;

/** Where and how `readAndProfile` reports progress. */
export interface ReadProgress {
  logger: Logger;
  label?: string;
  /** Only files this big in all report (default `PROGRESS_MIN_BYTES`). */
  minBytes?: number;
}

/** Counts rows for a progress report, in batches so the per-row cost is one increment. */
class RowCounter implements RowSink {
  private pending = 0;
  constructor(private readonly progress: Progress) {}
  columns(): void {}
  row(_cells: readonly Cell[], _pos: RowPosition): void {
    if (++this.pending === 65536) {
      this.progress.update(this.pending);
      this.pending = 0;
    }
  }
  done(): void {
    this.progress.update(this.pending);
    this.pending = 0;
    this.progress.done();
  }
}

/**
 * Reads files into a profile plus any extra sinks. With `progress`, files of `PROGRESS_MIN_BYTES` or more in all
 * report the rows read so far through core's `startProgress` (a bar on a TTY, periodic lines in CI logs).
 */
export async function readAndProfile(
  files: readonly TableFile[],
  o: DataGateOptions,
  extra: RowSink[] = [],
  signal?: AbortSignal,
  progress?: ReadProgress,
): Promise<ReadResult> {
  const profile = new ProfileSink(o['max-categories'], o['sketch-above']);
  let counter: RowCounter | undefined;
  if (progress) {
    let bytes = 0;
    for (const f of files) bytes += (await stat(f.path)).size;
    if (bytes >= (progress.minBytes ?? PROGRESS_MIN_BYTES)) {
      const mb = (bytes / 1024 / 1024).toFixed(1);
      const label = `${progress.label ?? 'reading dataset'} (${files.length} file(s), ${mb} MB)`;
      counter = new RowCounter(startProgress(progress.logger, label, { unit: 'rows' }));
    }
  }
  const sinks = [profile, ...extra, ...(counter ? [counter] : [])];
  const sink = sinks.length > 1 ? new TeeSink(sinks) : profile;
  const summaries = await readTables(files, sink, readOptionsOf(o, signal));
  counter?.done();
  return { columns: profile.finish(), rows: profile.rows, files: summaries };
}
