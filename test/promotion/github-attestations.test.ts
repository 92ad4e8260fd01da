import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { createClient } from '../../packages/core/src/github/client.js';
import { uploadAttestation } from '../../packages/core/src/github/attestations.js';
import { UserError } from '@ml-gates/core';
import { signStatement, type InTotoStatement } from '@ml-gates/promotion';
import { startEmulator, type Emulator } from '../github/emulator.js';

/**
 * GitHub's artifact attestations API (`POST /repos/{owner}/{repo}/attestations`, body `{ bundle }`), against the
 * project's GitHub emulator: requests and responses are validated against GitHub's OpenAPI description; the
 * route itself is added here (the emulator answers 501 for operations it does not implement).
 */
const quiet = { warning: () => undefined, debug: () => undefined };
let emu: Emulator;
const stored: unknown[] = [];

beforeAll(async () => {
  emu = await startEmulator();
  emu.state.addRepo('acme/models');
  emu.state.addToken('ghs_ok', { login: 'github-actions[bot]', type: 'Bot' });
  emu.state.addToken('ghs_ro', { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
  emu.route('POST', '/repos/{owner}/{repo}/attestations', (ctx) => {
    ctx.repo();
    stored.push(ctx.body?.bundle);
    return { status: 201, body: { id: stored.length } };
  });
});
afterAll(() => emu.close());

const statement: InTotoStatement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'model/m.bin', digest: { sha256: 'a'.repeat(64) } }],
  predicateType: 'https://ml-gates.dev/attestation/promotion/v1',
  predicate: { version: 1, tool: { name: 'ml-gates', version: '1.0.0' }, verdict: 'pass', gates: [] },
};
const bundle = signStatement(statement, generateKeyPairSync('ed25519').privateKey) as unknown as Record<
  string,
  unknown
>;
const client = (token: string) => createClient({ token, baseUrl: emu.url, logger: quiet, retries: 0, throttle: false });

describe('GitHub artifact attestations upload', () => {
  it("POSTs {bundle} and returns the attestation id; the request matches GitHub's description", async () => {
    expect(await uploadAttestation(client('ghs_ok'), { owner: 'acme', repo: 'models', bundle })).toBe(1);
    expect(stored[0]).toEqual(bundle);
    expect(emu.state.violations).toEqual([]);
    expect(emu.state.unimplemented).toEqual([]);
  });

  it('a read-only token is a user error naming the attestations: write permission', async () => {
    const err = await uploadAttestation(client('ghs_ro'), { owner: 'acme', repo: 'models', bundle }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/refused the attestation upload \(HTTP 403\)/);
    expect((err as UserError).details.join('\n')).toMatch(/attestations: write/);
  });

  it('refuses what is not a DSSE Sigstore bundle before calling GitHub', async () => {
    const before = emu.state.requests.length;
    await expect(
      uploadAttestation(client('ghs_ok'), { owner: 'acme', repo: 'models', bundle: { mediaType: 'x' } }),
    ).rejects.toThrow(/not a Sigstore bundle/);
    expect(emu.state.requests.length).toBe(before);
  });
});

describe('ml-gates attest --github-upload', () => {
  it('stores the signed bundle it wrote with the attestations API, and refuses before signing without a token', async () => {
    const { main } = await import('@ml-gates/cli');
    const { io, workspace } = await import('./helpers.js');
    const { existsSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = workspace();
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
    const args = ['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json', '--github-upload'];

    const none = io(dir, { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/models' });
    expect(await main(args, none)).toBe(2);
    expect(none.err).toContain('--github-upload runs on GitHub Actions');
    expect(existsSync(join(dir, 'att.json'))).toBe(false); // nothing signed

    const before = stored.length;
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: 'ghs_ok',
      GITHUB_REPOSITORY: 'acme/models',
      GITHUB_API_URL: emu.url,
    };
    const t = io(dir, env);
    expect(await main(args, t)).toBe(0);
    expect(t.out).toMatch(/attestation \d+/);
    expect(stored.length).toBe(before + 1);
    expect(stored.at(-1)).toEqual(JSON.parse(readFileSync(join(dir, 'att.json'), 'utf8')));
  }, 60_000);
});
