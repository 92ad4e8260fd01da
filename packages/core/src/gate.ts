import type { Logger } from './log.js';
import type { ApprovalSource } from './approvals/source.js';
import type { WalkScope } from './io/files.js';
import type { GateName, GateOutput, Mode, Severity } from './result/types.js';
import type { JsonSchema } from './config/json-schema.js';
import type { ShardSpec } from './shard/types.js';
import { SECRET_RULES, secretRuleId } from './secrets/catalogue.js';

/** A check a gate can run, as declared by the gate. */
export interface CheckSpec {
  id: string;
  title: string;
  /** One sentence for `ml-gates init` and the docs. */
  description: string;
  /** Mode when `ml-gates.yml` says nothing. */
  defaultMode: Mode;
  /** Schema of the check's own options under `gates.<gate>.checks.<id>` (besides `mode`, `fail-on`). */
  optionsSchema?: Record<string, JsonSchema>;
}

/** Settings common to every gate section of `ml-gates.yml`, resolved with defaults. */
export interface ResolvedCheckConfig {
  mode: Mode;
  failOn: Severity;
  /** The check's own options as written over the defaults of `CheckSpec.optionsSchema` (validated against it). */
  options: Record<string, unknown>;
  /**
   * The user named this check under `checks:` (a mode, even its default one, or options): a check asked for
   * explicitly that lacks its input is not run and judged, never a quiet "not configured". Absent: unknown
   * (treated as not named).
   */
  configured?: boolean;
}

/** What a gate's `run` receives: plain data and a logger, never `@actions/*`. */
export interface GateContext<Options = Record<string, unknown>> {
  /** Workspace root; every path in the result is relative to it. */
  cwd: string;
  /** The gate's own options from `ml-gates.yml` (validated against `Gate.optionsSchema`), merged with inputs. */
  options: Options;
  /** Resolved mode, `fail-on` and options of a check. */
  check(id: string): ResolvedCheckConfig;
  logger: Logger;
  /** Aborted when the run times out or is cancelled. */
  signal: AbortSignal;
  /** Services from the environment (baseline downloads, GitHub reads); absent in plain CLI runs. */
  services: GateServices;
  /**
   * Set when this run is one shard of a job matrix: the gate works only on its part of the inputs, picked
   * with `selectShard` from the full list, and says what it covered in `GateOutput.shard`.
   */
  shard?: ShardSpec;
}

/** A baseline file the host fetched (`GateServices.baseline`). */
export interface BaselineFile {
  content: Buffer;
  /** Where it came from, for messages (`artifact ml-gates-data-gate of run 123`, a repository path...). */
  source: string;
}

/** Keyless signing (Sigstore with the job's OIDC identity); hosts and tests may supply their own. */
export interface KeylessSigner {
  /** Signs `payload` (an in-toto statement) and returns the Sigstore bundle (JSON). */
  attest(payload: Buffer, payloadType: string): Promise<unknown>;
}

/**
 * Optional services the host (action or CLI) provides to gates, each typed; a gate checks for the member it
 * needs and says why it cannot run without it (fail closed). A type, not an interface, so hosts can pass it
 * where a plain record is expected.
 */
export type GateServices = {
  /** Fetches a named artifact file from the default branch's latest successful run, or `undefined`. */
  baseline?: (name: string) => Promise<BaselineFile | undefined>;
  /** The walk scope: `include`/`exclude` from `ml-gates.yml` and the action inputs (see `walkScope`). */
  scope?: WalkScope;
  /** Folder the report files go to; gates write extra artifacts (the ML-BOM) there so they are uploaded too. */
  reportDir?: string;
  /** approval-gate's GitHub reads (`createApprovalReader` in `@ml-gates/core/github`, or an in-memory one). */
  approvals?: ApprovalSource;
  /**
   * The job's OIDC token for `audience` (GitHub Actions `permissions: id-token: write`, from `@actions/core`'s
   * `getIDToken`); absent outside a workflow run or without the permission. Gates check for this member, never
   * for `ACTIONS_ID_TOKEN_REQUEST_URL`.
   */
  idToken?: (audience: string) => Promise<string>;
  /** Replaces model-scan's Sigstore keyless signer (tests, other hosts). */
  keylessSigner?: KeylessSigner;
  /** Replaces model-scan's online Sigstore verification (tests). */
  sigstoreOnlineVerify?: (bundle: never, identity?: { subject?: string; issuer?: string }) => Promise<void>;
};

/** An option of a gate's direct CLI command (`ml-gates scan`, `ml-gates data drift`...). */
export interface CommandOption {
  /** Commander flag syntax, e.g. `--fail-on <severity>` or `--strict`. */
  flags: string;
  description: string;
  default?: string | boolean | string[];
  /** Accepts the option several times (values collected in an array). */
  repeatable?: boolean;
  choices?: readonly string[];
}

/** A direct CLI command: parses its own options into gate options and runs the gate. */
export interface GateCommand {
  /** Words after `ml-gates`, e.g. `['scan']` or `['data', 'drift']`. */
  name: string[];
  description: string;
  /** Positional arguments, Commander syntax: `<path...>`, `[file]`. */
  args?: string;
  options: CommandOption[];
  /**
   * Turns parsed arguments into the gate options (and check settings) to run with.
   * Throw a `UserError('usage', ...)` for bad combinations.
   */
  toOptions(
    args: string[],
    opts: Record<string, unknown>,
  ): {
    options: Record<string, unknown>;
    checks?: Record<string, Partial<Omit<ResolvedCheckConfig, 'options'>> & { options?: Record<string, unknown> }>;
    failOn?: Severity;
  };
  /**
   * For commands that produce a file rather than a verdict (`ml-gates hash`, `data profile`):
   * runs instead of the gate. Returns what to print.
   */
  action?: (args: string[], opts: Record<string, unknown>, ctx: { cwd: string; logger: Logger }) => Promise<string>;
}

/**
 * A rule a gate can emit (`Finding.ruleId`), published so `validate` can check waivers against it before
 * anything runs. List the ids the gate's code really emits; a waiver naming another id is a config error.
 */
export interface GateRule {
  /** Exact rule id, e.g. `pickle.unknown-global`; `family.*` for ids named from the user's data (`safety.*`). */
  id: string;
  /** One line a reviewer understands. */
  title: string;
  /** Usual severity of its findings (some rules vary with context). */
  severity?: Severity;
  /** Check that emits it, when only one does. */
  check?: string;
}

/**
 * The `secrets.<id>` rules of core's one secrets catalogue, for a gate's rule catalogue.
 *
 * @example
 *   rules: [...DATA_GATE_OWN_RULES, ...secretRules('secrets')]
 */
export function secretRules(check?: string): GateRule[] {
  return SECRET_RULES.map((r) => ({
    id: secretRuleId(r),
    title: `${r.title} in the content`,
    severity: 'high',
    ...(check === undefined ? {} : { check }),
  }));
}

/** Reads an action input (already trimmed; `''` when unset). */
export type InputReader = (name: string) => string;

/** Everything the core needs to know about a gate. Adding a gate means writing one of these. */
export interface Gate<Options = Record<string, unknown>> {
  name: GateName;
  title: string;
  /** One sentence for reports and docs. */
  description: string;
  checks: CheckSpec[];
  /** JSON Schema properties of the gate's own options in `gates.<name>` (beside `enabled`, `fail-on`, `checks`, `waivers`). */
  optionsSchema: Record<string, JsonSchema>;
  /** Gate-level `fail-on` default. */
  defaultFailOn?: Severity;
  run(ctx: GateContext<Options>): Promise<GateOutput>;
  /**
   * Checks what the schema cannot (a `${VAR}` a setting reads from the environment…) before any gate runs:
   * throws a `UserError`, so a mistake of the user's is exit 2 with nothing run, never a gate that could not run.
   */
  preflight?(options: Options, env: NodeJS.ProcessEnv): void;
  /** Maps the gate action's own inputs (`path`, `predictions`...) to options; overrides the config file. */
  inputsToOptions?(input: InputReader): Partial<Options>;
  /** Direct CLI commands that need no config file. */
  commands?: GateCommand[];
  /**
   * Every rule id the gate can emit. When present, a waiver's `rule` must be one of them (checked by
   * `validate` and before `run`, with "did you mean"); when absent, rule ids are not checked.
   */
  rules?: readonly GateRule[];
  /** Step outputs besides `verdict` and `report` (e.g. `drifted-columns`). */
  outputs?(result: import('./result/types.js').GateResult): Record<string, string>;
  /**
   * Joins the partial results of a sharded run (same commit, config and plan, checked by the caller) into one
   * output, which policy then judges like any run. Without it, `ml-gates merge` concatenates checks, findings,
   * metrics and subjects, which is exact for gates whose checks judge each item on its own (model-scan).
   */
  mergeShards?(
    partials: readonly import('./result/types.js').GateResult[],
    ctx: GateContext<Options>,
  ): Promise<GateOutput>;
  /**
   * Subject kinds every shard reads whole rather than a part of (data-gate's drift reference and held-out
   * split): a merge requires the same files with the same sha256 in every shard and lists them once; every
   * other subject is one shard's work item.
   */
  sharedSubjectKinds?: readonly string[];
}

/** A gate not built yet: answers with a clear `skipped: not implemented` result. */
export function notImplementedGate(name: GateName, title: string, description: string): Gate {
  return {
    name,
    title,
    description,
    checks: [],
    optionsSchema: {},
    run: () =>
      Promise.resolve({
        checks: [],
        headline: 'skipped: not implemented',
        details: { notImplemented: true },
      }),
  };
}

/** A gate of any options type, for registries and hosts that run gates without knowing their options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyGate = Gate<any>;
