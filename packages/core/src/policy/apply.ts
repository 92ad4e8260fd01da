import type { CheckSpec, ResolvedCheckConfig } from '../gate.js';
import type { CheckSetting, GateSection } from '../config/types.js';
import { withSchemaDefaults } from '../config/defaults.js';
import type { Check, CheckOutput, Finding, Severity, Verdict } from '../result/types.js';
import { SEVERITIES } from '../result/types.js';
import { atLeast, bySeverity } from './severity.js';

export const DEFAULT_FAIL_ON: Severity = 'high';

/**
 * Resolves a check's mode, `fail-on` and options from the gate section, the config defaults and the gate's
 * own defaults. The options are what the config says over the defaults of `CheckSpec.optionsSchema` (the
 * only place check option defaults are written), also when the check is not configured or given as a mode.
 */
export function resolveCheck(
  spec: CheckSpec | undefined,
  section: GateSection,
  gateFailOn: Severity,
): ResolvedCheckConfig {
  const setting: CheckSetting | undefined = spec ? section.checks?.[spec.id] : undefined;
  const defaultMode = spec?.defaultMode ?? 'block';
  const fill = (given: Record<string, unknown>) => withSchemaDefaults(spec?.optionsSchema ?? {}, given);
  if (setting === undefined) return { mode: defaultMode, failOn: gateFailOn, options: fill({}), configured: false };
  if (typeof setting === 'string') return { mode: setting, failOn: gateFailOn, options: fill({}), configured: true };
  const { mode, 'fail-on': failOn, ...options } = setting;
  return { mode: mode ?? defaultMode, failOn: failOn ?? gateFailOn, options: fill(options), configured: true };
}

/** Counts of unwaived findings by severity, most severe first, e.g. `2 critical, 1 medium`. */
export function countBySeverity(findings: readonly Finding[]): string {
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s && !f.waived).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const waived = findings.filter((f) => f.waived).length;
  if (waived > 0) counts.push(`${waived} waived`);
  return counts.join(', ');
}

/**
 * Judges one check: its unwaived findings at or above `fail-on` and an `outcome: 'fail'` fail it, other
 * unwaived findings (not `info`) and `outcome: 'warn'` warn, `outcome: 'error'` and `'not-run'` are errors
 * (a check that was enabled but did not run is never a pass). Then the mode:
 * `warn` turns fail and error into warn (still reported), `off` skips.
 */
export function judgeCheck(output: CheckOutput, resolved: ResolvedCheckConfig): Check {
  const findings = [...(output.findings ?? [])].sort(bySeverity);
  const metrics = output.metrics ?? [];
  const open = findings.filter((f) => !f.waived);
  const blocking = open.filter((f) => atLeast(f.severity, resolved.failOn));
  let raw: Verdict;
  if (blocking.length > 0 || output.outcome === 'fail') raw = 'fail';
  else if (output.outcome === 'error' || output.outcome === 'not-run') raw = 'error';
  else if (open.some((f) => f.severity !== 'info') || output.outcome === 'warn') raw = 'warn';
  else raw = 'pass';

  let verdict: Verdict = raw;
  let note = '';
  if (resolved.mode === 'off') {
    verdict = 'skipped';
    note = ' (check is off)';
  } else if (resolved.mode === 'warn' && (raw === 'fail' || raw === 'error')) {
    verdict = 'warn';
    note = ` (would ${raw === 'fail' ? 'fail' : 'error'}; mode is warn)`;
  }
  const counted = countBySeverity(findings);
  const notRunSummary = output.outcome === 'not-run' ? `not run: ${output.notRun ?? 'no reason given'}` : undefined;
  const summary =
    (output.summary ??
      notRunSummary ??
      (findings.length > 0 ? `${counted}` : verdict === 'pass' ? 'passed' : verdict)) + note;
  return {
    id: output.id,
    title: output.title,
    mode: resolved.mode,
    verdict,
    summary,
    findings,
    metrics,
    ...(output.durationMs === undefined ? {} : { durationMs: output.durationMs }),
    ...(output.outcome === 'not-run' ? { notRun: output.notRun ?? 'no reason given' } : {}),
    ...(output.charts === undefined ? {} : { charts: output.charts }),
    ...(output.artifacts === undefined ? {} : { artifacts: output.artifacts }),
    ...(output.details === undefined ? {} : { details: output.details }),
  };
}
