// `npm run fuzz [-- SECONDS]`: mutation fuzzing of every model-scan parser through the committed bundle.
// Seeds are the model-scan fixtures (every format: pickle, zip, joblib, NumPy, HDF5, ONNX, GGUF,
// safetensors, Keras, compressed wrappers). Each round writes a batch of mutated files (bit flips, byte
// runs, truncations, splices, huge length fields) and scans the batch in one process. A crash, an exit code
// other than 0/1/3, a run over the time limit or a report that is not JSON is a failure: the batch is
// bisected to the one input that causes it, which is saved under test/fixtures/model-scan/fuzz-crashes/
// to become a regression fixture. Deterministic for a given --seed.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const seconds = Number(process.argv[2] ?? 60);
const seedArg = process.argv.indexOf('--seed');
let state = seedArg > 0 ? Number(process.argv[seedArg + 1]) : Date.now() % 2 ** 31;
const initialSeed = state;
const BATCH = 40;
const PER_BATCH_TIMEOUT_MS = 60_000;

function rand() {
  // mulberry32
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(rand() * n);

function seeds(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...seeds(p));
    else if (st.size > 0 && st.size < 512 * 1024 && !name.endsWith('.json') && !name.endsWith('.py')) out.push(p);
  }
  return out;
}

function mutate(buf) {
  const b = Buffer.from(buf);
  const ops = 1 + pick(4);
  let out = b;
  for (let i = 0; i < ops; i++) {
    const at = pick(Math.max(1, out.length));
    switch (pick(6)) {
      case 0: // bit flip
        out[at] ^= 1 << pick(8);
        break;
      case 1: // interesting bytes (length fields, opcodes)
        out.fill([0x00, 0xff, 0x7f, 0x80][pick(4)], at, Math.min(out.length, at + 1 + pick(8)));
        break;
      case 2: // truncate
        out = out.subarray(0, at);
        break;
      case 3: // duplicate a slice (nesting, repeated headers)
        out = Buffer.concat([out.subarray(0, at), out.subarray(at, at + pick(64)), out.subarray(at)]);
        break;
      case 4: // huge little-endian length
        if (out.length >= at + 8) out.writeBigUInt64LE(2n ** BigInt(31 + pick(33)) - 1n, at);
        break;
      default: // splice two inputs
        out = Buffer.concat([
          out.subarray(0, at),
          Buffer.from(readFileSync(corpus[pick(corpus.length)])).subarray(pick(64)),
        ]);
    }
  }
  return out;
}

function scan(dir) {
  const r = spawnSync(process.execPath, ['dist/cli/index.js', 'scan', dir, '--format', 'json', '--cwd', dir], {
    encoding: 'utf8',
    timeout: PER_BATCH_TIMEOUT_MS,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: 'true' },
  });
  if (r.error || r.signal) return `killed (${r.error?.message ?? r.signal})`;
  if (![0, 1, 3].includes(r.status)) return `exit code ${r.status}: ${r.stderr.split('\n').slice(-5).join(' ')}`;
  try {
    JSON.parse(r.stdout);
  } catch {
    return 'stdout is not a JSON report';
  }
  return undefined;
}

const corpus = seeds('test/fixtures/model-scan');
const crashes = 'test/fixtures/model-scan/fuzz-crashes';
const deadline = Date.now() + seconds * 1000;
let inputs = 0;
let found = 0;
console.log(`fuzzing model-scan for ${seconds} s, seed ${initialSeed}, ${corpus.length} seed files`);
while (Date.now() < deadline) {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-fuzz-'));
  const files = [];
  for (let i = 0; i < BATCH; i++) {
    const name = `input-${i}.bin`;
    writeFileSync(join(dir, name), mutate(readFileSync(corpus[pick(corpus.length)])));
    files.push(name);
  }
  inputs += BATCH;
  const problem = scan(dir);
  if (problem) {
    // Bisect: scan each file alone to find the culprit(s).
    for (const f of files) {
      const one = mkdtempSync(join(tmpdir(), 'mlg-fuzz-one-'));
      copyFileSync(join(dir, f), join(one, f));
      const p = scan(one);
      if (p) {
        found++;
        mkdirSync(crashes, { recursive: true });
        const saved = join(crashes, `crash-${initialSeed}-${inputs}-${f}`);
        copyFileSync(join(dir, f), saved);
        console.log(`FAILURE: ${p}\n  input saved as ${saved}`);
      }
      rmSync(one, { recursive: true, force: true });
    }
    if (found === 0) console.log(`FAILURE on the batch only (${problem}): kept ${dir}`);
  }
  if (!problem) rmSync(dir, { recursive: true, force: true });
}
console.log(`${inputs} inputs, ${found} failing input(s)`);
process.exitCode = found > 0 ? 1 : 0;
