import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/** What publishing needs to know about the workflow run, read from the runner's environment. */
export interface RunContext {
  owner: string;
  repo: string;
  /** `GITHUB_EVENT_NAME`: `pull_request`, `push`, `issue_comment`... */
  eventName: string;
  /** The commit results are about: the PR head (not the merge commit) on pull requests, else `GITHUB_SHA`. */
  headSha: string | undefined;
  /** The pull request, when the event is about one (`issue_comment` on a PR included). */
  pullNumber: number | undefined;
  /** True when the PR head lives in another repository (a fork): the token is read-only there. */
  fromFork: boolean;
  defaultBranch: string | undefined;
  /** `GITHUB_REF`, e.g. `refs/heads/main`. */
  ref: string | undefined;
  /** Link to the workflow run (its job summaries and artifacts). */
  runUrl: string | undefined;
  runId: number | undefined;
  /** File name of the running workflow (`ml.yml`), from `GITHUB_WORKFLOW_REF`. */
  workflowFile: string | undefined;
  serverUrl: string;
  /** The event payload (untrusted: only ids and shas are read from it). */
  payload: Record<string, unknown>;
}

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const sha = (v: unknown): string | undefined =>
  typeof v === 'string' && /^[0-9a-f]{40}$/i.test(v) ? v.toLowerCase() : undefined;
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/** Reads the run context from `GITHUB_*` variables and the event payload at `GITHUB_EVENT_PATH`. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  let payload: Obj = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))) ?? {};
    } catch (error) {
      // Without it the run cannot tell its pull request or head: results would land on GITHUB_SHA (the merge commit).
      throw new UserError(
        'input-unreadable',
        `Cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${String(error)}`,
      );
    }
  }
  const pr = obj(payload.pull_request);
  const issue = obj(payload.issue);
  // workflow_run: the triggering run says which commit (and, for a same-repository pull request, which PR);
  // GITHUB_SHA is the default branch's tip there.
  const wr = env.GITHUB_EVENT_NAME === 'workflow_run' ? obj(payload.workflow_run) : undefined;
  const wrPull = Array.isArray(wr?.pull_requests)
    ? (wr.pull_requests as unknown[]).map(obj).find((p) => sha(obj(p?.head)?.sha) === sha(wr.head_sha))
    : undefined;
  const pullNumber =
    int(pr?.number) ?? (obj(issue?.pull_request) ? int(issue?.number) : undefined) ?? int(wrPull?.number);
  const head = obj(pr?.head) ?? (wr ? { sha: wr.head_sha, repo: wr.head_repository } : undefined);
  const headRepo = obj(head?.repo)?.full_name;
  const repository = obj(payload.repository);
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = Number(env.GITHUB_RUN_ID);
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const workflowFile = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef)?.[1];
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    headSha: sha(head?.sha) ?? sha(env.GITHUB_SHA),
    pullNumber,
    fromFork: typeof headRepo === 'string' && headRepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
    defaultBranch: typeof repository?.default_branch === 'string' ? repository.default_branch : undefined,
    ref: env.GITHUB_REF,
    runUrl: Number.isInteger(runId) && runId > 0 ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    runId: Number.isInteger(runId) && runId > 0 ? runId : undefined,
    workflowFile,
    serverUrl,
    payload,
  };
}
