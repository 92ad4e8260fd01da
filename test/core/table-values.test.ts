/**
 * One rule for cell values on every reading path (issue #22): quoted nulls, padded numbers, infinities,
 * blank lines, 64-bit ids; chunk boundaries of the byte path; linear-time refusal of an unclosed quote.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll } from '@jest/globals';
import { cellFromText, DEFAULT_NULL_VALUES, parseCsvBytes, readTables, UserError, type Cell } from '@ml-gates/core';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-values-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NULLS = new Set(DEFAULT_NULL_VALUES);

async function read(name: string, content: string | Buffer): Promise<{ columns: string[]; rows: Cell[][] }> {
  const path = join(dir, name);
  writeFileSync(path, content);
  let columns: string[] = [];
  const rows: Cell[][] = [];
  await readTables([{ path, relPath: name }], {
    columns: (c) => (columns = [...c]),
    row: (cells) => rows.push([...cells]),
  });
  return { columns, rows };
}

const utf16 = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

describe('cellFromText (the one value rule)', () => {
  it.each([
    ['', null],
    ['NA', null],
    ['nan', null],
    [' NA', ' NA'],
    ['3.5', 3.5],
    [' 3.5', 3.5],
    ['4\t', 4],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['+INF', Infinity],
    [' inf', ' inf'],
    ['1e400', '1e400'],
    ['0.30000000000000004', 0.30000000000000004],
    ['1234567890123', '1234567890123'],
    ['9007199254740993', '9007199254740993'],
    ['007', '007'],
    ['0x10', '0x10'],
    ['alice', 'alice'],
    [' alice', ' alice'],
    ['.5', 0.5],
    ['5.', 5],
    ['-0', -0],
  ])('%j → %j', (text, value) => {
    expect(cellFromText(text, NULLS)).toEqual(value);
  });
});

describe('the same values on every path', () => {
  const text = 'id,name,score,note\r\n1, alice, 3.5,""\r\n2,bob,inf,"NA"\r\n   \r\n3,"carol","-Infinity",x\r\n';
  const expected = [
    [1, ' alice', 3.5, null],
    [2, 'bob', Infinity, null],
    [3, 'carol', -Infinity, 'x'],
  ];

  it('UTF-8 (byte path), UTF-16 (decoded path) and gzip read the same cells', async () => {
    expect((await read('a.csv', text)).rows).toEqual(expected);
    expect((await read('b.csv', utf16(text))).rows).toEqual(expected);
    expect((await read('c.csv.gz', gzipSync(Buffer.from(text)))).rows).toEqual(expected);
    expect((await read('d.csv.gz', gzipSync(utf16(text)))).rows).toEqual(expected);
  });

  it('quoted and unquoted exports of the same frame read the same', async () => {
    const plain = await read('p.csv', 'a,b\n1,x\n,y\n2.5,\n');
    const quoted = await read('q.csv', '"a","b"\n"1","x"\n"","y"\n"2.5",""\n');
    expect(quoted.rows).toEqual(plain.rows);
    expect(plain.rows).toEqual([
      [1, 'x'],
      [null, 'y'],
      [2.5, null],
    ]);
  });

  it('skips lines of only spaces and tabs, but a tab line is a row when tab is the delimiter', async () => {
    expect((await read('w1.csv', 'a\n1\n   \n\t\n2\n')).rows).toEqual([[1], [2]]);
    expect((await read('w2.csv', 'a,b\n1,2\n \t \n3,4\n')).rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect((await read('w3.tsv', 'a\tb\n1\t2\n\t\n3\t4\n')).rows).toEqual([
      [1, 2],
      [null, null],
      [3, 4],
    ]);
  });

  it('keeps integers beyond 2^53 exact in JSON Lines, CSV and nested JSON', async () => {
    const ids = ['1234567890123456789', '1234567890123456788', '1234567890123456790'];
    const jsonl = await read('ids.jsonl', ids.map((id) => `{"id": ${id}, "n": 5, "deep": {"x": ${id}}}`).join('\n'));
    expect(jsonl.rows.map((r) => r[0])).toEqual(ids);
    expect(jsonl.rows[0]![1]).toBe(5);
    const csv = await read('ids.csv', `id\n${ids.join('\n')}\n`);
    expect(csv.rows.map((r) => r[0])).toEqual(ids);
  });

  it('reads JSON Lines overflow (1e400) as a number, not text', async () => {
    expect((await read('o.jsonl', '{"a": 1e400}\n{"a": -1e400}\n')).rows).toEqual([[Infinity], [-Infinity]]);
  });

  it('says gzip inside gzip instead of a character error', async () => {
    const twice = gzipSync(gzipSync(Buffer.from('a,b\n1,2\n')));
    await expect(read('twice.csv.gz', twice)).rejects.toThrow(/compressed twice \(gzip inside gzip\)/);
  });
});

/** Parses `text` fed in chunks of `size` bytes. */
async function parseChunked(text: Buffer, size: number): Promise<{ header: string[]; rows: [Cell[], number][] }> {
  async function* chunks(): AsyncIterable<Buffer> {
    for (let i = 0; i < text.length; i += size) yield text.subarray(i, Math.min(text.length, i + size));
  }
  let header: string[] = [];
  const rows: [Cell[], number][] = [];
  await parseCsvBytes(chunks(), 'x.csv', undefined, NULLS, {
    header: (h) => (header = h),
    row: (f, count, line) => rows.push([f.slice(0, count), line]),
  });
  return { header, rows };
}

describe('byte path across chunk boundaries', () => {
  const tricky = Buffer.from(
    '\uFEFFid,text,v\r\n' +
      '1,"a ""quoted""\r\nword",1.5\r\n' +
      '   \r\n' +
      '2,"é, ü and 李",""\r\n' +
      '3,plain, 4 \r\n' +
      '\r\n' +
      '4,"x"y,NA\n' +
      '5,"ends with quote""",inf',
  );

  it('gives the same records and lines for every chunk size', async () => {
    const whole = await parseChunked(tricky, tricky.length);
    expect(whole.header).toEqual(['id', 'text', 'v']);
    expect(whole.rows).toEqual([
      [[1, 'a "quoted"\r\nword', 1.5], 2],
      [[2, 'é, ü and 李', null], 5],
      [[3, 'plain', 4], 6],
      [[4, 'xy', null], 8],
      [[5, 'ends with quote"', Infinity], 9],
    ]);
    for (const size of [1, 2, 3, 5, 7, 13, 64]) expect(await parseChunked(tricky, size)).toEqual(whole);
  });

  it('refuses an unclosed quote with the line it starts on, however the input is chunked', async () => {
    const body = Array.from({ length: 20000 }, (_, i) => `${i},row ${i}`).join('\n');
    const text = Buffer.from(`a,b\n1,x\n2,"stray\n${body}\n`);
    for (const size of [7, 4096, 1 << 16]) {
      const error = await parseChunked(text, size).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe('x.csv: line 3: a quoted field is never closed.');
    }
  });

  it('still rejects invalid UTF-8 with its line when a record is held open across chunks', async () => {
    const text = Buffer.concat([Buffer.from('a,b\n1,"open\n\n\n'), Buffer.from([0xff]), Buffer.from('\n"\n')]);
    const error = await parseChunked(text, 3).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as UserError).message).toBe('x.csv: line 5: bytes are not valid utf-8 text.');
  });
});
