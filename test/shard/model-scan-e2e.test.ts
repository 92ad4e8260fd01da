/**
 * model-scan sharded then merged equals unsharded, exactly, on its fixtures (issue #19's "done when").
 * model-scan selects its shard's files (`selectShard(fileWorkItems(files), ctx.shard)`) and returns
 * `GateOutput.shard`; shard 1 also runs the whole-tree supply-chain checks.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';
import { UNSHARDED_PLAN, type GateResult, type RunReport } from '@ml-gates/core';
import { modelScanGate } from '@ml-gates/model-scan';

const ROOT = join(process.cwd(), 'test/fixtures/model-scan');
const PATHS = ['benign', 'malicious', 'hostile', 'chat-templates'];

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => void (err += t),
    cwd: ROOT,
    env: { CI: 'true', GITHUB_SHA: 'c'.repeat(40) },
    isTTY: false,
  };
  return { code: await main(args, io, [modelScanGate]), err };
}

const read = (dir: string): GateResult =>
  (JSON.parse(readFileSync(join(dir, 'ml-gates.json'), 'utf8')) as RunReport).results[0]!;

function essence(r: GateResult) {
  return {
    verdict: r.verdict,
    checks: [...r.checks]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((c) => ({
        id: c.id,
        verdict: c.verdict,
        notRun: c.notRun,
        findings: c.findings
          .map((f) => JSON.stringify([f.location, f.ruleId, f.severity, f.message, f.waived ?? null]))
          .sort(),
      })),
    // Per-file timings differ from run to run.
    subjects: r.subjects.map((s) => JSON.stringify({ ...s, details: { ...s.details, durationMs: 0 } })).sort(),
    waivers: r.waivers,
  };
}

describe('model-scan: sharded then merged equals unsharded', () => {
  const wholeDir = mkdtempSync(join(tmpdir(), 'mlg-scan-whole-'));
  let whole: GateResult;
  let wholeCode: number;

  it('the unsharded scan', async () => {
    wholeCode = (await cli(['scan', ...PATHS, '--out', wholeDir])).code;
    whole = read(wholeDir);
    expect(whole.subjects.length).toBeGreaterThan(20);
  });

  it.each([1, 2, 3])('%i shard(s)', async (count) => {
    const dirs: string[] = [];
    let items = 0;
    for (let i = 1; i <= count; i++) {
      const dir = mkdtempSync(join(tmpdir(), `mlg-scan-${i}of${count}-`));
      dirs.push(dir);
      await cli(['scan', ...PATHS, '--shard', `${i}/${count}`, '--out', dir]);
      const partial = read(dir);
      // Really sharded (model-scan's hook): a plan digest, and each shard only its own files.
      expect(partial.shard?.plan).not.toBe(UNSHARDED_PLAN);
      expect(partial.shard?.plan).toMatch(/^[0-9a-f]{64}$/);
      items += partial.shard!.items;
    }
    expect(items).toBe(whole.subjects.length);
    const out = mkdtempSync(join(tmpdir(), `mlg-scan-merged-${count}-`));
    const merged = await cli(['merge', ...dirs, '--out', out]);
    expect(merged.code).toBe(wholeCode);
    expect(essence(read(out))).toEqual(essence(whole));
  });
});
