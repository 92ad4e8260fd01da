import type { MlGatesConfig } from '../config/types.js';
import { judgeOutput, prepareGate } from '../engine.js';
import { UserError } from '../errors.js';
import type { AnyGate, GateContext, ResolvedCheckConfig } from '../gate.js';
import { silentLogger, type Logger } from '../log.js';
import { worstVerdict } from '../policy/severity.js';
import {
  SEVERITIES,
  type Check,
  type CheckOutput,
  type GateOutput,
  type GateResult,
  type Metric,
  type Subject,
  type Waiver,
} from '../result/types.js';
import { planDigest } from './partition.js';
import { canonicalJson, configDigest, formatShardSpec, inputsDigest } from './spec.js';
import { NO_PLAN, UNSHARDED_PLAN, type ShardCheckPolicy, type ShardInfo } from './types.js';

/** One partial result and where it was read from (named in every refusal). */
export interface PartialReport {
  /** File the result came from, e.g. `shard-2/model-scan.json` or `shard-2/ml-gates.json#results[1]`. */
  source: string;
  result: GateResult;
}

export interface MergeOptions {
  /** The gates there are: a result's gate must be one of them. */
  gates: readonly AnyGate[];
  /** The config the shards ran with (for a gate's `mergeShards` options); the defaults when there is no file. */
  config: MlGatesConfig;
  cwd: string;
  logger?: Logger;
  signal?: AbortSignal;
}

type Sharded = PartialReport & { shard: ShardInfo };

const describeValue = (v: string | undefined): string => (v === undefined ? '(none)' : v);

/** Refuses (UserError) when the partials disagree on a value; names each value with the files that carry it. */
function requireSame<P extends PartialReport>(
  parts: readonly P[],
  what: string,
  value: (p: P) => string | undefined,
): void {
  const groups = new Map<string | undefined, string[]>();
  for (const p of parts) groups.set(value(p), [...(groups.get(value(p)) ?? []), p.source]);
  if (groups.size <= 1) return;
  throw new UserError('input-invalid', `Cannot merge: the reports are from different ${what}.`, {
    details: [...groups].map(([v, sources]) => `${describeValue(v)}: ${sources.join(', ')}`),
  });
}

/** Every partial has a `shard` field; else the report is a whole (or already merged) one. */
function requireSharded(parts: readonly PartialReport[]): Sharded[] {
  const whole = parts.filter((p) => p.result.shard === undefined);
  if (whole.length > 0) {
    throw new UserError('input-invalid', 'Cannot merge: some reports are not the partial report of a shard.', {
      details: [
        ...whole.map((p) => `${p.source}: ${p.result.gate} has no "shard" field (a whole or merged report)`),
        'Merge the reports written by "--shard i/N" runs of one matrix.',
      ],
    });
  }
  return parts.map((p) => ({ ...p, shard: p.result.shard! }));
}

/** What is wrong with one gate's shards: each of 1..N must be there exactly once. */
function completenessProblems(gate: string, parts: readonly Sharded[], count: number): string[] {
  const problems: string[] = [];
  for (const p of parts) {
    if (!Number.isInteger(p.shard.index) || p.shard.index < 1 || p.shard.index > count)
      problems.push(`${gate}: ${p.source} says shard ${p.shard.index}/${count}, which is not one of 1..${count}`);
  }
  for (let i = 1; i <= count; i++) {
    const at = parts.filter((p) => p.shard.index === i);
    if (at.length === 0) problems.push(`${gate}: shard ${i}/${count} is missing`);
    if (at.length > 1)
      problems.push(`${gate}: shard ${i}/${count} is given twice (${at.map((p) => p.source).join(', ')})`);
  }
  return problems;
}

/**
 * Checks that the partials can be merged: the same commit, ml-gates version, report schema version and shard
 * count; per gate, the same configuration digest and plan, and each shard exactly once. Returns them by gate.
 */
export function checkMergeable(partials: readonly PartialReport[], gates: readonly AnyGate[]): Map<string, Sharded[]> {
  if (partials.length === 0) throw new UserError('usage', 'Nothing to merge: no report was given.');
  const parts = requireSharded(partials);
  const unknown = parts.filter((p) => !gates.some((g) => g.name === p.result.gate));
  if (unknown.length > 0) {
    throw new UserError('input-invalid', 'Cannot merge: a report is about no gate this ml-gates knows.', {
      details: unknown.map((p) => `${p.source}: gate "${p.result.gate}"`),
    });
  }
  requireSame(parts, 'report schema versions', (p) => p.result.schemaVersion);
  requireSame(parts, 'ml-gates versions', (p) => p.result.version);
  requireSame(parts, 'commits', (p) => p.result.commit);
  requireSame(parts, 'shard counts (matrices)', (p) => String(p.shard.count));
  const byGate = new Map<string, Sharded[]>();
  for (const p of parts) byGate.set(p.result.gate, [...(byGate.get(p.result.gate) ?? []), p]);
  const incomplete: string[] = [];
  for (const [gate, list] of byGate) {
    requireSame(list, `configurations (${gate}: the config files' settings differ)`, (p) => p.result.configDigest);
    requireSame(
      list,
      `configurations (${gate}: the command-line flags or action inputs differ)`,
      (p) => p.result.inputsDigest,
    );
    const planned = list.filter((p) => p.shard.plan !== NO_PLAN);
    requireSame(planned, `plans (${gate}: the shards were cut from different lists of work)`, (p) => p.shard.plan);
    incomplete.push(...completenessProblems(gate, list, list[0]!.shard.count));
    list.sort((a, b) => a.shard.index - b.shard.index);
  }
  // Every gate's gaps at once: shards of one gate mixed with shards of another show as both incomplete.
  if (incomplete.length > 0) {
    const names = [...byGate.keys()];
    throw new UserError(
      'input-invalid',
      `Cannot merge: the shards of ${names.join(', ')} are not 1..${parts[0]!.shard.count} exactly once for each gate.`,
      {
        details: [
          ...incomplete,
          ...(names.length > 1
            ? [
                `The reports are of ${names.length} gates (${names.join(', ')}): every gate needs all of its own shards.`,
              ]
            : []),
        ],
      },
    );
  }
  return byGate;
}

/** One check's outcome over all shards: any fail fails; an error or not-run anywhere is an error (fail closed). */
function mergeOutcome(policies: readonly (ShardCheckPolicy | undefined)[]): CheckOutput['outcome'] {
  const outcomes = policies.map((p) => p?.outcome);
  if (outcomes.includes('fail')) return 'fail';
  if (outcomes.length > 0 && outcomes.every((o) => o === 'not-run')) return 'not-run';
  if (outcomes.includes('error') || outcomes.includes('not-run')) return 'error';
  if (outcomes.includes('warn')) return 'warn';
  return outcomes.includes('pass') ? 'pass' : undefined;
}

/** `value` when every entry is equal to it (canonically), else `undefined`. */
function common<T>(values: readonly T[]): T | undefined {
  if (values.length === 0) return undefined;
  const first = canonicalJson(values[0]);
  return values.every((v) => canonicalJson(v) === first) ? values[0] : undefined;
}

/** A metric's identity across shards: everything but its value. */
const metricShape = ({ value: _v, ...rest }: Metric): string => canonicalJson(rest);

/** A metric nothing judged: no threshold, baseline, interval or verdict; a count of the shard's own work. */
const isCount = (m: Metric): boolean =>
  m.threshold === undefined &&
  m.baseline === undefined &&
  m.ci === undefined &&
  m.verdict === undefined &&
  m.details === undefined &&
  (m.value === null || Number.isInteger(m.value));

/**
 * The metrics of one check over its shards. When every shard reports the same unjudged integer metrics (same
 * names, subjects and units, in the same order: counts such as model-scan's files, bytes and out-of-scope
 * folders), each is the sum over the shards, as the unsharded run counts it. Anything else is listed per
 * shard, as the shards reported it.
 */
function mergeMetrics(perShard: readonly (readonly Metric[])[]): Metric[] {
  const first = perShard[0] ?? [];
  const counts =
    perShard.length > 1 &&
    first.length > 0 &&
    perShard.every(
      (list) =>
        list.length === first.length && list.every((m, i) => isCount(m) && metricShape(m) === metricShape(first[i]!)),
    );
  if (!counts) return perShard.flat();
  return first.map((m, i) => {
    const values = perShard.map((list) => list[i]!.value);
    return { ...m, value: values.includes(null) ? null : values.reduce((a, b) => a! + b!, 0) };
  });
}

/**
 * The merged findings of one check in the unsharded run's order: a whole run lists them file by file in the
 * order of its subjects, so they are (stably) ordered by their file's place among the merged subjects; findings
 * about no subject (walk problems, reported by shard 1 before any file) stay first, as in a whole run.
 */
function inSubjectOrder(check: CheckOutput, order: ReadonlyMap<string, number>): CheckOutput {
  const place = (path: string | undefined): number => (path === undefined ? -1 : (order.get(path) ?? -1));
  const findings = (check.findings ?? [])
    .map((f, i) => ({ f, i, at: place(f.location?.path) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.f);
  return { ...check, findings };
}

/**
 * Check ids in the order the shards list them (a whole run's order: the engine lists a gate's checks as it
 * ran them); a check only some shards ran goes right after the check it follows in the first shard that has it.
 */
function checkOrder(lists: readonly (readonly string[])[]): string[] {
  const order: string[] = [];
  for (const list of lists) {
    let after = -1;
    for (const id of list) {
      const at = order.indexOf(id);
      if (at >= 0) after = at;
      else order.splice(++after, 0, id);
    }
  }
  return order;
}

/** The same check of every shard, concatenated into one check output (findings unwaived: policy re-applies). */
function concatCheck(id: string, parts: readonly Sharded[]): CheckOutput {
  // A check a shard left to another shard (no policy recorded for it there) is not part of that shard's work.
  const copies = parts.flatMap((p) => {
    const c = p.result.checks.find((x) => x.id === id);
    const policy = p.shard.checks?.[id];
    return c && (policy || !p.shard.checks) ? [{ part: p, check: c, policy }] : [];
  });
  const first = copies[0]!.check;
  const outcome = mergeOutcome(copies.map((c) => c.policy));
  const summary = common(copies.map((c) => c.policy?.summary));
  const notRunWhere = copies.filter((c) => c.check.notRun !== undefined);
  const details = common(copies.map((c) => c.check.details));
  const durations = copies.map((c) => c.check.durationMs).filter((d): d is number => d !== undefined);
  return {
    id,
    title: first.title,
    findings: copies.flatMap((c) => c.check.findings.map(({ waived: _w, ...f }) => f)),
    metrics: mergeMetrics(copies.map((c) => c.check.metrics)),
    ...(outcome === undefined ? {} : { outcome }),
    ...(outcome === 'not-run'
      ? { notRun: common(notRunWhere.map((c) => c.check.notRun)) ?? notRunWhere[0]!.check.notRun }
      : {}),
    ...(summary !== undefined
      ? { summary }
      : notRunWhere.length > 0 && outcome !== 'not-run'
        ? {
            summary: `not run in shard ${notRunWhere.map((c) => formatShardSpec(c.part.shard)).join(', ')}: ${notRunWhere[0]!.check.notRun}`,
          }
        : {}),
    ...(durations.length > 0 ? { durationMs: durations.reduce((a, b) => a + b, 0) } : {}),
    ...(details !== undefined ? { details } : {}),
  };
}

/** The generic merge: checks by id (in the gate's declared order), findings, metrics and subjects in shard order. */
function concatOutputs(gate: AnyGate, parts: readonly Sharded[]): GateOutput {
  const ids = checkOrder(
    parts.map((p) => p.result.checks.filter((c) => !p.shard.checks || p.shard.checks[c.id]).map((c) => c.id)),
  );
  const details = common(parts.map((p) => p.result.details));
  const subjects = concatSubjects(gate, parts);
  const order = new Map(subjects.map((s, i) => [s.path, i] as const));
  return {
    checks: ids.map((id) => {
      const check = concatCheck(id, parts);
      // Findings of one shard (shard 1's whole-tree checks) are already in the unsharded order, whatever it is.
      const from = parts.filter((p) => (p.result.checks.find((c) => c.id === id)?.findings.length ?? 0) > 0);
      return from.length > 1 ? inSubjectOrder(check, order) : check;
    }),
    subjects,
    rulesets: Object.assign({}, ...parts.map((p) => p.result.tool.rulesets)) as Record<string, string>,
    ...(details !== undefined
      ? { details }
      : parts.some((p) => p.result.details)
        ? { details: { byShard: parts.map((p) => p.result.details ?? {}) } }
        : {}),
  };
}

/**
 * Whether a subject is one every shard reads whole (`Gate.sharedSubjectKinds`): the same file with the same
 * bytes in every shard, listed once in the merge. Any other subject is a work item of one shard.
 */
const sharedIn =
  (gate: AnyGate) =>
  (s: Subject): boolean =>
    s.kind !== undefined && (gate.sharedSubjectKinds ?? []).includes(s.kind);

/**
 * The order of a whole run's files: the walk lists them by `localeCompare` of their report paths
 * (`collectFiles`), and each shard's are a part of that list in the same order.
 */
const walkOrder = (a: Subject, b: Subject): number => a.path.localeCompare(b.path);

/**
 * The shards' subjects in the unsharded run's order (a shard's own subjects, its work items, are sorted back
 * into the walk's order; shared ones keep their place), a shared one once (its worst verdict: an error in any
 * shard stays).
 */
function concatSubjects(gate: AnyGate, parts: readonly Sharded[]): Subject[] {
  const out = concatInShardOrder(gate, parts);
  const isShared = sharedIn(gate);
  const slots = out.flatMap((s, i) => (isShared(s) ? [] : [i]));
  const own = slots.map((i) => out[i]!).sort(walkOrder);
  slots.forEach((slot, k) => (out[slot] = own[k]!));
  return out;
}

/** The shards' subjects in shard order, a shared one once. */
function concatInShardOrder(gate: AnyGate, parts: readonly Sharded[]): Subject[] {
  const isShared = sharedIn(gate);
  const out: Subject[] = [];
  const shared = new Map<string, Subject>();
  for (const s of parts.flatMap((p) => p.result.subjects)) {
    const key = `${s.kind}\0${s.path}`;
    const seen = isShared(s) ? shared.get(key) : undefined;
    if (seen) {
      seen.verdict = worstVerdict([seen.verdict, s.verdict]);
      continue;
    }
    const copy = { ...s };
    if (isShared(s)) shared.set(key, copy);
    out.push(copy);
  }
  return out;
}

/**
 * Every shard that did its part read the same shared files (same paths, same sha256): shards compared with
 * different references (another file, other bytes, or one with and one without) are not one run, and their
 * counts on the reference's bins cannot be added. Refused, naming each shard's files and digests.
 */
function requireSameShared(gate: AnyGate, ran: readonly Sharded[]): void {
  const key = (p: Sharded): string =>
    p.result.subjects
      .filter(sharedIn(gate))
      .map((s) => `${s.kind} ${s.path} sha256 ${s.sha256 ?? '(none)'}`)
      .sort()
      .join('; ') || '(none)';
  const groups = new Map<string, string[]>();
  for (const p of ran) groups.set(key(p), [...(groups.get(key(p)) ?? []), p.source]);
  if (groups.size <= 1) return;
  throw new UserError(
    'input-invalid',
    `Cannot merge: the shards of ${gate.name} read different reference files (every shard must read the same ones).`,
    {
      details: [
        ...[...groups].map(([files, sources]) => `${sources.join(', ')}: ${files}`),
        'Re-run the shards of one matrix from one commit, with the same reference and held-out files.',
      ],
    },
  );
}

/** A waiver as written, from a waiver report. */
const asWaiver = ({ check, rule, path, reason, owner, expires }: Waiver): Waiver => ({
  check,
  reason,
  owner,
  expires,
  ...(rule === undefined ? {} : { rule }),
  ...(path === undefined ? {} : { path }),
});

/**
 * What policy judges the merged output with: each check's mode and `fail-on` as the shards recorded them
 * (they ran with one configuration: the digests agree), else as the merge's config resolves them.
 */
function recordedPolicy(gate: AnyGate, parts: readonly Sharded[], config: MlGatesConfig) {
  const fallback = prepareGate(gate, config);
  const ran = parts.filter(didWork);
  const checkConfig = (id: string): ResolvedCheckConfig => {
    for (const p of ran) {
      const check: Check | undefined = p.result.checks.find((c) => c.id === id);
      const policy = p.shard.checks?.[id];
      // The check's own options are not recorded in a partial: the merge's config gives them (for a gate's
      // own merge, `requireMergeConfig` has checked it is the config the shards ran with).
      if (check && policy) {
        const { options, configured } = fallback.checkConfig(id);
        return { mode: check.mode, failOn: policy.failOn, options, configured };
      }
    }
    return fallback.checkConfig(id);
  };
  const waivers = (ran[0]?.result.waivers ?? []).map(asWaiver);
  return { checkConfig, waivers, options: fallback.options };
}

/**
 * A gate with its own merge judges at the merge (data-gate: drift, outliers) with the options of the merge's
 * config: the shards must have run with that config file and no option given as a flag or action input, or
 * the merged verdict would judge the shards' data by other settings (columns, thresholds, reference) than
 * they were profiled for. A `fail-on` flag or input is fine: the shards record the one they were judged with.
 */
function requireMergeConfig(gate: string, parts: readonly Sharded[], config: MlGatesConfig): void {
  const first = parts.find((p) => p.result.configDigest !== undefined)?.result;
  const merge = configDigest(config, gate);
  // The inputs a run without option flags or inputs passes: none, or only a `fail-on`.
  const plain = [{}, ...SEVERITIES.map((failOn) => ({ failOn }))].map((o) => inputsDigest(o));
  if (first?.configDigest === merge && first.inputsDigest !== undefined && plain.includes(first.inputsDigest)) return;
  const why =
    first?.configDigest !== undefined && first.inputsDigest === undefined
      ? 'the shards were written by an ml-gates that recorded the config and the inputs in one digest: run them again with this version'
      : first?.configDigest === merge
        ? 'the shards ran with options given as command-line flags or action inputs, which the merge does not know'
        : "the shards' config-file settings are not the merge's";
  throw new UserError(
    'input-invalid',
    `Cannot merge ${gate}: its shards ran with another configuration than the merge's, and ${gate} judges its merged profile with the merge's settings.`,
    {
      details: [
        `${why}.`,
        `shards: config digest ${first?.configDigest?.slice(0, 12) ?? '(none)'} (${parts.map((p) => p.source).join(', ')}); merge: ${merge.slice(0, 12)}.`,
        'Give "ml-gates merge --config" the config file the shards ran with; settings given to the shards as command-line flags or action inputs are not known to the merge: put them in the config file.',
      ],
    },
  );
}

/**
 * A shard that did its part: not one that could not run, nor a `skipped: not sharded` stand-in (when shard 1
 * of a gate that does not shard failed, the stand-ins of the other shards hold nothing to merge).
 */
const didWork = (p: Sharded): boolean => p.shard.plan !== NO_PLAN && p.shard.plan !== UNSHARDED_PLAN;

const earliest = (parts: readonly Sharded[]): Date =>
  new Date(Math.min(...parts.map((p) => Date.parse(p.result.timings.startedAt))));

/**
 * The shards of a gate merged by concatenation must have split its work: no subject (a file) reported by two
 * shards, and, when each shard's subjects are its work items (one per item, each with its size, as
 * model-scan's files are), together exactly the plan's list (`planDigest` of the subjects equals the plan).
 * Shards of one plan cut by one ml-gates always do; reports edited, or cut by other code, are refused.
 */
function requireDisjointCover(gate: AnyGate, ran: readonly Sharded[]): void {
  requireSameShared(gate, ran);
  const isShared = sharedIn(gate);
  const owner = new Map<string, string>();
  const overlaps: string[] = [];
  for (const p of ran) {
    for (const s of p.result.subjects.filter((x) => !isShared(x))) {
      const seen = owner.get(s.path);
      if (seen !== undefined && seen !== p.source) overlaps.push(`${s.path}: in ${seen} and ${p.source}`);
      owner.set(s.path, p.source);
    }
  }
  if (overlaps.length > 0) {
    throw new UserError('input-invalid', `Cannot merge: shards of ${gate.name} overlap (a file is in two shards).`, {
      details: [...overlaps.slice(0, 20), 'Each file belongs to one shard of a plan: re-run the shards of one matrix.'],
    });
  }
  const items = (p: Sharded): Subject[] => p.result.subjects.filter((x) => !isShared(x));
  const itemsAreSubjects = ran.every(
    (p) => items(p).length === p.shard.items && items(p).every((s) => typeof s.size === 'number'),
  );
  const plan = ran[0]?.shard.plan;
  if (!itemsAreSubjects || plan === undefined) return;
  const union = ran.flatMap((p) => items(p).map((s) => ({ key: s.path, bytes: s.size! })));
  if (planDigest(union) !== plan) {
    throw new UserError(
      'input-invalid',
      `Cannot merge: the files of the shards of ${gate.name} are not the files of their plan (some missing or changed).`,
      {
        details: [
          `${union.length} file(s) in ${ran.length} shard(s); plan ${plan.slice(0, 12)}.`,
          'Merge every shard of one matrix, unedited.',
        ],
      },
    );
  }
}

/** One gate's partials (shards 1..N, checked) into one whole result. */
async function mergeGate(gate: AnyGate, parts: Sharded[], opts: MergeOptions): Promise<GateResult> {
  const count = parts[0]!.shard.count;
  const first = parts[0]!;
  if (parts.every((p) => p.shard.plan === UNSHARDED_PLAN)) {
    // The gate does not shard: shard 1 ran it whole, the others skipped it.
    const { shard: _s, ...whole } = first.result;
    return { ...whole, details: { ...(whole.details ?? {}), merged: { shards: count, sharded: false } } };
  }
  const failed = parts.filter((p) => p.shard.plan === NO_PLAN);
  const policy = recordedPolicy(gate, parts, opts.config);
  const started = earliest(parts);
  const ran = parts.filter(didWork);
  let output: GateOutput;
  if (gate.mergeShards && failed.length === 0) {
    requireMergeConfig(gate.name, parts, opts.config);
    requireSameShared(gate, parts);
    const ctx: GateContext = {
      cwd: opts.cwd,
      options: policy.options,
      check: policy.checkConfig,
      logger: opts.logger ?? silentLogger,
      signal: opts.signal ?? new AbortController().signal,
      services: {},
    };
    const { shard: _s, ...own } = await gate.mergeShards(
      parts.map((p) => p.result),
      ctx,
    );
    output = own;
  } else {
    // With a shard that could not run, the others cannot cover the plan: the merge is an error anyway (but the
    // shards that ran must still have read one reference).
    if (failed.length === 0) requireDisjointCover(gate, ran);
    else requireSameShared(gate, ran);
    output = concatOutputs(gate, ran);
  }
  const judged = judgeOutput(gate, output, policy, {
    started,
    now: started,
    ...(first.result.commit ? { commit: first.result.commit } : {}),
    ...(first.result.configDigest ? { configDigest: first.result.configDigest } : {}),
    ...(first.result.inputsDigest ? { inputsDigest: first.result.inputsDigest } : {}),
  });
  return withMergeFacts(judged, parts, failed);
}

/** Timings over all shards, the merge's own facts in details, and the shards that could not run as errors. */
function withMergeFacts(result: GateResult, parts: readonly Sharded[], failed: readonly Sharded[]): GateResult {
  const finished = Math.max(...parts.map((p) => Date.parse(p.result.timings.finishedAt)));
  const started = earliest(parts).getTime();
  const errors = [
    ...result.errors,
    ...failed.flatMap((p) => p.result.errors.map((e) => `shard ${formatShardSpec(p.shard)}: ${e}`)),
  ];
  const verdict = failed.length > 0 ? worstVerdict([result.verdict, 'error']) : result.verdict;
  const couldNot = failed.map((p) => formatShardSpec(p.shard));
  return {
    ...result,
    verdict,
    headline:
      failed.length > 0 ? `could not run in shard ${couldNot.join(', ')} · ${result.headline}` : result.headline,
    errors,
    timings: {
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(finished).toISOString(),
      durationMs: finished - started,
    },
    details: {
      ...(result.details ?? {}),
      merged: {
        shards: parts.length,
        sharded: true,
        plan: parts.find((p) => p.shard.plan !== NO_PLAN)?.shard.plan ?? NO_PLAN,
        items: parts.reduce((s, p) => s + p.shard.items, 0),
        shardDurationMs: parts.reduce((s, p) => s + p.result.timings.durationMs, 0),
      },
    },
  };
}

/**
 * Joins the partial results of a sharded run into one result per gate, in the order of `opts.gates`.
 * Refuses (`UserError`, naming the files) reports that do not belong together. A gate with `mergeShards`
 * merges its own partials; any other gate's checks are concatenated and re-judged by the same policy as a
 * whole run (waivers re-applied over all findings), which equals the unsharded verdict for gates whose
 * checks judge each item on its own. A shard that could not run keeps the merged result in `error`.
 */
export async function mergeResults(partials: readonly PartialReport[], opts: MergeOptions): Promise<GateResult[]> {
  const byGate = checkMergeable(partials, opts.gates);
  const results: GateResult[] = [];
  for (const gate of opts.gates) {
    const parts = byGate.get(gate.name);
    if (parts) results.push(await mergeGate(gate, parts, opts));
  }
  return results;
}
