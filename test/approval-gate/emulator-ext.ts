/**
 * Endpoints the approval gate reads that the shared emulator (test/github/emulator.ts) does not serve yet,
 * added through its `route()` hook: file contents, PR commits, a commit, check suites, deployments,
 * releases, repository activity, teams. Team endpoints answer 403 to tokens not in `teamReaders`, as
 * GitHub does for the job's GITHUB_TOKEN. Bodies are GitHub's own OpenAPI examples with state filled in,
 * so the emulator's response validation still applies.
 */
import type { Emulator, RequestContext } from '../github/emulator.js';
import { HttpError } from '../github/emulator.js';
import { loadOpenApi } from '../github/openapi.js';

type Obj = Record<string, unknown>;

export interface GitCommit {
  sha: string;
  author: string;
  committer: string;
  date: string;
  tree?: string;
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
  };
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
      },
      files: [],
    };
  };
  const allCommits = (): GitCommit[] => [...Object.values(w.prCommits).flat(), ...w.commits];
  const teamGuard = (ctx: RequestContext): void => {
    if (!w.teamReaders.has(ctx.token.login)) throw new HttpError(403, 'Resource not accessible by integration');
  };

  emu.route('GET', '/repos/{owner}/{repo}/contents/{path}', (ctx) => {
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
  emu.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', (ctx) => {
    ctx.repo();
    const list = w.prCommits[Number(ctx.params.pull_number)] ?? [];
    return { status: 200, body: list.map(commitView) };
  });
  emu.route('GET', '/repos/{owner}/{repo}/commits/{ref}', (ctx) => {
    const c = allCommits().find((x) => x.sha === ctx.params.ref);
    if (!c) throw new HttpError(422, `No commit found for SHA: ${ctx.params.ref}`);
    return { status: 200, body: commitView(c) };
  });
  emu.route('GET', '/repos/{owner}/{repo}/commits/{ref}/check-suites', (ctx) => {
    const at = w.suites[ctx.params.ref!];
    const ex = api.example<Obj>('check-suite-paginated');
    const suite = first(ex.check_suites as Obj[]);
    const suites = at ? [{ ...suite, head_sha: ctx.params.ref, created_at: at, updated_at: at }] : [];
    return { status: 200, body: { total_count: suites.length, check_suites: suites } };
  });
  emu.route('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', async (ctx) => {
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
  emu.route('GET', '/repos/{owner}/{repo}/deployments', () => ({
    status: 200,
    body: w.deployed ? [first(api.example<Obj[]>('deployment-items'))] : [],
  }));
  emu.route('GET', '/repos/{owner}/{repo}/releases/latest', () => {
    throw new HttpError(404, 'Not Found');
  });
  emu.route('GET', '/repos/{owner}/{repo}/activity', () => ({ status: 200, body: [] }));
  emu.route('GET', '/orgs/{org}/teams/{team_slug}', (ctx) => {
    teamGuard(ctx);
    if (!emu.state.teams.has(`${ctx.params.org}/${ctx.params.team_slug}`.toLowerCase()))
      throw new HttpError(404, 'Not Found');
    const team = api.example<Obj>('team-full');
    // GitHub's example predates two required fields of the schema
    const organization = { ...(team.organization as Obj), archived_at: null };
    return { status: 200, body: { ...team, type: 'organization', organization, slug: ctx.params.team_slug } };
  });
  emu.route('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', (ctx) => {
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
