// model-scan benchmark: generates (a) a multi-GB safetensors file and a large PyTorch-style zip and (b) an
// opcode-dense pickle of 100+ MB into bench/.work/, then prints model-scan's time against `sha256sum` of
// the same file (the floor for reading and hashing every byte once), MB/s on the dense pickle, and peak RSS.
// Usage: node bench/model-scan/run.mjs [--gib 2] [--pickle-mb 120]   (Node 24: node_modules/.bin/node)
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const GIB = opt('gib', 2);
const PICKLE_MB = opt('pickle-mb', 120);
const WORK = resolve('bench/.work/model-scan');
mkdirSync(WORK, { recursive: true });

// ---- build the scanner bundle (ncc) ------------------------------------------------------------------------
const bundle = join(WORK, 'scanner');
execFileSync(
  process.execPath,
  ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'bench/model-scan/entry.ts', '-o', bundle, '-q'],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '' },
  },
);
const { writeFileSync } = await import('node:fs');
writeFileSync(join(bundle, 'package.json'), '{"type":"module"}\n');

// ---- generators ----------------------------------------------------------------------------------------------
async function write(path, gen) {
  const out = createWriteStream(path, { highWaterMark: 8 << 20 });
  for (const chunk of gen()) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function* safetensors(totalBytes) {
  const tensorBytes = 64 << 20;
  const n = Math.floor(totalBytes / tensorBytes);
  const header = {};
  for (let i = 0; i < n; i++)
    header[`layer.${i}.weight`] = {
      dtype: 'F32',
      shape: [tensorBytes / 4],
      data_offsets: [i * tensorBytes, (i + 1) * tensorBytes],
    };
  header.__metadata__ = { format: 'pt' };
  let h = Buffer.from(JSON.stringify(header));
  h = Buffer.concat([h, Buffer.alloc((8 - (h.length % 8)) % 8, 0x20)]);
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  yield len;
  yield h;
  const block = Buffer.alloc(8 << 20);
  for (let i = 0; i < block.length; i += 4) block.writeFloatLE(Math.sin(i), i);
  for (let i = 0; i < (n * tensorBytes) / block.length; i++) yield block;
}

/** A PyTorch-style zip: archive/data.pkl (protocol 2 state dict with persistent ids) + stored tensor members. */
function torchZip(totalBytes) {
  const tensorBytes = 32 << 20;
  const n = Math.floor(totalBytes / tensorBytes);
  const sbu = (s) => Buffer.concat([Buffer.from([0x58]), u32(Buffer.byteLength(s)), Buffer.from(s)]);
  function u32(v) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v >>> 0);
    return b;
  }
  const pk = [Buffer.from([0x80, 0x02]), Buffer.from('ccollections\nOrderedDict\n)R(', 'latin1')];
  for (let i = 0; i < n; i++) {
    pk.push(sbu(`layer.${i}.weight`));
    pk.push(Buffer.from('ctorch._utils\n_rebuild_tensor_v2\n(', 'latin1'));
    pk.push(
      Buffer.from('(', 'latin1'),
      sbu('storage'),
      Buffer.from('ctorch\nFloatStorage\n', 'latin1'),
      sbu(String(i)),
      sbu('cpu'),
      Buffer.from([0x4a]),
      u32(tensorBytes / 4),
      Buffer.from('tQ', 'latin1'),
    );
    pk.push(
      Buffer.from([0x4b, 0]),
      Buffer.from([0x4a]),
      u32(tensorBytes / 4),
      Buffer.from([0x85, 0x4b, 1, 0x85, 0x89]),
      Buffer.from('ccollections\nOrderedDict\n)R', 'latin1'),
      Buffer.from('tR', 'latin1'),
    );
  }
  pk.push(Buffer.from('u.', 'latin1'));
  const members = [
    ['archive/data.pkl', Buffer.concat(pk)],
    ['archive/version', Buffer.from('3\n')],
  ];
  const block = Buffer.alloc(tensorBytes);
  for (let i = 0; i < block.length; i += 4) block.writeFloatLE(Math.cos(i), i);
  const blockCrc = crc32(block);
  for (let i = 0; i < n; i++) members.push([`archive/data/${i}`, block, blockCrc]);
  return function* () {
    let off = 0;
    const central = [];
    for (const [name, data, c] of members) {
      const nameB = Buffer.from(name);
      const crc = c ?? crc32(data);
      const lh = Buffer.alloc(30);
      lh.writeUInt32LE(0x04034b50, 0);
      lh.writeUInt16LE(20, 4);
      lh.writeUInt32LE(crc >>> 0, 14);
      lh.writeUInt32LE(data.length, 18);
      lh.writeUInt32LE(data.length, 22);
      lh.writeUInt16LE(nameB.length, 26);
      central.push({ nameB, crc, size: data.length, off });
      yield lh;
      yield nameB;
      yield data;
      off += 30 + nameB.length + data.length;
    }
    const cdStart = off;
    for (const e of central) {
      const ch = Buffer.alloc(46);
      ch.writeUInt32LE(0x02014b50, 0);
      ch.writeUInt16LE(20, 4);
      ch.writeUInt16LE(20, 6);
      ch.writeUInt32LE(e.crc >>> 0, 16);
      ch.writeUInt32LE(e.size, 20);
      ch.writeUInt32LE(e.size, 24);
      ch.writeUInt16LE(e.nameB.length, 28);
      ch.writeUInt32LE(e.off, 42);
      yield ch;
      yield e.nameB;
      off += 46 + e.nameB.length;
    }
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(central.length, 8);
    eocd.writeUInt16LE(central.length, 10);
    eocd.writeUInt32LE(off - cdStart, 12);
    eocd.writeUInt32LE(cdStart, 16);
    yield eocd;
  };
}

/** An opcode-dense protocol-4 pickle: a list of small tuples/dicts with memoised strings and memo references. */
function* densePickle(totalBytes) {
  const parts = [Buffer.from([0x80, 0x04]), Buffer.from([0x5d, 0x94])]; // PROTO 4, EMPTY_LIST, MEMOIZE
  yield Buffer.concat(parts);
  let written = 4;
  let memo = 1;
  const batch = [];
  let i = 0;
  while (written < totalBytes) {
    const chunk = [Buffer.from([0x28])]; // MARK
    for (let k = 0; k < 1000; k++, i++) {
      const key = `feature_${i % 5000}`;
      const kb = Buffer.from(key);
      // ( BININT i, SHORT_BINUNICODE key MEMOIZE, BINFLOAT, NONE, {'w': BINGET 1} ) TUPLE MEMOIZE
      const t = Buffer.alloc(64);
      let p = 0;
      t[p++] = 0x28;
      t[p++] = 0x4a;
      t.writeInt32LE(i | 0, p);
      p += 4;
      t[p++] = 0x8c;
      t[p++] = kb.length;
      kb.copy(t, p);
      p += kb.length;
      t[p++] = 0x94;
      memo++;
      t[p++] = 0x47;
      t.writeDoubleBE(i * 0.5, p);
      p += 8;
      t[p++] = 0x4e;
      t[p++] = 0x7d; // EMPTY_DICT
      t[p++] = 0x8c;
      t[p++] = 1;
      t[p++] = 0x77; // 'w'
      t[p++] = 0x6a; // LONG_BINGET memo-1
      t.writeUInt32LE(memo - 1, p);
      p += 4;
      t[p++] = 0x73; // SETITEM
      t[p++] = 0x74; // TUPLE
      t[p++] = 0x94; // MEMOIZE
      memo++;
      chunk.push(t.subarray(0, p));
    }
    chunk.push(Buffer.from([0x65])); // APPENDS
    const b = Buffer.concat(chunk);
    written += b.length;
    batch.push(b);
    if (batch.length >= 16) yield Buffer.concat(batch.splice(0));
  }
  if (batch.length) yield Buffer.concat(batch);
  yield Buffer.from([0x2e]);
}

// ---- measure -------------------------------------------------------------------------------------------------
/** Wall and CPU (user+sys) milliseconds of `sha256sum FILE`. CPU time is what to compare on a loaded machine. */
function sha256sum(path) {
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', 'TIMEFORMAT="%U %S"; time sha256sum "$0" >/dev/null', path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const [u, sys] = r.stderr.trim().split(/\s+/).slice(-2).map(Number);
  return { ms: performance.now() - t0, cpu: (u + sys) * 1000 };
}
/**
 * Scans `path` in a fresh process (bench/model-scan/scan-one.mjs), so its peak RSS is the scanner's own and
 * not this generator's. Wall and CPU time are measured inside the child around the scan alone.
 */
function scan(path) {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'scan-one.mjs'), join(bundle, 'index.js'), path], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`scan of ${path} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const files = [
  [
    'safetensors',
    join(WORK, 'big.safetensors'),
    () => write(join(WORK, 'big.safetensors'), () => safetensors(GIB * 2 ** 30)),
  ],
  [
    'pytorch-zip',
    join(WORK, 'big-torch.pt'),
    () => write(join(WORK, 'big-torch.pt'), torchZip(Math.min(GIB, 3.5) * 2 ** 30)),
  ],
  [
    'dense-pickle',
    join(WORK, 'dense.pkl'),
    () => write(join(WORK, 'dense.pkl'), () => densePickle(PICKLE_MB * 2 ** 20)),
  ],
];
console.log(`model-scan benchmark (${process.version}, ${GIB} GiB model files, ${PICKLE_MB} MiB dense pickle)`);
console.log(
  'wall = elapsed time; cpu = user+sys of the process (model-scan includes hashing every byte); load average now:',
  (await import('node:os')).loadavg()[0].toFixed(1),
);
console.log(
  'file              size  sha256sum wall/cpu  model-scan wall/cpu  ratio wall/cpu  MB/s wall/cpu  findings  pickles/opcodes',
);
const peaks = [];
for (const [name, path, gen] of files) {
  if (!existsSync(path)) await gen();
  const size = statSync(path).size;
  sha256sum(path); // warm the page cache for both runs
  const ref = sha256sum(path);
  const { ms, cpu, rssMiB, r } = scan(path);
  peaks.push(`${name} ${rssMiB} MiB`);
  const mb = size / 2 ** 20;
  const s = (x) => (x / 1000).toFixed(2);
  console.log(
    `${name.padEnd(14)} ${mb.toFixed(0).padStart(6)} MiB ${s(ref.ms).padStart(8)}/${s(ref.cpu)} s ${s(ms).padStart(10)}/${s(cpu)} s ${(ms / ref.ms).toFixed(2).padStart(8)}x/${(cpu / ref.cpu).toFixed(2)}x ${(mb / (ms / 1000)).toFixed(0).padStart(6)}/${(mb / (cpu / 1000)).toFixed(0)} ${String(r.findings.length).padStart(9)}  ${r.pickles}/${r.opcodes}`,
  );
  for (const f of r.findings.slice(0, 3)) console.log(`   ${f.severity} ${f.ruleId}: ${f.message}`);
}
console.log(`peak RSS of the scanning process: ${peaks.join(', ')} (budget 300 MB)`);
