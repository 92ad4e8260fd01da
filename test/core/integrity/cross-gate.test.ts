/**
 * One integrity module, two gates: the same `.dvc` files and the same manifest give the same verdict in
 * model-scan (supply-chain `dvc` and `integrity` checks) and data-gate (`integrity` check), each under its
 * own rule ids.
 */
import { describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, serialiseManifest, type Finding } from '@ml-gates/core';
import { integrityCheck } from '@ml-gates/data-gate';
import { runSupplyChainChecks } from '../../../packages/model-scan/src/supply-chain/index.js';
import { context, copyFixture } from '../../model-scan/supply-chain/helpers.js';

/** Each gate's rule ids, back to the shared kinds. */
const KIND: Record<string, string> = {
  'dvc.missing': 'missing',
  'dvc.changed': 'changed',
  'dvc.extra': 'extra',
  'integrity.missing': 'missing',
  'integrity.changed': 'changed',
  'integrity.extra': 'extra',
  'integrity.path-outside': 'outside',
  'integrity.missing-file': 'missing',
  'integrity.hash-mismatch': 'changed',
  'integrity.untracked': 'extra',
  'integrity.dvc-outside': 'outside',
};
const verdict = (findings: Finding[] | undefined): string[] =>
  (findings ?? []).map((f) => `${KIND[f.ruleId] ?? f.ruleId} ${f.severity} ${f.location?.path}`).sort();

const DVC_FILES = ['data/train.csv.dvc', 'features.dvc', 'images.dvc', 'legacy/notes.txt.dvc'];

async function bothOnDvc(dir: string) {
  const [ms] = await runSupplyChainChecks(context(dir, { dvc: 'block' }));
  const dg = await integrityCheck(dir, { dvc: DVC_FILES, untracked: 'allow' }, []);
  return { modelScan: verdict(ms!.findings), dataGate: verdict(dg.findings) };
}

async function bothOnManifest(dir: string, manifest: string) {
  const [ms] = await runSupplyChainChecks(context(dir, { integrity: 'block' }, { manifest: { path: manifest } }));
  const dg = await integrityCheck(dir, { manifest, untracked: 'allow' }, []);
  return { modelScan: verdict(ms!.findings), dataGate: verdict(dg.findings), verified: dg.details?.verified };
}

describe('the same .dvc files give the same verdict in model-scan and data-gate', () => {
  it('intact: nothing found, every tracked file verified (directories included)', async () => {
    const dir = copyFixture('dvc-project');
    expect(await bothOnDvc(dir)).toEqual({ modelScan: [], dataGate: [] });
    const dg = await integrityCheck(dir, { dvc: DVC_FILES, untracked: 'allow' }, []);
    expect(dg.details?.verified).toHaveLength(2 + 3 + 2);
  });

  it('tampered: changed, missing and extra files, with and without a cached .dir listing', async () => {
    const dir = copyFixture('dvc-project');
    writeFileSync(join(dir, 'data/train.csv'), 'id,label\n1,cat\n2,cow\n');
    writeFileSync(join(dir, 'images/sub/b.bin'), 'tampered');
    rmSync(join(dir, 'images/a.bin'));
    writeFileSync(join(dir, 'images/new.bin'), 'new');
    writeFileSync(join(dir, 'features/f1.npy'), 'changed');
    // Same text with LF: the DVC 2 hash (CRLF → LF for text) is unchanged, in both gates.
    writeFileSync(join(dir, 'legacy/notes.txt'), 'line one\nline two\n');
    const { modelScan, dataGate } = await bothOnDvc(dir);
    expect(modelScan).toEqual([
      'changed critical data/train.csv',
      'changed critical features',
      'changed critical images/sub/b.bin',
      'extra high images/new.bin',
      'missing high images/a.bin',
    ]);
    expect(dataGate).toEqual(modelScan);
  });

  it('an output leaving the workspace is refused by both, high', async () => {
    const dir = copyFixture('dvc-project');
    writeFileSync(join(dir, 'data/train.csv.dvc'), 'outs:\n- md5: acb8838f86fc4063184d5e3e13ad30b6\n  path: ../../x\n');
    const [ms] = await runSupplyChainChecks(context(dir, { dvc: 'block' }));
    const dg = await integrityCheck(dir, { dvc: ['data/train.csv.dvc'], untracked: 'allow' }, []);
    expect(ms!.findings!.map((f) => `${f.ruleId} ${f.severity} ${f.location?.path}`)).toEqual([
      'dvc.invalid high data/train.csv.dvc',
    ]);
    expect(dg.findings!.map((f) => `${f.ruleId} ${f.severity} ${f.location?.path}`)).toEqual([
      'integrity.dvc-outside high data/train.csv.dvc',
    ]);
  });

  it('an unreadable .dvc file fails both: a high finding in model-scan, an error in data-gate', async () => {
    const dir = copyFixture('dvc-project');
    writeFileSync(join(dir, 'images.dvc'), 'outs: [unclosed\n');
    const [ms] = await runSupplyChainChecks(context(dir, { dvc: 'block' }));
    expect(ms!.findings!.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['dvc.invalid high']);
    await expect(integrityCheck(dir, { dvc: ['images.dvc'], untracked: 'allow' }, [])).rejects.toThrow(
      /images\.dvc.*not valid YAML/,
    );
    writeFileSync(join(dir, 'images.dvc'), 'outs:\n- path: images\n');
    await expect(integrityCheck(dir, { dvc: ['images.dvc'], untracked: 'allow' }, [])).rejects.toThrow(/md5/);
  });
});

describe('the manifest `ml-gates hash` writes gives the same verdict in model-scan and data-gate', () => {
  async function hashed(): Promise<string> {
    const dir = copyFixture('model-project');
    const path = join(dir, 'model-manifest.json');
    writeFileSync(path, serialiseManifest(await buildManifest(path, ['models'])));
    return dir;
  }

  it('intact: both verify every listed file', async () => {
    const dir = await hashed();
    const r = await bothOnManifest(dir, 'model-manifest.json');
    expect(r.modelScan).toEqual([]);
    expect(r.dataGate).toEqual([]);
    const listed = JSON.parse(readFileSync(join(dir, 'model-manifest.json'), 'utf8')).files.length;
    expect(r.verified).toHaveLength(listed);
  });

  it('tampered: changed, missing and extra files, and entries outside the folder', async () => {
    const dir = await hashed();
    appendFileSync(join(dir, 'models/classifier/model.pt'), Buffer.from([0]));
    rmSync(join(dir, 'models/classifier/README.md'));
    writeFileSync(join(dir, 'models/classifier/extra.pkl'), 'payload');
    const r = await bothOnManifest(dir, 'model-manifest.json');
    expect(r.modelScan).toEqual([
      'changed critical models/classifier/model.pt',
      'extra high models/classifier/extra.pkl',
      'missing high models/classifier/README.md',
    ]);
    expect(r.dataGate).toEqual(r.modelScan);

    const m = JSON.parse(readFileSync(join(dir, 'model-manifest.json'), 'utf8'));
    m.files.push({ path: '../../etc/passwd', size: 1, sha256: 'a'.repeat(64) });
    writeFileSync(join(dir, 'model-manifest.json'), JSON.stringify(m));
    const outside = await bothOnManifest(dir, 'model-manifest.json');
    expect(outside.modelScan).toContain('outside high model-manifest.json');
    expect(outside.dataGate).toEqual(outside.modelScan);
  });
});
