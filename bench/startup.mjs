// Cold start of every action bundle on an empty workspace, as the runner starts it:
// `node dist/<name>/index.js` with INPUT_* unset, against `node -e ""` measured in the same run.
// Usage: node bench/startup.mjs [runs]   (budget: every bundle under 300 ms on this machine)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 7);
const BUDGET_MS = 300;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args, env) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

const workspace = mkdtempSync(join(tmpdir(), 'mlg-startup-'));
const env = {
  PATH: process.env.PATH,
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: join(workspace, 'output.txt'),
  GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'),
  RUNNER_TEMP: workspace,
};
writeFileSync(env.GITHUB_OUTPUT, '');
writeFileSync(env.GITHUB_STEP_SUMMARY, '');

const bare = time(['-e', ''], env);
console.log(`node ${process.version}, ${runs} runs each, median`);
console.log(`${'node -e ""'.padEnd(22)} ${bare.toFixed(0).padStart(5)} ms`);
let over = 0;
for (const name of readdirSync('dist').sort()) {
  const entry = join('dist', name, 'index.js');
  if (!existsSync(entry)) continue;
  const args = name === 'cli' ? [entry, '--version'] : [entry];
  const ms = time(args, env);
  const flag = ms > BUDGET_MS ? '  OVER BUDGET' : '';
  if (ms > BUDGET_MS) over++;
  console.log(
    `${`dist/${name}`.padEnd(22)} ${ms.toFixed(0).padStart(5)} ms  (${(ms / bare).toFixed(1)}x bare node, +${(ms - bare).toFixed(0)} ms)${flag}`,
  );
}
process.exitCode = over > 0 ? 1 : 0;
