import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

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

const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/**
 * Expands files, directories and globs (relative to `root`) into regular files, never skipping a file
 * because of its name or extension. Symlinks are followed only while they stay inside `root`; those that
 * leave it are reported, not followed. `.git` and `node_modules` directories are not entered.
 */
export async function collectFiles(
  root: string,
  patterns: readonly string[],
): Promise<{ files: WalkEntry[]; problems: WalkProblem[] }> {
  const rootReal = await realpath(root);
  const files = new Map<string, WalkEntry>();
  const problems: WalkProblem[] = [];
  const inside = (p: string): boolean => p === rootReal || p.startsWith(rootReal + sep);

  async function visit(abs: string, depth: number): Promise<void> {
    const relPath = toReportPath(root, abs);
    let st;
    try {
      st = await lstat(abs);
    } catch (error) {
      problems.push({ relPath, problem: 'unreadable', detail: (error as Error).message });
      return;
    }
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(abs);
      } catch (error) {
        problems.push({ relPath, problem: 'unreadable', detail: `broken symlink: ${(error as Error).message}` });
        return;
      }
      if (!inside(target)) {
        problems.push({ relPath, problem: 'symlink-outside-root', detail: `points outside the scanned tree` });
        return;
      }
      st = await lstat(target);
      abs = target;
    }
    if (st.isDirectory()) {
      if (depth > 64) return;
      const entries = await readdir(abs);
      entries.sort();
      for (const name of entries) {
        if (ALWAYS_SKIPPED_DIRS.has(name)) continue;
        await visit(join(abs, name), depth + 1);
      }
    } else if (st.isFile()) {
      const real = await realpath(abs);
      if (!files.has(real)) files.set(real, { path: abs, relPath: toReportPath(root, abs), size: st.size });
    }
  }

  for (const pattern of patterns) {
    if (picomatch.scan(pattern).isGlob) {
      const isMatch = picomatch(pattern, { dot: true });
      const all = await collectFiles(root, ['.']);
      problems.push(...all.problems);
      for (const f of all.files) if (isMatch(f.relPath) && !files.has(f.path)) files.set(f.path, f);
    } else {
      await visit(resolve(root, pattern), 0);
    }
  }
  return { files: [...files.values()].sort((a, b) => a.relPath.localeCompare(b.relPath)), problems };
}
