import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import {
  addConfigCheck,
  describeError,
  enabledGates,
  EXIT,
  exitCodeFor,
  loadConfig,
  REPORT_FORMATS,
  renderReport,
  UserError,
  writeReports,
  type AnyGate,
  type GateResult,
  type Logger,
  type ReportFormat,
} from '@ml-gates/core';
import { loadPrivateKey, loadPublicKey } from '@ml-gates/model-scan/signature/detached';
import { buildPromotionStatement, runFromEnv, signStatement, type InTotoStatement } from './attest.js';
import { keylessAvailable, signStatementKeyless, type IdTokenSource } from './keyless.js';
import {
  describeCall,
  mlflowFromEnv,
  promoteModel,
  promotionCalls,
  type PromotionDone,
  type PromotionRequest,
} from './mlflow.js';
import { ARTIFACTS_PROXY } from './registry-files.js';
import { evaluatePolicy, policyConfigProblems, withRuleDefaults, type PolicySection } from './policy.js';
import { requireConfigIdentity } from './config-identity.js';
import { readReports } from './reports.js';
import { verifyPromotion, type VerifyOutcome } from './verify.js';

/** What the commands need from the CLI host (its io, its logger, how it resolves the config file). */
export interface PromotionHost {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  logger(verbose?: boolean): Logger;
  /** The config file to use (`--config`, else the nearest ml-gates.yml) and how to show it. */
  configFile(given: string | undefined): { path: string; shown: string };
  gates: readonly AnyGate[];
  setCode(code: number): void;
  /** OIDC tokens for keyless signing; absent: `sigstore`'s CI provider (GitHub Actions' token request env). */
  idToken?: IdTokenSource;
  /**
   * Stores a bundle with GitHub's artifact attestations API and returns its id (`attest --github-upload`);
   * absent when the host has no GitHub token and repository.
   */
  uploadAttestation?: (bundle: Record<string, unknown>) => Promise<number>;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

async function policyOf(
  host: PromotionHost,
  given: string | undefined,
): Promise<{ policy: PolicySection; path: string; shown: string; enabled: string[]; config: unknown }> {
  const { path, shown } = host.configFile(given);
  const loaded = await loadConfig(shown, host.gates, host.cwd);
  return {
    policy: ((loaded.config as { policy?: PolicySection }).policy ?? {}) as PolicySection,
    path,
    shown,
    config: loaded.config,
    enabled: enabledGates(host.gates, loaded.config).map((g) => g.name),
  };
}

/** Every gate the config enables must have a report: a missing one is never judged as if it passed. */
function requireEnabledReported(
  enabled: readonly string[],
  results: readonly GateResult[],
  dir: string,
  config: string,
) {
  const missing = enabled.filter((g) => !results.some((r) => r.gate === g));
  if (missing.length === 0) return;
  throw new UserError(
    'input-invalid',
    `${dir}: no report for ${missing.join(', ')}, enabled in ${config}; refusing to judge without ${missing.length === 1 ? 'it' : 'them'}.`,
    {
      details: [
        "Download every gate job's report artifact into the folder, or disable the gate in the config (enabled: false).",
      ],
    },
  );
}

async function readKey(host: PromotionHost, file: string, kind: 'private' | 'public') {
  let pem: Buffer;
  try {
    pem = await readFile(resolve(host.cwd, file));
  } catch (error) {
    throw new UserError('input-unreadable', `${file}: cannot read the ${kind} key (${(error as Error).message}).`);
  }
  return kind === 'private' ? loadPrivateKey(pem, file) : loadPublicKey(pem, file);
}

function formatsOf(values: string[] | undefined): ReportFormat[] {
  const formats = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const f of formats)
    if (!(REPORT_FORMATS as readonly string[]).includes(f))
      throw new UserError('usage', `Unknown format "${f}"; use one of ${REPORT_FORMATS.join(', ')}.`);
  return formats.length > 0 ? (formats as ReportFormat[]) : ['text'];
}

/**
 * The reports of a folder, checked against the config (every enabled gate reported, under this config), and
 * its policy judged. A report that records no digest at all (made by hand, not by a gate run) is judged with a
 * warning by `policy`, and refused by `attest` (`digestless: 'refuse'`): an attestation binds config digests.
 */
async function evaluateFromReports(
  host: PromotionHost,
  reportsDir: string,
  config: string | undefined,
  verbose: boolean | undefined,
  digestless: 'warn' | 'refuse',
): Promise<{ results: GateResult[]; policy?: GateResult; configPath: string }> {
  const { policy, path, shown, enabled, config: loaded } = await policyOf(host, config);
  const { results, sources } = await readReports(resolve(host.cwd, reportsDir));
  requireEnabledReported(enabled, results, reportsDir, shown);
  for (const w of requireConfigIdentity(results, sources, loaded, shown, reportsDir, { digestless }))
    host.stderr(`warning: ${w}\n`);
  const rules = withRuleDefaults(policy.rules);
  if (rules.length === 0) return { results, configPath: path };
  return { results, policy: await evaluatePolicy(rules, results, host.logger(verbose)), configPath: path };
}

/** `ml-gates policy --reports DIR`: the policy section over the gates' JSON reports. */
function registerPolicyCommand(program: Command, host: PromotionHost): void {
  program
    .command('policy')
    .description("evaluate the policy section of ml-gates.yml (CEL rules) over the gates' JSON reports in a folder")
    .requiredOption('--reports <dir>', 'folder holding ml-gates.json and/or <gate>.json (searched recursively)')
    .option('--config <file>', 'config file (default: the nearest ml-gates.yml)')
    .option('--format <format>', `report format: ${REPORT_FORMATS.join('|')}`, collect)
    .option('--out <dir>', 'also write policy.json and ml-gates.json (the policy result) into this folder')
    .option('--verbose', 'log more')
    .action(async (opts: { reports: string; config?: string; format?: string[]; out?: string; verbose?: boolean }) => {
      const formats = formatsOf(opts.format);
      const { policy } = await evaluateFromReports(host, opts.reports, opts.config, opts.verbose, 'warn');
      if (!policy) {
        throw new UserError('config-invalid', 'The config has no policy rules (policy.rules): nothing to evaluate.');
      }
      for (const f of formats) host.stdout(renderReport([policy], f));
      if (opts.out) await writeReports([policy], formats, resolve(host.cwd, opts.out));
      host.setCode(exitCodeFor([policy]));
    });
}

interface AttestFlags {
  reports: string;
  key?: string;
  keyless?: boolean;
  fulcioUrl?: string;
  rekorUrl?: string;
  out: string;
  config?: string;
  cwd?: string;
  commit?: string;
  verbose?: boolean;
  githubUpload?: boolean;
}

/** Signs with the key when one is given, else keylessly (Sigstore, the job's OIDC token). */
async function signForAttest(host: PromotionHost, statement: InTotoStatement, opts: AttestFlags): Promise<unknown> {
  if (opts.key && opts.keyless) throw new UserError('usage', 'Give --key or --keyless, not both.');
  if (opts.key) return signStatement(statement, await readKey(host, opts.key, 'private'));
  if (!opts.keyless && !keylessAvailable(host.env)) {
    throw new UserError('usage', "Say how to sign: --key PEM, or --keyless (Sigstore with the job's OIDC token).", {
      details: [
        'On GitHub Actions keyless is the default when the job has "permissions: id-token: write".',
        'Elsewhere sign with a key kept in a secret (Ed25519 or ECDSA P-256 PEM).',
      ],
    });
  }
  try {
    return await signStatementKeyless(statement, {
      ...(host.idToken ? { idToken: host.idToken } : {}),
      ...(opts.fulcioUrl ? { fulcioURL: opts.fulcioUrl } : {}),
      ...(opts.rekorUrl ? { rekorURL: opts.rekorUrl } : {}),
    });
  } catch (error) {
    throw new UserError('input-unreadable', `keyless signing failed: ${describeError(error)}`, {
      details: [
        'Keyless signing needs an OIDC token ("permissions: id-token: write" on GitHub Actions) and Fulcio and Rekor reachable.',
      ],
    });
  }
}

async function runAttest(host: PromotionHost, opts: AttestFlags): Promise<void> {
  // Refused before anything is signed: a keyless signature is logged publicly in Rekor.
  if (opts.githubUpload && !host.uploadAttestation) {
    throw new UserError(
      'usage',
      '--github-upload runs on GitHub Actions, with GITHUB_TOKEN and GITHUB_REPOSITORY set.',
      {
        details: ['On GitHub Actions: env GITHUB_TOKEN: ${{ github.token }} and "permissions: attestations: write".'],
      },
    );
  }
  const { results, policy, configPath } = await evaluateFromReports(
    host,
    opts.reports,
    opts.config,
    opts.verbose,
    'refuse',
  );
  const cwd = resolve(host.cwd, opts.cwd ?? dirname(configPath));
  const reported = results.find((r) => r.commit)?.commit;
  // The reports say which commit they judged: --commit may name it, never another one.
  if (opts.commit && reported && opts.commit.toLowerCase() !== reported.toLowerCase()) {
    throw new UserError(
      'input-invalid',
      `--commit ${opts.commit}: the reports in ${opts.reports} are about commit ${reported}; refusing to attest them as another commit's.`,
      { details: ["Attest the reports of the commit's own run, or leave --commit out (the reports' commit is used)."] },
    );
  }
  const commit = opts.commit ?? reported ?? host.env.GITHUB_SHA;
  const run = runFromEnv(host.env);
  const statement = await buildPromotionStatement({
    results,
    ...(policy ? { policy } : {}),
    cwd,
    configPath: relative(cwd, resolve(host.cwd, configPath)).split(sep).join('/'),
    ...(commit ? { commit } : {}),
    ...(run ? { run } : {}),
  });
  const bundle = `${JSON.stringify(await signForAttest(host, statement, opts), null, 2)}\n`;
  const out = resolve(host.cwd, opts.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, bundle);
  const digest = createHash('sha256').update(bundle).digest('hex');
  host.stdout(
    `wrote ${opts.out}: ${statement.subject.length} subject(s), verdict ${statement.predicate.verdict}, ${opts.key ? 'signed with a key' : 'signed keylessly'}, sha256 ${digest}\n`,
  );
  if (opts.githubUpload) {
    const id = await host.uploadAttestation!(JSON.parse(bundle) as Record<string, unknown>);
    host.stdout(`stored with GitHub's artifact attestations API: attestation ${id}\n`);
  }
  host.setCode(EXIT.ok);
}

/** `ml-gates attest`: the signed in-toto attestation. */
function registerAttestCommand(program: Command, host: PromotionHost): void {
  program
    .command('attest')
    .description(
      'write a signed in-toto attestation (Sigstore bundle) binding the sha256 of every file the gates examined to their verdicts, metrics and the policy result',
    )
    .requiredOption('--reports <dir>', "folder holding the gates' JSON reports")
    .requiredOption('--out <file>', 'where to write the bundle (e.g. ml-gates.intoto.sigstore.json)')
    .option('--key <file>', 'PEM private key (Ed25519 or ECDSA P-256) to sign with')
    .option(
      '--keyless',
      "sign with Sigstore keyless (Fulcio certificate for the job's OIDC identity, Rekor log); the default on GitHub Actions with id-token: write and no --key",
    )
    .option('--fulcio-url <url>', 'keyless: Fulcio instance (default: Sigstore public good)')
    .option('--rekor-url <url>', 'keyless: Rekor instance (default: Sigstore public good)')
    .option('--config <file>', 'config file (default: the nearest ml-gates.yml); its digest and policy are recorded')
    .option('--cwd <dir>', 'workspace root the report paths are relative to (default: the config file folder)')
    .option('--commit <sha>', 'commit the results are about (default: from the reports, else GITHUB_SHA)')
    .option(
      '--github-upload',
      "also store the bundle with GitHub's artifact attestations API (GITHUB_TOKEN with attestations: write, GITHUB_REPOSITORY)",
    )
    .option('--verbose', 'log more')
    .action((opts: AttestFlags) => runAttest(host, opts));
}

interface VerifyFlags {
  attestation: string;
  key?: string[];
  certificateIdentity?: string;
  certificateOidcIssuer?: string;
  repository?: string;
  workflow?: string;
  ref?: string;
  commit?: string;
  trustedRoot?: string;
  config?: string;
  cwd?: string;
}

const verifyOptions = (cmd: Command): Command =>
  cmd
    .argument('<path...>', 'what is about to be deployed: files or folders; every file in them must be attested')
    .requiredOption('--attestation <file>', 'the bundle written by ml-gates attest')
    .option('--key <file>', 'PEM public key the attestation must be signed with (repeatable)', collect)
    .option(
      '--repository <owner/repo>',
      'the repository whose workflow must have signed (keyless: the certificate; with a key: the run the attestation records)',
    )
    .option(
      '--workflow <file>',
      'the signing workflow (.github/workflows/x.yml, or owner/repo/.github/…); checked like --repository',
    )
    .option(
      '--ref <ref>',
      'the ref the signing run was on (refs/heads/main, refs/tags/v1.2.0); checked like --repository',
    )
    .option('--commit <sha>', 'the commit the attested results must be about (e.g. ${{ github.sha }})')
    .option('--certificate-identity <uri>', 'keyless: the exact certificate SAN (workflow URI with its ref)')
    .option(
      '--certificate-oidc-issuer <url>',
      'keyless: the OIDC issuer (default https://token.actions.githubusercontent.com)',
    )
    .option(
      '--trusted-root <file>',
      "keyless: a Sigstore trusted_root.json to verify offline (default: Sigstore public good's, through TUF)",
    )
    .option('--config <file>', 'config file whose policy.deploy rules must hold (default: verdict pass or warn)')
    .option('--cwd <dir>', 'workspace root the attested paths are relative to (default: the current folder)');

async function readTrustedRoot(host: PromotionHost, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(resolve(host.cwd, file), 'utf8'));
  } catch (error) {
    throw new UserError('input-unreadable', `${file}: cannot read the trusted root (${(error as Error).message}).`);
  }
}

async function runVerify(host: PromotionHost, paths: string[], opts: VerifyFlags): Promise<VerifyOutcome> {
  const keys = await Promise.all((opts.key ?? []).map((k) => readKey(host, k, 'public')));
  const expect = {
    ...(opts.repository ? { repository: opts.repository } : {}),
    ...(opts.workflow ? { workflow: opts.workflow } : {}),
    ...(opts.ref ? { ref: opts.ref } : {}),
    ...(opts.commit ? { commit: opts.commit } : {}),
  };
  if (keys.length === 0 && !opts.certificateIdentity && !opts.repository && !opts.workflow) {
    throw new UserError(
      'usage',
      'Say who may sign: --key PUB, or (keyless) --repository OWNER/REPO with --workflow and --ref, or --certificate-identity.',
    );
  }
  const deployConfig = opts.config ? await policyOf(host, opts.config) : undefined;
  const rules = deployConfig ? withRuleDefaults(deployConfig.policy.deploy) : [];
  const identity = {
    ...(opts.certificateIdentity ? { subject: opts.certificateIdentity } : {}),
    ...(opts.certificateOidcIssuer ? { issuer: opts.certificateOidcIssuer } : {}),
  };
  return verifyPromotion({
    paths,
    cwd: resolve(host.cwd, opts.cwd ?? '.'),
    attestation: resolve(host.cwd, opts.attestation),
    keys,
    identity,
    expect,
    ...(opts.trustedRoot ? { trustedRoot: await readTrustedRoot(host, opts.trustedRoot) } : {}),
    rules,
    // Every gate the deploy config enables must have been attested: a deploy that skipped one does not pass.
    ...(deployConfig ? { requiredGates: { gates: deployConfig.enabled, from: deployConfig.shown } } : {}),
  });
}

/** The promotion policy recorded in the attestation must have passed, whatever the deploy rules read. */
function failedPolicyOf(statement: InTotoStatement): string | undefined {
  const policy = statement.predicate.policy;
  if (!policy || policy.verdict === 'pass' || policy.verdict === 'warn') return undefined;
  const rules = policy.rules.filter((r) => r.verdict !== 'pass' && r.verdict !== 'warn').map((r) => r.id);
  return `the attested policy verdict is ${policy.verdict} (${rules.join(', ')})`;
}

type PromoteFlags = VerifyFlags & {
  model: string;
  modelVersion: string;
  alias: string;
  dryRun?: boolean;
  modelDir?: string;
  skipArtifactCheck?: boolean;
};

async function runPromote(host: PromotionHost, paths: string[], opts: PromoteFlags): Promise<void> {
  if (!/^[1-9][0-9]*$/.test(opts.modelVersion))
    throw new UserError('usage', `--model-version ${opts.modelVersion}: a model version is a positive integer.`);
  if (opts.modelDir !== undefined && opts.skipArtifactCheck)
    throw new UserError(
      'usage',
      '--model-dir names the folder to compare the version with; --skip-artifact-check compares nothing: give one.',
    );
  const outcome = await runVerify(host, paths, opts);
  if (!outcome.ok) {
    host.stderr(`not promoted: ${outcome.reason}\n`);
    host.setCode(EXIT.failed);
    return;
  }
  const failedPolicy = failedPolicyOf(outcome.statement);
  if (failedPolicy) {
    host.stderr(`not promoted: ${failedPolicy}\n`);
    host.setCode(EXIT.failed);
    return;
  }
  const bundle = await readFile(resolve(host.cwd, opts.attestation));
  const p = outcome.statement.predicate;
  const tags: Record<string, string> = {
    'ml-gates.attestation.sha256': createHash('sha256').update(bundle).digest('hex'),
    'ml-gates.verdict': p.verdict,
    ...Object.fromEntries(p.gates.map((g) => [`ml-gates.${g.gate}`, g.verdict])),
    ...(p.policy ? { 'ml-gates.policy': p.policy.verdict } : {}),
    ...(p.commit ? { 'ml-gates.commit': p.commit } : {}),
  };
  const req: PromotionRequest = {
    model: opts.model,
    version: opts.modelVersion,
    alias: opts.alias,
    tags,
    ...(opts.skipArtifactCheck
      ? {}
      : {
          artifacts: {
            subjects: new Map(outcome.statement.subject.map((s) => [s.name, s.digest.sha256])),
            ...(opts.modelDir !== undefined ? { modelDir: opts.modelDir } : {}),
          },
        }),
  };
  if (opts.dryRun) {
    const calls = promotionCalls(req).map((c) => `  ${describeCall(c)}`);
    const files = req.artifacts
      ? `\n  (after get-download-uri: list and hash every file of the version through ${ARTIFACTS_PROXY}, compared with the attestation)`
      : '';
    host.stdout(`dry run: verified; would call\n${calls.join('\n')}${files}\n`);
    host.setCode(EXIT.ok);
    return;
  }
  const target = mlflowFromEnv(host.env);
  let done: PromotionDone;
  try {
    done = await promoteModel(target, req);
  } catch (error) {
    host.stderr(`promotion failed: ${(error as Error).message}\n`);
    host.setCode(EXIT.error);
    return;
  }
  if (!req.artifacts) host.stderr(`warning: ${opts.model} version ${opts.modelVersion}: ${done.files}\n`);
  host.stdout(
    `promoted ${opts.model} version ${opts.modelVersion} to alias ${opts.alias}: ${done.files}; ${done.calls.filter((c) => c.path.endsWith('/set-tag')).length} tags\n`,
  );
  host.setCode(EXIT.ok);
}

/** `ml-gates verify` and `ml-gates promote` (which verifies first). */
function registerVerifyCommands(program: Command, host: PromotionHost): void {
  verifyOptions(
    program
      .command('verify')
      .description(
        'verify at deploy time: the attestation signature and signer, the sha256 of every file to deploy, and the deploy policy; exit 0 or 1 with the reason',
      ),
  ).action(async (paths: string[], opts: VerifyFlags) => {
    const outcome = await runVerify(host, paths, opts);
    if (!outcome.ok) {
      host.stderr(`verify failed: ${outcome.reason}\n`);
      host.setCode(EXIT.failed);
      return;
    }
    for (const note of outcome.notes) host.stderr(`warning: ${note}\n`);
    host.stdout(
      `verified: ${outcome.subjects} file(s) match the attestation signed by ${outcome.signer}; verdict ${outcome.statement.predicate.verdict}\n`,
    );
    host.setCode(EXIT.ok);
  });

  verifyOptions(
    program
      .command('promote')
      .description(
        'after verify passes, set an MLflow Model Registry alias and tags on a model version (MLFLOW_TRACKING_URI, MLFLOW_TRACKING_TOKEN)',
      ),
  )
    .requiredOption('--model <name>', 'registered model name')
    .requiredOption('--model-version <n>', 'model version to promote (a positive integer)')
    .option('--alias <alias>', 'alias to set', 'production-ready')
    .option(
      '--model-dir <dir>',
      "the attested folder (relative to --cwd) the version's files must equal, file for file (default: the one attested folder holding the version's file names)",
    )
    .option(
      '--skip-artifact-check',
      "promote without comparing the version's files with the attestation (a store the tracking server does not proxy); recorded in the ml-gates.registry.files tag",
    )
    .option('--dry-run', 'verify and print the registry calls without making them')
    .action((paths: string[], opts: PromoteFlags) => runPromote(host, paths, opts));
}

/**
 * Adds `policy`, `attest`, `verify` and `promote` to the ml-gates program, and registers the CEL rule check
 * with core's config loader (so `validate` reports a rule that does not compile with file:line:col).
 */
export function registerPromotionCommands(program: Command, host: PromotionHost): void {
  addConfigCheck(policyConfigProblems);
  registerPolicyCommand(program, host);
  registerAttestCommand(program, host);
  registerVerifyCommands(program, host);
}
