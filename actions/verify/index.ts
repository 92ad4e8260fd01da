import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { addConfigCheck, enabledGates, loadConfig, UserError } from '@ml-gates/core';
import {
  core,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  runWrapper,
} from '../../packages/core/src/github/runtime.js';
import { loadPublicKey } from '@ml-gates/model-scan/signature/detached';
import {
  deployRulesOf,
  policyConfigProblems,
  renderVerifySummary,
  verifyPromotion,
  type IdentityExpectation,
} from '@ml-gates/promotion';

/**
 * Every gate, to validate the config the deploy rules come from; loaded only when the `config` input is given
 * (the gates are a separate chunk of the bundle: verify starts without them).
 */
async function allGates() {
  return (await import('../../packages/cli/src/gates.js')).ALL_GATES;
}

/** A PEM given inline (e.g. from a repository variable) or a file in the workspace. */
async function publicKeyInput(value: string, workspace: string) {
  if (value.startsWith('-----BEGIN')) return loadPublicKey(value, 'input "public-key"');
  const pem = await readFile(resolve(workspace, value)).catch((error: Error) => {
    throw new UserError('input-unreadable', `${value}: cannot read the public key (${error.message}).`);
  });
  return loadPublicKey(pem, value);
}

async function readJson(file: string, workspace: string, what: string): Promise<unknown> {
  const text = await readFile(resolve(workspace, file), 'utf8').catch((error: Error) => {
    throw new UserError('input-unreadable', `${file}: cannot read the ${what} (${error.message}).`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError('input-invalid', `${file}: the ${what} is not JSON (${(error as Error).message}).`);
  }
}

/**
 * Who signed and about what: the inputs; for keyless bundles the repository defaults to this one (an
 * attestation from another repository is refused). A key-signed bundle is checked against the run its
 * predicate records when the inputs name one.
 */
function expectation(hasKey: boolean): IdentityExpectation {
  const repository = getOptionalInput('repository') ?? (hasKey ? undefined : process.env.GITHUB_REPOSITORY);
  const workflow = getOptionalInput('workflow');
  const ref = getOptionalInput('ref');
  const issuer = getOptionalInput('certificate-oidc-issuer');
  const commit = getOptionalInput('commit');
  return {
    ...(commit ? { commit } : {}),
    ...(repository ? { repository } : {}),
    ...(workflow ? { workflow } : {}),
    ...(ref ? { ref } : {}),
    ...(issuer ? { issuer } : {}),
  };
}

async function run(): Promise<number> {
  const workspace = resolve(getOptionalInput('working-directory') ?? process.env.GITHUB_WORKSPACE ?? '.');
  const paths = getListInput('path');
  if (paths.length === 0)
    throw new UserError('input-invalid', 'Input "path" is required: what is about to be deployed.');
  const attestation = getRequiredInput('attestation');
  const keyInput = getOptionalInput('public-key');
  const keys = keyInput ? [await publicKeyInput(keyInput, workspace)] : [];
  const config = getOptionalInput('config');
  addConfigCheck(policyConfigProblems);
  const gates = config ? await allGates() : [];
  const loaded = config ? (await loadConfig(config, gates, workspace)).config : undefined;
  const rules = loaded ? deployRulesOf(loaded) : [];
  // Every gate the deploy config enables must have an attested result: a promotion that skipped one fails.
  const required = loaded ? enabledGates(gates, loaded).map((g) => g.name) : [];
  const trustedRoot = getOptionalInput('trusted-root');
  const subject = getOptionalInput('certificate-identity');
  const want = expectation(keys.length > 0);
  const outcome = await verifyPromotion({
    paths,
    cwd: workspace,
    attestation,
    keys,
    expect: want,
    ...(subject ? { identity: { subject } } : {}),
    ...(trustedRoot ? { trustedRoot: await readJson(trustedRoot, workspace, 'trusted root') } : {}),
    rules,
    ...(config ? { requiredGates: { gates: required, from: config } } : {}),
  });
  core.setOutput('verified', String(outcome.ok));
  core.setOutput('reason', outcome.ok ? '' : outcome.reason);
  core.setOutput('verdict', outcome.statement?.predicate.verdict ?? '');
  await core.summary.addRaw(renderVerifySummary(outcome, attestation)).write();
  if (!outcome.ok) {
    core.setFailed(`verify: ${outcome.reason}`);
    return 1;
  }
  for (const note of outcome.notes) core.warning(note);
  if (keys.length === 0 && !subject && (!want.workflow || !want.ref)) {
    core.warning(
      `Any workflow of ${want.repository ?? 'the repository'} on any ref could have signed this attestation: set the workflow and ref inputs to the promotion workflow and its branch.`,
    );
  }
  core.info(`verified: ${outcome.subjects} file(s) match ${attestation}, signed by ${outcome.signer}`);
  return 0;
}

await runWrapper('verify', run);
