/** The `approvals` check: findings, headline, audit record and report details from the policies' evaluations. */
import type { CheckOutput, Finding, GateOutput } from '@ml-gates/core';
import { norm, type Decision } from '../approvals.js';
import type { Evaluation, Shared } from '../evaluate.js';
import type { GateResultEntry } from '../gate-results.js';
import { where } from '../policy.js';
import type { ApprovalSource, PromotionContext } from '../source.js';
import { renderApprovalSection } from '../summary.js';
import { riskCheck } from './risk.js';

/** Written to `details.audit` (and so to the JSON report artifact) when the approvals are complete. */
export interface AuditRecord {
  schema: 'ml-gates/approval-audit@1';
  recordedAt: string;
  environment: string;
  pullRequest: number;
  /** Commit the approvers approved (the PR head). */
  approvedSha: string;
  /** Commit being promoted (the head on pull requests; the pushed/merged commit otherwise). */
  promotedSha: string;
  /** Where the policy was read: the default branch, the `policy-ref` input, or the merged PR's base commit. */
  configRef: string;
  /** Every policy the commit satisfied (the trusted one, plus the PR's base when it is another branch). */
  policyRefs: string[];
  risk: { level: string; score: number; factors: string[] };
  approvals: { login: string; role: string; via: 'review' | 'comment'; id: number; at: string; sha: string }[];
  gateResults: GateResultEntry[];
  gateResultsDigest: string;
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** Every policy's evaluations, combined: the first (trusted) policy leads. */
export interface Combined {
  evaluations: Evaluation[];
  lead: Evaluation;
  others: Evaluation[];
  rejections: Decision[];
  satisfied: boolean;
  actionRequired: boolean;
  environment: string;
}

export function combine(evaluations: Evaluation[], environment: string): Combined {
  const rejections = uniqueBy([...evaluations.flatMap((e) => e.rejections)], (d) => norm(d.login));
  const anyMissing = evaluations.some((e) => Object.keys(e.missing).length > 0);
  return {
    evaluations,
    lead: evaluations[0]!,
    others: evaluations.slice(1),
    rejections,
    satisfied: evaluations.every((e) => e.satisfied),
    actionRequired: anyMissing && rejections.length === 0,
    environment,
  };
}

/** Step 8: rejections, missing approvals, ignored decisions and a promoted tree that is not the approved one. */
async function findingsOf(
  c: Combined,
  notes: readonly Finding[],
  source: ApprovalSource,
  event: PromotionContext,
  shared: Shared,
): Promise<Finding[]> {
  const { headSha, promotedSha, pr } = shared;
  const findings: Finding[] = [...notes];
  for (const d of c.rejections) {
    const roles = c.evaluations.flatMap((e) => [...(e.rolesOf.get(norm(d.login)) ?? [])]);
    findings.push({
      ruleId: 'approval.rejected',
      severity: 'critical',
      message: `${d.login} (${[...new Set(roles)].join(', ')}) rejected ${headSha.slice(0, 12)} with /reject at ${d.at}.`,
      help: 'The rejection stands until the same person comments /approve (or approves the head commit in a review).',
    });
  }
  for (const e of c.evaluations) {
    const prefix = e === c.lead ? '' : `Policy of ${where(e.policy)} (${e.risk.level} risk): `;
    for (const [role, n] of Object.entries(e.missing)) {
      const who = [...e.canFill[role]!.users, ...e.canFill[role]!.teams];
      findings.push({
        ruleId: 'approval.missing',
        severity: 'high',
        message: `${prefix}Needs ${n} more approval(s) from ${role}${who.length > 0 ? `; can approve: ${who.join(', ')}` : '; nobody eligible is left in this role'}.`,
        help:
          shared.tip.unknown === undefined
            ? `Approve commit ${headSha} in a pull request review, or comment "/approve" (write permission needed).`
            : `Approve commit ${headSha} in a pull request review, or comment "/approve ${headSha}" with the full SHA (write permission needed; a plain or abbreviated "/approve" does not count here: ${shared.tip.unknown}).`,
      });
    }
  }
  for (const i of c.lead.ignored) {
    findings.push({
      ruleId: 'approval.ignored',
      severity: 'info',
      message: `${i.login}'s ${i.via} (${i.id}) does not count: ${i.reason}.`,
    });
  }
  if (event.sha && promotedSha !== headSha) {
    const promotedTree = (await source.getCommit(promotedSha)).tree;
    const approvedTree = shared.headCommit.tree;
    if (approvedTree && promotedTree && approvedTree !== promotedTree) {
      findings.push({
        ruleId: 'approval.tree-differs',
        severity: 'medium',
        message: `Commit ${promotedSha.slice(0, 12)} does not hold exactly the tree approved in #${pr.number} (${headSha.slice(0, 12)}): the base branch moved before the merge.`,
        help: 'Require branches to be up to date before merging (branch protection) so the promoted tree is the approved one.',
      });
    }
  }
  return findings;
}

const missingText = (m: Record<string, number>): string =>
  Object.entries(m)
    .map(([r, n]) => `${r} ×${n}`)
    .join(', ');

const countsOf = (c: Combined): { approvalCount: number; requiredCount: number } => ({
  approvalCount: c.lead.approvals.length,
  requiredCount: Object.values(c.lead.required).reduce((a, b) => a + b, 0),
});

function headlineOf(c: Combined, headSha: string): string {
  const short = headSha.slice(0, 12);
  const { risk, approvals, missing } = c.lead;
  const { approvalCount, requiredCount } = countsOf(c);
  const otherMissing = c.others.filter((e) => !e.satisfied);
  if (c.rejections.length > 0) return `rejected by ${c.rejections.map((d) => d.login).join(', ')} on ${short}`;
  if (c.satisfied)
    return `approved for ${c.environment}: ${risk.level} risk, ${approvals.map((a) => `${a.login} as ${a.role}`).join(', ') || 'no approval required at this level'} on ${short}`;
  if (Object.keys(missing).length > 0)
    return `awaiting approval for ${c.environment}: ${risk.level} risk needs ${missingText(missing)} (${approvalCount}/${requiredCount}) on ${short}`;
  return `awaiting approval for ${c.environment}: the policy of ${where(otherMissing[0]!.policy)} needs ${missingText(otherMissing[0]!.missing)} on ${short}`;
}

function summaryOf(c: Combined, headSha: string): string {
  const { approvalCount, requiredCount } = countsOf(c);
  if (c.rejections.length > 0) return `rejected by ${c.rejections.map((d) => d.login).join(', ')}`;
  if (c.satisfied) return `${approvalCount}/${requiredCount} required approval(s) on ${headSha.slice(0, 12)}`;
  const otherMissing = c.others.filter((e) => !e.satisfied);
  const missing =
    [missingText(c.lead.missing), ...otherMissing.map((e) => `${missingText(e.missing)} (policy of ${e.policy.ref})`)]
      .filter((x) => x !== '')
      .join('; ') || 'nothing';
  return `${approvalCount}/${requiredCount} approval(s); missing ${missing}`;
}

function auditOf(c: Combined, shared: Shared, configRef: string): AuditRecord | undefined {
  if (!c.satisfied) return undefined;
  const { risk, gateResults, gateResultsDigest } = c.lead;
  return {
    schema: 'ml-gates/approval-audit@1',
    recordedAt: new Date().toISOString(),
    environment: c.environment,
    pullRequest: shared.pr.number,
    approvedSha: shared.headSha,
    promotedSha: shared.promotedSha,
    configRef,
    policyRefs: c.evaluations.map((e) => e.policy.ref),
    risk: {
      level: risk.level,
      score: risk.score,
      factors: risk.factors.map((f) => (f.gate ? `${f.id}:${f.gate}` : f.id)),
    },
    approvals: uniqueBy(
      c.evaluations.flatMap((e) => e.approvals),
      (a) => `${norm(a.login)}:${a.role}`,
    ).map((a) => ({ login: a.login, role: a.role, via: a.via, id: a.id, at: a.at, sha: a.sha })),
    gateResults,
    gateResultsDigest,
  };
}

/** The report details: what was required, what counted, what did not, and the audit record when approved. */
function detailsOf(c: Combined, shared: Shared, configRef: string, policyRefs: string[]) {
  const { lead, others, evaluations } = c;
  const audit = auditOf(c, shared, configRef);
  return {
    environment: c.environment,
    approvalRequired: true,
    pullRequest: shared.pr.number,
    headSha: shared.headSha,
    promotedSha: shared.promotedSha,
    configRef,
    policyRefs,
    configFound: lead.policy.found,
    tip: shared.tip,
    risk: lead.risk,
    gateResults: lead.gateResults,
    gateResultsDigest: lead.gateResultsDigest,
    required: lead.required,
    approvals: lead.approvals,
    missing: lead.missing,
    canFill: lead.canFill,
    ...(others.length > 0
      ? {
          otherPolicies: others.map((e) => ({
            ref: e.policy.ref,
            risk: e.risk.level,
            required: e.required,
            missing: e.missing,
            satisfied: e.satisfied,
          })),
        }
      : {}),
    mentions: [
      ...new Set(evaluations.flatMap((e) => Object.values(e.canFill).flatMap((f) => [...f.users, ...f.teams]))),
    ].map((h) => `@${h}`),
    rejections: c.rejections,
    ignored: lead.ignored,
    ...(audit ? { audit } : {}),
  };
}

/** The gate's output once approval is required: the risk and approvals checks, headline and details. */
export async function approvalsOutput(
  c: Combined,
  input: {
    notes: readonly Finding[];
    source: ApprovalSource;
    event: PromotionContext;
    shared: Shared;
    riskOn: boolean;
    configRef: string;
    policyRefs: string[];
  },
): Promise<GateOutput> {
  const { shared } = input;
  const findings = await findingsOf(c, input.notes, input.source, input.event, shared);
  const headline = headlineOf(c, shared.headSha);
  const checks: CheckOutput[] = [];
  if (input.riskOn) checks.push(riskCheck(c.lead.risk, c.lead.gateResults));
  checks.push({
    id: 'approvals',
    title: 'Approvals',
    summary: summaryOf(c, shared.headSha),
    outcome: c.satisfied ? 'pass' : 'fail',
    findings,
  });
  const details = detailsOf(c, shared, input.configRef, input.policyRefs);
  const { risk, gateResults, approvals, missing, canFill, ignored } = c.lead;
  return {
    checks,
    headline,
    actionRequired: c.actionRequired,
    details: {
      ...details,
      markdown: renderApprovalSection({
        ...details,
        headline,
        risk,
        gateResults,
        approvals,
        missing,
        canFill,
        rejections: c.rejections,
        ignored,
      }),
    },
  };
}
