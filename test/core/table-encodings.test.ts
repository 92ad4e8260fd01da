/**
 * Issue #22: a CSV means the same in every encoding. UTF-16 (either byte order, gzip or not) and declared 8-bit
 * encodings are decoded and parsed by the same byte-level reader as UTF-8, so rows, values and error lines agree.
 * Each case failed on the decoding path's own parser: quoted one-column rows that look blank were dropped,
 * mixed line ends were refused as ragged, and lines were counted one per record.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readTables, UserError, type Cell, type TableReadOptions } from '@ml-gates/core';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const b = Buffer.from(text, 'utf16le');
  if (order === 'be') b.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), b]);
}

/** The same text as UTF-8, UTF-16 LE/BE, gzip'd UTF-16 and (ASCII only) declared latin1. */
function variants(name: string, text: string): [string, string, TableReadOptions][] {
  const out: [string, string, TableReadOptions][] = [];
  const put = (label: string, file: string, bytes: Buffer, o: TableReadOptions = {}) => {
    writeFileSync(join(dir, file), bytes);
    out.push([label, file, o]);
  };
  put('utf-8', `${name}.csv`, Buffer.from(text));
  put('utf-16le', `${name}-le.csv`, utf16(text, 'le'));
  put('utf-16be', `${name}-be.csv`, utf16(text, 'be'));
  put('gzip utf-16le', `${name}-le.csv.gz`, gzipSync(utf16(text, 'le')));
  if (!Buffer.from(text).some((b) => b >= 0x80))
    put('declared latin1', `${name}-latin1.csv`, Buffer.from(text), { encoding: 'latin1' });
  return out;
}

async function read(file: string, o: TableReadOptions): Promise<{ rows: Cell[][]; lines: number[] }> {
  const rows: Cell[][] = [];
  const lines: number[] = [];
  await readTables(
    [{ path: join(dir, file), relPath: file }],
    {
      columns: () => {},
      row: (cells, pos) => {
        rows.push([...cells]);
        lines.push(pos.line!);
      },
    },
    o,
  );
  return { rows, lines };
}

describe('one parser for every encoding', () => {
  const cases: [string, string, Cell[][], number[]][] = [
    ['quoted empty one-column row is a null row', 'a\n1\n""\n2\n', [[1], [null], [2]], [2, 3, 4]],
    ['quoted blank one-column row is text', 'a\nx\n"  "\n"\t"\ny\n', [['x'], ['  '], ['\t'], ['y']], [2, 3, 4, 5]],
    [
      'mixed line ends',
      'a,b\n1,2\r\n3,4\r5,6\n',
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      [2, 3, 4],
    ],
    [
      'lines after an embedded newline',
      'id,t\n1,"x\ny"\n2,z\n',
      [
        [1, 'x\ny'],
        [2, 'z'],
      ],
      [2, 4],
    ],
    [
      'blank and whitespace-only lines skipped',
      'a,b\n\n 1 ,NA\n   \n\t\n"",inf\n',
      [
        [1, null],
        [null, Infinity],
      ],
      [3, 6],
    ],
    [
      'text beyond ASCII',
      'name,n\nZoë,1\n李,"2"\n',
      [
        ['Zoë', 1],
        ['李', 2],
      ],
      [2, 3],
    ],
  ];
  for (const [title, text, rows, lines] of cases) {
    it.each(variants(title.replace(/\W+/g, '-'), text))(`${title}: %s`, async (_label, file, o) => {
      expect(await read(file, o)).toEqual({ rows, lines });
    });
  }

  it.each(variants('ragged-after-multiline', 'id,t\n1,"a\nb\nc"\n2,x,extra\n'))(
    'a ragged row is located on its real line: %s',
    async (_label, file, o) => {
      const e = await read(file, o).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(UserError);
      expect((e as Error).message).toContain('line 5: ragged row with 3 field(s)');
    },
  );

  it.each(variants('unclosed', 'a,b\n1,2\n3,"open\n4,5\n'))('an unclosed quote is located: %s', async (_l, file, o) => {
    const e = await read(file, o).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect((e as Error).message).toContain('line 3: a quoted field is never closed');
  });
});

describe('declared 8-bit encodings', () => {
  it('latin1 bytes beyond ASCII are decoded, then parsed by the same reader', async () => {
    writeFileSync(
      join(dir, 'l1.csv'),
      Buffer.from([
        ...Buffer.from('name,n\r\n"Zo'),
        0xeb,
        ...Buffer.from('", 1 \r\nJos'),
        0xe9,
        ...Buffer.from(',NA\r\n'),
      ]),
    );
    expect(await read('l1.csv', { encoding: 'latin1' })).toEqual({
      rows: [
        ['Zoë', 1],
        ['José', null],
      ],
      lines: [2, 3],
    });
  });

  it('the same bytes undeclared are refused as not UTF-8, with the line', async () => {
    const e = await read('l1.csv', {}).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect((e as Error).message).toContain('l1.csv: line 2: bytes are not valid utf-8 text');
  });
});

describe('decoding errors keep their message through the shared reader', () => {
  it('a UTF-16 file cut inside a character is refused with the line', async () => {
    const bytes = utf16('a,b\n1,2\n3,4\n', 'le');
    writeFileSync(join(dir, 'cut.csv'), bytes.subarray(0, bytes.length - 1));
    const e = await read('cut.csv', {}).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toMatch(/cut\.csv: line \d: the file ends inside a multi-byte character/);
  });

  it('an unknown encoding name is a usage error', async () => {
    writeFileSync(join(dir, 'enc.csv'), 'a\n1\n');
    const e = await read('enc.csv', { encoding: 'klingon' }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect((e as Error).message).toContain('Unknown text encoding "klingon"');
  });
});
