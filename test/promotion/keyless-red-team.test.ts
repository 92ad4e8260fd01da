/**
 * Keyless attestations that must not verify: trust material that had expired when the bundle was signed
 * (Fulcio CA, Rekor key, CT log key), and an attestation signed by the expected workflow but about another
 * commit (`--commit`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateResult } from '@ml-gates/core';
import {
  buildPromotionStatement,
  signStatementKeyless,
  verifyPromotion,
  type VerifyOptions,
} from '@ml-gates/promotion';
import { githubToken, startSigstoreEmulator, type SigstoreEmulator } from './sigstore-emulator.js';

const SHA = 'a'.repeat(40);
let emu: SigstoreEmulator;
let dir: string;
beforeAll(async () => {
  emu = await startSigstoreEmulator();
  dir = mkdtempSync(join(tmpdir(), 'mlg-keyless-rt-'));
  mkdirSync(join(dir, 'model'));
  writeFileSync(join(dir, 'model/m.bin'), 'weights');
  const result = {
    gate: 'model-scan',
    verdict: 'pass',
    headline: 'ok',
    checks: [],
    subjects: [{ path: 'model/m.bin', verdict: 'pass' }],
    details: {},
  } as unknown as GateResult;
  const statement = await buildPromotionStatement({ results: [result], cwd: dir, commit: SHA });
  const bundle = await signStatementKeyless(statement, {
    idToken: (aud) =>
      Promise.resolve(
        githubToken(
          {
            repository: 'acme/models',
            ref: 'refs/heads/main',
            sha: SHA,
            job_workflow_ref: 'acme/models/.github/workflows/promote.yml@refs/heads/main',
            run_id: '1',
          },
          aud,
        ),
      ),
    fulcioURL: emu.url,
    rekorURL: emu.url,
  });
  writeFileSync(join(dir, 'att.json'), JSON.stringify(bundle));
});
afterAll(() => emu.close());

const base = (trustedRoot: unknown = emu.trustedRoot): VerifyOptions => ({
  paths: ['model'],
  cwd: dir,
  attestation: 'att.json',
  keys: [],
  trustedRoot,
  expect: { repository: 'acme/models', ref: 'refs/heads/main' },
});

describe('keyless verify fails closed', () => {
  it('passes with current trust material and the right commit', async () => {
    const out = await verifyPromotion({ ...base(), expect: { ...base().expect, commit: SHA } });
    expect(out.ok ? 'ok' : out.reason).toBe('ok');
  });

  const expired = (part: 'certificateAuthorities' | 'tlogs' | 'ctlogs') => {
    const root = JSON.parse(JSON.stringify(emu.trustedRoot)) as Record<string, Record<string, unknown>[]>;
    const end = new Date(Date.now() - 30 * 60_000).toISOString();
    for (const entry of root[part]!) {
      const holder = (part === 'certificateAuthorities' ? entry : entry.publicKey) as { validFor: { end?: string } };
      holder.validFor.end = end;
    }
    return root;
  };

  it.each([
    ['certificateAuthorities', /certificate chain/],
    ['tlogs', /inclusion promise/],
    ['ctlogs', /SCT/],
  ] as const)('trust material (%s) that had expired before the signature is refused', async (part, why) => {
    const out = await verifyPromotion(base(expired(part)));
    expect(out.ok).toBe(false);
    expect(!out.ok && out.reason).toMatch(/^signature: keyless verification failed: /);
    expect(!out.ok && out.reason).toMatch(why);
  });

  it('the expected signer, but an attestation about another commit', async () => {
    const out = await verifyPromotion({ ...base(), expect: { ...base().expect, commit: 'b'.repeat(40) } });
    expect(!out.ok && out.reason).toMatch(/^attestation: the attestation is about commit a{40}, expected b{40}/);
  });
});
