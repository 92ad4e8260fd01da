/** core's integrity module on its own: manifest formats, the digest provider, DVC rules both gates share. */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildManifest,
  parseHashList,
  serialiseManifest,
  UserError,
  verifyDvcFiles,
  verifyHashList,
} from '@ml-gates/core';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const md5 = (s: string) => createHash('md5').update(s).digest('hex');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-integrity-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

describe('parseHashList reads every manifest format the gates accept', () => {
  it('sha256sum text, JSON {path: sha256}, JSON entries with url, and the ml-gates manifest', async () => {
    expect(parseHashList(`${sha('a')}  a.csv\n# comment\n${sha('b').toUpperCase()} *b.csv\n`, 'm')).toEqual({
      format: 'sha256sum',
      entries: [
        { path: 'a.csv', sha256: sha('a') },
        { path: 'b.csv', sha256: sha('b') },
      ],
    });
    expect(parseHashList(JSON.stringify({ 'a.csv': sha('a') }), 'm').entries).toEqual([
      { path: 'a.csv', sha256: sha('a') },
    ]);
    expect(parseHashList(JSON.stringify([{ path: 'a.csv', url: 's3://bucket/a.csv' }]), 'm').entries).toEqual([
      { path: 'a.csv', url: 's3://bucket/a.csv' },
    ]);
    const dir = workspace({ 'data/a.csv': 'a' });
    const text = serialiseManifest(await buildManifest(join(dir, 'm.json'), ['data']));
    expect(parseHashList(text, 'm.json')).toEqual({
      format: 'ml-gates',
      entries: [{ path: 'data/a.csv', size: 1, sha256: sha('a') }],
      include: ['data'],
    });
  });

  it('refuses what it cannot read, naming the problem', () => {
    expect(() => parseHashList('not a hash line\n', 'm.sha256')).toThrow(/line 1/);
    expect(() => parseHashList('{"format": "ml-gates-manifest"}', 'm.json')).toThrow(UserError);
    expect(() => parseHashList('{"a.csv": "xyz"}', 'm.json')).toThrow(/64 hex/);
    expect(() => parseHashList('[{"sha256": "00"}]', 'm.json')).toThrow(/no path/);
  });
});

describe('verifyHashList', () => {
  it('hashes through the digest provider it is given (a file hashed while scanning is not read again)', async () => {
    const dir = workspace({ 'a.csv': 'a', 'b.csv': 'b' });
    const asked: string[] = [];
    const digest = (abs: string) => {
      asked.push(abs);
      return Promise.resolve(abs.endsWith('a.csv') ? sha('a') : sha('changed'));
    };
    const list = parseHashList(`${sha('a')}  a.csv\n${sha('b')}  b.csv\n`, 'm');
    const r = await verifyHashList(join(dir, 'm.sha256'), list, { cwd: dir, digest });
    expect(asked.sort()).toEqual([join(dir, 'a.csv'), join(dir, 'b.csv')]);
    expect(r.verified).toEqual(['a.csv']);
    expect(r.issues.map((i) => `${i.kind} ${i.severity} ${i.path}`)).toEqual(['changed critical b.csv']);
  });
});

describe('DVC rules', () => {
  it('an output recorded by etag only cannot be verified: invalid, high', async () => {
    const dir = workspace({ 'x.dvc': 'outs:\n- etag: "abc"\n  path: x\n' });
    const r = await verifyDvcFiles(dir, ['x.dvc']);
    expect(r.issues.map((i) => `${i.kind} ${i.severity}`)).toEqual(['invalid high']);
    expect(r.issues[0]!.message).toMatch(/etag/);
  });

  it('a file record whose target is now a folder is changed, not skipped', async () => {
    const dir = workspace({ 'x/inner.bin': 'x', 'x.dvc': `outs:\n- md5: ${md5('x')}\n  hash: md5\n  path: x\n` });
    const r = await verifyDvcFiles(dir, ['x.dvc']);
    expect(r.issues.map((i) => `${i.kind} ${i.path}`)).toEqual(['changed x']);
  });

  it('a symlink leaving a tracked folder is reported, never followed', async () => {
    const dir = workspace({ 'd/a.bin': 'a', 'outside.bin': 'o' });
    symlinkSync(join(dir, 'outside.bin'), join(dir, 'd/link.bin'));
    writeFileSync(join(dir, 'd.dvc'), `outs:\n- md5: 0123456789abcdef0123456789abcdef.dir\n  hash: md5\n  path: d\n`);
    const r = await verifyDvcFiles(dir, ['d.dvc']);
    expect(r.issues.map((i) => `${i.kind} ${i.path}`).sort()).toEqual(['changed d', 'extra d/link.bin']);
  });
});
