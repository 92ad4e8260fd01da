/**
 * Content a text reader would misread without a word is refused with what it is and what to do (issue #22,
 * fail closed): archives and other compressions (read before as one column of garbage with no rows), and UTF-16
 * without a byte-order mark (read before as UTF-8 with a NUL after every character, so the PII and secret scans
 * matched nothing and the data gate passed). A declared encoding still reads such a file.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultConfig, readTables, runGate, silentLogger, type Cell, type TableReadOptions } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-non-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, content: Buffer, options: TableReadOptions = {}): Promise<Cell[][]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const rows: Cell[][] = [];
  await readTables([{ path, relPath: name }], { columns: () => {}, row: (c) => rows.push([...c]) }, options);
  return rows;
}

const TEXT = 'email,score\nann@example.com,1.5\nbob@example.org,2\n';
const pad = (b: number[]): Buffer => Buffer.concat([Buffer.from(b), Buffer.alloc(40, 0x41)]);

describe('archives and other compressions are named, never read as text', () => {
  it.each([
    ['zip', 'data.csv', pad([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /data\.csv is a zip archive, not CSV/],
    ['empty zip', 'data.csv', pad([0x50, 0x4b, 0x05, 0x06]), /is an empty zip archive/],
    ['bzip2', 'data.jsonl', pad([0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]), /is bzip2-compressed/],
    ['xz', 'data.tsv', pad([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), /is xz-compressed/],
    ['zstd', 'data.csv', pad([0x28, 0xb5, 0x2f, 0xfd]), /is zstd-compressed/],
    ['7z', 'data.csv', pad([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), /is a 7z archive/],
    ['zip inside gzip', 'data.csv.gz', gzipSync(pad([0x50, 0x4b, 0x03, 0x04])), /is a zip archive inside gzip/],
  ])('%s', async (_what, name, bytes, message) => {
    await expect(read(name, bytes)).rejects.toThrow(message);
    await expect(read(name, bytes)).rejects.toMatchObject({ code: 'input-invalid' });
  });

  it('a CSV whose header merely starts with the letters of a signature is read', async () => {
    expect(await read('bz.csv', Buffer.from('BZh,PK\n1,2\n'))).toEqual([[1, 2]]);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  const le = Buffer.from(TEXT, 'utf16le');
  const be = Buffer.from(TEXT, 'utf16le').swap16();
  it.each([
    ['little-endian CSV', 'le.csv', le, /le\.csv: line 1: .*UTF-16 little-endian text without a byte-order mark/],
    ['big-endian CSV', 'be.csv', be, /UTF-16 big-endian text without a byte-order mark/],
    ['little-endian in gzip', 'le.csv.gz', gzipSync(le), /UTF-16 little-endian/],
    [
      'little-endian JSON Lines',
      'le.jsonl',
      Buffer.from('{"a": 1}\n{"a": 2}\n', 'utf16le'),
      /le\.jsonl: line 1: .*UTF-16 little-endian/,
    ],
    ['binary with NUL bytes', 'bin.csv', Buffer.from([0x61, 0x00, 0x00, 0x00, 0x62, 0x0a]), /binary data or UTF-32/],
  ])('%s is refused with the encoding to set', async (_what, name, bytes, message) => {
    const error = read(name, bytes);
    await expect(error).rejects.toThrow(message);
    await expect(read(name, bytes)).rejects.toMatchObject({ details: [expect.stringMatching(/encoding/)] });
  });

  it('reads once the encoding is declared', async () => {
    const rows = [
      ['ann@example.com', 1.5],
      ['bob@example.org', 2],
    ];
    expect(await read('le2.csv', le, { encoding: 'utf-16le' })).toEqual(rows);
    expect(await read('be2.csv', be, { encoding: 'utf-16be' })).toEqual(rows);
  });

  it('the data gate errors instead of passing a PII scan that matched nothing', async () => {
    writeFileSync(join(dir, 'people.csv'), le);
    const config = defaultConfig();
    config.gates['data-gate'] = { dataset: 'people.csv' } as never;
    const r = await runGate(dataGate, { config, cwd: dir, logger: silentLogger });
    expect(r.verdict).toBe('error');
    expect(r.headline).toMatch(/UTF-16 little-endian/);
    const declared = defaultConfig();
    declared.gates['data-gate'] = { dataset: 'people.csv', encoding: 'utf-16le' } as never;
    const d = await runGate(dataGate, { config: declared, cwd: dir, logger: silentLogger });
    expect(d.checks.find((c) => c.id === 'pii')!.findings.length).toBeGreaterThan(0);
  });
});
