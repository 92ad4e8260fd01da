import { createHash } from 'node:crypto';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { collectFiles, sha256File, toReportPath, type WalkResult } from '../io/files.js';
import { integrityIssue, type DigestFn, type IntegrityIssue } from './types.js';

/**
 * The ml-gates model manifest (`ml-gates hash` writes it): every file with its size and SHA-256, paths
 * relative to the manifest's own folder, sorted, no timestamp, so the same files give the same bytes (and the
 * same signature).
 *
 * ```json
 * { "format": "ml-gates-manifest", "version": 1, "algorithm": "sha256", "include": ["models"],
 *   "files": [{ "path": "models/model.safetensors", "size": 1234, "sha256": "<64 hex>" }] }
 * ```
 * `include` lists what was hashed (files, folders, globs, relative to the manifest folder): verification
 * walks it again to find extra files.
 */
export interface Manifest {
  format: 'ml-gates-manifest';
  version: 1;
  algorithm: 'sha256';
  include: string[];
  files: ManifestEntry[];
}

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

export const MANIFEST_FORMAT = 'ml-gates-manifest';

/** Files never listed in a manifest: the manifest itself and its signatures. */
function isManifestCompanion(relPath: string, manifestRel: string): boolean {
  return relPath === manifestRel || relPath.startsWith(`${manifestRel}.`);
}

/** Hashes the files under `include` (relative to the manifest folder) into a manifest. */
export async function buildManifest(
  manifestPath: string,
  include: string[],
  signal?: AbortSignal,
  digest: DigestFn = sha256File,
): Promise<Manifest> {
  const root = dirname(resolve(manifestPath));
  const manifestRel = toReportPath(root, resolve(manifestPath));
  const patterns = include.length > 0 ? include : ['.'];
  const { files, problems } = await collectFiles(root, patterns, { whole: true });
  const missing = problems.filter((p) => p.problem === 'unreadable');
  if (missing.length > 0) {
    throw new UserError('input-unreadable', 'Cannot hash: some paths do not exist or cannot be read.', {
      details: missing.map((p) => `${p.relPath}: ${p.detail}`),
    });
  }
  const entries: ManifestEntry[] = [];
  for (const f of files) {
    if (isManifestCompanion(f.relPath, manifestRel)) continue;
    entries.push({ path: f.relPath, size: f.size, sha256: await digest(f.path, signal) });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { format: MANIFEST_FORMAT, version: 1, algorithm: 'sha256', include: patterns, files: entries };
}

/** The manifest as written to disk: stable key order, two-space indent, final newline. */
export function serialiseManifest(m: Manifest): string {
  // A short `include` list on one line, as Prettier prints it: formatting the file must not change its bytes
  // (that would break its signature). Long lists stay expanded; keep signed manifests out of formatters.
  const text = JSON.stringify(m, null, 2);
  const inline = `  "include": ${JSON.stringify(m.include).replace(/","/g, '", "')},`;
  return `${inline.length <= 80 ? text.replace(/\n {2}"include": \[[^\]]*\],/, `\n${inline}`) : text}\n`;
}

function manifestProblems(m: Partial<Manifest>): string[] {
  const problems: string[] = [];
  if (m.format !== MANIFEST_FORMAT) problems.push(`format must be "${MANIFEST_FORMAT}"`);
  if (m.version !== 1) problems.push('version must be 1');
  if (m.algorithm !== 'sha256') problems.push('algorithm must be "sha256"');
  if (!Array.isArray(m.include) || !m.include.every((p) => typeof p === 'string'))
    problems.push('include must be a list of paths');
  if (!Array.isArray(m.files)) problems.push('files must be a list');
  else {
    m.files.forEach((f, i) => {
      if (!f || typeof f.path !== 'string' || f.path === '')
        problems.push(`files[${i}].path must be a non-empty string`);
      if (!f || !Number.isSafeInteger(f.size) || f.size < 0) problems.push(`files[${i}].size must be a byte count`);
      if (!f || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) {
        problems.push(`files[${i}].sha256 must be 64 lowercase hex digits`);
      }
    });
  }
  return problems;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError('input-invalid', `${where} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Checks an already parsed JSON value is a manifest; throws a `UserError` naming the problems. */
function asManifest(data: unknown, where: string): Manifest {
  const problems = manifestProblems(data as Partial<Manifest>);
  if (problems.length > 0) {
    throw new UserError(
      'input-invalid',
      `${where} is not a valid ml-gates manifest (regenerate it with \`ml-gates hash\`).`,
      { details: problems.slice(0, 20) },
    );
  }
  return data as Manifest;
}

/** Parses and validates a manifest; throws a `UserError` naming the problem. */
export function parseManifest(text: string, where: string): Manifest {
  return asManifest(parseJson(text, where), where);
}

/** Reads and parses a manifest file. */
export async function readManifest(path: string, where: string): Promise<{ manifest: Manifest; bytes: Buffer }> {
  const bytes = await readFile(path);
  return { manifest: parseManifest(bytes.toString('utf8'), where), bytes };
}

/** True when `rel` stays inside its root (no absolute path, no `..` escape). */
export function staysInside(rel: string): boolean {
  if (isAbsolute(rel) || /^[a-zA-Z]:/.test(rel) || rel.includes('\0')) return false;
  const parts = rel.split(/[\\/]/);
  let depth = 0;
  for (const p of parts) {
    if (p === '..') depth--;
    else if (p !== '.' && p !== '') depth++;
    if (depth < 0) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------- hash lists

/** One recorded file of any manifest format: `sha256` (and `size`) when recorded, `url` where it came from. */
export interface HashListEntry {
  path: string;
  sha256?: string;
  size?: number;
  url?: string;
}

/**
 * A manifest in any of the formats the gates read: the ml-gates manifest (`ml-gates hash`), `sha256sum`
 * text (`<sha256>  <path>` lines) and JSON `{path: sha256}` (or `{path: {sha256, url}}`, or a list of
 * `{path, sha256, url}`). Paths are relative to the manifest's folder. `include` (ml-gates manifests only)
 * says which folders the manifest covers whole.
 */
export interface HashList {
  format: 'ml-gates' | 'sha256sum' | 'json';
  entries: HashListEntry[];
  include?: string[];
  /** sha256 and size of the manifest's bytes as parsed (`readHashList`): what an attestation binds. */
  read?: { sha256: string; size: number };
}

function parseSha256sum(text: string, where: string): HashListEntry[] {
  const out: HashListEntry[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m) {
      throw new UserError('input-invalid', `${where}: line ${i + 1} is not "<sha256>  <path>".`, {
        details: ['Create the manifest with "ml-gates hash PATH... --out FILE" or "sha256sum FILE... > FILE".'],
      });
    }
    out.push({ path: m[2]!, sha256: m[1]!.toLowerCase() });
  }
  return out;
}

function jsonEntries(v: unknown, where: string): HashListEntry[] {
  const list = Array.isArray(v)
    ? v
    : Object.entries((v ?? {}) as Record<string, unknown>).map(([path, h]) =>
        typeof h === 'string' ? { path, sha256: h } : { path, ...(h as object) },
      );
  return list.map((e: unknown, i) => {
    const entry = e as Partial<HashListEntry> | null;
    if (!entry || typeof entry.path !== 'string' || entry.path === '') {
      throw new UserError('input-invalid', `${where}: entry ${i + 1} has no path.`);
    }
    if (entry.sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(String(entry.sha256))) {
      throw new UserError('input-invalid', `${where}: the SHA-256 of ${entry.path} is not 64 hex digits.`);
    }
    return { ...entry, path: entry.path, ...(entry.sha256 ? { sha256: String(entry.sha256).toLowerCase() } : {}) };
  });
}

/** Parses a manifest in any supported format (see `HashList`); throws a `UserError` naming the problem. */
export function parseHashList(text: string, where: string): HashList {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('['))
    return { format: 'sha256sum', entries: parseSha256sum(text, where) };
  const data = parseJson(text, where);
  if (data && typeof data === 'object' && !Array.isArray(data) && 'format' in data) {
    const m = asManifest(data, where);
    return { format: 'ml-gates', entries: m.files, include: m.include };
  }
  return { format: 'json', entries: jsonEntries(data, where) };
}

/** Reads a manifest in any supported format. */
export async function readHashList(path: string, where: string): Promise<HashList> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError('input-unreadable', `Cannot read the integrity manifest ${where}: ${(error as Error).message}`);
  }
  const read = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  return { ...parseHashList(bytes.toString('utf8'), where), read };
}

// ---------------------------------------------------------------------------------------------- verification

export interface HashListResult {
  issues: IntegrityIssue[];
  /** Entries that exist and match (their paths as recorded, normalised). */
  matched: HashListEntry[];
  /** Workspace paths of the matched files. */
  verified: string[];
  /** Workspace paths of every entry inside the manifest folder. */
  listed: string[];
}

export interface IntegrityVerifyOptions {
  /** Workspace root: issue paths are relative to it. */
  cwd: string;
  signal?: AbortSignal;
  /** SHA-256 provider; default `sha256File`. */
  digest?: DigestFn;
}

const HELP = {
  outside:
    'Manifest paths are relative to the manifest file and must stay below its folder. Regenerate it with `ml-gates hash`.',
  missing:
    'A file the manifest lists is not there (or is not a regular file). Restore it, or regenerate the manifest with `ml-gates hash` if the removal is intended.',
  changed:
    'The file differs from the one the manifest recorded: it was modified, replaced or corrupted. If the change is intended, regenerate (and re-sign) the manifest; otherwise restore the original file.',
  unlisted: 'Make the model folder readable by the job, then run the scan again.',
  walk: "Every file under the manifest's include paths must be listed and readable. Remove the unexpected entry, fix its permissions, or regenerate the manifest with `ml-gates hash`.",
  extra:
    'A file appeared where the manifest covers the model files. An added file can be loaded instead of (or besides) the reviewed ones. Remove it, or regenerate the manifest with `ml-gates hash` if it belongs there.',
};

interface ManifestScope {
  root: string;
  rootReal: string;
  manifestRel: string;
  report: (rel: string) => string;
  manifestReport: string;
  opts: IntegrityVerifyOptions;
}

/** The regular file behind `abs` (following a symlink that stays inside the root), or why there is none. */
async function statListed(abs: string, rootReal: string): Promise<{ size?: number; problem?: string }> {
  try {
    let st = await lstat(abs);
    if (st.isSymbolicLink()) {
      const target = await realpath(abs);
      if (target !== rootReal && !target.startsWith(rootReal + sep)) {
        return { problem: 'it is a symlink leaving the manifest folder' };
      }
      st = await lstat(target);
    }
    return st.isFile() ? { size: st.size } : {};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Why a listed file cannot be verified when it is there but unusable (not "missing": say what went wrong).
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return { problem: `it cannot be read (${(error as Error).message})` };
    return {};
  }
}

/** Verifies one entry: `undefined` when it matches (or records no hash), else the issue. */
async function verifyEntry(
  s: ManifestScope,
  entry: HashListEntry,
  normalised: string,
): Promise<IntegrityIssue | undefined> {
  const { size, problem } = await statListed(resolve(s.root, normalised), s.rootReal);
  if (size === undefined) {
    const why = problem ? `but ${problem}` : 'but missing';
    return integrityIssue(
      'missing',
      s.report(normalised),
      `\`${normalised}\` is listed in the manifest ${why}`,
      HELP.missing,
    );
  }
  if (entry.sha256 === undefined) return undefined;
  const changed =
    entry.size !== undefined && size !== entry.size ? `size ${size} bytes, manifest says ${entry.size}` : undefined;
  const digest = changed ? undefined : await (s.opts.digest ?? sha256File)(resolve(s.root, normalised), s.opts.signal);
  if (!changed && digest === entry.sha256) return undefined;
  const why = changed ?? `SHA-256 ${digest!.slice(0, 12)}…, manifest says ${entry.sha256.slice(0, 12)}…`;
  return integrityIssue(
    'changed',
    s.report(normalised),
    `\`${normalised}\` does not match the manifest (${why})`,
    HELP.changed,
  );
}

/** Files under `include` that the manifest does not list, and the folders that could not be listed. */
async function extraFiles(s: ManifestScope, include: string[], listed: Set<string>): Promise<IntegrityIssue[]> {
  const issues: IntegrityIssue[] = [];
  const includes = include.filter(staysInside);
  // A walk that fails or cannot read a folder has not shown that there are no extra files: each such gap is an
  // issue, never an empty list.
  let walked: WalkResult;
  try {
    // `whole`: a manifest covers its folder whole, gitignored weights included.
    walked = await collectFiles(s.root, includes.length > 0 ? includes : ['.'], { whole: true });
  } catch (error) {
    const msg = `The files under the manifest folder could not be listed (${(error as Error).message}); files added beside the listed ones cannot be ruled out`;
    return [integrityIssue('extra', s.manifestReport, msg, HELP.unlisted)];
  }
  for (const p of walked.problems) {
    // A listed path that is gone is reported as missing; anything else unreadable hides what is in it.
    if (p.problem === 'unreadable' && /^ENO(ENT|TDIR)\b/.test(p.detail)) continue;
    const msg =
      p.problem === 'symlink-outside-root'
        ? `\`${p.relPath}\` is a symlink leaving the manifest folder; it is not in the manifest and was not followed`
        : `\`${p.relPath}\` could not be listed (${p.detail}); files in it cannot be checked against the manifest`;
    issues.push(integrityIssue('extra', s.report(p.relPath), msg, HELP.walk));
  }
  for (const f of walked.files) {
    if (listed.has(f.relPath) || isManifestCompanion(f.relPath, s.manifestRel)) continue;
    issues.push(integrityIssue('extra', s.report(f.relPath), `\`${f.relPath}\` is not in the manifest`, HELP.extra));
  }
  return issues;
}

/**
 * Verifies files against a manifest of any format: entries pointing outside the manifest folder (never read),
 * missing files, changed files (size when recorded, then SHA-256) and, when the manifest has an `include`
 * list, extra files (present under `include` but not listed). Entries without a hash are only listed.
 */
export async function verifyHashList(
  manifestPath: string,
  list: Pick<HashList, 'entries' | 'include'>,
  opts: IntegrityVerifyOptions,
): Promise<HashListResult> {
  const root = dirname(resolve(manifestPath));
  const s: ManifestScope = {
    root,
    rootReal: await realpath(root),
    manifestRel: toReportPath(root, resolve(manifestPath)),
    report: (rel) => toReportPath(opts.cwd, resolve(root, rel)),
    manifestReport: toReportPath(opts.cwd, resolve(manifestPath)),
    opts,
  };
  const result: HashListResult = { issues: [], matched: [], verified: [], listed: [] };
  const listed = new Set<string>();
  for (const entry of list.entries) {
    if (!staysInside(entry.path)) {
      const msg = `Manifest entry \`${entry.path}\` points outside the manifest folder; it was not read`;
      result.issues.push(integrityIssue('outside', s.manifestReport, msg, HELP.outside));
      continue;
    }
    const normalised = entry.path
      .split(/[\\/]/)
      .filter((p) => p !== '.' && p !== '')
      .join('/');
    listed.add(normalised);
    result.listed.push(s.report(normalised));
    const problem = await verifyEntry(s, entry, normalised);
    if (problem) result.issues.push(problem);
    else if (entry.sha256 !== undefined) {
      result.matched.push(entry);
      result.verified.push(s.report(normalised));
    }
  }
  if (list.include) result.issues.push(...(await extraFiles(s, list.include, listed)));
  return result;
}

/** `verifyHashList` for an ml-gates manifest. */
export function verifyManifestFiles(
  manifestPath: string,
  manifest: Manifest,
  opts: IntegrityVerifyOptions,
): Promise<HashListResult> {
  return verifyHashList(manifestPath, { entries: manifest.files, include: manifest.include }, opts);
}
