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
  type WorkflowIntegrity,
} from '@ml-gates/approval-gate';

/** Everything an in-memory repository holds; tests edit it directly. */
export interface World {
  event: PromotionContext;
  pulls: PullRequestInfo[];
  /** Commits per pull request number. */
  prCommits: Record<number, CommitInfo[]>;
  /** Any commit by SHA (merge commits, heads). */
  commits: Record<string, CommitInfo>;
  reviews: Record<number, ReviewInfo[]>;
  comments: Record<number, CommentInfo[]>;
  permissions: Record<string, Permission>;
  /** `org/slug` → members. */
  teams: Record<string, string[]>;
  /** False: the token cannot read teams (like the default GITHUB_TOKEN). */
  teamAccess: boolean;
  /** ref → path → text. */
  files: Record<string, Record<string, string>>;
  checkRuns: CheckRunInfo[];
  firstSeen: Record<string, string>;
  deployedBefore: boolean;
  pushers: string[];
  defaultBranch?: string;
  /** Head SHA → when it last became the branch tip (default: nothing moved it after it was first seen). */
  tips?: Record<string, TipInfo>;
  /** The PR's head after the gate first read it (a push during the run). */
  headMovesTo?: string;
  /** What comparing the running workflow with the default branch's copy gives (absent: not compared). */
  workflow?: WorkflowIntegrity;
  /** Every call made, for asserting what was read (e.g. never the PR head's config). */
  calls: string[];
}

export const H_OLD = '1111111111111111111111111111111111111111';
export const HEAD = 'abcdef0123456789abcdef0123456789abcdef01';
export const BASE_SHA = '9999999999999999999999999999999999999999';
export const MERGE = 'feedfacefeedfacefeedfacefeedfacefeedface';

export function memorySource(w: World): ApprovalSource {
  const log = (s: string): void => {
    w.calls.push(s);
  };
  return {
    context: () => w.event,
    getDefaultBranch: () => Promise.resolve(w.defaultBranch ?? 'main'),
    headBecameTip: (_pr, sha) => Promise.resolve(w.tips?.[sha] ?? {}),
    ...(w.workflow ? { workflowIntegrity: () => Promise.resolve(w.workflow!) } : {}),
    getPullRequest: (n) => {
      log(`pull ${n}`);
      const pr = w.pulls.find((p) => p.number === n);
      if (!pr) return Promise.reject(new Error(`no PR ${n}`));
      const view = { ...pr };
      if (w.headMovesTo) pr.headSha = w.headMovesTo;
      return Promise.resolve(view);
    },
    findMergedPullRequest: (sha) => {
      log(`merged-pr ${sha}`);
      return Promise.resolve(w.pulls.find((p) => p.mergedAt && (p.mergeCommitSha === sha || p.headSha === sha)));
    },
    getCommit: (sha) => {
      log(`commit ${sha}`);
      const c =
        w.commits[sha] ??
        Object.values(w.prCommits)
          .flat()
          .find((x) => x.sha === sha);
      return c ? Promise.resolve(c) : Promise.reject(new Error(`no commit ${sha}`));
    },
    listCommits: (n) => Promise.resolve(w.prCommits[n] ?? []),
    listReviews: (n) => Promise.resolve(w.reviews[n] ?? []),
    listComments: (n) => Promise.resolve(w.comments[n] ?? []),
    getPermission: (login) => {
      log(`permission ${login}`);
      return Promise.resolve(w.permissions[login.toLowerCase()] ?? 'none');
    },
    verifyTeam: (team) => {
      log(`team ${team}`);
      if (!w.teamAccess) return Promise.reject(new TeamAccessError(team, `no access to ${team} (HTTP 403)`));
      if (!w.teams[team])
        return Promise.reject(new TeamAccessError(team, `team ${team} not found or not visible (HTTP 404)`));
      return Promise.resolve();
    },
    isTeamMember: (team, login) => {
      log(`member ${team} ${login}`);
      if (!w.teamAccess) return Promise.reject(new TeamAccessError(team, 'no access'));
      return Promise.resolve((w.teams[team] ?? []).some((m) => m.toLowerCase() === login.toLowerCase()));
    },
    listPushers: () => Promise.resolve(w.pushers),
    readFile: (path, ref) => {
      log(`read ${path}@${ref}`);
      return Promise.resolve(w.files[ref]?.[path]);
    },
    listCheckRuns: (sha) => Promise.resolve(w.checkRuns.filter((r) => r.headSha === sha)),
    firstSeenAt: (sha) => Promise.resolve(w.firstSeen[sha]),
    hasEarlierDeployment: () => Promise.resolve(w.deployedBefore),
  };
}

export const BASE_CONFIG = `version: 1
gates:
  model-scan: {}
  data-gate: {}
  approval-gate:
    metadata:
      user-facing: false
      pii: false
      financial-impact: false
    roles:
      ml-lead: { users: [lead1, lead2] }
      security-lead: { users: [sec1] }
      compliance-officer: { users: [comp1] }
      cto: { users: [cto1] }
`;

let nextId = 1000;
export const id = (): number => ++nextId;

export function run(name: string, conclusion: string, sha = HEAD, extra: Partial<CheckRunInfo> = {}): CheckRunInfo {
  return {
    id: id(),
    name: `ml-gates / ${name}`,
    headSha: sha,
    status: 'completed',
    conclusion,
    completedAt: '2026-11-20T10:05:00Z',
    app: 'github-actions',
    ...extra,
  };
}

export function review(login: string, state: string, commitId: string, at: string, type = 'User'): ReviewInfo {
  return { id: id(), user: { login, type }, state, commitId, submittedAt: at };
}

export function comment(login: string, body: string, at: string, updatedAt = at, type = 'User'): CommentInfo {
  return { id: id(), user: { login, type }, body, createdAt: at, updatedAt };
}

/** A repository with PR #7 by `author`: head `HEAD` pushed at 10:00, base `main`, both other gates passed. */
export function world(overrides: Partial<World> = {}): World {
  return {
    event: { eventName: 'pull_request_review', pullRequest: 7, environment: 'prod' },
    pulls: [
      {
        number: 7,
        author: { login: 'author', type: 'User' },
        headSha: HEAD,
        baseRef: 'main',
        baseSha: BASE_SHA,
        state: 'open',
      },
    ],
    prCommits: {
      7: [
        {
          sha: H_OLD,
          author: { login: 'author', type: 'User' },
          committer: { login: 'author', type: 'User' },
          authorDate: '2026-11-20T09:00:00Z',
          committerDate: '2026-11-20T09:00:00Z',
        },
        {
          sha: HEAD,
          author: { login: 'author', type: 'User' },
          committer: { login: 'author', type: 'User' },
          authorDate: '2026-11-20T10:00:00Z',
          committerDate: '2026-11-20T10:00:00Z',
          tree: 'tree-head',
        },
      ],
    },
    commits: {},
    reviews: {},
    comments: {},
    permissions: {
      lead1: 'write',
      lead2: 'maintain',
      sec1: 'admin',
      comp1: 'write',
      cto1: 'admin',
      author: 'write',
      reader: 'read',
    },
    teams: {},
    teamAccess: false,
    files: { main: { 'ml-gates.yml': BASE_CONFIG }, [BASE_SHA]: { 'ml-gates.yml': BASE_CONFIG } },
    checkRuns: [run('model-scan', 'success'), run('data-gate', 'success')],
    firstSeen: { [HEAD]: '2026-11-20T10:00:30Z' },
    deployedBefore: true,
    pushers: [],
    calls: [],
    ...overrides,
  };
}
