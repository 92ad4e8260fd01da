// Integrity benchmark: core's integrity module (the one data-gate and model-scan call) against the reference
// tools on the same files, each run a separate process, interleaved, best of N:
//   sha256 manifest  vs `sha256sum -c`   (a `sha256sum` manifest of one large file and many small ones)
//   .dvc (DVC 3 md5) vs `md5sum -c`      (the same large file tracked by a .dvc file)
// Usage: node bench/integrity/run.mjs [--mib 1024] [--small 2000] [--runs 3]   (Node 24: node_modules/.bin/node)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const MIB = opt('mib', 1024);
const SMALL = opt('small', 2000);
const RUNS = opt('runs', 3);
const WORK = resolve('bench/.work/integrity');
const DATA = join(WORK, `data-${MIB}-${SMALL}`);

// ---- the bundle ----------------------------------------------------------------------------------------------
const bundle = join(WORK, 'bundle');
execFileSync(
  process.execPath,
  ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'bench/integrity/entry.ts', '-o', bundle, '-q'],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  },
);

// ---- the data (kept between runs) ---------------------------------------------------------------------------
if (!existsSync(join(DATA, 'SHA256SUMS'))) {
  mkdirSync(join(DATA, 'small'), { recursive: true });
  const sha = [];
  const big = createHash('sha256');
  const bigMd5 = createHash('md5');
  const fd = openSync(join(DATA, 'big.bin'), 'w');
  const block = Buffer.alloc(1 << 20);
  for (let i = 0; i < MIB; i++) {
    for (let j = 0; j < block.length; j += 4) block.writeUInt32LE((i * 2654435761 + j * 40503) >>> 0, j);
    writeSync(fd, block);
    big.update(block);
    bigMd5.update(block);
  }
  closeSync(fd);
  sha.push(`${big.digest('hex')}  big.bin`);
  const md5 = bigMd5.digest('hex');
  for (let i = 0; i < SMALL; i++) {
    const text = `row ${i}\n`.repeat(1 + (i % 50));
    writeFileSync(join(DATA, 'small', `${i}.csv`), text);
    sha.push(`${createHash('sha256').update(text).digest('hex')}  small/${i}.csv`);
  }
  writeFileSync(join(DATA, 'SHA256SUMS'), `${sha.join('\n')}\n`);
  writeFileSync(join(DATA, 'MD5SUMS'), `${md5}  big.bin\n`);
  writeFileSync(
    join(DATA, 'big.bin.dvc'),
    `outs:\n- md5: ${md5}\n  size: ${MIB << 20}\n  hash: md5\n  path: big.bin\n`,
  );
}

// ---- interleaved runs ------------------------------------------------------------------------------------------
const child = join(import.meta.dirname, 'verify-one.mjs');
const entry = join(bundle, 'index.js');
const cases = {
  'ml-gates sha256 manifest': [process.execPath, [child, entry, 'sha256', DATA, 'SHA256SUMS']],
  'sha256sum -c': ['sha256sum', ['-c', '--quiet', 'SHA256SUMS']],
  'ml-gates .dvc (md5)': [process.execPath, [child, entry, 'dvc', DATA, 'big.bin.dvc']],
  'md5sum -c': ['md5sum', ['-c', '--quiet', 'MD5SUMS']],
};
const best = {};
for (let r = 0; r < RUNS; r++) {
  for (const [name, [cmd, argv]] of Object.entries(cases)) {
    const t = process.hrtime.bigint();
    execFileSync(cmd, argv, { cwd: DATA, stdio: ['ignore', 'ignore', 'inherit'] });
    best[name] = Math.min(best[name] ?? Infinity, Number(process.hrtime.bigint() - t) / 1e6);
  }
}
console.log(`${MIB} MiB file + ${SMALL} small files, best of ${RUNS} (process wall time, warm page cache)`);
for (const [name, ms] of Object.entries(best)) console.log(`${name.padEnd(28)} ${ms.toFixed(0)} ms`);
