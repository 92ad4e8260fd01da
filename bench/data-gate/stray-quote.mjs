// A stray quote must cost linear time (issue #22). Runs the CLI bundle as a user would,
// `ml-gates data profile FILE --out …`, on a well-formed CSV and on the same CSV with one unclosed quote on
// line 3, interleaved, best of N, and prints the ratio refuse-time / read-time for each size. Before the fix
// the stray quote took 9.8 s at 16 MB, 47 s at 32 MB and 225 s at 80 MB (quadratic).
//   npm run build (or node scripts/build.mjs cli), then: node bench/data-gate/stray-quote.mjs [MB...] [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, writeSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const sizes = args.length > 0 ? args.map(Number) : [16, 32, 80];
const node = join('node_modules', '.bin', 'node');
const cli = join('dist', 'cli', 'index.js');
const work = join('bench', '.work', 'stray-quote');
mkdirSync(work, { recursive: true });

function write(path, mb, stray) {
  const fd = openSync(path, 'w');
  writeSync(fd, 'id,name,score,city\n1,alice,3.5,Paris\n');
  writeSync(fd, stray ? '2,"bob,4.25,Lyon\n' : '2,bob,4.25,Lyon\n');
  const lines = [];
  for (let i = 3; i < 3 + 20000; i++)
    lines.push(`${i},user${i % 977},${(i % 1000) / 7},${['Paris', 'Lyon', 'Nice'][i % 3]}`);
  const block = Buffer.from(`${lines.join('\n')}\n`);
  for (let written = 0; written < mb * 1e6; written += block.length) writeSync(fd, block);
  closeSync(fd);
}

function time(file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, [cli, 'data', 'profile', file, '--out', join(work, 'p.json')], { encoding: 'utf8' });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return { s, code: r.status, err: r.stderr.trim().split('\n')[0] };
}

execFileSync(node, ['--version']);
console.log(`node ${execFileSync(node, ['--version']).toString().trim()}, ${runs} runs each, interleaved, best time`);
console.log('| size | well-formed read | stray quote refused | ratio | message |');
console.log('| --- | --- | --- | --- | --- |');
for (const mb of sizes) {
  const good = join(work, `good-${mb}.csv`);
  const bad = join(work, `stray-${mb}.csv`);
  write(good, mb, false);
  write(bad, mb, true);
  let bestGood = Infinity;
  let bestBad = Infinity;
  let last;
  for (let i = 0; i < runs; i++) {
    const g = time(good);
    if (g.code !== 0) throw new Error(`well-formed file failed: ${g.err}`);
    bestGood = Math.min(bestGood, g.s);
    last = time(bad);
    if (last.code === 0) throw new Error('the stray quote was not refused');
    bestBad = Math.min(bestBad, last.s);
  }
  const size = (statSync(good).size / 1e6).toFixed(0);
  console.log(
    `| ${size} MB | ${bestGood.toFixed(2)} s | ${bestBad.toFixed(2)} s (exit ${last.code}) | ${(bestBad / bestGood).toFixed(2)}× | ${last.err} |`,
  );
  rmSync(good);
  rmSync(bad);
}
