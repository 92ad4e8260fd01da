import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readTables, UserError, type Cell, type RowPosition, type TableReadOptions } from '@ml-gates/core';

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'mlg-table-'));
}

interface Collected {
  columns: string[];
  rows: Record<string, Cell>[];
  positions: RowPosition[];
}

/** Reads files into plain objects keyed by column name (what a gate's sink would see). */
async function collect(dir: string, names: string[], options: TableReadOptions = {}): Promise<Collected> {
  let columns: string[] = [];
  const raw: Cell[][] = [];
  const positions: RowPosition[] = [];
  await readTables(
    names.map((n) => ({ path: join(dir, n), relPath: n })),
    {
      columns: (all) => (columns = [...all]),
      row: (cells, pos) => {
        raw.push([...cells]); // the array is reused by the reader
        positions.push({ ...pos });
      },
    },
    options,
  );
  // Columns only grow: a row read before a later shard added columns has nulls there.
  const rows = raw.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? null])));
  return { columns, rows, positions };
}

async function failure(dir: string, name: string, options: TableReadOptions = {}): Promise<UserError> {
  const e = await collect(dir, [name], options).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(e instanceof UserError)) throw new Error(`expected a UserError, got ${String(e)}`);
  return e;
}

const EXPECTED = [
  { id: 1, name: 'Smith, J.', score: 0.25, flag: 'yes' },
  { id: 2, name: 'Zoë', score: null, flag: 'no' },
  { id: 3, name: 'multi\nline', score: -3e2, flag: 'yes' },
];

describe('core table reader (readTables)', () => {
  it('reads CSV, gzip CSV, TSV, latin-1 CSV, JSON Lines and Parquet into the same cells', async () => {
    const dir = workspace();
    const csv = 'id,name,score,flag\n1,"Smith, J.",0.25,yes\n2,Zoë,NA,no\n3,"multi\nline",-3e2,yes\n';
    writeFileSync(join(dir, 'a.csv'), csv);
    writeFileSync(join(dir, 'a.csv.gz'), gzipSync(csv));
    writeFileSync(
      join(dir, 'a.tsv'),
      'id\tname\tscore\tflag\n1\tSmith, J.\t0.25\tyes\n2\tZoë\tNA\tno\n3\t"multi\nline"\t-3e2\tyes\n',
    );
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from(csv, 'latin1'));
    writeFileSync(join(dir, 'a.jsonl'), EXPECTED.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const pq = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: EXPECTED.map((r) => r.id), type: 'INT32' },
        { name: 'name', data: EXPECTED.map((r) => r.name), type: 'STRING' },
        { name: 'score', data: EXPECTED.map((r) => r.score), type: 'DOUBLE' },
        { name: 'flag', data: EXPECTED.map((r) => r.flag), type: 'STRING' },
      ],
    });
    writeFileSync(join(dir, 'a.parquet'), Buffer.from(pq));
    for (const [name, options] of [
      ['a.csv', {}],
      ['a.csv.gz', {}],
      ['a.tsv', {}],
      ['latin1.csv', { encoding: 'latin1' }],
      ['a.jsonl', {}],
      ['a.parquet', {}],
    ] as const) {
      const got = await collect(dir, [name], options);
      expect([name, got.columns]).toEqual([name, ['id', 'name', 'score', 'flag']]);
      expect([name, got.rows]).toEqual([name, EXPECTED]);
    }
  });

  it('gives each row its file, row number and the line it starts on', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.csv'), 'x,note\n1,"two\nlines"\n\n2,b\n');
    writeFileSync(join(dir, 'a.jsonl'), '{"x":1}\n\n{"x":2}\n');
    const csv = await collect(dir, ['a.csv']);
    expect(csv.positions).toEqual([
      { file: 'a.csv', row: 1, line: 2 },
      { file: 'a.csv', row: 2, line: 5 },
    ]);
    expect((await collect(dir, ['a.jsonl'])).positions).toEqual([
      { file: 'a.jsonl', row: 1, line: 1 },
      { file: 'a.jsonl', row: 2, line: 3 },
    ]);
  });

  it('matches shards by column name, and new JSON keys add columns', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'p1.csv'), 'a,b\n1,x\n');
    writeFileSync(join(dir, 'p2.csv'), 'b,c,a\ny,true,2\n');
    writeFileSync(join(dir, 'p3.jsonl'), '{"a":3}\n{"d":[1,2],"a":4}\n');
    const got = await collect(dir, ['p1.csv', 'p2.csv', 'p3.jsonl']);
    expect(got.columns).toEqual(['a', 'b', 'c', 'd']);
    expect(got.rows).toEqual([
      { a: 1, b: 'x', c: null, d: null },
      { a: 2, b: 'y', c: true, d: null },
      { a: 3, b: null, c: null, d: null },
      { a: 4, b: null, c: null, d: '[1,2]' },
    ]);
  });

  it('null texts are configurable; numbers stay text where they would lose information', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.csv'), 'v\nNA\nNone\n\n007\n1234567890123456\n1e3\n');
    const pandasLike = (await collect(dir, ['a.csv'])).rows.map((r) => r.v);
    expect(pandasLike).toEqual([null, null, '007', '1234567890123456', 1000]);
    const onlyEmpty = (await collect(dir, ['a.csv'], { nullValues: [''] })).rows.map((r) => r.v);
    expect(onlyEmpty).toEqual(['NA', 'None', '007', '1234567890123456', 1000]);
  });

  it('a sink that throws stops the read, and its error comes out unchanged', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'big.csv'), 'x\n' + Array.from({ length: 100_000 }, (_, i) => i).join('\n'));
    let seen = 0;
    const stop = new UserError('input-invalid', 'big.csv: more than 10 rows.');
    await expect(
      readTables([{ path: join(dir, 'big.csv'), relPath: 'big.csv' }], {
        columns: () => undefined,
        row: () => {
          seen += 1;
          if (seen > 10) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(seen).toBe(11);
  });

  it('names the file and the line of malformed input, with a fix', async () => {
    const dir = workspace();
    const cases: [string, string | Buffer, RegExp, string?][] = [
      [
        'ragged.csv',
        'a,b\n1,2\n3\n',
        /^ragged\.csv: line 3: ragged row with 1 field\(s\) where the header has 2\.$/,
        'one value per header column',
      ],
      ['dup.csv', 'a,a\n1,2\n', /dup\.csv: line 1: column "a" appears twice/],
      ['empty.csv', '', /^empty\.csv is empty \(0 bytes\)\.$/],
      ['blank.csv', '\n\n', /blank\.csv has no header row/],
      ['bad.jsonl', '{"a":1}\n{"a":\n', /^bad\.jsonl: line 2: not valid JSON/],
      ['arr.jsonl', '[1]\n', /arr\.jsonl: line 1: expected a JSON object, found an array/],
      ['bad.parquet', 'PAR1 not really', /bad\.parquet is not a Parquet file/],
      ['trunc.csv.gz', gzipSync('a\n1\n').subarray(0, 12), /trunc\.csv\.gz: the gzip stream is corrupt or truncated/],
      [
        'utf.csv',
        Buffer.concat([Buffer.from('a\nok\n'), Buffer.from([0xff, 0x0a])]),
        /utf\.csv: line 3: bytes are not valid utf-8/,
      ],
    ];
    for (const [name, content, pattern, fix] of cases) {
      writeFileSync(join(dir, name), content);
      const e = await failure(dir, name);
      expect([name, e.message]).toEqual([name, expect.stringMatching(pattern)]);
      expect(e.code).toMatch(/^input-(invalid|unreadable)$/);
      if (fix) expect(e.describe()).toContain(fix);
    }
    await expect(collect(dir, ['missing.csv'])).rejects.toMatchObject({ code: 'input-unreadable' });
  });
});
