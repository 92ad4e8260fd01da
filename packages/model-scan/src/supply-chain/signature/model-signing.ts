import { createHash, type KeyObject } from 'node:crypto';
import { bundleFromJSON, bundleToJSON, toDSSEBundle, type Bundle, type SerializedBundle } from '@sigstore/bundle';
import { dsse } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type VerificationPolicy } from '@sigstore/verify';
import { sign as cryptoSign } from 'node:crypto';
import { keyId } from './detached.js';

/**
 * The OpenSSF model-signing format (sigstore/model-transparency, v1.0): a Sigstore bundle whose DSSE envelope
 * carries an in-toto Statement v1:
 * - `subject`: one entry, the model name and `digest.sha256` = SHA-256 over the concatenated raw digests of
 *   the resources, in order;
 * - `predicateType`: `https://model_signing/signature/v1.0`;
 * - `predicate.resources`: `{ name: <path relative to the model folder>, algorithm: "sha256", digest: <hex> }`
 *   per file; `predicate.serialization` describes how files were hashed (`method: "files"`).
 */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const MODEL_SIGNING_PREDICATE = 'https://model_signing/signature/v1.0';

export interface ModelResource {
  name: string;
  algorithm: string;
  digest: string;
}

export interface ModelStatement {
  modelName: string;
  resources: ModelResource[];
  serialization: Record<string, unknown>;
}

function rootDigest(resources: ModelResource[]): string {
  const h = createHash('sha256');
  for (const r of resources) h.update(Buffer.from(r.digest, 'hex'));
  return h.digest('hex');
}

/** The in-toto statement for files given as `{ path, sha256 }` (sorted by path). */
export function buildStatement(modelName: string, files: { path: string; sha256: string }[]): Buffer {
  const resources = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => ({ name: f.path, algorithm: 'sha256', digest: f.sha256 }));
  const statement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: modelName, digest: { sha256: rootDigest(resources) } }],
    predicateType: MODEL_SIGNING_PREDICATE,
    predicate: {
      serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false, ignore_paths: [] },
      resources,
    },
  };
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

/** Parses a verified statement payload; throws with the reason when it is not a model-signing statement. */
export function parseStatement(payload: Buffer): ModelStatement {
  const s = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
  if (s._type !== IN_TOTO_STATEMENT_V1)
    throw new Error(`statement _type is ${String(s._type)}, expected ${IN_TOTO_STATEMENT_V1}`);
  if (s.predicateType !== MODEL_SIGNING_PREDICATE) {
    throw new Error(`predicateType is ${String(s.predicateType)}, expected ${MODEL_SIGNING_PREDICATE}`);
  }
  const subjects = s.subject as { name?: unknown; digest?: { sha256?: unknown } }[] | undefined;
  if (!Array.isArray(subjects) || subjects.length !== 1) throw new Error('statement must have exactly one subject');
  const predicate = (s.predicate ?? {}) as { resources?: unknown; serialization?: unknown };
  const resources = predicate.resources as ModelResource[] | undefined;
  if (
    !Array.isArray(resources) ||
    !resources.every(
      (r) => r && typeof r.name === 'string' && typeof r.digest === 'string' && /^[0-9a-f]+$/.test(r.digest),
    )
  ) {
    throw new Error('predicate.resources must list {name, algorithm, digest}');
  }
  const expected = subjects[0]!.digest?.sha256;
  if (rootDigest(resources) !== expected) {
    throw new Error('subject digest does not match the resources (the statement is inconsistent)');
  }
  const serialization = (predicate.serialization ?? {}) as Record<string, unknown>;
  return { modelName: String(subjects[0]!.name ?? ''), resources, serialization };
}

/** Signs a statement with a local key into a Sigstore bundle (public-key verification material). */
export function signStatementWithKey(statement: Buffer, privateKey: KeyObject): SerializedBundle {
  const pae = dsse.preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, statement);
  const signature = cryptoSign(privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256', pae, privateKey);
  const bundle = toDSSEBundle({
    artifact: statement,
    artifactType: IN_TOTO_PAYLOAD_TYPE,
    signature,
    keyHint: keyId(privateKey).slice('sha256:'.length),
  });
  return bundleToJSON(bundle);
}

/** Options for verifying a Sigstore bundle. */
export interface BundleTrust {
  /** Public keys for bundles signed with a key (offline). */
  keys: KeyObject[];
  /** A Sigstore trusted root (`trusted_root.json`) for keyless bundles, verified offline. */
  trustedRoot?: unknown;
  /** Who must have signed a keyless bundle. */
  identity?: { subject?: string; issuer?: string };
  /** Online verification (Sigstore's public-good TUF root) for keyless bundles when no trusted root is given. */
  online?: (bundle: SerializedBundle, identity?: { subject?: string; issuer?: string }) => Promise<void>;
}

export type BundleOutcome =
  | { ok: true; statement: ModelStatement; signer: string }
  | { ok: false; reason: string; kind: 'invalid' | 'untrusted' | 'unsupported' };

const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
};

function payloadOf(bundle: Bundle): Buffer | undefined {
  return bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope.payload : undefined;
}

/** What a verified DSSE bundle carries: the signed payload, its type and who signed it. */
export type DsseOutcome =
  | { ok: true; payload: Buffer; payloadType: string; signer: string }
  | { ok: false; reason: string; kind: 'invalid' | 'untrusted' | 'unsupported' };

/**
 * Verifies the signature of a Sigstore bundle holding a DSSE envelope (key or keyless) and returns the signed
 * payload, whatever statement it holds (model signing, ml-gates promotion attestations).
 */
export async function verifyDsseBundle(json: unknown, trust: BundleTrust): Promise<DsseOutcome> {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (error) {
    return { ok: false, kind: 'invalid', reason: `not a Sigstore bundle: ${(error as Error).message}` };
  }
  const payload = payloadOf(bundle);
  if (!payload) {
    return {
      ok: false,
      kind: 'unsupported',
      reason: 'bundle holds a message signature, not a DSSE envelope (model signing uses DSSE)',
    };
  }
  const vm = bundle.verificationMaterial.content;
  let signer: string;
  if (vm.$case === 'publicKey') {
    if (trust.keys.length === 0) {
      return {
        ok: false,
        kind: 'untrusted',
        reason: 'bundle is signed with a key, but no public key is configured (signature.public-keys)',
      };
    }
    const entity = toSignedEntity(bundle);
    const match = trust.keys.find((key) => {
      try {
        const material = toTrustMaterial(TrustedRoot.fromJSON(EMPTY_ROOT), () => ({
          publicKey: key,
          validFor: () => true,
        }));
        new Verifier(material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(entity);
        return true;
      } catch {
        return false;
      }
    });
    if (!match)
      return {
        ok: false,
        kind: 'invalid',
        reason: 'the bundle signature does not verify with any configured public key',
      };
    signer = keyId(match);
  } else {
    const identity = trust.identity;
    if (!identity?.subject && !identity?.issuer) {
      return {
        ok: false,
        kind: 'untrusted',
        reason: 'bundle is signed keylessly; set signature.identity (subject and issuer) to say who may sign',
      };
    }
    const policy: VerificationPolicy = {
      ...(identity.subject ? { subjectAlternativeName: identity.subject } : {}),
      ...(identity.issuer ? { extensions: { issuer: identity.issuer } } : {}),
    };
    try {
      if (trust.trustedRoot !== undefined) {
        const material = toTrustMaterial(TrustedRoot.fromJSON(trust.trustedRoot));
        new Verifier(material).verify(toSignedEntity(bundle), policy);
      } else if (trust.online) {
        await trust.online(bundleToJSON(bundle), identity);
      } else {
        return {
          ok: false,
          kind: 'untrusted',
          reason: 'keyless bundle: no trusted root configured (signature.trusted-root)',
        };
      }
    } catch (error) {
      return { ok: false, kind: 'invalid', reason: `keyless verification failed: ${(error as Error).message}` };
    }
    signer = `${identity.subject ?? '*'} (${identity.issuer ?? 'any issuer'})`;
  }
  const payloadType = bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope.payloadType : '';
  return { ok: true, payload, payloadType, signer };
}

/** Verifies a model-signing bundle; on success returns the signed statement. */
export async function verifyModelBundle(json: unknown, trust: BundleTrust): Promise<BundleOutcome> {
  const verified = await verifyDsseBundle(json, trust);
  if (!verified.ok) return verified;
  const { payload, signer } = verified;
  try {
    return { ok: true, statement: parseStatement(payload), signer };
  } catch (error) {
    return {
      ok: false,
      kind: 'invalid',
      reason: `signed payload is not a model-signing statement: ${(error as Error).message}`,
    };
  }
}

/** Keyless signing (Sigstore, GitHub OIDC): an interface so tests and hosts can replace it. */
export interface KeylessSigner {
  attest(payload: Buffer, payloadType: string): Promise<SerializedBundle>;
}

/** The real keyless signer: the `sigstore` package (Fulcio + Rekor, needs network and an OIDC token). */
export const sigstoreKeylessSigner: KeylessSigner = {
  async attest(payload, payloadType) {
    const { attest } = await import('sigstore');
    return attest(payload, payloadType);
  },
};

/**
 * The host's OIDC token source, `GateServices.idToken` (in GitHub Actions `core.getIDToken(audience)`, present
 * when the job has `permissions: id-token: write`). Declared here until core's `GateServices` types it.
 */
export type IdTokenService = (audience: string) => Promise<string>;

/** The audience Fulcio expects in the OIDC token. */
export const SIGSTORE_AUDIENCE = 'sigstore';

/** The `sigstore` keyless signer with the OIDC token from the host's `idToken` service. */
export function sigstoreSignerWithToken(idToken: IdTokenService): KeylessSigner {
  return {
    async attest(payload, payloadType) {
      const identityToken = await idToken(SIGSTORE_AUDIENCE);
      const { attest } = await import('sigstore');
      return attest(payload, payloadType, { identityToken });
    },
  };
}

/**
 * The keyless signer a run can use: the host's `keylessSigner` service (tests, other hosts), else Sigstore
 * with the host's `idToken` service; `undefined` when neither is there (no OIDC token: sign cannot run).
 */
export function keylessSignerFrom(services: { keylessSigner?: unknown; idToken?: unknown }): KeylessSigner | undefined {
  if (services.keylessSigner) return services.keylessSigner as KeylessSigner;
  if (typeof services.idToken === 'function') return sigstoreSignerWithToken(services.idToken as IdTokenService);
  return undefined;
}

/** Online keyless verification with the `sigstore` package (TUF-updated public-good trusted root). */
export async function sigstoreOnlineVerify(
  bundle: SerializedBundle,
  identity?: { subject?: string; issuer?: string },
): Promise<void> {
  const { verify } = await import('sigstore');
  await verify(bundle, {
    ...(identity?.subject ? { certificateIdentityURI: identity.subject } : {}),
    ...(identity?.issuer ? { certificateIssuer: identity.issuer } : {}),
  });
}
