/** Dataset reading shared by the gate and the CLI commands. */
import { collectFiles, UserError } from '@ml-gates/core';
import type { DataGateOptions } from './options.js';
import { ProfileSink, TeeSink, type ColumnData } from './profile/accumulate.js';
import { readDataset, type FileToRead, type ReadOptions, type ReadSummary, type RowSink } from './read/reader.js';

/** Expands patterns into files; a pattern that matches nothing is a user error. */
export async function resolveFiles(cwd: string, patterns: readonly string[], what: string): Promise<FileToRead[]> {
  const out: FileToRead[] = [];
  for (const p of patterns) {
    const { files, problems } = await collectFiles(cwd, [p]);
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
    for (const f of files)
      if (!f.relPath.endsWith('.dvc') && !out.some((o) => o.path === f.path))
        out.push({ path: f.path, relPath: f.relPath });
  }
  return out;
}

export function readOptionsOf(o: DataGateOptions, signal?: AbortSignal): ReadOptions {
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
  files: ReadSummary[];
}

/** Reads files into a profile plus any extra sinks. */
export async function readAndProfile(
  files: readonly FileToRead[],
  o: DataGateOptions,
  extra: RowSink[] = [],
  signal?: AbortSignal,
): Promise<ReadResult> {
  const profile = new ProfileSink(o['max-categories']);
  const sink = extra.length > 0 ? new TeeSink([profile, ...extra]) : profile;
  const summaries = await readDataset(files, sink, readOptionsOf(o, signal));
  return { columns: profile.finish(), rows: profile.rows, files: summaries };
}
