// Bundles bench.ts with ncc (TypeScript + workspace packages, as the actions are built) and runs it on Node 24.
//   node bench/performance-gate/run.mjs [rows] [resamples]     (default 100,000 rows, 1,000 resamples)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const out = join('bench', '.work', 'performance-gate-bundle');
execFileSync(
  process.execPath,
  [
    join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
    'build',
    'bench/performance-gate/bench.ts',
    '-o',
    out,
    '-q',
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  },
);
execFileSync(join('node_modules', '.bin', 'node'), [join(out, 'index.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
