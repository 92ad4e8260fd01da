/** What one policy says about the commit: risk, the roles it requires, whose decisions count, who fills which slot. */
import { UserError } from '@ml-gates/core';
import { assignRoles, collectDecisions, isBot, norm, type Decision, type Ignored } from './approvals.js';
import { digestGateResults, readGateResults, type GateResultEntry } from './gate-results.js';
import { readCardMetadata } from './metadata.js';
import { GATE_NAME, type ApprovalOptions, type RoleMembers } from './options.js';
import type { Policy } from './policy.js';
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

/** A GitHub login: letters, digits and single hyphens, at most 39 characters. */
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/** A counted approval and the role it fills. */
export interface RoleApproval extends Decision {
  role: string;
}

/** Reads shared by every policy, fetched once. */
export interface Shared {
  pr: PullRequestInfo;
  headSha: string;
  promotedSha: string;
  excluded: Map<string, string>;
  headCommit: CommitInfo;
  headSeenAt: string | undefined;
  /** When a /reject starts to count: GitHub's first sight of the head (else its earliest git date). */
  rejectSince: string | undefined;
  tip: TipInfo;
  reviews: ReviewInfo[];
  comments: CommentInfo[];
  runs: CheckRunInfo[];
  permission(login: string): Promise<Permission>;
}

/** What one policy says about the commit. */
export interface Evaluation {
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

/** Reads everything that does not depend on the policy: commits, who may not approve, reviews, comments. */
export async function readShared(
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
    // A second account credited as co-author wrote the change too: the account its no-reply address names,
    // else the login its name spells (an email GitHub does not publish cannot be linked; more exclusions, never fewer).
    for (const co of c.coAuthors ?? []) {
      const login = co.login ?? (LOGIN.test(co.name) ? co.name : undefined);
      if (login && !excluded.has(norm(login))) {
        excluded.set(norm(login), `co-author of ${c.sha.slice(0, 12)} (Co-authored-by: ${co.name} <${co.email}>)`);
      }
    }
  }
  const pushers = [...(event.pusher ? [event.pusher] : []), ...((await source.listPushers?.(pr)) ?? [])];
  for (const p of pushers) if (!excluded.has(norm(p))) excluded.set(norm(p), 'pushed to the pull request');

  // 6. When the head commit appeared: comments must come later. Git dates can be backdated, the first
  // check suite cannot; the latest of them is the bound. Plain commands must also come after the head last
  // became the branch tip (a force-push back to an older commit does not inherit approvals of a newer one).
  const headCommit = commits.find((c) => c.sha === headSha) ?? (await source.getCommit(headSha));
  const firstSeen = await source.firstSeenAt?.(headSha);
  const seen = [headCommit.committerDate, headCommit.authorDate, firstSeen]
    .filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const headSeenAt = seen.at(-1);
  // A /reject blocks from the moment GitHub first saw the head: its first check suite, else the earliest git
  // date. Never the latest git date: a pusher who dates the commit in the future must not void every /reject.
  const rejectSince = firstSeen ?? seen[0];
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
  return {
    pr,
    headSha,
    promotedSha,
    excluded,
    headCommit,
    headSeenAt,
    rejectSince,
    tip,
    reviews,
    comments,
    runs,
    permission,
  };
}

/** Step 3a: the other gates' results for the promoted commit (those the policy expects). */
function gateResultsOf(s: Shared, policy: Policy): { gateResults: GateResultEntry[]; gateResultsDigest: string } {
  const { options, config } = policy;
  const enabled = Object.entries(config.gates)
    .filter(([name, sec]) => name !== GATE_NAME && sec !== undefined && sec.enabled !== false)
    .map(([name]) => name);
  const gateResults = readGateResults(s.runs, {
    prefix: options['check-name-prefix'],
    expected: options.gates ?? enabled,
    self: GATE_NAME,
    sha: s.promotedSha,
  });
  return { gateResults, gateResultsDigest: digestGateResults(s.promotedSha, gateResults) };
}

/** Step 3b: risk from the metadata at the policy's ref (config, model card, first deployment) and the gates' results. */
async function riskOf(
  source: ApprovalSource,
  policy: Policy,
  environment: string,
  gateResults: readonly GateResultEntry[],
): Promise<RiskAssessment> {
  const { options, ref } = policy;
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
  return assessRisk(
    options,
    {
      config: options.metadata,
      ...(card ? { card } : {}),
      ...(cardPath ? { cardPath } : {}),
      ...(firstDeployment === undefined ? {} : { firstDeployment }),
    },
    gateResults,
  );
}

/** Step 4: who must approve at this level; every required role must name someone, and every team must be readable. */
async function requiredRoles(
  source: ApprovalSource,
  policy: Policy,
  risk: RiskAssessment,
  configFile: string,
): Promise<Record<string, number>> {
  const { options, ref } = policy;
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
  const teams = teamsOf(options);
  try {
    for (const t of teams) await source.verifyTeam(t);
  } catch (error) {
    if (error instanceof TeamAccessError) throw teamError(error, teams);
    throw error;
  }
  return required;
}

const teamsOf = (options: ApprovalOptions): string[] => [
  ...new Set(Object.keys(options.roles).flatMap((r) => options.roles[r]!.teams)),
];

/** Step 7: the roles of each person who decided. */
async function rolesOfDeciders(
  source: ApprovalSource,
  options: ApprovalOptions,
  decisions: readonly Decision[],
): Promise<Map<string, Set<string>>> {
  const teams = teamsOf(options);
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
  const rolesOf = new Map<string, Set<string>>();
  for (const d of decisions) {
    const set = new Set<string>();
    for (const [role, m] of Object.entries(options.roles)) if (await memberOf(d.login, m)) set.add(role);
    rolesOf.set(norm(d.login), set);
  }
  return rolesOf;
}

interface Counted {
  approvals: RoleApproval[];
  rejections: Decision[];
  missing: Record<string, number>;
  canFill: Record<string, { users: string[]; teams: string[] }>;
  outside: Ignored[];
}

/** Decisions of people in a role count; approvers fill role slots, and who could fill the rest is listed. */
function countDecisions(
  s: Shared,
  options: ApprovalOptions,
  level: string,
  decisions: readonly Decision[],
  rolesOf: Map<string, Set<string>>,
  required: Record<string, number>,
): Counted {
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
      reason: `holds no role still needed at ${level} risk (${[...(rolesOf.get(norm(d.login)) ?? [])].join(', ')})`,
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
  return { approvals, rejections, missing, canFill, outside };
}

/** Applies one policy: risk, the roles it requires, what counts, who fills which slot. */
export async function evaluate(
  source: ApprovalSource,
  s: Shared,
  policy: Policy,
  configFile: string,
  environment: string,
): Promise<Evaluation> {
  const { options } = policy;
  const { gateResults, gateResultsDigest } = gateResultsOf(s, policy);
  const risk = await riskOf(source, policy, environment, gateResults);
  const required = await requiredRoles(source, policy, risk, configFile);
  const { decisions, ignored } = await collectDecisions({
    headSha: s.headSha,
    ...(s.headSeenAt ? { headSeenAt: s.headSeenAt } : {}),
    ...(s.rejectSince ? { rejectSince: s.rejectSince } : {}),
    ...(s.tip.at ? { tipSince: s.tip.at } : {}),
    ...(s.tip.unknown ? { tipUnknown: s.tip.unknown } : {}),
    reviews: s.reviews,
    comments: s.comments,
    excluded: s.excluded,
    permission: s.permission,
    commentApprovals: options['comment-approvals'],
  });
  const rolesOf = await rolesOfDeciders(source, options, decisions);
  const c = countDecisions(s, options, risk.level, decisions, rolesOf, required);
  return {
    policy,
    risk,
    gateResults,
    gateResultsDigest,
    required,
    approvals: c.approvals,
    missing: c.missing,
    canFill: c.canFill,
    rejections: c.rejections,
    rolesOf,
    ignored: [...ignored, ...c.outside],
    satisfied: Object.keys(c.missing).length === 0 && c.rejections.length === 0,
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
