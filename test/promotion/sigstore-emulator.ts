/**
 * Local Fulcio and Rekor emulators for the keyless signing tests (no network here). Written from the
 * published APIs and from what sigstore-js sends and verifies:
 * - Fulcio `POST /api/v2/signingCert` {credentials.oidcIdentityToken, publicKeyRequest: {publicKey: {algorithm,
 *   content (PEM)}, proofOfPossession (signature of the token's `sub`)}} → {signedCertificateEmbeddedSct: {chain:
 *   {certificates: [leaf PEM, root PEM]}}}. The proof of possession is checked; the leaf carries the SAN URI and
 *   Fulcio's GitHub extensions (1.3.6.1.4.1.57264.1.8/.9/.12/.13/.14/.21) taken from the token's claims.
 *   The leaf embeds an SCT (RFC 6962 precertificate signature) from an emulated CT log key.
 * - Rekor `POST /api/v1/log/entries` {apiVersion: 0.0.1, kind: dsse, spec.proposedContent: {envelope,
 *   verifiers}} → {uuid: {body, integratedTime, logID, logIndex, verification: {signedEntryTimestamp,
 *   inclusionProof (a one-leaf tree, signed checkpoint)}}}, the canonicalized dsse body Rekor stores.
 * A test trusted root (CA + log key) makes the bundles verifiable with `@sigstore/verify` offline.
 */
import { createHash, generateKeyPairSync, sign, verify, createPublicKey, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { json } from '@sigstore/core';

// ------------------------------------------------------------------------------------------- minimal DER
const len = (n: number): Buffer =>
  n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
const tlv = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
};
const seq = (...c: Buffer[]): Buffer => tlv(0x30, ...c);
const set = (...c: Buffer[]): Buffer => tlv(0x31, ...c);
const int = (n: number | Buffer): Buffer => {
  let b = typeof n === 'number' ? Buffer.from([n]) : n;
  if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
};
const oid = (dotted: string): Buffer => {
  const parts = dotted.split('.').map(Number);
  const bytes = [40 * parts[0]! + parts[1]!];
  for (const p of parts.slice(2)) {
    const stack = [p & 0x7f];
    for (let v = p >> 7; v > 0; v >>= 7) stack.unshift((v & 0x7f) | 0x80);
    bytes.push(...stack);
  }
  return tlv(0x06, Buffer.from(bytes));
};
const utf8 = (s: string): Buffer => tlv(0x0c, Buffer.from(s, 'utf8'));
const octets = (b: Buffer): Buffer => tlv(0x04, b);
const bits = (b: Buffer): Buffer => tlv(0x03, Buffer.from([0]), b);
const bool = (v: boolean): Buffer => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const time = (d: Date): Buffer =>
  tlv(0x17, Buffer.from(`${d.toISOString().slice(2, 19).replace(/[-:T]/g, '')}Z`, 'ascii'));
const explicit = (n: number, c: Buffer): Buffer => tlv(0xa0 + n, c);
const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'));
const name = (cn: string): Buffer =>
  seq(set(seq(oid('2.5.4.10'), utf8('ml-gates test')), seq(oid('2.5.4.3'), utf8(cn))));
const ext = (id: string, value: Buffer, critical = false): Buffer =>
  seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));

interface CertSpec {
  subject: Buffer;
  issuer: Buffer;
  publicKey: KeyObject;
  signer: KeyObject;
  extensions: Buffer[];
  notBefore: Date;
  notAfter: Date;
}

function tbsCertificate(spec: CertSpec, serial: Buffer, extensions: Buffer[]): Buffer {
  return seq(
    explicit(0, int(2)),
    int(serial),
    ECDSA_SHA256,
    spec.issuer,
    seq(time(spec.notBefore), time(spec.notAfter)),
    spec.subject,
    spec.publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, seq(...extensions)),
  );
}

/** RFC 6962 §3.2: an SCT for the precertificate (the TBS without the SCT extension), as Fulcio embeds it. */
function embeddedSct(tbs: Buffer, issuerKey: KeyObject, ct: { key: KeyObject; id: Buffer }): Buffer {
  const u16 = (n: number): Buffer => Buffer.from([n >> 8, n & 0xff]);
  const u24 = (n: number): Buffer => Buffer.from([n >> 16, (n >> 8) & 0xff, n & 0xff]);
  const timestamp = Buffer.alloc(8);
  timestamp.writeBigInt64BE(BigInt(Date.now()));
  const issuerId = createHash('sha256')
    .update(issuerKey.export({ type: 'spki', format: 'der' }))
    .digest();
  const signed = Buffer.concat([
    Buffer.from([0, 0]), // v1, certificate_timestamp
    timestamp,
    u16(1), // precert_entry
    issuerId,
    u24(tbs.length),
    tbs,
    u16(0), // no extensions
  ]);
  const sig = sign('sha256', signed, ct.key);
  const sct = Buffer.concat([Buffer.from([0]), ct.id, timestamp, u16(0), Buffer.from([4, 3]), u16(sig.length), sig]);
  const list = Buffer.concat([u16(sct.length), sct]);
  return ext('1.3.6.1.4.1.11129.2.4.2', octets(Buffer.concat([u16(list.length), list])));
}

function certificate(spec: CertSpec, ct?: { key: KeyObject; id: Buffer; issuerKey: KeyObject }): Buffer {
  const serial = createHash('sha256').update(String(Math.random())).digest().subarray(0, 16);
  let tbs = tbsCertificate(spec, serial, spec.extensions);
  if (ct) tbs = tbsCertificate(spec, serial, [...spec.extensions, embeddedSct(tbs, ct.issuerKey, ct)]);
  return seq(tbs, ECDSA_SHA256, bits(sign('sha256', tbs, spec.signer)));
}

const pem = (der: Buffer): string =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`.replace(
    /\n\n/g,
    '\n',
  );

// -------------------------------------------------------------------------------------------- the OIDC token
/** The claims GitHub Actions puts in its OIDC tokens (the ones Fulcio maps to certificate extensions). */
export interface GitHubClaims {
  repository: string;
  ref: string;
  sha: string;
  /** `owner/repo/.github/workflows/x.yml@refs/heads/main` */
  job_workflow_ref: string;
  run_id: string;
}

/** An unsigned JWT with GitHub's claims (the emulated Fulcio trusts its test tokens; real Fulcio checks them). */
export function githubToken(claims: GitHubClaims, aud = 'sigstore'): string {
  const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const payload = {
    iss: 'https://token.actions.githubusercontent.com',
    aud,
    sub: `repo:${claims.repository}:ref:${claims.ref}`,
    ...claims,
  };
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.sig`;
}

// ------------------------------------------------------------------------------------------------ emulators
export interface SigstoreEmulator {
  url: string;
  /** A trusted_root.json for the emulated CA and log. */
  trustedRoot: Record<string, unknown>;
  /** Every request, with the problems found in its shape (assert `problems` is empty). */
  requests: { path: string; body: unknown }[];
  problems: string[];
  close(): Promise<void>;
}

const FULCIO = '1.3.6.1.4.1.57264.1.';

function leafExtensions(claims: GitHubClaims & { iss: string }, server: string): Buffer[] {
  const signer = `${server}/${claims.job_workflow_ref}`;
  return [
    ext('2.5.29.15', bits(Buffer.from([0x80])), true), // keyUsage: digitalSignature
    ext('2.5.29.37', seq(oid('1.3.6.1.5.5.7.3.3'))), // extKeyUsage: codeSigning
    ext('2.5.29.17', seq(tlv(0x86, Buffer.from(signer))), true), // SAN URI
    ext(`${FULCIO}8`, utf8(claims.iss)),
    ext(`${FULCIO}9`, utf8(signer)),
    ext(`${FULCIO}12`, utf8(`${server}/${claims.repository}`)),
    ext(`${FULCIO}13`, utf8(claims.sha)),
    ext(`${FULCIO}14`, utf8(claims.ref)),
    ext(`${FULCIO}21`, utf8(`${server}/${claims.repository}/actions/runs/${claims.run_id}`)),
  ];
}

function issueCertificate(
  body: Record<string, unknown>,
  ca: { key: KeyObject; publicKey: KeyObject; name: Buffer; ct: { key: KeyObject; id: Buffer } },
  problems: string[],
): string[] | undefined {
  const b = body as {
    credentials?: { oidcIdentityToken?: string };
    publicKeyRequest?: { publicKey?: { algorithm?: string; content?: string }; proofOfPossession?: string };
  };
  const token = b.credentials?.oidcIdentityToken;
  const key = b.publicKeyRequest?.publicKey;
  if (!token || !key?.content || !b.publicKeyRequest?.proofOfPossession) {
    problems.push('fulcio: request lacks credentials.oidcIdentityToken, publicKey.content or proofOfPossession');
    return undefined;
  }
  if (key.algorithm !== 'ECDSA') problems.push(`fulcio: publicKey.algorithm ${String(key.algorithm)}`);
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as GitHubClaims & {
    iss: string;
    sub: string;
    aud: string;
  };
  if (claims.aud !== 'sigstore') problems.push(`fulcio: token audience ${claims.aud}, expected sigstore`);
  const publicKey = createPublicKey(key.content);
  const proof = Buffer.from(b.publicKeyRequest.proofOfPossession, 'base64');
  if (!verify('sha256', Buffer.from(claims.sub), publicKey, proof)) {
    problems.push('fulcio: the proof of possession does not verify (signature of the token subject)');
    return undefined;
  }
  const now = Date.now();
  const leaf = certificate(
    {
      subject: seq(),
      issuer: ca.name,
      publicKey,
      signer: ca.key,
      extensions: leafExtensions(claims, 'https://github.com'),
      notBefore: new Date(now - 60_000),
      notAfter: new Date(now + 10 * 60_000),
    },
    { ...ca.ct, issuerKey: ca.publicKey },
  );
  return [pem(leaf)];
}

function logEntry(body: Record<string, unknown>, log: { key: KeyObject; id: Buffer; origin: string }, index: number) {
  const b = body as {
    apiVersion?: string;
    kind?: string;
    spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
  };
  const envelope = JSON.parse(b.spec?.proposedContent?.envelope ?? '{}') as {
    payload: string;
    signatures: { sig: string }[];
  };
  const verifier = b.spec?.proposedContent?.verifiers?.[0] ?? '';
  const sha = (x: Buffer | string): string => createHash('sha256').update(x).digest('hex');
  const stored = {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha(b.spec?.proposedContent?.envelope ?? '') },
      payloadHash: { algorithm: 'sha256', value: sha(Buffer.from(envelope.payload, 'base64')) },
      signatures: [{ signature: envelope.signatures[0]!.sig, verifier }],
    },
  };
  const canonical = Buffer.from(json.canonicalize(stored), 'utf8');
  const integratedTime = Math.floor(Date.now() / 1000);
  const logID = log.id.toString('hex');
  const set = sign(
    'sha256',
    Buffer.from(json.canonicalize({ body: canonical.toString('base64'), integratedTime, logIndex: index, logID })),
    log.key,
  );
  // A one-leaf tree: the root is the leaf hash, the proof has no hashes.
  const root = createHash('sha256')
    .update(Buffer.concat([Buffer.from([0]), canonical]))
    .digest();
  const note = `${log.origin}\n1\n${root.toString('base64')}\n`;
  const noteSig = Buffer.concat([log.id.subarray(0, 4), sign('sha256', Buffer.from(note), log.key)]);
  return {
    [sha(canonical)]: {
      body: canonical.toString('base64'),
      integratedTime,
      logID,
      logIndex: index,
      verification: {
        signedEntryTimestamp: set.toString('base64'),
        inclusionProof: {
          logIndex: 0,
          treeSize: 1,
          rootHash: root.toString('hex'),
          hashes: [],
          checkpoint: `${note}\n\u2014 ${log.origin} ${noteSig.toString('base64')}\n`,
        },
      },
    },
  };
}

function checkRekorShape(body: Record<string, unknown>, problems: string[]): void {
  const b = body as { apiVersion?: string; kind?: string; spec?: { proposedContent?: Record<string, unknown> } };
  if (b.apiVersion !== '0.0.1' || b.kind !== 'dsse')
    problems.push(`rekor: ${b.kind}/${b.apiVersion}, expected dsse/0.0.1`);
  const pc = b.spec?.proposedContent;
  if (typeof pc?.envelope !== 'string' || !Array.isArray(pc?.verifiers) || pc.verifiers.length !== 1)
    problems.push('rekor: spec.proposedContent needs envelope (string) and one verifier');
}

/** Starts Fulcio (`/api/v2/signingCert`) and Rekor (`/api/v1/log/entries`) on one local port. */
export async function startSigstoreEmulator(): Promise<SigstoreEmulator> {
  const caKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caName = name('ml-gates test Fulcio');
  const now = Date.now();
  const caCert = certificate({
    subject: caName,
    issuer: caName,
    publicKey: caKey.publicKey,
    signer: caKey.privateKey,
    extensions: [ext('2.5.29.15', bits(Buffer.from([0x06])), true), ext('2.5.29.19', seq(bool(true)), true)],
    notBefore: new Date(now - 3600_000),
    notAfter: new Date(now + 3600_000),
  });
  const logKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const logSpki = logKey.publicKey.export({ type: 'spki', format: 'der' });
  const logId = createHash('sha256').update(logSpki).digest();
  const ctKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ctSpki = ctKey.publicKey.export({ type: 'spki', format: 'der' });
  const ctId = createHash('sha256').update(ctSpki).digest();
  const requests: SigstoreEmulator['requests'] = [];
  const problems: string[] = [];
  let index = 0;
  let origin = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      requests.push({ path: req.url ?? '', body });
      const reply = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && req.url === '/api/v2/signingCert') {
        const ca = {
          key: caKey.privateKey,
          publicKey: caKey.publicKey,
          name: caName,
          ct: { key: ctKey.privateKey, id: ctId },
        };
        const chain = issueCertificate(body, ca, problems);
        if (!chain) return reply(400, { code: 400, message: 'bad request' });
        return reply(200, { signedCertificateEmbeddedSct: { chain: { certificates: [...chain, pem(caCert)] } } });
      }
      if (req.method === 'POST' && req.url === '/api/v1/log/entries') {
        checkRekorShape(body, problems);
        return reply(201, logEntry(body, { key: logKey.privateKey, id: logId, origin }, index++));
      }
      problems.push(`unexpected ${req.method} ${req.url}`);
      reply(404, { message: 'not found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  origin = `127.0.0.1:${port}`;
  const start = new Date(now - 3600_000).toISOString();
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: logSpki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: logId.toString('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'ml-gates test', commonName: 'ml-gates test Fulcio' },
        uri: url,
        certChain: { certificates: [{ rawBytes: caCert.toString('base64') }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: ctSpki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: ctId.toString('base64') },
      },
    ],
    timestampAuthorities: [],
  };
  return {
    url,
    trustedRoot,
    requests,
    problems,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
