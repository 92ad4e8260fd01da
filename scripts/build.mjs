// Builds every action bundle and the CLI with ncc into dist/<name>/index.js, reproducibly:
// the same sources give the same bytes, so CI can rebuild and diff dist/ against the committed one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRIES = {
  'data-gate': 'actions/data-gate/index.ts',
  'model-scan': 'actions/model-scan/index.ts',
  'adversarial-gate': 'actions/adversarial-gate/index.ts',
  'performance-gate': 'actions/performance-gate/index.ts',
  'approval-gate': 'actions/approval-gate/index.ts',
  'ml-gates': 'actions/ml-gates/index.ts',
  cli: 'packages/cli/src/bin.ts',
};

const only = process.argv.slice(2);
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const out = join('dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--no-source-map-register', '-q'],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  // The bundle is an ES module; Node needs this marker next to it.
  writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
  for (const f of readdirSync(out)) if (f.endsWith('.d.ts')) rmSync(join(out, f), { recursive: true, force: true });
  console.log(`built dist/${name}`);
}

// The published config schema is generated from the gates' own option schemas.
mkdirSync('packages/core/schema', { recursive: true });
const schema = execFileSync(process.execPath, ['dist/cli/index.js', 'schema'], { encoding: 'utf8' });
writeFileSync('packages/core/schema/ml-gates.schema.json', schema);
console.log('wrote packages/core/schema/ml-gates.schema.json');
