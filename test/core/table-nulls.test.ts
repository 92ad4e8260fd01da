/**
 * Issue #22: null spellings as pandas applies them. A null spelling that is a number (`na_values=['-999']`)
 * makes every cell of that value null however it is written (`-999.0`, `"-999"`, ` -999`, `-9.99e2`), in UTF-8
 * and in other encodings; the byte reader's number fast path once read unquoted `-999` as a number.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTables, type Cell, type TableReadOptions } from '@ml-gates/core';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-nulls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function column(name: string, bytes: Buffer, o: TableReadOptions): Promise<Cell[]> {
  writeFileSync(join(dir, name), bytes);
  const out: Cell[] = [];
  await readTables(
    [{ path: join(dir, name), relPath: name }],
    { columns: () => {}, row: (cells) => out.push(cells[0]!) },
    o,
  );
  return out;
}

const text = 'a\n-999\n-999.0\n"-999"\n -999\n-9.99e2\n"-999.00"\n999\n1\n0\n';
const utf16 = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);

describe('numeric null spellings', () => {
  it.each([
    ['utf-8', 'n8.csv', Buffer.from(text)],
    ['utf-16', 'n16.csv', utf16(text)],
  ])('-999 is null in every spelling of its value (%s)', async (_l, name, bytes) => {
    expect(await column(name, bytes, { nullValues: ['', '-999'] })).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      999,
      1,
      0,
    ]);
  });

  it('0 as a null spelling nulls -0 and 0.0 too, and leaves text alone', async () => {
    expect(await column('z.csv', Buffer.from('a\n0\n-0\n0.0\nzero\n5\n'), { nullValues: ['0'] })).toEqual([
      null,
      null,
      null,
      'zero',
      5,
    ]);
  });

  it('without numeric null spellings numbers stay numbers', async () => {
    expect(await column('d.csv', Buffer.from(text), {})).toEqual([-999, -999, -999, -999, -999, -999, 999, 1, 0]);
  });
});
