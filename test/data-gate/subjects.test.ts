/**
 * data-gate's subjects (issue #18): every file it reads — the dataset, the drift reference, the held-out split —
 * is a subject with the sha256 of the bytes it read, in every reader path (UTF-8 and UTF-16 CSV, TSV, gzip,
 * JSON Lines, Parquet), so `attest` binds what the gate judged, not what is on disk later.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetMetadataAsync, parquetRead } from 'hyparquet';
import {
  defaultConfig,
  readTables,
  runGate,
  silentLogger,
  type GateContext,
  type GateResult,
  type ShardSpec,
} from '@ml-gates/core';
import { HashingFileBuffer } from '../../packages/core/src/io/digest.js';
import { combineSubjects, dataGate, type DataGateOptions } from '@ml-gates/data-gate';
import { collectSubjects } from '@ml-gates/promotion';

const dir = mkdtempSync(join(tmpdir(), 'dg-subjects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (path: string): string =>
  createHash('sha256')
    .update(readFileSync(join(dir, path)))
    .digest('hex');
const ONLY = (...ids: string[]) =>
  Object.fromEntries(dataGate.checks.map((c) => [c.id, ids.includes(c.id) ? {} : 'off']));

const SCHEMA = { ...ONLY('schema'), schema: { 'min-rows': 1 } };
const rows = Array.from({ length: 400 }, (_, i) => ({ id: i + 1, x: (i * 37) % 101, seg: ['a', 'b', 'c'][i % 3]! }));
const csv = (sep = ',') => `id${sep}x${sep}seg\n${rows.map((r) => [r.id, r.x, r.seg].join(sep)).join('\n')}\n`;
mkdirSync(join(dir, 'data'));
writeFileSync(join(dir, 'data/plain.csv'), csv());
writeFileSync(join(dir, 'data/tabbed.tsv'), csv('\t'));
writeFileSync(join(dir, 'data/packed.csv.gz'), gzipSync(Buffer.from(csv())));
writeFileSync(join(dir, 'data/wide.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(), 'utf16le')]));
writeFileSync(join(dir, 'data/lines.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(join(dir, 'data/lines.jsonl.gz'), gzipSync(Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n'))));
writeFileSync(
  join(dir, 'data/table.parquet'),
  Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'id', data: rows.map((r) => r.id), type: 'INT32' },
        { name: 'x', data: rows.map((r) => r.x), type: 'DOUBLE' },
        { name: 'seg', data: rows.map((r) => r.seg), type: 'STRING' },
      ],
      rowGroupSize: 100,
    }),
  ),
);
writeFileSync(join(dir, 'ref.csv'), csv());
writeFileSync(join(dir, 'held-out.csv'), 'id,x,seg\n9001,1,a\n9002,2,b\n');

function config(section: Record<string, unknown>) {
  const c = defaultConfig();
  c.gates['data-gate'] = section as never;
  return c;
}
async function run(section: Record<string, unknown>, spec?: ShardSpec): Promise<GateResult> {
  const gate = spec
    ? { ...dataGate, run: (ctx: GateContext<DataGateOptions>) => dataGate.run({ ...ctx, shard: spec }) }
    : dataGate;
  return runGate(gate, { config: config(section), cwd: dir, logger: silentLogger });
}

describe('data-gate subjects carry the sha256 of the bytes read', () => {
  const files = [
    ['data/plain.csv', 'dataset/csv'],
    ['data/tabbed.tsv', 'dataset/tsv'],
    ['data/packed.csv.gz', 'dataset/csv+gzip'],
    ['data/wide.csv', 'dataset/csv'],
    ['data/lines.jsonl', 'dataset/jsonl'],
    ['data/lines.jsonl.gz', 'dataset/jsonl+gzip'],
    ['data/table.parquet', 'dataset/parquet'],
  ] as const;
  it.each(files)('%s: kind %s, size and sha256 of the file as stored', async (path, kind) => {
    const r = await run({ dataset: path, checks: SCHEMA });
    expect(r.subjects).toHaveLength(1);
    const s = r.subjects[0]!;
    expect(s).toMatchObject({ path, kind, size: readFileSync(join(dir, path)).length, sha256: sha(path) });
    expect(s.details?.rows).toBe(400);
  });

  it('readTables reports the digest of each file, several files in one read', async () => {
    const got = await readTables(
      files.map(([p]) => ({ path: join(dir, p), relPath: p })),
      { columns: () => {}, row: () => {} },
    );
    expect(got.map((f) => f.sha256)).toEqual(files.map(([p]) => sha(p)));
  });

  it('the reference (raw rows) and the held-out split are subjects of their own kinds', async () => {
    const r = await run({
      dataset: 'data/plain.csv',
      reference: 'ref.csv',
      test: 'held-out.csv',
      checks: ONLY('drift', 'leakage'),
    });
    expect(r.subjects.map((s) => [s.path, s.kind, s.sha256])).toEqual([
      ['data/plain.csv', 'dataset/csv', sha('data/plain.csv')],
      ['ref.csv', 'dataset/reference', sha('ref.csv')],
      ['held-out.csv', 'dataset/test', sha('held-out.csv')],
    ]);
  });

  it('a reference profile file is a subject with its digest', async () => {
    await run({ dataset: 'ref.csv', 'profile-out': 'profiles/ref.json', checks: SCHEMA });
    const r = await run({
      dataset: 'data/plain.csv',
      'reference-profile': './profiles/ref.json',
      checks: ONLY('drift'),
    });
    // The profile says which bytes it was built from.
    const written = JSON.parse(readFileSync(join(dir, 'profiles/ref.json'), 'utf8')) as {
      source: { files: { path: string; sha256: string }[] };
    };
    expect(written.source.files).toEqual([expect.objectContaining({ path: 'ref.csv', sha256: sha('ref.csv') })]);
    const ref = r.subjects.find((s) => s.kind === 'dataset/reference')!;
    expect(ref).toMatchObject({ path: 'profiles/ref.json', sha256: sha('profiles/ref.json') });
    expect(r.checks.find((c) => c.id === 'drift')!.verdict).toBe('pass');
  });

  it('a default-branch profile is bound by its digest; a subject too when a workspace file holds those bytes', async () => {
    const content = readFileSync(join(dir, 'profiles/ref.json'));
    const gate = {
      ...dataGate,
      run: (ctx: GateContext<DataGateOptions>) =>
        dataGate.run({
          ...ctx,
          services: { baseline: async () => ({ content, source: 'artifact x of run #1 on main (abc1234)' }) },
        }),
    };
    const section = { dataset: 'data/plain.csv', 'reference-profile': 'default-branch', checks: ONLY('drift') };
    const asArtifact = await runGate(gate, {
      config: config({ ...section, 'baseline-name': 'nowhere.json' }),
      cwd: dir,
      logger: silentLogger,
    });
    const digest = createHash('sha256').update(content).digest('hex');
    expect(asArtifact.checks.find((c) => c.id === 'drift')!.details?.reference).toMatchObject({ sha256: digest });
    expect(asArtifact.subjects.map((s) => s.kind)).toEqual(['dataset/csv']);
    const asFile = await runGate(gate, {
      config: config({ ...section, 'baseline-name': 'profiles/ref.json' }),
      cwd: dir,
      logger: silentLogger,
    });
    expect(asFile.subjects.find((s) => s.kind === 'dataset/reference')).toMatchObject({
      path: 'profiles/ref.json',
      sha256: digest,
    });
  });

  it('each shard of a Parquet file split by row groups reports the digest of the whole file', async () => {
    const parts = [];
    for (let index = 1; index <= 3; index++)
      parts.push(await run({ dataset: 'data/table.parquet', checks: SCHEMA }, { index, count: 3 }));
    for (const p of parts) {
      const s = p.subjects.find((x) => x.path === 'data/table.parquet');
      if (!s) continue;
      expect(s.sha256).toBe(sha('data/table.parquet'));
      expect(s.details?.rowGroups).toBeDefined();
    }
    expect(
      parts
        .flatMap((p) => p.subjects.map((s) => s.details?.rowGroups as number[]))
        .flat()
        .sort(),
    ).toEqual([0, 1, 2, 3]);
  });

  it('a file replaced by one of the same size after the gate ran is attested with the digest the gate read', async () => {
    writeFileSync(join(dir, 'swap.csv'), 'a,b\n1,2\n3,4\n');
    const r = await run({ dataset: 'swap.csv', checks: SCHEMA });
    const before = sha('swap.csv');
    writeFileSync(join(dir, 'swap.csv'), 'a,b\n9,9\n9,9\n');
    const [subject] = await collectSubjects([r], dir);
    expect(subject).toEqual({ name: 'swap.csv', digest: { sha256: before } });
    expect(sha('swap.csv')).not.toBe(before);
  });

  it('a file read twice with different bytes is an error, not two digests', () => {
    const a = { path: 'd.csv', kind: 'dataset/csv', sha256: 'a'.repeat(64) };
    // One entry per role: the dataset file that is also the reference is listed as both (same digest).
    expect(combineSubjects([[a, a], [{ ...a, kind: 'dataset/reference' }]]).map((s) => s.kind)).toEqual([
      'dataset/csv',
      'dataset/reference',
    ]);
    expect(() => combineSubjects([[a], [{ ...a, kind: 'dataset/reference', sha256: 'b'.repeat(64) }]])).toThrow(
      /d\.csv was read twice .* different bytes: sha256 a{64} then b{64}/,
    );
  });
});

describe('HashingFileBuffer: the digest of a file read in any order of ranges', () => {
  const path = join(dir, 'data/table.parquet');
  const whole = sha('data/table.parquet');

  it('a whole Parquet read through it hashes the file', async () => {
    const fh = await open(path, 'r');
    try {
      const file = new HashingFileBuffer(fh, (await fh.stat()).size);
      const metadata = await parquetMetadataAsync(file, { initialFetchSize: 64 });
      await parquetRead({ file, metadata, rowStart: 100, rowEnd: 200, onComplete: () => {} });
      expect(await file.finish()).toBe(whole);
    } finally {
      await fh.close();
    }
  });

  it('out-of-order, overlapping, repeated and concurrent ranges give the same digest', async () => {
    const big = Buffer.alloc(3 << 20);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
    writeFileSync(join(dir, 'big.bin'), big);
    const want = createHash('sha256').update(big).digest('hex');
    const fh = await open(join(dir, 'big.bin'), 'r');
    try {
      const n = big.length;
      const plans: [number, number][][] = [
        [
          [n - 100, n],
          [0, 10],
          [5, 2000],
          [2000, n - 100],
        ],
        [
          [n - 100, n],
          [1 << 20, 2 << 20],
          [100, 200],
          [100, 200],
        ],
        [[0, n]],
        [[n - 1, n]],
      ];
      for (const [i, plan] of [...plans, ...plans].entries()) {
        // The second time round, out-of-order ranges past 1 KiB make it read the gap before them at once.
        const file = new HashingFileBuffer(fh, n, i < plans.length ? undefined : 1024);
        const got = await Promise.all(plan.map(([a, b]) => file.slice(a, b)));
        got.forEach((g, i) => expect(Buffer.from(g).equals(big.subarray(plan[i]![0], plan[i]![1]))).toBe(true));
        expect(await file.finish()).toBe(want);
      }
    } finally {
      await fh.close();
    }
  });
});
