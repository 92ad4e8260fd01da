import { Environment } from '@marcbachmann/cel-js';
import {
  JUDGED_RESULTS,
  overallVerdict,
  runGate,
  type AnyGate,
  type CheckOutput,
  type GateResult,
  type Logger,
  type MlGatesConfig,
  type Mode,
  type Severity,
} from '@ml-gates/core';
import { requireConfigIdentity } from './config-identity.js';

/**
 * Policy as code: rules written in CEL (the expression language of Kubernetes admission policies and
 * Kyverno), evaluated with `@marcbachmann/cel-js` over the typed results of every gate.
 *
 * ```yaml
 * policy:
 *   rules:
 *     - id: auc-floor
 *       message: ROC AUC must stay at or above 0.85 and the model scan must pass
 *       severity: high
 *       mode: block
 *       expr: gates["performance-gate"].metrics["roc_auc"].value >= 0.85 && gates["model-scan"].verdict == "pass"
 *   deploy: [...]   # rules `ml-gates verify` checks against the attested results (default: verdict pass or warn)
 * ```
 */
export interface PolicyRule {
  id: string;
  message: string;
  severity: Severity;
  mode: Mode;
  expr: string;
}

export interface PolicySection {
  rules?: PolicyRule[];
  deploy?: PolicyRule[];
}

/** The name of the policy's result (a gate-like result, judged and rendered like any gate's). */
export const POLICY_RESULT_NAME = JUDGED_RESULTS[0];

/** The variables a rule can read. */
export const POLICY_VARIABLES = {
  gates: 'map',
  verdict: 'string',
  risk: 'string',
  approvals: 'list',
  commit: 'string',
  run: 'map',
} as const;

/** One CEL environment for every rule: the variables above, type-checked at `validate` time. */
export function celEnvironment(): Environment {
  const env = new Environment({ homogeneousAggregateLiterals: false });
  for (const [name, type] of Object.entries(POLICY_VARIABLES)) env.registerVariable(name, type);
  return env;
}

/** The first line of a cel-js error (the rest is a code frame) and the offset in the expression. */
function celProblem(error: unknown): { message: string; offset?: number } {
  const e = error as { message?: string; node?: { pos?: number } };
  const message = String(e.message ?? error).split('\n')[0]!;
  return typeof e.node?.pos === 'number' ? { message, offset: e.node.pos } : { message };
}

/** Compiles (parses and type-checks) a rule; returns the reason when it does not compile. */
export function compileProblem(env: Environment, expr: string): string | undefined {
  const problem = compileError(env, expr);
  if (!problem) return undefined;
  return `${problem.message}${problem.offset !== undefined ? ` (at character ${problem.offset + 1} of the expression)` : ''}`;
}

/** Why a rule does not compile, and where in the expression when cel-js says, or `undefined`. */
function compileError(env: Environment, expr: string): { message: string; offset?: number } | undefined {
  let problem: { message: string; offset?: number } | undefined;
  try {
    const checked = env.check(expr);
    if (!checked.valid) problem = celProblem(checked.error);
    else if (checked.type !== 'bool' && checked.type !== 'dyn')
      problem = { message: `the expression is a ${checked.type}, a rule must be a bool` };
  } catch (error) {
    problem = celProblem(error);
  }
  return problem;
}

/** A problem in the config, as core's loader reports it (`file:line:col key.path: message`). */
export interface PolicyConfigProblem {
  path: (string | number)[];
  atKey: boolean;
  message: string;
  /** Where in the expression (file:line:col then points at that character). */
  valueOffset?: number;
}

/**
 * Checks every rule of `policy.rules` and `policy.deploy` compiles, and that ids are unique. Registered with
 * core's `addConfigCheck`, so `ml-gates validate` (and every command that loads the config) reports a bad
 * rule with file:line:col before anything runs.
 */
export function policyConfigProblems(data: Record<string, unknown>): PolicyConfigProblem[] {
  const policy = data.policy as Record<string, unknown> | undefined;
  if (policy === null || typeof policy !== 'object') return [];
  const problems: PolicyConfigProblem[] = [];
  const env = celEnvironment();
  for (const list of ['rules', 'deploy'] as const) {
    const rules = policy[list];
    if (!Array.isArray(rules)) continue;
    const seen = new Set<string>();
    rules.forEach((rule: unknown, i) => {
      if (rule === null || typeof rule !== 'object') return;
      const { id, expr } = rule as { id?: unknown; expr?: unknown };
      if (typeof id === 'string') {
        if (seen.has(id))
          problems.push({ path: ['policy', list, i, 'id'], atKey: false, message: `duplicate rule id "${id}"` });
        seen.add(id);
      }
      if (typeof expr !== 'string') return;
      const problem = compileError(env, expr);
      if (problem)
        problems.push({
          path: ['policy', list, i, 'expr'],
          atKey: false,
          message: `rule ${typeof id === 'string' ? `"${id}" ` : ''}does not compile: ${problem.message}`,
          ...(problem.offset !== undefined ? { valueOffset: problem.offset } : {}),
        });
    });
  }
  return problems;
}

/**
 * The metrics of a gate by name, as rules read them: every metric about a subject (a column, a group, a slice)
 * under `<name>@<subject>`; under the bare `<name>`, the metric without a subject (the first one), or, when a
 * name has no such metric, its only one. A name measured for several subjects and never overall has no bare
 * entry: a rule reading it cannot be evaluated (not run) instead of judging whichever subject came first.
 */
export function metricsByName<M extends { name: string; subject?: string }>(list: readonly M[]): Record<string, M> {
  const out: Record<string, M> = {};
  const bySubjectOnly = new Map<string, M[]>();
  for (const m of list) {
    if (m.subject !== undefined) {
      out[`${m.name}@${m.subject}`] ??= m;
      bySubjectOnly.set(m.name, [...(bySubjectOnly.get(m.name) ?? []), m]);
    }
  }
  for (const m of list) if (m.subject === undefined && !(m.name in out)) out[m.name] = m;
  for (const [name, ms] of bySubjectOnly) if (!(name in out) && ms.length === 1) out[name] = ms[0]!;
  return out;
}

/** A metric as a rule sees it. */
interface PolicyMetric {
  value: number | null;
  threshold?: number;
  verdict?: string;
  subject?: string;
}

/**
 * The variables a rule reads, built from the gates' results:
 * - `gates[<gate>]`: `{ verdict, headline, checks: {<id>: {verdict, findings}}, metrics: {<name>: {value,
 *   threshold, verdict, subject}}, findings: {<severity>: count} }`, metrics keyed by `metricsByName`;
 * - `verdict`: the overall verdict; `risk`: approval-gate's risk level (`""` when absent);
 * - `approvals`: approval-gate's audit record approvals (`[{login, role, via, at, sha}]`, `[]` when absent);
 * - `commit`: the commit the results are about (`""` when unknown);
 * - `run`: the workflow run that signed the attestation (`{repository, workflow, ref, runId, runAttempt, server}`),
 *   for deploy rules; empty when judging reports.
 */
export function policyContext(results: readonly GateResult[]): Record<string, unknown> {
  const gates: Record<string, unknown> = {};
  let risk = '';
  let approvals: unknown[] = [];
  let commit = '';
  for (const r of results) {
    const entries: (PolicyMetric & { name: string })[] = [];
    const checks: Record<string, unknown> = {};
    const findings: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
    for (const c of r.checks) {
      const open = c.findings.filter((f) => !f.waived);
      checks[c.id] = { verdict: c.verdict, mode: c.mode, findings: open.length };
      for (const f of open) findings[f.severity] = (findings[f.severity] ?? 0) + 1;
      for (const m of c.metrics) {
        entries.push({
          name: m.name,
          value: m.value,
          ...(m.threshold !== undefined ? { threshold: m.threshold } : {}),
          ...(m.verdict !== undefined ? { verdict: m.verdict } : {}),
          ...(m.subject !== undefined ? { subject: m.subject } : {}),
        });
      }
    }
    const metrics = Object.fromEntries(
      Object.entries(metricsByName(entries)).map(([k, { name: _n, ...entry }]) => [k, entry as PolicyMetric]),
    );
    gates[r.gate] = { verdict: r.verdict, headline: r.headline, checks, metrics, findings };
    const audit = (r.details as { audit?: { risk?: { level?: unknown }; approvals?: unknown } } | undefined)?.audit;
    if (audit) {
      if (typeof audit.risk?.level === 'string') risk = audit.risk.level;
      if (Array.isArray(audit.approvals)) approvals = audit.approvals;
    }
    if (!commit && r.commit) commit = r.commit;
  }
  const verdict = overallVerdict(results);
  return { gates, verdict, risk, approvals, commit, run: {} };
}

/** Evaluates one rule: `pass`, `fail` (with the rule's finding) or `not-run` with the reason (fail closed). */
function evaluateRule(env: Environment, rule: PolicyRule, context: Record<string, unknown>): CheckOutput {
  let value: unknown;
  try {
    value = env.evaluate(rule.expr, context);
  } catch (error) {
    const reason = `could not evaluate: ${celProblem(error).message} (a gate report the rule reads may be missing; a metric measured per subject is under "name@subject")`;
    return { id: rule.id, title: rule.message, outcome: 'not-run', notRun: reason, summary: `not run: ${reason}` };
  }
  if (typeof value !== 'boolean') {
    const reason = `the expression returned ${typeof value}, not a bool`;
    return { id: rule.id, title: rule.message, outcome: 'not-run', notRun: reason, summary: `not run: ${reason}` };
  }
  if (value) return { id: rule.id, title: rule.message, summary: 'satisfied', details: { expr: rule.expr } };
  return {
    id: rule.id,
    title: rule.message,
    summary: `violated: ${rule.message}`,
    findings: [{ ruleId: `policy.${rule.id}`, severity: rule.severity, message: rule.message, help: rule.expr }],
    details: { expr: rule.expr },
  };
}

/** The policy as a gate, so core's engine judges it (modes, `fail-on`) and core's reporters render it. */
function policyGate(rules: readonly PolicyRule[], context: Record<string, unknown>): AnyGate {
  return {
    name: POLICY_RESULT_NAME as AnyGate['name'],
    title: 'Policy',
    description: 'CEL rules over every gate result (policy section of ml-gates.yml).',
    checks: rules.map((r) => ({ id: r.id, title: r.message, description: r.expr, defaultMode: r.mode })),
    optionsSchema: {},
    run: () => {
      const env = celEnvironment();
      const checks = rules.map((r) => evaluateRule(env, r, context));
      const headline = rules.length === 0 ? 'no policy rules' : undefined;
      return Promise.resolve({ checks, ...(headline ? { headline } : {}) });
    },
  };
}

/**
 * Evaluates rules over gate results and returns the `policy` result. A violated rule is a finding of the
 * rule's severity: in block mode it fails unless its severity is `info` (which warns); in warn mode it warns.
 * A rule that cannot be evaluated (a report it reads is missing, a non-bool value) is `not run`: an error in
 * block mode, never a pass. No rule at all is `skipped`... and is judged by the caller.
 */
export async function evaluatePolicy(
  rules: readonly PolicyRule[],
  results: readonly GateResult[],
  logger: Logger,
  opts: { cwd?: string; commit?: string } = {},
): Promise<GateResult> {
  const context = policyContext(results);
  const config = {
    version: 1,
    defaults: {},
    gates: { [POLICY_RESULT_NAME]: { 'fail-on': 'low' } },
  } as unknown as MlGatesConfig;
  const commit = opts.commit ?? (context.commit as string);
  return runGate(policyGate(rules, context), {
    config,
    cwd: opts.cwd ?? process.cwd(),
    logger,
    ...(commit ? { commit } : {}),
  });
}

/** Rules as read from the config, with the defaults of severity (`high`) and mode (`block`) applied. */
export function withRuleDefaults(rules: readonly Partial<PolicyRule>[] | undefined): PolicyRule[] {
  return (rules ?? []).map((r) => ({ ...r, severity: r.severity ?? 'high', mode: r.mode ?? 'block' }) as PolicyRule);
}

/**
 * The `policy` result of a run, when the config has `policy.rules` (`undefined` otherwise): what `ml-gates run`
 * appends to the gates' results. The results must have run under this config (`merge` joins shards that may
 * have run under another one): a result of another configuration is refused (`UserError`), as by `policy`.
 */
export async function configPolicyResult(
  config: MlGatesConfig,
  results: readonly GateResult[],
  logger: Logger,
  cwd?: string,
): Promise<GateResult | undefined> {
  const rules = withRuleDefaults((config as { policy?: PolicySection }).policy?.rules);
  if (rules.length === 0) return undefined;
  requireConfigIdentity(
    results,
    new Map(results.map((r) => [r.gate, 'its result'])),
    config,
    'the config whose policy is judged',
    'policy',
    // Every result of a run or merge has a digest; one without was built by an API caller, not read from a file.
    { digestless: 'accept' },
  );
  return evaluatePolicy(rules, results, logger, cwd ? { cwd } : {});
}
