import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerializedBundle } from '@sigstore/bundle';
import type { GateResult } from '@ml-gates/core';
import { main } from '@ml-gates/cli';
import {
  buildPromotionStatement,
  identityMismatch,
  signerIdentity,
  signStatementKeyless,
  verifyPromotion,
  type VerifyOptions,
} from '@ml-gates/promotion';
import { io, workspace } from './helpers.js';
import { githubToken, startSigstoreEmulator, type GitHubClaims, type SigstoreEmulator } from './sigstore-emulator.js';

const CLAIMS: GitHubClaims = {
  repository: 'acme/models',
  ref: 'refs/heads/main',
  sha: 'a'.repeat(40),
  job_workflow_ref: 'acme/models/.github/workflows/promote.yml@refs/heads/main',
  run_id: '42',
};

function gateResult(paths: string[]): GateResult {
  return {
    schemaVersion: '1.0',
    gate: 'model-scan',
    version: '1.0.0',
    verdict: 'pass',
    headline: 'ok',
    checks: [],
    subjects: paths.map((path) => ({ path })),
    waivers: [],
    errors: [],
    timings: { startedAt: '2026-12-01T00:00:00Z', finishedAt: '2026-12-01T00:00:01Z', durationMs: 1000 },
    tool: { name: 'ml-gates', version: '1.0.0', rulesets: {} },
  } as unknown as GateResult;
}

let emu: SigstoreEmulator;
let dir: string;
let bundle: SerializedBundle;
beforeAll(async () => {
  emu = await startSigstoreEmulator();
  dir = mkdtempSync(join(tmpdir(), 'mlg-keyless-'));
  mkdirSync(join(dir, 'model'));
  writeFileSync(join(dir, 'model/m.bin'), 'weights');
  const statement = await buildPromotionStatement({ results: [gateResult(['model/m.bin'])], cwd: dir });
  const audiences: string[] = [];
  bundle = await signStatementKeyless(statement, {
    idToken: (aud) => {
      audiences.push(aud);
      return Promise.resolve(githubToken(CLAIMS, aud));
    },
    fulcioURL: emu.url,
    rekorURL: emu.url,
  });
  expect(audiences).toEqual(['sigstore']);
  writeFileSync(join(dir, 'att.json'), JSON.stringify(bundle));
});
afterAll(() => emu.close());

describe('keyless signing (Sigstore) against local Fulcio and Rekor emulators', () => {
  it('asks Fulcio for a certificate and Rekor for a dsse entry, with the request shapes they accept', () => {
    expect(emu.problems).toEqual([]);
    expect(emu.requests.map((r) => r.path)).toEqual(['/api/v2/signingCert', '/api/v1/log/entries']);
    const b = bundle as unknown as {
      dsseEnvelope: { payloadType: string };
      verificationMaterial: { certificate?: unknown; tlogEntries: { kindVersion: { kind: string } }[] };
    };
    expect(b.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(b.verificationMaterial.certificate).toBeDefined();
    expect(b.verificationMaterial.tlogEntries[0]!.kindVersion.kind).toBe('dsse');
  });

  it('reads the signer identity from the Fulcio certificate extensions', () => {
    const id = signerIdentity(bundle)!;
    expect(id).toMatchObject({
      issuer: 'https://token.actions.githubusercontent.com',
      repositoryURI: 'https://github.com/acme/models',
      ref: 'refs/heads/main',
      workflowURI: 'https://github.com/acme/models/.github/workflows/promote.yml@refs/heads/main',
      commit: 'a'.repeat(40),
    });
    expect(identityMismatch(id, { repository: 'ACME/models', workflow: '.github/workflows/promote.yml' })).toBe(
      undefined,
    );
    expect(identityMismatch(id, { workflow: 'acme/models/.github/workflows/promote.yml' })).toBe(undefined);
    // A workflow path alone would match that file in any repository: refused.
    expect(identityMismatch(id, { workflow: '.github/workflows/promote.yml' })).toMatch(/names no repository/);
    expect(identityMismatch(id, { repository: 'evil/fork' })).toMatch(/signed in repository acme\/models/);
    expect(identityMismatch(id, { repository: 'acme/models', workflow: '.github/workflows/other.yml' })).toMatch(
      /signed by workflow/,
    );
    expect(identityMismatch(id, { ref: 'refs/heads/dev' })).toMatch(/signed on ref refs\/heads\/main/);
    expect(identityMismatch(id, { issuer: 'https://accounts.example' })).toMatch(/OIDC issuer/);
  });

  const base = (): VerifyOptions => ({
    paths: ['model'],
    cwd: dir,
    attestation: 'att.json',
    keys: [],
    trustedRoot: emu.trustedRoot,
  });

  it('verify passes for the expected repository, workflow and ref (certificate chain, SCT, Rekor SET and inclusion proof checked)', async () => {
    const out = await verifyPromotion({
      ...base(),
      expect: { repository: 'acme/models', workflow: '.github/workflows/promote.yml', ref: 'refs/heads/main' },
    });
    expect(out).toMatchObject({ ok: true, subjects: 1 });
    expect(out.ok && out.signer).toMatch(/promote\.yml@refs\/heads\/main \(https:\/\/token\.actions/);
  });

  it('verify fails for another repository, workflow or ref, and when nobody is named', async () => {
    const fail = async (expect_: VerifyOptions['expect']) => {
      const out = await verifyPromotion({ ...base(), ...(expect_ ? { expect: expect_ } : {}) });
      return out.ok ? 'ok' : out.reason;
    };
    expect(await fail({ repository: 'evil/fork' })).toMatch(
      /^signer: signed in repository acme\/models, expected evil/,
    );
    expect(await fail({ repository: 'acme/models', workflow: '.github/workflows/x.yml' })).toMatch(
      /^signer: signed by workflow acme\/models\/\.github\/workflows\/promote\.yml/,
    );
    expect(await fail({ repository: 'acme/models', ref: 'refs/tags/v1' })).toMatch(/^signer: signed on ref/);
    expect(await fail(undefined)).toMatch(/signed keylessly; say who may sign it/);
  });

  it("verify refuses what is not a Sigstore bundle, with the library's reason", async () => {
    writeFileSync(join(dir, 'junk.json'), JSON.stringify({ hello: 'world' }));
    const out = await verifyPromotion({ ...base(), attestation: 'junk.json', expect: { repository: 'acme/models' } });
    expect(!out.ok && out.reason).toMatch(/^signature: not a Sigstore bundle/);
  });

  it('verify fails when the trust root does not know the CA and log, or the payload was changed', async () => {
    const other = await startSigstoreEmulator();
    try {
      const out = await verifyPromotion({
        ...base(),
        trustedRoot: other.trustedRoot,
        expect: { repository: 'acme/models' },
      });
      expect(out.ok).toBe(false);
      expect(!out.ok && out.reason).toMatch(/^signature: keyless verification failed/);
    } finally {
      await other.close();
    }
    // The SCT is checked: a root without the CT log rejects the certificate.
    const noCt = await verifyPromotion({
      ...base(),
      trustedRoot: { ...emu.trustedRoot, ctlogs: [] },
      expect: { repository: 'acme/models' },
    });
    expect(!noCt.ok && noCt.reason).toMatch(/^signature: keyless verification failed: .*SCT/);
    const tampered = JSON.parse(JSON.stringify(bundle)) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(tampered.dsseEnvelope.payload, 'base64').toString('utf8'));
    statement.predicate.gates[0].verdict = 'fail';
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered));
    const out = await verifyPromotion({
      ...base(),
      attestation: 'tampered.json',
      expect: { repository: 'acme/models' },
    });
    expect(!out.ok && out.reason).toMatch(/^signature: keyless verification failed/);
  });
});

describe('ml-gates attest --keyless and verify --trusted-root (CLI)', () => {
  it('ml-gates attest --keyless signs with the job token (SIGSTORE_ID_TOKEN here); verify --trusted-root checks the signer', async () => {
    const ws = workspace();
    expect(await main(['run', '--out', 'reports'], io(ws))).toBe(0);
    const before = emu.requests.length;
    process.env.SIGSTORE_ID_TOKEN = githubToken(CLAIMS);
    const a = io(ws);
    try {
      const args = ['attest', '--reports', 'reports', '--keyless', '--fulcio-url', emu.url, '--rekor-url', emu.url];
      expect(await main([...args, '--out', 'att.json'], a)).toBe(0);
    } finally {
      delete process.env.SIGSTORE_ID_TOKEN;
    }
    expect(a.out).toMatch(/2 subject\(s\), verdict pass, signed keylessly/);
    expect(emu.requests.length).toBe(before + 2);
    expect(emu.problems).toEqual([]);
    const written = JSON.parse(readFileSync(join(ws, 'att.json'), 'utf8')) as SerializedBundle;
    expect(signerIdentity(written)?.repositoryURI).toBe('https://github.com/acme/models');

    writeFileSync(join(ws, 'root.json'), JSON.stringify(emu.trustedRoot));
    const verify = ['verify', 'model', 'eval', '--attestation', 'att.json', '--trusted-root', 'root.json'];
    const who = ['--repository', 'acme/models', '--workflow', '.github/workflows/promote.yml'];
    const ok = io(ws);
    expect(await main([...verify, ...who, '--ref', 'refs/heads/main', '--config', 'ml-gates.yml'], ok)).toBe(0);
    expect(ok.out).toMatch(
      /verified: 2 file\(s\) match the attestation signed by https:\/\/github\.com\/acme\/models\/\.github\/workflows\/promote\.yml@refs\/heads\/main/,
    );
    const tag = io(ws);
    expect(await main([...verify, ...who, '--ref', 'refs/tags/v1'], tag)).toBe(1);
    expect(tag.err).toMatch(/verify failed: signer: signed on ref refs\/heads\/main, expected refs\/tags\/v1/);

    const v = io(ws);
    expect(await main(['verify', 'model', '--attestation', 'att.json'], v)).toBe(2);
    expect(v.err).toMatch(/Say who may sign/);
    // A key-signed expectation does not accept a keyless bundle.
    const k = io(ws);
    expect(await main(['verify', 'model', '--attestation', 'att.json', '--key', 'signing.pub'], k)).toBe(1);
    expect(k.err).toMatch(/signed keylessly; say who may sign it/);
  });

  it('attest without --key and without an OIDC token says how to sign; --keyless without a token fails', async () => {
    const ws = workspace();
    expect(await main(['run', '--out', 'reports'], io(ws))).toBe(0);
    const t = io(ws);
    expect(await main(['attest', '--reports', 'reports', '--out', 'att.json'], t)).toBe(2);
    expect(t.err).toMatch(/Say how to sign: --key PEM, or --keyless/);
    // --keyless without an OIDC token: an error naming what is missing (exit 3), never an unsigned bundle.
    const k = io(ws);
    const args = ['attest', '--reports', 'reports', '--keyless', '--fulcio-url', emu.url, '--rekor-url', emu.url];
    const saved = { ...process.env };
    // sigstore's CI provider reads process.env: no token source at all, even on a runner with id-token: write.
    for (const v of [
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'SIGSTORE_ID_TOKEN',
      'BUILDKITE',
    ])
      delete process.env[v];
    try {
      expect(await main([...args, '--out', 'att.json'], k)).toBe(3);
    } finally {
      process.env = saved;
    }
    expect(k.err).toMatch(/keyless signing failed: .*identity token/i);
    expect(k.err).toMatch(/id-token: write/);
    expect(existsSync(join(ws, 'att.json'))).toBe(false);
  });
});
