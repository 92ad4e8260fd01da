/**
 * Integrity and provenance: a SHA-256 manifest (`sha256sum` format or JSON `{path: hash}`), DVC `.dvc`
 * files verified without DVC (md5 and size of each output; DVC 2 text files are hashed with CRLF→LF like
 * DVC does), and an allowlist of sources (dataset paths, DVC remotes/import URLs, URLs in the manifest).
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { sha256File, toReportPath, UserError, type CheckOutput, type Finding } from '@ml-gates/core';

export interface IntegrityOptions {
  manifest?: string;
  dvc?: string[];
  'allowed-sources'?: string[];
  /** Dataset files not listed in the manifest: `warn` (medium finding), `fail` (high) or `allow`. */
  untracked: 'allow' | 'warn' | 'fail';
}

interface Entry {
  path: string;
  sha256?: string;
  url?: string;
}

async function readManifest(cwd: string, file: string): Promise<Entry[]> {
  const abs = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (error) {
    throw new UserError('input-unreadable', `Cannot read the integrity manifest ${file}: ${(error as Error).message}`);
  }
  const base = dirname(abs);
  const rel = (p: string): string => toReportPath(cwd, resolve(base, p));
  if (text.trimStart().startsWith('{') || text.trimStart().startsWith('[')) {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (error) {
      throw new UserError('input-invalid', `${file} is not valid JSON: ${(error as Error).message}`);
    }
    const list = Array.isArray(v)
      ? v
      : Object.entries(v as Record<string, unknown>).map(([path, h]) =>
          typeof h === 'string' ? { path, sha256: h } : { path, ...(h as object) },
        );
    return (list as Entry[]).map((e) => ({ ...e, path: rel(e.path) }));
  }
  const out: Entry[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!m) {
      throw new UserError('input-invalid', `${file}: line ${i + 1} is not "<sha256>  <path>".`, {
        details: ['Create the manifest with "sha256sum FILE... > manifest.sha256".'],
      });
    }
    out.push({ path: rel(m[2]!), sha256: m[1]!.toLowerCase() });
  }
  return out;
}

async function md5File(path: string, dos2unix: boolean): Promise<string> {
  const hash = createHash('md5');
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let binary = false;
  let first = true;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    if (!dos2unix) {
      hash.update(b);
      continue;
    }
    if (first) {
      first = false;
      binary = b.subarray(0, 8000).includes(0);
    }
    if (binary) hash.update(b);
    else chunks.push(b);
    if (chunks.length > 0 && !binary) {
      // Normalise CRLF to LF across chunk boundaries.
      let joined = Buffer.concat(chunks.splice(0));
      const endsWithCr = joined[joined.length - 1] === 13;
      if (endsWithCr) {
        chunks.push(joined.subarray(joined.length - 1));
        joined = joined.subarray(0, joined.length - 1);
      }
      hash.update(Buffer.from(joined.toString('latin1').replace(/\r\n/g, '\n'), 'latin1'));
    }
  }
  for (const c of chunks) hash.update(c);
  return hash.digest('hex');
}

interface DvcOut {
  md5?: string;
  size?: number;
  path?: string;
  hash?: string;
  remote?: string;
}

export async function integrityCheck(
  cwd: string,
  o: IntegrityOptions,
  datasetFiles: readonly string[],
): Promise<CheckOutput> {
  const findings: Finding[] = [];
  const verified: string[] = [];
  const allowed = o['allowed-sources'] ? picomatch(o['allowed-sources'], { dot: true }) : undefined;
  const sourceOk = (s: string): boolean => !allowed || allowed(s);
  const checkSource = (s: string, where: string, field?: string): void => {
    if (!sourceOk(s)) {
      findings.push({
        ruleId: 'integrity.source-not-allowed',
        severity: 'high',
        message: `${s} is not an allowed data source (declared in ${where}).`,
        location: { path: where, ...(field ? { field } : {}) },
        help: 'Add the source to "allowed-sources" if it is trusted, or fetch the data from an allowed location.',
      });
    }
  };
  for (const f of datasetFiles) checkSource(f, f);

  if (o.manifest) {
    const entries = await readManifest(cwd, o.manifest);
    const listed = new Set(entries.map((e) => e.path));
    for (const e of entries) {
      if (e.url) checkSource(e.url, o.manifest);
      if (!e.sha256) continue;
      const abs = resolve(cwd, e.path);
      if (!existsSync(abs)) {
        findings.push({
          ruleId: 'integrity.missing-file',
          severity: 'high',
          message: `${e.path} is listed in ${o.manifest} but does not exist.`,
          location: { path: e.path },
        });
        continue;
      }
      const actual = await sha256File(abs);
      if (actual !== e.sha256.toLowerCase()) {
        findings.push({
          ruleId: 'integrity.hash-mismatch',
          severity: 'critical',
          message: `${e.path}: SHA-256 ${actual.slice(0, 16)}… does not match ${e.sha256.slice(0, 16)}… in ${o.manifest}.`,
          location: { path: e.path },
          help: 'The file changed after the manifest was written: find out why before training on it, then update the manifest.',
        });
      } else verified.push(e.path);
    }
    if (o.untracked !== 'allow') {
      for (const f of datasetFiles) {
        if (!listed.has(f)) {
          findings.push({
            ruleId: 'integrity.untracked',
            severity: o.untracked === 'fail' ? 'high' : 'medium',
            message: `${f} is not listed in ${o.manifest}.`,
            location: { path: f },
          });
        }
      }
    }
  }

  const dvcFiles = new Set(o.dvc ?? []);
  // `resolve(cwd, f) + '.dvc'`, not `resolve(cwd, `${f}.dvc`)`: ncc's asset relocator would rewrite the latter
  // into a path inside the bundle.
  for (const f of datasetFiles) if (existsSync(`${resolve(cwd, f)}.dvc`)) dvcFiles.add(`${f}.dvc`);
  for (const d of dvcFiles) {
    const abs = resolve(cwd, d);
    let doc: { outs?: DvcOut[]; deps?: { path?: string }[] };
    try {
      doc = parseYaml(await readFile(abs, 'utf8')) as typeof doc;
    } catch (error) {
      throw new UserError('input-invalid', `Cannot read DVC file ${d}: ${(error as Error).message}`);
    }
    for (const dep of doc?.deps ?? [])
      if (dep.path && /^[a-z][a-z0-9+.-]*:\/\//i.test(dep.path)) checkSource(dep.path, d);
    for (const out of doc?.outs ?? []) {
      if (!out.path) continue;
      if (out.remote) checkSource(`remote:${out.remote}`, d);
      const target = resolve(dirname(abs), out.path);
      const rel = toReportPath(cwd, target);
      if (relative(cwd, target).startsWith(`..${sep}`)) {
        findings.push({
          ruleId: 'integrity.dvc-outside',
          severity: 'high',
          message: `${d} points outside the workspace (${out.path}).`,
          location: { path: d },
        });
        continue;
      }
      if (!existsSync(target)) {
        findings.push({
          ruleId: 'integrity.missing-file',
          severity: 'high',
          message: `${rel} (tracked by ${d}) does not exist; run "dvc pull" before the gate.`,
          location: { path: d },
        });
        continue;
      }
      if (out.md5?.endsWith('.dir')) {
        findings.push({
          ruleId: 'integrity.dvc-directory',
          severity: 'info',
          message: `${d} tracks a directory; its .dir listing lives in the DVC cache and was not verified.`,
          location: { path: d },
        });
        continue;
      }
      const st = await stat(target);
      if (out.size !== undefined && st.size !== out.size) {
        findings.push({
          ruleId: 'integrity.hash-mismatch',
          severity: 'critical',
          message: `${rel}: size ${st.size} does not match ${out.size} in ${d}.`,
          location: { path: rel },
        });
        continue;
      }
      if (out.md5) {
        // DVC 3 (hash: md5) hashes raw bytes; DVC 2 files (no "hash" field) hash text with CRLF→LF.
        const md5 = await md5File(target, out.hash !== 'md5');
        if (md5 !== out.md5) {
          findings.push({
            ruleId: 'integrity.hash-mismatch',
            severity: 'critical',
            message: `${rel}: md5 ${md5} does not match ${out.md5} in ${d}.`,
            location: { path: rel },
          });
        } else verified.push(rel);
      }
    }
  }
  const nothing = !o.manifest && dvcFiles.size === 0 && !o['allowed-sources'];
  return {
    id: 'integrity',
    title: 'Integrity and provenance',
    summary: nothing
      ? 'nothing to verify (no manifest, .dvc file or allowed-sources)'
      : findings.length === 0
        ? `${verified.length} file(s) verified`
        : undefined,
    findings,
    details: { verified, manifest: o.manifest ?? null, dvcFiles: [...dvcFiles] },
  } as CheckOutput;
}
