/**
 * Integrity and provenance: a manifest (the one `ml-gates hash` writes, `sha256sum` text or JSON
 * `{path: hash}`), DVC `.dvc` files verified without DVC, and an allowlist of sources (dataset paths, DVC
 * remotes/import URLs, URLs in the manifest). Verification is core's integrity module, shared with
 * model-scan; this check names what it finds with data-gate's rule ids.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import {
  issueToFinding,
  readHashList,
  toReportPath,
  UserError,
  verifyDvcFiles,
  verifyHashList,
  type CheckOutput,
  type DigestFn,
  type Finding,
  type IntegrityRuleIds,
  type SubjectOutput,
} from '@ml-gates/core';

export interface IntegrityOptions {
  manifest?: string;
  dvc?: string[];
  'allowed-sources'?: string[];
  /** Dataset files not listed in the manifest: `warn` (medium finding), `fail` (high) or `allow`. */
  untracked: 'allow' | 'warn' | 'fail';
}

/** data-gate's rule ids for what core's verification finds (an unreadable `.dvc` file is an error instead). */
export const INTEGRITY_RULE_IDS: IntegrityRuleIds = {
  missing: 'integrity.missing-file',
  changed: 'integrity.hash-mismatch',
  extra: 'integrity.untracked',
  outside: 'integrity.dvc-outside',
};

/**
 * The subject kind of the files the integrity check trusted (the manifest, `.dvc` files): read, so attested, and
 * `ml-gates verify data/` finds them attested where they sit beside the data.
 */
export const INTEGRITY_KIND = 'dataset/integrity';

/** Where findings and verified paths go, and the source allowlist. */
interface Run {
  cwd: string;
  findings: Finding[];
  verified: string[];
  /** The manifest and `.dvc` files read, with the sha256 of the bytes verified against. */
  subjects?: SubjectOutput[];
  checkSource: (source: string, where: string) => void;
  signal?: AbortSignal;
  digest?: DigestFn;
}

function sourceChecker(allowedSources: string[] | undefined, findings: Finding[]): Run['checkSource'] {
  const allowed = allowedSources ? picomatch(allowedSources, { dot: true }) : undefined;
  return (s, where) => {
    if (!allowed || allowed(s)) return;
    findings.push({
      ruleId: 'integrity.source-not-allowed',
      severity: 'high',
      message: `${s} is not an allowed data source (declared in ${where}).`,
      location: { path: where },
      help: 'Add the source to "allowed-sources" if it is trusted, or fetch the data from an allowed location.',
    });
  };
}

/** Verifies the manifest; reports dataset files it does not list by the `untracked` option. */
async function checkManifest(r: Run, o: IntegrityOptions, manifest: string, datasetFiles: readonly string[]) {
  const list = await readHashList(resolve(r.cwd, manifest), manifest);
  if (list.read) r.subjects?.push(integritySubject(r.cwd, manifest, list.read, 'manifest'));
  for (const e of list.entries) if (typeof e.url === 'string') r.checkSource(e.url, manifest);
  const v = await verifyHashList(resolve(r.cwd, manifest), list, {
    cwd: r.cwd,
    ...(r.signal ? { signal: r.signal } : {}),
    ...(r.digest ? { digest: r.digest } : {}),
  });
  r.findings.push(...v.issues.map((i) => issueToFinding(i, INTEGRITY_RULE_IDS)));
  r.verified.push(...v.verified);
  if (o.untracked === 'allow') return;
  // Files under an ml-gates manifest's `include` that it does not list are already reported (high).
  const listed = new Set([...v.listed, ...v.issues.filter((i) => i.kind === 'extra').map((i) => i.path)]);
  for (const f of datasetFiles) {
    if (listed.has(f)) continue;
    r.findings.push({
      ruleId: 'integrity.untracked',
      severity: o.untracked === 'fail' ? 'high' : 'medium',
      message: `${f} is not listed in ${manifest}.`,
      location: { path: f },
    });
  }
}

/** Verifies the `.dvc` files; one that cannot be read, or says nothing verifiable, stops the check (error). */
async function checkDvc(r: Run, dvcFiles: string[]) {
  const v = await verifyDvcFiles(r.cwd, dvcFiles, r.signal ? { signal: r.signal } : {});
  const invalid = v.issues.filter((i) => i.kind === 'invalid');
  if (invalid.length > 0) {
    throw new UserError('input-invalid', `Cannot verify DVC file ${invalid[0]!.path}: ${invalid[0]!.message}`, {
      details: invalid.slice(1).map((i) => i.message),
    });
  }
  for (const f of v.files)
    if (f.sha256 && f.size !== undefined)
      r.subjects?.push(integritySubject(r.cwd, f.path, { sha256: f.sha256, size: f.size }, 'dvc'));
  for (const { path, doc } of v.files) {
    for (const dep of doc?.deps ?? []) {
      if (typeof dep.path === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(dep.path)) r.checkSource(dep.path, path);
    }
    for (const out of doc?.outs ?? []) if (typeof out.remote === 'string') r.checkSource(`remote:${out.remote}`, path);
  }
  r.findings.push(...v.issues.map((i) => issueToFinding(i, INTEGRITY_RULE_IDS)));
  r.verified.push(...v.verified);
}

function integritySubject(
  cwd: string,
  path: string,
  read: { sha256: string; size: number },
  form: 'manifest' | 'dvc',
): SubjectOutput {
  return { path: toReportPath(cwd, resolve(cwd, path)), kind: INTEGRITY_KIND, ...read, details: { form } };
}

/**
 * The integrity check. `services.subjects`, when given, receives the manifest and `.dvc` files read (with the
 * digest of the bytes verified against), so the gate reports them as subjects.
 */
export async function integrityCheck(
  cwd: string,
  o: IntegrityOptions,
  datasetFiles: readonly string[],
  services: { signal?: AbortSignal; digest?: DigestFn; subjects?: SubjectOutput[] } = {},
): Promise<CheckOutput> {
  const findings: Finding[] = [];
  const r: Run = {
    cwd,
    findings,
    verified: [],
    checkSource: sourceChecker(o['allowed-sources'], findings),
    ...services,
  };
  for (const f of datasetFiles) r.checkSource(f, f);
  if (o.manifest) await checkManifest(r, o, o.manifest, datasetFiles);

  const dvcFiles = new Set(o.dvc ?? []);
  // `resolve(cwd, f) + '.dvc'`, not `resolve(cwd, `${f}.dvc`)`: ncc's asset relocator would rewrite the latter
  // into a path inside the bundle.
  for (const f of datasetFiles) if (existsSync(`${resolve(cwd, f)}.dvc`)) dvcFiles.add(`${f}.dvc`);
  if (dvcFiles.size > 0) await checkDvc(r, [...dvcFiles]);

  const nothing = !o.manifest && dvcFiles.size === 0 && !o['allowed-sources'];
  return {
    id: 'integrity',
    title: 'Integrity and provenance',
    summary: nothing
      ? 'nothing to verify (no manifest, .dvc file or allowed-sources)'
      : findings.length === 0
        ? `${r.verified.length} file(s) verified`
        : undefined,
    findings,
    details: { verified: r.verified, manifest: o.manifest ?? null, dvcFiles: [...dvcFiles] },
  } as CheckOutput;
}
