import { compileSchema } from './config/ajv.js';
import { withSchemaDefaults } from './config/defaults.js';
import { judgeSubjects } from './policy/subjects.js';
import { explainAjvErrors, formatKeyPath } from './config/errors.js';
import { gateSectionSchema } from './config/schema.js';
import type { GateSection, MlGatesConfig } from './config/types.js';
import { describeError, isUserError, UserError } from './errors.js';
import type { AnyGate, GateServices, ResolvedCheckConfig } from './gate.js';
import { canonicalJson, configDigest, inputsDigest } from './shard/spec.js';
import { NO_PLAN, UNSHARDED_PLAN, type ShardCheckPolicy, type ShardInfo, type ShardSpec } from './shard/types.js';
import type { Logger } from './log.js';
import { scopeFromConfig, type WalkScope } from './io/files.js';
import { DEFAULT_FAIL_ON, judgeCheck, resolveCheck } from './policy/apply.js';
import { atLeast, worstVerdict } from './policy/severity.js';
import { applyWaivers } from './policy/waivers.js';
import { formatLocation, formatNumber } from './report/format.js';
import {
  notRun,
  REPORT_SCHEMA_VERSION,
  type Check,
  type CheckOutput,
  type GateOutput,
  type GateResult,
  type Severity,
  type Waiver,
} from './result/types.js';
import { ML_GATES_VERSION } from './version.js';

/** Options and check settings that override the config file (CLI flags, action inputs). */
export interface GateOverrides {
  options?: Record<string, unknown>;
  checks?: Record<string, Partial<Omit<ResolvedCheckConfig, 'options'>> & { options?: Record<string, unknown> }>;
  failOn?: Severity;
}

export interface RunGateOptions {
  config: MlGatesConfig;
  cwd: string;
  logger: Logger;
  overrides?: GateOverrides;
  services?: GateServices;
  /** Clock for waiver expiry; tests pass a fixed date. */
  now?: Date;
  signal?: AbortSignal;
  commit?: string;
  /** Run only this part of the gate's work (`--shard i/N`); the result is a partial one. */
  shard?: ShardSpec;
}

/** Applies overrides to a gate section and validates it, filling in schema defaults. */
export function resolveSection(gate: AnyGate, config: MlGatesConfig, overrides: GateOverrides = {}): GateSection {
  const base = structuredClone(config.gates[gate.name] ?? {}) as GateSection;
  const section: GateSection = { ...base, ...(overrides.options ?? {}) };
  if (overrides.failOn) section['fail-on'] = overrides.failOn;
  for (const [id, o] of Object.entries(overrides.checks ?? {})) {
    const current = section.checks?.[id];
    const asObject = typeof current === 'string' ? { mode: current } : { ...(current ?? {}) };
    section.checks = {
      ...(section.checks ?? {}),
      [id]: {
        ...asObject,
        ...(o.options ?? {}),
        ...(o.mode ? { mode: o.mode } : {}),
        ...(o.failOn ? { 'fail-on': o.failOn } : {}),
      },
    };
  }
  const validate = compileSchema<GateSection>(gateSectionSchema(gate), { useDefaults: true });
  if (!validate(section)) {
    const details = explainAjvErrors(validate.errors ?? []).map(
      (p) => `gates.${gate.name}.${formatKeyPath(p.path)}: ${p.message}`,
    );
    throw new UserError('input-invalid', `Invalid settings for ${gate.name} (from the config file and inputs).`, {
      details,
    });
  }
  // ajv fills in defaults only where the object exists; nested option objects get theirs here
  return withSchemaDefaults(gate.optionsSchema, section) as GateSection;
}

/**
 * Validates every gate's settings (config file plus overrides) before any gate runs, so a mistake in the
 * third gate's section is reported with the others and exit code 2 still means "nothing was run".
 * Throws one `UserError` listing every problem of every gate.
 */
export function validateGates(
  gates: readonly AnyGate[],
  config: MlGatesConfig,
  overrides: Partial<Record<string, GateOverrides>> = {},
): void {
  const details: string[] = [];
  for (const gate of gates) {
    try {
      preflight(gate, resolveSection(gate, config, overrides[gate.name] ?? {}));
    } catch (error) {
      if (!isUserError(error)) throw error;
      details.push(...(error.details.length > 0 ? error.details : [error.message]));
    }
  }
  if (details.length > 0) {
    throw new UserError('input-invalid', `Invalid settings (${details.length} problem(s)); no gate was run.`, {
      details,
    });
  }
}

/** Runs the gate's own pre-run check of its options (see `Gate.preflight`) and returns the section. */
function preflight(gate: AnyGate, section: GateSection): GateSection {
  if (gate.preflight) {
    const { enabled: _e, 'fail-on': _f, checks: _c, waivers: _w, ...options } = section;
    gate.preflight(options, process.env);
  }
  return section;
}

/** The shard fields of a partial result (none when the run is whole). */
function shardFields(shard: ShardInfo | undefined): { shard?: ShardInfo } {
  return shard ? { shard } : {};
}

function errorResult(
  gate: AnyGate,
  message: string,
  started: Date,
  prep: PreparedGate,
  opts: RunGateOptions,
): GateResult {
  const finished = new Date();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    gate: gate.name,
    version: ML_GATES_VERSION,
    verdict: 'error',
    headline: `could not run: ${message.split('\n')[0]}`,
    checks: [],
    subjects: [],
    waivers: [],
    errors: [message],
    timings: {
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
    },
    tool: { name: 'ml-gates', version: ML_GATES_VERSION, rulesets: {} },
    ...(opts.commit ? { commit: opts.commit } : {}),
    ...digestFields(prep),
    ...shardFields(opts.shard ? { ...opts.shard, plan: NO_PLAN, items: 0 } : undefined),
  };
}

/** A gate's settings resolved for one run: what the gate runs with and what policy judges with. */
export interface PreparedGate {
  /** Resolved mode, `fail-on` and options of a check. */
  checkConfig: (id: string) => ResolvedCheckConfig;
  waivers: readonly Waiver[];
  /** The gate's own options (the section without `enabled`, `fail-on`, `checks`, `waivers`). */
  options: Record<string, unknown>;
  /** sha256 of the config-file settings the gate runs with (`configDigest` in `shard/spec.ts`). */
  configDigest: string;
  /** sha256 of the settings given as flags or inputs (`inputsDigest` in `shard/spec.ts`). */
  inputsDigest: string;
}

/** The two digests a result records, from a prepared gate. */
const digestFields = (prep: Pick<PreparedGate, 'configDigest' | 'inputsDigest'>) => ({
  configDigest: prep.configDigest,
  inputsDigest: prep.inputsDigest,
});

/**
 * Resolves a gate's section (config plus overrides) into what `run` and policy need. Throws a `UserError` if
 * invalid. `scope`: the walk scope the host gives the gate; one that is not the config's counts as an input.
 */
export function prepareGate(
  gate: AnyGate,
  config: MlGatesConfig,
  overrides: GateOverrides = {},
  scope?: WalkScope,
): PreparedGate {
  const section = preflight(gate, resolveSection(gate, config, overrides));
  const gateFailOn: Severity =
    section['fail-on'] ?? config.defaults['fail-on'] ?? gate.defaultFailOn ?? DEFAULT_FAIL_ON;
  const specs = new Map(gate.checks.map((c) => [c.id, c]));
  const { enabled: _enabled, 'fail-on': _failOn, checks: _checks, waivers = [], ...options } = section;
  return {
    checkConfig: (id) => resolveCheck(specs.get(id), section, gateFailOn),
    waivers,
    options,
    configDigest: configDigest(config, gate.name),
    inputsDigest: inputsDigest({ ...overrides, ...(scope ? { scope: scopeInput(config, scope) } : {}) }),
  };
}

/** A host's walk scope when it is not the config's own (`undefined` then): what the digest of inputs covers. */
function scopeInput(config: MlGatesConfig, scope: WalkScope): WalkScope | undefined {
  return canonicalJson(scope) === canonicalJson(scopeFromConfig(config)) ? undefined : scope;
}

/** What `judgeOutput` needs besides the gate's output. */
export interface JudgeOptions {
  started: Date;
  /** Clock for waiver expiry. */
  now: Date;
  commit?: string;
  configDigest?: string;
  inputsDigest?: string;
  /** The partial-result shard fields, without `checks` (filled in from what policy judged). */
  shard?: Omit<ShardInfo, 'checks'>;
}

/**
 * Policy: applies waivers, judges every check (mode, `fail-on`, outcome) and builds the `GateResult`. The one
 * path from a gate's output to a verdict, for a run and for `ml-gates merge` (a gate's `mergeShards` output).
 */
export function judgeOutput(
  gate: AnyGate,
  output: GateOutput,
  prep: Pick<PreparedGate, 'checkConfig' | 'waivers'>,
  opts: JudgeOptions,
): GateResult {
  const inputs: CheckOutput[] = output.checks.map((c) => ({
    ...c,
    findings: (c.findings ?? []).map((f) => ({ ...f })),
  }));
  const waiverReports = applyWaivers(gate.name, prep.waivers, inputs as Check[], opts.now);
  // Nothing declared is dropped: a check that is off still appears (skipped on purpose), and an enabled check
  // the gate returned nothing for is `not run` (judged error in block mode, warn in warn mode). In a shard of
  // a gate that shards its work, a check the gate did not return is another shard's (whole-repository checks
  // run on one shard): skipped here, left out of what the merge joins; the merge reports it not run if no
  // shard returned it.
  const sharded = opts.shard !== undefined && opts.shard.plan !== UNSHARDED_PLAN && opts.shard.plan !== NO_PLAN;
  const elsewhere: Check[] = [];
  for (const spec of gate.checks) {
    if (inputs.some((c) => c.id === spec.id)) continue;
    const mode = prep.checkConfig(spec.id).mode;
    if (sharded && mode !== 'off') {
      const resolved = { ...prep.checkConfig(spec.id), mode: 'off' as const };
      elsewhere.push({ ...judgeCheck({ id: spec.id, title: spec.title }, resolved), mode, summary: NOT_IN_SHARD });
      continue;
    }
    inputs.push(
      mode === 'off'
        ? { id: spec.id, title: spec.title, summary: 'off' }
        : notRun(spec.id, spec.title, `${gate.name} returned no result for this check`),
    );
  }
  const judged = [...inputs.map((c) => judgeCheck(c, prep.checkConfig(c.id))), ...elsewhere];
  const subjects = judgeSubjects(output.subjects ?? [], judged, prep.checkConfig);
  const own = typeof output.headline === 'function' ? output.headline(subjects) : output.headline;
  const errors = judged.filter((c) => c.verdict === 'error').map((c) => `${c.id}: ${c.summary}`);
  const verdict = worstVerdict(judged.map((c) => c.verdict));
  const finished = new Date();
  const shard: ShardInfo | undefined = opts.shard && { ...opts.shard, checks: shardPolicies(inputs, prep) };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    gate: gate.name,
    version: ML_GATES_VERSION,
    verdict,
    // A partial result says so (a gate that does not shard runs whole on shard 1: its result is whole).
    headline:
      headline(verdict, judged, own, (id) => prep.checkConfig(id).failOn) +
      (sharded ? ` · shard ${shard!.index}/${shard!.count}` : ''),
    checks: judged,
    subjects,
    waivers: waiverReports,
    errors,
    timings: {
      startedAt: opts.started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - opts.started.getTime(),
    },
    tool: { name: 'ml-gates', version: ML_GATES_VERSION, rulesets: output.rulesets ?? {} },
    ...(opts.commit ? { commit: opts.commit } : {}),
    ...(opts.configDigest ? { configDigest: opts.configDigest } : {}),
    ...(opts.inputsDigest ? { inputsDigest: opts.inputsDigest } : {}),
    ...shardFields(shard),
    ...(output.actionRequired === undefined ? {} : { actionRequired: output.actionRequired }),
    ...(output.judgedCommit === undefined ? {} : { judgedCommit: output.judgedCommit }),
    ...(output.details ? { details: output.details } : {}),
  };
}

/** The summary of a check a shard left to another shard. */
const NOT_IN_SHARD = 'not in this shard: another shard runs it';

/** What a partial result keeps of each check's raw output and `fail-on`, for `ml-gates merge` to re-judge. */
function shardPolicies(
  inputs: readonly CheckOutput[],
  prep: Pick<PreparedGate, 'checkConfig'>,
): Record<string, ShardCheckPolicy> {
  return Object.fromEntries(
    inputs.map((c) => [
      c.id,
      {
        ...(c.outcome === undefined ? {} : { outcome: c.outcome }),
        ...(c.summary === undefined ? {} : { summary: c.summary }),
        failOn: prep.checkConfig(c.id).failOn,
      },
    ]),
  );
}

/**
 * A gate that does not shard its work (it ignored `ctx.shard`), on shards 2..N: skipped, so the merge takes
 * shard 1's whole result once instead of N copies of it.
 */
function notShardedResult(gate: AnyGate, started: Date, prep: PreparedGate, opts: RunGateOptions): GateResult {
  const shard = opts.shard!;
  const result = judgeOutput(
    gate,
    { checks: [], headline: `skipped: not sharded (shard 1/${shard.count} runs ${gate.name} whole)` },
    { checkConfig: () => ({ mode: 'off', failOn: DEFAULT_FAIL_ON, options: {} }), waivers: [] },
    { started, now: opts.now ?? new Date(), ...withCommit(opts.commit), ...digestFields(prep) },
  );
  return {
    ...result,
    verdict: 'skipped',
    checks: result.checks.map((c) => ({ ...c, summary: 'not sharded: shard 1 runs this gate whole' })),
    shard: { ...shard, plan: UNSHARDED_PLAN, items: 0 },
    details: { notSharded: true },
  };
}

const withCommit = (commit: string | undefined): { commit?: string } => (commit ? { commit } : {});

/**
 * Runs one gate and applies policy (modes, `fail-on`, waivers). Never throws for a gate's failure: an
 * exception inside the gate becomes an `error` result that names it. Config/input mistakes do throw a
 * `UserError` (exit code 2), since nothing was run.
 *
 * With `opts.shard` the gate works on its part only and the result is a partial one (`shard` set). A gate
 * that ignores the shard (no `GateOutput.shard`) runs whole on shard 1 and is reported skipped on the others.
 */
export async function runGate(gate: AnyGate, opts: RunGateOptions): Promise<GateResult> {
  const started = new Date();
  const prep = prepareGate(gate, opts.config, opts.overrides, opts.services?.scope);
  let output: GateOutput;
  try {
    output = await opts.logger.group(`${gate.title}`, () =>
      gate.run({
        cwd: opts.cwd,
        options: prep.options,
        check: prep.checkConfig,
        logger: opts.logger,
        signal: opts.signal ?? new AbortController().signal,
        // The walk scope from ml-gates.yml, unless the host (action inputs) set its own.
        services: { scope: scopeFromConfig(opts.config), ...(opts.services ?? {}) },
        ...(opts.shard ? { shard: opts.shard } : {}),
      }),
    );
  } catch (error) {
    const message = isUserError(error) ? error.describe() : `${gate.name} failed unexpectedly: ${describeError(error)}`;
    opts.logger.error(message);
    return errorResult(gate, message, started, prep, opts);
  }
  let shard: Omit<ShardInfo, 'checks'> | undefined;
  if (opts.shard) {
    if (output.shard) shard = { ...opts.shard, plan: output.shard.plan, items: output.shard.items };
    else if (opts.shard.index === 1) shard = { ...opts.shard, plan: UNSHARDED_PLAN, items: 0 };
    else return notShardedResult(gate, started, prep, opts);
  }
  return judgeOutput(gate, output, prep, {
    started,
    now: opts.now ?? new Date(),
    ...withCommit(opts.commit),
    ...digestFields(prep),
    ...(shard ? { shard } : {}),
  });
}

function countsOf(checks: readonly Check[]): string {
  const ran = checks.filter((c) => c.verdict !== 'skipped');
  if (ran.length === 0) return 'no checks ran';
  const failed = ran.filter((c) => c.verdict === 'fail');
  // A check that errored did not fail on what it found: it could not say (an error, or not run).
  const errored = ran.filter((c) => c.verdict === 'error');
  const warned = ran.filter((c) => c.verdict === 'warn');
  if (failed.length === 0 && errored.length === 0 && warned.length === 0)
    return `${ran.length}/${ran.length} checks passed`;
  const parts = [];
  if (failed.length > 0) parts.push(`${failed.length} failed (${failed.map((c) => c.id).join(', ')})`);
  if (errored.length > 0) parts.push(`${errored.length} could not run (${errored.map((c) => c.id).join(', ')})`);
  if (warned.length > 0) parts.push(`${warned.length} warned`);
  return `${parts.join(', ')} of ${ran.length} checks`;
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * Why one failing or erroring check failed, in a few words: the reason it did not run, its top finding or metric.
 * With the check's `fail-on`, a finding below it (one that only warned) gives way to a failing metric, which is
 * then what failed the check (a drift check failed on Jensen–Shannon, not on its low "new category" note).
 */
export function whyCheckFailed(check: Check, failOn?: Severity): string {
  const open = check.findings.filter((f) => !f.waived);
  const blocking = failOn === undefined ? open : open.filter((f) => atLeast(f.severity, failOn));
  const metricFailed = check.metrics.some((m) => m.verdict === 'fail' || m.verdict === 'error');
  const top = blocking[0] ?? (failOn !== undefined && metricFailed ? undefined : open[0]);
  // A check that failed on a finding says the finding, even when it could not finish (an empty dataset).
  if (check.notRun !== undefined && !(top && check.verdict === 'fail'))
    return `${check.id} not run: ${clip(check.notRun, 80)}`;
  if (top) {
    const where = top.location ? ` at ${clip(formatLocation(top.location), 60)}` : '';
    const more = open.length > 1 ? ` (+${open.length - 1} more)` : '';
    return `${check.id}: ${top.severity} ${top.ruleId}${where}${more}`;
  }
  const metrics = check.metrics.filter((m) => m.verdict === 'fail' || m.verdict === 'error');
  const m = metrics[0] ?? check.metrics.find((x) => x.verdict === 'warn');
  if (m) {
    const subject = m.subject ? ` [${clip(m.subject, 40)}]` : '';
    const bar = m.threshold !== undefined ? ` vs threshold ${formatNumber(m.threshold)}` : '';
    const more = metrics.length > 1 ? ` (+${metrics.length - 1} more)` : '';
    return `${check.id}: ${m.name}${subject} = ${formatNumber(m.value)}${bar}${more}`;
  }
  return `${check.id}: ${clip(check.summary.replace(/\s+/g, ' '), 80)}`;
}

/**
 * The one-line headline of a gate result. When the gate failed or errored, it starts with the checks that
 * did and the top finding (or metric, or reason) of each, so the check-run title and the comment say why;
 * the gate's own headline (counts) follows.
 */
export function headline(
  verdict: GateResult['verdict'],
  checks: readonly Check[],
  own?: string,
  failOnOf?: (id: string) => Severity,
): string {
  const base = own ?? countsOf(checks);
  if (verdict !== 'fail' && verdict !== 'error') return base;
  const bad = checks
    .filter((c) => c.verdict === verdict)
    .concat(checks.filter((c) => (c.verdict === 'fail' || c.verdict === 'error') && c.verdict !== verdict));
  if (bad.length === 0) return base;
  return `${bad.map((c) => whyCheckFailed(c, failOnOf?.(c.id))).join('; ')} · ${base}`;
}

/** The gates a config enables: those with a section whose `enabled` is not false, in the canonical order. */
export function enabledGates<G extends AnyGate>(all: readonly G[], config: MlGatesConfig): G[] {
  return all.filter((g) => {
    const s = config.gates[g.name];
    return s !== undefined && s.enabled !== false;
  });
}

/** Shared exit codes: 0 pass/warn/skipped, 1 a gate failed, 2 usage or config error, 3 a gate could not run. */
export const EXIT = { ok: 0, failed: 1, usage: 2, error: 3 } as const;

export function exitCodeFor(results: readonly GateResult[]): number {
  if (results.some((r) => r.verdict === 'fail')) return EXIT.failed;
  if (results.some((r) => r.verdict === 'error')) return EXIT.error;
  return EXIT.ok;
}
