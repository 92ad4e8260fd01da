import { existsSync } from 'node:fs';
import * as core from './toolkit.js';
import { basename, relative, resolve } from 'node:path';
import { describeError, UserError } from '../errors.js';
import type { GateResult } from '../result/types.js';
import type { ActionSpec } from './action.js';
import { artifactName, artifactServiceAvailable, uploadReportArtifact } from './artifact.js';
import { createBaselineService } from './baseline.js';
import { buildCheckRun, publishCheckRun } from './check-run.js';
import { httpStatus, isPermissionError, maskToken } from './api.js';
import type { GitHubClient } from './client.js';
import { readRunContext, type RunContext } from './context.js';
import { syncFailureIssue } from './failure-issue.js';
import { getBooleanInput, getOptionalInput } from './inputs.js';
import { loadClientModule } from './lazy.js';
import { syncPrComment, type OwnSection } from './pr-comment.js';
import { artifactsOf } from '../result/contracts.js';

/** Settings of publishing, from the action inputs. */
export interface PublishSettings {
  token: string | undefined;
  checkRun: boolean;
  comment: boolean;
  artifact: boolean;
  onFailure: 'none' | 'issue';
  maxAnnotations: number;
  workspace: string;
}

const ON_FAILURE = ['none', 'issue'] as const;
/** Most annotations a check run takes from one gate (GitHub accepts 50 per request; more requests are slower). */
export const MAX_ANNOTATIONS_LIMIT = 1000;

/**
 * Reads and validates the publishing inputs. A wrong value is the user's mistake, reported before anything
 * runs (exit 2), never silently replaced by a default.
 */
export function readPublishSettings(): PublishSettings {
  const onFailure = getOptionalInput('on-failure') ?? 'none';
  if (!(ON_FAILURE as readonly string[]).includes(onFailure)) {
    throw new UserError(
      'input-invalid',
      `Input "on-failure" must be one of ${ON_FAILURE.join(', ')}, got "${onFailure}".`,
    );
  }
  const rawMax = getOptionalInput('max-annotations') ?? '250';
  const max = /^\d+$/.test(rawMax) ? Number(rawMax) : Number.NaN;
  if (!Number.isSafeInteger(max) || max > MAX_ANNOTATIONS_LIMIT) {
    throw new UserError(
      'input-invalid',
      `Input "max-annotations" must be a whole number from 0 to ${MAX_ANNOTATIONS_LIMIT}, got "${rawMax}".`,
    );
  }
  return {
    token: getOptionalInput('token') ?? process.env.GITHUB_TOKEN,
    checkRun: getBooleanInput('check-run', true),
    comment: getBooleanInput('comment', true),
    artifact: getBooleanInput('upload-artifact', true),
    onFailure: onFailure as PublishSettings['onFailure'],
    maxAnnotations: max,
    workspace: resolve(getOptionalInput('working-directory') ?? process.env.GITHUB_WORKSPACE ?? process.cwd()),
  };
}

interface Failure {
  what: string;
  error: unknown;
}

/** One warning line for everything that could not be published, with the reason users can act on. */
export function describePublishFailures(failures: readonly Failure[], ctx: RunContext | undefined): string | undefined {
  if (failures.length === 0) return undefined;
  const whats = [...new Set(failures.map((f) => f.what))];
  const list = whats.length > 1 ? `${whats.slice(0, -1).join(', ')} and ${whats.at(-1)}` : whats[0];
  const denied = failures.every((f) => isPermissionError(f.error));
  const first = failures[0]!.error;
  const status = httpStatus(first);
  let why: string;
  if (denied) {
    why =
      ctx?.fromFork || /dependabot/i.test(process.env.GITHUB_ACTOR ?? '')
        ? `the token is read-only (HTTP ${status}), as GitHub makes it on pull requests from forks and from Dependabot`
        : `the token may not write them (HTTP ${status}); give the job "checks: write" and "pull-requests: write" (and "issues: write" for on-failure: issue)`;
  } else {
    why = describeError(first).split('\n')[0]!.slice(0, 300);
  }
  return `ml-gates could not publish the ${list}: ${why}. The verdict, exit code and job summary are unaffected.`;
}

/** Publishes gate results to GitHub: report artifacts, check runs, the PR comment and (optionally) failure issues. */
export async function publishResults(
  results: readonly GateResult[],
  reportFiles: readonly string[],
  settings: PublishSettings,
  ctx: RunContext | undefined,
  gh: GitHubClient | undefined,
): Promise<void> {
  // Artifacts do not need the token: fork PRs still get them.
  if (settings.artifact) {
    if (!artifactServiceAvailable()) {
      core.warning(
        'Report artifacts not uploaded: the artifact service is not available in this environment (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL unset).',
      );
    } else {
      for (const r of results) {
        const files = reportFiles.filter((f) => results.length === 1 || basename(f) === `${r.gate}.json`);
        // Files a check produced for the record (the ML-BOM) travel with the gate's report.
        for (const c of r.checks) {
          for (const a of artifactsOf(c)) {
            if (existsSync(a) && !files.includes(a)) files.push(a);
          }
        }
        const out = await uploadReportArtifact(artifactName(r.gate), files);
        if (out.uploaded) core.info(`Uploaded the report artifact ${artifactName(r.gate)}.`);
        else core.warning(`Report artifact ${artifactName(r.gate)} not uploaded: ${out.reason}`);
      }
    }
  }
  if (!ctx) {
    core.info('Not in a GitHub Actions run (no GITHUB_REPOSITORY): nothing published to GitHub.');
    return;
  }
  if (!gh) {
    core.warning(
      'ml-gates could not publish check runs or the PR comment: no token (set the "token" input). The verdict is unaffected.',
    );
    return;
  }
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const failures: Failure[] = [];
  // Everything goes on the commit each gate judged (`result.commit`), never on a head read again after the
  // decision: a head that moved meanwhile gets nothing from this run.
  const commitOf = (r: GateResult): string | undefined => r.commit ?? ctx.headSha;
  const prefix = relative(resolve(process.env.GITHUB_WORKSPACE ?? settings.workspace), settings.workspace);
  const pathPrefix = prefix && !prefix.startsWith('..') ? `${prefix.split('\\').join('/')}/` : '';
  const own: OwnSection[] = [];
  if (settings.checkRun) {
    for (const r of results) {
      const headSha = commitOf(r);
      if (!headSha) {
        core.warning(`No check run for ${r.gate}: the run names no commit (GITHUB_SHA is unset).`);
        continue;
      }
      const result: GateResult = { ...r, commit: headSha };
      const pointer = `the job summary${ctx.runUrl ? ` of ${ctx.runUrl}` : ''} and the artifact ${artifactName(r.gate)}`;
      try {
        const payload = buildCheckRun(result, {
          headSha,
          reportPointer: pointer,
          maxAnnotations: settings.maxAnnotations,
          pathPrefix,
          ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
        });
        const { id, url, app } = await publishCheckRun(gh, repo, payload);
        own.push({ gate: r.gate, result, checkRunId: id, checkRunUrl: url, sha: headSha, ...(app ? { app } : {}) });
        core.info(
          `Published check run "${payload.name}" on ${headSha.slice(0, 12)} (${payload.conclusion}, ${payload.annotations.length} annotation(s)).`,
        );
      } catch (error) {
        failures.push({ what: `check run of ${r.gate}`, error });
      }
    }
  }
  const commentSha = own[0]?.sha ?? (results[0] ? commitOf(results[0]) : undefined);
  if (settings.comment && ctx.pullNumber !== undefined && commentSha && settings.checkRun) {
    if (own.length === 0 && failures.length > 0) {
      failures.push({ what: 'PR comment', error: failures[0]!.error });
    } else {
      try {
        const stats = await syncPrComment(
          gh,
          { ...repo, pullNumber: ctx.pullNumber, headSha: commentSha, ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}) },
          own,
        );
        core.info(
          `PR comment ${stats.commentId ?? ''} in sync after ${stats.rounds} round(s), ${stats.writes} write(s).`,
        );
      } catch (error) {
        failures.push({ what: 'PR comment', error });
      }
    }
  }
  if (settings.onFailure === 'issue' && ctx.pullNumber === undefined) {
    const onDefault = ctx.defaultBranch !== undefined && ctx.ref === `refs/heads/${ctx.defaultBranch}`;
    if (onDefault) {
      for (const r of results) {
        try {
          const app = own.find((s) => s.app !== undefined)?.app;
          const self = app === undefined ? undefined : `${app}[bot]`;
          core.info(`${r.gate}: ${await syncFailureIssue(gh, repo, r, ctx.runUrl, commitOf(r), self)}.`);
        } catch (error) {
          failures.push({ what: `failure issue of ${r.gate}`, error });
        }
      }
    }
  }
  const line = describePublishFailures(failures, ctx);
  if (line) core.warning(line);
}

/**
 * The client for `token`, built on first use: Octokit, its plugins and undici load only when a run talks to the
 * API (a run without a token or outside GitHub Actions never does). The token is masked at once, as before.
 */
function lazyClient(token: string): () => Promise<GitHubClient> {
  maskToken(token);
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= loadClientModule().then(({ createClient }) => createClient({ token })));
}

/**
 * Adds GitHub publishing and services to an action: check runs, the PR comment, artifacts, failure
 * issues, and `services.baseline` (default-branch artifacts, then a file in the repository).
 *
 * @example
 * await runWrapper('model-scan', () => runAction(withGitHub({ name: 'model-scan', gates: [modelScanGate], mode: 'single' })));
 */
export function withGitHub(spec: ActionSpec): ActionSpec {
  const settings = readPublishSettings();
  const ctx = readRunContext();
  const gh = settings.token && ctx ? lazyClient(settings.token) : undefined;
  const baseline = createBaselineService({
    gh,
    token: settings.token,
    ctx,
    gates: spec.gates.map((g) => g.name),
    workspace: settings.workspace,
    logger: { info: (m) => core.info(m), warning: (m) => core.warning(m), debug: (m) => core.debug(m) },
  });
  return {
    ...spec,
    services: { baseline, ...(spec.services ?? {}) },
    publish: async (results, files) => {
      await spec.publish?.(results, files);
      await publishResults(results, files, settings, ctx, await gh?.());
    },
  };
}
