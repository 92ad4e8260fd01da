// Jest global setup: every temporary file of this run (tests' mkdtemp(tmpdir()), the bundles and tools they
// start) goes into one folder, which the global teardown removes, so a run leaves nothing in the system temp
// folder even when a test forgets its cleanup or fails halfway. Workers and child processes inherit TMPDIR.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup() {
  const base = process.env.ML_GATES_TEST_TMP_PARENT ?? tmpdir();
  const dir = mkdtempSync(join(base, 'ml-gates-jest-'));
  process.env.ML_GATES_TEST_TMPDIR = dir;
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
  // The CLI's compile cache (packages/cli/src/compile-cache.ts) goes there too, not into the user's ~/.cache.
  process.env.XDG_CACHE_HOME = join(dir, 'cache');
}
