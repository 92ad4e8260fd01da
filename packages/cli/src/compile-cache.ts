/**
 * Node's on-disk compile cache for the CLI's own code (the bundle's chunks are compiled once, not on every
 * run): about 80 ms of a `ml-gates scan` start-up here. Only in a directory that belongs to this user and
 * that no one else can write, since whoever can write the cache decides what code the next run executes:
 * `$XDG_CACHE_HOME/ml-gates/compile-cache` (else `~/.cache/...`), or `RUNNER_TEMP` on GitHub Actions
 * (private to the job). `NODE_DISABLE_COMPILE_CACHE=1` turns it off; Node 20 has no compile cache.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The cache directory for this user and environment, or `undefined` when there is no private place for one. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'ml-gates-compile-cache');
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : undefined);
  return base ? join(base, 'ml-gates', 'compile-cache') : undefined;
}

/** Whether `dir` is a real directory (not a link) of this user that neither group nor others can write. */
export function isPrivateDir(dir: string): boolean {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return false;
  const uid = process.getuid?.();
  return (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
}

/** Enables the compile cache when a private directory can be had; otherwise the CLI runs as it would without. */
export function enablePrivateCompileCache(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const enable = (nodeModule as { enableCompileCache?: typeof nodeModule.enableCompileCache }).enableCompileCache;
  if (typeof enable !== 'function' || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const dir = compileCacheDir(env);
  if (!dir) return undefined;
  if (!lstatSync(dir, { throwIfNoEntry: false })) {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    } catch {
      return undefined; // a read-only home: no cache, nothing else changes
    }
  }
  if (!isPrivateDir(dir)) return undefined;
  return enable(dir).directory;
}
