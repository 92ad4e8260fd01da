// Jest global teardown: removes the per-run temporary folder made by jest-global-setup.mjs.
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const dir = process.env.ML_GATES_TEST_TMPDIR;
  if (dir && /ml-gates-jest-[^/\\]+$/.test(dir)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
