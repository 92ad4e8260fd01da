import { mkdtempSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { main, type CliIo } from '@ml-gates/cli';
import { dataGate } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

async function cli(args: string[], cwd = FIXTURES): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: { CI: 'true' }, isTTY: false };
  const code = await main(args, io, [dataGate]);
  return { code, out, err };
}

describe('ml-gates data …', () => {
  it('data drift fails on a drifted column and names it in the JSON report', async () => {
    const r = await cli([
      'data',
      'drift',
      '--reference',
      'ref.csv',
      '--current',
      'cur-meanshift.csv',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    type Check = {
      id: string;
      details: { driftedColumns: string[] };
      metrics: { subject?: string; method?: string }[];
    };
    const report = JSON.parse(r.out) as { results: { gate: string; checks: Check[] }[] };
    const drift = report.results.find((g) => g.gate === 'data-gate')!.checks.find((c) => c.id === 'drift')!;
    expect(drift.details.driftedColumns).toContain('age');
    expect(drift.metrics.filter((m) => m.subject === 'age').map((m) => m.method)).toEqual(
      expect.arrayContaining(['psi', 'ks', 'wasserstein_normed']),
    );
  });

  it('data drift passes without drift (exit 0) and needs --current', async () => {
    const ok = await cli(['data', 'drift', '--reference', 'ref.csv', '--current', 'cur-nodrift.csv']);
    expect(ok.err).not.toMatch(/error/i);
    const bad = await cli(['data', 'drift', '--reference', 'ref.csv']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--current');
  });

  it('data profile writes a profile and data infer-schema proposes rules usable with --schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-cli-'));
    for (const f of ['ref.csv', 'cur-newcat.csv']) cpSync(join(FIXTURES, f), join(dir, f));
    const p = await cli(['data', 'profile', 'ref.csv', '--out', 'profile.json'], dir);
    expect(p.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8')).kind).toBe('ml-gates/data-profile');
    const s = await cli(['data', 'infer-schema', 'ref.csv', '--out', 'schema.json'], dir);
    expect(s.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')) as {
      columns: Record<string, { type: string; allowed?: string[] }>;
    };
    expect(schema.columns.age!.type).toBe('number');
    expect(schema.columns.city!.allowed).toEqual(['Lille', 'Lyon', 'Nice', 'Paris']);
    const c = await cli(['data', 'check', 'cur-newcat.csv', '--schema', 'schema.json', '--cwd', dir], dir);
    expect(c.code).toBe(1);
    expect(c.out).toContain('city');
  });

  it('a malformed file is a usage/input error naming the file and line', async () => {
    const r = await cli(['data', 'check', 'ragged.csv']);
    expect(r.code).toBe(3);
    expect(r.out + r.err).toContain('ragged.csv: line 4');
  });
});
