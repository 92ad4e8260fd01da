import { describe, expect, it } from '@jest/globals';
import {
  fileWorkItems,
  matrixJson,
  parseShardSpec,
  parseSize,
  partitionByBytes,
  planDigest,
  planShards,
  Rng,
  selectShard,
  shardCount,
  type WorkItem,
} from '@ml-gates/core';

/** A pseudo-random list of items with mixed sizes (a few large ones, many small). */
function items(n: number, seed: number): WorkItem[] {
  const rng = new Rng(seed);
  const rnd = (): number => rng.next();
  return Array.from({ length: n }, (_, i) => {
    const r = rnd();
    const bytes = r < 0.1 ? Math.floor(rnd() * 5e9) : r < 0.5 ? Math.floor(rnd() * 5e7) : Math.floor(rnd() * 5e4);
    return { key: `m/${String(i).padStart(4, '0')}-${Math.floor(rnd() * 1e6)}.bin`, bytes };
  });
}

function shuffle<T>(list: readonly T[], seed: number): T[] {
  const rng = new Rng(seed);
  const rnd = (): number => rng.next();
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const bytesOf = (list: readonly WorkItem[]): number => list.reduce((s, i) => s + i.bytes, 0);

describe('partitionByBytes', () => {
  const cases = [1, 2, 3, 7, 16].flatMap((count) => [0, 1, 5, 64, 500].map((n) => [count, n] as const));

  it.each(cases)('%i shard(s) of %i items: every item exactly once, deterministic, order-independent', (count, n) => {
    const list = items(n, n * 31 + count);
    const parts = partitionByBytes(list, count);
    expect(parts).toHaveLength(count);
    const keys = parts.flat().map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(list.map((i) => i.key).sort());
    expect(partitionByBytes(list, count)).toEqual(parts);
    expect(partitionByBytes(shuffle(list, 7), count)).toEqual(parts);
    expect(partitionByBytes([...list].reverse(), count)).toEqual(parts);
  });

  it.each(cases)('%i shard(s) of %i items: balanced within the largest item', (count, n) => {
    const list = items(n, n * 17 + count);
    const loads = partitionByBytes(list, count).map(bytesOf);
    const largest = Math.max(0, ...list.map((i) => i.bytes));
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(largest);
  });

  it('keeps a file larger than a shard whole, alone in its shard', () => {
    const list = [{ key: 'huge', bytes: 100 }, ...Array.from({ length: 10 }, (_, i) => ({ key: `s${i}`, bytes: 5 }))];
    const parts = partitionByBytes(list, 2);
    expect(parts.find((p) => p.some((i) => i.key === 'huge'))).toEqual([{ key: 'huge', bytes: 100 }]);
  });

  it('selectShard picks the i-th part and planDigest ignores the order', () => {
    const list = items(40, 3);
    const parts = partitionByBytes(list, 3);
    for (let i = 1; i <= 3; i++) expect(selectShard(list, { index: i, count: 3 })).toEqual(parts[i - 1]);
    expect(planDigest(shuffle(list, 9))).toBe(planDigest(list));
    expect(planDigest(list.slice(1))).not.toBe(planDigest(list));
    expect(() => selectShard(list, { index: 4, count: 3 })).toThrow(RangeError);
  });
});

describe('shard specs, sizes and plans', () => {
  it('parses i/N and refuses out-of-range or malformed values with the fix', () => {
    expect(parseShardSpec('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(() => parseShardSpec('3/2')).toThrow(/shard 3 does not exist in 2 shard\(s\).*e\.g\. --shard 2\/4/);
    expect(() => parseShardSpec('0/4')).toThrow(/shard 0 does not exist/);
    expect(() => parseShardSpec('a/b')).toThrow(/not of the form i\/N/);
    expect(() => parseShardSpec('1/0')).toThrow(/at least 1/);
    expect(() => parseShardSpec('2')).toThrow(/not of the form/);
  });

  it('parses sizes', () => {
    expect(parseSize('2GiB')).toBe(2 * 2 ** 30);
    expect(parseSize('1.5 MB')).toBe(1_500_000);
    expect(parseSize('4096')).toBe(4096);
    expect(() => parseSize('lots')).toThrow(/not a size/);
    expect(() => parseSize('0')).toThrow(/not a size/);
  });

  it('chooses the shard count from --shards or --max-shard-bytes', () => {
    const list = [
      { key: 'a', bytes: 600 },
      { key: 'b', bytes: 300 },
      { key: 'c', bytes: 100 },
    ];
    expect(shardCount(list, { shards: 4 })).toBe(4);
    expect(shardCount(list, { maxShardBytes: 400 })).toBe(3);
    expect(shardCount(list, { maxShardBytes: 10_000 })).toBe(1);
    expect(shardCount([], { maxShardBytes: 1 })).toBe(1);
    expect(() => shardCount(list, {})).toThrow(/--shards N, or --max-shard-bytes/);
    expect(() => shardCount(list, { shards: 0 })).toThrow(/whole number/);
    expect(() => shardCount(list, { shards: 1.5 })).toThrow(/whole number/);
  });

  it('plans files and prints the matrix', () => {
    const files = [
      { path: '/w/a', relPath: 'a', size: 10 },
      { path: '/w/b', relPath: 'b', size: 7 },
      { path: '/w/c', relPath: 'c', size: 4 },
    ];
    const work = fileWorkItems(files);
    expect(work.map((w) => [w.key, w.bytes])).toEqual([
      ['a', 10],
      ['b', 7],
      ['c', 4],
    ]);
    const plan = planShards(work, 2);
    expect(plan.shards).toEqual([
      { shard: '1/2', items: 1, bytes: 10, keys: ['a'] },
      { shard: '2/2', items: 2, bytes: 11, keys: ['b', 'c'] },
    ]);
    expect(plan.plan).toBe(planDigest(work));
    expect(JSON.parse(matrixJson(3))).toEqual({ shard: ['1/3', '2/3', '3/3'] });
  });
});
