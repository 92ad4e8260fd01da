/**
 * The approval gate's GitHub reads (`ApprovalSource`) over Octokit. The gate itself never imports Octokit;
 * the action entries pass `createApprovalReader(...)` as `services.approvals` (the all-in-one action only when
 * approval-gate runs: `lazyApprovalReader`).
 */
import { readFileSync } from 'node:fs';
import {
  coAuthorsOf,
  TeamAccessError,
  type Account,
  type ApprovalSource,
  type CheckRunInfo,
  type CommitInfo,
  type Permission,
  type PromotionContext,
  type PullRequestInfo,
  type TipInfo,
  type WorkflowIntegrity,
} from '../approvals/source.js';
import { UserError } from '../errors.js';
import { createClient, httpStatus, type GitHubClient } from './client.js';
import { getOptionalInput } from './inputs.js';
import { actionsLogger } from './logger.js';
import { decodeStoredResult } from './stored-result.js';

type Octokit = GitHubClient;
type Obj = Record<string, unknown>;

export interface ApprovalReaderOptions {
  /** Client with the job's token (`GITHUB_TOKEN` is enough for everything but teams). */
  client: Octokit;
  /** Client with the `team-token` input (org members read); absent → teams fail clearly. */
  teamClient?: Octokit;
  owner: string;
  repo: string;
  /** `GITHUB_EVENT_NAME` and the parsed `GITHUB_EVENT_PATH` payload. */
  eventName: string;
  payload: Obj;
  /** `GITHUB_SHA`: the commit promoted outside pull requests. */
  sha?: string;
  environment?: string;
  configFile?: string;
  /** Trusted ref of the policy (input `policy-ref`); default the repository's default branch. */
  policyRef?: string;
  /**
   * The running workflow (`GITHUB_WORKFLOW_REF`, `GITHUB_WORKFLOW_SHA`), compared with the default branch's
   * copy. Always set in a workflow run (empty values there fail closed); omitted only by tests.
   */
  workflow?: { ref?: string; sha?: string };
  /** Where non-fatal read problems go. */
  warn?: (message: string) => void;
}

/** Longest file read from the base branch (ml-gates.yml, a model card). */
const MAX_FILE_BYTES = 1024 * 1024;

const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);
const PUSHING_ACTIONS = new Set(['opened', 'synchronize', 'reopened']);

const status = httpStatus;

function account(u: unknown): Account | undefined {
  const o = u as { login?: unknown; type?: unknown } | null | undefined;
  if (!o || typeof o.login !== 'string') return undefined;
  return { login: o.login, ...(typeof o.type === 'string' ? { type: o.type } : {}) };
}

function get(obj: unknown, ...path: string[]): unknown {
  let cur = obj;
  for (const p of path) cur = cur && typeof cur === 'object' ? (cur as Obj)[p] : undefined;
  return cur;
}

/** What the event is about, from its real payload. */
export function promotionContext(
  o: Pick<ApprovalReaderOptions, 'eventName' | 'payload' | 'sha' | 'environment' | 'configFile' | 'policyRef'>,
): PromotionContext {
  const base = {
    eventName: o.eventName,
    ...(o.environment ? { environment: o.environment } : {}),
    ...(o.configFile ? { configFile: o.configFile } : {}),
    ...(o.policyRef ? { policyRef: o.policyRef } : {}),
  };
  if (PR_EVENTS.has(o.eventName)) {
    const n = get(o.payload, 'pull_request', 'number');
    const head = get(o.payload, 'pull_request', 'head', 'sha');
    const sender = get(o.payload, 'sender', 'login');
    const pushes =
      o.eventName.startsWith('pull_request') &&
      !o.eventName.includes('review') &&
      PUSHING_ACTIONS.has(String(get(o.payload, 'action')));
    return {
      ...base,
      ...(typeof n === 'number' ? { pullRequest: n } : {}),
      ...(typeof head === 'string' && /^[0-9a-f]{40}$/i.test(head) ? { headSha: head.toLowerCase() } : {}),
      ...(pushes && typeof sender === 'string' ? { pusher: sender } : {}),
    };
  }
  if (o.eventName === 'workflow_run') return workflowRunContext(base, get(o.payload, 'workflow_run'));
  if (o.eventName === 'issue_comment') {
    const n = get(o.payload, 'issue', 'number');
    // A comment on a plain issue is about no commit: leave both unset (the gate says so).
    return get(o.payload, 'issue', 'pull_request') && typeof n === 'number' ? { ...base, pullRequest: n } : base;
  }
  const after = get(o.payload, 'after');
  const sha = typeof after === 'string' && /^[0-9a-f]{40}$/.test(after) ? after : o.sha;
  return { ...base, ...(sha ? { sha } : {}) };
}

/**
 * `workflow_run`: the run that triggered this one says what it was about. A pull request's run names the PR
 * (its `pull_requests`, empty for forks: then nothing is judged, the gate says why) and the head it ran on, which
 * may be stale like any payload's; a push's run names its commit. Never `GITHUB_SHA`, the default branch's tip.
 */
function workflowRunContext(base: PromotionContext, run: unknown): PromotionContext {
  const head = get(run, 'head_sha');
  const headSha = typeof head === 'string' && /^[0-9a-f]{40}$/i.test(head) ? head.toLowerCase() : undefined;
  const trigger = String(get(run, 'event') ?? '');
  if (trigger.startsWith('pull_request')) {
    const prs = (Array.isArray(get(run, 'pull_requests')) ? get(run, 'pull_requests') : []) as unknown[];
    const same = prs.find((p) => String(get(p, 'head', 'sha')).toLowerCase() === headSha) ?? prs[0];
    const n = get(same, 'number');
    return { ...base, ...(typeof n === 'number' ? { pullRequest: n } : {}), ...(headSha ? { headSha } : {}) };
  }
  return { ...base, ...(headSha ? { sha: headSha } : {}) };
}

function pull(d: Obj): PullRequestInfo & { headRef?: string; headRepo?: string } {
  return {
    number: d.number as number,
    author: account(d.user) ?? { login: 'ghost' },
    headSha: String(get(d, 'head', 'sha')),
    baseRef: String(get(d, 'base', 'ref')),
    baseSha: String(get(d, 'base', 'sha')),
    state: d.state === 'closed' ? 'closed' : 'open',
    // merged_at means something only on a closed pull request
    ...(d.state === 'closed' && typeof d.merged_at === 'string' ? { mergedAt: d.merged_at } : {}),
    ...(typeof d.merge_commit_sha === 'string' ? { mergeCommitSha: d.merge_commit_sha } : {}),
    headRef: String(get(d, 'head', 'ref')),
    // A deleted fork has `head.repo: null`: never taken for this repository (whose branch of the same name
    // would then lend its pushes).
    headRepo:
      typeof get(d, 'head', 'repo', 'full_name') === 'string'
        ? (get(d, 'head', 'repo', 'full_name') as string)
        : '(a deleted repository)',
  };
}

function commit(d: Obj): CommitInfo {
  const author = account(d.author);
  const committer = account(d.committer);
  const str = (...p: string[]): string | undefined => {
    const v = get(d, ...p);
    return typeof v === 'string' ? v : undefined;
  };
  const fields: Record<string, string | undefined> = {
    authorEmail: str('commit', 'author', 'email'),
    committerEmail: str('commit', 'committer', 'email'),
    authorDate: str('commit', 'author', 'date'),
    committerDate: str('commit', 'committer', 'date'),
    tree: str('commit', 'tree', 'sha'),
  };
  const coAuthors = coAuthorsOf(str('commit', 'message') ?? '');
  return {
    sha: String(d.sha),
    ...(author ? { author } : {}),
    ...(committer ? { committer } : {}),
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    ...(coAuthors.length > 0 ? { coAuthors } : {}),
  };
}

/** Active waivers that matched findings, from the result each gate stores in its check run's text. */
function waivedIn(text: string | null | undefined): { waived?: number } {
  const stored = decodeStoredResult(text);
  if (!stored) return {};
  const n = stored.waivers.filter((w) => w.status === 'active' && w.matched > 0).reduce((a, w) => a + w.matched, 0);
  return { waived: n };
}

type Repo = { owner: string; repo: string };
type Activity = { after: string; timestamp: string; activityType: string; actor?: string };
type HeadInfo = PullRequestInfo & { headRef?: string; headRepo?: string };

/** Implements `ApprovalSource` with Octokit; every list is paginated to the end. */
export function createApprovalReader(o: ApprovalReaderOptions): ApprovalSource {
  const ctx = promotionContext(o);
  const files = fileReads(o);
  return {
    context: () => ctx,
    ...pullRequestReads(o),
    ...teamReads(o),
    ...pushReads(o),
    ...(o.workflow ? { workflowIntegrity: (defaultBranch: string) => files.workflowIntegrity(defaultBranch) } : {}),
    readFile: (path, ref) => files.readText(path, ref),
    ...checkReads(o),
  };
}

/** Pull requests, commits, reviews, comments, permissions and the default branch. */
function pullRequestReads(
  o: ApprovalReaderOptions,
): Pick<
  ApprovalSource,
  | 'getPullRequest'
  | 'findMergedPullRequest'
  | 'getCommit'
  | 'listCommits'
  | 'listReviews'
  | 'listComments'
  | 'getPermission'
  | 'getDefaultBranch'
> {
  const { client } = o;
  const r: Repo = { owner: o.owner, repo: o.repo };
  return {
    async getPullRequest(number) {
      const { data } = await client.rest.pulls.get({ ...r, pull_number: number });
      return pull(data as unknown as Obj);
    },
    async findMergedPullRequest(sha) {
      const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        ...r,
        commit_sha: sha,
        per_page: 100,
      });
      const merged = (data as unknown as Obj[]).filter((p) => typeof p.merged_at === 'string');
      const exact = merged.find((p) => p.merge_commit_sha === sha) ?? merged.find((p) => get(p, 'head', 'sha') === sha);
      return exact ? pull(exact) : undefined;
    },
    async getCommit(sha) {
      const { data } = await client.rest.repos.getCommit({ ...r, ref: sha, per_page: 1 });
      return commit(data as unknown as Obj);
    },
    async listCommits(number) {
      const list = await client.paginate(client.rest.pulls.listCommits, { ...r, pull_number: number, per_page: 100 });
      return (list as unknown as Obj[]).map(commit);
    },
    async listReviews(number) {
      const list = await client.paginate(client.rest.pulls.listReviews, { ...r, pull_number: number, per_page: 100 });
      return list.map((v) => ({
        id: v.id,
        user: account(v.user) ?? null,
        state: v.state,
        commitId: v.commit_id ?? null,
        ...(v.submitted_at ? { submittedAt: v.submitted_at } : {}),
      }));
    },
    async listComments(number) {
      const list = await client.paginate(client.rest.issues.listComments, {
        ...r,
        issue_number: number,
        per_page: 100,
      });
      return list.map((c) => ({
        id: c.id,
        user: account(c.user) ?? null,
        body: c.body ?? '',
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        url: c.html_url,
      }));
    },
    async getPermission(login) {
      try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...r, username: login });
        const base = ['admin', 'maintain', 'write', 'triage', 'read'];
        const roleName = (data as unknown as { role_name?: string }).role_name;
        // A custom repository role has its own name: its base level is in the legacy `permission` field.
        const role = roleName !== undefined && base.includes(roleName) ? roleName : data.permission;
        return (base.includes(role) ? role : 'none') as Permission;
      } catch (error) {
        if (status(error) === 404) return 'none';
        throw error;
      }
    },
    async getDefaultBranch() {
      const { data } = await client.rest.repos.get(r);
      return data.default_branch;
    },
  };
}

/** Team reads, with the `team-token` client; a token that cannot read teams is a `TeamAccessError`. */
function teamReads(o: ApprovalReaderOptions): Pick<ApprovalSource, 'verifyTeam' | 'isTeamMember'> {
  const parseTeam = (team: string): { org: string; team_slug: string } => {
    const [org, slug] = team.split('/');
    return { org: org!, team_slug: slug! };
  };
  const teamClient = (team: string): Octokit => {
    if (!o.teamClient) {
      throw new TeamAccessError(team, 'no "team-token" input was given (GITHUB_TOKEN cannot read teams)');
    }
    return o.teamClient;
  };
  const teamDenied = (team: string, error: unknown): TeamAccessError =>
    new TeamAccessError(
      team,
      `the team-token cannot read ${team} (HTTP ${status(error) ?? '?'}); it needs organisation "Members: read" (read:org) and the team must exist`,
    );
  return {
    async verifyTeam(team) {
      const c = teamClient(team);
      try {
        await c.rest.teams.getByName(parseTeam(team));
      } catch (error) {
        if (status(error) === 403 || status(error) === 404 || status(error) === 401) throw teamDenied(team, error);
        throw error;
      }
    },
    async isTeamMember(team, login) {
      const c = teamClient(team);
      try {
        const { data } = await c.rest.teams.getMembershipForUserInOrg({ ...parseTeam(team), username: login });
        return data.state === 'active';
      } catch (error) {
        if (status(error) === 404) return false;
        if (status(error) === 403 || status(error) === 401) throw teamDenied(team, error);
        throw error;
      }
    },
  };
}

/**
 * Who pushed to the head branch and when the head became its tip (repository activity). Read once for both;
 * `headBecameTip(..., { fresh: true })` reads it again (the gate's last check that nothing moved meanwhile).
 * A read that fails is an error, never "nobody pushed": a pusher left out could approve their own push.
 */
function pushReads(o: ApprovalReaderOptions): Required<Pick<ApprovalSource, 'listPushers' | 'headBecameTip'>> {
  const { client, owner, repo } = o;
  let activityRead: Promise<Activity[]> | undefined;
  const sameRepo = (p: HeadInfo): boolean =>
    p.headRef !== undefined && (!p.headRepo || p.headRepo.toLowerCase() === `${owner}/${repo}`.toLowerCase());
  const readActivity = async (p: HeadInfo): Promise<Activity[]> => {
    try {
      const list = await client.paginate(client.rest.repos.listActivities, {
        owner,
        repo,
        ref: `refs/heads/${p.headRef}`,
        per_page: 100,
      });
      return list.map((a) => ({
        after: a.after,
        timestamp: a.timestamp,
        activityType: a.activity_type,
        ...(a.actor?.login ? { actor: a.actor.login } : {}),
      }));
    } catch (error) {
      throw new Error(
        `Could not read the pushes to ${p.headRef} (repository activity, HTTP ${status(error) ?? '?'}; the job needs "contents: read"): without them neither who pushed (who may not approve) nor when the head became the tip can be told.`,
        { cause: error },
      );
    }
  };
  /** The head branch's pushes (repository activity); `undefined` for a fork's branch, which it does not cover. */
  const activity = (pr: PullRequestInfo, fresh = false): Promise<Activity[] | undefined> => {
    const p = pr as HeadInfo;
    if (!sameRepo(p)) return Promise.resolve(undefined);
    if (fresh) return readActivity(p);
    activityRead ??= readActivity(p);
    return activityRead;
  };
  return {
    async listPushers(pr) {
      const list = (await activity(pr)) ?? [];
      return [...new Set(list.map((a) => a.actor).filter((l): l is string => typeof l === 'string'))];
    },
    async headBecameTip(pr, headSha, opts) {
      const p = pr as HeadInfo;
      const branch = p.headRef ?? '?';
      const list = await activity(pr, opts?.fresh === true);
      // A fork's pushes are not in this repository's activity, and the PR timeline records force-pushes only: a
      // fast-forward to a commit GitHub saw long before (on another branch or pull request) leaves no trace. A
      // plain /approve then cannot be tied to a commit (fail closed): reviews and /approve <full sha> can.
      if (list === undefined) {
        return {
          unknown: `pushes to ${p.headRepo ?? 'another repository'}:${branch} (a fork) are not recorded in ${owner}/${repo}, so nobody can tell which commit a plain /approve saw`,
        };
      }
      // A same-repository branch with no recorded push (activity not kept that long, or not listed yet): nothing
      // tells when the head became the tip (a fast-forward or a re-created branch leaves no timeline event).
      if (list.length === 0) {
        return {
          unknown: `the repository activity lists no push to ${branch}, so nobody can tell when the head became its tip`,
        };
      }
      return tipFromActivity(list, headSha.toLowerCase(), branch);
    },
  };
}

/** The branch's pushes and force-pushes, newest first: the newest must have made the head the tip. */
function tipFromActivity(list: readonly Activity[], head: string, branch: string): TipInfo {
  const latest = [...list].sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp))[0]!;
  if (latest.after.toLowerCase() !== head) {
    return {
      unknown: `the latest push to ${branch} (${latest.activityType}, ${latest.timestamp}) made ${latest.after.slice(0, 12)} its tip, not the head`,
    };
  }
  return { at: latest.timestamp, basis: `${latest.activityType} to ${branch} (repository activity)` };
}

/** File text at a ref, and the running workflow file compared with the default branch's copy. */
function fileReads(o: ApprovalReaderOptions): {
  readText: (path: string, ref: string) => Promise<string | undefined>;
  workflowIntegrity: (defaultBranch: string) => Promise<WorkflowIntegrity>;
} {
  const { client, owner, repo } = o;
  const readText = async (path: string, ref: string): Promise<string | undefined> => {
    try {
      const { data } = await client.rest.repos.getContent({ owner, repo, path, ref });
      if (Array.isArray(data) || data.type !== 'file') {
        throw new UserError('config-invalid', `${path} on ${ref} is not a file.`);
      }
      const size = (data as { size?: number }).size ?? 0;
      if (size > MAX_FILE_BYTES)
        throw new UserError('input-unreadable', `${path} on ${ref} is ${size} bytes; the limit is ${MAX_FILE_BYTES}.`);
      const content = (data as { content?: string }).content ?? '';
      return Buffer.from(content, 'base64').toString('utf8');
    } catch (error) {
      if (status(error) === 404) return undefined;
      throw error;
    }
  };
  return { readText, workflowIntegrity: (defaultBranch) => workflowIntegrity(o, defaultBranch, readText) };
}

/** The running workflow file at the commit it ran from, against the default branch's copy. */
async function workflowIntegrity(
  o: ApprovalReaderOptions,
  defaultBranch: string,
  readText: (path: string, ref: string) => Promise<string | undefined>,
): Promise<WorkflowIntegrity> {
  const { owner, repo } = o;
  const wref = o.workflow?.ref ?? '';
  const m = /^([^/]+\/[^/]+)\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(wref);
  if (!m) {
    return {
      status: 'unknown',
      file: '.github/workflows',
      message: `Cannot tell which workflow file this run comes from (GITHUB_WORKFLOW_REF is "${wref}"), so it cannot be compared with ${defaultBranch}'s copy.`,
    };
  }
  const [, wrepo, file, ref] = m as unknown as [string, string, string, string];
  if (wrepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) {
    return {
      status: 'unknown',
      file,
      message: `The running workflow ${wref} is not in ${owner}/${repo}; its copy on ${defaultBranch} cannot be compared.`,
    };
  }
  const at = o.workflow?.sha && /^[0-9a-f]{40}$/i.test(o.workflow.sha) ? o.workflow.sha : ref;
  const [running, trusted] = await Promise.all([readText(file, at), readText(file, defaultBranch)]);
  if (running === undefined) {
    return {
      status: 'unknown',
      file,
      message: `The running workflow ${file} could not be read at ${at.slice(0, 40)}, so it cannot be compared with ${defaultBranch}'s copy.`,
    };
  }
  if (trusted === undefined) {
    return {
      status: 'changed',
      file,
      message: `The running workflow ${file} does not exist on ${defaultBranch}: the pull request added it, and a workflow the pull request wrote can report anything. This run does not report success.`,
    };
  }
  if (running !== trusted) {
    return {
      status: 'changed',
      file,
      message: `The running workflow ${file} (at ${at.slice(0, 12)}) differs from its copy on ${defaultBranch}: the pull request changed it, and a workflow the pull request wrote can report anything. This run does not report success.`,
    };
  }
  // Run from the default branch itself: everything it calls is the default branch's too.
  if (ref === `refs/heads/${defaultBranch}`) {
    return { status: 'same', file, message: `${file} is the same as on ${defaultBranch}.` };
  }
  return calledFilesIntegrity(o, { file, at, defaultBranch });
}

/** A workflow or a local action: what a workflow file can call from its own commit (`uses: ./...`). */
const CALLABLE = /^\.github\/(?:workflows|actions)\/|(?:^|\/)action\.ya?ml$/;
/**
 * GitHub lists at most 300 changed files for a whole comparison (on its first page; later pages page the commits):
 * a list that long may be cut, and a workflow change past the cut would go unseen.
 */
const MAX_COMPARED_FILES = 300;

/**
 * The running file is the default branch's, but it runs from another commit (the PR's merge commit): a reusable
 * workflow or a local action it calls (`uses: ./.github/...`) comes from that commit too, so one the pull request
 * changed can skip the gate or change its inputs. Any such file changed against the default branch: never success.
 */
async function calledFilesIntegrity(
  o: ApprovalReaderOptions,
  at: { file: string; at: string; defaultBranch: string },
): Promise<WorkflowIntegrity> {
  const { client, owner, repo } = o;
  const { file, defaultBranch } = at;
  let files: string[];
  try {
    const pages = await client.paginate(client.rest.repos.compareCommitsWithBasehead, {
      owner,
      repo,
      basehead: `${defaultBranch}...${at.at}`,
      per_page: 100,
    });
    files = [
      ...new Set(
        (pages as unknown as { files?: { filename: string }[] }[]).flatMap((p) => p.files ?? []).map((f) => f.filename),
      ),
    ];
  } catch (error) {
    throw new Error(
      `Could not compare ${at.at.slice(0, 12)} with ${defaultBranch} (HTTP ${status(error) ?? '?'}) to tell whether the pull request changed a workflow or action this run calls.`,
      { cause: error },
    );
  }
  const changed = files.filter((f) => CALLABLE.test(f));
  if (changed.length > 0) {
    return {
      status: 'changed',
      file: changed[0]!,
      message: `${file} is the same as on ${defaultBranch}, but this run comes from ${at.at.slice(0, 12)}, where the pull request changed ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''}: a reusable workflow or local action it calls can report anything. This run does not report success.`,
    };
  }
  if (files.length >= MAX_COMPARED_FILES) {
    return {
      status: 'unknown',
      file,
      message: `GitHub listed ${files.length} changed files, as many as it lists in a comparison (the list may be cut): whether the pull request changed a workflow or action this run calls cannot be told.`,
    };
  }
  return {
    status: 'same',
    file,
    message: `${file} and the workflows and actions it can call are as on ${defaultBranch}.`,
  };
}

/** Check runs of a commit, when GitHub first saw it, and earlier deployments. */
function checkReads(
  o: ApprovalReaderOptions,
): Required<Pick<ApprovalSource, 'listCheckRuns' | 'firstSeenAt' | 'hasEarlierDeployment'>> {
  const { client } = o;
  const r: Repo = { owner: o.owner, repo: o.repo };
  return {
    async listCheckRuns(sha) {
      const list = await client.paginate(client.rest.checks.listForRef, {
        ...r,
        ref: sha,
        filter: 'all',
        per_page: 100,
      });
      return list.map((c): CheckRunInfo => ({
        id: c.id,
        name: c.name,
        headSha: c.head_sha,
        status: c.status,
        conclusion: c.conclusion ?? null,
        ...(c.output?.title ? { title: c.output.title } : {}),
        ...(c.output?.summary ? { summary: c.output.summary } : {}),
        ...waivedIn(c.output?.text),
        ...(c.completed_at ? { completedAt: c.completed_at } : {}),
        ...(c.app?.slug ? { app: c.app.slug } : {}),
        ...(c.html_url ? { url: c.html_url } : {}),
      }));
    },
    async firstSeenAt(sha) {
      // Every page: the earliest suite is the bound. A failed read is an error, never "git dates will do": a
      // pusher chooses git dates, and a future one would make every later /reject look older than the head.
      try {
        const suites = await client.paginate(client.rest.checks.listSuitesForRef, { ...r, ref: sha, per_page: 100 });
        const dates = suites.map((s) => s.created_at).filter((d): d is string => typeof d === 'string');
        return dates.sort()[0];
      } catch (error) {
        throw new Error(
          `Could not read the check suites of ${sha} (HTTP ${status(error) ?? '?'}) to tell when GitHub first saw it.`,
          { cause: error },
        );
      }
    },
    async hasEarlierDeployment(environment) {
      try {
        const { data } = await client.rest.repos.listDeployments({ ...r, environment, per_page: 1 });
        if (data.length > 0) return true;
      } catch (error) {
        // A job without `deployments: read` gets 403: fall back to releases, and say so.
        if (status(error) !== 403) throw error;
        o.warn?.(`Cannot list deployments to ${environment} (HTTP 403: add "deployments: read"); using releases only.`);
      }
      try {
        await client.rest.repos.getLatestRelease(r);
        return true;
      } catch (error) {
        if (status(error) === 404) return false;
        throw error;
      }
    },
  };
}

/**
 * Reader options for a workflow run: repository, event and payload from the runner's environment, clients
 * from the `token` and `team-token` inputs, `environment` and `config` inputs.
 *
 * @example
 * runAction({ ..., services: { approvals: createApprovalReader(readerOptionsFromEnvironment()) } });
 */
export function readerOptionsFromEnvironment(): ApprovalReaderOptions {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) {
    throw new UserError('usage', 'GITHUB_REPOSITORY is not set: the approval-gate action runs in GitHub Actions.');
  }
  const token = getOptionalInput('token') ?? process.env.GITHUB_TOKEN;
  if (!token) throw new UserError('input-invalid', 'Input "token" is empty: approval-gate reads reviews with it.');
  const teamToken = getOptionalInput('team-token');
  const path = process.env.GITHUB_EVENT_PATH;
  let payload: Obj = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Obj;
    } catch (error) {
      throw new UserError('input-unreadable', `Cannot read the event payload ${path}: ${String(error)}`);
    }
  }
  const environment = getOptionalInput('environment');
  const configFile = getOptionalInput('config');
  const policyRef = getOptionalInput('policy-ref');
  const warn = (m: string): void => actionsLogger.warning(m);
  return {
    client: createClient({ token, logger: actionsLogger }),
    ...(teamToken ? { teamClient: createClient({ token: teamToken, logger: actionsLogger }) } : {}),
    owner,
    repo,
    eventName: process.env.GITHUB_EVENT_NAME ?? '',
    payload,
    ...(process.env.GITHUB_SHA ? { sha: process.env.GITHUB_SHA } : {}),
    ...(environment ? { environment } : {}),
    ...(configFile ? { configFile } : {}),
    ...(policyRef ? { policyRef } : {}),
    workflow: {
      ...(process.env.GITHUB_WORKFLOW_REF ? { ref: process.env.GITHUB_WORKFLOW_REF } : {}),
      ...(process.env.GITHUB_WORKFLOW_SHA ? { sha: process.env.GITHUB_WORKFLOW_SHA } : {}),
    },
    warn,
  };
}

/**
 * The approvals service for the gates about to run: the reader (which needs the token and the event) only
 * when approval-gate is one of them, so a job without a token runs the other gates.
 *
 * @example
 * runAction(withGitHub({ name: 'ml-gates', gates: ALL_GATES, mode: 'all', servicesFor: approvalServicesFor }));
 */
export function approvalServicesFor(
  gates: readonly { name: string }[],
  create: () => ApprovalSource = () => createApprovalReader(readerOptionsFromEnvironment()),
): { approvals?: ApprovalSource } {
  return gates.some((g) => g.name === 'approval-gate') ? { approvals: create() } : {};
}
