import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { describeError } from '../errors.js';
import type { GateServices } from '../gate.js';
import type { Logger } from '../log.js';
import { httpStatus } from './api.js';
import { artifactName, readArtifactFile } from './artifact.js';
import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';

export interface BaselineOptions {
  /** The client, or how to build it on first use (the action runtime loads Octokit only when needed). */
  gh: GitHubClient | (() => Promise<GitHubClient>) | undefined;
  token: string | undefined;
  ctx: RunContext | undefined;
  /** Gates whose artifacts may hold the file (`ml-gates-<gate>`). */
  gates: readonly string[];
  workspace: string;
  logger: Pick<Logger, 'info' | 'warning' | 'debug'>;
  /** Overrides the artifact download (tests). */
  download?: typeof readArtifactFile;
}

interface TrustedRun {
  id: number;
  run_number: number;
  head_sha: string;
  head_branch: string | null;
}

/**
 * The latest successful run of the same workflow on the default branch of the same repository. A run
 * from a fork or a pull-request branch is never trusted (its artifacts are attacker-controlled).
 */
async function latestDefaultBranchRun(
  gh: GitHubClient,
  ctx: RunContext,
  defaultBranch: string,
): Promise<TrustedRun | undefined> {
  if (!ctx.workflowFile) return undefined;
  const { data } = await gh.rest.actions.listWorkflowRuns({
    owner: ctx.owner,
    repo: ctx.repo,
    workflow_id: ctx.workflowFile,
    branch: defaultBranch,
    status: 'success',
    exclude_pull_requests: true,
    per_page: 20,
  });
  const fullName = `${ctx.owner}/${ctx.repo}`.toLowerCase();
  return data.workflow_runs.find(
    (r) =>
      r.id !== ctx.runId &&
      r.conclusion === 'success' &&
      r.head_branch === defaultBranch &&
      ![
        'pull_request',
        'pull_request_target',
        'pull_request_review',
        'pull_request_review_comment',
        'issue_comment',
      ].includes(r.event) &&
      r.repository.full_name.toLowerCase() === fullName &&
      r.head_repository?.full_name?.toLowerCase() === fullName,
  );
}

/**
 * `services.baseline(name)`: the file `name` from the report artifact of the latest successful run of
 * this workflow on the default branch; else the file `name` in the repository (relative to the
 * workspace). Logs which one was used; `source` says it too.
 */
export function createBaselineService(o: BaselineOptions): NonNullable<GateServices['baseline']> {
  return async (name: string) => {
    if (name.includes('\0') || isAbsolute(name) || name.split(/[\\/]/).includes('..')) {
      o.logger.warning(`Baseline "${name}" ignored: give a path relative to the workspace, without "..".`);
      return undefined;
    }
    const fromArtifact = await (async () => {
      const { ctx, token } = o;
      if (!o.gh || !ctx || !token) return undefined;
      // Outside the try: a client that cannot load is a broken bundle (an error), not "no baseline artifact".
      const gh = typeof o.gh === 'function' ? await o.gh() : o.gh;
      try {
        let defaultBranch = ctx.defaultBranch;
        if (!defaultBranch)
          defaultBranch = (await gh.rest.repos.get({ owner: ctx.owner, repo: ctx.repo })).data.default_branch;
        const run = await latestDefaultBranchRun(gh, ctx, defaultBranch);
        if (!run) {
          o.logger.info(
            `No successful run of ${ctx.workflowFile ?? 'this workflow'} on ${defaultBranch} to take the baseline "${name}" from.`,
          );
          return undefined;
        }
        const { data } = await gh.rest.actions.listWorkflowRunArtifacts({
          owner: ctx.owner,
          repo: ctx.repo,
          run_id: run.id,
          per_page: 100,
        });
        const repoId = (await gh.rest.repos.get({ owner: ctx.owner, repo: ctx.repo })).data.id;
        const wanted = new Set(o.gates.map(artifactName));
        const candidates = data.artifacts.filter(
          (a) =>
            wanted.has(a.name) &&
            !a.expired &&
            a.workflow_run?.head_branch === defaultBranch &&
            a.workflow_run.repository_id === repoId &&
            a.workflow_run.head_repository_id === repoId,
        );
        const download = o.download ?? readArtifactFile;
        for (const a of candidates) {
          const content = await download(a.id, name, {
            token,
            workflowRunId: run.id,
            repositoryOwner: ctx.owner,
            repositoryName: ctx.repo,
          });
          if (content) {
            return {
              content,
              source: `artifact ${a.name} of run #${run.run_number} on ${defaultBranch} (${run.head_sha.slice(0, 7)})`,
            };
          }
        }
        o.logger.info(
          `The last successful ${defaultBranch} run (#${run.run_number}) has no "${name}" in its ml-gates artifacts.`,
        );
        return undefined;
      } catch (error) {
        // Not "no baseline": the gate reports its check as not run with this reason (fail closed), and never
        // falls back to the workspace's copy, which the pull request may have written.
        const status = httpStatus(error);
        const hint =
          status === 403 || status === 404
            ? ' Give the job "actions: read" (the artifacts of default-branch runs), or use a baseline file in the repository.'
            : '';
        throw new Error(
          `Could not fetch the baseline "${name}" from the default branch: ${describeError(error).split('\n')[0]}.${hint}`,
          { cause: error },
        );
      }
    })();
    if (fromArtifact) {
      o.logger.info(`Baseline "${name}": ${fromArtifact.source}.`);
      return fromArtifact;
    }
    const path = resolve(o.workspace, name);
    if (relative(o.workspace, path).startsWith('..')) return undefined;
    try {
      const content = await readFile(path);
      const source = `file ${name} in the repository`;
      o.logger.info(`Baseline "${name}": ${source}.`);
      return { content, source };
    } catch {
      o.logger.info(`Baseline "${name}": none found (no default-branch artifact, no file in the repository).`);
      return undefined;
    }
  };
}
