import { createHash } from 'node:crypto';
import type { ShardSpec, WorkItem } from './types.js';

/**
 * Splits work items into `count` shards balanced by bytes, deterministically: largest first, each to the
 * shard with the fewest bytes so far (ties: the lower shard). An item is never split, so a file larger than a
 * shard's share stays whole in one shard. The result does not depend on the input order.
 *
 * @returns for each shard (index 0 = shard 1), its items in key order.
 */
export function partitionByBytes<T extends WorkItem>(items: readonly T[], count: number): T[][] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`shard count must be a positive integer, got ${count}`);
  const sorted = [...items].sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shards: T[][] = Array.from({ length: count }, () => []);
  const load = new Array<number>(count).fill(0);
  for (const item of sorted) {
    let best = 0;
    for (let s = 1; s < count; s++) if (load[s]! < load[best]!) best = s;
    shards[best]!.push(item);
    load[best]! += Math.max(0, item.bytes);
  }
  for (const shard of shards) shard.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return shards;
}

/** The items of one shard (`spec.index` is 1-based). */
export function selectShard<T extends WorkItem>(items: readonly T[], spec: ShardSpec): T[] {
  if (!Number.isInteger(spec.index) || spec.index < 1 || spec.index > spec.count) {
    throw new RangeError(`shard ${spec.index}/${spec.count} is out of range`);
  }
  return partitionByBytes(items, spec.count)[spec.index - 1]!;
}

/** sha256 of the full work list, independent of order: shards cut from the same list carry the same value. */
export function planDigest(items: readonly WorkItem[]): string {
  const lines = items.map((i) => `${i.key}\t${i.bytes}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
