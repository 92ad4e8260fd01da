// `npm run demo`: runs ml-gates (the committed CLI bundle) on examples/demo, the way a user would run
// `npx ml-gates run`. The demo carries deliberately unsafe and drifted inputs, so some gates FAIL: that is
// the intended result, and this script exits 0 when the gates fail exactly as designed.
import { spawnSync } from 'node:child_process';

const args = [
  'dist/cli/index.js',
  'run',
  '--config',
  'examples/demo/ml-gates.yml',
  '--out',
  'examples/demo/.ml-gates',
  '--format',
  'markdown,sarif,junit',
];
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
console.log('');
if (status === 1) {
  console.log('Demo finished: the failures above are intended. examples/demo carries a deliberately unsafe model');
  console.log('artifact and a drifted data column, so the report shows what a failing gate looks like.');
  console.log('Reports (JSON, Markdown, SARIF, JUnit): examples/demo/.ml-gates/');
  process.exitCode = 0;
} else if (status === 0) {
  console.log('Demo finished: every gate passed (the demo is meant to show failures; check examples/demo).');
  process.exitCode = 0;
} else {
  console.log(`Demo could not run (exit code ${status}): see the error above.`);
  process.exitCode = status ?? 3;
}
