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

const sha256Of = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');

/**
 * sha256 (hex) of the config-file settings a gate runs with: the config's top-level settings that every gate
 * reads (`version`, `defaults`, `include`, `exclude`) and the gate's own section, as validated (schema defaults
 * filled in), or the defaults when there is no file. Comments and key order in the file do not change it; any
 * setting of the gate does. Scoped to the gate because a host validates only the sections of the gates it
 * knows (a single-gate action fills in no defaults for another gate's section): the same file gives the same
 * digest for a gate in every host. Sections of other gates, `policy` and `report` do not change a gate's
 * result and are left out. `ml-gates merge`, `policy` and `attest` compare it with the config they are given.
 *
 * @example
 *   configDigest(loaded.config, 'model-scan'); // '3f1c…' (64 hex digits)
 */
export function configDigest(config: unknown, gate: string): string {
  const c = (config ?? {}) as { version?: unknown; defaults?: unknown; include?: unknown; exclude?: unknown };
  const gates = ((config as { gates?: Record<string, unknown> } | undefined)?.gates ?? {}) as Record<string, unknown>;
  return sha256Of({
    version: c.version ?? 1,
    defaults: c.defaults ?? {},
    include: c.include ?? [],
    exclude: c.exclude ?? [],
    gate,
    section: gates[gate] ?? null,
  });
}

/**
 * sha256 (hex) of the settings given besides the config file: command-line flags or action inputs (options,
 * check settings, `fail-on`) and a walk scope given as inputs. Empty settings digest alike whatever their
 * shape (`{}`, `{ options: {} }`). Gates that run in separate jobs may have different inputs; `ml-gates merge`
 * refuses shards of one gate whose inputs differ.
 *
 * @example
 *   inputsDigest({}) === inputsDigest({ options: {} }); // true
 */
export function inputsDigest(overrides: unknown = {}): string {
  // Through JSON first, so an option set to `undefined` is no setting at all.
  const o = JSON.parse(canonicalJson(overrides ?? {})) as Record<string, unknown>;
  const kept = Object.fromEntries(
    Object.entries(o).filter(
      ([, v]) => !(v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0),
    ),
  );
  return sha256Of(kept);
}
