/** Issue 17: one table from format to handler; adding a format is a file and a registry line. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_LIMITS,
  FORMATS,
  GlobalPolicy,
  modelScanGate,
  scanFile,
  type FormatHandler,
} from '@ml-gates/model-scan';
import { handlerFor } from '../../packages/model-scan/src/formats/index.js';

const opts = { policy: new GlobalPolicy(), limits: DEFAULT_LIMITS, hash: false };

describe('the format table', () => {
  it('has one handler for every format detection names, except the ones scan.ts reads itself', () => {
    const detected = ['zip', 'numpy', 'hdf5', 'gguf', 'safetensors', 'gzip', 'zlib', 'bz2', 'xz', 'lzma', 'lz4'];
    detected.push('zstd', '7z', 'tar', 'joblib-zf', 'protobuf', 'json', 'text');
    for (const f of detected) expect([f, handlerFor(f)?.format]).toEqual([f, f]);
    for (const f of ['pickle', 'binary', 'empty']) expect(handlerFor(f)).toBeUndefined();
    expect(new Set(FORMATS.map((h) => h.format)).size).toBe(FORMATS.length);
  });

  it('the scan help lists every format from its table entry', () => {
    const scan = modelScanGate.commands!.find((c) => c.name[0] === 'scan')!;
    for (const h of FORMATS) expect(scan.description).toContain(h.title);
  });

  it('a new entry (detect + scan) is used without touching the scanner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-fmt-'));
    const file = join(dir, 'weights.tstf');
    writeFileSync(file, Buffer.concat([Buffer.from('TSTF'), Buffer.alloc(100, 7)]));
    const entry: FormatHandler = {
      format: 'test-format',
      title: 'test format',
      detect: (head) => head.toString('latin1', 0, 4) === 'TSTF',
      scan: (scan, src, where) => {
        scan.add('formats', 'format.test', 'medium', `test format of ${src.size} bytes`, where, 0);
        return Promise.resolve();
      },
    };
    FORMATS.unshift(entry);
    try {
      const r = await scanFile(file, 'weights.tstf', statSync(file).size, opts);
      expect(r.format).toBe('test-format');
      expect(r.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual(['format.test: test format of 104 bytes']);
    } finally {
      FORMATS.shift();
    }
    const again = await scanFile(file, 'weights.tstf', statSync(file).size, opts);
    expect(again.format).toBe('binary');
  });
});
