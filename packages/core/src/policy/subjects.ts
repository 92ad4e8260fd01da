import type { ResolvedCheckConfig } from '../gate.js';
import type { Check, Subject, SubjectOutput, Verdict } from '../result/types.js';
import { atLeast, worstVerdict } from './severity.js';

/** What one judged check makes of the findings located in `path`: its mode, `fail-on` and waivers applied. */
function verdictFor(path: string, check: Check, failOn: ResolvedCheckConfig['failOn']): Verdict {
  if (check.mode === 'off' || check.verdict === 'skipped') return 'skipped';
  let verdict: Verdict = 'pass';
  for (const f of check.findings) {
    if (f.waived || f.location?.path !== path) continue;
    if (atLeast(f.severity, failOn)) return check.mode === 'block' ? 'fail' : 'warn';
    if (f.severity !== 'info') verdict = 'warn';
  }
  return verdict;
}

/**
 * The subjects' verdicts from the judged checks, the one place they are decided (model files, dataset files,
 * the attacked model): a subject judged by its findings fails when a blocking check has an unwaived finding in
 * it at or above that check's `fail-on`, and warns on other unwaived findings (not `info`); a subject judged by
 * the checks takes the worst check verdict. A subject the gate could not read stays `error`.
 */
export function judgeSubjects(
  subjects: readonly SubjectOutput[],
  checks: readonly Check[],
  config: (checkId: string) => ResolvedCheckConfig,
): Subject[] {
  return subjects.map(({ judgedBy, verdict: given, ...subject }) => {
    let verdict: Verdict;
    if (given === 'error') verdict = 'error';
    else if (judgedBy === 'checks') verdict = worstVerdict(checks.map((c) => c.verdict));
    else verdict = worstVerdict(checks.map((c) => verdictFor(subject.path, c, config(c.id).failOn)));
    return { ...subject, verdict: verdict === 'skipped' ? 'pass' : verdict };
  });
}
