import { describe, expect, it } from '@jest/globals';
import Papa from 'papaparse';
import { cellFromText, fastNumber, parseCsvBytes, type Cell } from '@ml-gates/core';

async function parse(
  text: string | Buffer,
  chunk: number,
  delimiter?: string,
): Promise<{ header: string[]; rows: [Cell[], number][] }> {
  const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const chunks = async function* () {
    for (let i = 0; i < buf.length; i += chunk) yield buf.subarray(i, i + chunk);
  };
  let header: string[] = [];
  const rows: [Cell[], number][] = [];
  await parseCsvBytes(chunks(), 'f.csv', delimiter, new Set(['', 'NA']), {
    header: (h) => (header = h),
    row: (f, n, line) => rows.push([f.slice(0, n), line]),
  });
  return { header, rows };
}

const TRICKY =
  'id,name,note,x\r\n1,"Smith, J.","said ""hi""\nthen left",1.5\r\n2,Zoë,,-3e2\r\n\r\n3,"",NA,007\r\n4,plain,"multi\r\nline",12345678901234';

describe('byte-level CSV reader', () => {
  it('agrees with papaparse on quotes, escapes, embedded newlines, CRLF and blank lines, at every chunk size', async () => {
    const expected = Papa.parse<string[]>(TRICKY, { skipEmptyLines: true }).data;
    for (const chunk of [1, 2, 3, 5, 7, 16, 1000]) {
      const { header, rows } = await parse(TRICKY, chunk);
      expect(header).toEqual(expected[0]);
      const asText = rows.map(([r]) => r.map((c) => (c === null ? '' : typeof c === 'number' ? null : c)));
      expected.slice(1).forEach((r, i) => {
        r.forEach((v, j) => {
          const got = asText[i]![j];
          if (got !== null) expect(got).toBe(v === 'NA' ? '' : v);
          else expect(Number(v)).toBe(rows[i]![0][j]);
        });
      });
      expect(rows.map(([, line]) => line)).toEqual([2, 4, 6, 7]);
    }
  });

  it('keeps numbers exact, and leading zeros, long digit runs and odd forms as text', () => {
    const n = (s: string) => fastNumber(Buffer.from(s), 0, s.length);
    for (const s of ['0', '1.5', '-3e2', '0.1', '123456.789012', '1e-7', '+4', '.5', '5.', '-0.0'])
      expect(n(s)).toBe(Number(s));
    for (const s of ['007', '4111111111111111', '0x10', '1e', '1.2.3', '--1', 'NaN', ' 1', '1e999'])
      expect(n(s)).toBeUndefined();
  });

  it('reads every unquoted form as the one cell rule does (one-pass numbers, interned texts), at every chunk size', async () => {
    const forms = ['0', '-0', '+5', '.5', '5.', '-0.0', '007', '12', '-123456789012', '1234567890123', '1.5e3'];
    forms.push('9.99999999999', '0.000000000001', '0.0000000000001', ' 1', '1 ', 'inf', '-inf', 'NA', 'abc');
    forms.push('true', 'True', 'theta', '-', '.', '+', '1.2.3', '1e', '-.5', '+.5e1', '3x', 'x3', '');
    // Twice, so texts also come from the intern table on their second appearance.
    const body = [...forms, ...forms].map((f, i) => `${f},${i}\n`).join('');
    for (const chunk of [1, 3, 7, 64, 4096]) {
      const { rows } = await parse(`v,i\n${body}`, chunk);
      const nulls = new Set(['', 'NA']);
      rows.forEach(([r], i) => {
        const want = cellFromText(forms[i % forms.length]!, nulls);
        expect([forms[i % forms.length], Object.is(r[0], want) ? want : r[0]]).toEqual([forms[i % forms.length], want]);
      });
      expect(rows).toHaveLength(2 * forms.length);
    }
  });

  it('sniffs tabs and semicolons, strips a BOM and reads a last line without newline', async () => {
    const tsv = await parse('\ufeffa\tb\n1\tx\n2\ty', 4);
    expect(tsv.header).toEqual(['a', 'b']);
    expect(tsv.rows.map(([r]) => r)).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
    const semi = await parse('a;b\n1;2\n', 64);
    expect(semi.rows[0]![0]).toEqual([1, 2]);
  });

  it('names the line of a ragged row, an unclosed quote and invalid UTF-8 split across chunks', async () => {
    await expect(parse('a,b\n1,2\n3\n', 3)).rejects.toThrow('f.csv: line 3: ragged row with 1 field(s)');
    await expect(parse('a,b\n1,"open\n2,3\n', 4)).rejects.toThrow('f.csv: line 2: a quoted field is never closed');
    const bad = Buffer.concat([Buffer.from('a,b\n1,ok\n2,Z'), Buffer.from([0xfc]), Buffer.from('rich\n')]);
    await expect(parse(bad, 5)).rejects.toThrow('f.csv: line 3: bytes are not valid utf-8');
    const split = Buffer.from('a,b\n1,Zürich\n', 'utf8');
    for (const chunk of [1, 2, 11, 12]) expect((await parse(split, chunk)).rows[0]![0]).toEqual([1, 'Zürich']);
  });
});
