import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_SCHEMA_VERSION, type GateResult } from '@ml-gates/core';
import { collectSubjects } from '../../packages/promotion/src/attest.js';

const result = (paths: string[]): GateResult =>
  ({
    schemaVersion: REPORT_SCHEMA_VERSION,
    gate: 'data-gate',
    version: '1.0.0',
    verdict: 'pass',
    headline: '',
    checks: [],
    subjects: paths.map((path) => ({ path, verdict: 'pass' })),
    waivers: [],
    errors: [],
    timings: { startedAt: '', finishedAt: '', durationMs: 0 },
    tool: { name: 'ml-gates', version: '1.0.0', rulesets: {} },
  }) as GateResult;

describe('attest hashes only regular files inside the workspace', () => {
  const outside = mkdtempSync(join(tmpdir(), 'mlg-outside-'));
  writeFileSync(join(outside, 'secret.csv'), 'a\n1\n');
  const ws = mkdtempSync(join(tmpdir(), 'mlg-ws-'));
  mkdirSync(join(ws, 'data'));
  writeFileSync(join(ws, 'data/real.csv'), 'a\n2\n');
  symlinkSync(join(outside, 'secret.csv'), join(ws, 'data/link.csv'));
  symlinkSync(join(ws, 'data/real.csv'), join(ws, 'data/inner-link.csv'));
  symlinkSync(outside, join(ws, 'ext'));

  it.each([
    [
      'a symlink to a file outside',
      'data/link.csv',
      /data\/link\.csv: data-gate examined it, but it is a symbolic link/,
    ],
    ['a symlink to a file inside', 'data/inner-link.csv', /is a symbolic link; refusing to attest it/],
    [
      'a file through a symlinked folder that leads out',
      'ext/secret.csv',
      /reached through a symbolic link to .*secret\.csv, outside/,
    ],
  ])('%s is refused', async (_what, path, why) => {
    await expect(collectSubjects([result([path])], ws)).rejects.toThrow(why);
  });

  it('a regular file inside is attested', async () => {
    const subjects = await collectSubjects([result(['data/real.csv'])], ws);
    expect(subjects.map((s) => s.name)).toEqual(['data/real.csv']);
  });
});
