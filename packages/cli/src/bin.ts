#!/usr/bin/env node
import { ML_GATES_VERSION } from '../../core/src/version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Answered before the gates and their libraries load (they are a separate chunk of the bundle).
  process.stdout.write(`${ML_GATES_VERSION}\n`);
} else {
  const [{ main }, { processIo }] = await Promise.all([import('./program.js'), import('./io.js')]);
  process.exitCode = await main(argv, processIo());
}
