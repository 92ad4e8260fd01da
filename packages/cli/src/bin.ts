#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads';
import { ML_GATES_VERSION } from '../../core/src/version.js';
import { enablePrivateCompileCache } from './compile-cache.js';

const argv = process.argv.slice(2);
if (!isMainThread) {
  // A reading thread data-gate started from this bundle (its module is in a lazily loaded chunk, which cannot
  // run on its own): loading the module serves the thread's request; nothing of the CLI runs here.
  await import('../../data-gate/src/profile/worker.js');
} else if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Answered before the gates and their libraries load (they are a separate chunk of the bundle).
  process.stdout.write(`${ML_GATES_VERSION}\n`);
} else {
  // Before the program's chunks load, so that they come from the compile cache after the first run.
  enablePrivateCompileCache();
  const [{ main }, { processIo }] = await Promise.all([import('./program.js'), import('./io.js')]);
  process.exitCode = await main(argv, processIo());
}
