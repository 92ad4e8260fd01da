import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError, partialsFromJson, readPartialReports, toRunReport, type GateResult } from '@ml-gates/core';

const result = (gate: string, index: number): GateResult =>
  ({
    schemaVersion: '1.0',
    gate,
    version: '1.0.0',
    verdict: 'pass',
    headline: '',
    checks: [],
    subjects: [],
    waivers: [],
    errors: [],
    timings: { startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:01Z', durationMs: 1000 },
    tool: { name: 'ml-gates', version: '1.0.0', rulesets: {} },
    shard: { index, count: 2, plan: 'p', items: 1 },
  }) as GateResult;

describe('reading partial reports', () => {
  it('reads a gate result or a run report, naming each result by file', () => {
    expect(partialsFromJson('a.json', JSON.stringify(result('model-scan', 1)))).toEqual([
      { source: 'a.json', result: result('model-scan', 1) },
    ]);
    const run = toRunReport([result('data-gate', 1), result('model-scan', 1)]);
    expect(partialsFromJson('b/ml-gates.json', JSON.stringify(run)).map((p) => p.source)).toEqual([
      'b/ml-gates.json#results[0]',
      'b/ml-gates.json#results[1]',
    ]);
  });

  it('refuses what is not a report, naming the file', () => {
    for (const [text, message] of [
      ['{', /x\.json: not JSON/],
      ['{"hello": 1}', /x\.json: not an ml-gates JSON report/],
      ['{"results": [{"gate": 3}]}', /x\.json: not an ml-gates JSON report/],
    ] as const) {
      let error: unknown;
      try {
        partialsFromJson('x.json', text);
      } catch (e) {
        error = e;
      }
      expect(isUserError(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('searches folders recursively (one folder per downloaded artifact), ml-gates.json alone where present', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlg-read-'));
    for (const i of [1, 2]) {
      const dir = join(root, 'partials', `ml-gates-shard-${i - 1}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'ml-gates.json'), JSON.stringify(toRunReport([result('model-scan', i)])));
      writeFileSync(join(dir, 'model-scan.json'), JSON.stringify(result('model-scan', i))); // the same result again
    }
    mkdirSync(join(root, 'loose'));
    writeFileSync(join(root, 'loose', 'data-gate.json'), JSON.stringify(result('data-gate', 1)));
    writeFileSync(join(root, 'loose', 'notes.txt'), 'not a report');
    const partials = await readPartialReports(['partials', 'loose'], root);
    expect(partials.map((p) => p.source)).toEqual([
      'partials/ml-gates-shard-0/ml-gates.json#results[0]',
      'partials/ml-gates-shard-1/ml-gates.json#results[0]',
      'loose/data-gate.json',
    ]);
    await expect(readPartialReports(['nowhere'], root)).rejects.toThrow(/nowhere: cannot read \(ENOENT\)/);
    mkdirSync(join(root, 'empty'));
    await expect(readPartialReports(['empty'], root)).rejects.toThrow(/holds no JSON report/);
  });
});
