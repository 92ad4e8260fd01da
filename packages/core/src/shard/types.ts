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
  /**
   * sha256 of the sorted full work list (keys and sizes) the shard was cut from; shards of one plan agree.
   * {@link UNSHARDED_PLAN} when the gate does not shard its work (shard 1 runs it whole, the others skip it);
   * {@link NO_PLAN} when the gate could not run.
   */
  plan: string;
  /** How many work items (files, row-group ranges...) this shard covered. */
  items: number;
  /**
   * Set by the engine on partial results, never by a gate: what policy judged each check from besides its
   * findings (the gate's own outcome and summary, the `fail-on` in force), so `ml-gates merge` re-judges the
   * concatenated findings exactly as one whole run would, without the config file.
   */
  checks?: Record<string, ShardCheckPolicy>;
}

/** What a partial result keeps of one check's raw output and policy (see {@link ShardInfo.checks}). */
export interface ShardCheckPolicy {
  /** The gate's `CheckOutput.outcome`, when it set one. */
  outcome?: 'pass' | 'warn' | 'fail' | 'error' | 'not-run';
  /** The gate's own summary, when it gave one. */
  summary?: string;
  /** The `fail-on` the check was judged with. */
  failOn: 'critical' | 'high' | 'medium' | 'low' | 'info';
}

/** `ShardInfo.plan` of a gate that does not shard its work: shard 1 runs it whole, the others report it skipped. */
export const UNSHARDED_PLAN = 'unsharded';
/** `ShardInfo.plan` of a shard whose gate could not run (it never got to list its work). */
export const NO_PLAN = 'none';

/** A unit of work a gate can give to one shard: a file, a Parquet row-group range... */
export interface WorkItem {
  /** Stable key, unique in the list (a relative path, `path#rowgroups=0-3`). */
  key: string;
  /** Cost estimate, in bytes. */
  bytes: number;
}
