/** `ml-gates scan` exit codes: findings first (1), clean (0), nothing scanned (3), usage (2). */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import { modelScanGate } from '@ml-gates/model-scan';

const ROOT = join(process.cwd(), 'test/fixtures/model-scan');

async function scan(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env: {}, isTTY: false };
  const code = await main(['scan', ...args], io, [modelScanGate]);
  return { code, out, err };
}

describe('ml-gates scan', () => {
  it('exits 1 on a malicious pickle and reports rule, member and offset in JSON', async () => {
    const r = await scan(['malicious/torch_evil_data_pkl.pt', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      results: {
        checks: { findings: { ruleId: string; location: { member?: string; offset?: number } }[] }[];
        subjects: { path: string; verdict: string; sha256?: string }[];
      }[];
    };
    const gate = report.results[0]!;
    const f = gate.checks.flatMap((c) => c.findings).find((x) => x.ruleId === 'pickle.dangerous-global')!;
    expect(f.location.member).toMatch(/data\.pkl$/);
    expect(typeof f.location.offset).toBe('number');
    expect(gate.subjects).toEqual([
      expect.objectContaining({
        path: 'malicious/torch_evil_data_pkl.pt',
        verdict: 'fail',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
  });
  it('exits 0 on benign models', async () => {
    const r = await scan(['benign/state_dict.pt', 'benign/pipeline_xz.joblib', 'benign/chat.gguf']);
    expect(r.err).not.toContain('error:');
    expect(r.code).toBe(0);
  });
  it('exits 3 when nothing matched', async () => {
    const r = await scan(['no-such-dir/**/*.pt']);
    expect(r.code).toBe(3);
  });
  it('--fail-on critical lets a medium finding pass', async () => {
    expect((await scan(['malicious/unknown_callable.pkl'])).code).toBe(1);
    expect((await scan(['malicious/unknown_callable.pkl', '--fail-on', 'critical'])).code).toBe(0);
  });
  it('writes SARIF with the archive member in the location', async () => {
    const r = await scan(['malicious/zip_path_traversal.zip', '--format', 'sarif']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('archive.path-traversal');
  });
  it('reports a symlink that leaves the scanned tree and keeps scanning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ms-'));
    const outside = mkdtempSync(join(tmpdir(), 'ms-out-'));
    writeFileSync(join(outside, 'evil.pkl'), readFileSync(join(ROOT, 'malicious/reduce_os_system.pkl')));
    symlinkSync(join(outside, 'evil.pkl'), join(dir, 'link.pkl'));
    writeFileSync(join(dir, 'ok.json'), '{"a": 1}');
    const r = await scan(['.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('scan.symlink-outside');
  });
});
