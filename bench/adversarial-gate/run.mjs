// Bundles bench.ts with ncc (TypeScript + workspace packages, as the actions are built) and runs it on Node 24.
// (Node's type stripping cannot load core's sources: they use TypeScript-only syntax such as parameter properties.)
//   node bench/adversarial-gate/run.mjs          (BENCH_BUDGET=1000 queries per sample and attack by default)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const out = join('bench', '.work', 'adversarial-gate-bundle');
execFileSync(
  process.execPath,
  [
    join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
    'build',
    'bench/adversarial-gate/bench.ts',
    '-o',
    out,
    '-q',
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } },
);
execFileSync(join('node_modules', '.bin', 'node'), [join(out, 'index.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
