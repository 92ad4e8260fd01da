/** The approval policy: the approval-gate section of `ml-gates.yml` at trusted refs, never the pull request's. */
import {
  defaultConfig,
  parseConfig,
  resolveCheck,
  resolveSection,
  UserError,
  type AnyGate,
  type Finding,
  type GateContext,
  type MlGatesConfig,
  type Mode,
} from '@ml-gates/core';
import type { ApprovalOptions } from './options.js';
import type { ApprovalSource, PromotionContext, PullRequestInfo } from './source.js';

export const DEFAULT_CONFIG_FILE = 'ml-gates.yml';
const MODE_RANK: Record<Mode, number> = { off: 0, warn: 1, block: 2 };

/** Reads and validates the config at a trusted ref; the approval-gate section with defaults filled in. */
async function baseConfig(
  gate: AnyGate,
  source: ApprovalSource,
  file: string,
  ref: string,
): Promise<{ config: MlGatesConfig; options: ApprovalOptions; found: boolean }> {
  const text = await source.readFile(file, ref);
  const config = text === undefined ? defaultConfig() : parseConfig(text, `${file} (at ${ref})`, [gate]).config;
  const section = resolveSection(gate, config);
  const { enabled: _e, 'fail-on': _f, checks: _c, waivers: _w, ...options } = section;
  return { config, options: options as unknown as ApprovalOptions, found: text !== undefined };
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A policy the gate applies: the approval-gate section of `ml-gates.yml` at a trusted ref. */
export interface Policy {
  ref: string;
  /** `trusted`: the default branch (or the `policy-ref` input); `base`: the PR's own base when it differs. */
  kind: 'trusted' | 'base';
  config: MlGatesConfig;
  options: ApprovalOptions;
  found: boolean;
}

export const where = (p: Policy): string => (p.kind === 'trusted' ? p.ref : `the base branch ${p.ref}`);

/**
 * Step 2: the policy from the default branch (or the policy-ref input), whatever base the PR targets; a PR against
 * another base must satisfy that base's policy too. A merged PR into the default branch: the commit it was
 * merged onto, so the PR's own edits to ml-gates.yml (now on the branch) do not judge it.
 */
export async function loadPolicies(
  gate: AnyGate,
  source: ApprovalSource,
  event: PromotionContext,
  pr: PullRequestInfo,
  defaultBranch: string,
): Promise<Policy[]> {
  const configFile = event.configFile ?? DEFAULT_CONFIG_FILE;
  const baseAt = pr.mergedAt ? pr.baseSha : pr.baseRef;
  const trustedRef = event.policyRef ?? (pr.baseRef === defaultBranch ? baseAt : defaultBranch);
  const policies: Policy[] = [
    { ref: trustedRef, kind: 'trusted', ...(await baseConfig(gate, source, configFile, trustedRef)) },
  ];
  if (pr.baseRef !== defaultBranch && pr.baseRef !== event.policyRef && baseAt !== trustedRef) {
    // A base without the file has no policy of its own to add (its defaults name no approvers: they would only
    // make every PR against it an error); the trusted policy still applies in full.
    const base = await baseConfig(gate, source, configFile, baseAt);
    if (base.found) policies.push({ ref: baseAt, kind: 'base', ...base });
  }
  return policies;
}

/**
 * The workspace's config may not loosen the approvals check (its mode below the strictest policy's is an
 * error); its other approval settings are ignored, with a note, until merged.
 */
export function checkWorkspaceConfig(
  gate: AnyGate,
  ctx: GateContext<ApprovalOptions>,
  policies: readonly Policy[],
  ctxInfo: { configFile: string; pr: PullRequestInfo; defaultBranch: string },
  notes: Finding[],
): void {
  const { configFile, pr, defaultBranch } = ctxInfo;
  const primary = policies[0]!;
  const spec = gate.checks.find((c) => c.id === 'approvals');
  const strictest = policies
    .map((p) => ({ p, mode: resolveCheck(spec, resolveSection(gate, p.config), 'high').mode }))
    .sort((a, b) => MODE_RANK[b.mode] - MODE_RANK[a.mode])[0]!;
  const headMode = ctx.check('approvals').mode;
  if (MODE_RANK[headMode] < MODE_RANK[strictest.mode]) {
    throw new UserError(
      'config-invalid',
      `The workspace's ${configFile} sets the approval-gate "approvals" check to "${headMode}", but ${where(strictest.p)} says "${strictest.mode}".`,
      {
        details: [
          'Approval policy is read from the default branch so that a pull request cannot approve itself.',
          `Keep the check's mode as on ${strictest.p.ref}; a policy change takes effect once merged under the current policy.`,
        ],
      },
    );
  }
  const { environment: _env, ...headOpts } = ctx.options as unknown as Record<string, unknown>;
  const { environment: _benv, ...baseOpts } = primary.options as unknown as Record<string, unknown>;
  if (stable(headOpts) !== stable(baseOpts)) {
    notes.push({
      ruleId: 'approval.head-config-ignored',
      severity: 'info',
      message: `The workspace's ${configFile} changes approval-gate settings; those of ${primary.ref} apply until it is merged.`,
      location: { path: configFile },
    });
  }
  if (policies.length > 1) {
    notes.push({
      ruleId: 'approval.base-policy',
      severity: 'info',
      message: `#${pr.number} targets ${pr.baseRef}, not the default branch ${defaultBranch}: it must satisfy the policy of ${primary.ref} and that of ${pr.baseRef}.`,
    });
  }
}
