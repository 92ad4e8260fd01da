// Decodes an .lzma ("alone") stream with model-scan's decoder and with Python's lzma (liblzma, the
// reference), interleaved, best of N, each run a separate process; checks the decoded bytes match.
// Each decoder (a .ts module exporting lzmaAlone) is bundled with ncc first, as the actions ship it; pass
// several to compare versions (e.g. a copy of the previous lzma.ts).
// usage: node bench/lzma/run.mjs [MiB=64] [runs=5] [decoder.ts ...=packages/model-scan/src/lzma.ts]
// (Node 24: node_modules/.bin/node)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const mib = Number(process.argv[2] ?? 64);
const runs = Number(process.argv[3] ?? 5);
const decoders = (process.argv.length > 4 ? process.argv.slice(4) : ['packages/model-scan/src/lzma.ts']).map((d) =>
  resolve(d),
);
const dir = mkdtempSync(join(tmpdir(), 'lzma-bench-'));
const file = join(dir, 'data.lzma');
// Semi-compressible data (runs of repeated 64-byte random blocks), compressed by liblzma.
execFileSync('python3', [
  '-c',
  `import lzma, random, sys
random.seed(1)
chunks, total, n = [], 0, ${mib} << 20
while total < n:
    c = random.randbytes(64) * random.randint(1, 8)
    chunks.append(c)
    total += len(c)
open(sys.argv[1], 'wb').write(lzma.compress(b''.join(chunks)[:n], format=lzma.FORMAT_ALONE))`,
  file,
]);
const cmds = {};
for (const [i, decoder] of decoders.entries()) {
  const out = join(dir, `dec${i}`);
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', decoder, '-o', out, '-q'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const script = join(dir, `run${i}.mjs`);
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const { lzmaAlone } = await import(${JSON.stringify(join(out, 'index.js'))});
const h = createHash('sha256');
for (const c of lzmaAlone(readFileSync(process.argv[2]), () => Infinity)) h.update(c);
console.log(h.digest('hex'));`,
  );
  cmds[`lzmaAlone ${i} (${basename(decoder)})`] = [process.execPath, [script, file]];
}
const py = `import lzma, hashlib, sys
print(hashlib.sha256(lzma.decompress(open(sys.argv[1], 'rb').read(), format=lzma.FORMAT_ALONE)).hexdigest())`;
cmds['python lzma (liblzma)'] = ['python3', ['-c', py, file]];
const best = {};
const digests = {};
for (let i = 0; i < runs; i++) {
  for (const [name, [cmd, args]] of Object.entries(cmds)) {
    const t = process.hrtime.bigint();
    digests[name] = execFileSync(cmd, args, { encoding: 'utf8' }).trim();
    best[name] = Math.min(best[name] ?? Infinity, Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const same = new Set(Object.values(digests)).size === 1;
console.log(`${mib} MiB decoded, best of ${runs}, process wall time; outputs ${same ? 'identical' : 'DIFFER'}`);
for (const [name, ms] of Object.entries(best)) console.log(`${name.padEnd(40)} ${ms.toFixed(0)} ms`);
if (!same) process.exit(1);
