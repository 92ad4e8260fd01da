/**
 * Issue #22 item 4, on a frame of our own with the values that break readers (nulls, ±inf, 64-bit ids, booleans,
 * text with delimiters and quotes): writing it differently must not change the verdict. Each variant is
 * compared with the plain, LF, minimally quoted UTF-8 CSV by drift (1,100 rows: effect sizes decide) and must
 * give no finding and no drifted or warned column; the schema's `unique` must hold on every variant.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-formatting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

type V = number | string | boolean | null;
const N = 1100;
const COLUMNS = ['id', 'score', 'ratio', 'count', 'segment', 'flag', 'note'];
const rows: V[][] = [];
for (let i = 0; i < N; i++) {
  const u = ((i * 2654435761) % 2 ** 32) / 2 ** 32;
  rows.push([
    (9007199254740993n + BigInt(i) * 2n).toString(), // 64-bit ids: distinct only when read exactly
    i % 17 === 0 ? null : i % 101 === 0 ? (i % 2 ? Infinity : -Infinity) : Math.round((u * 100 - 50) * 1000) / 1000,
    u,
    i % 13 === 0 ? null : i % 7,
    ['north', 'south', 'east', 'west, inner', 'say "hi"'][i % 5]!,
    i % 11 === 0 ? null : i % 3 === 0,
    i % 9 === 0 ? null : `note ${i % 4}`,
  ]);
}

const order = (cols: string[]) => cols.map((c) => COLUMNS.indexOf(c));
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

interface Style {
  sep?: string;
  eol?: string;
  quoteAll?: boolean;
  na?: string;
  quoteNa?: boolean;
  pad?: boolean;
  inf?: [string, string];
  bool?: [string, string];
  cols?: string[];
  floatInts?: boolean;
}

function text(v: V, s: Style): string {
  const sep = s.sep ?? ',';
  if (v === null) return s.quoteNa ? q(s.na ?? '') : (s.na ?? '');
  let t: string;
  if (v === Infinity) t = s.inf?.[0] ?? 'inf';
  else if (v === -Infinity) t = s.inf?.[1] ?? '-inf';
  else if (typeof v === 'boolean') t = v ? (s.bool?.[0] ?? 'True') : (s.bool?.[1] ?? 'False');
  else if (typeof v === 'number') t = s.floatInts && Number.isInteger(v) ? v.toFixed(1) : String(v);
  else t = v;
  // Finite numbers only: pandas reads a padded infinity (` inf`) as text, and so do we.
  if (s.pad && typeof v === 'number' && Number.isFinite(v)) t = ` ${t}\t`;
  const needs = t.includes(sep) || t.includes('"') || t.includes('\n');
  return s.quoteAll || needs ? q(t) : t;
}

function csv(s: Style): string {
  const idx = order(s.cols ?? COLUMNS);
  const sep = s.sep ?? ',';
  const eol = s.eol ?? '\n';
  const head = idx.map((i) => (s.quoteAll ? q(COLUMNS[i]!) : COLUMNS[i]!)).join(sep);
  return [head, ...rows.map((r) => idx.map((i) => text(r[i]!, s)).join(sep))].join(eol) + eol;
}

function jsonl(python: boolean, cols = COLUMNS): string {
  const idx = order(cols);
  const num = (v: number) =>
    v === Infinity ? (python ? 'Infinity' : '1e400') : v === -Infinity ? (python ? '-Infinity' : '-1e400') : String(v);
  return rows
    .map((r) => {
      const parts = idx.map((i) => {
        const v = r[i]!;
        const k = JSON.stringify(COLUMNS[i]);
        if (i === 0) return `${k}: ${v}`; // the id as a JSON number beyond 2^53
        if (v === null) return python && i === 1 ? `${k}: NaN` : `${k}: null`;
        return `${k}: ${typeof v === 'number' ? num(v) : JSON.stringify(v)}`;
      });
      return `{${parts.join(', ')}}`;
    })
    .join('\n')
    .concat('\n');
}

const utf16 = (t: string, be = false) => {
  const b = Buffer.from(t, 'utf16le');
  if (be) b.swap16();
  return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), b]);
};

writeFileSync(join(dir, 'base.csv'), csv({}));
const variants: [string, Buffer][] = [
  ['crlf.csv', Buffer.from(csv({ eol: '\r\n' }))],
  ['cr.csv', Buffer.from(csv({ eol: '\r' }))],
  ['quote-all-empty.csv', Buffer.from(csv({ quoteAll: true }))],
  ['quote-all-na.csv', Buffer.from(csv({ quoteAll: true, na: 'NA', quoteNa: true }))],
  ['null-spellings.csv', Buffer.from(csv({ na: 'NULL' }))],
  ['padded-numbers.csv', Buffer.from(csv({ pad: true }))],
  ['infinity-spelling.csv', Buffer.from(csv({ inf: ['Infinity', '-Infinity'] }))],
  ['inf-upper.csv', Buffer.from(csv({ inf: ['+INF', '-INF'] }))],
  ['bool-lower.csv', Buffer.from(csv({ bool: ['true', 'false'] }))],
  ['float-format-ints.csv', Buffer.from(csv({ floatInts: true }))],
  ['semicolon.csv', Buffer.from(csv({ sep: ';' }))],
  ['tabs.tsv', Buffer.from(csv({ sep: '\t' }))],
  ['reordered.csv', Buffer.from(csv({ cols: [...COLUMNS].reverse() }))],
  ['bom-crlf.csv', Buffer.from(`\uFEFF${csv({ eol: '\r\n' })}`)],
  ['utf16le.csv', utf16(csv({ quoteAll: true, na: 'NA', quoteNa: true }))],
  ['utf16be-crlf.csv', utf16(csv({ eol: '\r\n' }), true)],
  ['gzip-utf16.csv.gz', gzipSync(utf16(csv({ sep: ';' })))],
  ['records.jsonl', Buffer.from(jsonl(false))],
  ['python-json-dumps.jsonl', Buffer.from(jsonl(true, [...COLUMNS].reverse()))],
  ['records-utf16.jsonl', utf16(jsonl(false))],
];
for (const [name, bytes] of variants) writeFileSync(join(dir, name), bytes);

async function run(section: Record<string, unknown>): Promise<GateResult> {
  const config = defaultConfig();
  config.gates['data-gate'] = section as never;
  return runGate(dataGate, { config, cwd: dir, logger: silentLogger });
}

describe('formatting-only variants of one frame give no drift', () => {
  it.each(variants.map(([name]) => name))('%s', async (current) => {
    const r = await run({
      dataset: current,
      reference: 'base.csv',
      checks: {
        ...ONLY('drift', 'schema'),
        drift: { columns: COLUMNS.filter((c) => c !== 'id') },
        schema: { columns: { id: { unique: true, type: 'integer' }, score: { type: 'number' } } },
      },
    });
    const drift = r.checks.find((c) => c.id === 'drift')!;
    expect(drift.findings).toEqual([]);
    expect(drift.details?.driftedColumns).toEqual([]);
    expect(drift.details?.warnedColumns).toEqual([]);
    expect(drift.details?.comparedColumns).toBe(COLUMNS.length - 1);
    expect(drift.verdict).toBe('pass');
    const schema = r.checks.find((c) => c.id === 'schema')!;
    expect(schema.findings).toEqual([]);
  });
});
