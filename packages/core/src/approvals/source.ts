/**
 * What the approval gate needs to read from GitHub, as plain data (`GateServices.approvals`). Declared in core,
 * outside `github/`, so the gate imports the types without the GitHub runtime. The gate never imports Octokit:
 * the action passes an implementation (`createApprovalReader` in `@ml-gates/core/github`), tests pass an
 * in-memory one.
 */

/** A GitHub account as the API returns it. */
export interface Account {
  login: string;
  /** `User`, `Bot` or `Organization`. */
  type?: string;
}

export interface PullRequestInfo {
  number: number;
  author: Account;
  headSha: string;
  /** Base branch name (e.g. `main`). */
  baseRef: string;
  /** Base branch tip when the PR was last updated; used to read config for merged PRs. */
  baseSha: string;
  state: 'open' | 'closed';
  mergedAt?: string;
  mergeCommitSha?: string;
}

export interface CommitInfo {
  sha: string;
  /** GitHub account of the git author, when GitHub could link it. */
  author?: Account;
  committer?: Account;
  /** Raw git identities (always present; used when no account is linked). */
  authorEmail?: string;
  committerEmail?: string;
  authorDate?: string;
  committerDate?: string;
  /** Tree SHA, to tell whether a merge commit holds exactly the approved tree. */
  tree?: string;
  /**
   * People the commit message credits with `Co-authored-by:` trailers; `login` when the email names a GitHub
   * account (`<id>+<login>@users.noreply.github.com`). Co-authors wrote the change: they never approve it.
   */
  coAuthors?: CoAuthor[];
}

/** A `Co-authored-by: Name <email>` trailer of a commit message. */
export interface CoAuthor {
  name: string;
  email: string;
  login?: string;
}

const TRAILER = /^co-authored-by:[ \t]*(.*?)[ \t]*<([^<>\s]+@[^<>\s]+)>[ \t]*$/gim;
const NOREPLY = /^(?:\d+\+)?([a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38})@users\.noreply\.github\.com$/i;

/**
 * The `Co-authored-by:` trailers of a commit message (GitHub reads them anywhere in the message's last
 * paragraph; any line is accepted here: more exclusions, never fewer). A GitHub no-reply email names the account.
 *
 * @example
 * coAuthorsOf('Fix\n\nCo-authored-by: Alt <123+alt@users.noreply.github.com>') // [{ name: 'Alt', email: ..., login: 'alt' }]
 */
export function coAuthorsOf(message: string): CoAuthor[] {
  const out: CoAuthor[] = [];
  for (const m of message.matchAll(TRAILER)) {
    const email = m[2]!;
    const login = NOREPLY.exec(email)?.[1];
    out.push({ name: m[1]!, email, ...(login ? { login } : {}) });
  }
  return out;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface ReviewInfo {
  id: number;
  user: Account | null;
  state: ReviewState | string;
  /** Commit the review was made on. */
  commitId: string | null;
  submittedAt?: string;
}

export interface CommentInfo {
  id: number;
  user: Account | null;
  body: string;
  createdAt: string;
  updatedAt: string;
  url?: string;
}

/** Repository role of a user, as `GET /repos/{o}/{r}/collaborators/{u}/permission` names it (`role_name`). */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface CheckRunInfo {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending' | string;
  conclusion: string | null;
  title?: string;
  summary?: string;
  completedAt?: string;
  /** Findings waived in the gate's result, when the check run stores it (else read from title/summary). */
  waived?: number;
  /** Slug of the GitHub App that created it (`github-actions` for workflow tokens). */
  app?: string;
  url?: string;
}

/** Where the run is: the event and what it is about. */
export interface PromotionContext {
  /** `pull_request`, `pull_request_review`, `issue_comment`, `push`, `workflow_dispatch`... */
  eventName: string;
  /** Pull request the event is about, when it is about one. */
  pullRequest?: number;
  /** Commit being promoted outside pull requests (push, workflow_dispatch). */
  sha?: string;
  /** Who pushed, when the event is a push or a `pull_request` `synchronize`/`opened` (never counted as approver). */
  pusher?: string;
  /** Deployment environment being promoted to (action input `environment`). */
  environment?: string;
  /** Config file path in the repository (action input `config`), read at the trusted ref. Default `ml-gates.yml`. */
  configFile?: string;
  /** Head commit the event payload names (may be stale: a re-run reuses its payload). */
  headSha?: string;
  /** Trusted ref the policy is read from (action input `policy-ref`); default the repository's default branch. */
  policyRef?: string;
}

/** When the pull request's head last became its branch tip. */
export interface TipInfo {
  /** The instant; absent when nothing moved the branch after the head was first seen. */
  at?: string;
  /** Where it was read (shown in messages). */
  basis?: string;
  /** Set when it cannot be told (e.g. the latest push is not the head): plain commands then never count. */
  unknown?: string;
}

/** The workflow file this run comes from, compared with the default branch's copy. */
export interface WorkflowIntegrity {
  status: 'same' | 'changed' | 'unknown';
  /** `.github/workflows/<file>`. */
  file: string;
  message: string;
}

/**
 * Thrown by `verifyTeam`/`isTeamMember` when the token cannot read team membership (the default
 * `GITHUB_TOKEN` never can). The gate turns it into a clear error instead of "nobody is a member".
 */
export class TeamAccessError extends Error {
  readonly team: string;
  constructor(team: string, message: string) {
    super(message);
    this.name = 'TeamAccessError';
    this.team = team;
  }
}

/** The reads the approval gate needs. Every list is complete (implementations paginate). */
export interface ApprovalSource {
  context(): PromotionContext;
  /** The repository's default branch, read from the API (never from the event payload). */
  getDefaultBranch(): Promise<string>;
  /**
   * When the head last became the tip of the PR's branch (repository activity: pushes and force-pushes);
   * `unknown` for a fork's branch, whose pushes this repository does not record. `fresh`: read again rather
   * than reuse an earlier read (the check, before deciding, that the head did not leave and come back).
   */
  headBecameTip?(pullRequest: PullRequestInfo, headSha: string, options?: { fresh?: boolean }): Promise<TipInfo>;
  /** Compares the running workflow file with the default branch's copy; absent outside a workflow run. */
  workflowIntegrity?(defaultBranch: string): Promise<WorkflowIntegrity>;
  getPullRequest(number: number): Promise<PullRequestInfo>;
  /** The merged pull request that introduced `sha` (its merge commit, or containing it), if any. */
  findMergedPullRequest(sha: string): Promise<PullRequestInfo | undefined>;
  getCommit(sha: string): Promise<CommitInfo>;
  listCommits(pullRequest: number): Promise<CommitInfo[]>;
  listReviews(pullRequest: number): Promise<ReviewInfo[]>;
  listComments(pullRequest: number): Promise<CommentInfo[]>;
  getPermission(login: string): Promise<Permission>;
  /** Throws `TeamAccessError` when the token cannot read the team (`org/slug`). */
  verifyTeam(team: string): Promise<void>;
  /** Throws `TeamAccessError` when the token cannot read the team. */
  isTeamMember(team: string, login: string): Promise<boolean>;
  /**
   * Who pushed to the pull request's head branch (GitHub's repository activity; git identities can be
   * forged, pushes cannot). `[]` for a fork's branch (not recorded here); a failed read throws.
   */
  listPushers?(pullRequest: PullRequestInfo): Promise<string[]>;
  /** File text at a ref (branch or SHA); `undefined` when the file does not exist there. */
  readFile(path: string, ref: string): Promise<string | undefined>;
  listCheckRuns(sha: string): Promise<CheckRunInfo[]>;
  /**
   * When GitHub first saw the commit (earliest check suite), which a pusher cannot backdate, unlike git
   * dates. `undefined` when unknown.
   */
  firstSeenAt?(sha: string): Promise<string | undefined>;
  /** Whether anything was deployed to `environment` or released before (for the first-deployment factor). */
  hasEarlierDeployment(environment: string): Promise<boolean>;
}
