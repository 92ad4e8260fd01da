import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { ShardSpec } from './types.js';

/**
 * Parses `--shard i/N` (action input `shard`): `2/4` is the second of four. Throws a usage `UserError` that
 * says what is wrong and what a valid value looks like.
 *
 * @example
 *   parseShardSpec('2/4'); // { index: 2, count: 4 }
 */
export function parseShardSpec(text: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const usage = 'write it as i/N with 1 <= i <= N, e.g. --shard 2/4 (the matrix from "ml-gates plan" lists them)';
  if (!m) throw new UserError('usage', `--shard "${text}" is not of the form i/N; ${usage}.`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new UserError('usage', `--shard ${text}: the shard count must be at least 1; ${usage}.`);
  if (index < 1 || index > count) {
    throw new UserError('usage', `--shard ${text}: shard ${index} does not exist in ${count} shard(s); ${usage}.`);
  }
  if (count > 10_000) throw new UserError('usage', `--shard ${text}: at most 10000 shards; ${usage}.`);
  return { index, count };
}

/** `2/4`, as written on the command line and in the matrix. */
export function formatShardSpec(spec: ShardSpec): string {
  return `${spec.index}/${spec.count}`;
}

/** JSON with object keys sorted at every level, so equal values always serialise to equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * sha256 (hex) of the configuration a gate runs with: the validated config (the file, or the defaults when
 * there is none) and the settings given on the command line or as action inputs. Comments and key order in
 * the file do not change it; any setting does. `ml-gates merge` refuses shards whose digests differ.
 */
export function configDigest(config: unknown, overrides: unknown = {}): string {
  return createHash('sha256').update(canonicalJson({ config, overrides })).digest('hex');
}
