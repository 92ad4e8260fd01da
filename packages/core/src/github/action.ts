import * as core from './toolkit.js';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registerPrecompiled, type ValidateFunction } from '../config/ajv.js';
import { DEFAULT_CONFIG_FILE, defaultConfig, loadConfig } from '../config/load.js';
import type { LoadedConfig } from '../config/types.js';
import { enabledGates, exitCodeFor, type GateOverrides } from '../engine.js';
import { runGates } from '../engine-run.js';
import { describeError, isUserError, UserError } from '../errors.js';
import type { AnyGate, GateServices } from '../gate.js';
import { renderRunMarkdown, renderGateMarkdown } from '../report/markdown.js';
import { REPORT_FORMATS, writeReports, type ReportFormat } from '../report/write.js';
import { overallVerdict } from '../report/json.js';
import { SEVERITIES, type GateResult, type Severity } from '../result/types.js';
import { readRunContext } from './context.js';
import { getListInput, getOptionalInput, getScopeInputs } from './inputs.js';
import { ModuleLoadError } from './lazy.js';
import { actionsLogger } from './logger.js';
import { JOB_SUMMARY_LIMIT, truncateMarkdown } from './summary.js';
import { judgedCommitOf } from '../result/contracts.js';
import type { MlGatesConfig } from '../config/types.js';
import { JUDGED_RESULTS } from '../registry/gates.js';
import { mergeResults } from '../shard/merge.js';
import { readPartialReports } from '../shard/read.js';
import { parseShardSpec } from '../shard/spec.js';
import type { ShardSpec } from '../shard/types.js';

export interface ActionSpec {
  /** Name used in messages, e.g. `model-scan` or `ml-gates`. */
  name: string;
  /** Gates this bundle carries. */
  gates: readonly AnyGate[];
  /**
   * `single`: run the one gate (whether or not `ml-gates.yml` mentions it).
   * `all`: run every gate the config enables, or the ones named by the `gates` input.
   */
  mode: 'single' | 'all';
  /** Hook for publishing (check runs, PR comment, artifacts); failures here never change the verdict. */
  publish?: (results: GateResult[], reportFiles: string[]) => Promise<void>;
  services?: GateServices;
  /**
   * Services built only for the gates that are going to run, after the config and the `gates` input chose
   * them (the all-in-one action builds the approvals reader, which needs a token, only when approval-gate runs).
   */
  servicesFor?: (gates: readonly AnyGate[]) => GateServices | Promise<GateServices>;
  /**
   * One more result judged over the gates' whole results (the all-in-one action's CEL policy, which lives in
   * the promotion package: core does not import it); not called for a shard's partial results.
   */
  afterGates?: (config: MlGatesConfig, results: readonly GateResult[], cwd: string) => Promise<GateResult | undefined>;
  /**
   * Precompiled config validators kept in a chunk of the bundle (the all-in-one action's, for every gate):
   * loaded and registered before the run first validates a config or a gate's settings, not at start-up.
   */
  validators?: () => Promise<Readonly<Record<string, ValidateFunction>>>;
}

/** Registers the bundle's on-demand validators before a validation (a chunk that does not load fails the run). */
async function loadValidators(spec: ActionSpec): Promise<void> {
  if (spec.validators) registerPrecompiled(await spec.validators());
}

/**
 * The one wrapper every action entry calls: catches everything, prints user mistakes without a stack,
 * and fails the step with `<action> failed: …`.
 */
export async function runWrapper(name: string, fn: () => Promise<number>): Promise<void> {
  try {
    const code = await fn();
    process.exitCode = code;
  } catch (error) {
    if (isUserError(error)) {
      for (const line of error.details) core.error(line);
      core.setFailed(`${name}: ${error.message}`);
      process.exitCode = 2;
    } else {
      core.setFailed(`${name} failed: ${describeError(error)}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
      process.exitCode = 3;
    }
  }
}

async function readConfig(spec: ActionSpec, workspace: string): Promise<LoadedConfig> {
  const explicit = getOptionalInput('config');
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  if (explicit === undefined && !existsSync(resolve(workspace, file))) {
    core.info(`No ${DEFAULT_CONFIG_FILE} in the workspace: running with default settings.`);
    return { config: defaultConfig() };
  }
  await loadValidators(spec);
  return loadConfig(file, spec.gates, workspace);
}

function parseFailOn(): Severity | undefined {
  const v = getOptionalInput('fail-on');
  if (v === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(v)) {
    throw new UserError('input-invalid', `Input "fail-on" must be one of ${SEVERITIES.join(', ')}, got "${v}".`);
  }
  return v as Severity;
}

function parseFormats(): ReportFormat[] {
  const formats = getListInput('format');
  for (const f of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(f)) {
      throw new UserError(
        'input-invalid',
        `Input "format" has unknown format "${f}"; use ${REPORT_FORMATS.join(', ')}.`,
      );
    }
  }
  return formats.length > 0 ? (formats as ReportFormat[]) : ['markdown', 'sarif', 'junit'];
}

/**
 * A gate that works out itself which commit it judges (approval-gate reads the pull request's current head,
 * which a stale or re-run event payload may not name) says so in `judgedCommit`; the result, and so
 * every check run, comment and report, then carries that commit, never one read again after the decision.
 */
export function withJudgedCommit(result: GateResult): GateResult {
  const judged = judgedCommitOf(result);
  return judged ? { ...result, commit: judged } : result;
}

/**
 * `services.idToken`: the job's OIDC token, when the job may request one (`permissions: id-token: write` sets
 * `ACTIONS_ID_TOKEN_REQUEST_URL`). The host reads the environment; gates only check for the service.
 */
export function oidcService(env: NodeJS.ProcessEnv = process.env): Pick<GateServices, 'idToken'> {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) return {};
  return { idToken: (audience: string) => core.getIDToken(audience) };
}

/** The gates to run: the bundle's one gate, or those the `gates` input names, or those the config enables. */
function selectGates(spec: ActionSpec, config: LoadedConfig['config']): readonly AnyGate[] {
  if (spec.mode === 'single') return spec.gates;
  const named = getListInput('gates');
  const unknown = named.filter((n) => !spec.gates.some((g) => g.name === n));
  if (unknown.length > 0) {
    throw new UserError('input-invalid', `Input "gates" names unknown gate(s): ${unknown.join(', ')}.`, {
      details: [`Known gates: ${spec.gates.map((g) => g.name).join(', ')}`],
    });
  }
  const gates = named.length > 0 ? spec.gates.filter((g) => named.includes(g.name)) : enabledGates(spec.gates, config);
  if (gates.length === 0) {
    throw new UserError(
      'config-invalid',
      'No gate to run: ml-gates.yml enables none and the "gates" input names none.',
      {
        details: ['Add a section under "gates:" (e.g. "model-scan: {}") or set the "gates" input.'],
      },
    );
  }
  return gates;
}

/**
 * The results an action run reports: the gates run here (all of them, or shard i/N of their work with input
 * `shard`), or, with input `merge`, the partial reports of a sharded run joined into whole ones (the
 * aggregate job of a job matrix). Then the `afterGates` results (the config's policy) on whole results.
 */
async function actionResults(
  spec: ActionSpec,
  loaded: LoadedConfig,
  workspace: string,
  outDir: string,
): Promise<{ results: GateResult[]; partial: boolean }> {
  const shardInput = getOptionalInput('shard');
  const shard = shardInput === undefined ? undefined : parseShardSpec(shardInput);
  const merge = getListInput('merge');
  if (shard && merge.length > 0) {
    throw new UserError(
      'input-invalid',
      'Inputs "shard" and "merge" exclude each other: a job runs a shard or merges them.',
    );
  }
  await loadValidators(spec);
  const results =
    merge.length > 0
      ? await mergeResults(
          // a shard's policy result is partial: the policy is judged again on the merged results below
          (await readPartialReports(merge, workspace)).filter(
            (p) => !(JUDGED_RESULTS as readonly string[]).includes(p.result.gate),
          ),
          { gates: spec.gates, config: loaded.config, cwd: workspace, logger: actionsLogger },
        )
      : await runActionGates(spec, loaded, workspace, outDir, shard);
  // A shard's results are partial: the policy is judged on the merged ones.
  const after = shard ? undefined : await spec.afterGates?.(loaded.config, results, workspace);
  return { results: after ? [...results, after] : results, partial: shard !== undefined };
}

async function runActionGates(
  spec: ActionSpec,
  loaded: LoadedConfig,
  workspace: string,
  outDir: string,
  shard: ShardSpec | undefined,
): Promise<GateResult[]> {
  const failOn = parseFailOn();
  const gates = selectGates(spec, loaded.config);
  const overrides: Record<string, GateOverrides> = {};
  for (const gate of gates) {
    const options = spec.mode === 'single' ? (gate.inputsToOptions?.((n) => getOptionalInput(n) ?? '') ?? {}) : {};
    overrides[gate.name] = { options, ...(failOn ? { failOn } : {}) };
  }
  const commit = resultCommit(workspace);
  const results = await runGates(gates, loaded.config, {
    cwd: workspace,
    logger: actionsLogger,
    overrides,
    // `reportDir`: where gates write extra artifacts (the ML-BOM) so they are uploaded with the report.
    services: {
      ...(spec.services ?? {}),
      ...((await spec.servicesFor?.(gates)) ?? {}),
      reportDir: outDir,
      scope: getScopeInputs(loaded.config),
      ...oidcService(),
    },
    ...(shard ? { shard } : {}),
    ...(commit ? { commit } : {}),
  });
  return results.map(withJudgedCommit);
}

/**
 * The commit the gates' results are about, where their check runs go. On pull requests the PR head (GITHUB_SHA is
 * the merge commit). On `issue_comment` GITHUB_SHA is the default branch's tip whatever the workflow checked out,
 * so the workspace's own HEAD is used: what the gates read (a workflow that checks out the PR head gets its check
 * runs there, not on the default branch). approval-gate names the commit it judged itself (`judgedCommit`).
 */
export function resultCommit(workspace: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const ctx = readRunContext(env);
  if (ctx?.eventName === 'issue_comment') {
    const head = workspaceHead(workspace);
    if (head) return head;
    core.warning(
      `Cannot read the commit checked out in ${workspace}; the results are published on GITHUB_SHA, the default branch's tip.`,
    );
  }
  return ctx?.headSha ?? env.GITHUB_SHA;
}

/** `git rev-parse HEAD` in the workspace (fixed arguments, no user text), or undefined when it is not a checkout. */
function workspaceHead(workspace: string): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
      cwd: workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
    return /^[0-9a-f]{40}$/.test(out) ? out : undefined;
  } catch (error) {
    core.debug(`git rev-parse HEAD in ${workspace}: ${describeError(error)}`);
    return undefined;
  }
}

/** The job summary, the step outputs (`verdict`, `report`, `report-dir`, `metrics` and each gate's own). */
async function writeSummaryAndOutputs(spec: ActionSpec, results: GateResult[], files: string[], outDir: string) {
  const markdown = results.length === 1 ? renderGateMarkdown(results[0]!) : renderRunMarkdown(results);
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(
        truncateMarkdown(
          markdown,
          JOB_SUMMARY_LIMIT - 1024,
          `Full report: ${files[0] ?? outDir} (and the report artifact).`,
        ),
      )
      .write();
  }
  core.setOutput('verdict', overallVerdict(results));
  // join(), not resolve(): ncc's relocator globs the whole checkout for resolve(dir, 'name') (scripts/build.mjs).
  core.setOutput('report', join(outDir, 'ml-gates.json'));
  core.setOutput('report-dir', outDir);
  core.setOutput(
    'metrics',
    JSON.stringify(
      Object.fromEntries(
        results.map((r) => [
          r.gate,
          Object.fromEntries(
            r.checks.flatMap((c) => c.metrics.filter((m) => m.subject === undefined).map((m) => [m.name, m.value])),
          ),
        ]),
      ),
    ),
  );
  for (const r of results) {
    const extra = spec.gates.find((g) => g.name === r.gate)?.outputs?.(r) ?? {};
    for (const [k, v] of Object.entries(extra)) core.setOutput(k, v);
  }
}

/** Runs the gates of an action bundle, reports to the job summary, outputs and files, and returns the exit code. */
export async function runAction(spec: ActionSpec): Promise<number> {
  const workspace = resolve(getOptionalInput('working-directory') ?? process.env.GITHUB_WORKSPACE ?? process.cwd());
  const loaded = await readConfig(spec, workspace);
  const formats = parseFormats();
  const outDir = resolve(workspace, getOptionalInput('report-dir') ?? '.ml-gates');
  const { results, partial } = await actionResults(spec, loaded, workspace, outDir);

  // Nothing is lost: files, summary and outputs are written before anything talks to the GitHub API.
  const files = await writeReports(results, formats, outDir);
  await writeSummaryAndOutputs(spec, results, files, outDir);
  if (partial) {
    // A partial result is judged by the merge job (input "merge"), which publishes the one check run and
    // comment. Findings wait for it; a shard that could not do its part fails its own job at once.
    const errored = results.filter((r) => r.verdict === 'error');
    if (errored.length > 0) {
      core.setFailed(errored.map((r) => `${r.gate}: could not run its shard — ${r.headline}`).join('; '));
      return 3;
    }
    core.info('Partial result of a sharded run: not published and not judged here; the merge job judges the whole.');
    return 0;
  }
  if (spec.publish) {
    try {
      await spec.publish(results, files);
    } catch (error) {
      // A part of the bundle that does not load is a broken action, not a publishing hiccup.
      if (error instanceof ModuleLoadError) throw error;
      core.warning(`Could not publish results to GitHub (the verdict is unchanged): ${describeError(error)}`);
    }
  }
  const code = exitCodeFor(results);
  if (code !== 0) {
    const bad = results.filter((r) => r.verdict === 'fail' || r.verdict === 'error');
    core.setFailed(bad.map((r) => `${r.gate}: ${r.verdict} — ${r.headline}`).join('; '));
  }
  return code;
}
