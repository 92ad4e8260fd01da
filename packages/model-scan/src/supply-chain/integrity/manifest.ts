import { lstat, readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { collectFiles, sha256File, UserError, type Finding } from '@ml-gates/core';

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
export async function buildManifest(manifestPath: string, include: string[], signal?: AbortSignal): Promise<Manifest> {
  const root = dirname(resolve(manifestPath));
  const manifestRel = relative(root, resolve(manifestPath)).split(sep).join('/');
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
    entries.push({ path: f.relPath, size: f.size, sha256: await sha256File(f.path, signal) });
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

/** Parses and validates a manifest; throws a `UserError` naming the problem. */
export function parseManifest(text: string, where: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError('input-invalid', `${where} is not valid JSON: ${(error as Error).message}`);
  }
  const m = data as Partial<Manifest>;
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
  if (problems.length > 0) {
    throw new UserError(
      'input-invalid',
      `${where} is not a valid ml-gates manifest (regenerate it with \`ml-gates hash\`).`,
      {
        details: problems.slice(0, 20),
      },
    );
  }
  return m as Manifest;
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

export interface VerifyResult {
  findings: Finding[];
  verified: number;
  /** Manifest entries that exist and match, with their digest (for the BOM). */
  matched: ManifestEntry[];
}

/**
 * Verifies files against a manifest: changed (size or SHA-256), missing, extra (present under `include` but
 * not listed) files and entries pointing outside the manifest folder are findings. Paths in findings are
 * relative to `cwd`.
 */
export async function verifyManifest(
  manifestPath: string,
  manifest: Manifest,
  cwd: string,
  signal?: AbortSignal,
): Promise<VerifyResult> {
  const root = dirname(resolve(manifestPath));
  const rootReal = await realpath(root);
  const report = (rel: string): string => relative(cwd, resolve(root, rel)).split(sep).join('/');
  const manifestReport = relative(cwd, resolve(manifestPath)).split(sep).join('/');
  const findings: Finding[] = [];
  const matched: ManifestEntry[] = [];
  const listed = new Set<string>();
  let verified = 0;
  for (const entry of manifest.files) {
    if (!staysInside(entry.path)) {
      findings.push({
        ruleId: 'integrity.path-outside',
        severity: 'high',
        message: `Manifest entry \`${entry.path}\` points outside the manifest folder; it was not read`,
        location: { path: manifestReport },
        help: 'Manifest paths are relative to the manifest file and must stay below its folder. Regenerate it with `ml-gates hash`.',
      });
      continue;
    }
    const normalised = entry.path
      .split(/[\\/]/)
      .filter((p) => p !== '.' && p !== '')
      .join('/');
    listed.add(normalised);
    const abs = resolve(root, normalised);
    let st;
    // Why a listed file cannot be verified when it is there but unusable (not "missing": say what went wrong).
    let problem: string | undefined;
    try {
      st = await lstat(abs);
      if (st.isSymbolicLink()) {
        const target = await realpath(abs);
        if (target !== rootReal && !target.startsWith(rootReal + sep)) {
          problem = 'it is a symlink leaving the manifest folder';
          st = undefined;
        } else st = await lstat(target);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') problem = `it cannot be read (${(error as Error).message})`;
      st = undefined;
    }
    if (!st || !st.isFile()) {
      findings.push({
        ruleId: 'integrity.missing',
        severity: 'high',
        message: problem
          ? `\`${normalised}\` is listed in the manifest but ${problem}`
          : `\`${normalised}\` is listed in the manifest but missing`,
        location: { path: report(normalised) },
        help: 'A file the manifest lists is not there (or is not a regular file). Restore it, or regenerate the manifest with `ml-gates hash` if the removal is intended.',
      });
      continue;
    }
    const changed = st.size !== entry.size ? `size ${st.size} bytes, manifest says ${entry.size}` : undefined;
    const digest = changed ? undefined : await sha256File(abs, signal);
    if (changed || digest !== entry.sha256) {
      findings.push({
        ruleId: 'integrity.changed',
        severity: 'critical',
        message: `\`${normalised}\` does not match the manifest (${changed ?? `SHA-256 ${digest!.slice(0, 12)}…, manifest says ${entry.sha256.slice(0, 12)}…`})`,
        location: { path: report(normalised) },
        help: 'The file differs from the one the manifest recorded: it was modified, replaced or corrupted. If the change is intended, regenerate (and re-sign) the manifest; otherwise restore the original file.',
      });
      continue;
    }
    verified++;
    matched.push(entry);
  }
  const manifestRel = relative(root, resolve(manifestPath)).split(sep).join('/');
  const includes = manifest.include.filter(staysInside);
  // A walk that fails or cannot read a folder has not shown that there are no extra files: each such gap is a
  // finding, never an empty list.
  let walked: Awaited<ReturnType<typeof collectFiles>>;
  try {
    // `whole`: a manifest covers its folder whole, gitignored weights included.
    walked = await collectFiles(root, includes.length > 0 ? includes : ['.'], { whole: true });
  } catch (error) {
    findings.push({
      ruleId: 'integrity.extra',
      severity: 'high',
      message: `The files under the manifest folder could not be listed (${(error as Error).message}); files added beside the listed ones cannot be ruled out`,
      location: { path: manifestReport },
      help: 'Make the model folder readable by the job, then run the scan again.',
    });
    walked = { files: [], problems: [], skipped: [] };
  }
  const { files, problems } = walked;
  for (const p of problems) {
    // A listed path that is gone is reported above as missing; anything else unreadable hides what is in it.
    if (p.problem === 'unreadable' && /^ENO(ENT|TDIR)\b/.test(p.detail)) continue;
    findings.push({
      ruleId: 'integrity.extra',
      severity: 'high',
      message:
        p.problem === 'symlink-outside-root'
          ? `\`${p.relPath}\` is a symlink leaving the manifest folder; it is not in the manifest and was not followed`
          : `\`${p.relPath}\` could not be listed (${p.detail}); files in it cannot be checked against the manifest`,
      location: { path: report(p.relPath) },
      help: "Every file under the manifest's include paths must be listed and readable. Remove the unexpected entry, fix its permissions, or regenerate the manifest with `ml-gates hash`.",
    });
  }
  for (const f of files) {
    if (listed.has(f.relPath) || isManifestCompanion(f.relPath, manifestRel)) continue;
    findings.push({
      ruleId: 'integrity.extra',
      severity: 'high',
      message: `\`${f.relPath}\` is not in the manifest`,
      location: { path: report(f.relPath) },
      help: 'A file appeared where the manifest covers the model files. An added file can be loaded instead of (or besides) the reviewed ones. Remove it, or regenerate the manifest with `ml-gates hash` if it belongs there.',
    });
  }
  return { findings, verified, matched };
}

/** Reads and parses a manifest file. */
export async function readManifest(path: string, where: string): Promise<{ manifest: Manifest; bytes: Buffer }> {
  const bytes = await readFile(path);
  return { manifest: parseManifest(bytes.toString('utf8'), where), bytes };
}
