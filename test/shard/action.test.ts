/**
 * The actions on a job matrix (#19): the model-scan action with input `shard` writes a partial report, is not
 * published and does not fail on findings; the all-in-one action with input `merge` joins the partials into
 * the verdict and findings an unsharded run of the same action gives, and fails the step like it.
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GateResult, RunReport } from '@ml-gates/core';
import { hasBundle, runBundle, type GateRun } from '../github/harness.js';

const FIXTURES = join(process.cwd(), 'test/fixtures/model-scan');
const SHA = 'd'.repeat(40);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-shard-action-'));
  for (const sub of ['benign', 'malicious']) cpSync(join(FIXTURES, sub), join(dir, 'models', sub), { recursive: true });
  return dir;
}

async function run(bundle: string, ws: string, inputs: Record<string, string>): Promise<GateRun> {
  return runBundle(bundle, {
    // Nothing is published: an unreachable API would only cost retries.
    apiUrl: 'http://127.0.0.1:9',
    token: 'ghs_unused',
    eventName: 'push',
    payload: {},
    repository: 'acme/models',
    sha: SHA,
    ref: 'refs/heads/main',
    workspace: ws,
    inputs: { 'check-run': 'false', comment: 'false', 'upload-artifact': 'false', ...inputs },
  });
}

const result = (ws: string, dir: string): GateResult =>
  (JSON.parse(readFileSync(join(ws, dir, 'ml-gates.json'), 'utf8')) as RunReport).results[0]!;

const findings = (r: GateResult): string[] =>
  r.checks
    .flatMap((c) => c.findings.map((f) => `${c.id} ${f.ruleId} ${f.location?.path ?? ''} ${f.location?.offset ?? ''}`))
    .sort();

describe('sharded action runs (the committed bundles)', () => {
  it('the bundles are there', () => {
    expect(hasBundle('model-scan') && hasBundle('ml-gates')).toBe(true);
  });

  it('shard i/N partial reports, merged by the all-in-one action, equal the unsharded run', async () => {
    const ws = workspace();
    const whole = await run('model-scan', ws, { path: 'models', 'report-dir': 'whole' });
    expect(whole.code).toBe(1);
    const shards: GateRun[] = [];
    for (const i of [1, 2])
      shards.push(await run('model-scan', ws, { path: 'models', shard: `${i}/2`, 'report-dir': `part/${i}` }));
    for (const s of shards) {
      expect(s.code).toBe(0); // a partial result is judged by the merge
      expect(s.stdout).toContain('Partial result of a sharded run');
    }
    const parts = [1, 2].map((i) => result(ws, `part/${i}`));
    expect(parts.map((p) => p.shard?.index)).toEqual([1, 2]);
    expect(parts.every((p) => p.subjects.length > 0)).toBe(true);

    const merged = await run('ml-gates', ws, { merge: 'part', 'report-dir': 'merged' });
    expect(merged.code).toBe(1);
    expect(merged.outputs.verdict).toBe(whole.outputs.verdict);
    const m = result(ws, 'merged');
    expect(m.shard).toBeUndefined();
    expect(findings(m)).toEqual(findings(result(ws, 'whole')));
  }, 120_000);

  it('a missing shard is refused, naming what is missing (exit 2)', async () => {
    const ws = workspace();
    await run('model-scan', ws, { path: 'models', shard: '1/2', 'report-dir': 'part/1' });
    const merged = await run('ml-gates', ws, { merge: 'part', 'report-dir': 'merged' });
    expect(merged.code).toBe(2);
    expect(merged.stdout).toMatch(/shard/i);
  }, 60_000);

  it('shard and merge together are a usage error', async () => {
    const ws = workspace();
    const r = await run('ml-gates', ws, { shard: '1/2', merge: 'part' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('exclude each other');
  }, 60_000);
});
