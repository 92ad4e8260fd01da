import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { collectFiles, toReportPath } from '../io/files.js';
import { staysInside } from './manifest.js';
import { integrityIssue, type IntegrityIssue } from './types.js';

/**
 * Verifies outputs tracked by DVC `.dvc` files without DVC: each `outs` entry's `md5` and `size`, and for
 * directories (`md5` ending in `.dir`) every file of the `.dir` listing, read from the DVC cache when present
 * (`.dvc/cache/files/md5/xx/…` in DVC 3, `.dvc/cache/xx/…` in DVC 2) or recomputed the way DVC builds it
 * (JSON list of `{"md5", "relpath"}` sorted by path, `json.dumps(..., sort_keys=True)`).
 *
 * Hashes: DVC 3 (`hash: md5` on the output) uses the plain MD5 of the bytes. DVC 2 files (no `hash` field)
 * used the MD5 of the file with CRLF turned into LF when the file looked like text (the first 512 bytes hold
 * no NUL and at most 30% non-text bytes, DVC's `istextfile`); both are implemented. DVC 2 recorded the size
 * of the bytes on disk but hashed the LF text, so for DVC 2 outputs the md5 decides.
 */

export interface DvcOut {
  path?: unknown;
  md5?: unknown;
  size?: unknown;
  nfiles?: unknown;
  hash?: unknown;
  remote?: unknown;
  /** Outputs outside the workspace (cloud, `dvc import-url --to-remote`) record an etag instead of an md5. */
  etag?: unknown;
}

export interface DvcDep {
  path?: unknown;
}

/** A parsed `.dvc` file: its `outs` and `deps` (empty lists when absent). */
export interface DvcFile {
  outs: DvcOut[];
  deps: DvcDep[];
}

const TEXT_BYTES = new Set<number>([...Array.from({ length: 95 }, (_, i) => i + 32), 10, 13, 9, 12, 8]);

async function looksLikeText(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    if (bytesRead === 0) return true;
    const block = buf.subarray(0, bytesRead);
    if (block.includes(0)) return false;
    let nontext = 0;
    for (const b of block) if (!TEXT_BYTES.has(b)) nontext++;
    return nontext / bytesRead <= 0.3;
  } finally {
    await fh.close();
  }
}

/** MD5 as DVC computes it: plain (DVC 3) or with CRLF → LF for text files (DVC 2). Streamed. */
export async function dvcMd5(path: string, legacy: boolean, signal?: AbortSignal): Promise<string> {
  const hash = createHash('md5');
  const dos2unix = legacy && (await looksLikeText(path));
  let pendingCr = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, signal })) {
    let buf = chunk as Buffer;
    if (!dos2unix) {
      hash.update(buf);
      continue;
    }
    if (pendingCr) buf = Buffer.concat([Buffer.from([13]), buf]);
    pendingCr = buf.length > 0 && buf[buf.length - 1] === 13;
    if (pendingCr) buf = buf.subarray(0, buf.length - 1);
    let start = 0;
    for (let i = buf.indexOf(13); i !== -1; i = buf.indexOf(13, i + 1)) {
      if (buf[i + 1] === 10) {
        hash.update(buf.subarray(start, i));
        start = i + 1;
      }
    }
    hash.update(buf.subarray(start));
  }
  if (pendingCr) hash.update(Buffer.from([13]));
  return hash.digest('hex');
}

const PY_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** Python's `json.dumps(s)` for a string (ensure_ascii=True). */
function pyJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (PY_ESCAPES[ch]) out += PY_ESCAPES[ch];
    else if (cp < 0x20 || cp > 0x7e) {
      const units = cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
      out += units.map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join('');
    } else out += ch;
  }
  return `${out}"`;
}

function compareParts(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i]! < pb[i]!) return -1;
    if (pa[i]! > pb[i]!) return 1;
  }
  return pa.length - pb.length;
}

/** The bytes of a DVC `.dir` listing for these entries. */
export function dirListingBytes(entries: { md5: string; relpath: string }[]): Buffer {
  const sorted = [...entries].sort((a, b) => compareParts(a.relpath, b.relpath));
  const body = sorted.map((e) => `{"md5": ${pyJsonString(e.md5)}, "relpath": ${pyJsonString(e.relpath)}}`).join(', ');
  return Buffer.from(`[${body}]`, 'utf8');
}

function findDvcRoot(start: string, stop: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.dvc'))) return dir;
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

type Listing = { md5: string; relpath: string }[];

/** The `.dir` listing from the DVC cache (DVC 3 or DVC 2 layout), checked against its name; else `undefined`. */
async function cachedListing(repo: string | undefined, md5: string): Promise<Listing | undefined> {
  if (!repo) return undefined;
  const name = md5.replace(/\.dir$/, '');
  for (const p of [
    join(repo, '.dvc', 'cache', 'files', 'md5', name.slice(0, 2), `${name.slice(2)}.dir`),
    join(repo, '.dvc', 'cache', name.slice(0, 2), `${name.slice(2)}.dir`),
  ]) {
    if (!existsSync(p)) continue;
    const bytes = await readFile(p);
    if (createHash('md5').update(bytes).digest('hex') !== name) return undefined;
    const list = JSON.parse(bytes.toString('utf8')) as unknown;
    if (Array.isArray(list) && list.every((e) => e && typeof e.md5 === 'string' && typeof e.relpath === 'string')) {
      return list as Listing;
    }
  }
  return undefined;
}

/** Parses a `.dvc` file; throws a `UserError` when it is not YAML or not a mapping. */
export function parseDvcFile(text: string, where: string): DvcFile {
  let doc: unknown;
  try {
    doc = parseYaml(text) ?? {};
  } catch (error) {
    throw new UserError('input-invalid', `\`${where}\` is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new UserError('input-invalid', `\`${where}\` is not a YAML mapping with \`outs\``);
  }
  const { outs, deps } = doc as { outs?: unknown; deps?: unknown };
  const list = <T>(v: unknown): T[] => (Array.isArray(v) ? v.map((e) => (e ?? {}) as T) : []);
  return { outs: list<DvcOut>(outs), deps: list<DvcDep>(deps) };
}

export interface DvcResult {
  issues: IntegrityIssue[];
  /** Workspace paths of the files that match. */
  verified: string[];
  /**
   * Each `.dvc` file with its parsed content (`undefined` when it could not be read), and the sha256 and size of
   * the bytes parsed (what an attestation binds: the file this verification trusted).
   */
  files: { path: string; doc?: DvcFile; sha256?: string; size?: number }[];
}

const HELP =
  'The data on disk differs from what the .dvc file records. Run `dvc pull` (or `dvc checkout`) to restore the tracked version, or `dvc add`/`dvc commit` if the change is intended, then commit the updated .dvc file.';
const INVALID_HELP = 'Fix the .dvc file (or restore it from git): `dvc add` writes a valid one.';

/** One output being verified: where it is, what it records, and where results go. */
interface OutScope {
  cwd: string;
  dvcRel: string;
  out: DvcOut & { path: string; md5: string };
  target: string;
  legacy: boolean;
  repo: string | undefined;
  signal?: AbortSignal;
  result: DvcResult;
}

async function verifyFileOut(s: OutScope, size: number): Promise<void> {
  const { out, dvcRel } = s;
  const where = toReportPath(s.cwd, s.target);
  const md5 = await dvcMd5(s.target, s.legacy, s.signal);
  // DVC 2 hashed text with LF line ends, so the recorded size may differ from the bytes; the md5 decides.
  const sizeOk = s.legacy || typeof out.size !== 'number' || out.size === size;
  if (md5 === out.md5 && sizeOk) {
    s.result.verified.push(where);
    return;
  }
  const sizeNote = sizeOk ? '' : `; size ${size}, recorded ${String(out.size)}`;
  const msg = `\`${where}\` does not match \`${dvcRel}\` (md5 ${md5}, recorded ${out.md5}${sizeNote})`;
  s.result.issues.push(integrityIssue('changed', where, msg, HELP));
}

/** A tracked directory with its `.dir` listing from the cache: each listed file, and files not listed. */
async function verifyListedDir(s: OutScope, listing: Listing, actual: Map<string, string>): Promise<void> {
  const { dvcRel, result } = s;
  const at = (p: string): string => toReportPath(s.cwd, join(s.target, p));
  for (const e of listing) {
    const abs = actual.get(e.relpath);
    if (!abs) {
      result.issues.push(
        integrityIssue('missing', at(e.relpath), `\`${at(e.relpath)}\` (listed in ${s.out.md5}) is missing`, HELP),
      );
    } else if ((await dvcMd5(abs, s.legacy, s.signal)) !== e.md5) {
      const msg = `\`${at(e.relpath)}\` does not match the DVC listing of \`${dvcRel}\``;
      result.issues.push(integrityIssue('changed', at(e.relpath), msg, HELP));
    } else result.verified.push(at(e.relpath));
  }
  const expected = new Set(listing.map((e) => e.relpath));
  for (const p of actual.keys()) {
    if (expected.has(p)) continue;
    result.issues.push(integrityIssue('extra', at(p), `\`${at(p)}\` is not in the DVC listing of \`${dvcRel}\``, HELP));
  }
}

/** A tracked directory without a cached listing: recompute the listing and its hash as DVC would. */
async function verifyRecomputedDir(s: OutScope, actual: Map<string, string>, sizes: number): Promise<void> {
  const { out, dvcRel } = s;
  const entries: Listing = [];
  for (const [p, abs] of actual) entries.push({ md5: await dvcMd5(abs, s.legacy, s.signal), relpath: p });
  const md5 = `${createHash('md5').update(dirListingBytes(entries)).digest('hex')}.dir`;
  const counts =
    (typeof out.nfiles === 'number' && out.nfiles !== entries.length
      ? `; ${entries.length} files, recorded ${out.nfiles}`
      : '') + (typeof out.size === 'number' && out.size !== sizes ? `; ${sizes} bytes, recorded ${out.size}` : '');
  const where = toReportPath(s.cwd, s.target);
  if (md5 === out.md5 && !counts) {
    for (const p of actual.keys()) s.result.verified.push(toReportPath(s.cwd, join(s.target, p)));
    return;
  }
  const msg = `Directory \`${where}\` does not match \`${dvcRel}\` (listing md5 ${md5}, recorded ${out.md5}${counts})`;
  const help = `${HELP} Without the DVC cache the changed file cannot be named; \`dvc status\` names it.`;
  s.result.issues.push(integrityIssue('changed', where, msg, help));
}

async function verifyDirOut(s: OutScope): Promise<void> {
  const { files, problems } = await collectFiles(s.target, ['.'], { whole: true });
  const actual = new Map<string, string>();
  let sizes = 0;
  for (const f of files) {
    actual.set(f.relPath, f.path);
    sizes += f.size;
  }
  // What the walk could not read or follow may hide files: each gap is an issue, never "nothing there".
  for (const p of problems) {
    const where = toReportPath(s.cwd, join(s.target, p.relPath));
    const msg = `\`${where}\` in the DVC-tracked folder could not be listed or leaves it (${p.detail})`;
    s.result.issues.push(integrityIssue('extra', where, msg, HELP));
  }
  const listing = await cachedListing(s.repo, s.out.md5);
  if (listing) await verifyListedDir(s, listing, actual);
  else await verifyRecomputedDir(s, actual, sizes);
}

/** Checks an output's fields and place; returns the scope to verify it with, or records why not. */
function outScope(cwd: string, dvcRel: string, i: number, out: DvcOut, result: DvcResult): OutScope | undefined {
  const dvcAbs = resolve(cwd, dvcRel);
  if (typeof out.path !== 'string' || typeof out.md5 !== 'string') {
    const msg =
      typeof out.etag === 'string' && typeof out.md5 !== 'string'
        ? `\`${dvcRel}\` outs[${i}] records only an etag (data kept outside the workspace), so it cannot be verified here`
        : `\`${dvcRel}\` outs[${i}] needs a relative \`path\` inside the project and an \`md5\``;
    result.issues.push(integrityIssue('invalid', dvcRel, msg, INVALID_HELP));
    return undefined;
  }
  const target = resolve(dirname(dvcAbs), out.path);
  const inWorkspace = !toReportPath(cwd, target).startsWith('../') && toReportPath(cwd, target) !== '..';
  if (!staysInside(out.path) || !inWorkspace) {
    const msg = `\`${dvcRel}\` outs[${i}] points outside its folder (\`${out.path}\`); it was not read`;
    result.issues.push(integrityIssue('outside', dvcRel, msg, INVALID_HELP));
    return undefined;
  }
  const repo = findDvcRoot(dirname(dvcAbs), cwd);
  return { cwd, dvcRel, out: out as OutScope['out'], target, legacy: out.hash !== 'md5', repo, result };
}

async function verifyOut(s: OutScope): Promise<void> {
  const where = toReportPath(s.cwd, s.target);
  // eslint-disable-next-line no-restricted-syntax -- a target that cannot be stat'ed is reported as missing (high)
  const st = await stat(s.target).catch(() => undefined);
  if (!st) {
    const msg = `\`${where}\` (tracked by \`${s.dvcRel}\`) is missing; run \`dvc pull\``;
    s.result.issues.push(integrityIssue('missing', where, msg, HELP));
  } else if (s.out.md5.endsWith('.dir')) {
    await verifyDirOut(s);
  } else if (!st.isFile()) {
    const msg = `\`${where}\` is not a file, but \`${s.dvcRel}\` records a file (md5 ${s.out.md5})`;
    s.result.issues.push(integrityIssue('changed', where, msg, HELP));
  } else await verifyFileOut(s, st.size);
}

async function readDvcFile(
  cwd: string,
  dvcRel: string,
  result: DvcResult,
): Promise<{ doc?: DvcFile; sha256?: string; size?: number }> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readFile(resolve(cwd, dvcRel));
    const read = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    return { doc: parseDvcFile(bytes.toString('utf8'), dvcRel), ...read };
  } catch (error) {
    const msg =
      error instanceof UserError ? error.message : `\`${dvcRel}\` cannot be read: ${(error as Error).message}`;
    result.issues.push(integrityIssue('invalid', dvcRel, msg, INVALID_HELP));
    return {};
  }
}

/**
 * Verifies every `.dvc` file of `dvcFiles` (paths relative to `cwd`). A `.dvc` file that cannot be read, has
 * no `outs`, or an output without `path` and `md5` is an `invalid` issue (nothing it tracks was verified).
 * DVC hashes are MD5, so no SHA-256 provider applies here.
 */
export async function verifyDvcFiles(
  cwd: string,
  dvcFiles: readonly string[],
  opts: { signal?: AbortSignal } = {},
): Promise<DvcResult> {
  const result: DvcResult = { issues: [], verified: [], files: [] };
  for (const dvcRel of dvcFiles) {
    const { doc, ...read } = await readDvcFile(cwd, dvcRel, result);
    result.files.push({ path: dvcRel, ...(doc ? { doc, ...read } : {}) });
    if (!doc) continue;
    if (doc.outs.length === 0)
      result.issues.push(integrityIssue('invalid', dvcRel, `\`${dvcRel}\` has no \`outs\``, INVALID_HELP));
    for (const [i, out] of doc.outs.entries()) {
      const s = outScope(cwd, dvcRel, i, out, result);
      if (s) await verifyOut({ ...s, ...(opts.signal ? { signal: opts.signal } : {}) });
    }
  }
  return result;
}
