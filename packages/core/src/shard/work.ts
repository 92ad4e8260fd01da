import { UserError } from '../errors.js';
import type { WalkEntry } from '../io/files.js';
import { partitionByBytes, planDigest } from './partition.js';
import type { WorkItem } from './types.js';

/** A file as a unit of work: its report path is the key, its size the cost. */
export interface FileWorkItem extends WorkItem {
  /** The walk entry it came from. */
  file: WalkEntry;
}

/**
 * The work items of a list of files (from `collectFiles`): key = relative path, bytes = size. The one way
 * `ml-gates plan` and the gates that shard by file (model-scan) cut the same list.
 */
export function fileWorkItems(files: readonly WalkEntry[]): FileWorkItem[] {
  return files.map((file) => ({ key: file.relPath, bytes: file.size, file }));
}

/** What `ml-gates plan` prints: the matrix, and what each shard gets. */
export interface ShardPlan {
  count: number;
  /** `planDigest` of the whole list: every shard's report carries it. */
  plan: string;
  totalBytes: number;
  shards: { shard: string; items: number; bytes: number; keys: string[] }[];
}

/**
 * How many shards to use: `shards` when given, else enough that each holds about `maxShardBytes` (the
 * largest item alone may be bigger: an item is never split), at least one.
 */
export function shardCount(items: readonly WorkItem[], opts: { shards?: number; maxShardBytes?: number }): number {
  if (opts.shards !== undefined) {
    if (!Number.isInteger(opts.shards) || opts.shards < 1 || opts.shards > 10_000) {
      throw new UserError('usage', `--shards ${opts.shards}: give a whole number of shards from 1 to 10000.`);
    }
    return opts.shards;
  }
  const max = opts.maxShardBytes;
  if (max === undefined || !(max > 0)) {
    throw new UserError('usage', 'Say how to split: --shards N, or --max-shard-bytes SIZE (e.g. 2GiB).');
  }
  const total = items.reduce((s, i) => s + Math.max(0, i.bytes), 0);
  return Math.max(1, Math.min(10_000, items.length, Math.ceil(total / max)));
}

/** Splits the items into `count` shards with `partitionByBytes` and describes each. */
export function planShards(items: readonly WorkItem[], count: number): ShardPlan {
  const parts = partitionByBytes(items, count);
  const sum = (list: readonly WorkItem[]): number => list.reduce((s, i) => s + Math.max(0, i.bytes), 0);
  return {
    count,
    plan: planDigest(items),
    totalBytes: sum(items),
    shards: parts.map((part, i) => ({
      shard: `${i + 1}/${count}`,
      items: part.length,
      bytes: sum(part),
      keys: part.map((p) => p.key),
    })),
  };
}

/** `{"shard":["1/4","2/4",...]}`: the value for `strategy.matrix` (`fromJSON(needs.plan.outputs.matrix)`). */
export function matrixJson(count: number): string {
  return JSON.stringify({ shard: Array.from({ length: count }, (_, i) => `${i + 1}/${count}`) });
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** `512MiB`, `2GB`, `1.5 GiB`, `1000000`: a size in bytes. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?\s*$/i.exec(text);
  const factor = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || factor === undefined || !(Number(m[1]) > 0)) {
    throw new UserError('usage', `"${text}" is not a size; write e.g. 512MiB, 2GiB or 5GB (bytes when no unit).`);
  }
  return Math.round(Number(m[1]) * factor);
}
