/** data-gate's integrity check on the manifest `ml-gates hash` writes (core's integrity module). */
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest, defaultConfig, runGate, serialiseManifest, silentLogger } from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { FIXTURES } from './helpers.js';

const ONLY_INTEGRITY = Object.fromEntries(dataGate.checks.map((c) => [c.id, c.id === 'integrity' ? {} : 'off']));

async function integrity(cwd: string, dataset: string[], options: Record<string, unknown>) {
  const config = defaultConfig();
  config.gates['data-gate'] = { dataset, checks: { ...ONLY_INTEGRITY, integrity: options } } as never;
  const r = await runGate(dataGate, { config, cwd, logger: silentLogger, services: {} });
  const c = r.checks.find((x) => x.id === 'integrity');
  if (!c) throw new Error(`no integrity check: ${JSON.stringify(r.errors)} ${r.headline}`);
  return c;
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-mlg-manifest-'));
  mkdirSync(join(dir, 'data'));
  cpSync(join(FIXTURES, 'ref.csv'), join(dir, 'data/ref.csv'));
  cpSync(join(FIXTURES, 'cur-nodrift.csv'), join(dir, 'data/cur.csv'));
  return dir;
}

describe('data-gate reads the manifest `ml-gates hash` writes', () => {
  it('verifies it, and a file added under its include is reported once, high', async () => {
    const dir = project();
    const manifest = join(dir, 'data-manifest.json');
    writeFileSync(manifest, serialiseManifest(await buildManifest(manifest, ['data'])));
    const ok = await integrity(dir, ['data/ref.csv', 'data/cur.csv'], { manifest: 'data-manifest.json' });
    expect(ok.findings).toEqual([]);
    expect(ok.details?.verified).toEqual(['data/cur.csv', 'data/ref.csv']);

    cpSync(join(FIXTURES, 'cur-meanshift.csv'), join(dir, 'data/new.csv'));
    writeFileSync(join(dir, 'data/cur.csv'), 'id\n1\n');
    const bad = await integrity(dir, ['data/ref.csv', 'data/cur.csv', 'data/new.csv'], {
      manifest: 'data-manifest.json',
    });
    expect(bad.findings.map((f) => `${f.ruleId} ${f.severity} ${f.location?.path}`).sort()).toEqual([
      'integrity.hash-mismatch critical data/cur.csv',
      'integrity.untracked high data/new.csv',
    ]);
  });

  it('refuses sha256sum entries that leave the manifest folder (never read)', async () => {
    const dir = project();
    writeFileSync(join(dir, 'data/SHA256SUMS'), `${'0'.repeat(64)}  ../../etc/passwd\n`);
    const r = await integrity(dir, ['data/ref.csv'], { manifest: 'data/SHA256SUMS', untracked: 'allow' });
    expect(r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.location?.path}`)).toEqual([
      'integrity.dvc-outside high data/SHA256SUMS',
    ]);
  });
});
