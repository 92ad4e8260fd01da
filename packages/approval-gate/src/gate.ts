/** The approval gate: risk-based human approval for the exact commit being promoted. */
import {
  UserError,
  type CheckOutput,
  type Finding,
  type Gate,
  type GateContext,
  type GateOutput,
} from '@ml-gates/core';
import { approvalsOutput, combine } from './checks/approvals.js';
import { evaluate, readShared, type Evaluation } from './evaluate.js';
import { GATE_NAME, optionsSchema, type ApprovalOptions } from './options.js';
import { checkWorkspaceConfig, DEFAULT_CONFIG_FILE, loadPolicies, type Policy } from './policy.js';
import type { ApprovalSource, PromotionContext, PullRequestInfo, TipInfo } from './source.js';
import { APPROVAL_GATE_RULES } from './rules.js';

function approvalSource(ctx: GateContext<ApprovalOptions>): ApprovalSource | undefined {
  const s = ctx.services.approvals;
  return s && typeof s === 'object' && typeof (s as ApprovalSource).context === 'function'
    ? (s as ApprovalSource)
    : undefined;
}

/** The gate's run: everything that decides comes from a trusted ref and the API, never from the PR. */
export async function runApprovalGate(ctx: GateContext<ApprovalOptions>): Promise<GateOutput> {
  const source = approvalSource(ctx);
  if (!source) {
    // Fail closed: a promotion must never pass because nobody could check its approvals.
    return {
      checks: [
        {
          id: 'approvals',
          title: 'Approvals',
          summary: 'cannot check approvals here: needs GitHub (reviews, comments, check runs)',
          outcome: 'error',
        },
      ],
      headline: 'could not check approvals: run the approval-gate action (it reads reviews, comments and check runs)',
      actionRequired: false,
      details: { approvalRequired: null },
    };
  }
  const event = source.context();

  // 1. The pull request whose approvals count, the commit approved and the commit promoted. On pull
  // requests the head is read from the API now: a re-run or a stale payload may name an older commit.
  let pr: PullRequestInfo;
  let promotedSha: string;
  const notes: Finding[] = [];
  if (event.pullRequest !== undefined) {
    pr = await source.getPullRequest(event.pullRequest);
    promotedSha = pr.headSha;
    if (event.headSha && event.headSha.toLowerCase() !== pr.headSha.toLowerCase()) {
      notes.push({
        ruleId: 'approval.event-stale',
        severity: 'info',
        message: `The event names ${event.headSha.slice(0, 12)}, but the head of #${pr.number} is now ${pr.headSha.slice(0, 12)} (a re-run or a newer push): judging ${pr.headSha.slice(0, 12)}.`,
      });
    }
  } else if (event.sha) {
    const merged = await source.findMergedPullRequest(event.sha);
    if (!merged) return noPullRequest(event.sha, event.eventName);
    pr = merged;
    promotedSha = event.sha;
  } else {
    throw new UserError(
      'usage',
      `approval-gate cannot tell which commit is promoted on a "${event.eventName}" event.`,
      {
        details: [
          'Run it on pull_request, pull_request_target, pull_request_review, issue_comment, push or workflow_dispatch events,',
          "or on workflow_run after a pull request's workflow (GitHub leaves a fork's pull request out of workflow_run",
          'payloads: run the gate on pull_request_target for forks).',
        ],
      },
    );
  }
  const defaultBranch = await source.getDefaultBranch();
  const { output, tip } = await judge(ctx, source, event, pr, promotedSha, defaultBranch, notes);
  return guard(source, event, { pr, judged: promotedSha, defaultBranch, tip }, output);
}

/**
 * Last word before the result is published: never a pass on a head that moved during the run (also one that
 * left and came back: the comments read may have been about the commit in between), nor from a workflow file
 * the pull request changed.
 */
async function guard(
  source: ApprovalSource,
  event: PromotionContext,
  at: { pr: PullRequestInfo; judged: string; defaultBranch: string; tip: TipInfo | undefined },
  output: GateOutput,
): Promise<GateOutput> {
  const { pr, judged, defaultBranch } = at;
  const blockers: Finding[] = [];
  if (source.workflowIntegrity) {
    const w = await source.workflowIntegrity(defaultBranch);
    if (w.status !== 'same') {
      blockers.push({
        ruleId: w.status === 'changed' ? 'approval.workflow-modified' : 'approval.workflow-unverified',
        severity: 'critical',
        message: w.message,
        location: { path: w.file },
        help: 'Run the approval gate from a workflow the pull request cannot change: a pull_request_target workflow, or a ruleset that requires the workflow from a pinned ref of the default branch (see the approval-gate README).',
      });
    }
  }
  if (event.pullRequest !== undefined) {
    const current = await source.getPullRequest(pr.number);
    const now = current.headSha;
    const back =
      now.toLowerCase() === judged.toLowerCase() ? await tipMoved(source, current, judged, at.tip) : undefined;
    if (back) blockers.push(back);
    if (now.toLowerCase() !== judged.toLowerCase()) {
      blockers.push({
        ruleId: 'approval.head-moved',
        severity: 'high',
        message: `The head of #${pr.number} moved from ${judged.slice(0, 12)} to ${now.slice(0, 12)} while the gate ran; ${judged.slice(0, 12)} is no longer the commit being merged, so it is not approved here.`,
        help: `The run for ${now.slice(0, 12)} decides; re-run the gate if it did not start.`,
      });
    }
  }
  if (blockers.length === 0) return { ...output, judgedCommit: judged };
  const details = output.details ?? {};
  const { audit: _audit, ...rest } = details as Record<string, unknown>;
  const checks = output.checks.map((c): CheckOutput => {
    if (c.id !== 'approvals') return c;
    return {
      ...c,
      summary: `not approved: ${blockers.map((b) => b.ruleId.replace('approval.', '')).join(', ')}; ${c.summary}`,
      outcome: 'fail',
      findings: [...blockers, ...(c.findings ?? [])],
    };
  });
  return {
    ...output,
    checks,
    headline: `not approved: ${blockers[0]!.message}`,
    actionRequired: false,
    judgedCommit: judged,
    details: { ...rest, blockers: blockers.map((b) => b.ruleId) },
  };
}

/**
 * The head is still the judged commit, but did it stay the tip? When the tip the decision used (the moment the
 * head last became the branch tip) is not the tip now, the head left and came back during the run: comments read
 * meanwhile may have been about the commit in between. Read again, never from the first read.
 */
async function tipMoved(
  source: ApprovalSource,
  pr: PullRequestInfo,
  judged: string,
  before: TipInfo | undefined,
): Promise<Finding | undefined> {
  // A tip unknown at first counted no plain or abbreviated command at all: nothing hung on it (the activity
  // listing a push late is no reason to block approvals given in reviews).
  if (before === undefined || before.unknown !== undefined || pr.mergedAt || !source.headBecameTip) return undefined;
  const now = await source.headBecameTip(pr, judged, { fresh: true });
  if (now.unknown === undefined && now.at === before.at) return undefined;
  const was = before.at ?? 'its first push';
  const is = now.unknown === undefined ? (now.at ?? 'its first push') : `an unknown moment (${now.unknown})`;
  return {
    ruleId: 'approval.head-moved',
    severity: 'high',
    message: `The branch of #${pr.number} moved while the gate ran: ${judged.slice(0, 12)} last became its tip at ${was} when the gate started, and at ${is} now, so the comments read may be about another commit; ${judged.slice(0, 12)} is not approved here.`,
    help: 'The run triggered by that push decides; re-run the gate if it did not start.',
  };
}

/** Nothing to approve: the environment is not one the policies protect. */
function noApprovalRequired(
  primary: Policy,
  environment: string,
  notes: Finding[],
  at: { pr: PullRequestInfo; promotedSha: string; policyRefs: string[] },
): GateOutput {
  return {
    checks: [
      {
        id: 'approvals',
        title: 'Approvals',
        summary: `no approval required for ${environment} (required for: ${primary.options.environments.join(', ') || 'none'})`,
        outcome: 'pass',
        findings: notes,
      },
      {
        id: 'risk',
        title: 'Risk level',
        summary: `not assessed: no approval is required for ${environment}`,
        outcome: 'pass',
      },
    ],
    headline: `no approval required for environment ${environment}`,
    details: {
      environment,
      approvalRequired: false,
      pullRequest: at.pr.number,
      headSha: at.pr.headSha,
      promotedSha: at.promotedSha,
      configRef: primary.ref,
      policyRefs: at.policyRefs,
    },
  };
}

async function judge(
  ctx: GateContext<ApprovalOptions>,
  source: ApprovalSource,
  event: PromotionContext,
  pr: PullRequestInfo,
  promotedSha: string,
  defaultBranch: string,
  notes: Finding[],
): Promise<{ output: GateOutput; tip?: TipInfo }> {
  const configFile = event.configFile ?? DEFAULT_CONFIG_FILE;
  const policies = await loadPolicies(approvalGate, source, event, pr, defaultBranch);
  checkWorkspaceConfig(approvalGate, ctx, policies, { configFile, pr, defaultBranch }, notes);
  const primary = policies[0]!;
  const environment = event.environment ?? primary.options.environment;
  const needing = policies.filter((p) => p.options.environments.includes(environment));
  const policyRefs = policies.map((p) => p.ref);
  if (needing.length === 0)
    return { output: noApprovalRequired(primary, environment, notes, { pr, promotedSha, policyRefs }) };
  const shared = await readShared(source, event, pr, promotedSha);
  const evaluations: Evaluation[] = [];
  for (const p of needing) evaluations.push(await evaluate(source, shared, p, configFile, environment));
  const output = await approvalsOutput(combine(evaluations, environment), {
    notes,
    source,
    event,
    shared,
    riskOn: ctx.check('risk').mode !== 'off',
    configRef: primary.ref,
    policyRefs,
  });
  return { output, tip: shared.tip };
}

function noPullRequest(sha: string, eventName: string): GateOutput {
  return {
    checks: [
      {
        id: 'approvals',
        title: 'Approvals',
        summary: `no merged pull request introduced ${sha.slice(0, 12)}`,
        outcome: 'fail',
        findings: [
          {
            ruleId: 'approval.no-pull-request',
            severity: 'high',
            message: `Commit ${sha.slice(0, 12)} (${eventName}) was not merged through a pull request, so nobody approved it.`,
            help: 'Promote commits merged through pull requests, or protect the environment with required reviewers.',
          },
        ],
      },
    ],
    headline: `no approvals: ${sha.slice(0, 12)} did not come from a pull request`,
    actionRequired: false,
    details: { approvalRequired: true, promotedSha: sha },
  };
}

/** Approval gate: risk-based human approval for the exact commit being promoted. */
export const approvalGate: Gate<ApprovalOptions> = {
  name: GATE_NAME,
  title: 'Approval gate',
  rules: APPROVAL_GATE_RULES,
  description: 'Risk-based human approval for the exact commit being promoted.',
  checks: [
    {
      id: 'risk',
      title: 'Risk level',
      description:
        "Scores risk from the model's metadata (default branch) and the other gates' results for the commit.",
      defaultMode: 'block',
    },
    {
      id: 'approvals',
      title: 'Approvals',
      description: 'The approvers the risk level requires approved exactly the commit being promoted.',
      defaultMode: 'block',
    },
  ],
  optionsSchema,
  run: runApprovalGate,
};
