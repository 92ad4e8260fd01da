import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { GateResult } from '../result/types.js';
import type { PartialReport } from './merge.js';

/** The report of a whole run, written beside the per-gate files: read alone when present (same results). */
const RUN_REPORT = 'ml-gates.json';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const looksLikeResult = (v: unknown): v is GateResult =>
  isObject(v) && typeof v.gate === 'string' && Array.isArray(v.checks) && typeof v.schemaVersion === 'string';

/**
 * The gate results in one JSON report: a `GateResult` (`<gate>.json`) or a `RunReport` (`ml-gates.json`,
 * `--format json`). Throws a `UserError` naming the file when it is neither.
 */
export function partialsFromJson(source: string, text: string): PartialReport[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError('input-unreadable', `${source}: not JSON (${(error as Error).message}).`);
  }
  if (looksLikeResult(value)) return [{ source, result: value }];
  if (isObject(value) && Array.isArray(value.results) && value.results.every(looksLikeResult)) {
    return (value.results as GateResult[]).map((result, i) => ({ source: `${source}#results[${i}]`, result }));
  }
  // A malformed input file, as one that is not JSON: exit 3 (README), not a usage error.
  throw new UserError(
    'input-unreadable',
    `${source}: not an ml-gates JSON report (expected one gate's result or a run report with "results").`,
  );
}

/** The JSON reports under a folder: `ml-gates.json` alone where a folder has one, else every `*.json`. */
async function reportFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const json = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => join(dir, e.name));
  const own = json.some((f) => f.endsWith(`${sep}${RUN_REPORT}`)) ? [join(dir, RUN_REPORT)] : json;
  const nested = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => reportFilesIn(join(dir, e.name))));
  return [...own, ...nested.flat()];
}

/**
 * Reads the reports named on `ml-gates merge`'s command line (files, or folders such as downloaded
 * artifacts, searched recursively). Paths are relative to `cwd`; sources are shown relative to it.
 */
export async function readPartialReports(paths: readonly string[], cwd: string): Promise<PartialReport[]> {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let isDir: boolean;
    try {
      isDir = (await stat(abs)).isDirectory();
    } catch (error) {
      throw new UserError('usage', `${p}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
    if (!isDir) files.push(abs);
    else {
      const found = await reportFilesIn(abs);
      if (found.length === 0) throw new UserError('usage', `${p}: the folder holds no JSON report.`);
      files.push(...found);
    }
  }
  const partials: PartialReport[] = [];
  for (const file of [...new Set(files)]) {
    const source = relative(cwd, file).split(sep).join('/') || file;
    partials.push(...partialsFromJson(source, await readFile(file, 'utf8')));
  }
  return partials;
}
