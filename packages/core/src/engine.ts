import { compileSchema } from './config/ajv.js';
import { explainAjvErrors, formatKeyPath } from './config/errors.js';
import { gateSectionSchema } from './config/schema.js';
import type { GateSection, MlGatesConfig } from './config/types.js';
import { describeError, isUserError, UserError } from './errors.js';
import type { AnyGate, GateServices, ResolvedCheckConfig } from './gate.js';
import type { Logger } from './log.js';
import { scopeFromConfig } from './io/files.js';
import { DEFAULT_FAIL_ON, judgeCheck, resolveCheck } from './policy/apply.js';
import { worstVerdict } from './policy/severity.js';
import { applyWaivers } from './policy/waivers.js';
import { formatLocation, formatNumber } from './report/format.js';
import { notRun, REPORT_SCHEMA_VERSION, type Check, type GateResult, type Severity } from './result/types.js';
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
  return section;
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
      resolveSection(gate, config, overrides[gate.name] ?? {});
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

function errorResult(gate: AnyGate, message: string, started: Date, commit?: string): GateResult {
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
    ...(commit ? { commit } : {}),
  };
}

/**
 * Runs one gate and applies policy (modes, `fail-on`, waivers). Never throws for a gate's failure: an
 * exception inside the gate becomes an `error` result that names it. Config/input mistakes do throw a
 * `UserError` (exit code 2), since nothing was run.
 */
export async function runGate(gate: AnyGate, opts: RunGateOptions): Promise<GateResult> {
  const started = new Date();
  const section = resolveSection(gate, opts.config, opts.overrides);
  const gateFailOn: Severity =
    section['fail-on'] ?? opts.config.defaults['fail-on'] ?? gate.defaultFailOn ?? DEFAULT_FAIL_ON;
  const specs = new Map(gate.checks.map((c) => [c.id, c]));
  const checkConfig = (id: string): ResolvedCheckConfig => resolveCheck(specs.get(id), section, gateFailOn);
  const { enabled: _enabled, 'fail-on': _failOn, checks: _checks, waivers = [], ...options } = section;

  let output;
  try {
    output = await opts.logger.group(`${gate.title}`, () =>
      gate.run({
        cwd: opts.cwd,
        options,
        check: checkConfig,
        logger: opts.logger,
        signal: opts.signal ?? new AbortController().signal,
        // The walk scope from ml-gates.yml, unless the host (action inputs) set its own.
        services: { scope: scopeFromConfig(opts.config), ...(opts.services ?? {}) },
      }),
    );
  } catch (error) {
    const message = isUserError(error) ? error.describe() : `${gate.name} failed unexpectedly: ${describeError(error)}`;
    opts.logger.error(message);
    return errorResult(gate, message, started, opts.commit);
  }

  const checks: Check[] = output.checks.map((c) => ({
    ...c,
    findings: (c.findings ?? []).map((f) => ({ ...f })),
  })) as Check[];
  const waiverReports = applyWaivers(gate.name, waivers, checks, opts.now ?? new Date());
  const judged = output.checks.map((c, i) => judgeCheck({ ...c, findings: checks[i]!.findings }, checkConfig(c.id)));
  // Nothing declared is dropped: a check that is off still appears (skipped on purpose), and an enabled check
  // the gate returned nothing for is `not run` (judged error in block mode, warn in warn mode).
  for (const spec of gate.checks) {
    if (judged.some((c) => c.id === spec.id)) continue;
    const resolved = checkConfig(spec.id);
    judged.push(
      resolved.mode === 'off'
        ? judgeCheck({ id: spec.id, title: spec.title, summary: 'off' }, resolved)
        : judgeCheck(notRun(spec.id, spec.title, `${gate.name} returned no result for this check`), resolved),
    );
  }
  const errors = judged.filter((c) => c.verdict === 'error').map((c) => `${c.id}: ${c.summary}`);
  const verdict = worstVerdict(judged.map((c) => c.verdict));
  const finished = new Date();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    gate: gate.name,
    version: ML_GATES_VERSION,
    verdict,
    headline: headline(verdict, judged, output.headline),
    checks: judged,
    subjects: output.subjects ?? [],
    waivers: waiverReports,
    errors,
    timings: {
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
    },
    tool: { name: 'ml-gates', version: ML_GATES_VERSION, rulesets: output.rulesets ?? {} },
    ...(opts.commit ? { commit: opts.commit } : {}),
    ...(output.details ? { details: output.details } : {}),
  };
}

function countsOf(checks: readonly Check[]): string {
  const ran = checks.filter((c) => c.verdict !== 'skipped');
  if (ran.length === 0) return 'no checks ran';
  const bad = ran.filter((c) => c.verdict === 'fail' || c.verdict === 'error');
  const warned = ran.filter((c) => c.verdict === 'warn');
  if (bad.length === 0 && warned.length === 0) return `${ran.length}/${ran.length} checks passed`;
  const parts = [];
  if (bad.length > 0) parts.push(`${bad.length} failed (${bad.map((c) => c.id).join(', ')})`);
  if (warned.length > 0) parts.push(`${warned.length} warned`);
  return `${parts.join(', ')} of ${ran.length} checks`;
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Why one failing or erroring check failed, in a few words: the reason it did not run, its top finding or metric. */
export function whyCheckFailed(check: Check): string {
  if (check.notRun !== undefined) return `${check.id} not run: ${clip(check.notRun, 80)}`;
  const open = check.findings.filter((f) => !f.waived);
  const top = open[0];
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
export function headline(verdict: GateResult['verdict'], checks: readonly Check[], own?: string): string {
  const base = own ?? countsOf(checks);
  if (verdict !== 'fail' && verdict !== 'error') return base;
  const bad = checks
    .filter((c) => c.verdict === verdict)
    .concat(checks.filter((c) => (c.verdict === 'fail' || c.verdict === 'error') && c.verdict !== verdict));
  if (bad.length === 0) return base;
  return `${bad.map(whyCheckFailed).join('; ')} · ${base}`;
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
