/**
 * Sharding contract: a gate run can be one part of a job matrix (`--shard i/N`, action input `shard`).
 * Each gate picks its own part of the work deterministically from the full input list, so every shard of the
 * matrix agrees on who does what without talking to the others; `ml-gates merge` joins the partial reports.
 */

/** One part of N: `index` is 1-based (`2/4` is the second of four). */
export interface ShardSpec {
  index: number;
  count: number;
}

/** What a partial report says about the part it covers (`GateResult.shard`). */
export interface ShardInfo extends ShardSpec {
  /** sha256 of the sorted full work list (keys and sizes) the shard was cut from; shards of one plan agree. */
  plan: string;
  /** How many work items (files, row-group ranges...) this shard covered. */
  items: number;
}

/** A unit of work a gate can give to one shard: a file, a Parquet row-group range... */
export interface WorkItem {
  /** Stable key, unique in the list (a relative path, `path#rowgroups=0-3`). */
  key: string;
  /** Cost estimate, in bytes. */
  bytes: number;
}
