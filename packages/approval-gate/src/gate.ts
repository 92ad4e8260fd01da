import {
  defaultConfig,
  parseConfig,
  resolveCheck,
  resolveSection,
  UserError,
  type CheckOutput,
  type Finding,
  type Gate,
  type GateContext,
  type GateOutput,
  type Metric,
  type MlGatesConfig,
  type Mode,
} from '@ml-gates/core';
import { assignRoles, collectDecisions, isBot, norm, type Decision, type Ignored } from './approvals.js';
import { optionsSchema, type ApprovalOptions, type RoleMembers } from './config.js';
import { digestGateResults, readGateResults, type GateResultEntry, type GateStatus } from './gate-results.js';
import { readCardMetadata } from './metadata.js';
import { assessRisk, type RiskAssessment } from './risk.js';
import {
  TeamAccessError,
  type ApprovalSource,
  type CheckRunInfo,
  type CommentInfo,
  type CommitInfo,
  type Permission,
  type PromotionContext,
  type PullRequestInfo,
  type ReviewInfo,
  type TipInfo,
} from './source.js';
import { renderApprovalSection } from './summary.js';
import { APPROVAL_GATE_RULES } from './rules.js';

export const GATE_NAME = 'approval-gate';
const DEFAULT_CONFIG_FILE = 'ml-gates.yml';
const MODE_RANK: Record<Mode, number> = { off: 0, warn: 1, block: 2 };

/** A counted approval and the role it fills. */
export interface RoleApproval extends Decision {
  role: string;
}

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

const statusVerdict: Record<GateStatus, Metric['verdict']> = {
  passed: 'pass',
  warned: 'warn',
  waived: 'warn',
  failed: 'fail',
  pending: 'skipped',
  missing: 'skipped',
};

function approvalSource(ctx: GateContext<ApprovalOptions>): ApprovalSource | undefined {
  const s = ctx.services.approvals;
  return s && typeof s === 'object' && typeof (s as ApprovalSource).context === 'function'
    ? (s as ApprovalSource)
    : undefined;
}

/** Reads and validates the config at a trusted ref; the approval-gate section with defaults filled in. */
async function baseConfig(
  source: ApprovalSource,
  file: string,
  ref: string,
): Promise<{ config: MlGatesConfig; options: ApprovalOptions; found: boolean }> {
  const text = await source.readFile(file, ref);
  const config = text === undefined ? defaultConfig() : parseConfig(text, `${file} (at ${ref})`, [approvalGate]).config;
  const section = resolveSection(approvalGate, config);
  const { enabled: _e, 'fail-on': _f, checks: _c, waivers: _w, ...options } = section;
  return { config, options: options as unknown as ApprovalOptions, found: text !== undefined };
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A policy the gate applies: the approval-gate section of `ml-gates.yml` at a trusted ref. */
interface Policy {
  ref: string;
  /** `trusted`: the default branch (or the `policy-ref` input); `base`: the PR's own base when it differs. */
  kind: 'trusted' | 'base';
  config: MlGatesConfig;
  options: ApprovalOptions;
  found: boolean;
}

/** Reads shared by every policy, fetched once. */
interface Shared {
  pr: PullRequestInfo;
  headSha: string;
  promotedSha: string;
  excluded: Map<string, string>;
  headCommit: CommitInfo;
  headSeenAt: string | undefined;
  tip: TipInfo;
  reviews: ReviewInfo[];
  comments: CommentInfo[];
  runs: CheckRunInfo[];
  permission(login: string): Promise<Permission>;
}

/** What one policy says about the commit. */
interface Evaluation {
  policy: Policy;
  risk: RiskAssessment;
  gateResults: GateResultEntry[];
  gateResultsDigest: string;
  required: Record<string, number>;
  approvals: RoleApproval[];
  missing: Record<string, number>;
  canFill: Record<string, { users: string[]; teams: string[] }>;
  rejections: Decision[];
  rolesOf: Map<string, Set<string>>;
  ignored: Ignored[];
  satisfied: boolean;
}

const where = (p: Policy): string => (p.kind === 'trusted' ? p.ref : `the base branch ${p.ref}`);

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
          details: { actionRequired: false },
        },
      ],
      headline: 'could not check approvals: run the approval-gate action (it reads reviews, comments and check runs)',
      details: { approvalRequired: null, actionRequired: false },
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
        details: ['Run it on pull_request, pull_request_review, issue_comment, push or workflow_dispatch events.'],
      },
    );
  }
  const defaultBranch = await source.getDefaultBranch();
  const output = await judge(ctx, source, event, pr, promotedSha, defaultBranch, notes);
  return guard(source, event, pr, promotedSha, defaultBranch, output);
}

/**
 * Last word before the result is published: never a pass on a head that moved during the run, nor from a
 * workflow file the pull request changed.
 */
async function guard(
  source: ApprovalSource,
  event: PromotionContext,
  pr: PullRequestInfo,
  judged: string,
  defaultBranch: string,
  output: GateOutput,
): Promise<GateOutput> {
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
    const now = (await source.getPullRequest(pr.number)).headSha;
    if (now.toLowerCase() !== judged.toLowerCase()) {
      blockers.push({
        ruleId: 'approval.head-moved',
        severity: 'high',
        message: `The head of #${pr.number} moved from ${judged.slice(0, 12)} to ${now.slice(0, 12)} while the gate ran; ${judged.slice(0, 12)} is no longer the commit being merged, so it is not approved here.`,
        help: `The run for ${now.slice(0, 12)} decides; re-run the gate if it did not start.`,
      });
    }
  }
  const details = { ...(output.details ?? {}), judgedCommit: judged };
  if (blockers.length === 0) return { ...output, details };
  const { audit: _audit, ...rest } = details as Record<string, unknown>;
  const checks = output.checks.map((c): CheckOutput => {
    if (c.id !== 'approvals') return c;
    return {
      ...c,
      summary: `not approved: ${blockers.map((b) => b.ruleId.replace('approval.', '')).join(', ')}; ${c.summary}`,
      outcome: 'fail',
      findings: [...blockers, ...(c.findings ?? [])],
      details: { ...(c.details ?? {}), actionRequired: false },
    };
  });
  return {
    ...output,
    checks,
    headline: `not approved: ${blockers[0]!.message}`,
    details: { ...rest, actionRequired: false, blockers: blockers.map((b) => b.ruleId) },
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
): Promise<GateOutput> {
  const configFile = event.configFile ?? DEFAULT_CONFIG_FILE;
  const headSha = pr.headSha;

  // 2. Policy from the default branch (or the policy-ref input), whatever base the PR targets; a PR against
  // another base must satisfy that base's policy too. A merged PR into the default branch: the commit it was
  // merged onto, so the PR's own edits to ml-gates.yml (now on the branch) do not judge it.
  const baseAt = pr.mergedAt ? pr.baseSha : pr.baseRef;
  const trustedRef = event.policyRef ?? (pr.baseRef === defaultBranch ? baseAt : defaultBranch);
  const policies: Policy[] = [
    { ref: trustedRef, kind: 'trusted', ...(await baseConfig(source, configFile, trustedRef)) },
  ];
  if (pr.baseRef !== defaultBranch && pr.baseRef !== event.policyRef && baseAt !== trustedRef) {
    policies.push({ ref: baseAt, kind: 'base', ...(await baseConfig(source, configFile, baseAt)) });
  }
  const primary = policies[0]!;
  const spec = approvalGate.checks.find((c) => c.id === 'approvals');
  const strictest = policies
    .map((p) => ({ p, mode: resolveCheck(spec, resolveSection(approvalGate, p.config), 'high').mode }))
    .sort((a, b) => MODE_RANK[b.mode] - MODE_RANK[a.mode])[0]!;
  const headMode = ctx.check('approvals').mode;
  if (MODE_RANK[headMode] < MODE_RANK[strictest.mode]) {
    throw new UserError(
      'config-invalid',
      `The workspace's ${configFile} sets the approval-gate "approvals" check to "${headMode}", but ${where(strictest.p)} says "${strictest.mode}".`,
      {
        details: [
          'Approval policy is read from the default branch so that a pull request cannot approve itself.',
          `Keep the check's mode as on ${strictest.p.ref}; a policy change takes effect once merged under the current policy.`,
        ],
      },
    );
  }
  const { environment: _env, ...headOpts } = ctx.options as unknown as Record<string, unknown>;
  const { environment: _benv, ...baseOpts } = primary.options as unknown as Record<string, unknown>;
  if (stable(headOpts) !== stable(baseOpts)) {
    notes.push({
      ruleId: 'approval.head-config-ignored',
      severity: 'info',
      message: `The workspace's ${configFile} changes approval-gate settings; those of ${primary.ref} apply until it is merged.`,
      location: { path: configFile },
    });
  }
  if (policies.length > 1) {
    notes.push({
      ruleId: 'approval.base-policy',
      severity: 'info',
      message: `#${pr.number} targets ${pr.baseRef}, not the default branch ${defaultBranch}: it must satisfy the policy of ${primary.ref} and that of ${pr.baseRef}.`,
    });
  }

  const environment = event.environment ?? primary.options.environment ?? 'prod';
  const needing = policies.filter((p) => p.options.environments.includes(environment));
  const configRef = primary.ref;
  const policyRefs = policies.map((p) => p.ref);
  if (needing.length === 0) {
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
        pullRequest: pr.number,
        headSha,
        promotedSha,
        configRef,
        policyRefs,
      },
    };
  }

  const shared = await readShared(source, event, pr, promotedSha);
  const evaluations: Evaluation[] = [];
  for (const p of needing) evaluations.push(await evaluate(source, shared, p, configFile, environment));
  const lead = evaluations[0]!;
  const others = evaluations.slice(1);
  const { risk, gateResults, gateResultsDigest, required, approvals, missing, canFill } = lead;
  const rejections = uniqueBy([...evaluations.flatMap((e) => e.rejections)], (d) => norm(d.login));
  const allIgnored = lead.ignored;
  const satisfied = evaluations.every((e) => e.satisfied);
  const anyMissing = evaluations.some((e) => Object.keys(e.missing).length > 0);
  const actionRequired = anyMissing && rejections.length === 0;

  // 8. Findings, summary, audit.
  const findings: Finding[] = [...notes];
  for (const d of rejections) {
    const roles = evaluations.flatMap((e) => [...(e.rolesOf.get(norm(d.login)) ?? [])]);
    findings.push({
      ruleId: 'approval.rejected',
      severity: 'critical',
      message: `${d.login} (${[...new Set(roles)].join(', ')}) rejected ${headSha.slice(0, 12)} with /reject at ${d.at}.`,
      help: 'The rejection stands until the same person comments /approve (or approves the head commit in a review).',
    });
  }
  for (const e of evaluations) {
    const prefix = e === lead ? '' : `Policy of ${where(e.policy)} (${e.risk.level} risk): `;
    for (const [role, n] of Object.entries(e.missing)) {
      const who = [...e.canFill[role]!.users, ...e.canFill[role]!.teams];
      findings.push({
        ruleId: 'approval.missing',
        severity: 'high',
        message: `${prefix}Needs ${n} more approval(s) from ${role}${who.length > 0 ? `; can approve: ${who.join(', ')}` : '; nobody eligible is left in this role'}.`,
        help: `Approve commit ${headSha} in a pull request review, or comment "/approve" (write permission needed).`,
      });
    }
  }
  for (const i of allIgnored) {
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

  const approvalCount = approvals.length;
  const requiredCount = Object.values(required).reduce((a, b) => a + b, 0);
  const short = headSha.slice(0, 12);
  const otherMissing = others.filter((e) => !e.satisfied);
  const missingText = (m: Record<string, number>): string =>
    Object.entries(m)
      .map(([r, n]) => `${r} ×${n}`)
      .join(', ');
  const headline =
    rejections.length > 0
      ? `rejected by ${rejections.map((d) => d.login).join(', ')} on ${short}`
      : satisfied
        ? `approved for ${environment}: ${risk.level} risk, ${approvals.map((a) => `${a.login} as ${a.role}`).join(', ') || 'no approval required at this level'} on ${short}`
        : Object.keys(missing).length > 0
          ? `awaiting approval for ${environment}: ${risk.level} risk needs ${missingText(missing)} (${approvalCount}/${requiredCount}) on ${short}`
          : `awaiting approval for ${environment}: the policy of ${where(otherMissing[0]!.policy)} needs ${missingText(otherMissing[0]!.missing)} on ${short}`;

  const audit: AuditRecord | undefined = satisfied
    ? {
        schema: 'ml-gates/approval-audit@1',
        recordedAt: new Date().toISOString(),
        environment,
        pullRequest: pr.number,
        approvedSha: headSha,
        promotedSha,
        configRef,
        policyRefs: evaluations.map((e) => e.policy.ref),
        risk: {
          level: risk.level,
          score: risk.score,
          factors: risk.factors.map((f) => (f.gate ? `${f.id}:${f.gate}` : f.id)),
        },
        approvals: uniqueBy(
          evaluations.flatMap((e) => e.approvals),
          (a) => `${norm(a.login)}:${a.role}`,
        ).map((a) => ({ login: a.login, role: a.role, via: a.via, id: a.id, at: a.at, sha: a.sha })),
        gateResults,
        gateResultsDigest,
      }
    : undefined;

  const checks: CheckOutput[] = [];
  if (ctx.check('risk').mode !== 'off') checks.push(riskCheck(risk, gateResults));
  checks.push({
    id: 'approvals',
    title: 'Approvals',
    summary:
      rejections.length > 0
        ? `rejected by ${rejections.map((d) => d.login).join(', ')}`
        : satisfied
          ? `${approvalCount}/${requiredCount} required approval(s) on ${short}`
          : `${approvalCount}/${requiredCount} approval(s); missing ${
              [
                missingText(missing),
                ...otherMissing.map((e) => `${missingText(e.missing)} (policy of ${e.policy.ref})`),
              ]
                .filter((x) => x !== '')
                .join('; ') || 'nothing'
            }`,
    outcome: satisfied ? 'pass' : 'fail',
    findings,
    details: { actionRequired },
  });

  const details = {
    environment,
    approvalRequired: true,
    actionRequired,
    pullRequest: pr.number,
    headSha,
    promotedSha,
    configRef,
    policyRefs,
    configFound: lead.policy.found,
    tip: shared.tip,
    risk,
    gateResults,
    gateResultsDigest,
    required,
    approvals,
    missing,
    canFill,
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
      ...new Set(evaluations.flatMap((e) => Object.values(e.canFill).flatMap((c) => [...c.users, ...c.teams]))),
    ].map((h) => `@${h}`),
    rejections,
    ignored: allIgnored,
    ...(audit ? { audit } : {}),
  };
  return {
    checks,
    headline,
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
        rejections,
        ignored: allIgnored,
      }),
    },
  };
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** Reads everything that does not depend on the policy: commits, who may not approve, reviews, comments. */
async function readShared(
  source: ApprovalSource,
  event: PromotionContext,
  pr: PullRequestInfo,
  promotedSha: string,
): Promise<Shared> {
  const headSha = pr.headSha;
  // 5. Who may not approve: the PR author, the authors, committers and pushers of its commits.
  const excluded = new Map<string, string>();
  excluded.set(norm(pr.author.login), 'PR author');
  const commits = await source.listCommits(pr.number);
  for (const c of commits) {
    for (const who of [c.author, c.committer]) {
      if (who && !isBot(who) && who.login !== 'web-flow' && !excluded.has(norm(who.login))) {
        excluded.set(norm(who.login), `author or committer of ${c.sha.slice(0, 12)}`);
      }
    }
  }
  const pushers = [...(event.pusher ? [event.pusher] : []), ...((await source.listPushers?.(pr)) ?? [])];
  for (const p of pushers) if (!excluded.has(norm(p))) excluded.set(norm(p), 'pushed to the pull request');

  // 6. When the head commit appeared: comments must come later. Git dates can be backdated, the first
  // check suite cannot; the latest of them is the bound. Plain commands must also come after the head last
  // became the branch tip (a force-push back to an older commit does not inherit approvals of a newer one).
  const headCommit = commits.find((c) => c.sha === headSha) ?? (await source.getCommit(headSha));
  const seen = [headCommit.committerDate, headCommit.authorDate, await source.firstSeenAt?.(headSha)]
    .filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const headSeenAt = seen.at(-1);
  const tip: TipInfo = pr.mergedAt
    ? {}
    : ((await source.headBecameTip?.(pr, headSha)) ?? {
        unknown: 'the source cannot tell when the head became the branch tip',
      });

  const [reviews, comments, runs] = await Promise.all([
    source.listReviews(pr.number),
    source.listComments(pr.number),
    source.listCheckRuns(promotedSha),
  ]);
  const perms = new Map<string, Promise<Permission>>();
  const permission = (login: string): Promise<Permission> => {
    const key = norm(login);
    if (!perms.has(key)) perms.set(key, source.getPermission(login));
    return perms.get(key)!;
  };
  return { pr, headSha, promotedSha, excluded, headCommit, headSeenAt, tip, reviews, comments, runs, permission };
}

/** Applies one policy: risk, the roles it requires, what counts, who fills which slot. */
async function evaluate(
  source: ApprovalSource,
  s: Shared,
  policy: Policy,
  configFile: string,
  environment: string,
): Promise<Evaluation> {
  const { options, config, ref } = policy;
  // 3. Risk: metadata from the policy's ref, the other gates' results for the promoted commit.
  const enabled = Object.entries(config.gates)
    .filter(([name, sec]) => name !== GATE_NAME && sec !== undefined && sec.enabled !== false)
    .map(([name]) => name);
  const gateResults = readGateResults(s.runs, {
    prefix: options['check-name-prefix'],
    expected: options.gates ?? enabled,
    self: GATE_NAME,
    sha: s.promotedSha,
  });
  const gateResultsDigest = digestGateResults(s.promotedSha, gateResults);
  let card: ReturnType<typeof readCardMetadata> | undefined;
  const cardPath = options['model-card'];
  if (cardPath) {
    const text = await source.readFile(cardPath, ref);
    if (text === undefined) {
      throw new UserError('config-invalid', `gates.approval-gate.model-card: ${cardPath} does not exist on ${ref}.`, {
        details: [`The model card is read from ${ref}; fix the path or remove "model-card".`],
      });
    }
    card = readCardMetadata(text, cardPath);
  }
  const declaredFirst = options.metadata['first-deployment'] ?? card?.['first-deployment'];
  const firstDeployment = declaredFirst === undefined ? !(await source.hasEarlierDeployment(environment)) : undefined;
  const risk = assessRisk(
    options,
    {
      config: options.metadata,
      ...(card ? { card } : {}),
      ...(cardPath ? { cardPath } : {}),
      ...(firstDeployment === undefined ? {} : { firstDeployment }),
    },
    gateResults,
  );

  // 4. Who must approve at this level.
  const required = Object.fromEntries(Object.entries(options.levels[risk.level]).filter(([, n]) => n > 0));
  const problems: string[] = [];
  for (const role of Object.keys(required)) {
    const m = options.roles[role];
    if (!m || (m.users.length === 0 && m.teams.length === 0)) {
      problems.push(`gates.approval-gate.roles.${role}: no users or teams (risk level ${risk.level} requires it).`);
    }
  }
  if (problems.length > 0) {
    throw new UserError(
      'config-invalid',
      `${configFile} on ${ref} names no one for the roles ${risk.level} risk needs.`,
      {
        details: [...problems, 'Add e.g. "roles: { ml-lead: { users: [alice], teams: [my-org/ml-leads] } }".'],
      },
    );
  }
  const teams = [...new Set(Object.keys(options.roles).flatMap((r) => options.roles[r]!.teams))];
  try {
    for (const t of teams) await source.verifyTeam(t);
  } catch (error) {
    if (error instanceof TeamAccessError) throw teamError(error, teams);
    throw error;
  }

  const { decisions, ignored } = await collectDecisions({
    headSha: s.headSha,
    ...(s.headSeenAt ? { headSeenAt: s.headSeenAt } : {}),
    ...(s.tip.at ? { tipSince: s.tip.at } : {}),
    ...(s.tip.unknown ? { tipUnknown: s.tip.unknown } : {}),
    reviews: s.reviews,
    comments: s.comments,
    excluded: s.excluded,
    permission: s.permission,
    commentApprovals: options['comment-approvals'],
  });

  // 7. Roles of the people who decided.
  const rolesOf = new Map<string, Set<string>>();
  const memberOf = async (login: string, m: RoleMembers): Promise<boolean> => {
    if (m.users.some((u) => norm(u) === norm(login))) return true;
    for (const t of m.teams) {
      try {
        if (await source.isTeamMember(t, login)) return true;
      } catch (error) {
        if (error instanceof TeamAccessError) throw teamError(error, teams);
        throw error;
      }
    }
    return false;
  };
  for (const d of decisions) {
    const set = new Set<string>();
    for (const [role, m] of Object.entries(options.roles)) if (await memberOf(d.login, m)) set.add(role);
    rolesOf.set(norm(d.login), set);
  }
  const outside: Ignored[] = [];
  const counted = decisions.filter((d) => {
    if ((rolesOf.get(norm(d.login))?.size ?? 0) > 0) return true;
    outside.push({ login: d.login, via: d.via, id: d.id, at: d.at, reason: 'not in any configured approver role' });
    return false;
  });
  const rejections = counted.filter((d) => d.kind === 'reject');
  const approvers = counted.filter((d) => d.kind === 'approve');
  const { assigned, missing } = assignRoles(
    approvers.map((d) => norm(d.login)),
    rolesOf,
    required,
  );
  const approvals: RoleApproval[] = approvers
    .filter((d) => assigned.has(norm(d.login)))
    .map((d) => ({ ...d, role: assigned.get(norm(d.login))! }));
  for (const d of approvers.filter((x) => !assigned.has(norm(x.login)))) {
    outside.push({
      login: d.login,
      via: d.via,
      id: d.id,
      at: d.at,
      reason: `holds no role still needed at ${risk.level} risk (${[...(rolesOf.get(norm(d.login)) ?? [])].join(', ')})`,
    });
  }
  const canFill: Record<string, { users: string[]; teams: string[] }> = {};
  for (const role of Object.keys(missing)) {
    const m = options.roles[role]!;
    canFill[role] = {
      users: m.users.filter((u) => !s.excluded.has(norm(u)) && !assigned.has(norm(u))),
      teams: [...m.teams],
    };
  }
  return {
    policy,
    risk,
    gateResults,
    gateResultsDigest,
    required,
    approvals,
    missing,
    canFill,
    rejections,
    rolesOf,
    ignored: [...ignored, ...outside],
    satisfied: Object.keys(missing).length === 0 && rejections.length === 0,
  };
}

function riskCheck(risk: RiskAssessment, gates: readonly GateResultEntry[]): CheckOutput {
  const factors = risk.factors.map((f) => f.description);
  return {
    id: 'risk',
    title: 'Risk level',
    summary: `${risk.level} (score ${risk.score})${factors.length > 0 ? `: ${factors.join(', ')}` : ''}${risk.undeclared.length > 0 ? `; undeclared: ${risk.undeclared.join(', ')}` : ''}`,
    outcome: 'pass',
    metrics: [
      { name: 'risk-score', value: risk.score, method: 'weighted factors', details: { level: risk.level } },
      ...gates.map((g): Metric => ({
        name: 'gate-result',
        subject: g.gate,
        value: null,
        method: g.conclusion ? `${g.status} (${g.conclusion})` : g.status,
        verdict: statusVerdict[g.status],
      })),
    ],
  };
}

function teamError(error: TeamAccessError, teams: readonly string[]): UserError {
  return new UserError(
    'input-invalid',
    `Approver roles name teams (${teams.join(', ')}), but the token cannot read team membership: ${error.message}`,
    {
      details: [
        'The default GITHUB_TOKEN cannot read team membership. Set the approval-gate input "team-token" to a token',
        'that can (a GitHub App installation token with "Members: read" on the organisation, or a PAT with read:org),',
        'or list the approvers as users instead of teams.',
      ],
      cause: error,
    },
  );
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
        details: { actionRequired: false },
      },
    ],
    headline: `no approvals: ${sha.slice(0, 12)} did not come from a pull request`,
    details: { approvalRequired: true, actionRequired: false, promotedSha: sha },
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
