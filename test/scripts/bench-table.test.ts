/**
 * The README's benchmark table is the one `scripts/bench-table.mjs` writes from the bench outputs kept in
 * bench/results/ (#20: figures that cannot go stale or be typed by hand).
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('README benchmark table', () => {
  it('is what scripts/bench-table.mjs writes from bench/results/', () => {
    const outputs = readdirSync('bench/results')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join('bench/results', f));
    expect(outputs.length).toBeGreaterThan(0);
    const r = spawnSync(process.execPath, ['scripts/bench-table.mjs', '--check', ...outputs], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
