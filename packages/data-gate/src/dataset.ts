/** Dataset reading shared by the gate and the CLI commands. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  collectFiles,
  readTables,
  UserError,
  type RowSink,
  type TableFile,
  type TableReadOptions,
  type TableSummary,
} from '@ml-gates/core';
import type { DataGateOptions } from './options.js';
import { ProfileSink, TeeSink, type ColumnData } from './profile/accumulate.js';

/** Data files inside a directory of shards; Spark/Hadoop markers (`_SUCCESS`, `.crc`), READMEs and the like are not. */
export const DATA_FILE = /\.(csv|tsv|tab|txt|jsonl|ndjson|json|parquet|pq)(\.gz)?$/i;

/**
 * Expands patterns into files; a pattern that matches nothing is a user error. Files named explicitly or
 * by a glob are all read; a directory contributes its data files (by extension), so the `_SUCCESS` and
 * `.crc` files of a Spark output folder are not mistaken for shards.
 */
export async function resolveFiles(cwd: string, patterns: readonly string[], what: string): Promise<TableFile[]> {
  const out: TableFile[] = [];
  const seen = new Set<string>();
  for (const p of patterns) {
    const isDir = await stat(resolve(cwd, p)).then(
      (st) => st.isDirectory(),
      () => false,
    );
    const found = await collectFiles(cwd, [p]);
    const problems = found.problems;
    const files = isDir
      ? found.files.filter(
          (f) => DATA_FILE.test(f.relPath) && !/(^|\/)[._]/.test(f.relPath.slice(f.relPath.lastIndexOf('/') + 1)),
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

export function readOptionsOf(o: DataGateOptions, signal?: AbortSignal): TableReadOptions {
  return {
    format: o.format,
    ...(o.delimiter ? { delimiter: o.delimiter } : {}),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o['null-values'] ? { nullValues: o['null-values'] } : {}),
    ...(signal ? { signal } : {}),
  };
}

export interface ReadResult {
  columns: ColumnData[];
  rows: number;
  files: TableSummary[];
}

/** Reads files into a profile plus any extra sinks. */
export async function readAndProfile(
  files: readonly TableFile[],
  o: DataGateOptions,
  extra: RowSink[] = [],
  signal?: AbortSignal,
): Promise<ReadResult> {
  const profile = new ProfileSink(o['max-categories']);
  const sink = extra.length > 0 ? new TeeSink([profile, ...extra]) : profile;
  const summaries = await readTables(files, sink, readOptionsOf(o, signal));
  return { columns: profile.finish(), rows: profile.rows, files: summaries };
}
