import { describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '@ml-gates/core';
import { runSupplyChainChecks, supplyChainCommands } from '../../../packages/model-scan/src/supply-chain/index.js';
import {
  keylessSignerFrom,
  type KeylessSigner,
} from '../../../packages/model-scan/src/supply-chain/signature/model-signing.js';
import { context, copyFixture } from './helpers.js';

const cmd = (name: string) => supplyChainCommands.find((c) => c.name[0] === name)!;
const run = (name: string, args: string[], opts: Record<string, unknown>, cwd: string) =>
  cmd(name).action!(args, opts, { cwd, logger: silentLogger });

async function project(algorithm: 'ed25519' | 'ecdsa-p256' = 'ed25519'): Promise<string> {
  const dir = copyFixture('model-project');
  await run('hash', ['models'], { out: 'model-manifest.json' }, dir);
  await run('keygen', [], { out: 'release', algorithm }, dir);
  await run('keygen', [], { out: 'other', algorithm }, dir);
  return dir;
}

async function signature(dir: string, signature: Record<string, unknown>, services: Record<string, unknown> = {}) {
  const [out] = await runSupplyChainChecks(
    context(dir, { signature: 'block' }, { paths: ['models'], signature }, services),
  );
  return out!;
}

describe('ml-gates signatures (Ed25519 / ECDSA P-256 over the manifest)', () => {
  it.each(['ed25519', 'ecdsa-p256'] as const)(
    '%s: an intact signed manifest passes, a tampered one fails',
    async (alg) => {
      const dir = await project(alg);
      expect(await run('sign-manifest', ['model-manifest.json'], { key: 'release.pem' }, dir)).toMatch(
        /model-manifest.json.sig.json/,
      );
      const ok = await signature(dir, { 'public-keys': ['release.pub'] });
      expect(ok.findings ?? []).toEqual([]);
      expect(ok.summary).toMatch(/signed by sha256:[0-9a-f]{64}/);

      // Tamper: regenerate the manifest after swapping a file (an attacker re-hashing their own model).
      appendFileSync(join(dir, 'models/classifier/model.pt'), 'x');
      await run('hash', ['models'], { out: 'model-manifest.json' }, dir);
      const bad = await signature(dir, { 'public-keys': ['release.pub'] });
      expect(bad.findings!.map((f) => [f.ruleId, f.severity])).toEqual([['signature.invalid', 'critical']]);
    },
  );

  it('a signature by an untrusted key, and an unsigned manifest, fail', async () => {
    const dir = await project();
    await run('sign-manifest', ['model-manifest.json'], { key: 'other.pem' }, dir);
    const untrusted = await signature(dir, { 'public-keys': ['release.pub'] });
    expect(untrusted.findings!.map((f) => f.ruleId)).toEqual(['signature.untrusted']);

    const fresh = await project();
    const unsigned = await signature(fresh, { 'public-keys': ['release.pub'] });
    expect(unsigned.findings!.map((f) => [f.ruleId, f.severity])).toEqual([['signature.missing', 'high']]);
  });

  it('a forged signature field fails', async () => {
    const dir = await project();
    await run('sign-manifest', ['model-manifest.json'], { key: 'release.pem' }, dir);
    const p = join(dir, 'model-manifest.json.sig.json');
    const sig = JSON.parse(readFileSync(p, 'utf8'));
    const bytes = Buffer.from(sig.signature, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    sig.signature = bytes.toString('base64');
    writeFileSync(p, JSON.stringify(sig));
    expect((await signature(dir, { 'public-keys': ['release.pub'] })).findings!.map((f) => f.ruleId)).toEqual([
      'signature.invalid',
    ]);
  });
});

describe('OpenSSF model-signing bundles (Sigstore, verified offline with a key)', () => {
  it('an intact bundle verifies with @sigstore/verify and its statement matches the files', async () => {
    const dir = await project('ecdsa-p256');
    await run('sign-manifest', ['model-manifest.json'], { key: 'release.pem', bundle: true }, dir);
    const bundle = JSON.parse(readFileSync(join(dir, 'model.sig'), 'utf8'));
    expect(bundle.mediaType).toMatch(/application\/vnd\.dev\.sigstore\.bundle/);
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.predicateType).toBe('https://model_signing/signature/v1.0');
    expect(statement.predicate.resources.map((r: { name: string }) => r.name)).toEqual([
      'models/classifier/README.md',
      'models/classifier/model.pt',
    ]);
    const ok = await signature(dir, { 'public-keys': ['release.pub'] });
    expect(ok.findings ?? []).toEqual([]);
    expect(ok.summary).toMatch(/2 file\(s\) match/);
  });

  it('a changed model file, a tampered payload and a wrong key fail', async () => {
    const dir = await project('ecdsa-p256');
    await run('sign-manifest', ['model-manifest.json'], { key: 'release.pem', bundle: true }, dir);
    appendFileSync(join(dir, 'models/classifier/model.pt'), 'x');
    const changed = await signature(dir, { 'public-keys': ['release.pub'] });
    expect(changed.findings!.map((f) => `${f.ruleId} ${f.location?.path}`)).toEqual([
      'signature.changed models/classifier/model.pt',
    ]);

    const dir2 = await project('ecdsa-p256');
    await run('sign-manifest', ['model-manifest.json'], { key: 'release.pem', bundle: true }, dir2);
    const p = join(dir2, 'model.sig');
    const bundle = JSON.parse(readFileSync(p, 'utf8'));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    statement.predicate.resources[1].digest = 'f'.repeat(64);
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    writeFileSync(p, JSON.stringify(bundle));
    const tampered = await signature(dir2, { 'public-keys': ['release.pub'] });
    expect(tampered.findings!.map((f) => f.ruleId)).toEqual(['signature.invalid']);

    const wrongKey = await signature(dir, { 'public-keys': ['other.pub'] });
    expect(wrongKey.findings!.map((f) => f.ruleId)).toEqual(['signature.invalid']);
  });

  it('a keyless bundle without a configured identity is untrusted', async () => {
    const dir = await project();
    const keyless = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: Buffer.from('not a cert').toString('base64') },
        tlogEntries: [],
      },
      dsseEnvelope: {
        payload: Buffer.from('{}').toString('base64'),
        payloadType: 'application/vnd.in-toto+json',
        signatures: [{ sig: 'AA==', keyid: '' }],
      },
    };
    writeFileSync(join(dir, 'model.sig'), JSON.stringify(keyless));
    const out = await signature(dir, {});
    expect(out.findings!.map((f) => f.ruleId)).toEqual(['signature.untrusted']);
    expect(out.findings![0]!.message).toMatch(/signature.identity/);
  });
});

describe('keyless signing (sign: true)', () => {
  it('signs the model-signing statement through the signer interface and writes the bundle', async () => {
    const dir = await project();
    const calls: { payload: string; type: string }[] = [];
    const signer: KeylessSigner = {
      attest: (payload, type) => {
        calls.push({ payload: payload.toString('utf8'), type });
        return Promise.resolve({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', fake: true } as never);
      },
    };
    const out = await signature(dir, { sign: true }, { keylessSigner: signer });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.type).toBe('application/vnd.in-toto+json');
    expect(JSON.parse(calls[0]!.payload).predicate.resources).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(dir, 'model.sig'), 'utf8')).fake).toBe(true);
    expect(out.summary).toMatch(/signed/);
  });

  it('without an OIDC token it says what permission is missing', async () => {
    const dir = await project();
    const saved = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    try {
      const out = await signature(dir, { sign: true });
      expect(out.outcome).toBe('error');
      expect(out.summary).toMatch(/id-token: write/);
    } finally {
      if (saved !== undefined) process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved;
    }
  });
});

describe('the OIDC token arrives as a service', () => {
  it('keyless signing asks the host for a token (audience sigstore); no service, no signer', async () => {
    const fake: KeylessSigner = { attest: () => Promise.reject(new Error('unused')) };
    expect(keylessSignerFrom({})).toBeUndefined();
    expect(keylessSignerFrom({ keylessSigner: fake, idToken: () => Promise.resolve('t') })).toBe(fake);
    const audiences: string[] = [];
    const signer = keylessSignerFrom({
      idToken: (audience: string) => {
        audiences.push(audience);
        return Promise.reject(new Error('no id-token permission'));
      },
    });
    await expect(signer!.attest(Buffer.from('{}'), 'application/vnd.in-toto+json')).rejects.toThrow(
      'no id-token permission',
    );
    expect(audiences).toEqual(['sigstore']);
  });
});

describe('a check that cannot run', () => {
  it('reports an error outcome naming the problem and lets the other checks run', async () => {
    const dir = await project();
    await run('sign-manifest', ['model-manifest.json'], { key: 'release.pem' }, dir);
    const outputs = await runSupplyChainChecks(
      context(
        dir,
        { signature: 'block', integrity: 'block' },
        { paths: ['models'], signature: { 'public-keys': ['missing.pub'] } },
      ),
    );
    const sig = outputs.find((o) => o.id === 'signature')!;
    expect(sig.outcome).toBe('error');
    expect(sig.summary).toMatch(/missing\.pub/);
    expect(outputs.find((o) => o.id === 'integrity')!.findings).toEqual([]);
  });
});
