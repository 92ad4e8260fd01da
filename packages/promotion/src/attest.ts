import { createHash, type KeyObject } from 'node:crypto';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { ML_GATES_VERSION, overallVerdict, sha256File, UserError, type GateResult } from '@ml-gates/core';
import { IN_TOTO_STATEMENT_V1, signStatementWithKey } from '@ml-gates/model-scan/signature/model-signing';
import type { SerializedBundle } from '@sigstore/bundle';
import { subjectNameProblem } from './subject-name.js';

/** The predicate type of the promotion attestation (versioned; schema in `schema/promotion-predicate.v1.json`). */
export const PROMOTION_PREDICATE_V1 = 'https://ml-gates.dev/attestation/promotion/v1';

export interface AttestedMetric {
  name: string;
  subject?: string;
  value: number | null;
  threshold?: number;
  verdict?: string;
}

export interface AttestedGate {
  gate: string;
  verdict: string;
  headline: string;
  checks: { id: string; verdict: string }[];
  /** Key metrics: those judged against a threshold (at most 50 per gate). */
  metrics: AttestedMetric[];
  /** The report's digests: its config-file settings (checked against the config) and its flags or inputs. */
  configDigest?: string;
  inputsDigest?: string;
}

/** The predicate of `PROMOTION_PREDICATE_V1`. */
export interface PromotionPredicate {
  version: 1;
  tool: { name: 'ml-gates'; version: string };
  verdict: string;
  gates: AttestedGate[];
  /** The `policy` result, when the policy was evaluated. */
  policy?: { verdict: string; rules: { id: string; verdict: string }[] };
  config?: { path: string; sha256: string };
  commit?: string;
  run?: { repository?: string; workflow?: string; ref?: string; runId?: string; runAttempt?: string; server?: string };
  /** approval-gate's audit record (`details.audit`), when approvals were recorded. */
  approval?: Record<string, unknown>;
}

export interface InTotoStatement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: typeof PROMOTION_PREDICATE_V1;
  predicate: PromotionPredicate;
}

const MAX_METRICS = 50;

/**
 * The subjects: every file the gates examined (`subjects[]` of each report), by path relative to the
 * workspace, with its sha256. A subject a gate hashed keeps that digest; a subject it did not hash is
 * hashed now from `cwd` (refused when its size is no longer the one the gate recorded). Two gates that saw
 * different bytes under one path make attesting fail.
 */
export async function collectSubjects(
  results: readonly GateResult[],
  cwd: string,
): Promise<{ name: string; digest: { sha256: string } }[]> {
  const byPath = new Map<string, { sha: string; gate: string }>();
  for (const r of results) {
    for (const s of r.subjects) {
      let sha = s.sha256?.toLowerCase();
      // An endpoint (URL) has no bytes to bind.
      if (!sha && /^[a-z][a-z0-9+.-]*:\/\//i.test(s.path)) continue;
      const abs = resolve(cwd, s.path);
      // eslint-disable-next-line no-restricted-syntax -- a path that cannot be stat'ed is refused below (UserError) when it must be hashed, never skipped
      const info = sha ? undefined : await stat(abs).catch(() => undefined);
      // A folder's files are subjects of their own.
      if (info?.isDirectory()) continue;
      const problem = subjectNameProblem(s.path);
      if (problem) {
        throw new UserError(
          'input-invalid',
          `${r.gate} subject ${JSON.stringify(s.path)} ${problem}; refusing to attest it (verify could not match it).`,
          { details: ['Run the gates on paths inside the workspace (--cwd), named relative to it.'] },
        );
      }
      if (!sha) {
        if (!info?.isFile()) {
          throw new UserError(
            'input-invalid',
            `${s.path}: ${r.gate} examined it but it is not a file under ${cwd} now; refusing to attest what cannot be hashed.`,
            { details: ['Run attest in the same workspace as the gates (--cwd), right after them.'] },
          );
        }
        await requireInside(s.path, abs, cwd, r.gate);
        // What the gate did not hash is hashed now: at least its size must still be what the gate read.
        if (typeof s.size === 'number' && info.size !== s.size) {
          throw new UserError(
            'input-invalid',
            `${s.path}: ${r.gate} examined ${s.size} bytes, the file now has ${info.size}; it changed after the gate ran, refusing to attest.`,
            { details: ['Attest in the workspace the gates ran in, right after them.'] },
          );
        }
        sha = await sha256File(abs);
      }
      const seen = byPath.get(s.path);
      if (seen && seen.sha !== sha) {
        throw new UserError(
          'input-invalid',
          `${s.path}: ${seen.gate} examined sha256 ${seen.sha.slice(0, 12)}…, ${r.gate} examined ${sha.slice(0, 12)}…; the file changed between gates, refusing to attest.`,
        );
      }
      byPath.set(s.path, { sha, gate: seen?.gate ?? r.gate });
    }
  }
  if (byPath.size === 0) {
    throw new UserError('input-invalid', 'The reports list no file the gates examined: nothing to attest.', {
      details: ['An attestation binds results to file digests; run the gates on the model and data first.'],
    });
  }
  return [...byPath.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, v]) => ({ name, digest: { sha256: v.sha } }));
}

/**
 * A file hashed at attest time must be a regular file inside the workspace: not a symlink (verify does not
 * follow them either) and not reached through a symlinked folder that leads out of the workspace.
 */
async function requireInside(name: string, abs: string, cwd: string, gate: string): Promise<void> {
  const link = (await lstat(abs)).isSymbolicLink();
  const real = await realpath(abs);
  const rel = relative(await realpath(cwd), real);
  const outside = rel === '..' || rel.startsWith(`..${'/'}`) || rel.startsWith('..\\') || isAbsolute(rel);
  if (!link && !outside) return;
  throw new UserError(
    'input-invalid',
    `${name}: ${gate} examined it, but it is ${link ? 'a symbolic link' : `reached through a symbolic link to ${real}, outside ${cwd}`}; refusing to attest it (verify does not follow links).`,
    { details: ['Attest regular files inside the workspace (--cwd); copy what a link points to into it.'] },
  );
}

function keyMetrics(r: GateResult): AttestedMetric[] {
  const all = r.checks.flatMap((c) => c.metrics);
  const key = all.filter((m) => m.threshold !== undefined || m.verdict !== undefined);
  return (key.length > 0 ? key : all).slice(0, MAX_METRICS).map((m) => ({
    name: m.name,
    ...(m.subject !== undefined ? { subject: m.subject } : {}),
    value: m.value,
    ...(m.threshold !== undefined ? { threshold: m.threshold } : {}),
    ...(m.verdict !== undefined ? { verdict: m.verdict } : {}),
  }));
}

/** The workflow run, from GitHub Actions' environment (absent elsewhere). */
export function runFromEnv(env: NodeJS.ProcessEnv = process.env): PromotionPredicate['run'] | undefined {
  if (!env.GITHUB_RUN_ID) return undefined;
  const pick = (k: string): Record<string, string> => (env[k] ? { [k]: env[k] } : {});
  const v = {
    ...pick('GITHUB_REPOSITORY'),
    ...pick('GITHUB_WORKFLOW_REF'),
    ...pick('GITHUB_REF'),
    ...pick('GITHUB_RUN_ID'),
    ...pick('GITHUB_RUN_ATTEMPT'),
    ...pick('GITHUB_SERVER_URL'),
  };
  return {
    ...(v.GITHUB_REPOSITORY ? { repository: v.GITHUB_REPOSITORY } : {}),
    ...(v.GITHUB_WORKFLOW_REF ? { workflow: v.GITHUB_WORKFLOW_REF } : {}),
    ...(v.GITHUB_REF ? { ref: v.GITHUB_REF } : {}),
    ...(v.GITHUB_RUN_ID ? { runId: v.GITHUB_RUN_ID } : {}),
    ...(v.GITHUB_RUN_ATTEMPT ? { runAttempt: v.GITHUB_RUN_ATTEMPT } : {}),
    ...(v.GITHUB_SERVER_URL ? { server: v.GITHUB_SERVER_URL } : {}),
  };
}

export interface AttestOptions {
  results: readonly GateResult[];
  /** The policy result, when evaluated (recorded, and its verdict counts). */
  policy?: GateResult;
  cwd: string;
  /** The config file, hashed into the predicate. */
  configPath?: string;
  commit?: string;
  run?: PromotionPredicate['run'];
}

/** Builds the in-toto Statement v1 (not signed). */
export async function buildPromotionStatement(opts: AttestOptions): Promise<InTotoStatement> {
  const subject = await collectSubjects(opts.results, opts.cwd);
  const all = opts.policy ? [...opts.results, opts.policy] : [...opts.results];
  const verdict = overallVerdict(all);
  const audit = opts.results.find((r) => r.gate === 'approval-gate')?.details?.audit;
  const commit = opts.commit ?? opts.results.find((r) => r.commit)?.commit;
  let config: PromotionPredicate['config'];
  if (opts.configPath) {
    const text = await readFile(resolve(opts.cwd, opts.configPath)).catch((error: Error) => {
      throw new UserError('input-unreadable', `${opts.configPath}: cannot read the config file (${error.message}).`);
    });
    config = { path: opts.configPath, sha256: createHash('sha256').update(text).digest('hex') };
  }
  const predicate: PromotionPredicate = {
    version: 1,
    tool: { name: 'ml-gates', version: ML_GATES_VERSION },
    verdict,
    gates: opts.results.map((r) => ({
      gate: r.gate,
      verdict: r.verdict,
      headline: r.headline,
      checks: r.checks.map((c) => ({ id: c.id, verdict: c.verdict })),
      metrics: keyMetrics(r),
      ...(r.configDigest ? { configDigest: r.configDigest } : {}),
      ...(r.inputsDigest ? { inputsDigest: r.inputsDigest } : {}),
    })),
    ...(opts.policy
      ? {
          policy: {
            verdict: opts.policy.verdict,
            rules: opts.policy.checks.map((c) => ({ id: c.id, verdict: c.verdict })),
          },
        }
      : {}),
    ...(config ? { config } : {}),
    ...(commit ? { commit } : {}),
    ...(opts.run ? { run: opts.run } : {}),
    ...(audit && typeof audit === 'object' ? { approval: audit as Record<string, unknown> } : {}),
  };
  return { _type: IN_TOTO_STATEMENT_V1, subject, predicateType: PROMOTION_PREDICATE_V1, predicate };
}

/** Signs a statement with a key into a Sigstore bundle (DSSE), with model-scan's signing code. */
export function signStatement(statement: InTotoStatement, key: KeyObject): SerializedBundle {
  return signStatementWithKey(Buffer.from(JSON.stringify(statement), 'utf8'), key);
}
