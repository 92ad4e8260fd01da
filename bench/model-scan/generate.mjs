// Generators of the model-scan benchmark's files (bench/model-scan/run.mjs): a safetensors file, a PyTorch-style
// zip and a GGUF file of a given size, and an opcode-dense pickle. Written once into bench/.work/model-scan/.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { crc32 } from 'node:zlib';

export async function write(path, gen) {
  const out = createWriteStream(path, { highWaterMark: 8 << 20 });
  for (const chunk of gen()) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export function* safetensors(totalBytes) {
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
export function torchZip(totalBytes) {
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
export function* densePickle(totalBytes) {
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

/** A GGUF v3 file: architecture, alignment and a benign chat template, then 64 MiB f32 tensors (32-byte aligned). */
export function* gguf(totalBytes) {
  const tensorBytes = 64 << 20;
  const n = Math.max(1, Math.floor(totalBytes / tensorBytes));
  const u32 = (v) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    return b;
  };
  const u64 = (v) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    return b;
  };
  const str = (s) => Buffer.concat([u64(Buffer.byteLength(s)), Buffer.from(s)]);
  const kv = [
    [str('general.architecture'), u32(8), str('llama')],
    [str('general.alignment'), u32(4), u32(32)],
    [
      str('tokenizer.chat_template'),
      u32(8),
      str("{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}{% endfor %}<|assistant|>"),
    ],
  ].flat();
  const infos = [];
  for (let i = 0; i < n; i++)
    infos.push(str(`blk.${i}.weight`), u32(1), u64(tensorBytes / 4), u32(0), u64(i * tensorBytes));
  let head = Buffer.concat([Buffer.from('GGUF'), u32(3), u64(n), u64(3), ...kv, ...infos]);
  head = Buffer.concat([head, Buffer.alloc((32 - (head.length % 32)) % 32)]);
  yield head;
  const block = Buffer.alloc(8 << 20);
  for (let i = 0; i < block.length; i += 4) block.writeFloatLE(Math.sin(i * 0.37), i);
  for (let i = 0; i < (n * tensorBytes) / block.length; i++) yield block;
}
