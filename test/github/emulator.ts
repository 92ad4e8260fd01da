/**
 * A local GitHub REST API emulator for tests: `node:http` on 127.0.0.1 with real state for the endpoints
 * ml-gates uses (check runs, issue comments, issues, pull requests and reviews, collaborator permission,
 * users, team memberships, workflow runs and artifacts). Every request and every response is validated
 * against GitHub's OpenAPI description (`@octokit/openapi`): a request GitHub would reject gets GitHub's
 * 422/404 and is recorded in `state.violations`, which tests assert to be empty.
 *
 * @example
 * const emu = await startEmulator();
 * const repo = emu.state.addRepo('octo-org/models');
 * repo.addPull({ number: 7, headSha: 'a'.repeat(40) });
 * emu.state.addToken('ghs_test', { login: 'github-actions[bot]', type: 'Bot' });
 * process.env.GITHUB_API_URL = emu.url;
 * // ... run code; then:
 * expect(emu.state.violations).toEqual([]);
 * await emu.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOpenApi } from './openapi.js';
import { makeZip } from './zip.js';

type Obj = Record<string, unknown>;

export interface TokenInfo {
  login: string;
  type: 'Bot' | 'User';
  /** Fork and Dependabot pull requests: every write answers 403. */
  readOnly?: boolean;
}

export interface UserState {
  login: string;
  id: number;
  type: 'Bot' | 'User' | 'Organization';
  name?: string;
}

export interface PullState {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** `owner/name` of the head repository (a fork when it differs from the base). */
  headRepo: string;
  title: string;
  user: string;
  state: 'open' | 'closed';
  body: string;
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface IssueState {
  number: number;
  title: string;
  body: string;
  user: string;
  state: 'open' | 'closed';
  labels: string[];
  isPull: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface ReviewState {
  id: number;
  pullNumber: number;
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  body: string;
  submittedAt: string;
}

export interface AnnotationState {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunState {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: AnnotationState[];
  /** Login of the token that created it. */
  creator: string;
}

export interface RunState {
  id: number;
  workflowId: number;
  workflowPath: string;
  headBranch: string;
  headSha: string;
  /** `owner/name` of the head repository (a fork for pull requests from forks). */
  headRepo: string;
  event: string;
  status: 'completed' | 'in_progress' | 'queued';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  createdAt: string;
}

export interface ArtifactState {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
  expired: boolean;
  createdAt: string;
}

export class RepoState {
  readonly pulls = new Map<number, PullState>();
  readonly issues = new Map<number, IssueState>();
  readonly comments = new Map<number, CommentState>();
  readonly reviews: ReviewState[] = [];
  readonly checkRuns = new Map<number, CheckRunState>();
  /** login → permission (`admin`, `maintain`, `write`, `triage`, `read`, `none`). */
  readonly collaborators = new Map<string, string>();
  readonly workflows = new Map<number, { id: number; path: string; name: string }>();
  readonly runs = new Map<number, RunState>();
  readonly artifacts = new Map<number, ArtifactState>();
  /** Repository files (any ref): path → content. */
  readonly files = new Map<string, string>();
  /** Every version written through the API (for lagging lists): id → versions, oldest first. */
  readonly commentVersions = new Map<number, Version<CommentState>[]>();
  readonly checkRunVersions = new Map<number, Version<CheckRunState>[]>();
  private nextNumber = 1;

  constructor(
    private readonly emu: EmulatorState,
    readonly id: number,
    readonly owner: string,
    readonly name: string,
    public defaultBranch: string,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  takeNumber(): number {
    return this.nextNumber++;
  }

  addPull(p: Partial<PullState> & { headSha: string }): PullState {
    const number = p.number ?? this.takeNumber();
    this.nextNumber = Math.max(this.nextNumber, number + 1);
    const pull: PullState = {
      number,
      headSha: p.headSha,
      headRef: p.headRef ?? `feature-${number}`,
      baseRef: p.baseRef ?? this.defaultBranch,
      headRepo: p.headRepo ?? this.fullName,
      title: p.title ?? `Pull request ${number}`,
      user: p.user ?? 'octocat',
      state: p.state ?? 'open',
      body: p.body ?? '',
    };
    this.emu.ensureUser(pull.user);
    this.pulls.set(number, pull);
    const now = this.emu.now();
    this.issues.set(number, {
      number,
      title: pull.title,
      body: pull.body,
      user: pull.user,
      state: pull.state,
      labels: [],
      isPull: true,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    });
    return pull;
  }

  addReview(r: Omit<ReviewState, 'id' | 'submittedAt' | 'body'> & { body?: string }): ReviewState {
    this.emu.ensureUser(r.user);
    const review: ReviewState = { id: this.emu.nextId(), submittedAt: this.emu.now(), body: '', ...r };
    this.reviews.push(review);
    return review;
  }

  setPermission(login: string, permission: string): void {
    this.emu.ensureUser(login);
    this.collaborators.set(login, permission);
  }

  addWorkflow(path: string, name = path.split('/').pop() ?? path): { id: number; path: string; name: string } {
    const existing = [...this.workflows.values()].find((w) => w.path === path);
    if (existing) return existing;
    const w = { id: this.emu.nextId(), path, name };
    this.workflows.set(w.id, w);
    return w;
  }

  addRun(r: Partial<Omit<RunState, 'id' | 'workflowId'>> & { workflowPath: string; headSha: string }): RunState {
    const wf = this.addWorkflow(r.workflowPath);
    const run: RunState = {
      id: this.emu.nextId(),
      workflowId: wf.id,
      workflowPath: r.workflowPath,
      headBranch: r.headBranch ?? this.defaultBranch,
      headSha: r.headSha,
      headRepo: r.headRepo ?? this.fullName,
      event: r.event ?? 'push',
      status: r.status ?? 'completed',
      conclusion: r.conclusion === undefined ? 'success' : r.conclusion,
      createdAt: r.createdAt ?? this.emu.now(),
    };
    this.runs.set(run.id, run);
    return run;
  }

  addArtifact(runId: number, name: string, files: Record<string, string | Buffer>, expired = false): ArtifactState {
    const a: ArtifactState = {
      id: this.emu.nextId(),
      name,
      runId,
      zip: makeZip(files),
      expired,
      createdAt: this.emu.now(),
    };
    this.artifacts.set(a.id, a);
    return a;
  }

  /**
   * The variables the runner gives a job of run `runId` for `@actions/artifact` uploads:
   * `ACTIONS_RESULTS_URL` (the emulator's results service) and `ACTIONS_RUNTIME_TOKEN`, a JWT whose
   * `scp` claim names the run's backend ids, as the runner's does. Artifacts uploaded with them become
   * artifacts of that run.
   */
  artifactRuntime(runId: number): { ACTIONS_RESULTS_URL: string; ACTIONS_RUNTIME_TOKEN: string } {
    const backendRun = `run-${this.id}-${runId}`;
    this.emu.backendRuns.set(backendRun, { repo: this, runId });
    const b64 = (o: Obj): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead Actions.Results:${backendRun}:job-${runId}` })}.sig`;
    return { ACTIONS_RESULTS_URL: `${this.emu.url}/`, ACTIONS_RUNTIME_TOKEN: jwt };
  }

  /** Comments of an issue as the (lagging) list endpoint shows them, oldest first. */
  listedCommentsOn(issueNumber: number): CommentState[] {
    return laggedView(this.comments, this.commentVersions, this.emu.listLagMs)
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** Check runs as the (lagging) list endpoint shows them. */
  listedCheckRuns(): CheckRunState[] {
    return laggedView(this.checkRuns, this.checkRunVersions, this.emu.listLagMs);
  }

  /** Comments of an issue or pull request, oldest first. */
  commentsOn(issueNumber: number): CommentState[] {
    return [...this.comments.values()].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }
}

/** One version of an object written through the API; `value` undefined = deleted. */
export interface Version<T> {
  at: number;
  value: T | undefined;
}

/** Records a version (a deep copy) of object `id`, or its deletion. */
export function recordVersion<T extends { id: number }>(
  versions: Map<number, Version<T>[]>,
  id: number,
  value: T | undefined,
): void {
  const list = versions.get(id) ?? [];
  list.push({ at: Date.now(), value: value === undefined ? undefined : structuredClone(value) });
  versions.set(id, list);
}

/**
 * What a list endpoint shows with `lagMs` of lag: each object as its newest version written at least
 * `lagMs` ago; objects created more recently are missing, deleted ones still listed until the deletion is
 * that old. Objects put into the state directly (not through the API) have no versions and show as they are.
 */
export function laggedView<T extends { id: number }>(
  current: ReadonlyMap<number, T>,
  versions: ReadonlyMap<number, readonly Version<T>[]>,
  lagMs: number,
  now = Date.now(),
): T[] {
  const out: T[] = [];
  const ids = new Set([...current.keys(), ...versions.keys()]);
  for (const id of ids) {
    const history = versions.get(id);
    if (!history || lagMs <= 0) {
      const v = current.get(id);
      if (v) out.push(v);
      continue;
    }
    let visible: Version<T> | undefined;
    for (const v of history) if (v.at <= now - lagMs) visible = v;
    if (visible?.value) out.push(visible.value);
  }
  return out;
}

/** A canned failure for the next matching request(s): retries, rate limits, outages. */
export interface Fault {
  method?: string;
  /** Matched against the request path. */
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: Obj;
  /** How many requests it answers; default 1. */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  operationId?: string;
  token?: string;
  /** Time spent answering, in ms (validation included). */
  ms?: number;
}

export class EmulatorState {
  readonly repos = new Map<string, RepoState>();
  readonly users = new Map<string, UserState>();
  readonly tokens = new Map<string, TokenInfo>();
  /** `org/team-slug` → login → role. */
  readonly teams = new Map<string, Map<string, 'member' | 'maintainer'>>();
  readonly requests: LoggedRequest[] = [];
  /** Requests GitHub would reject and responses that do not match the description. Assert it is empty. */
  readonly violations: string[] = [];
  /** Valid GitHub operations the emulator has no handler for (answered 501); add one with `route()`. */
  readonly unimplemented: string[] = [];
  readonly faults: Fault[] = [];
  /**
   * Read-after-write lag of list endpoints (check runs of a ref, comments of an issue), in ms: an object
   * created or changed less than this long ago is missing from (or stale in) lists, as on GitHub under
   * load. Reading one object by id is always current.
   */
  listLagMs = 0;
  /** Backend run ids (from `artifactRuntime`) → the run artifacts uploaded under them belong to. */
  readonly backendRuns = new Map<string, { repo: RepoState; runId: number }>();
  /** Artifact uploads in progress (CreateArtifact → blob blocks → FinalizeArtifact), by upload key. */
  readonly uploads = new Map<
    string,
    { repo: RepoState; runId: number; name: string; blocks: Map<string, Buffer>; blob?: Buffer }
  >();
  /** Time every API request takes, in ms (half before the request is applied, half after). */
  latencyMs = 0;
  private id = 1000;
  url = '';

  nextId(): number {
    return ++this.id;
  }

  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  addRepo(fullName: string, opts: { defaultBranch?: string; id?: number } = {}): RepoState {
    const [owner, name] = fullName.split('/') as [string, string];
    this.ensureUser(owner, 'Organization');
    const repo = new RepoState(this, opts.id ?? this.nextId(), owner, name, opts.defaultBranch ?? 'main');
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(fullName: string): RepoState {
    const r = this.repos.get(fullName.toLowerCase());
    if (!r) throw new Error(`no repo ${fullName} in the emulator`);
    return r;
  }

  ensureUser(login: string, type: UserState['type'] = login.endsWith('[bot]') ? 'Bot' : 'User'): UserState {
    let u = this.users.get(login.toLowerCase());
    if (!u) {
      u = { login, id: this.nextId(), type };
      this.users.set(login.toLowerCase(), u);
    }
    return u;
  }

  addToken(token: string, info: TokenInfo): void {
    this.ensureUser(info.login, info.type);
    this.tokens.set(token, info);
  }

  addTeamMember(org: string, slug: string, login: string, role: 'member' | 'maintainer' = 'member'): void {
    this.ensureUser(login);
    const key = `${org}/${slug}`.toLowerCase();
    if (!this.teams.has(key)) this.teams.set(key, new Map());
    this.teams.get(key)!.set(login.toLowerCase(), role);
  }
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Obj = {},
  ) {
    super(message);
  }
}

export interface RequestContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Obj | undefined;
  token: TokenInfo;
  state: EmulatorState;
  /** The repository named by `{owner}/{repo}`; 404 when unknown. */
  repo(): RepoState;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => HandlerResult | Promise<HandlerResult>;

export interface Emulator {
  url: string;
  state: EmulatorState;
  /** Adds or replaces the handler of an operation, by OpenAPI path template (`/repos/{owner}/{repo}/...`). */
  route(method: string, template: string, handler: Handler): void;
  close(): Promise<void>;
}

const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

function pageOf<T>(items: readonly T[], ctx: RequestContext): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Number(ctx.query.get('per_page') ?? 30) || 30);
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  if (items.length > perPage) {
    const link = (p: number, rel: string): string => {
      const q = new URLSearchParams(ctx.query);
      q.set('page', String(p));
      q.set('per_page', String(perPage));
      return `<${ctx.state.url}${ctx.path}?${q.toString()}>; rel="${rel}"`;
    };
    const parts: string[] = [];
    if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) parts.push(link(1, 'first'), link(page - 1, 'prev'));
    if (parts.length > 0) headers.link = parts.join(', ');
  }
  return { items: items.slice((page - 1) * perPage, page * perPage), headers };
}

/** Builds response objects from GitHub's own examples, with the emulator's state filled in. */
class Views {
  private readonly api = loadOpenApi();
  constructor(private readonly state: EmulatorState) {}

  private get base(): string {
    return this.state.url;
  }

  user(login: string): Obj {
    const u = this.state.ensureUser(login);
    const v = this.api.example<Obj>('simple-user');
    return {
      ...v,
      login: u.login,
      id: u.id,
      node_id: `U_${u.id}`,
      type: u.type === 'Organization' ? 'Organization' : u.type,
      url: `${this.base}/users/${encodeURIComponent(u.login)}`,
      html_url: `https://github.com/${encodeURIComponent(u.login)}`,
    };
  }

  publicUser(login: string): Obj {
    const u = this.state.ensureUser(login);
    return { ...this.api.example<Obj>('public-user-default-response'), ...this.user(login), name: u.name ?? null };
  }

  repository(repo: RepoState): Obj {
    const v = this.api.example<Obj>('full-repository');
    return {
      ...v,
      id: repo.id,
      node_id: `R_${repo.id}`,
      name: repo.name,
      full_name: repo.fullName,
      owner: this.user(repo.owner),
      default_branch: repo.defaultBranch,
      url: `${this.base}/repos/${repo.fullName}`,
      html_url: `https://github.com/${repo.fullName}`,
      fork: false,
      has_discussions: false,
      parent: undefined,
      source: undefined,
      template_repository: null,
      organization: this.user(repo.owner),
    };
  }

  private repoRefFor(fullName: string): Obj {
    const repo = this.state.repos.get(fullName.toLowerCase());
    const v = this.api.example<Obj>('pull-request');
    const headRepo = structuredClone((v.head as Obj).repo as Obj);
    const [owner, name] = fullName.split('/') as [string, string];
    return {
      ...headRepo,
      id: repo?.id ?? 999,
      node_id: `R_${repo?.id ?? 999}`,
      name,
      full_name: fullName,
      owner: this.user(owner),
      fork: repo === undefined,
      url: `${this.base}/repos/${fullName}`,
      html_url: `https://github.com/${fullName}`,
      default_branch: repo?.defaultBranch ?? 'main',
    };
  }

  pull(repo: RepoState, p: PullState): Obj {
    const v = this.api.example<Obj>('pull-request');
    const head = v.head as Obj;
    const baseRef = v.base as Obj;
    return {
      ...v,
      id: p.number + 500000,
      node_id: `PR_${p.number}`,
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      user: this.user(p.user),
      requested_teams: [],
      requested_reviewers: [],
      assignee: null,
      assignees: [],
      milestone: null,
      url: `${this.base}/repos/${repo.fullName}/pulls/${p.number}`,
      html_url: `https://github.com/${repo.fullName}/pull/${p.number}`,
      head: {
        ...head,
        sha: p.headSha,
        ref: p.headRef,
        label: `${p.headRepo.split('/')[0]}:${p.headRef}`,
        repo: this.repoRefFor(p.headRepo),
        user: this.user(p.headRepo.split('/')[0]!),
      },
      base: { ...baseRef, ref: p.baseRef, repo: this.repoRefFor(repo.fullName), user: this.user(repo.owner) },
    };
  }

  comment(repo: RepoState, c: CommentState): Obj {
    const v = this.api.example<Obj>('issue-comment');
    return {
      ...v,
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.base}/repos/${repo.fullName}/issues/comments/${c.id}`,
      html_url: `https://github.com/${repo.fullName}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.base}/repos/${repo.fullName}/issues/${c.issueNumber}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: 'NONE',
      pin: null,
    };
  }

  issue(repo: RepoState, i: IssueState): Obj {
    const v = this.api.example<Obj>('issue');
    const out: Obj = {
      ...v,
      id: i.number + 700000,
      node_id: `I_${i.number}`,
      number: i.number,
      url: `${this.base}/repos/${repo.fullName}/issues/${i.number}`,
      repository_url: `${this.base}/repos/${repo.fullName}`,
      html_url: `https://github.com/${repo.fullName}/issues/${i.number}`,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state === 'closed' ? 'completed' : null,
      user: this.user(i.user),
      labels: i.labels.map((name, n) => ({
        id: n + 1,
        node_id: `L_${n}`,
        url: '',
        name,
        description: null,
        color: 'ededed',
        default: false,
      })),
      assignee: null,
      assignees: [],
      milestone: null,
      comments: this.commentsCount(repo, i.number),
      closed_at: i.closedAt,
      closed_by: null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      pinned_comment: null,
    };
    if (!i.isPull) delete out.pull_request;
    return out;
  }

  private commentsCount(repo: RepoState, n: number): number {
    return repo.commentsOn(n).length;
  }

  checkRun(repo: RepoState, r: CheckRunState): Obj {
    const v = this.api.example<Obj>('check-run-example-of-completed-conclusion');
    return {
      ...v,
      id: r.id,
      node_id: `CR_${r.id}`,
      head_sha: r.headSha,
      external_id: r.externalId,
      url: `${this.base}/repos/${repo.fullName}/check-runs/${r.id}`,
      html_url: `https://github.com/${repo.fullName}/runs/${r.id}`,
      details_url: r.detailsUrl,
      status: r.status,
      conclusion: r.conclusion,
      started_at: r.startedAt,
      completed_at: r.completedAt,
      name: r.name,
      // The GitHub App whose token created it: `github-actions` for a workflow's GITHUB_TOKEN.
      app: { ...(v.app as Obj), slug: r.creator.replace(/\[bot\]$/, ''), name: r.creator.replace(/\[bot\]$/, '') },
      output: {
        title: r.output.title,
        summary: r.output.summary,
        text: r.output.text,
        annotations_count: r.annotations.length,
        annotations_url: `${this.base}/repos/${repo.fullName}/check-runs/${r.id}/annotations`,
      },
      pull_requests: [],
    };
  }

  review(repo: RepoState, r: ReviewState): Obj {
    const v = this.api.example<Obj>('pull-request-review');
    return {
      ...v,
      id: r.id,
      node_id: `PRR_${r.id}`,
      user: this.user(r.user),
      body: r.body,
      state: r.state,
      commit_id: r.commitId,
      submitted_at: r.submittedAt,
      html_url: `https://github.com/${repo.fullName}/pull/${r.pullNumber}#pullrequestreview-${r.id}`,
      pull_request_url: `${this.base}/repos/${repo.fullName}/pulls/${r.pullNumber}`,
      author_association: repo.collaborators.has(r.user) ? 'COLLABORATOR' : 'NONE',
    };
  }

  run(repo: RepoState, r: RunState): Obj {
    const v = this.api.example<Obj>('workflow-run');
    return {
      ...v,
      id: r.id,
      node_id: `WFR_${r.id}`,
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: r.workflowPath,
      event: r.event,
      status: r.status,
      conclusion: r.conclusion,
      workflow_id: r.workflowId,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      url: `${this.base}/repos/${repo.fullName}/actions/runs/${r.id}`,
      html_url: `https://github.com/${repo.fullName}/actions/runs/${r.id}`,
      artifacts_url: `${this.base}/repos/${repo.fullName}/actions/runs/${r.id}/artifacts`,
      pull_requests: [],
      repository: this.minimalRepo(repo.fullName),
      head_repository: this.minimalRepo(r.headRepo),
      head_repository_id: this.state.repos.get(r.headRepo.toLowerCase())?.id ?? 999,
      repository_id: repo.id,
    };
  }

  private minimalRepo(fullName: string): Obj {
    const v = this.api.example<Obj>('workflow-run');
    const base = v.repository as Obj;
    const repo = this.state.repos.get(fullName.toLowerCase());
    const [owner, name] = fullName.split('/') as [string, string];
    return {
      ...base,
      id: repo?.id ?? 999,
      node_id: `R_${repo?.id ?? 999}`,
      name,
      full_name: fullName,
      owner: this.user(owner),
      fork: repo === undefined,
    };
  }

  artifact(repo: RepoState, a: ArtifactState): Obj {
    const run = repo.runs.get(a.runId);
    return {
      id: a.id,
      node_id: `A_${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: `${this.base}/repos/${repo.fullName}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.base}/repos/${repo.fullName}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      expires_at: a.createdAt,
      updated_at: a.createdAt,
      digest: null,
      workflow_run: run
        ? {
            id: run.id,
            repository_id: repo.id,
            head_repository_id: this.state.repos.get(run.headRepo.toLowerCase())?.id ?? 999,
            head_branch: run.headBranch,
            head_sha: run.headSha,
          }
        : null,
    };
  }
}

function intParam(ctx: RequestContext, name: string): number {
  return Number(ctx.params[name]);
}

function str(body: Obj | undefined, key: string): string | undefined {
  const v = body?.[key];
  return typeof v === 'string' ? v : undefined;
}

function defaultHandlers(views: Views): Map<string, Handler> {
  const h = new Map<string, Handler>();
  const on = (method: string, template: string, fn: Handler): void => void h.set(`${method} ${template}`, fn);

  on('GET', '/repos/{owner}/{repo}', (ctx) => ({ status: 200, body: views.repository(ctx.repo()) }));

  on('GET', '/users/{username}', (ctx) => {
    const u = ctx.state.users.get(ctx.params.username!.toLowerCase());
    if (!u) throw new HttpError(404, 'Not Found');
    return { status: 200, body: views.publicUser(u.login) };
  });

  // Pull requests and reviews.
  on('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (ctx) => {
    const repo = ctx.repo();
    const p = repo.pulls.get(intParam(ctx, 'pull_number'));
    if (!p) throw new HttpError(404, 'Not Found');
    return { status: 200, body: views.pull(repo, p) };
  });
  on('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', (ctx) => {
    const repo = ctx.repo();
    const n = intParam(ctx, 'pull_number');
    if (!repo.pulls.has(n)) throw new HttpError(404, 'Not Found');
    const page = pageOf(
      repo.reviews.filter((r) => r.pullNumber === n),
      ctx,
    );
    return { status: 200, body: page.items.map((r) => views.review(repo, r)), headers: page.headers };
  });

  on('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', (ctx) => {
    const repo = ctx.repo();
    const login = ctx.params.username!;
    const user = ctx.state.users.get(login.toLowerCase());
    if (!user) throw new HttpError(404, 'Not Found');
    // A custom repository role is set as `name(base)`, e.g. `ml-reviewer(write)`: GitHub names it in
    // `role_name` and gives its base level in the legacy `permission`.
    const custom = /^(.+)\((admin|write|read)\)$/.exec(repo.collaborators.get(user.login) ?? '');
    const permission = custom ? custom[2]! : (repo.collaborators.get(user.login) ?? 'none');
    const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
    const u = views.user(user.login);
    const perms = {
      admin: permission === 'admin',
      maintain: ['admin', 'maintain'].includes(permission),
      push: ['admin', 'maintain', 'write'].includes(permission),
      triage: ['admin', 'maintain', 'write', 'triage'].includes(permission),
      pull: permission !== 'none',
    };
    return {
      status: 200,
      body: {
        permission: legacy,
        role_name: custom ? custom[1] : permission,
        user: { ...u, permissions: perms, role_name: custom ? custom[1] : permission },
      },
    };
  });

  on('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', (ctx) => {
    const team = ctx.state.teams.get(`${ctx.params.org}/${ctx.params.team_slug}`.toLowerCase());
    const role = team?.get(ctx.params.username!.toLowerCase());
    if (!role) throw new HttpError(404, 'Not Found');
    return {
      status: 200,
      body: { url: `${ctx.state.url}/teams/1/memberships/${ctx.params.username}`, role, state: 'active' },
    };
  });

  on('GET', '/repos/{owner}/{repo}/contents/{path}', (ctx) => {
    const repo = ctx.repo();
    const path = ctx.params.path!;
    const content = repo.files.get(path);
    if (content === undefined) throw new HttpError(404, 'Not Found');
    const size = Buffer.byteLength(content);
    const url = `${ctx.state.url}/repos/${repo.fullName}/contents/${path}`;
    const html = `https://github.com/${repo.fullName}/blob/${repo.defaultBranch}/${path}`;
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size,
        name: path.split('/').pop(),
        path,
        content: Buffer.from(content).toString('base64'),
        sha: 'f'.repeat(40),
        url,
        git_url: null,
        html_url: html,
        download_url: null,
        _links: { git: null, html, self: url },
      },
    };
  });

  // Check runs.
  const findRun = (ctx: RequestContext): [RepoState, CheckRunState] => {
    const repo = ctx.repo();
    const run = repo.checkRuns.get(intParam(ctx, 'check_run_id'));
    if (!run) throw new HttpError(404, 'Not Found');
    return [repo, run];
  };
  const applyCheckRun = (ctx: RequestContext, run: CheckRunState): void => {
    const b = ctx.body ?? {};
    if (typeof b.name === 'string') run.name = b.name;
    if (typeof b.details_url === 'string') run.detailsUrl = b.details_url;
    if (typeof b.external_id === 'string') run.externalId = b.external_id;
    if (typeof b.started_at === 'string') run.startedAt = b.started_at;
    if (typeof b.status === 'string') run.status = b.status as CheckRunState['status'];
    if (typeof b.conclusion === 'string') {
      run.conclusion = b.conclusion;
      run.status = 'completed';
    }
    if (typeof b.completed_at === 'string') run.completedAt = b.completed_at;
    if (run.status === 'completed') {
      if (!run.conclusion)
        throw new HttpError(422, 'Validation Failed: conclusion is required when status is completed');
      run.completedAt ??= ctx.state.now();
    }
    const out = b.output as Obj | undefined;
    if (out) {
      // As on GitHub, an update's output replaces the whole output: a text left out is gone.
      run.output.title = typeof out.title === 'string' ? out.title : null;
      run.output.summary = typeof out.summary === 'string' ? out.summary : null;
      run.output.text = typeof out.text === 'string' ? out.text : null;
      const anns = (out.annotations as AnnotationState[] | undefined) ?? [];
      run.annotations.push(...anns.map((a) => ({ ...a })));
    }
  };
  on('POST', '/repos/{owner}/{repo}/check-runs', (ctx) => {
    const repo = ctx.repo();
    const run: CheckRunState = {
      id: ctx.state.nextId(),
      name: str(ctx.body, 'name')!,
      headSha: str(ctx.body, 'head_sha')!,
      status: 'queued',
      conclusion: null,
      detailsUrl: null,
      externalId: '',
      startedAt: ctx.state.now(),
      completedAt: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      creator: ctx.token.login,
    };
    if (!/^[0-9a-f]{40}$/.test(run.headSha)) throw new HttpError(422, 'No commit found for SHA: ' + run.headSha);
    applyCheckRun(ctx, run);
    repo.checkRuns.set(run.id, run);
    recordVersion(repo.checkRunVersions, run.id, run);
    return { status: 201, body: views.checkRun(repo, run) };
  });
  on('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (ctx) => {
    const [repo, run] = findRun(ctx);
    applyCheckRun(ctx, run);
    recordVersion(repo.checkRunVersions, run.id, run);
    return { status: 200, body: views.checkRun(repo, run) };
  });
  on('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (ctx) => {
    const [repo, run] = findRun(ctx);
    return { status: 200, body: views.checkRun(repo, run) };
  });
  on('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', (ctx) => {
    const [, run] = findRun(ctx);
    const page = pageOf(run.annotations, ctx);
    return {
      status: 200,
      headers: page.headers,
      body: page.items.map((a) => ({
        path: a.path,
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: a.start_column ?? null,
        end_column: a.end_column ?? null,
        annotation_level: a.annotation_level,
        title: a.title ?? null,
        message: a.message,
        raw_details: a.raw_details ?? null,
        blob_href: '',
      })),
    };
  });
  on('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', (ctx) => {
    const repo = ctx.repo();
    const ref = ctx.params.ref!;
    let runs = repo
      .listedCheckRuns()
      .filter((r) => r.headSha === ref)
      .sort((a, b) => b.id - a.id);
    const name = ctx.query.get('check_name');
    if (name !== null) runs = runs.filter((r) => r.name === name);
    const status = ctx.query.get('status');
    if (status !== null) runs = runs.filter((r) => r.status === status);
    if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
      const seen = new Set<string>();
      runs = runs.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
    }
    const page = pageOf(runs, ctx);
    return {
      status: 200,
      headers: page.headers,
      body: { total_count: runs.length, check_runs: page.items.map((r) => views.checkRun(repo, r)) },
    };
  });

  // Issue comments.
  const findIssue = (ctx: RequestContext): [RepoState, IssueState] => {
    const repo = ctx.repo();
    const issue = repo.issues.get(intParam(ctx, 'issue_number'));
    if (!issue) throw new HttpError(404, 'Not Found');
    return [repo, issue];
  };
  const findComment = (ctx: RequestContext): [RepoState, CommentState] => {
    const repo = ctx.repo();
    const c = repo.comments.get(intParam(ctx, 'comment_id'));
    if (!c) throw new HttpError(404, 'Not Found');
    return [repo, c];
  };
  on('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
    const [repo, issue] = findIssue(ctx);
    const page = pageOf(repo.listedCommentsOn(issue.number), ctx);
    return { status: 200, headers: page.headers, body: page.items.map((c) => views.comment(repo, c)) };
  });
  on('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
    const [repo, issue] = findIssue(ctx);
    const now = ctx.state.now();
    const c: CommentState = {
      id: ctx.state.nextId(),
      issueNumber: issue.number,
      body: str(ctx.body, 'body')!,
      user: ctx.token.login,
      createdAt: now,
      updatedAt: now,
    };
    if (c.body.length > 65536)
      throw new HttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
    repo.comments.set(c.id, c);
    recordVersion(repo.commentVersions, c.id, c);
    return {
      status: 201,
      body: views.comment(repo, c),
      headers: { location: `${ctx.state.url}/repos/${repo.fullName}/issues/comments/${c.id}` },
    };
  });
  on('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
    const [repo, c] = findComment(ctx);
    return { status: 200, body: views.comment(repo, c) };
  });
  on('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
    const [repo, c] = findComment(ctx);
    const body = str(ctx.body, 'body')!;
    if (body.length > 65536)
      throw new HttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
    c.body = body;
    c.updatedAt = ctx.state.now();
    recordVersion(repo.commentVersions, c.id, c);
    return { status: 200, body: views.comment(repo, c) };
  });
  on('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
    const [repo, c] = findComment(ctx);
    repo.comments.delete(c.id);
    recordVersion(repo.commentVersions, c.id, undefined);
    return { status: 204 };
  });

  // Issues.
  on('GET', '/repos/{owner}/{repo}/issues', (ctx) => {
    const repo = ctx.repo();
    const state = ctx.query.get('state') ?? 'open';
    const creator = ctx.query.get('creator');
    const labels = (ctx.query.get('labels') ?? '').split(',').filter(Boolean);
    const items = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => creator === null || i.user.toLowerCase() === creator.toLowerCase())
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .sort((a, b) => b.number - a.number);
    const page = pageOf(items, ctx);
    return { status: 200, headers: page.headers, body: page.items.map((i) => views.issue(repo, i)) };
  });
  on('POST', '/repos/{owner}/{repo}/issues', (ctx) => {
    const repo = ctx.repo();
    const now = ctx.state.now();
    const labels = ((ctx.body?.labels as unknown[] | undefined) ?? []).map((l) =>
      typeof l === 'string' ? l : String((l as Obj).name),
    );
    const issue: IssueState = {
      number: repo.takeNumber(),
      title: String(ctx.body?.title),
      body: str(ctx.body, 'body') ?? '',
      user: ctx.token.login,
      state: 'open',
      labels,
      isPull: false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    repo.issues.set(issue.number, issue);
    return { status: 201, body: views.issue(repo, issue) };
  });
  on('GET', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx) => {
    const [repo, issue] = findIssue(ctx);
    return { status: 200, body: views.issue(repo, issue) };
  });
  on('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx) => {
    const [repo, issue] = findIssue(ctx);
    const b = ctx.body ?? {};
    if (typeof b.title === 'string') issue.title = b.title;
    if (typeof b.body === 'string') issue.body = b.body;
    if (b.state === 'open' || b.state === 'closed') {
      issue.state = b.state;
      issue.closedAt = b.state === 'closed' ? ctx.state.now() : null;
    }
    issue.updatedAt = ctx.state.now();
    return { status: 200, body: views.issue(repo, issue) };
  });

  // Workflow runs and artifacts.
  on('GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', (ctx) => {
    const repo = ctx.repo();
    const wid = ctx.params.workflow_id!;
    const wf = [...repo.workflows.values()].find((w) => String(w.id) === wid || w.path.split('/').pop() === wid);
    if (!wf) throw new HttpError(404, 'Not Found');
    const q = ctx.query;
    const runs = [...repo.runs.values()]
      .filter((r) => r.workflowId === wf.id)
      .filter((r) => q.get('branch') === null || r.headBranch === q.get('branch'))
      .filter((r) => q.get('event') === null || r.event === q.get('event'))
      .filter((r) => q.get('head_sha') === null || r.headSha === q.get('head_sha'))
      .filter((r) => {
        const s = q.get('status');
        return s === null || r.status === s || r.conclusion === s;
      })
      .sort((a, b) => b.id - a.id);
    const page = pageOf(runs, ctx);
    return {
      status: 200,
      headers: page.headers,
      body: { total_count: runs.length, workflow_runs: page.items.map((r) => views.run(repo, r)) },
    };
  });
  on('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', (ctx) => {
    const repo = ctx.repo();
    const run = repo.runs.get(intParam(ctx, 'run_id'));
    if (!run) throw new HttpError(404, 'Not Found');
    return { status: 200, body: views.run(repo, run) };
  });
  on('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', (ctx) => {
    const repo = ctx.repo();
    const runId = intParam(ctx, 'run_id');
    const name = ctx.query.get('name');
    const items = [...repo.artifacts.values()].filter((a) => a.runId === runId && (name === null || a.name === name));
    const page = pageOf(items, ctx);
    return {
      status: 200,
      headers: page.headers,
      body: { total_count: items.length, artifacts: page.items.map((a) => views.artifact(repo, a)) },
    };
  });
  on('GET', '/repos/{owner}/{repo}/actions/artifacts', (ctx) => {
    const repo = ctx.repo();
    const name = ctx.query.get('name');
    const items = [...repo.artifacts.values()]
      .filter((a) => name === null || a.name === name)
      .sort((a, b) => b.id - a.id);
    const page = pageOf(items, ctx);
    return {
      status: 200,
      headers: page.headers,
      body: { total_count: items.length, artifacts: page.items.map((a) => views.artifact(repo, a)) },
    };
  });
  on('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}', (ctx) => {
    const repo = ctx.repo();
    const a = repo.artifacts.get(intParam(ctx, 'artifact_id'));
    if (!a) throw new HttpError(404, 'Not Found');
    return { status: 200, body: views.artifact(repo, a) };
  });
  on('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', (ctx) => {
    const repo = ctx.repo();
    const a = repo.artifacts.get(intParam(ctx, 'artifact_id'));
    if (!a || ctx.params.archive_format !== 'zip') throw new HttpError(404, 'Not Found');
    if (a.expired) throw new HttpError(410, 'Artifact has expired');
    return { status: 302, headers: { location: `${ctx.state.url}/_blobs/${repo.fullName}/${a.id}.zip?sig=test` } };
  });
  return h;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    ...headers,
  });
  res.end(payload);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const ARTIFACT_SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

/**
 * The runner's artifact upload path, as `@actions/artifact` drives it: the results service's Twirp
 * `CreateArtifact` (answers a signed blob URL), Azure Blob block uploads to that URL (`comp=block`, then
 * `comp=blocklist`), and `FinalizeArtifact`, which makes the zip an artifact of the run the runtime
 * token names (see `RepoState.artifactRuntime`).
 */
function artifactUpload(
  state: EmulatorState,
  method: string,
  path: string,
  query: URLSearchParams,
  raw: Buffer,
  authorization: string | undefined,
): { status: number; body?: unknown; headers?: Record<string, string> } {
  const azure = {
    etag: '"0x8DC0000000000000"',
    'last-modified': new Date().toUTCString(),
    'x-ms-request-id': '00000000-0000-0000-0000-000000000000',
    'x-ms-version': '2024-11-04',
    'x-ms-request-server-encrypted': 'true',
  };
  if (path.startsWith('/_upload/')) {
    const upload = state.uploads.get(decodeURIComponent(path.slice('/_upload/'.length)));
    if (!upload || query.get('sig') !== 'upload' || method !== 'PUT') return { status: 404 };
    if (query.get('comp') === 'block') {
      upload.blocks.set(query.get('blockid') ?? '', raw);
      return { status: 201, headers: azure };
    }
    if (query.get('comp') === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map((m) => m[1]!);
      if (ids.some((id) => !upload.blocks.has(id))) return { status: 400, body: { message: 'InvalidBlockList' } };
      upload.blob = Buffer.concat(ids.map((id) => upload.blocks.get(id)!));
      return { status: 201, headers: azure };
    }
    upload.blob = raw;
    return { status: 201, headers: azure };
  }
  const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  let scp = '';
  try {
    scp = String((JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Obj).scp ?? '');
  } catch {
    // Not a JWT: no scope.
  }
  const scoped = /Actions\.Results:([^:\s]+):([^:\s]+)/.exec(scp)?.[1];
  let body: Obj;
  try {
    body = JSON.parse(raw.toString('utf8')) as Obj;
  } catch {
    return { status: 400, body: { code: 'malformed', msg: 'body is not JSON' } };
  }
  const backendRun = String(body.workflow_run_backend_id ?? body.workflowRunBackendId ?? '');
  const target = state.backendRuns.get(backendRun);
  if (!scoped || scoped !== backendRun || !target)
    return { status: 401, body: { code: 'unauthenticated', msg: 'runtime token does not grant this run' } };
  const name = String(body.name ?? '');
  const key = `${backendRun}/${name}`;
  if (method === 'POST' && path === `${ARTIFACT_SERVICE}CreateArtifact`) {
    const taken = [...target.repo.artifacts.values()].some((a) => a.runId === target.runId && a.name === name);
    if (taken || state.uploads.has(key))
      return { status: 409, body: { code: 'already_exists', msg: 'an artifact with this name already exists' } };
    state.uploads.set(key, { repo: target.repo, runId: target.runId, name, blocks: new Map() });
    return {
      status: 200,
      body: { ok: true, signed_upload_url: `${state.url}/_upload/${encodeURIComponent(key)}?sig=upload` },
    };
  }
  if (method === 'POST' && path === `${ARTIFACT_SERVICE}FinalizeArtifact`) {
    const upload = state.uploads.get(key);
    if (!upload?.blob) return { status: 404, body: { code: 'not_found', msg: 'no uploaded artifact to finalize' } };
    state.uploads.delete(key);
    const a: ArtifactState = {
      id: state.nextId(),
      name,
      runId: upload.runId,
      zip: upload.blob,
      expired: false,
      createdAt: state.now(),
    };
    upload.repo.artifacts.set(a.id, a);
    return { status: 200, body: { ok: true, artifact_id: String(a.id) } };
  }
  return { status: 404, body: { code: 'bad_route', msg: `no handler for ${method} ${path}` } };
}

/** Starts the emulator on 127.0.0.1 (a free port). */
export async function startEmulator(
  options: { validate?: boolean; listLagMs?: number; latencyMs?: number } = {},
): Promise<Emulator> {
  const api = loadOpenApi();
  const state = new EmulatorState();
  state.listLagMs = options.listLagMs ?? 0;
  state.latencyMs = options.latencyMs ?? 0;
  const delay = (): Promise<void> | undefined =>
    state.latencyMs > 0 ? new Promise((r) => setTimeout(r, state.latencyMs / 2)) : undefined;
  const views = new Views(state);
  const handlers = defaultHandlers(views);
  const validate = options.validate ?? true;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      const path = url.pathname;
      const log: LoggedRequest = { method, path, status: 0 };
      const started = performance.now();
      state.requests.push(log);
      const reply = async (status: number, body?: unknown, headers?: Record<string, string>): Promise<void> => {
        await delay();
        log.status = status;
        log.ms = Math.round(performance.now() - started);
        send(res, status, body, headers);
      };
      await delay();
      const blob = /^\/_blobs\/([^/]+\/[^/]+)\/(\d+)\.zip$/.exec(path);
      if (blob && method === 'GET') {
        const a = state.repos.get(blob[1]!.toLowerCase())?.artifacts.get(Number(blob[2]));
        if (!a) return reply(404, { message: 'BlobNotFound' });
        log.status = 200;
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) });
        res.end(a.zip);
        return;
      }
      const raw = await readBody(req);
      if (path.startsWith('/twirp/') || path.startsWith('/_upload/')) {
        const out = artifactUpload(state, method, path, url.searchParams, raw, req.headers.authorization);
        return reply(out.status, out.body, out.headers);
      }
      const found = api.find(method, path);
      if (!found) {
        state.violations.push(`${method} ${path}: not an operation of GitHub's REST API`);
        return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      }
      const { op, params } = found;
      log.operationId = op.operationId;
      let body: Obj | undefined;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8')) as Obj;
        } catch {
          state.violations.push(`${method} ${path}: body is not JSON`);
          return reply(400, { message: 'Problems parsing JSON' });
        }
      }
      const auth = req.headers.authorization ?? '';
      const tokenValue = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
      log.token = tokenValue;
      const token = tokenValue === undefined ? undefined : state.tokens.get(tokenValue);
      if (!token)
        return reply(401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        });

      const fault = state.faults.find((f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)));
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.times <= 0) state.faults.splice(state.faults.indexOf(fault), 1);
        return reply(fault.status, fault.body ?? { message: `emulated ${fault.status}` }, fault.headers);
      }

      if (validate) {
        const problems = api.checkRequest(op, params, url.searchParams, body);
        if (problems.length > 0) {
          state.violations.push(`${method} ${op.template} (${op.operationId}): ${problems.join('; ')}`);
          return reply(422, {
            message: 'Invalid request.',
            documentation_url: 'https://docs.github.com/rest',
            errors: problems,
            status: '422',
          });
        }
      }
      if (WRITE.has(method) && token.readOnly) {
        return reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403',
        });
      }
      const handler = handlers.get(`${method} ${op.template}`);
      if (!handler) {
        state.unimplemented.push(`${method} ${op.template} (${op.operationId})`);
        return reply(501, { message: `emulator does not implement ${op.operationId}` });
      }
      const ctx: RequestContext = {
        method,
        path,
        params,
        query: url.searchParams,
        body,
        token,
        state,
        repo: () => {
          const r = state.repos.get(`${params.owner}/${params.repo}`.toLowerCase());
          if (!r) throw new HttpError(404, 'Not Found');
          return r;
        },
      };
      let result: HandlerResult;
      try {
        result = await handler(ctx);
      } catch (error) {
        if (error instanceof HttpError) {
          return reply(error.status, {
            message: error.message,
            documentation_url: 'https://docs.github.com/rest',
            status: String(error.status),
            ...error.extra,
          });
        }
        state.violations.push(`${method} ${path}: emulator crashed: ${String(error)}`);
        return reply(500, { message: String(error) });
      }
      if (validate) {
        const problems = api.checkResponse(op, result.status, result.body);
        if (problems.length > 0) {
          state.violations.push(`${method} ${op.template} (${op.operationId}) response: ${problems.join('; ')}`);
          return reply(500, { message: 'emulator response does not match the OpenAPI description', errors: problems });
        }
      }
      await reply(result.status, result.body, result.headers);
    })().catch((error: unknown) => {
      state.violations.push(`emulator error: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { message: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  state.url = url;
  return {
    url,
    state,
    route(method, template, handler) {
      handlers.set(`${method.toUpperCase()} ${template}`, handler);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
