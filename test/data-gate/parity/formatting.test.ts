/**
 * What only the formatting changes must not change the verdict (issue #22): CRLF vs LF, quoted vs unquoted,
 * UTF-8 vs UTF-16, CSV vs JSON Lines, columns reordered, gzip. And 64-bit ids stay distinct for `unique`.
 * The files are the pandas-written exports of one frame from the parity corpus.
 */
import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { defaultConfig, runGate, silentLogger, type GateResult } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';

const DIR = resolve(import.meta.dirname, '../../fixtures/data-gate/parity');
const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

async function run(section: Record<string, unknown>): Promise<GateResult> {
  const config = defaultConfig();
  config.gates['data-gate'] = section as never;
  return runGate(dataGate, { config, cwd: DIR, logger: silentLogger });
}

describe('formatting-only pairs give no drift', () => {
  const reference = 'pandas-quote-minimal-nulls.csv';
  it.each([
    'pandas-crlf.csv',
    'pandas-quote-all-nulls.csv',
    'pandas-quote-nonnumeric-nulls.csv',
    'pandas-quote-all-na-rep.csv',
    'pandas-utf16.csv',
    'pandas-utf16-quote-all.csv',
    'pandas-utf8-bom.csv',
    'pandas-gzip.csv.gz',
    'pandas-gzip-utf16.csv.gz',
    'pandas-tsv.tsv',
    'pandas-jsonl.jsonl',
    'pandas-jsonl-crlf.jsonl',
    'pandas-reordered.csv',
  ])('%s against the LF, minimally quoted CSV', async (current) => {
    const r = await run({
      dataset: current,
      reference,
      checks: { ...ONLY('drift', 'schema'), drift: { 'min-samples': 10 } },
    });
    const drift = r.checks.find((c) => c.id === 'drift')!;
    expect(drift.findings).toEqual([]);
    expect(drift.verdict).toBe('pass');
    expect(drift.details?.driftedColumns ?? []).toEqual([]);
  });
});

describe('64-bit ids', () => {
  it('six distinct snowflake ids in JSON Lines pass unique: true (doubles would merge them)', async () => {
    const r = await run({
      dataset: 'jsonl-snowflake-ids.jsonl',
      checks: { ...ONLY('schema'), schema: { columns: { id: { unique: true } } } },
    });
    const schema = r.checks.find((c) => c.id === 'schema')!;
    expect(schema.findings).toEqual([]);
    expect(schema.verdict).toBe('pass');
  });
});
