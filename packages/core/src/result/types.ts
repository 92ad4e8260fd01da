/**
 * The result model: what every gate returns and what every reporter reads.
 * The JSON report (`GateResult` serialised) is a public contract; its JSON Schema lives in
 * `packages/core/schema/report.schema.json` and every report written is validated against it in tests.
 */
import { GATE_REGISTRY } from '../registry/gates.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const VERDICTS = ['pass', 'warn', 'fail', 'error', 'skipped'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const MODES = ['block', 'warn', 'off'] as const;
export type Mode = (typeof MODES)[number];

/** Every gate's name, in run order, from the one registry (`registry/gates.ts`). */
export type GateName = (typeof GATE_REGISTRY)[number]['name'];
export const GATE_NAMES: readonly GateName[] = GATE_REGISTRY.map((g) => g.name);

/** Where a finding is. `path` is relative to the workspace root, with `/` separators. */
export interface Location {
  path: string;
  /** Member inside an archive (zip entry, tar member, HDF5 attribute...). */
  member?: string;
  line?: number;
  column?: number;
  /** Byte offset inside the file or member (e.g. a pickle opcode). */
  offset?: number;
  /** Dataset column. */
  field?: string;
}

/** A waiver as written in `ml-gates.yml`. */
export interface Waiver {
  check: string;
  rule?: string;
  /** Glob matched against `location.path`. */
  path?: string;
  reason: string;
  owner: string;
  /** `YYYY-MM-DD`; the waiver applies up to and including that day (UTC). */
  expires: string;
}

export type WaiverStatus = 'active' | 'expired' | 'stale';

export interface WaiverReport extends Waiver {
  gate: string;
  status: WaiverStatus;
  /** Findings the waiver matched (for an expired waiver: would have matched). */
  matched: number;
}

export interface Finding {
  /** Stable rule id, e.g. `pickle.dangerous-callable`. */
  ruleId: string;
  severity: Severity;
  /** One line a reviewer understands. */
  message: string;
  location?: Location;
  /** Longer explanation and the fix; becomes SARIF help text. */
  help?: string;
  /** Set by policy when an active waiver covers the finding. */
  waived?: Pick<Waiver, 'reason' | 'owner' | 'expires'>;
}

export interface Metric {
  name: string;
  value: number | null;
  threshold?: number;
  baseline?: number;
  /** Confidence interval `[low, high]`. */
  ci?: [number, number];
  /** How the value was computed (`psi`, `ks`, `macro`, `wilson`...). */
  method?: string;
  /** What it is about: a column, a group, a probe family. */
  subject?: string;
  unit?: string;
  /** The gate's own judgement of this metric against its threshold. */
  verdict?: Verdict;
  /** Free-form details (bins, seed, sample sizes). */
  details?: Record<string, unknown>;
}

/**
 * A chart a check attaches (`CheckOutput.charts`): Mermaid source made of numbers and fixed titles only,
 * rendered as a collapsible block in Markdown reports (GitHub draws it; no image leaves the runner).
 */
export interface Chart {
  /** Plain-text title. */
  title: string;
  /** Mermaid source, without the ``` fence. */
  mermaid: string;
  /** What each series is, in order (xychart-beta draws no legend). */
  series?: string[];
}

/** Findings and metrics a stored copy of a result left out, per check id (`GateResult.omitted`). */
export type OmittedCounts = Record<string, { findings?: number; metrics?: number }>;

/** What a check reports before policy is applied. */
export interface CheckOutput {
  id: string;
  title: string;
  summary?: string;
  findings?: Finding[];
  metrics?: Metric[];
  /**
   * The check's own outcome beyond its findings: `fail`/`warn` from metrics against thresholds,
   * `error` when it could not do its job, `not-run` when it was enabled but could not run at all (say why in
   * `notRun`; build it with `notRun()`). Findings are judged by policy (`fail-on`) on top of this.
   */
  outcome?: 'pass' | 'warn' | 'fail' | 'error' | 'not-run';
  /** Why an enabled check did not run (with `outcome: 'not-run'`); shown in every report. */
  notRun?: string;
  durationMs?: number;
  /** Charts for the Markdown reports (performance-gate's ROC and calibration curves). */
  charts?: Chart[];
  /** Files the check produced for the record (the ML-BOM): uploaded with the gate's report artifact. */
  artifacts?: string[];
  /** Anything else worth keeping in the JSON report (never read by core). */
  details?: Record<string, unknown>;
}

export interface Check extends Required<Pick<CheckOutput, 'id' | 'title'>> {
  mode: Mode;
  verdict: Verdict;
  summary: string;
  findings: Finding[];
  metrics: Metric[];
  durationMs?: number;
  /** Set when the check was enabled but did not run: the reason. Judged `error` in block mode, `warn` in warn mode. */
  notRun?: string;
  charts?: Chart[];
  artifacts?: string[];
  details?: Record<string, unknown>;
}

/**
 * The one way a gate says "this enabled check could not run": never a log line, never a missing check.
 *
 * @example
 *   if (!reference) return notRun('drift', 'Drift', 'no reference given (reference or reference-profile)');
 */
export function notRun(id: string, title: string, reason: string): CheckOutput {
  return { id, title, outcome: 'not-run', notRun: reason, summary: `not run: ${reason}` };
}

/** Everything a gate examined: a file, a dataset, an endpoint. */
export interface Subject {
  path: string;
  kind?: string;
  size?: number;
  sha256?: string;
  verdict: Verdict;
  details?: Record<string, unknown>;
}

/** What a gate's logic returns; policy turns it into a `GateResult`. */
/**
 * A subject as a gate returns it. Core judges its verdict once the checks are judged (`judgeSubjects`: modes,
 * `fail-on` and waivers applied), so a gate does not: it sets `verdict: 'error'` only for a subject it could
 * not read (that stands); any other verdict it sets is replaced.
 */
export type SubjectOutput = Omit<Subject, 'verdict'> & {
  verdict?: Verdict;
  /**
   * `findings` (default): judged by the findings located in it (`location.path` is the subject's path).
   * `checks`: by every check of the gate (the gate is about this one subject, e.g. the attacked model).
   */
  judgedBy?: 'findings' | 'checks';
};

export interface GateOutput {
  checks: CheckOutput[];
  subjects?: SubjectOutput[];
  /**
   * One line for headlines (check-run title, comment table); a function when it counts subjects by verdict,
   * which core judges after the gate returns (`judgeSubjects`).
   */
  headline?: string | ((subjects: readonly Subject[]) => string);
  /** Versions of rule sets, allowlists, probe packs... */
  rulesets?: Record<string, string>;
  /** Set by a sharded run: which part of the work this output covers. */
  shard?: import('../shard/types.js').ShardInfo;
  /**
   * A person must act (approval-gate: approvals are missing, nobody rejected): the check run concludes
   * `action_required` instead of `failure`.
   */
  actionRequired?: boolean;
  /**
   * The commit the gate worked out itself that it judged (approval-gate reads the pull request's current
   * head); the result, check runs and comments then carry it.
   */
  judgedCommit?: string;
  details?: Record<string, unknown>;
}

export const REPORT_SCHEMA_VERSION = '1.0';

export interface GateResult {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  gate: string;
  /** ml-gates version that produced the report. */
  version: string;
  verdict: Verdict;
  headline: string;
  checks: Check[];
  subjects: Subject[];
  waivers: WaiverReport[];
  /** Errors that stopped the gate (or a check) from doing its job. */
  errors: string[];
  timings: { startedAt: string; finishedAt: string; durationMs: number };
  tool: { name: 'ml-gates'; version: string; rulesets: Record<string, string> };
  /** Commit the result is about, when known (GitHub runs). */
  commit?: string;
  /**
   * sha256 of the config-file settings the gate ran with: the top-level settings every gate reads and its own
   * section (or the defaults without a file); see `configDigest` in `shard/spec.ts`. `merge`, `policy` and
   * `attest` compare it with the config they are given.
   */
  configDigest?: string;
  /** sha256 of the settings given as command-line flags or action inputs (`inputsDigest`); merges compare it. */
  inputsDigest?: string;
  /** Set on a partial result of a sharded run; absent on whole and merged results. */
  shard?: import('../shard/types.js').ShardInfo;
  /** A person must act (see `GateOutput.actionRequired`). */
  actionRequired?: boolean;
  /** See `GateOutput.judgedCommit`. */
  judgedCommit?: string;
  details?: Record<string, unknown>;
}
