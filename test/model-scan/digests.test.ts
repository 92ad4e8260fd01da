/** Issue 20: one SHA-256 per file, fed by the scan's own reads, recorded once and reused by the ML-BOM. */
import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultConfig, runGate, silentLogger } from '@ml-gates/core';
import { DEFAULT_LIMITS, FileDigests, GlobalPolicy, modelScanGate, scanFile } from '@ml-gates/model-scan';
import { DigestTap, WORKER_HASH_FROM } from '../../packages/model-scan/src/digests.js';
import { sharedBuffer, WorkerSha256 } from '../../packages/model-scan/src/sha256.js';
import { fileSource, streamOf } from '../../packages/model-scan/src/source.js';
import { runSupplyChainChecks } from '../../packages/model-scan/src/supply-chain/index.js';

const ROOT = join(process.cwd(), 'test/fixtures/model-scan');
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe.each([
  ['on the scanning thread', false],
  ['on a worker thread (large files)', true],
])('DigestTap %s', (_how, worker) => {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-digest-'));
  const file = join(dir, 'data.bin');
  const bytes = randomBytes(21 << 20);
  writeFileSync(file, bytes);

  async function digestAfter(reads: (src: ReturnType<typeof fileSource>) => Promise<void>): Promise<string> {
    const fh = await open(file, 'r');
    try {
      const tap = new DigestTap(fh, bytes.length, { worker });
      await reads(fileSource(fh, bytes.length, 0, tap));
      return await tap.finish();
    } finally {
      await fh.close();
    }
  }

  it('hashes a file nobody read', async () => {
    expect(await digestAfter(async () => undefined)).toBe(sha(bytes));
  });
  it('hashes from sequential, overlapping, gapped, far and out-of-order reads', async () => {
    const digest = await digestAfter(async (src) => {
      await src.read(bytes.length - 100, 100); // far ahead (a zip directory): ignored
      await src.read(0, 30);
      await src.read(20, 50); // overlaps the prefix
      await src.read(1000, 4096); // a small gap before it is filled
      await Promise.all([src.read(3 << 20, 1 << 20), src.read(2 << 20, 1 << 20)]); // completes in any order
      const sub = src.slice(5 << 20, 4 << 20);
      for await (const c of streamOf(sub, 1 << 20, true)) expect(c.length).toBe(1 << 20);
      await src.read(19 << 20, 10); // more than the gap limit ahead: left to finish
    });
    expect(digest).toBe(sha(bytes));
  });
  it('covers the bytes a scan streams, so finish reads only the rest', async () => {
    const fh = await open(file, 'r');
    try {
      const tap = new DigestTap(fh, bytes.length, { worker });
      const src = fileSource(fh, bytes.length, 0, tap);
      let seen = 0;
      for await (const c of streamOf(src.slice(0, 10 << 20), 1 << 20, true)) seen += c.length;
      expect(seen).toBe(10 << 20);
      expect(tap.covered).toBe(10 << 20);
      expect(await tap.finish()).toBe(sha(bytes));
    } finally {
      await fh.close();
    }
  });
  it('a read-ahead consumer that stops early leaves the digest right', async () => {
    const digest = await digestAfter(async (src) => {
      for await (const c of streamOf(src, 1 << 20, true)) if (c.length > 0) break;
    });
    expect(digest).toBe(sha(bytes));
  });
  it('a file that shrank under the scan is an error, not a digest', async () => {
    const fh = await open(file, 'r');
    try {
      const tap = new DigestTap(fh, bytes.length + 10, { worker });
      await expect(tap.finish()).rejects.toThrow(/ended at/);
    } finally {
      await fh.close();
    }
  });
  it('reads that complete out of order through a read-ahead stream still hash in order', async () => {
    const digest = await digestAfter(async (src) => {
      // small chunks: many reads in flight at once on the thread pool
      for await (const c of streamOf(src.slice(0, 3 << 20), 64 << 10, true)) expect(c.length).toBe(64 << 10);
    });
    expect(digest).toBe(sha(bytes));
  });
});

describe('DigestTap on a large file decides where to hash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-digest-large-'));
  const file = join(dir, 'large.bin');
  const bytes = Buffer.alloc(WORKER_HASH_FROM + 12_345, 7);
  randomBytes(1 << 20).copy(bytes, 0);
  writeFileSync(file, bytes);

  it.each([
    ['streamed by the scan (a worker thread hashes it)', true],
    ['read by its header only (the tail is hashed on the scanning thread)', false],
  ])('%s', async (_how, streamed) => {
    const fh = await open(file, 'r');
    try {
      const tap = new DigestTap(fh, bytes.length);
      const src = fileSource(fh, bytes.length, 0, tap);
      await src.read(0, 4096); // detection's head read, kept until the tap decides
      if (streamed)
        for await (const c of streamOf(src.slice(100, 40 << 20), 1 << 20, true)) expect(c.length).toBe(1 << 20);
      expect(await tap.finish()).toBe(sha(bytes));
    } finally {
      await fh.close();
    }
  });
});

describe('WorkerSha256', () => {
  it('hashes shared and plain buffers in order', async () => {
    const h = new WorkerSha256();
    const shared = sharedBuffer(1000);
    randomBytes(1000).copy(shared);
    const plain = randomBytes(777);
    await Promise.all([h.update(shared), h.update(plain.subarray(7)), h.update(shared.subarray(10, 20))]);
    const want = createHash('sha256').update(shared).update(plain.subarray(7)).update(shared.subarray(10, 20));
    expect(await h.digest()).toBe(want.digest('hex'));
    await h.close();
  });
  it('a hashing thread that is gone makes the digest an error, never a value', async () => {
    const h = new WorkerSha256();
    await h.update(randomBytes(100));
    await h.close();
    await h.update(randomBytes(100)); // releases the buffer at once
    await expect(h.digest()).rejects.toThrow(/closed/);
  });
  it('a scan of a file whose hashing thread fails reports the file as not hashed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-digest-fail-'));
    const file = join(dir, 'weights.bin');
    writeFileSync(file, randomBytes(1 << 20));
    const fh = await open(file, 'r');
    try {
      const tap = new DigestTap(fh, 1 << 20, { worker: true });
      await tap.close(); // the worker ends before the hash is complete
      await expect(tap.finish()).rejects.toThrow(/closed/);
    } finally {
      await fh.close();
    }
  });
});

describe('scanFile digests', () => {
  const files = walk(ROOT).filter((f) => !f.endsWith('expected.json'));
  it('every fixture, benign or hostile, gets the SHA-256 of its bytes, recorded for the run', async () => {
    const digests = new FileDigests();
    const opts = { policy: new GlobalPolicy(), limits: DEFAULT_LIMITS, hash: true, digests };
    for (const abs of files) {
      const r = await scanFile(abs, relative(ROOT, abs), statSync(abs).size, opts);
      const want = sha(readFileSync(abs));
      expect([relative(ROOT, abs), r.sha256]).toEqual([relative(ROOT, abs), want]);
      expect(digests.get(abs)).toBe(want);
    }
  });
  it('FileDigests hashes a file it was not given once and memoises it', async () => {
    const digests = new FileDigests();
    const abs = files[0]!;
    const [a, b] = await Promise.all([digests.sha256(abs), digests.sha256(abs)]);
    expect(a).toBe(sha(readFileSync(abs)));
    expect(b).toBe(a);
    expect(digests.get(abs)).toBe(a);
    await expect(digests.sha256(join(ROOT, 'no-such-file'))).rejects.toThrow(/ENOENT/);
  });
});

describe('the ML-BOM takes the scan digests', () => {
  const FIX = join(process.cwd(), 'test/fixtures/model-scan-supply-chain/model-project');
  it('uses the digest the scan recorded instead of hashing the file again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-digest-bom-'));
    cpSync(FIX, dir, { recursive: true });
    const model = join(dir, 'models/classifier/model.pt');
    const digests = new FileDigests();
    digests.record(model, 'ab'.repeat(32)); // not the file's digest: proves where the BOM took it from
    const outputs = await runSupplyChainChecks(
      {
        cwd: dir,
        options: {},
        check: (id) => ({ mode: id === 'ml-bom' ? 'warn' : 'off', failOn: 'high', options: {} }),
        logger: silentLogger,
        signal: new AbortController().signal,
        services: {},
      },
      { outputs: [], digests },
    );
    expect(outputs.map((o) => o.id)).toEqual(['ml-bom']);
    const bom = JSON.parse(readFileSync(join(dir, '.ml-gates/ml-bom.cdx.json'), 'utf8'));
    const m = bom.components.find((c: { type: string }) => c.type === 'machine-learning-model');
    expect(m.hashes).toEqual([{ alg: 'SHA-256', content: 'ab'.repeat(32) }]);
  });
  it('the manifest check takes the digest the scan computed (no second read of the file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-digest-manifest-'));
    cpSync(FIX, dir, { recursive: true });
    const model = join(dir, 'models/classifier/model.pt');
    const bytes = readFileSync(model);
    const manifest = {
      format: 'ml-gates-manifest',
      version: 1,
      algorithm: 'sha256',
      include: ['classifier/model.pt'],
      files: [{ path: 'classifier/model.pt', size: bytes.length, sha256: sha(bytes) }],
    };
    writeFileSync(join(dir, 'models/model-manifest.json'), JSON.stringify(manifest));
    const run = async (digests: FileDigests): Promise<string[]> => {
      const outputs = await runSupplyChainChecks(
        {
          cwd: dir,
          options: { manifest: { path: 'models/model-manifest.json' } },
          check: (id) => ({ mode: id === 'integrity' ? 'block' : 'off', failOn: 'high', options: {} }),
          logger: silentLogger,
          signal: new AbortController().signal,
          services: {},
        },
        { outputs: [], digests },
      );
      return outputs.flatMap((o) => (o.findings ?? []).map((f) => f.ruleId));
    };
    expect(await run(new FileDigests())).not.toContain('integrity.changed');
    const lying = new FileDigests();
    lying.record(model, 'cd'.repeat(32)); // a digest the scan "computed": the manifest check must use it
    expect(await run(lying)).toContain('integrity.changed');
  });
  it('the gate run: the BOM and the report carry the same digest, the file hashed by the scan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-digest-gate-'));
    cpSync(FIX, dir, { recursive: true });
    const want = sha(readFileSync(join(dir, 'models/classifier/model.pt')));
    const r = await runGate(modelScanGate, { config: defaultConfig(), cwd: dir, logger: silentLogger });
    expect(r.subjects.find((s) => s.path === 'models/classifier/model.pt')?.sha256).toBe(want);
    const bom = JSON.parse(readFileSync(join(dir, '.ml-gates/ml-bom.cdx.json'), 'utf8'));
    const m = bom.components.find((c: { type: string }) => c.type === 'machine-learning-model');
    expect(m.hashes).toEqual([{ alg: 'SHA-256', content: want }]);
  });
});
