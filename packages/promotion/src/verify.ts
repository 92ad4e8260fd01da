import type { KeyObject } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { sha256File } from '@ml-gates/core';
import type { SerializedBundle } from '@sigstore/bundle';
import {
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  sigstoreOnlineVerify,
  verifyDsseBundle,
} from '@ml-gates/model-scan/signature/model-signing';
import { subjectNameProblem } from './subject-name.js';
import { PROMOTION_PREDICATE_V1, type InTotoStatement, type PromotionPredicate } from './attest.js';
import {
  describeSigner,
  expectedWorkflow,
  GITHUB_OIDC_ISSUER,
  identityMismatch,
  signerIdentity,
  type IdentityExpectation,
  type SignerIdentity,
  uriPath,
} from './keyless.js';
import { celEnvironment, metricsByName, withRuleDefaults, type PolicyRule } from './policy.js';

/** Used when no deploy policy is configured: nothing that failed or errored is deployed. */
export const DEFAULT_DEPLOY_RULE: PolicyRule = {
  id: 'attested-verdict',
  message: 'every attested gate (and the policy) passed or only warned',
  severity: 'high',
  mode: 'block',
  expr: 'verdict == "pass" || verdict == "warn"',
};

export interface VerifyOptions {
  /** What is about to be deployed: files or folders, relative to `cwd`. Every file in them must be attested. */
  paths: string[];
  cwd: string;
  /** The Sigstore bundle written by `ml-gates attest`. */
  attestation: string;
  /** Public keys that may have signed (key-signed bundles). */
  keys: KeyObject[];
  /** Who must have signed a keyless bundle (certificate SAN and OIDC issuer). */
  identity?: { subject?: string; issuer?: string };
  /** What a keyless signer's certificate must say: repository, workflow, ref (issuer: GitHub Actions'). */
  expect?: IdentityExpectation;
  /** A Sigstore trusted root for keyless bundles (offline verification). */
  trustedRoot?: unknown;
  /** Deploy policy (CEL); `DEFAULT_DEPLOY_RULE` when empty. */
  rules?: readonly PolicyRule[];
  /** Gates that must have an attested result (those the deploy config enables), and where that list comes from. */
  requiredGates?: { gates: readonly string[]; from: string };
}

export type VerifyOutcome =
  | { ok: true; signer: string; subjects: number; statement: InTotoStatement; notes: string[] }
  | { ok: false; reason: string; statement?: InTotoStatement };

/** The variables a deploy rule reads, from the attested predicate (same names as the gate-time policy). */
export function predicateContext(p: PromotionPredicate): Record<string, unknown> {
  const gates: Record<string, unknown> = {};
  for (const g of p.gates) {
    const metrics = metricsByName(g.metrics);
    gates[g.gate] = {
      verdict: g.verdict,
      headline: g.headline,
      checks: Object.fromEntries(g.checks.map((c) => [c.id, { verdict: c.verdict }])),
      metrics,
    };
  }
  if (p.policy) gates.policy = { verdict: p.policy.verdict, checks: {}, metrics: {} };
  const approval = p.approval as { risk?: { level?: unknown }; approvals?: unknown } | undefined;
  return {
    gates,
    verdict: p.verdict,
    risk: typeof approval?.risk?.level === 'string' ? approval.risk.level : '',
    approvals: Array.isArray(approval?.approvals) ? approval.approvals : [],
    commit: p.commit ?? '',
    run: p.run ?? {},
  };
}

/** Every regular file under a path. A symlink or special file is refused: what cannot be hashed is not verified. */
async function filesUnder(abs: string): Promise<string[]> {
  const info = await lstat(abs);
  if (info.isFile()) return [abs];
  if (!info.isDirectory()) throw new Error('not a regular file or folder (symlinks are not followed)');
  const entries = await readdir(abs, { recursive: true, withFileTypes: true });
  const odd = entries.find((e) => !e.isFile() && !e.isDirectory());
  if (odd) throw new Error(`${join(odd.parentPath, odd.name)} is not a regular file (symlinks are not followed)`);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const toPosix = (p: string): string => p.split(sep).join('/');

function parseStatement(payload: Buffer): InTotoStatement {
  const s = JSON.parse(payload.toString('utf8')) as Partial<InTotoStatement>;
  if (s._type !== IN_TOTO_STATEMENT_V1)
    throw new Error(`_type is ${String(s._type)}, expected ${IN_TOTO_STATEMENT_V1}`);
  if (s.predicateType !== PROMOTION_PREDICATE_V1)
    throw new Error(`predicateType is ${String(s.predicateType)}, expected ${PROMOTION_PREDICATE_V1}`);
  if (
    !Array.isArray(s.subject) ||
    s.subject.some((x) => typeof x?.name !== 'string' || !/^[0-9a-f]{64}$/.test(x?.digest?.sha256 ?? ''))
  )
    throw new Error('subject must list {name, digest: {sha256}}');
  const names = new Set<string>();
  for (const { name } of s.subject) {
    const problem = subjectNameProblem(name);
    if (problem) throw new Error(`subject ${JSON.stringify(name)} ${problem}`);
    if (names.has(name)) throw new Error(`subject ${JSON.stringify(name)} is listed twice`);
    names.add(name);
  }
  const p = s.predicate as Partial<PromotionPredicate> | undefined;
  if (!p || p.version !== 1 || typeof p.verdict !== 'string' || !Array.isArray(p.gates))
    throw new Error('predicate is not a promotion predicate v1 (version, verdict, gates)');
  return s as InTotoStatement;
}

type Step<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Step 1: the bundle's signature, and for a keyless bundle the signer's identity (fail closed). */
async function checkSignature(
  json: unknown,
  opts: VerifyOptions,
): Promise<Step<{ payload: Buffer; signer: string; keyless: boolean }>> {
  let identity: SignerIdentity | undefined;
  try {
    identity = signerIdentity(json as SerializedBundle);
  } catch (error) {
    return { ok: false, reason: `signature: the bundle's certificate does not parse (${(error as Error).message})` };
  }
  const want = opts.expect ?? {};
  if (identity && !want.repository && !want.workflow && !opts.identity?.subject) {
    return {
      ok: false,
      reason:
        'signature: the attestation is signed keylessly; say who may sign it (--repository, and --workflow / --ref)',
    };
  }
  const issuer = opts.identity?.issuer ?? want.issuer ?? GITHUB_OIDC_ISSUER;
  const signed = await verifyDsseBundle(json, {
    keys: opts.keys,
    identity: { ...(opts.identity?.subject ? { subject: opts.identity.subject } : {}), issuer },
    ...(opts.trustedRoot !== undefined ? { trustedRoot: opts.trustedRoot } : {}),
    // Keyless bundles without a trusted root: Sigstore's public-good root, fetched online by `sigstore`.
    online: sigstoreOnlineVerify,
  });
  if (!signed.ok) return { ok: false, reason: `signature: ${signed.reason}` };
  if (signed.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return { ok: false, reason: `signature: payload type ${signed.payloadType}, expected ${IN_TOTO_PAYLOAD_TYPE}` };
  if (!identity) return { ok: true, value: { payload: signed.payload, signer: signed.signer, keyless: false } };
  const mismatch = identityMismatch(identity, { ...want, issuer });
  if (mismatch) return { ok: false, reason: `signer: ${mismatch}` };
  return { ok: true, value: { payload: signed.payload, signer: describeSigner(identity), keyless: true } };
}

/**
 * Step 2b: the run and commit the attestation records (signed claims of the predicate) against what the
 * deployer expects (`--repository`, `--workflow`, `--ref`, `--commit`). For a key-signed bundle this is the
 * only place these are checked; for a keyless one it adds the predicate's own claims to the certificate's.
 * An expectation the predicate cannot answer (no run recorded) fails.
 */
export function attestedRunMismatch(
  p: PromotionPredicate,
  want: IdentityExpectation,
  keyless: boolean,
): string | undefined {
  const run = p.run ?? {};
  const none = '(none recorded)';
  if (want.commit && p.commit?.toLowerCase() !== want.commit.toLowerCase())
    return `the attestation is about commit ${p.commit ?? none}, expected ${want.commit}`;
  // Keyless: the certificate already said who signed (its Build Signer URI may be a reusable workflow, which
  // GITHUB_WORKFLOW_REF in the predicate does not name).
  if (keyless) return undefined;
  if (want.repository && run.repository?.toLowerCase() !== want.repository.toLowerCase())
    return `attested run is in repository ${run.repository ?? none}, expected ${want.repository}`;
  if (want.workflow) {
    const expected = expectedWorkflow(want);
    if (!expected.ok) return expected.reason;
    const workflow = run.workflow ? uriPath(run.workflow) : undefined;
    if (workflow?.toLowerCase() !== expected.value.toLowerCase())
      return `attested run is workflow ${workflow ?? none}, expected ${expected.value}`;
  }
  if (want.ref && run.ref !== want.ref) return `attested run is on ref ${run.ref ?? none}, expected ${want.ref}`;
  return undefined;
}

/** Step 3: every file under `paths` is attested and its sha256 recomputed now matches; returns the count. */
async function checkSubjects(statement: InTotoStatement, opts: VerifyOptions): Promise<Step<number>> {
  const attested = new Map(statement.subject.map((s) => [s.name, s.digest.sha256]));
  const found = new Set<string>();
  let checked = 0;
  for (const path of opts.paths) {
    const root = toPosix(relative(opts.cwd, resolve(opts.cwd, path)));
    if (root === '..' || root.startsWith('../') || isAbsolute(root)) {
      return {
        ok: false,
        reason: `${path}: outside the workspace ${opts.cwd}; attested paths are relative to it (set --cwd)`,
      };
    }
    let files: string[];
    try {
      files = await filesUnder(resolve(opts.cwd, path));
    } catch (error) {
      return { ok: false, reason: `${path}: cannot verify (${(error as Error).message})` };
    }
    // Every attested file under the path must still be there: a removed file is not what the gates judged.
    const here = new Set(files.map((f) => toPosix(relative(opts.cwd, f))));
    const missing = [...attested.keys()]
      .sort()
      .find((name) => (root === '' || name === root || name.startsWith(`${root}/`)) && !here.has(name));
    if (missing !== undefined) {
      return {
        ok: false,
        reason: `${missing}: attested but missing (the file was removed or renamed after the gates ran)`,
      };
    }
    for (const file of files.sort()) {
      const name = toPosix(relative(opts.cwd, file));
      if (found.has(name)) continue;
      found.add(name);
      const expected = attested.get(name);
      if (expected === undefined)
        return { ok: false, reason: `${name}: not attested (the gates did not examine this file)` };
      const actual = await sha256File(file);
      if (actual !== expected) {
        return {
          ok: false,
          reason: `${name}: sha256 ${actual.slice(0, 16)}… does not match the attested ${expected.slice(0, 16)}… (the file changed after the gates ran)`,
        };
      }
      checked++;
    }
  }
  if (checked === 0) return { ok: false, reason: `no file found under ${opts.paths.join(', ')}` };
  return { ok: true, value: checked };
}

/** Step 4: the deploy policy over the attested results; returns the warnings of warn-mode rules. */
function checkDeployPolicy(statement: InTotoStatement, rules: readonly PolicyRule[]): Step<string[]> {
  const env = celEnvironment();
  const context = predicateContext(statement.predicate);
  const notes: string[] = [];
  for (const rule of rules) {
    if (rule.mode === 'off') continue;
    let value: unknown;
    try {
      value = env.evaluate(rule.expr, context);
    } catch (error) {
      const why = String((error as Error).message).split('\n')[0];
      if (rule.mode === 'warn') notes.push(`deploy policy ${rule.id}: could not evaluate: ${why}`);
      else return { ok: false, reason: `deploy policy ${rule.id}: could not evaluate: ${why}` };
      continue;
    }
    if (value === true) continue;
    const why = value === false ? rule.message : `the expression returned ${typeof value}, not a bool`;
    if (rule.mode === 'warn') notes.push(`deploy policy ${rule.id}: ${why}`);
    else return { ok: false, reason: `deploy policy ${rule.id}: ${why}` };
  }
  return { ok: true, value: notes };
}

/**
 * Verifies at deploy time, in this order, and stops at the first failure with its reason:
 * 1. the bundle's signature (a configured key, or keyless with the signer identity: issuer, repository,
 *    workflow, ref from the Fulcio certificate);
 * 2. the statement is a promotion attestation (subject names are normalised workspace-relative paths, each
 *    once) with a result for every required gate, about the expected commit and, for a key-signed bundle, from the expected repository, workflow
 *    and ref as its predicate records them;
 * 3. every file under `paths` is an attested subject and its sha256 recomputed now matches, and every
 *    attested subject under `paths` is still there;
 * 4. the attested results satisfy the deploy policy (CEL; a rule that cannot be evaluated fails).
 */
export async function verifyPromotion(opts: VerifyOptions): Promise<VerifyOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(resolve(opts.cwd, opts.attestation), 'utf8'));
  } catch (error) {
    return { ok: false, reason: `${opts.attestation}: cannot read the attestation (${(error as Error).message})` };
  }
  const signed = await checkSignature(json, opts);
  if (!signed.ok) return signed;
  let statement: InTotoStatement;
  try {
    statement = parseStatement(signed.value.payload);
  } catch (error) {
    return { ok: false, reason: `attestation: ${(error as Error).message}` };
  }
  const attested = new Set(statement.predicate.gates.map((g) => g.gate));
  const unattested = (opts.requiredGates?.gates ?? []).filter((g) => !attested.has(g));
  if (unattested.length > 0) {
    return {
      ok: false,
      reason: `attestation: no attested result for ${unattested.join(', ')}, enabled in ${opts.requiredGates!.from} (the gate did not run before attest)`,
      statement,
    };
  }
  const runMismatch = attestedRunMismatch(statement.predicate, opts.expect ?? {}, signed.value.keyless);
  if (runMismatch) return { ok: false, reason: `attestation: ${runMismatch}`, statement };
  const subjects = await checkSubjects(statement, opts);
  if (!subjects.ok) return { ...subjects, statement };
  const rules = opts.rules && opts.rules.length > 0 ? opts.rules : [DEFAULT_DEPLOY_RULE];
  const policy = checkDeployPolicy(statement, rules);
  if (!policy.ok) return { ...policy, statement };
  return { ok: true, signer: signed.value.signer, subjects: subjects.value, statement, notes: policy.value };
}

/** The deploy rules of a loaded config (`policy.deploy`, schema defaults applied); `[]` when none. */
export function deployRulesOf(config: unknown): PolicyRule[] {
  return withRuleDefaults((config as { policy?: { deploy?: PolicyRule[] } } | undefined)?.policy?.deploy);
}

/** The job summary (Markdown) of a verification: the outcome, the reason or the signer and the attested gates. */
export function renderVerifySummary(outcome: VerifyOutcome, attestation: string): string {
  const lines = ['## ml-gates verify', ''];
  if (!outcome.ok) {
    lines.push(`**Not verified**: ${outcome.reason}`, '', `Attestation: \`${attestation}\``);
    lines.push('', 'Nothing that was not attested with these results may be deployed.');
    return `${lines.join('\n')}\n`;
  }
  const p = outcome.statement.predicate;
  lines.push(`**Verified**: ${outcome.subjects} file(s) match the attestation \`${attestation}\`.`, '');
  lines.push(`- Signed by: ${outcome.signer}`, `- Attested verdict: **${p.verdict}**`);
  if (p.commit) lines.push(`- Commit: \`${p.commit}\``);
  if (p.run?.repository) lines.push(`- Run: ${p.run.repository} run ${p.run.runId ?? '?'}`);
  lines.push('', '| Gate | Verdict |', '| --- | --- |');
  for (const g of p.gates) lines.push(`| ${g.gate} | ${g.verdict} |`);
  if (p.policy) lines.push(`| policy | ${p.policy.verdict} |`);
  for (const note of outcome.notes) lines.push('', `> warning: ${note}`);
  return `${lines.join('\n')}\n`;
}
