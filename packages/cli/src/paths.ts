import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder at or above `from` holding `.git` (a folder, or a file in a
 * worktree or submodule), as `git rev-parse --show-toplevel` would answer without running git.
 * `undefined` outside a repository.
 */
export function repositoryRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The nearest `name` in `from` or a parent folder, stopping at the repository root (like eslint and git);
 * outside a repository only `from` itself is looked at.
 */
export function findConfig(from: string, name: string): string | undefined {
  const root = repositoryRoot(from);
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    if (root === undefined || dir === root || dirname(dir) === dir) return undefined;
  }
}
