import { ASN1Obj, X509Certificate } from '@sigstore/core';
import type { SerializedBundle } from '@sigstore/bundle';
import { IN_TOTO_PAYLOAD_TYPE } from '@ml-gates/model-scan/signature/model-signing';
import type { InTotoStatement } from './attest.js';

/**
 * Keyless signing (Sigstore: Fulcio certificate for the workflow's OIDC identity, Rekor transparency log) and
 * the signer identity a Fulcio certificate carries. Signing goes through the `sigstore` package (the same
 * library model-scan verifies with); this module only wires its options and reads the certificate.
 */

/** GitHub Actions' OIDC issuer, the one Fulcio names in the certificates of workflow identities. */
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** The audience Fulcio expects in the OIDC token. */
export const SIGSTORE_AUDIENCE = 'sigstore';

/** Gets an OIDC token for an audience (on GitHub Actions: `@actions/core`'s `getIDToken`). */
export type IdTokenSource = (audience: string) => Promise<string>;

export interface KeylessSignOptions {
  /** Where the OIDC token comes from; absent: `sigstore`'s CI provider (GitHub Actions' token request env). */
  idToken?: IdTokenSource;
  /** Fulcio and Rekor (default: Sigstore's public-good instances). */
  fulcioURL?: string;
  rekorURL?: string;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
}

/** Can this job get an OIDC token (`permissions: id-token: write` on GitHub Actions)? */
export function keylessAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/**
 * Signs the statement keylessly into a Sigstore bundle (DSSE, in-toto payload type): an ephemeral key, a
 * Fulcio certificate for the OIDC identity, and a Rekor entry with its inclusion proof.
 */
export async function signStatementKeyless(
  statement: InTotoStatement,
  opts: KeylessSignOptions = {},
): Promise<SerializedBundle> {
  const { attest } = await import('sigstore');
  const idToken = opts.idToken;
  return attest(Buffer.from(JSON.stringify(statement), 'utf8'), IN_TOTO_PAYLOAD_TYPE, {
    ...(idToken ? { identityProvider: { getToken: () => idToken(SIGSTORE_AUDIENCE) } } : {}),
    ...(opts.fulcioURL ? { fulcioURL: opts.fulcioURL } : {}),
    ...(opts.rekorURL ? { rekorURL: opts.rekorURL } : {}),
    ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs } : {}),
  });
}

/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
export const FULCIO_OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
} as const;

/** Who signed a keyless bundle, from its Fulcio certificate. */
export interface SignerIdentity {
  /** The certificate's SAN: on GitHub Actions the signing workflow, `https://github.com/o/r/.github/workflows/x.yml@refs/...`. */
  san?: string;
  issuer?: string;
  /** `https://github.com/o/r` */
  repositoryURI?: string;
  /** `refs/heads/main`, `refs/tags/v1` */
  ref?: string;
  /** The workflow that signed (Build Signer URI), `https://github.com/o/r/.github/workflows/x.yml@refs/...`. */
  workflowURI?: string;
  commit?: string;
  runURI?: string;
}

/** A Fulcio v2 extension holds a DER UTF8String; a v1 one (issuer `.1.1`) the raw bytes. */
function extensionText(cert: X509Certificate, oid: string, raw = false): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  if (raw) return ext.value.toString('utf8');
  return ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
}

/** Reads the signer identity of a keyless bundle; `undefined` for a key-signed bundle (or no bundle at all). */
export function signerIdentity(bundle: SerializedBundle): SignerIdentity | undefined {
  const vm = (bundle as { verificationMaterial?: unknown }).verificationMaterial as
    | { certificate?: { rawBytes?: string }; x509CertificateChain?: { certificates?: { rawBytes?: string }[] } }
    | undefined;
  const raw = vm?.certificate?.rawBytes ?? vm?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  if (!raw) return undefined;
  const cert = X509Certificate.parse(Buffer.from(raw, 'base64'));
  const pick = (key: keyof SignerIdentity, value: string | undefined): Partial<SignerIdentity> =>
    value ? { [key]: value } : {};
  return {
    ...pick('san', cert.extSubjectAltName?.uri ?? cert.extSubjectAltName?.rfc822Name),
    ...pick('issuer', extensionText(cert, FULCIO_OID.issuer) ?? extensionText(cert, FULCIO_OID.issuerV1, true)),
    ...pick('repositoryURI', extensionText(cert, FULCIO_OID.sourceRepositoryURI)),
    ...pick('ref', extensionText(cert, FULCIO_OID.sourceRepositoryRef)),
    ...pick('workflowURI', extensionText(cert, FULCIO_OID.buildSignerURI)),
    ...pick('commit', extensionText(cert, FULCIO_OID.sourceRepositoryDigest)),
    ...pick('runURI', extensionText(cert, FULCIO_OID.runInvocationURI)),
  };
}

/** What `verify` requires of a keyless signer (every field given must match). */
export interface IdentityExpectation {
  /** `owner/repo` */
  repository?: string;
  /** The signing workflow: `.github/workflows/x.yml` (in `repository`) or `owner/repo/.github/workflows/x.yml`. */
  workflow?: string;
  /** `refs/heads/main`, `refs/tags/v1.2.0` */
  ref?: string;
  /** The commit the attested results must be about (the predicate's `commit`; not the certificate's). */
  commit?: string;
  /** Default: GitHub Actions' issuer. */
  issuer?: string;
}

/** `https://github.com/o/r/.github/workflows/x.yml@refs/heads/main` → `o/r/.github/workflows/x.yml`. */
export function uriPath(uri: string): string {
  const noRef = uri.split('@')[0]!;
  return noRef.replace(/^[a-z]+:\/\/[^/]+\//i, '');
}

/**
 * Checks a keyless signer against the expectations; returns the first mismatch as a reason a user can act on,
 * or `undefined` when the signer is the expected one. Repository and workflow compare case-insensitively
 * (GitHub names are), the ref exactly.
 */
export function identityMismatch(id: SignerIdentity, want: IdentityExpectation): string | undefined {
  const issuer = want.issuer ?? GITHUB_OIDC_ISSUER;
  if (id.issuer !== issuer) return `the certificate's OIDC issuer is ${id.issuer ?? '(none)'}, expected ${issuer}`;
  const repo = id.repositoryURI ? uriPath(id.repositoryURI) : undefined;
  if (want.repository && repo?.toLowerCase() !== want.repository.toLowerCase())
    return `signed in repository ${repo ?? '(none)'}, expected ${want.repository}`;
  if (want.workflow) {
    const expected = expectedWorkflow(want);
    if (!expected.ok) return expected.reason;
    const signer = id.workflowURI ? uriPath(id.workflowURI) : undefined;
    if (signer?.toLowerCase() !== expected.value.toLowerCase())
      return `signed by workflow ${signer ?? '(none)'}, expected ${expected.value}`;
  }
  if (want.ref && id.ref !== want.ref) return `signed on ref ${id.ref ?? '(none)'}, expected ${want.ref}`;
  return undefined;
}

/** The expected workflow as `owner/repo/.github/workflows/x.yml`; a bare `.github/...` path needs the repository. */
export function expectedWorkflow(
  want: IdentityExpectation,
): { ok: true; value: string } | { ok: false; reason: string } {
  const workflow = want.workflow ?? '';
  if (!workflow.startsWith('.github/')) return { ok: true, value: workflow };
  // A workflow path without its repository would accept that file in anyone's repository.
  if (!want.repository)
    return { ok: false, reason: `workflow ${workflow} names no repository: give the repository too (owner/repo)` };
  return { ok: true, value: `${want.repository}/${workflow}` };
}

/** One line naming the signer (for `verify`'s output). */
export function describeSigner(id: SignerIdentity): string {
  const where = id.workflowURI ?? id.san ?? '(unknown workflow)';
  return `${where}${id.issuer ? ` (${id.issuer})` : ''}`;
}
