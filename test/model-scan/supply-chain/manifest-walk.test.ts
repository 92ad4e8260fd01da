/** #14 item 2: a manifest verification whose walk cannot see everything reports it; it never finds "nothing". */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync as mkdtemp, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest } from '@ml-gates/core';
import { verifyManifest } from '../../../packages/model-scan/src/supply-chain/integrity/manifest.js';

const made: string[] = [];
const mkdtempSync = (prefix: string): string => {
  const d = mkdtemp(prefix);
  made.push(d);
  return d;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function project(): { dir: string; manifest: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-manifest-'));
  mkdirSync(join(dir, 'models'));
  writeFileSync(join(dir, 'models', 'a.bin'), 'weights');
  return { dir, manifest: join(dir, 'model-manifest.json') };
}

describe('verifyManifest: walk problems are findings', () => {
  it('an unlisted symlink leaving the folder is reported, not silently skipped', async () => {
    const { dir, manifest } = project();
    const m = await buildManifest(manifest, ['models']);
    const outside = mkdtempSync(join(tmpdir(), 'mlg-outside-'));
    writeFileSync(join(outside, 'payload.pkl'), 'x');
    symlinkSync(join(outside, 'payload.pkl'), join(dir, 'models', 'b.pkl'));
    const r = await verifyManifest(manifest, m, dir);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'integrity.extra', location: { path: 'models/b.pkl' } }),
    );
    expect(r.findings.find((f) => f.location?.path === 'models/b.pkl')?.message).toMatch(/symlink leaving/);
  });

  it('a listed file replaced by a symlink leaving the folder says so (not just "missing")', async () => {
    const { dir, manifest } = project();
    const m = await buildManifest(manifest, ['models']);
    const outside = mkdtempSync(join(tmpdir(), 'mlg-outside-'));
    writeFileSync(join(outside, 'a.bin'), 'weights');
    rmSync(join(dir, 'models', 'a.bin'));
    symlinkSync(join(outside, 'a.bin'), join(dir, 'models', 'a.bin'));
    const r = await verifyManifest(manifest, m, dir);
    const f = r.findings.find((x) => x.ruleId === 'integrity.missing');
    expect(f?.message).toMatch(/symlink leaving the manifest folder/);
    expect(r.verified).toBe(0);
  });

  it('a listed folder that is gone: missing files, no extra walk finding', async () => {
    const { dir, manifest } = project();
    const m = await buildManifest(manifest, ['models']);
    rmSync(join(dir, 'models'), { recursive: true });
    const r = await verifyManifest(manifest, m, dir);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['integrity.missing']);
    expect(r.findings[0]!.message).toMatch(/missing$/);
  });
});
