/**
 * The null spellings are configurable on every `data` command, as in ml-gates.yml (`null-values`,
 * `keep-default-nulls`), so a reference profile written by `data profile` reads its values the way the gate
 * will read the current data. Expected counts are pandas 1.5's `read_csv(na_values=[...], keep_default_na=...)`.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import { dataGate } from '@ml-gates/data-gate';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-cli-nulls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Quoted and unquoted, a numeric sentinel written three ways (pandas matches a numeric na_value by value).
writeFileSync(join(dir, 'd.csv'), 'a,b\n-999,x\n"-999.0",missing\n2,"NA"\n3,\n4,"n/a"\n');

async function profile(extra: string[]): Promise<Record<string, { nulls: number; type: string }>> {
  const io: CliIo = { stdout: () => {}, stderr: () => {}, cwd: dir, env: { CI: 'true' }, isTTY: false };
  const code = await main(['data', 'profile', 'd.csv', '--out', 'p.json', ...extra], io, [dataGate]);
  expect(code).toBe(0);
  return (JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')) as { columns: never }).columns;
}

describe('data profile --null-values / --no-keep-default-nulls', () => {
  it('defaults: pandas na_values only', async () => {
    const c = await profile([]);
    expect([c.a!.nulls, c.b!.nulls]).toEqual([0, 3]);
  });

  it('--null-values adds to the defaults (na_values=[-999, missing])', async () => {
    const c = await profile(['--null-values', '-999', '--null-values', 'missing']);
    expect([c.a!.nulls, c.b!.nulls]).toEqual([2, 4]);
    expect(c.a!.type).toBe('integer');
  });

  it('--no-keep-default-nulls keeps only them (keep_default_na=False): "NA", "" and "n/a" are text', async () => {
    const c = await profile(['--null-values', '-999', '--null-values', 'missing', '--no-keep-default-nulls']);
    expect([c.a!.nulls, c.b!.nulls]).toEqual([2, 1]);
  });
});
