import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { UserError } from '@ml-gates/core';

/**
 * The ml-gates detached signature of a manifest, written next to it as `<manifest>.sig.json`:
 *
 * ```json
 * { "format": "ml-gates-signature", "version": 1, "algorithm": "ed25519",
 *   "keyid": "sha256:<hex SHA-256 of the public key's DER SubjectPublicKeyInfo>",
 *   "signature": "<base64>" }
 * ```
 * The signed message is the manifest file's exact bytes. `algorithm` is `ed25519` (RFC 8032 signature) or
 * `ecdsa-p256-sha256` (ECDSA over P-256 with SHA-256, DER-encoded signature). Keys are PEM files: PKCS#8
 * private keys to sign (`openssl genpkey -algorithm ed25519 -out key.pem`), SPKI public keys to verify
 * (`openssl pkey -in key.pem -pubout -out key.pub`).
 */
export interface DetachedSignature {
  format: 'ml-gates-signature';
  version: 1;
  algorithm: SignatureAlgorithm;
  keyid: string;
  signature: string;
}

export type SignatureAlgorithm = 'ed25519' | 'ecdsa-p256-sha256';
export const SIGNATURE_FORMAT = 'ml-gates-signature';

/** `sha256:<hex>` of the DER SubjectPublicKeyInfo. */
export function keyId(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return `sha256:${createHash('sha256')
    .update(pub.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;
}

function algorithmOf(key: KeyObject, where: string): SignatureAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return 'ecdsa-p256-sha256';
  throw new UserError(
    'input-invalid',
    `${where}: unsupported key type ${key.asymmetricKeyType ?? 'unknown'}${key.asymmetricKeyDetails?.namedCurve ? ` (${key.asymmetricKeyDetails.namedCurve})` : ''}; use an Ed25519 or ECDSA P-256 key.`,
  );
}

export function loadPrivateKey(pem: string | Buffer, where: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch (error) {
    throw new UserError('input-unreadable', `${where} is not a PEM private key: ${(error as Error).message}`);
  }
}

export function loadPublicKey(pem: string | Buffer, where: string): KeyObject {
  try {
    return createPublicKey(pem);
  } catch (error) {
    throw new UserError('input-invalid', `${where} is not a PEM public key: ${(error as Error).message}`);
  }
}

/** Signs manifest bytes. */
export function signManifest(bytes: Buffer, privateKey: KeyObject, where = 'signing key'): DetachedSignature {
  const algorithm = algorithmOf(privateKey, where);
  const signature = sign(algorithm === 'ed25519' ? null : 'sha256', bytes, privateKey);
  return {
    format: SIGNATURE_FORMAT,
    version: 1,
    algorithm,
    keyid: keyId(privateKey),
    signature: signature.toString('base64'),
  };
}

export function parseDetachedSignature(text: string, where: string): DetachedSignature {
  let data: Partial<DetachedSignature>;
  try {
    data = JSON.parse(text) as Partial<DetachedSignature>;
  } catch (error) {
    throw new UserError('input-invalid', `${where} is not valid JSON: ${(error as Error).message}`);
  }
  if (
    data.format !== SIGNATURE_FORMAT ||
    data.version !== 1 ||
    (data.algorithm !== 'ed25519' && data.algorithm !== 'ecdsa-p256-sha256') ||
    typeof data.keyid !== 'string' ||
    typeof data.signature !== 'string'
  ) {
    throw new UserError(
      'input-invalid',
      `${where} is not an ml-gates signature (format, version 1, algorithm ed25519|ecdsa-p256-sha256, keyid, signature expected).`,
    );
  }
  return data as DetachedSignature;
}

export type DetachedOutcome =
  | { ok: true; keyid: string }
  | { ok: false; reason: 'unknown-key' | 'bad-signature' | 'algorithm-mismatch'; keyid: string };

/** Verifies a detached signature against the trusted public keys (matched by key id). */
export function verifyDetached(bytes: Buffer, sig: DetachedSignature, trusted: KeyObject[]): DetachedOutcome {
  const key = trusted.find((k) => keyId(k) === sig.keyid);
  if (!key) return { ok: false, reason: 'unknown-key', keyid: sig.keyid };
  let algorithm: SignatureAlgorithm;
  try {
    algorithm = algorithmOf(key, sig.keyid);
  } catch {
    return { ok: false, reason: 'algorithm-mismatch', keyid: sig.keyid };
  }
  if (algorithm !== sig.algorithm) return { ok: false, reason: 'algorithm-mismatch', keyid: sig.keyid };
  const ok = verify(algorithm === 'ed25519' ? null : 'sha256', bytes, key, Buffer.from(sig.signature, 'base64'));
  return ok ? { ok: true, keyid: sig.keyid } : { ok: false, reason: 'bad-signature', keyid: sig.keyid };
}
