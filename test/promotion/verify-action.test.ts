import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '@ml-gates/cli';
import { GATES, io, workspace } from './helpers.js';
import { githubToken, startSigstoreEmulator } from './sigstore-emulator.js';

/**
 * The verify action's entry (actions/verify/index.ts) run in-process, as the runner would: inputs from
 * INPUT_* variables, outputs and the job summary written to the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
}

async function runVerifyAction(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'mlg-verify-action-'));
  const output = join(files, 'output');
  const summary = join(files, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  Object.assign(process.env, env);
  process.env.GITHUB_OUTPUT = output;
  process.env.GITHUB_STEP_SUMMARY = summary;
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  process.exitCode = 0;
  try {
    jest.resetModules();
    await import('../../actions/verify/index.js');
  } finally {
    write.mockRestore();
    process.env = saved;
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { exitCode, outputs, summary: readFileSync(summary, 'utf8'), stdout };
}

describe('the verify action', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workspace();
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
    const a = io(dir);
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], a)).toBe(0);
  });

  it('passes on the attested files with an inline public key and the deploy policy: outputs and job summary', async () => {
    const run = await runVerifyAction({
      path: 'model\neval',
      attestation: 'att.json',
      'public-key': readFileSync(join(dir, 'signing.pub'), 'utf8'),
      config: 'ml-gates.yml',
      'working-directory': dir,
    });
    expect(run.outputs).toMatchObject({ verified: 'true', reason: '', verdict: 'pass' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/\*\*Verified\*\*: 2 file\(s\) match/);
    expect(run.summary).toMatch(/\| model-scan \| pass \|/);
  });

  it('fails with the reason (exit 1, output reason, job summary) when a model byte changed', async () => {
    const model = join(dir, 'model/model.safetensors');
    const original = readFileSync(model);
    const bytes = Buffer.from(original);
    bytes[0] = bytes[0]! ^ 0x01;
    writeFileSync(model, bytes);
    try {
      const run = await runVerifyAction({
        path: 'model',
        attestation: 'att.json',
        'public-key': 'signing.pub',
        'working-directory': dir,
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.verified).toBe('false');
      expect(run.outputs.reason).toMatch(/^model\/model\.safetensors: sha256 .* does not match the attested/);
      expect(run.summary).toMatch(/\*\*Not verified\*\*: model\/model\.safetensors/);
      expect(run.stdout).toMatch(/::error::verify: model\/model\.safetensors/);
    } finally {
      writeFileSync(model, original);
    }
  });

  it('the commit input: an attestation about another commit is refused', async () => {
    const inputs = { path: 'model', attestation: 'att.json', 'public-key': 'signing.pub', 'working-directory': dir };
    const other = await runVerifyAction({ ...inputs, commit: 'b'.repeat(40) });
    expect(other.exitCode).toBe(1);
    expect(other.outputs.reason).toMatch(/about commit .*, expected b{40}/);
  });

  it('with a config, every gate it enables must have an attested result (a promotion that skipped one fails)', async () => {
    const scanOnly = workspace('');
    writeFileSync(
      join(scanOnly, 'scan-only.yml'),
      GATES.replace('performance-gate:\n', 'performance-gate:\n    enabled: false\n'),
    );
    const a = io(scanOnly);
    expect(await main(['run', '--config', 'scan-only.yml', '--out', 'reports'], a)).toBe(0);
    expect(
      await main(
        ['attest', '--reports', 'reports', '--config', 'scan-only.yml', '--key', 'signing.pem', '--out', 'att.json'],
        io(scanOnly),
      ),
    ).toBe(0);
    const inputs = {
      path: 'model',
      attestation: 'att.json',
      'public-key': 'signing.pub',
      'working-directory': scanOnly,
    };
    expect((await runVerifyAction({ ...inputs, config: 'scan-only.yml' })).exitCode).toBe(0);
    const all = await runVerifyAction({ ...inputs, config: 'ml-gates.yml' });
    expect(all.exitCode).toBe(1);
    expect(all.outputs.reason).toMatch(/no attested result for performance-gate, enabled in ml-gates\.yml/);
  });

  it('a key-signed attestation is refused when no public-key is given (keyless would expect this repository)', async () => {
    const run = await runVerifyAction({ path: 'model', attestation: 'att.json', 'working-directory': dir });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.reason).toMatch(/signed with a key, but no public key/);
  });
});

describe('the verify action on a keyless attestation', () => {
  it('checks the signer against this repository by default, and the workflow and ref inputs', async () => {
    const emu = await startSigstoreEmulator();
    try {
      const dir = workspace();
      expect(await main(['run', '--out', 'reports'], io(dir))).toBe(0);
      process.env.SIGSTORE_ID_TOKEN = githubToken({
        repository: 'acme/models',
        ref: 'refs/heads/main',
        sha: 'b'.repeat(40),
        job_workflow_ref: 'acme/models/.github/workflows/promote.yml@refs/heads/main',
        run_id: '7',
      });
      const args = ['attest', '--reports', 'reports', '--keyless', '--fulcio-url', emu.url, '--rekor-url', emu.url];
      try {
        expect(await main([...args, '--out', 'att.json'], io(dir))).toBe(0);
      } finally {
        delete process.env.SIGSTORE_ID_TOKEN;
      }
      writeFileSync(join(dir, 'root.json'), JSON.stringify(emu.trustedRoot));
      const inputs = {
        path: 'model',
        attestation: 'att.json',
        'trusted-root': 'root.json',
        workflow: '.github/workflows/promote.yml',
        ref: 'refs/heads/main',
        'working-directory': dir,
      };
      const ok = await runVerifyAction(inputs, { GITHUB_REPOSITORY: 'acme/models' });
      expect(ok.outputs).toMatchObject({ verified: 'true', verdict: 'pass' });
      expect(ok.summary).toMatch(
        /Signed by: https:\/\/github\.com\/acme\/models\/\.github\/workflows\/promote\.yml@refs\/heads\/main/,
      );
      const fork = await runVerifyAction(inputs, { GITHUB_REPOSITORY: 'evil/fork' });
      expect(fork.exitCode).toBe(1);
      expect(fork.outputs.reason).toBe('signer: signed in repository acme/models, expected evil/fork');
      const loose = await runVerifyAction({ ...inputs, ref: '' }, { GITHUB_REPOSITORY: 'acme/models' });
      expect(loose.exitCode).toBe(0);
      expect(loose.stdout).toMatch(/::warning::Any workflow of acme\/models on any ref could have signed/);
    } finally {
      await emu.close();
    }
  });
});
