import { UserError } from '../errors.js';
import { httpStatus, isPermissionError } from './api.js';
import type { GitHubClient } from './client.js';

/**
 * GitHub's artifact attestations API: `POST /repos/{owner}/{repo}/attestations` with `{ bundle }` (the
 * Sigstore bundle, as JSON) → `201 { id }`. Needs `attestations: write` (and the bundle signed keylessly
 * on GitHub Actions for `gh attestation verify` to accept it). The attestation is then listed under the
 * repository's attestations and found by subject digest (`GET /repos/{owner}/{repo}/attestations/sha256:…`).
 */
export interface AttestationUpload {
  owner: string;
  repo: string;
  /** A serialized Sigstore bundle (`mediaType`, `verificationMaterial`, `dsseEnvelope`). */
  bundle: Record<string, unknown>;
}

type BundleParam = NonNullable<Parameters<GitHubClient['rest']['repos']['createAttestation']>[0]>['bundle'];

/** Uploads a bundle; returns GitHub's attestation id. A refusal is a user error naming the permission. */
export async function uploadAttestation(client: GitHubClient, upload: AttestationUpload): Promise<number> {
  const { owner, repo, bundle } = upload;
  if (typeof bundle.mediaType !== 'string' || !bundle.verificationMaterial || !bundle.dsseEnvelope) {
    throw new UserError('input-invalid', 'The attestation is not a Sigstore bundle with a DSSE envelope.');
  }
  try {
    const { data } = await client.rest.repos.createAttestation({
      owner,
      repo,
      bundle: bundle as BundleParam,
    });
    return data.id ?? 0;
  } catch (error) {
    if (isPermissionError(error)) {
      throw new UserError(
        'input-unreadable',
        `${owner}/${repo}: GitHub refused the attestation upload (HTTP ${httpStatus(error)}).`,
        { details: ['Give the job "permissions: attestations: write" (and id-token: write for keyless signing).'] },
      );
    }
    throw new Error(`${owner}/${repo}: uploading the attestation failed (${(error as Error).message})`, {
      cause: error,
    });
  }
}
