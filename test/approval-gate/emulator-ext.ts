/**
 * Endpoints the approval gate reads that the shared emulator (test/github/emulator.ts) does not serve yet,
 * added through its `route()` hook: file contents, PR commits, a commit, check suites, deployments,
 * releases, repository activity, comparisons, teams. Team endpoints answer 403 to tokens not in `teamReaders`, as
 * GitHub does for the job's GITHUB_TOKEN. Bodies are GitHub's own OpenAPI examples with state filled in,
 * so the emulator's response validation still applies.
 */
import type { Emulator, Handler, RepoState, RequestContext } from '../github/emulator.js';
import { HttpError } from '../github/emulator.js';
import { loadOpenApi } from '../github/openapi.js';

type Obj = Record<string, unknown>;

export interface GitCommit {
  sha: string;
  author: string;
  committer: string;
  date: string;
  tree?: string;
  /** Commit message (default: GitHub's example message); carries `Co-authored-by:` trailers. */
  message?: string;
}

export interface ApprovalWorld {
  /** ref (branch or SHA) → path → text. */
  files: Record<string, Record<string, string>>;
  /** PR number → commits, oldest first. */
  prCommits: Record<number, GitCommit[]>;
  /** SHA → when GitHub first saw it (check suite created_at). */
  suites: Record<string, string>;
  /** Logins of tokens that may read teams. */
  teamReaders: Set<string>;
  deployed: boolean;
  /** Every file read, as `path@ref`. */
  reads: string[];
  /** Commits outside pull requests (merge commits), for `GET /commits/{ref}`. */
  commits: GitCommit[];
  /** Merge commit SHA → pull request number, for `GET /commits/{sha}/pulls`. */
  mergedPulls: Record<string, number>;
  /** Branch → its pushes and force-pushes (repository activity), oldest first. */
  activity: Record<string, Push[]>;
  /** Commit → the files it changes against the default branch (`GET /compare/{base}...{head}`); none if absent. */
  changed: Record<string, string[]>;
  /** PR number → force-pushes recorded in its timeline (`head_ref_force_pushed`). */
  forcePushes: Record<number, { actor: string; at: string }[]>;
  /**
   * Runs once, right after the emulator answers an operation of the extension (by OpenAPI template, e.g.
   * `GET /repos/{owner}/{repo}/pulls/{pull_number}/commits`): the world changing while a gate runs.
   */
  after: Record<string, () => void>;
}

export interface Push {
  before: string;
  after: string;
  at: string;
  actor: string;
  type: 'push' | 'force_push' | 'branch_creation';
}

/**
 * Records a push on the PR's branch the way GitHub does: the pull request's head moves, the repository
 * activity gets the push, a force-push also lands in the PR timeline, and the new head's first check suite
 * is stamped (unless the commit was seen before).
 */
export function pushTo(
  w: ApprovalWorld,
  pull: { number: number; headSha: string; headRef: string },
  to: string,
  at: string,
  o: { actor?: string; force?: boolean; sameRepo?: boolean } = {},
): void {
  const actor = o.actor ?? 'octocat';
  if (o.sameRepo !== false) {
    (w.activity[pull.headRef] ??= []).push({
      before: pull.headSha,
      after: to,
      at,
      actor,
      type: o.force ? 'force_push' : 'push',
    });
  }
  if (o.force) (w.forcePushes[pull.number] ??= []).push({ actor, at });
  w.suites[to] ??= at;
  pull.headSha = to;
}

export function extendEmulator(emu: Emulator): ApprovalWorld {
  const api = loadOpenApi();
  const w: ApprovalWorld = {
    files: {},
    prCommits: {},
    suites: {},
    teamReaders: new Set(),
    deployed: false,
    reads: [],
    commits: [],
    mergedPulls: {},
    activity: {},
    forcePushes: {},
    changed: {},
    after: {},
  };
  const route = (method: string, template: string, fn: Handler): void =>
    emu.route(method, template, async (ctx) => {
      const result = await fn(ctx);
      const key = `${method} ${template}`;
      const hook = w.after[key];
      if (hook) {
        delete w.after[key];
        hook();
      }
      return result;
    });
  const first = <T>(v: T | T[]): T => (Array.isArray(v) ? v[0]! : v);
  const user = (login: string): Obj => {
    const u = emu.state.ensureUser(login);
    return { ...api.example<Obj>('simple-user'), login: u.login, id: u.id, type: u.type };
  };
  const commitView = (c: GitCommit): Obj => {
    const v = first(api.example<Obj | Obj[]>('commit'));
    const inner = v.commit as Obj;
    return {
      ...v,
      sha: c.sha,
      node_id: `C_${c.sha}`,
      author: user(c.author),
      committer: user(c.committer),
      commit: {
        ...inner,
        author: { name: c.author, email: `${c.author}@example.com`, date: c.date },
        committer: { name: c.committer, email: `${c.committer}@example.com`, date: c.date },
        tree: { ...(inner.tree as Obj), sha: c.tree ?? `tree-of-${c.sha}`.slice(0, 40) },
        ...(c.message !== undefined ? { message: c.message } : {}),
      },
      files: [],
    };
  };
  const allCommits = (): GitCommit[] => [...Object.values(w.prCommits).flat(), ...w.commits];
  const teamGuard = (ctx: RequestContext): void => {
    if (!w.teamReaders.has(ctx.token.login)) throw new HttpError(403, 'Resource not accessible by integration');
  };

  route('GET', '/repos/{owner}/{repo}/contents/{path}', (ctx) => {
    ctx.repo();
    const ref = ctx.query.get('ref') ?? ctx.repo().defaultBranch;
    const path = decodeURIComponent(ctx.params.path!);
    w.reads.push(`${path}@${ref}`);
    const text = w.files[ref]?.[path];
    if (text === undefined) throw new HttpError(404, 'Not Found');
    const buf = Buffer.from(text, 'utf8');
    return {
      status: 200,
      body: {
        ...api.example<Obj>('content-file'),
        name: path.split('/').pop(),
        path,
        size: buf.length,
        encoding: 'base64',
        content: buf.toString('base64'),
      },
    };
  });
  route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', (ctx) => {
    ctx.repo();
    const list = w.prCommits[Number(ctx.params.pull_number)] ?? [];
    return { status: 200, body: list.map(commitView) };
  });
  route('GET', '/repos/{owner}/{repo}/commits/{ref}', (ctx) => {
    const c = allCommits().find((x) => x.sha === ctx.params.ref);
    if (!c) throw new HttpError(422, `No commit found for SHA: ${ctx.params.ref}`);
    return { status: 200, body: commitView(c) };
  });
  route('GET', '/repos/{owner}/{repo}/commits/{ref}/check-suites', (ctx) => {
    const at = w.suites[ctx.params.ref!];
    const ex = api.example<Obj>('check-suite-paginated');
    const suite = first(ex.check_suites as Obj[]);
    const suites = at ? [{ ...suite, head_sha: ctx.params.ref, created_at: at, updated_at: at }] : [];
    return { status: 200, body: { total_count: suites.length, check_suites: suites } };
  });
  route('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', async (ctx) => {
    const repo = ctx.repo();
    const n = w.mergedPulls[ctx.params.commit_sha!];
    if (n === undefined) return { status: 200, body: [] };
    // The emulator's own pull view, through its API (the same token), so both endpoints agree.
    const res = await fetch(`${emu.url}/repos/${repo.fullName}/pulls/${n}`, {
      headers: {
        authorization: `token ${[...emu.state.tokens.entries()].find(([, t]) => t.login === ctx.token.login)![0]}`,
      },
    });
    return { status: 200, body: [await res.json()] };
  });
  route('GET', '/repos/{owner}/{repo}/deployments', () => ({
    status: 200,
    body: w.deployed ? [first(api.example<Obj[]>('deployment-items'))] : [],
  }));
  route('GET', '/repos/{owner}/{repo}/releases/latest', () => {
    throw new HttpError(404, 'Not Found');
  });
  route('GET', '/repos/{owner}/{repo}/activity', (ctx) => {
    ctx.repo();
    const ref = ctx.query.get('ref') ?? '';
    const branch = ref.replace(/^refs\/heads\//, '');
    // Newest first, as GitHub answers by default.
    const list = [...(w.activity[branch] ?? [])].reverse();
    return {
      status: 200,
      body: list.map((p, i) => ({
        id: 9000 + i,
        node_id: `A_${9000 + i}`,
        before: p.before,
        after: p.after,
        ref: `refs/heads/${branch}`,
        timestamp: p.at,
        activity_type: p.type,
        actor: user(p.actor),
      })),
    };
  });
  route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/timeline', (ctx) => {
    const repo = ctx.repo();
    const n = Number(ctx.params.issue_number);
    if (!repo.issues.has(n)) throw new HttpError(404, 'Not Found');
    const body = (w.forcePushes[n] ?? []).map((f, i) => ({
      id: 7000 + i,
      node_id: `HRFPE_${7000 + i}`,
      url: `${emu.url}/repos/${repo.fullName}/issues/events/${7000 + i}`,
      actor: user(f.actor),
      event: 'head_ref_force_pushed',
      commit_id: null,
      commit_url: null,
      created_at: f.at,
      performed_via_github_app: null,
    }));
    return { status: 200, body };
  });
  route('GET', '/repos/{owner}/{repo}/compare/{basehead}', (ctx) => {
    ctx.repo();
    const head = decodeURIComponent(ctx.params.basehead!).split('...')[1] ?? '';
    const ex = api.example<Obj>('commit-comparison');
    const file = first(ex.files as Obj[]);
    // As GitHub: at most 300 changed files for the whole comparison, the rest cut without a word.
    const files = (w.changed[head] ?? []).slice(0, 300).map((filename) => ({ ...file, filename }));
    return { status: 200, body: { ...ex, files } };
  });
  route('GET', '/orgs/{org}/teams/{team_slug}', (ctx) => {
    teamGuard(ctx);
    if (!emu.state.teams.has(`${ctx.params.org}/${ctx.params.team_slug}`.toLowerCase()))
      throw new HttpError(404, 'Not Found');
    const team = api.example<Obj>('team-full');
    // GitHub's example predates two required fields of the schema
    const organization = { ...(team.organization as Obj), archived_at: null };
    return { status: 200, body: { ...team, type: 'organization', organization, slug: ctx.params.team_slug } };
  });
  route('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', (ctx) => {
    teamGuard(ctx);
    const team = emu.state.teams.get(`${ctx.params.org}/${ctx.params.team_slug}`.toLowerCase());
    const role = team?.get(ctx.params.username!.toLowerCase());
    if (!role) throw new HttpError(404, 'Not Found');
    return {
      status: 200,
      body: { url: `${emu.url}/teams/1/memberships/${ctx.params.username}`, role, state: 'active' },
    };
  });
  return w;
}

/** Green `ml-gates / model-scan` and `ml-gates / data-gate` check runs on each of `shas`, completed at `at`. */
export function addGreenGateRuns(emu: Emulator, repo: RepoState, shas: readonly string[], at: string): void {
  for (const h of shas) {
    for (const gate of ['model-scan', 'data-gate']) {
      const id = emu.state.nextId();
      repo.checkRuns.set(id, {
        id,
        name: `ml-gates / ${gate}`,
        headSha: h,
        status: 'completed',
        conclusion: 'success',
        detailsUrl: null,
        externalId: '',
        startedAt: at,
        completedAt: at,
        output: { title: 'passed', summary: 'passed', text: null },
        annotations: [],
        creator: 'github-actions[bot]',
      });
    }
  }
}
