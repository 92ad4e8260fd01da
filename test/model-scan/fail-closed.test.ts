/**
 * Fail closed by construction (issue 13): detection only picks the parser to try first. Every format the
 * detector can return is shown to send unverified bytes through the pickle VM, and each example of the issue
 * is a finding (or, for the benign ones, passes). Bytes are built here; nothing is unpickled.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { DEFAULT_LIMITS, GlobalPolicy, scanFile } from '@ml-gates/model-scan';
import { detect, type Format } from '../../packages/model-scan/src/detect.js';
import { cStrtol, pyLongFromString } from '../../packages/model-scan/src/pickle/vm.js';
import { descrHasObject, parseNpyHeader } from '../../packages/model-scan/src/formats/npy.js';

const dir = mkdtempSync(join(tmpdir(), 'mlg-failclosed-'));
let n = 0;
async function scan(bytes: Buffer, name = `f${n}.dat`) {
  const p = join(dir, `${n++}-${name}`);
  writeFileSync(p, bytes);
  return scanFile(p, name, bytes.length, { policy: new GlobalPolicy(), limits: DEFAULT_LIMITS, hash: false });
}
const rules = (r: { findings: { ruleId: string; severity: string }[] }) =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId);
const B = (s: string) => Buffer.from(s, 'latin1');
/** A protocol-0 pickle that calls os.system. */
const P0 = B("cos\nsystem\n(S'echo pwned'\ntR.");

describe('every detected format sends unverified bytes through the VM', () => {
  // A prefix that detection reads as each format, followed by nothing valid for that format; the same bytes
  // are a pickle from offset 0 only where the prefix's bytes are opcodes, so instead each case puts the
  // pickle first and the signature where that format's detector looks for it.
  const cases: [Format, Buffer][] = [
    ['hdf5', Buffer.concat([P0, Buffer.alloc(512 - P0.length, 0x20), B('\x89HDF\r\n\x1a\n')])],
    ['tar', Buffer.concat([P0, Buffer.alloc(257 - P0.length, 0x20), B('ustar\x0000'), Buffer.alloc(300)])],
    ['text', Buffer.concat([B("S'"), Buffer.alloc(70, 0x41), B("'\n0"), P0])],
    ['binary', Buffer.concat([B('\x95\x10\x00\x00\x00\x00\x00\x00\x00'), P0, Buffer.from([0, 1, 2, 3, 0xff])])],
    ['gguf', Buffer.concat([B('GGUF\x03\x00\x00\x00\x00'), B('0'), P0])],
    ['empty', Buffer.alloc(0)],
  ];
  for (const [format, bytes] of cases) {
    it(`${format}: judged as a pickle when the VM accepts it`, async () => {
      expect(detect(bytes.subarray(0, 4096), bytes.length)).toBe(format);
      const r = await scan(bytes, 'model.dat');
      if (format === 'empty') expect(rules(r)).toEqual([]);
      else expect(rules(r)).toContain('pickle.dangerous-global');
    });
  }

  it('walks every format the detector can return (none is exempt from the VM)', async () => {
    // each detector result: a stream with that signature and a pickle at offset 0 is never passed
    const seen = new Set<Format>();
    const heads: Buffer[] = [
      B('PK\x03\x04'),
      B('\x93NUMPY'),
      B('\x89HDF\r\n\x1a\n'),
      B('GGUF'),
      B('\x1f\x8b'),
      B('BZh9'),
      B('\xfd7zXZ\x00'),
      B('\x04"M\x18'),
      B('(\xb5/\xfd'),
      B("7z\xbc\xaf'\x1c"),
      B('x\x9c'),
      B(']\x00\x00\x80\x00'),
      B('ZF0x10               '),
      B('{"a": 1}'),
      B('\x08\x07\x12\x04abcd'),
      B('hello world\n'),
      B('\x00\x01\x02\xff'),
      Buffer.alloc(0),
    ];
    for (const h of heads) seen.add(detect(Buffer.concat([h, Buffer.alloc(20)]), h.length + 20));
    seen.add(detect(Buffer.concat([Buffer.alloc(257), B('ustar')]), 600));
    seen.add(detect(B('\x80\x04K\x01.'), 5));
    // a safetensors length prefix
    const st = Buffer.concat([Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]), B('{}')]);
    seen.add(detect(st, st.length));
    // the probe: for the formats that do not parse completely as themselves, a pickle from offset 0 is found
    for (const f of seen) {
      if (f === 'empty' || f === 'pickle') continue;
      const sig = heads.find((h) => detect(Buffer.concat([h, Buffer.alloc(20)]), h.length + 20) === f);
      if (!sig) continue;
      // the signature's bytes, then a protocol-0 pickle after a POP-able prefix is not enough: put the
      // pickle at offset 0 of a member that claims this format by name instead
      const r = await scan(Buffer.concat([P0, sig]), `m.${f}`);
      expect([f, rules(r)]).toEqual([f, expect.arrayContaining(['pickle.dangerous-global'])]);
    }
    expect(seen.size).toBeGreaterThanOrEqual(17);
  });
});

describe('examples of issue 13', () => {
  it('a protocol-0 pickle padded past 64 bytes is caught', async () => {
    const r = await scan(Buffer.concat([B("S'"), Buffer.alloc(70, 0x41), B("'\n0"), P0]), 'README');
    expect(rules(r)).toContain('pickle.dangerous-global');
  });
  it('binary pickles without PROTO, FRAME first, STACK_GLOBAL without a header are caught', async () => {
    const frame = Buffer.concat([B('\x95'), Buffer.from([30, 0, 0, 0, 0, 0, 0, 0]), P0]);
    const stack = B('\x8c\x02os\x8c\x06system\x93\x8c\x02id\x85R.');
    for (const b of [frame, stack]) expect(rules(await scan(b, 'x.txt'))).toContain('pickle.dangerous-global');
  });
  it('INT and LONG forms CPython accepts (I+1, I 1, I1_0, L+1L) do not hide a pickle', async () => {
    for (const first of ['I+1\n', 'I 1\n', 'I1_0\n', 'L+1L\n', 'I010\n', 'I0x1f\n']) {
      const r = await scan(Buffer.concat([B(first), B('0'), P0]), 'notes.txt');
      expect([first, rules(r)]).toEqual([first, expect.arrayContaining(['pickle.dangerous-global'])]);
    }
    expect(cStrtol(' +1')).toBe(1n);
    expect(cStrtol('010')).toBe(8n);
    expect(pyLongFromString('1_0', 0)).toBe(10n);
    expect(pyLongFromString('010', 0)).toBeUndefined();
    expect(pyLongFromString('1__0', 0)).toBeUndefined();
  });
  it('a pickle after a STOP and raw bytes (legacy torch records) is read', async () => {
    const raw = Buffer.alloc(8 + 4 * 3);
    raw.writeBigUInt64LE(3n, 0);
    const r = await scan(Buffer.concat([B('\x80\x02K\x01.'), raw, B('\x80\x02'), P0]), 'storages');
    expect(rules(r)).toContain('pickle.dangerous-global');
  });
  it('signatures at 257 (ustar) and 512 (HDF5) do not outrank a pickle at offset 0', async () => {
    const hdf = Buffer.concat([P0, Buffer.alloc(512 - P0.length, 0x20), B('\x89HDF\r\n\x1a\n')]);
    expect(rules(await scan(hdf, 'model.h5'))).toEqual(expect.arrayContaining(['pickle.dangerous-global']));
  });
  it('an empty file or random bytes named model.pkl are findings', async () => {
    expect(rules(await scan(Buffer.alloc(0), 'model.pkl'))).toEqual(['format.unrecognised']);
    expect(rules(await scan(Buffer.from([0xde, 0xad, 0xbe, 0xef, 1, 2, 3]), 'model.pkl'))).toEqual([
      'pickle.unparseable',
    ]);
  });
  it('text named like a model file is format.unrecognised', async () => {
    expect(rules(await scan(B('just some notes\n'), 'model.safetensors'))).toEqual(['format.unrecognised']);
    expect(rules(await scan(B('just some notes\n'), 'notes.txt'))).toEqual([]);
  });
  it('a zip that ends a safetensors, GGUF, tar or compressed file is scanned: Python zipfile reads it after any prefix', async () => {
    const corpus = join(process.cwd(), 'test/model-scan/redteam/corpus-extra');
    for (const front of ['safetensors', 'gguf', 'tar']) {
      const keras = readFileSync(join(corpus, `malicious/polyglot/${front}-then-keras-zip.keras`));
      expect([front, rules(await scan(keras, 'model.keras'))]).toEqual([
        front,
        expect.arrayContaining(['archive.prefixed-data', 'formats.keras-lambda']),
      ]);
      const torch = readFileSync(join(corpus, `malicious/polyglot/${front}-then-torch-zip.zip`));
      expect([front, rules(await scan(torch, 'model.zip'))]).toEqual([
        front,
        expect.arrayContaining(['pickle.dangerous-global']),
      ]);
    }
    // after a compressed stream its decompressor ends before (zlib, raw LZMA: no error to fall back on)
    for (const tag of ['zlib', 'lzma-alone', 'gzip']) {
      const after = readFileSync(join(corpus, `malicious/polyglot/${tag}-then-keras-zip.keras`));
      expect([tag, rules(await scan(after, 'model.keras'))]).toEqual([
        tag,
        expect.arrayContaining(['archive.prefixed-data', 'formats.keras-lambda']),
      ]);
    }
    // a zip member of a tar ends inside the tar: scanned as the member, no prefixed-data finding
    const tar = readFileSync(join(corpus, 'benign/polyglot/tar-with-zip-member.tar'));
    expect(rules(await scan(tar, 'bundle.tar'))).toEqual([]);
  });
  it('a truncated or corrupt compressed stream keeps what its decoder produced before failing', async () => {
    // gzip.open(...).read() hands the decoded prefix to pickle.load before it raises: the payload in it is a
    // finding beside the decoder's error, not hidden behind it
    const text = Buffer.concat([
      B("S'"),
      Buffer.alloc(3000, 0x41),
      B("'\n0"),
      P0,
      B("S'"),
      Buffer.alloc(20_000, 0x42),
      B("'\n."),
    ]);
    const gz = gzipSync(text);
    for (const [what, bytes] of [
      ['no trailer', gz.subarray(0, gz.length - 8)],
      [
        'bad CRC',
        Buffer.concat([gz.subarray(0, gz.length - 8), Buffer.from([1, 2, 3, 4]), gz.subarray(gz.length - 4)]),
      ],
    ] as const) {
      expect([what, rules(await scan(bytes, 'notes.txt.gz'))]).toEqual([
        what,
        expect.arrayContaining(['pickle.dangerous-global', 'scan.unscannable']),
      ]);
    }
  });
  it("zip entries past the end record's count are read, as Python's zipfile reads them", async () => {
    const corpus = join(process.cwd(), 'test/model-scan/redteam/corpus-extra/malicious');
    for (const n of [0, 1]) {
      const keras = rules(await scan(readFileSync(join(corpus, `keras/eocd-counts-${n}.keras`)), 'model.keras'));
      expect([n, keras]).toEqual([n, expect.arrayContaining(['formats.keras-lambda', 'archive.inconsistent-header'])]);
      const torch = rules(await scan(readFileSync(join(corpus, `torch-zip/eocd-counts-${n}.zip`)), 'model.zip'));
      expect([n, torch]).toEqual([n, expect.arrayContaining(['pickle.dangerous-global'])]);
    }
  });
  it('ONNX external data outside the model folder is found wherever the tensor is', async () => {
    // attribute tensors in subgraphs and model-local functions, sparse initializers and sparse attributes
    const corpus = join(process.cwd(), 'test/model-scan/redteam/corpus-extra/malicious/onnx-external');
    for (const tag of [
      'constant-attribute',
      'if-subgraph',
      'sparse-initializer',
      'sparse-attribute',
      'function-body',
    ]) {
      const r = await scan(readFileSync(join(corpus, tag, 'model.onnx')), 'model.onnx');
      expect([tag, rules(r)]).toEqual([tag, expect.arrayContaining(['formats.onnx-external-path'])]);
    }
  });
  it('TensorFlow .pb, TorchServe .mar and NeMo .nemo are model files too: unverifiable bytes are findings', async () => {
    const junk = Buffer.from([0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 0xff, 0x10]);
    for (const name of ['saved_model.pb', 'handler.mar', 'asr.nemo']) {
      expect(rules(await scan(Buffer.alloc(0), name))).toEqual(['format.unrecognised']);
      expect(rules(await scan(junk, name))).toEqual(['format.unrecognised']);
      expect(rules(await scan(B('just some notes\n'), name))).toEqual(['format.unrecognised']);
    }
    // the real formats are recognised, not reported: a SavedModel, a zip (made by Python's zipfile)
    const pb = readFileSync(join(process.cwd(), 'test/fixtures/model-scan/benign/savedmodel/saved_model.pb'));
    expect(rules(await scan(pb, 'saved_model.pb'))).toEqual([]);
    const zip = Buffer.from(
      'UEsDBBQAAAAAAAAAIQCFEUoNCwAAAAsAAAAJAAAAaGVsbG8udHh0aGVsbG8gd29ybGRQSwECFAMUAAAAAAAAACEAhRFKDQsAAAALAAAACQAAAAAAAAAAAAAAgAEAAAAAaGVsbG8udHh0UEsFBgAAAAABAAEANwAAADIAAAAAAA==',
      'base64',
    );
    expect(rules(await scan(zip, 'handler.mar'))).toEqual([]);
  });
  it('a safetensors header that parses but does not match the data says what, where and what was expected', async () => {
    const st = (header: unknown, data: number): Buffer => {
      const h = Buffer.from(JSON.stringify(header));
      const len = Buffer.alloc(8);
      len.writeBigUInt64LE(BigInt(h.length));
      return Buffer.concat([len, h, Buffer.alloc(data)]);
    };
    const cases: [string, unknown, number, RegExp][] = [
      [
        'overlap',
        {
          a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
          b: { dtype: 'F32', shape: [2], data_offsets: [4, 12] },
        },
        12,
        /overlap/,
      ],
      ['dtype size', { a: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }, 8, /span 12 bytes.*spanning 8/],
      ['past the end', { a: { dtype: 'U8', shape: [8], data_offsets: [0, 8] } }, 4, /end within the 4 bytes/],
      ['gap', { a: { dtype: 'U8', shape: [4], data_offsets: [4, 8] } }, 8, /4 bytes belong to no tensor/],
      ['unknown dtype', { a: { dtype: 'F33', shape: [1], data_offsets: [0, 4] } }, 4, /safetensors dtype, found "F33"/],
    ];
    for (const [what, header, data, msg] of cases) {
      const r = await scan(st(header, data), `${what.replace(/ /g, '-')}.safetensors`);
      const f = r.findings.filter((x) => x.ruleId === 'formats.safetensors-invalid');
      expect([what, f.length > 0]).toEqual([what, true]);
      for (const x of f) {
        expect([what, x.message]).toEqual([what, expect.stringMatching(/expected .*found/)]);
        expect([what, typeof x.location?.offset]).toEqual([what, 'number']);
      }
      expect([what, f.some((x) => msg.test(x.message))]).toEqual([what, true]);
    }
  });
  it('an HDF5 signature followed by no HDF5 structure is format.malformed, under any name', async () => {
    const sig = B('\x89HDF\r\n\x1a\n');
    const junk = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 97 + 13) & 0xff));
    for (const [what, bytes] of [
      ['zeros', Buffer.concat([sig, Buffer.alloc(100)])],
      ['junk', Buffer.concat([sig, junk])],
      ['truncated', sig],
    ] as const) {
      for (const name of ['model.h5', 'weights.bin', 'notes.txt']) {
        const r = await scan(bytes, name);
        const f = r.findings.find((x) => x.ruleId === 'format.malformed');
        expect([what, name, f?.message]).toEqual([what, name, expect.stringMatching(/^HDF5: expected .*found/)]);
        expect(typeof f?.location?.offset).toBe('number');
      }
    }
  });
  it('a zip signature with no central directory zip readers accept is format.malformed', async () => {
    const junk = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 97 + 13) & 0xff));
    for (const sig of ['PK\x03\x04', 'PK\x05\x06', 'PK\x07\x08'])
      for (const name of ['model.pt', 'model.zip', 'notes.txt']) {
        const f = (await scan(Buffer.concat([B(sig), junk]), name)).findings.find(
          (x) => x.ruleId === 'format.malformed',
        );
        expect([sig, name, f?.message]).toEqual([sig, name, expect.stringMatching(/^zip: expected .*found/)]);
      }
  });
  it('GGUF magic with a version readers refuse is format.malformed (high), at the version field', async () => {
    for (const v of [0, 4, 0x03000000]) {
      const g = Buffer.concat([B('GGUF'), Buffer.alloc(36)]);
      g.writeUInt32LE(v, 4);
      const f = (await scan(g, 'model.gguf')).findings.find((x) => x.ruleId === 'format.malformed');
      expect([v, f?.severity, f?.location?.offset]).toEqual([v, 'high', 4]);
      expect(f?.message).toMatch(/GGUF: expected .*found: version/);
    }
  });
  it("JSON is read as Python's json.loads reads it: NaN and Infinity are values, not a malformed file", async () => {
    // what json.dump writes for float('nan') / float('inf'): every trainer_state.json with a NaN loss
    const state = B(
      '{"log_history": [{"loss": NaN, "grad_norm": Infinity, "x": -Infinity, "note": "NaN or Infinity"}]}',
    );
    expect(rules(await scan(state, 'trainer_state.json'))).toEqual([]);
    const tpl = B(
      `{"x": NaN, "chat_template": "{{ lipsum.__globals__['os'].popen('id').read() }}", "eos_token": "Infinity"}`,
    );
    const r = rules(await scan(tpl, 'tokenizer_config.json'));
    expect(r).toContain('templates.ssti');
    expect(r).not.toContain('format.malformed');
    // what json.loads refuses stays malformed
    expect(rules(await scan(B('{"a": nan}'), 'config.json'))).toEqual(['format.malformed']);
  });
  it('a safetensors header that is not JSON is format.malformed', async () => {
    const h = B('{not json}');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(h.length));
    expect(rules(await scan(Buffer.concat([len, h]), 'm.safetensors'))).toContain('format.malformed');
  });
  it('.npy headers are Python literals: every spelling of an object dtype is found', () => {
    for (const d of ["'|O'", "'O'", "'object'", "'\\x4f'", "'|' 'O'", "[('a', '<f8'), ('b', '|O')]", "('O', (2,))"]) {
      expect([d, parseNpyHeader(`{"descr": ${d}, 'fortran_order': False, 'shape': (2,), }`).hasObject]).toEqual([
        d,
        true,
      ]);
    }
    // a field named Open is not an object field; a descr numpy could read but the scanner does not know is
    expect(descrHasObject('<f8', 0)).toBe(false);
    expect(descrHasObject('weird', 0)).toBe(true);
    expect(
      parseNpyHeader("{'descr': [('Open', '<f8'), ('Close', '<f8')], 'fortran_order': False, 'shape': (3,)}").hasObject,
    ).toBe(false);
  });
  it('an object .npy with a quoted-key header runs its data through the VM', async () => {
    const header = B("{\"descr\": '|' 'O', 'fortran_order': False, 'shape': (1,), }");
    const pad = 64 - ((10 + header.length + 1) % 64);
    const h = Buffer.concat([header, Buffer.alloc(pad, 0x20), B('\n')]);
    const pre = Buffer.concat([B('\x93NUMPY\x01\x00'), Buffer.from([h.length & 0xff, h.length >> 8])]);
    expect(rules(await scan(Buffer.concat([pre, h, B('\x80\x02'), P0]), 'a.npy'))).toContain('pickle.dangerous-global');
  });
  it('JSON with a UTF-8 BOM or in UTF-16 is read (json.loads(bytes) reads both)', async () => {
    const cfg = JSON.stringify({
      class_name: 'Sequential',
      config: { layers: [{ class_name: 'Lambda', config: { function: 'x' } }] },
    });
    for (const b of [Buffer.concat([B('\xef\xbb\xbf'), Buffer.from(cfg)]), Buffer.from(`\ufeff${cfg}`, 'utf16le')]) {
      expect(rules(await scan(b, 'config.json'))).toContain('formats.keras-lambda');
    }
  });
  it('JSON that does not parse is a finding when the name claims JSON', async () => {
    expect(rules(await scan(B('{"a": '), 'config.json'))).toEqual(['format.malformed']);
  });
  it('a leading zstd skippable frame is skipped and the frame after it read', async () => {
    const skip = Buffer.concat([B('P*M\x18'), Buffer.from([4, 0, 0, 0]), B('skip')]);
    const { zstdCompressSync } = (await import('node:zlib')) as unknown as { zstdCompressSync?: (b: Buffer) => Buffer };
    if (zstdCompressSync) {
      const r = await scan(Buffer.concat([skip, zstdCompressSync(Buffer.concat([B('\x80\x02'), P0]))]), 'm.joblib');
      expect(rules(r)).toContain('pickle.dangerous-global');
    }
  });
  it('every lz4 frame is read: a payload in the second frame is caught', async () => {
    const { createRequire } = await import('node:module');
    const lz4 = createRequire(import.meta.url)('lz4js') as { compress(b: Uint8Array): Uint8Array };
    const first = Buffer.from(lz4.compress(B('\x80\x02K\x01.')));
    const second = Buffer.from(lz4.compress(Buffer.concat([B('\x80\x02'), P0])));
    const r = await scan(Buffer.concat([first, second]), 'm.joblib');
    expect(rules(r)).toContain('pickle.dangerous-global');
  });
  it('a GGUF with a duplicate tokenizer.chat_template key has every value checked', async () => {
    const str = (t: string) => {
      const b = Buffer.from(t);
      const n = Buffer.alloc(8);
      n.writeBigUInt64LE(BigInt(b.length));
      return Buffer.concat([n, b]);
    };
    const u32 = (v: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(v);
      return b;
    };
    const u64 = (v: number) => {
      const b = Buffer.alloc(8);
      b.writeBigUInt64LE(BigInt(v));
      return b;
    };
    const kv = (k: string, v: string) => Buffer.concat([str(k), u32(8), str(v)]);
    const evil = "{{ ''.__class__.__mro__[1].__subclasses__() }}";
    const benign = '{% for m in messages %}{{ m.content }}{% endfor %}';
    const g = Buffer.concat([
      B('GGUF'),
      u32(3),
      u64(0),
      u64(2),
      kv('tokenizer.chat_template', evil),
      kv('tokenizer.chat_template', benign),
    ]);
    const r = await scan(g, 'm.gguf');
    expect(r.findings.some((f) => f.ruleId.startsWith('templates.'))).toBe(true);
  });
  it("joblib's legacy ZF format is unwrapped", async () => {
    const body = deflateSync(Buffer.concat([B('\x80\x02'), P0]));
    const r = await scan(Buffer.concat([B('ZF'), B('0x2f'.padEnd(19, ' ')), body]), 'm.pkl');
    expect(rules(r)).toContain('pickle.dangerous-global');
  });
  it('the allowlist names classes where they live: re-exports and NDArrayWrapper are not admitted', () => {
    const p = new GlobalPolicy();
    expect(p.judge('sklearn.datasets._species_distributions', 'BytesIO').severity).not.toBe('safe');
    expect(p.judge('joblib.numpy_pickle_compat', 'NDArrayWrapper').severity).not.toBe('safe');
    expect(p.judge('torch._utils', '_set_obj_state').severity).not.toBe('safe');
    for (const [m, c] of [
      ['sklearn.svm._classes', 'SVC'],
      ['sklearn.decomposition._pca', 'PCA'],
      ['sklearn.cluster._dbscan', 'DBSCAN'],
      ['pandas.core.internals.managers', 'BlockManager'],
      ['pandas.core.indexes.datetimes', 'DatetimeIndex'],
      ['pandas.core.arrays.categorical', 'Categorical'],
      ['pandas.core.indexes.base', '_new_Index'],
      ['pandas._libs.internals', '_unpickle_block'],
    ])
      expect([m, c, p.judge(m!, c!).severity]).toEqual([m, c, 'safe']);
  });
  it('a bytes object inside a pickle that is itself a malicious pickle is judged', async () => {
    const inner = Buffer.concat([B('\x80\x02'), P0]);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(inner.length);
    const r = await scan(Buffer.concat([B('\x80\x04B'), len, inner, B('.')]), 'data.pkl');
    const hit = r.findings.find((f) => f.ruleId === 'pickle.dangerous-global');
    expect(hit?.location?.member).toBe('bytes@2');
  });
  it('a benign pickle holding zip bytes is not a polyglot', async () => {
    const { execFileSync } = await import('node:child_process');
    void execFileSync;
    // a minimal stored zip with one empty member
    const name = B('a');
    const lh = Buffer.concat([B('PK\x03\x04'), Buffer.alloc(22), Buffer.from([1, 0, 0, 0]), name]);
    const cd = Buffer.concat([
      B('PK\x01\x02'),
      Buffer.alloc(24),
      Buffer.from([1, 0]),
      Buffer.alloc(12),
      Buffer.alloc(4),
      name,
    ]);
    const eocd = Buffer.concat([B('PK\x05\x06'), Buffer.from([0, 0, 0, 0, 1, 0, 1, 0])]);
    const cdSize = Buffer.alloc(4);
    cdSize.writeUInt32LE(cd.length);
    const cdOff = Buffer.alloc(4);
    cdOff.writeUInt32LE(lh.length);
    const zip = Buffer.concat([lh, cd, eocd, cdSize, cdOff, Buffer.alloc(2)]);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(zip.length);
    const r = await scan(Buffer.concat([B('\x80\x04B'), len, zip, B('.')]), 'data.pkl');
    expect(rules(r).filter((x) => x.startsWith('archive.'))).toEqual([]);
  });
});

describe("joblib's array wrapper, as joblib and as plain pickle.load read it", () => {
  const payload = B("cos\nsystem\n(S'id'\ntR");
  const dtype = B("cnumpy\ndtype\n(S'u1'\nI00\nI01\ntR(I3\nS'|'\nNNNI-1\nI-1\nI0\ntb");
  const state = (shape: number) =>
    Buffer.concat([B("}(S'dtype'\n"), dtype, B(`S'shape'\n(I${shape}\ntS'order'\nS'C'\nu`)]);
  it('skips the array bytes where joblib does, and runs them as opcodes where plain pickle.load does', async () => {
    // made through copyreg.__newobj__ (joblib checks the type, not the callee's name)
    const wrapper = B('ccopyreg\n__newobj__\n(cjoblib.numpy_pickle\nNumpyArrayWrapper\ntR');
    const file = Buffer.concat([B('\x80\x02'), wrapper, state(payload.length), B('b'), payload, B('.')]);
    const r = await scan(file, 'model.joblib');
    const hit = r.findings.find((f) => f.ruleId === 'pickle.dangerous-global');
    expect(hit?.location?.member).toBe('read by plain pickle.load');
  });
  it('sizes arrays by dtype.itemsize from the pickled state (U2: 8 bytes an item) and passes them', async () => {
    const u = B("cnumpy\ndtype\n(S'U2'\nI00\nI01\ntR(I3\nS'<'\nNNNI8\nI4\nI8\ntb");
    const st = Buffer.concat([B("}(S'dtype'\n"), u, B("S'shape'\n(I1\ntS'order'\nS'C'\nu")]);
    const file = Buffer.concat([
      B('\x80\x02cjoblib.numpy_pickle\nNumpyArrayWrapper\n)\x81'),
      st,
      B('b'),
      Buffer.from('ab\0\0\0\0\0\0'.replace(/\\0/g, '\0'), 'latin1').subarray(0, 8),
      B('.'),
    ]);
    const r = await scan(file, 'model.joblib');
    expect(rules(r)).toEqual([]);
  });
});

describe('Keras HDF5: the config is read from the root attribute as HDF5 stores it', () => {
  const fx = (n: string) => join(process.cwd(), 'test/fixtures/model-scan/fail-closed', n);
  const scanFixture = async (n: string) => {
    const { statSync } = await import('node:fs');
    return scanFile(fx(n), n, statSync(fx(n)).size, {
      policy: new GlobalPolicy(),
      limits: DEFAULT_LIMITS,
      hash: false,
    });
  };
  for (const n of ['keras-lambda-earliest.h5', 'keras-lambda-latest.h5', 'keras-lambda-fixed.h5'])
    it(`${n}: a Lambda layer in model_config is found`, async () => {
      const r = await scanFixture(n);
      const hit = r.findings.find((f) => f.ruleId === 'formats.keras-lambda');
      expect(hit?.location?.member).toBe('attribute model_config');
    });
  it('a model_config that is not JSON is format.malformed', async () => {
    expect(rules(await scanFixture('keras-config-not-json.h5'))).toEqual(['format.malformed']);
  });
});

describe('benign files of issue 13, made by the real producers, pass', () => {
  const files = [
    'benign-logreg-lzma.joblib',
    'benign-svc.pkl',
    'benign-pca.pkl',
    'benign-dbscan.pkl',
    'benign-hgb.pkl',
    'benign-dataframe.pkl',
    'benign-series.pkl',
    'benign-structured-open.npy',
    'benign-long-line-p0.pkl',
    'benign-zip-bytes.pkl',
  ];
  for (const n of files)
    it(`${n} has no finding above info`, async () => {
      const { statSync } = await import('node:fs');
      const p = join(process.cwd(), 'test/fixtures/model-scan/fail-closed', n);
      const r = await scanFile(p, n, statSync(p).size, {
        policy: new GlobalPolicy(),
        limits: DEFAULT_LIMITS,
        hash: false,
      });
      expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      expect(r.pickles + (n.endsWith('.npy') ? 1 : 0)).toBeGreaterThan(0);
    });
});

describe('nested bytes objects', () => {
  it('tries every bytes object as a pickle, past the first few hundred that start with an opcode', async () => {
    // a list of 300 bytes objects that start with an opcode but are no pickle, then one holding a payload
    const item = (b: Buffer): Buffer => Buffer.concat([B('C'), Buffer.from([b.length]), b]);
    const decoys = Array.from({ length: 300 }, () => item(B('N0123456789')));
    const bytes = Buffer.concat([B('\x80\x03]('), ...decoys, item(P0), B('e.')]);
    const r = await scan(bytes, 'data.pkl');
    expect(r.findings.filter((f) => f.ruleId === 'pickle.dangerous-global').map((f) => f.location?.member)).toEqual([
      expect.stringMatching(/^bytes@\d+$/),
    ]);
  });
});

describe("zip members compressed with LZMA (method 14), as Python's zipfile writes them and numpy.load reads them", () => {
  const fx = (n: string) => join(process.cwd(), 'test/fixtures/model-scan/fail-closed', n);
  it('a benign LZMA npz is unpacked and passes', async () => {
    const r = await scan(readFileSync(fx('benign-lzma.npz')), 'weights.npz');
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
  });
  it('an object array in an LZMA npz member is simulated and its os.system found', async () => {
    const r = await scan(readFileSync(fx('malicious-lzma.npz')), 'weights.npz');
    const hit = r.findings.find((f) => f.ruleId === 'pickle.dangerous-global');
    expect(hit?.location?.member).toContain('evil.npy');
    expect(rules(r)).not.toContain('scan.unscannable');
  });
  it('a corrupt LZMA member is a finding, never a pass', async () => {
    const good = readFileSync(fx('malicious-lzma.npz'));
    // the second member's LZMA data: overwrite its property-length field with 6
    const at = good.indexOf(Buffer.from('evil.npy')) + 'evil.npy'.length;
    const bad = Buffer.from(good);
    bad.writeUInt16LE(6, at + 2);
    const r = await scan(bad, 'weights.npz');
    const hit = r.findings.find((f) => /LZMA entry "evil\.npy" declares 6 property bytes/.test(f.message));
    expect(hit?.severity).toMatch(/^(high|critical)$/);
  });
  it('without the end-marker flag the entry size bounds the stream, and the payload is still found', async () => {
    const good = readFileSync(fx('malicious-lzma.npz'));
    const bad = Buffer.from(good);
    // clear general-purpose bit 1 in every local and central header
    for (const sig of [0x04034b50, 0x02014b50]) {
      const s = Buffer.alloc(4);
      s.writeUInt32LE(sig);
      for (let i = bad.indexOf(s); i >= 0; i = bad.indexOf(s, i + 4)) {
        const at = sig === 0x04034b50 ? i + 6 : i + 8;
        bad.writeUInt16LE(bad.readUInt16LE(at) & ~2, at);
      }
    }
    const r = await scan(bad, 'weights.npz');
    expect(r.findings.find((f) => f.ruleId === 'pickle.dangerous-global')?.location?.member).toContain('evil.npy');
  });
});
