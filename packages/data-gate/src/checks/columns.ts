/**
 * Column names in a check's options checked against the columns that exist (issue #14): a misspelt name in
 * `columns` would select nothing and pass silently, so it is a finding of that check, with "did you mean".
 */
import { suggest, type Finding, type Severity } from '@ml-gates/core';

export const UNKNOWN_COLUMN_RULE = 'config.unknown-column';

/**
 * Findings for the names in `named` (option → names) that are not among `available`. Names that select what a
 * check looks at (`columns`) are high by default: the check would otherwise pass on nothing; the others
 * (`ignore-columns`, `categorical-columns`) are medium: the check still runs, just not as configured.
 */
export function unknownColumnFindings(
  check: string,
  named: Record<string, readonly string[] | undefined>,
  available: Iterable<string>,
  where: string,
  path: string,
  severityOf: (option: string) => Severity = (option) => (option === 'columns' ? 'high' : 'medium'),
): Finding[] {
  const known = new Set(available);
  const candidates = [...known];
  const findings: Finding[] = [];
  for (const [option, names] of Object.entries(named)) {
    for (const name of names ?? []) {
      if (known.has(name)) continue;
      const hint = suggest(name, candidates);
      const severity = severityOf(option);
      findings.push({
        ruleId: UNKNOWN_COLUMN_RULE,
        severity,
        message: `${check}.${option} names column "${name}", which ${where} does not have${hint ? `; did you mean "${hint}"?` : '.'}`,
        location: { path, field: name },
        help: `Correct the name in checks.${check}.${option} (columns: ${candidates.slice(0, 20).join(', ')}${candidates.length > 20 ? ', …' : ''}).`,
      });
    }
  }
  return findings;
}
