import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { GateServices } from '../gate.js';

/** A path relative to `root` with `/` separators, as written in reports. */
export function toReportPath(root: string, path: string): string {
  const rel = relative(root, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/**
 * SHA-256 of a file, streamed through two reused 4 MiB buffers: the next read runs on libuv's thread pool
 * while this one is hashed, and hashing a 5 GB checkpoint allocates 8 MiB, not 5 GB of short-lived chunks.
 */
export async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  const fh = await open(path, 'r');
  const size = 4 << 20;
  const bufs = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let pending = fh.read(bufs[0]!, 0, size, 0);
  try {
    let pos = 0;
    for (let i = 0; ; i ^= 1) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      signal?.throwIfAborted();
      pos += bytesRead;
      pending = fh.read(bufs[i ^ 1]!, 0, size, pos);
      hash.update(bufs[i]!.subarray(0, bytesRead));
    }
  } finally {
    // eslint-disable-next-line no-restricted-syntax -- waits for a read still in flight before closing; the error that ended the hash is already being thrown
    await pending.catch(() => undefined);
    await fh.close();
  }
  return hash.digest('hex');
}

export interface WalkEntry {
  /** Absolute path. */
  path: string;
  /** Relative to the walk root, `/` separators. */
  relPath: string;
  size: number;
}

export interface WalkProblem {
  relPath: string;
  problem: 'symlink-outside-root' | 'unreadable';
  detail: string;
}

/** Why the walker left a path out of the default scope. */
export type SkipReason =
  | 'vcs'
  | 'node_modules'
  | 'virtualenv'
  | 'pycache'
  | 'build-cache'
  | 'report-dir'
  | 'gitignore'
  | 'exclude'
  | 'not-included';

export interface SkippedEntry {
  /** Relative to the walk root, `/` separators; folders end with `/`. */
  relPath: string;
  kind: 'dir' | 'file';
  reason: SkipReason;
  /** The rule that matched: `.gitignore:3 *.log`, the `exclude` glob, `pyvenv.cfg`... */
  detail: string;
}

/**
 * What the default scope (a walk from the workspace root) leaves out, besides the built-in skips.
 * `include`/`exclude` are globs relative to the walk root (`ml-gates.yml` top level, action inputs).
 */
export interface WalkScope {
  /** When set, only files matching one of these globs are in scope. */
  include?: readonly string[];
  /** Files and folders matching one of these globs are out of scope. */
  exclude?: readonly string[];
  /**
   * Our own report folder (absolute, or relative to the walk root); `.ml-gates` when unset. `.ml-gates` is left
   * out whatever this says (the ML-BOM and default reports go there), and so are {@link otherReportDirs}.
   */
  reportDir?: string;
  /** More report folders to leave out: the config's `report.out` when a run writes elsewhere (`--out`). */
  otherReportDirs?: readonly string[];
  /** Honour `.gitignore` files and `.git/info/exclude` (default true). */
  gitignore?: boolean;
  /**
   * Walk the root whole, as a named path (only `.git` skipped): for walks whose root is a set of files by
   * definition, such as the folder an integrity manifest covers, where a gitignored download must count.
   */
  whole?: boolean;
}

export interface WalkResult {
  files: WalkEntry[];
  problems: WalkProblem[];
  /** What the default scope left out, each with its reason: gates count these in their reports. */
  skipped: SkippedEntry[];
}

/** Folders that hold build and tool caches, never the user's own files. */
export const BUILD_CACHE_DIRS: readonly string[] = [
  '.cache',
  '.eggs',
  '.gradle',
  '.hypothesis',
  '.ipynb_checkpoints',
  '.mypy_cache',
  '.next',
  '.nox',
  '.parcel-cache',
  '.pytest_cache',
  '.ruff_cache',
  '.terraform',
  '.tox',
  '.turbo',
];
const BUILD_CACHE = new Set(BUILD_CACHE_DIRS);

function skipByName(name: string): { reason: SkipReason; detail: string } | undefined {
  if (name === 'node_modules') return { reason: 'node_modules', detail: 'node_modules' };
  if (name === '__pycache__') return { reason: 'pycache', detail: '__pycache__' };
  if (BUILD_CACHE.has(name)) return { reason: 'build-cache', detail: name };
  return undefined;
}

/** A folder is a Python environment when it holds `pyvenv.cfg` (venv, virtualenv, uv) or `conda-meta/`. */
function virtualenvMarker(entries: readonly Dirent[]): string | undefined {
  for (const e of entries) {
    if (e.name === 'pyvenv.cfg') return 'pyvenv.cfg';
    if (e.name === 'conda-meta' && e.isDirectory()) return 'conda-meta/';
  }
  return undefined;
}

interface GitRepo {
  /** Work tree root (real path). */
  root: string;
  /** Folder holding `index` (per worktree). */
  gitDir: string;
  /** Folder holding `info/exclude` (shared by worktrees). */
  commonDir: string;
}

/** The git work tree containing `dir` (a real path), found by walking up to a `.git` folder or file. */
async function findGitRepo(dir: string): Promise<GitRepo | undefined> {
  for (let d = dir; ; d = dirname(d)) {
    const dotGit = join(d, '.git');
    // eslint-disable-next-line no-restricted-syntax -- no .git here: keep looking upwards; not finding a repository only means .gitignore is not applied (scans more)
    const st = await lstat(dotGit).catch(() => undefined);
    if (st?.isDirectory()) return { root: d, gitDir: dotGit, commonDir: dotGit };
    if (st?.isFile()) {
      // A worktree or submodule: "gitdir: <path>", and the shared folder named by its `commondir` file.
      // eslint-disable-next-line no-restricted-syntax -- an unreadable .git file is no repository: .gitignore is not applied, the walk scans more
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''));
      if (!m) return undefined;
      const gitDir = resolve(d, m[1]!);
      // eslint-disable-next-line no-restricted-syntax -- no commondir file: an ordinary worktree, whose gitdir is the common folder
      const common = (await readFile(join(gitDir, 'commondir'), 'utf8').catch(() => '')).trim();
      return { root: d, gitDir, commonDir: common ? resolve(gitDir, common) : gitDir };
    }
    if (dirname(d) === d) return undefined;
  }
}

/**
 * The paths git tracks, read from the index file (versions 2-4), relative to the work tree root. Tracked
 * files are the user's whatever `.gitignore` says (git itself ignores `.gitignore` for them), so a committed
 * file can never be hidden from a gate by adding it to `.gitignore`. `undefined` when the index cannot be
 * read or parsed (a missing index is an empty one); the caller then does not apply `.gitignore` at all (fail
 * closed: scan more, not less).
 */
export async function readGitIndex(gitDir: string): Promise<Set<string> | undefined> {
  let buf: Buffer;
  try {
    buf = await readFile(join(gitDir, 'index'));
  } catch (error) {
    // No index yet (a new repository, nothing added): git tracks nothing.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? new Set() : undefined;
  }
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = buf.readUInt32BE(8);
  // eslint-disable-next-line no-restricted-syntax -- no readable git config means the default (SHA-1) index; a wrong guess fails the index parse and disables .gitignore (scans more)
  const config = await readFile(join(gitDir, 'config'), 'utf8').catch(() => '');
  const hashLen = /^\s*objectformat\s*=\s*sha256\s*$/im.test(config) ? 32 : 20;
  const paths = new Set<string>();
  let pos = 12;
  let previous: Buffer = Buffer.alloc(0);
  for (let i = 0; i < count; i++) {
    const start = pos;
    const fixed = 40 + hashLen;
    if (pos + fixed + 2 > buf.length) return undefined;
    const flags = buf.readUInt16BE(pos + fixed);
    pos += fixed + 2;
    if (version >= 3 && flags & 0x4000) pos += 2;
    let name: Buffer;
    if (version === 4) {
      // Prefix compression: a varint of bytes to drop from the previous path, then the rest, NUL-terminated.
      let strip = 0;
      let byte: number;
      do {
        if (pos >= buf.length) return undefined;
        byte = buf[pos++]!;
        strip = (strip << 7) | (byte & 0x7f);
        if (byte & 0x80) strip += 1;
      } while (byte & 0x80);
      const end = buf.indexOf(0, pos);
      if (end < 0 || strip > previous.length) return undefined;
      name = Buffer.concat([previous.subarray(0, previous.length - strip), buf.subarray(pos, end)]);
      pos = end + 1;
    } else {
      const end = buf.indexOf(0, pos);
      if (end < 0) return undefined;
      name = buf.subarray(pos, end);
      // Entries are padded with 1-8 NULs to a multiple of 8 bytes.
      pos = start + Math.ceil((end + 1 - start) / 8) * 8;
    }
    previous = name;
    paths.add(name.toString('utf8'));
  }
  return paths;
}

/** Rules of one `.gitignore` (or `info/exclude`), anchored at `base` (real path). */
interface IgnoreLevel {
  base: string;
  ig: Ignore;
}

async function loadIgnoreFile(file: string, label: string, base: string): Promise<IgnoreLevel | undefined> {
  // eslint-disable-next-line no-restricted-syntax -- an unreadable ignore file adds no rules: the walk scans more, never less
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const ig = ignore();
  text.split('\n').forEach((line, i) => {
    const pattern = line.replace(/\r$/, '');
    if (pattern.trim() !== '' && !pattern.startsWith('#')) ig.add({ pattern, mark: `${label}:${i + 1}` });
  });
  return { base, ig };
}

/**
 * Applies the rules of several levels as git does: `info/exclude` first, then `.gitignore` files from the
 * outermost folder inward, the last matching rule deciding (so a deeper `!pattern` re-includes).
 */
function gitignored(levels: readonly IgnoreLevel[], abs: string, isDir: boolean): string | undefined {
  let rule: string | undefined;
  for (const { base, ig } of levels) {
    const rel = relative(base, abs).split(sep).join('/');
    if (rel === '' || rel.startsWith('..')) continue;
    const r = ig.test(isDir ? `${rel}/` : rel);
    if (r.ignored) rule = `${r.rule?.mark ?? 'ignore'} ${r.rule?.pattern ?? ''}`.trim();
    else if (r.unignored) rule = undefined;
  }
  return rule;
}

/** A non-glob pattern naming the walk root itself (`.`, `./`, ``, or its absolute path). */
function namesRoot(root: string, pattern: string): boolean {
  return resolve(root, pattern) === resolve(root);
}

const REPORT_DIR: ScopeReason = { reason: 'report-dir', detail: 'our report folder' };

/** True when nothing exists at `abs` (ENOENT/ENOTDIR); other errors are left to the walk to report. */
async function isMissing(abs: string): Promise<boolean> {
  try {
    await lstat(abs);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** Why a path is out of the default scope. */
type ScopeReason = { reason: SkipReason; detail: string };

/**
 * The default scope in force below a folder: the ignore rules, and `untrackedOnly` inside a skipped folder
 * that holds tracked files (only those are kept). `undefined` for a named path walked whole.
 */
type Scoped = { levels: IgnoreLevel[]; untrackedOnly?: ScopeReason } | undefined;

/** What git says about a walk: the paths it tracks and the ignore rules in force at the walk root. */
interface GitContext {
  repo?: GitRepo;
  /** Tracked paths relative to the work tree root; `undefined` outside a repository or when unreadable. */
  tracked?: Set<string>;
  /** The folders that contain tracked paths. */
  trackedDirs: Set<string>;
  /** `info/exclude`, then the `.gitignore` files from the work tree root down to the walk root. */
  rootLevels: IgnoreLevel[];
}

async function gitContext(rootReal: string, fromReal: (real: string) => string, scope: WalkScope): Promise<GitContext> {
  const repo = scope.gitignore === false ? undefined : await findGitRepo(rootReal);
  const tracked = repo ? await readGitIndex(repo.gitDir) : undefined;
  const trackedDirs = new Set<string>();
  for (const p of tracked ?? []) {
    for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) trackedDirs.add(p.slice(0, i));
  }
  // `.gitignore` applies only when we know what git tracks (otherwise a committed file could be hidden).
  const rootLevels: IgnoreLevel[] = [];
  if (repo && tracked) {
    const info = await loadIgnoreFile(
      join(repo.commonDir, 'info', 'exclude'),
      '.git/info/exclude',
      fromReal(repo.root),
    );
    if (info) rootLevels.push(info);
    // The .gitignore files of the folders between the work tree root and the walk root.
    const chain: string[] = [];
    for (let d = rootReal; isWithin(repo.root, d); d = dirname(d)) {
      chain.unshift(d);
      if (d === repo.root) break;
    }
    for (const d of chain) {
      const level = await loadIgnoreFile(
        join(d, '.gitignore'),
        toReportPath(rootReal, join(d, '.gitignore')),
        fromReal(d),
      );
      if (level) rootLevels.push(level);
    }
  }
  return { ...(repo ? { repo } : {}), ...(tracked ? { tracked } : {}), trackedDirs, rootLevels };
}

const GLOB_OPTS = { dot: true };

/** One walk of `collectFiles`: what it found so far, and the scope rules it applies. */
class Walk {
  readonly files = new Map<string, WalkEntry>();
  readonly problems: WalkProblem[] = [];
  readonly skipped = new Map<string, SkippedEntry>();
  private readonly seenDirs = new Set<string>();
  private readonly excludes: { glob: string; match: (p: string) => boolean }[];
  private readonly includes: ((p: string) => boolean)[];
  private readonly reportDirs: ReadonlySet<string>;

  private constructor(
    readonly root: string,
    readonly rootAbs: string,
    readonly rootReal: string,
    readonly scope: WalkScope,
    private readonly git: GitContext,
  ) {
    this.excludes = (scope.exclude ?? []).map((g) => ({ glob: g, match: picomatch(g, GLOB_OPTS) }));
    this.includes = (scope.include ?? []).map((g) => picomatch(g, GLOB_OPTS));
    this.reportDirs = new Set(
      [scope.reportDir ?? '.ml-gates', '.ml-gates', ...(scope.otherReportDirs ?? [])].map((d) => resolve(rootAbs, d)),
    );
  }

  static async open(root: string, scope: WalkScope): Promise<Walk> {
    const rootAbs = resolve(root);
    const rootReal = await realpath(rootAbs);
    const fromReal = (real: string): string => join(rootAbs, relative(rootReal, real));
    return new Walk(root, rootAbs, rootReal, scope, await gitContext(rootReal, fromReal, scope));
  }

  // Walked paths stay under `rootAbs` (what reports show); git and symlink checks use real paths.
  private toReal(abs: string): string {
    return join(this.rootReal, relative(this.rootAbs, abs));
  }

  private inside(p: string): boolean {
    return p === this.rootReal || p.startsWith(this.rootReal + sep);
  }

  private isReportDir(abs: string): boolean {
    return this.reportDirs.has(abs) || this.reportDirs.has(this.toReal(abs));
  }

  private isTracked(abs: string, isDir: boolean): boolean {
    const { repo, tracked, trackedDirs } = this.git;
    if (tracked === undefined || repo === undefined) return false;
    const rel = relative(repo.root, this.toReal(abs)).split(sep).join('/');
    return isDir ? trackedDirs.has(rel) : tracked.has(rel);
  }

  private skip(abs: string, kind: 'dir' | 'file', reason: SkipReason, detail: string): void {
    const relPath = toReportPath(this.rootAbs, abs) + (kind === 'dir' ? '/' : '');
    if (!this.skipped.has(relPath)) this.skipped.set(relPath, { relPath, kind, reason, detail });
  }

  /** Out-of-scope reason for an entry of the default scope, or undefined. */
  private outOfScope(abs: string, name: string, isDir: boolean, scoped: NonNullable<Scoped>): ScopeReason | undefined {
    const rel = toReportPath(this.rootAbs, abs);
    for (const e of this.excludes) {
      if (e.match(rel) || (isDir && e.match(`${rel}/`))) return { reason: 'exclude', detail: e.glob };
    }
    if (!isDir && this.includes.length > 0 && !this.includes.some((m) => m(rel))) {
      return { reason: 'not-included', detail: (this.scope.include ?? []).join(', ') };
    }
    // Tracked files are in scope even in a report folder: a committed file cannot hide there.
    if (this.isTracked(abs, isDir)) return undefined;
    if (isDir && this.isReportDir(abs)) return REPORT_DIR;
    if (scoped.untrackedOnly) return scoped.untrackedOnly;
    const byName = isDir ? skipByName(name) : undefined;
    if (byName) return byName;
    const rule = scoped.levels.length > 0 ? gitignored(scoped.levels, abs, isDir) : undefined;
    if (rule) return { reason: 'gitignore', detail: rule };
    return undefined;
  }

  /** lstat, following a symlink only while it stays inside the root; `undefined` (problem recorded) otherwise. */
  private async resolveEntry(abs: string, relPath: string): Promise<{ st: Stats; real: string } | undefined> {
    let st: Stats;
    try {
      st = await lstat(abs);
    } catch (error) {
      this.problems.push({ relPath, problem: 'unreadable', detail: (error as Error).message });
      return undefined;
    }
    if (!st.isSymbolicLink()) return { st, real: abs };
    let real: string;
    try {
      real = await realpath(abs);
    } catch (error) {
      this.problems.push({ relPath, problem: 'unreadable', detail: `broken symlink: ${(error as Error).message}` });
      return undefined;
    }
    if (!this.inside(real)) {
      this.problems.push({ relPath, problem: 'symlink-outside-root', detail: `points outside the scanned tree` });
      return undefined;
    }
    return { st: await stat(real), real };
  }

  /** Walks a file or folder; `scoped` applies the default scope below it (undefined: walked whole). */
  async visit(abs: string, depth: number, scoped: Scoped): Promise<void> {
    const relPath = toReportPath(this.root, abs);
    const entry = await this.resolveEntry(abs, relPath);
    if (!entry) return;
    const { st, real } = entry;
    if (st.isDirectory()) {
      await this.visitDir(abs, real, relPath, depth, scoped);
    } else if (st.isFile()) {
      const fileReal = await realpath(real);
      if (!this.files.has(fileReal)) this.files.set(fileReal, { path: abs, relPath, size: st.size });
    }
  }

  /** The scope below a folder: a Python environment keeps only tracked files; its `.gitignore` adds rules. */
  private async innerScope(
    abs: string,
    real: string,
    entries: readonly Dirent[],
    depth: number,
    scoped: Scoped,
  ): Promise<Scoped | 'skip'> {
    let inner = scoped;
    if (scoped && depth > 0) {
      // A Python environment is recognised by what it holds; only its tracked files stay in scope.
      const marker = virtualenvMarker(entries);
      if (marker && !scoped.untrackedOnly) {
        const why = { reason: 'virtualenv' as const, detail: marker };
        if (!this.isTracked(abs, true)) {
          this.skip(abs, 'dir', why.reason, why.detail);
          return 'skip';
        }
        inner = { ...scoped, untrackedOnly: why };
      }
    }
    if (inner && this.git.tracked && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
      const label = `${toReportPath(this.rootAbs, abs)}/.gitignore`;
      const level = await loadIgnoreFile(join(real, '.gitignore'), label, abs);
      if (level) inner = { ...inner, levels: [...inner.levels, level] };
    }
    return inner;
  }

  private async visitDir(abs: string, real: string, relPath: string, depth: number, scoped: Scoped): Promise<void> {
    if (depth > 64) return;
    const dirReal = await realpath(real);
    if (this.seenDirs.has(dirReal)) return;
    this.seenDirs.add(dirReal);
    let entries: Dirent[];
    try {
      entries = await readdir(real, { withFileTypes: true });
    } catch (error) {
      this.problems.push({ relPath, problem: 'unreadable', detail: (error as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const inner = await this.innerScope(abs, real, entries, depth, scoped);
    if (inner === 'skip') return;
    for (const e of entries) await this.visitChild(join(abs, e.name), e, depth, inner);
  }

  private async visitChild(child: string, e: Dirent, depth: number, inner: Scoped): Promise<void> {
    if (e.name === '.git') {
      if (inner) this.skip(child, e.isDirectory() ? 'dir' : 'file', 'vcs', '.git');
      return;
    }
    if (!inner) {
      await this.visit(child, depth + 1, undefined);
      return;
    }
    let isDir = e.isDirectory();
    if (e.isSymbolicLink())
      isDir = await stat(child).then(
        (s) => s.isDirectory(),
        // eslint-disable-next-line no-restricted-syntax -- a symlink whose target cannot be stat'ed is walked as a file, and reading it reports the problem
        () => false,
      );
    const why = this.outOfScope(child, e.name, isDir, inner);
    if (why) {
      this.skip(child, isDir ? 'dir' : 'file', why.reason, why.detail);
      return;
    }
    // A skipped-by-name or report folder that holds tracked files: enter it for those only.
    const only =
      isDir && !inner.untrackedOnly ? (this.isReportDir(child) ? REPORT_DIR : skipByName(e.name)) : undefined;
    await this.visit(child, depth + 1, only ? { ...inner, untrackedOnly: only } : inner);
  }

  /** Walks the root in the default scope, unless the rules would leave the root itself out. */
  async visitRoot(): Promise<void> {
    const { rootLevels } = this.git;
    const rootOut =
      this.scope.whole === true ||
      skipByName(this.rootReal.slice(this.rootReal.lastIndexOf(sep) + 1)) !== undefined ||
      (rootLevels.length > 0 &&
        !this.isTracked(this.rootAbs, true) &&
        gitignored(rootLevels, this.rootAbs, true) !== undefined);
    await this.visit(this.rootAbs, 0, rootOut ? undefined : { levels: rootLevels });
  }

  /** Adds what a glob matches: the files under its fixed folder (walked as that folder would be) that match it. */
  async addGlob(pattern: string): Promise<void> {
    const scan = picomatch.scan(pattern);
    const isMatch = picomatch(pattern, GLOB_OPTS);
    const base = scan.base === '' ? '.' : scan.base;
    // A glob whose fixed folder does not exist matches nothing: that is "nothing matched" (the gate says so),
    // not an unreadable path. Any other failure to look is still a problem.
    if (await isMissing(resolve(this.rootAbs, base))) return;
    const sub: WalkResult = namesRoot(this.root, base)
      ? await collectFiles(this.root, ['.'], this.scope)
      : await collectFiles(this.root, [base], this.scope);
    this.problems.push(...sub.problems);
    for (const s of sub.skipped) if (!this.skipped.has(s.relPath)) this.skipped.set(s.relPath, s);
    for (const f of sub.files) if (isMatch(f.relPath) && !this.files.has(f.path)) this.files.set(f.path, f);
  }

  result(): WalkResult {
    return {
      files: [...this.files.values()].sort((a, b) => a.relPath.localeCompare(b.relPath)),
      problems: this.problems,
      skipped: [...this.skipped.values()].sort((a, b) => a.relPath.localeCompare(b.relPath)),
    };
  }
}

/**
 * Expands files, directories and globs (relative to `root`) into regular files.
 *
 * **Scope.** What the walker discovers from the workspace root (the pattern `.`, or a glob with no folder
 * part such as `**\/*.pt`) is the user's own files: it does not enter `.git`, `node_modules`, Python
 * environments (folders with `pyvenv.cfg` or `conda-meta/`), `__pycache__`, build caches
 * ({@link BUILD_CACHE_DIRS}) or our report folder, and inside a git work tree it leaves out untracked paths
 * that `.gitignore` files (nested ones too) or `.git/info/exclude` ignore. Files git tracks are always in
 * scope, even inside those folders or when `.gitignore` matches them, so a committed file cannot be hidden.
 * `scope.exclude` globs remove paths and `scope.include` globs, when set, keep only matching files. Every
 * path left out is returned in `skipped` with its reason.
 *
 * **Named paths are scanned whole.** A file, or a folder other than the root (also the folder part of a glob,
 * `models/**\/*.pt`), is what the user asked for: none of the rules above apply to it or below it, except
 * that `.git` folders are never entered. So is the root itself when the rules would leave it out (a
 * gitignored DVC output folder walked as the root).
 *
 * **Symlinks** are followed only while their target stays inside `root`; those that leave it are reported in
 * `problems`, never followed. A folder reached twice (through a link) is walked once; a file reached twice is
 * listed once.
 */
export async function collectFiles(
  root: string,
  patterns: readonly string[],
  scope: WalkScope = {},
): Promise<WalkResult> {
  const walk = await Walk.open(root, scope);
  for (const pattern of patterns) {
    if (picomatch.scan(pattern).isGlob) await walk.addGlob(pattern);
    else if (namesRoot(root, pattern)) await walk.visitRoot();
    else await walk.visit(resolve(walk.rootAbs, pattern), 0, undefined);
  }
  return walk.result();
}

function isWithin(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent + sep);
}

const REASON_TEXT: Record<SkipReason, string> = {
  vcs: 'git metadata',
  node_modules: 'node_modules',
  virtualenv: 'Python environment',
  pycache: '__pycache__',
  'build-cache': 'build cache',
  'report-dir': 'ml-gates report folder',
  gitignore: '.gitignore',
  exclude: 'exclude glob',
  'not-included': 'not matched by include',
};

/** Counts of skipped folders and files by reason, for reports. */
export function countSkipped(skipped: readonly SkippedEntry[]): {
  folders: number;
  files: number;
  byReason: Partial<Record<SkipReason, { folders: number; files: number }>>;
} {
  const byReason: Partial<Record<SkipReason, { folders: number; files: number }>> = {};
  let folders = 0;
  let fileCount = 0;
  for (const s of skipped) {
    const c = (byReason[s.reason] ??= { folders: 0, files: 0 });
    if (s.kind === 'dir') {
      c.folders++;
      folders++;
    } else {
      c.files++;
      fileCount++;
    }
  }
  return { folders, files: fileCount, byReason };
}

/**
 * One line saying what the default scope left out, e.g. `out of scope: 2 folders, 3 files (Python
 * environment: 1 folder; .gitignore: 1 folder, 3 files)`; `undefined` when nothing was skipped. `.git` is
 * not counted (nobody expects it scanned).
 */
export function describeSkipped(skipped: readonly SkippedEntry[]): string | undefined {
  const counted = skipped.filter((s) => s.reason !== 'vcs');
  if (counted.length === 0) return undefined;
  const n = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  const both = (c: { folders: number; files: number }): string =>
    [c.folders ? n(c.folders, 'folder') : '', c.files ? n(c.files, 'file') : ''].filter(Boolean).join(', ');
  const { byReason, ...total } = countSkipped(counted);
  const parts = (Object.keys(REASON_TEXT) as SkipReason[])
    .filter((r) => byReason[r])
    .map((r) => `${REASON_TEXT[r]}: ${both(byReason[r]!)}`);
  return `out of scope: ${both(total)} (${parts.join('; ')})`;
}

/**
 * The walk scope a host put in a gate's services (`services.scope`, from `ml-gates.yml`'s top-level
 * `include`/`exclude` and the action inputs), with the host's report folder (`services.reportDir`).
 */
export function walkScope(services: Pick<GateServices, 'scope' | 'reportDir'> | undefined): WalkScope {
  const s = services?.scope ?? {};
  const reportDir = services?.reportDir ?? s.reportDir;
  return { ...s, ...(reportDir ? { reportDir } : {}) };
}

/** The scope from a config's top-level `include`/`exclude` (validated by the config schema). */
export function scopeFromConfig(config: {
  include?: unknown;
  exclude?: unknown;
  report?: { out?: unknown };
}): WalkScope {
  const list = (v: unknown): string[] | undefined =>
    Array.isArray(v) && v.length > 0 ? v.filter((x): x is string => typeof x === 'string') : undefined;
  const include = list(config.include);
  const exclude = list(config.exclude);
  const out = config.report?.out;
  return {
    ...(include ? { include } : {}),
    ...(exclude ? { exclude } : {}),
    ...(typeof out === 'string' && out !== '' && out !== '.ml-gates' ? { otherReportDirs: [out] } : {}),
  };
}
