import {
  issueToFinding,
  verifyManifestFiles,
  type DigestFn,
  type Finding,
  type IntegrityRuleIds,
  type Manifest,
  type ManifestEntry,
} from '@ml-gates/core';

// The manifest format and its verification live in core (packages/core/src/integrity), shared with data-gate;
// checks.ts reads manifests through here.
export { readManifest } from '@ml-gates/core';
export type { Manifest, ManifestEntry } from '@ml-gates/core';

/** model-scan's rule ids for what core's manifest verification finds. */
export const MANIFEST_RULE_IDS: IntegrityRuleIds = {
  missing: 'integrity.missing',
  changed: 'integrity.changed',
  extra: 'integrity.extra',
  outside: 'integrity.path-outside',
  invalid: 'integrity.manifest-invalid',
};

export interface VerifyResult {
  findings: Finding[];
  verified: number;
  /** Manifest entries that exist and match, with their digest (for the BOM). */
  matched: ManifestEntry[];
}

/**
 * Verifies files against a manifest: changed (size or SHA-256), missing, extra (present under `include` but
 * not listed) files and entries pointing outside the manifest folder are findings. Paths in findings are
 * relative to `cwd`. `digest` reuses SHA-256s the scan already computed.
 */
export async function verifyManifest(
  manifestPath: string,
  manifest: Manifest,
  cwd: string,
  signal?: AbortSignal,
  digest?: DigestFn,
): Promise<VerifyResult> {
  const r = await verifyManifestFiles(manifestPath, manifest, {
    cwd,
    ...(signal ? { signal } : {}),
    ...(digest ? { digest } : {}),
  });
  return {
    findings: r.issues.map((i) => issueToFinding(i, MANIFEST_RULE_IDS)),
    verified: r.verified.length,
    matched: r.matched as ManifestEntry[],
  };
}
