import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { collectFiles, type Finding } from '@ml-gates/core';
import { parse as parseYaml } from 'yaml';
import { staysInside } from './manifest.js';

/**
 * Verifies outputs tracked by DVC `.dvc` files without DVC: each `outs` entry's `md5` and `size`, and for
 * directories (`md5` ending in `.dir`) every file of the `.dir` listing, read from the DVC cache when present
 * (`.dvc/cache/files/md5/xx/…` in DVC 3, `.dvc/cache/xx/…` in DVC 2) or recomputed the way DVC builds it
 * (JSON list of `{"md5", "relpath"}` sorted by path, `json.dumps(..., sort_keys=True)`).
 *
 * Hashes: DVC 3 (`hash: md5` on the output) uses the plain MD5 of the bytes. DVC 2 files (no `hash` field)
 * used the MD5 of the file with CRLF turned into LF when the file looked like text (the first 512 bytes hold
 * no NUL and at most 30% non-text bytes); both are implemented.
 */

interface DvcOut {
  path?: unknown;
  md5?: unknown;
  size?: unknown;
  nfiles?: unknown;
  hash?: unknown;
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

/** Python's `json.dumps(s)` for a string (ensure_ascii=True). */
function pyJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
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

async function cachedListing(
  repo: string | undefined,
  md5: string,
): Promise<{ md5: string; relpath: string }[] | undefined> {
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
      return list as { md5: string; relpath: string }[];
    }
  }
  return undefined;
}

export interface DvcResult {
  findings: Finding[];
  dvcFiles: number;
  verified: number;
}

const HELP =
  'The data on disk differs from what the .dvc file records. Run `dvc pull` (or `dvc checkout`) to restore the tracked version, or `dvc add`/`dvc commit` if the change is intended, then commit the updated .dvc file.';

/** Verifies every `.dvc` file among `files` (paths relative to `cwd`). */
export async function verifyDvc(cwd: string, dvcFiles: string[], signal?: AbortSignal): Promise<DvcResult> {
  const findings: Finding[] = [];
  let verified = 0;
  const rel = (abs: string): string => relative(cwd, abs).split(sep).join('/');
  for (const dvcRel of dvcFiles) {
    const dvcAbs = resolve(cwd, dvcRel);
    let doc: { outs?: unknown };
    try {
      doc = (parseYaml(await readFile(dvcAbs, 'utf8')) ?? {}) as { outs?: unknown };
    } catch (error) {
      findings.push({
        ruleId: 'dvc.invalid',
        severity: 'medium',
        message: `\`${dvcRel}\` is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
        location: { path: dvcRel },
      });
      continue;
    }
    const outs = Array.isArray(doc.outs) ? (doc.outs as DvcOut[]) : [];
    if (outs.length === 0) {
      findings.push({
        ruleId: 'dvc.invalid',
        severity: 'medium',
        message: `\`${dvcRel}\` has no \`outs\``,
        location: { path: dvcRel },
      });
    }
    const repo = findDvcRoot(dirname(dvcAbs), cwd);
    for (const [i, out] of outs.entries()) {
      if (typeof out.path !== 'string' || typeof out.md5 !== 'string' || !staysInside(out.path)) {
        findings.push({
          ruleId: 'dvc.invalid',
          severity: 'medium',
          message: `\`${dvcRel}\` outs[${i}] needs a relative \`path\` inside the project and an \`md5\``,
          location: { path: dvcRel },
        });
        continue;
      }
      const legacy = out.hash !== 'md5';
      const target = resolve(dirname(dvcAbs), out.path);
      // eslint-disable-next-line no-restricted-syntax -- a target that cannot be stat'ed is reported as dvc.missing (high)
      const st = await stat(target).catch(() => undefined);
      if (!st) {
        findings.push({
          ruleId: 'dvc.missing',
          severity: 'high',
          message: `\`${rel(target)}\` (tracked by \`${dvcRel}\`) is missing; run \`dvc pull\``,
          location: { path: rel(target) },
          help: HELP,
        });
        continue;
      }
      if (!out.md5.endsWith('.dir')) {
        if (!st.isFile()) continue;
        const md5 = await dvcMd5(target, legacy, signal);
        // DVC 2 hashed text with LF line ends, so the recorded size may differ from the bytes; the md5 decides.
        const sizeOk = legacy || typeof out.size !== 'number' || out.size === st.size;
        if (md5 !== out.md5 || !sizeOk) {
          findings.push({
            ruleId: 'dvc.changed',
            severity: 'critical',
            message: `\`${rel(target)}\` does not match \`${dvcRel}\` (md5 ${md5}, recorded ${out.md5}${sizeOk ? '' : `; size ${st.size}, recorded ${String(out.size)}`})`,
            location: { path: rel(target) },
            help: HELP,
          });
        } else verified++;
        continue;
      }
      // A tracked directory.
      const { files } = await collectFiles(target, ['.'], { whole: true });
      const actual = new Map<string, { abs: string; size: number }>();
      for (const f of files) actual.set(f.relPath, { abs: f.path, size: f.size });
      const listing = await cachedListing(repo, out.md5);
      if (listing) {
        const expected = new Set(listing.map((e) => e.relpath));
        for (const e of listing) {
          const f = actual.get(e.relpath);
          const where = rel(join(target, e.relpath));
          if (!f) {
            findings.push({
              ruleId: 'dvc.missing',
              severity: 'high',
              message: `\`${where}\` (listed in ${out.md5}) is missing`,
              location: { path: where },
              help: HELP,
            });
          } else if ((await dvcMd5(f.abs, legacy, signal)) !== e.md5) {
            findings.push({
              ruleId: 'dvc.changed',
              severity: 'critical',
              message: `\`${where}\` does not match the DVC listing of \`${dvcRel}\``,
              location: { path: where },
              help: HELP,
            });
          } else verified++;
        }
        for (const p of actual.keys()) {
          if (!expected.has(p)) {
            const where = rel(join(target, p));
            findings.push({
              ruleId: 'dvc.extra',
              severity: 'high',
              message: `\`${where}\` is not in the DVC listing of \`${dvcRel}\``,
              location: { path: where },
              help: HELP,
            });
          }
        }
        continue;
      }
      // No cached listing: recompute the listing and its hash as DVC would.
      const entries: { md5: string; relpath: string }[] = [];
      let total = 0;
      for (const [p, f] of actual) {
        entries.push({ md5: await dvcMd5(f.abs, legacy, signal), relpath: p });
        total += f.size;
      }
      const md5 = `${createHash('md5').update(dirListingBytes(entries)).digest('hex')}.dir`;
      const counts =
        (typeof out.nfiles === 'number' && out.nfiles !== entries.length
          ? `; ${entries.length} files, recorded ${out.nfiles}`
          : '') + (typeof out.size === 'number' && out.size !== total ? `; ${total} bytes, recorded ${out.size}` : '');
      if (md5 !== out.md5 || counts) {
        findings.push({
          ruleId: 'dvc.changed',
          severity: 'critical',
          message: `Directory \`${rel(target)}\` does not match \`${dvcRel}\` (listing md5 ${md5}, recorded ${out.md5}${counts})`,
          location: { path: rel(target) },
          help: `${HELP} Without the DVC cache the changed file cannot be named; \`dvc status\` names it.`,
        });
      } else verified += entries.length;
    }
  }
  return { findings, dvcFiles: dvcFiles.length, verified };
}
