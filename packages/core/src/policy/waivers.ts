import picomatch from 'picomatch';
import type { Finding, Waiver, WaiverReport } from '../result/types.js';

/** `YYYY-MM-DD` of a date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A waiver applies up to and including its `expires` day (UTC). */
export function isExpired(waiver: Waiver, now: Date): boolean {
  return isoDay(now) > waiver.expires;
}

function matcher(waiver: Waiver): (checkId: string, finding: Finding) => boolean {
  const pathMatch = waiver.path ? picomatch(waiver.path, { dot: true }) : undefined;
  return (checkId, finding) =>
    waiver.check === checkId &&
    (waiver.rule === undefined || waiver.rule === finding.ruleId) &&
    (pathMatch === undefined || (finding.location?.path !== undefined && pathMatch(finding.location.path)));
}

/**
 * Marks the findings that active waivers cover and reports every waiver's status: `active` (matched at
 * least one finding), `expired` (past its date: it no longer waives, and says so) or `stale` (matched nothing).
 */
export function applyWaivers(
  gate: string,
  waivers: readonly Waiver[],
  checks: readonly { id: string; findings: Finding[] }[],
  now: Date,
): WaiverReport[] {
  return waivers.map((waiver) => {
    const matches = matcher(waiver);
    const expired = isExpired(waiver, now);
    let matched = 0;
    for (const check of checks) {
      for (const finding of check.findings) {
        if (!matches(check.id, finding)) continue;
        matched++;
        if (!expired && finding.waived === undefined) {
          finding.waived = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires };
        }
      }
    }
    const status = expired ? 'expired' : matched === 0 ? 'stale' : 'active';
    return { ...waiver, gate, status, matched };
  });
}
