import { describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dirListingBytes, dvcMd5, silentLogger } from '@ml-gates/core';
import { runSupplyChainChecks, supplyChainCommands } from '../../../packages/model-scan/src/supply-chain/index.js';
import { context, copyFixture, FIXTURES } from './helpers.js';

const reference = JSON.parse(readFileSync(join(FIXTURES, 'reference.json'), 'utf8')) as {
  dvc: { csvMd5: string; notesLegacyMd5: string; notesPlainMd5: string };
  model: { modelSha256: string; modelSize: number };
};
const hash = supplyChainCommands.find((c) => c.name[0] === 'hash')!;

async function integrity(cwd: string, options: Record<string, unknown> = {}) {
  const [out] = await runSupplyChainChecks(context(cwd, { integrity: 'block' }, options));
  return out!;
}

describe('ml-gates hash and the integrity check', () => {
  it('writes a manifest with the real SHA-256 and size, paths relative to the manifest', async () => {
    const dir = copyFixture('model-project');
    const msg = await hash.action!(['models'], { out: 'model-manifest.json' }, { cwd: dir, logger: silentLogger });
    expect(msg).toMatch(/2 file\(s\)/);
    const m = JSON.parse(readFileSync(join(dir, 'model-manifest.json'), 'utf8'));
    expect(m.format).toBe('ml-gates-manifest');
    expect(m.include).toEqual(['models']);
    const pt = m.files.find((f: { path: string }) => f.path === 'models/classifier/model.pt');
    expect(pt).toEqual({
      path: 'models/classifier/model.pt',
      size: reference.model.modelSize,
      sha256: reference.model.modelSha256,
    });
  });

  it('hashing twice gives the same bytes (signable)', async () => {
    const dir = copyFixture('model-project');
    await hash.action!(['models'], { out: 'a.json' }, { cwd: dir, logger: silentLogger });
    await hash.action!(['models'], { out: 'b.json' }, { cwd: dir, logger: silentLogger });
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  it('passes on intact files and catches changed, missing and extra files', async () => {
    const dir = copyFixture('model-project');
    await hash.action!(['models'], { out: 'model-manifest.json' }, { cwd: dir, logger: silentLogger });
    const ok = await integrity(dir);
    expect(ok.findings ?? []).toEqual([]);
    expect(ok.summary).toMatch(/2 file\(s\) match/);

    appendFileSync(join(dir, 'models/classifier/model.pt'), Buffer.from([0]));
    rmSync(join(dir, 'models/classifier/README.md'));
    writeFileSync(join(dir, 'models/classifier/extra.pkl'), 'payload');
    const bad = await integrity(dir);
    expect(bad.findings!.map((f) => `${f.ruleId} ${f.location?.path}`).sort()).toEqual([
      'integrity.changed models/classifier/model.pt',
      'integrity.extra models/classifier/extra.pkl',
      'integrity.missing models/classifier/README.md',
    ]);
  });

  it('catches a same-size change by its digest', async () => {
    const dir = copyFixture('model-project');
    await hash.action!(['models'], { out: 'model-manifest.json' }, { cwd: dir, logger: silentLogger });
    const p = join(dir, 'models/classifier/model.pt');
    const bytes = readFileSync(p);
    const at = bytes.length - 30;
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(p, bytes);
    const out = await integrity(dir);
    expect(out.findings!.map((f) => f.ruleId)).toEqual(['integrity.changed']);
    expect(out.findings![0]!.message).toMatch(/SHA-256/);
  });

  it('refuses manifest entries outside the manifest folder, and reports invalid or required-but-missing manifests', async () => {
    const dir = copyFixture('model-project');
    writeFileSync(
      join(dir, 'model-manifest.json'),
      JSON.stringify({
        format: 'ml-gates-manifest',
        version: 1,
        algorithm: 'sha256',
        include: [],
        files: [{ path: '../../etc/passwd', size: 1, sha256: 'a'.repeat(64) }],
      }),
    );
    const out = await integrity(dir, { paths: ['models'] });
    expect(out.findings!.map((f) => f.ruleId)).toContain('integrity.path-outside');

    writeFileSync(join(dir, 'model-manifest.json'), '{"format": "nope"}');
    expect((await integrity(dir)).findings!.map((f) => f.ruleId)).toEqual(['integrity.manifest-invalid']);

    rmSync(join(dir, 'model-manifest.json'));
    expect((await integrity(dir)).findings ?? []).toEqual([]);
    expect((await integrity(dir, { manifest: { required: true } })).findings!.map((f) => f.ruleId)).toEqual([
      'integrity.manifest-missing',
    ]);
  });
});

describe('DVC verification without DVC', () => {
  it('matches the md5 values DVC records (plain in DVC 3, CRLF-normalised text in DVC 2)', async () => {
    const dir = join(FIXTURES, 'dvc-project');
    expect(await dvcMd5(join(dir, 'data/train.csv'), false)).toBe(reference.dvc.csvMd5);
    expect(await dvcMd5(join(dir, 'legacy/notes.txt'), true)).toBe(reference.dvc.notesLegacyMd5);
    expect(await dvcMd5(join(dir, 'legacy/notes.txt'), false)).toBe(reference.dvc.notesPlainMd5);
  });

  it('serialises a .dir listing byte-for-byte like DVC', () => {
    const cached = readFileSync(
      join(FIXTURES, 'dvc-project/.dvc/cache/files/md5/bb/4141d4ce38ff0310259f3597f5867c.dir'),
    );
    const entries = JSON.parse(cached.toString('utf8')) as { md5: string; relpath: string }[];
    expect(dirListingBytes([...entries].reverse()).equals(cached)).toBe(true);
  });

  it('passes on the intact project', async () => {
    const dir = copyFixture('dvc-project');
    const [out] = await runSupplyChainChecks(context(dir, { dvc: 'block' }));
    expect(out!.findings).toEqual([]);
    expect(out!.details).toMatchObject({ verified: 2 + 3 + 2 });
  });

  it('finds changed, missing and extra files, with and without a cached listing', async () => {
    const dir = copyFixture('dvc-project');
    writeFileSync(join(dir, 'data/train.csv'), 'id,label\n1,cat\n2,cow\n');
    writeFileSync(join(dir, 'images/sub/b.bin'), 'tampered');
    rmSync(join(dir, 'images/a.bin'));
    writeFileSync(join(dir, 'images/new.bin'), 'new');
    writeFileSync(join(dir, 'features/f1.npy'), 'changed');
    writeFileSync(join(dir, 'legacy/notes.txt'), 'line one\nline two\n'); // same text with LF: DVC 2 hash unchanged
    const [out] = await runSupplyChainChecks(context(dir, { dvc: 'block' }));
    expect(out!.findings!.map((f) => `${f.ruleId} ${f.location?.path}`).sort()).toEqual([
      'dvc.changed data/train.csv',
      'dvc.changed features',
      'dvc.changed images/sub/b.bin',
      'dvc.extra images/new.bin',
      'dvc.missing images/a.bin',
    ]);
  });
});
