/**
 * Integers beyond 2^53 written unquoted in ml-gates.yml (issue #22, "kept exactly wherever identity matters"):
 * the config loader keeps their digits, so an `allowed` id is compared with the data's ids by the same rule
 * (`identityKey`) in CSV, JSON Lines and Parquet. A rounded id would silently let its neighbour through (fail
 * open) or flag the id written. Where only a number fits, the value is refused with its position, never rounded.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parseConfig, runGate, silentLogger, UserError, type GateResult } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';

const dir = mkdtempSync(join(tmpdir(), 'mlg-exact-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const yaml = (dataset: string, allowed: string) => `version: 1
gates:
  data-gate:
    dataset: ${dataset}
    checks:
      drift: off
      outliers: off
      pii: off
      secrets: off
      schema:
        columns:
          id: { allowed: ${allowed} }
`;

async function run(dataset: string, allowed: string): Promise<GateResult> {
  const { config } = parseConfig(yaml(dataset, allowed), 'ml-gates.yml', [dataGate]);
  return runGate(dataGate, { config, cwd: dir, logger: silentLogger });
}
const schema = (r: GateResult) => r.checks.find((c) => c.id === 'schema')!;

// 9007199254740993 and 9007199254740992 are one double; so are 18446744073709551615 and ...616.
const ALLOWED = '[9007199254740993, 18446744073709551615, -9223372036854775807, 7]';
const GOOD = ['9007199254740993', '18446744073709551615', '-9223372036854775807', '7'];
const NEIGHBOURS = ['9007199254740992', '18446744073709551616', '-9223372036854775808'];

function write(name: string, ids: string[]): string {
  if (name.endsWith('.csv')) writeFileSync(join(dir, name), `id\n${ids.join('\n')}\n`);
  else if (name.endsWith('.jsonl')) writeFileSync(join(dir, name), ids.map((id) => `{"id": ${id}}\n`).join(''));
  else {
    const data = ids.map((id) => BigInt(id));
    writeFileSync(
      join(dir, name),
      Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'id', data, type: 'INT64' }] })),
    );
  }
  return name;
}

describe('allowed ids beyond 2^53 in ml-gates.yml', () => {
  it('the loader keeps the digits written, unquoted', () => {
    const { config } = parseConfig(yaml('x.csv', ALLOWED), 'ml-gates.yml', [dataGate]);
    const section = config.gates['data-gate'] as { checks: { schema: { columns: { id: { allowed: unknown[] } } } } };
    expect(section.checks.schema.columns.id.allowed).toEqual([
      '9007199254740993',
      '18446744073709551615',
      '-9223372036854775807',
      7,
    ]);
  });

  it.each(['csv', 'jsonl'])('%s: the ids written pass, their rounded neighbours fail', async (ext) => {
    expect(schema(await run(write(`good.${ext}`, GOOD), ALLOWED)).verdict).toBe('pass');
    const bad = schema(await run(write(`bad.${ext}`, NEIGHBOURS), ALLOWED));
    expect(bad.verdict).toBe('fail');
    expect(bad.findings.map((f) => f.message).join('\n')).toMatch(/allowed/);
  });

  it('parquet INT64: the ids written pass, their rounded neighbours fail', async () => {
    const good = GOOD.filter((id) => BigInt(id) < 2n ** 63n);
    const allowed = '[9007199254740993, -9223372036854775807, 7]';
    expect(schema(await run(write('good.parquet', good), allowed)).verdict).toBe('pass');
    const bad = ['9007199254740992', '-9223372036854775808'];
    expect(schema(await run(write('bad.parquet', bad), allowed)).verdict).toBe('fail');
  });

  it('where only a number fits, an integer a double cannot hold is refused at its position, not rounded', () => {
    const text = yaml('x.csv', '[1]').replace('{ allowed: [1] }', '{ min: 0, max: 9007199254740993 }');
    let error: unknown;
    try {
      parseConfig(text, 'ml-gates.yml', [dataGate]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const details = (error as UserError).details.join('\n');
    expect(details).toMatch(/ml-gates\.yml:12:\d+ .*max: 9007199254740993 is an integer beyond 2\^53/);
    expect(details).toMatch(/would silently become 9007199254740992/);
  });

  it('integers a double holds exactly stay numbers (2^53, 2^64, small ones)', () => {
    const { config } = parseConfig(yaml('x.csv', '[9007199254740992, 18446744073709551616, -7, 0]'), 'ml-gates.yml', [
      dataGate,
    ]);
    const section = config.gates['data-gate'] as { checks: { schema: { columns: { id: { allowed: unknown[] } } } } };
    expect(section.checks.schema.columns.id.allowed).toEqual([9007199254740992, 18446744073709551616, -7, 0]);
  });
});

describe('schema files with ids beyond 2^53 (data check --schema, the json-schema option)', () => {
  const cli = () => {
    const s = { out: '', err: '' };
    return Object.assign(s, {
      stdout: (t: string) => void (s.out += t),
      stderr: (t: string) => void (s.err += t),
      cwd: dir,
      env: { CI: 'true' },
      isTTY: false,
    });
  };
  it.each([
    ['rules.yml', 'columns:\n  id: { allowed: [9007199254740993, 7] }\n'],
    ['rules.json', '{"columns": {"id": {"allowed": [9007199254740993, 7]}}}'],
    ['record.json', '{"type": "object", "properties": {"id": {"enum": [9007199254740993, 7]}}}'],
  ])('data check --schema %s: the id written passes, its rounded neighbour fails', async (name, text) => {
    const { main } = await import('@ml-gates/cli');
    writeFileSync(join(dir, name), text);
    write('one-good.jsonl', ['9007199254740993', '7']);
    write('one-bad.jsonl', ['9007199254740992', '7']);
    const good = cli();
    const args = ['--schema', name, '--cwd', dir];
    expect(await main(['data', 'check', 'one-good.jsonl', ...args], good)).toBe(0);
    const bad = cli();
    expect(await main(['data', 'check', 'one-bad.jsonl', ...args], bad)).toBe(1);
  });

  it('the json-schema option of ml-gates.yml: enum ids compared exactly; a bound beyond 2^53 is refused', async () => {
    writeFileSync(join(dir, 'record-schema.json'), '{"properties": {"id": {"enum": [9007199254740993]}}}');
    const text = yaml('x', '[1]').replace(
      'columns:\n          id: { allowed: [1] }',
      'json-schema: record-schema.json',
    );
    const run2 = async (dataset: string) => {
      const { config } = parseConfig(text.replace('dataset: x', `dataset: ${dataset}`), 'ml-gates.yml', [dataGate]);
      return runGate(dataGate, { config, cwd: dir, logger: silentLogger });
    };
    expect(schema(await run2(write('enum-good.jsonl', ['9007199254740993']))).verdict).toBe('pass');
    expect(schema(await run2(write('enum-bad.jsonl', ['9007199254740992']))).verdict).toBe('fail');
    writeFileSync(join(dir, 'record-schema.json'), '{"properties": {"id": {"maximum": 9007199254740993}}}');
    const r = await run2('enum-good.jsonl');
    expect(r.verdict).toBe('error');
    expect(r.errors.join('\n')).toMatch(/properties\.id\.maximum: 9007199254740993 is an integer beyond 2\^53/);
  });
});
