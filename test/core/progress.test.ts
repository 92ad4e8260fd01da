import { describe, expect, it } from '@jest/globals';
import { formatProgress, memoryLogger, startProgress, type ProgressSink } from '@ml-gates/core';

describe('startProgress', () => {
  it('prints at most one line per interval in logs, and always the final count', () => {
    let t = 0;
    const logger = memoryLogger();
    const p = startProgress(logger, 'bootstrap', { total: 1000, unit: 'resamples', intervalMs: 5000, now: () => t });
    for (let i = 0; i < 1000; i++) {
      t += 20; // 20 s in all: 4 periodic lines
      p.update();
    }
    p.done();
    p.done();
    expect(logger.lines).toEqual([
      'info: bootstrap: 250/1,000 resamples (25%)',
      'info: bootstrap: 500/1,000 resamples (50%)',
      'info: bootstrap: 750/1,000 resamples (75%)',
      'info: bootstrap: 1,000/1,000 resamples (100%)',
      'info: bootstrap: 1,000/1,000 resamples (100%)',
    ]);
  });

  it('hands updates to a logger that draws bars, throttled to its own interval', () => {
    let t = 0;
    const calls: Array<[number, boolean]> = [];
    const logger = Object.assign(memoryLogger(), {
      progress: (_l: string, done: number, _t: number | undefined, final: boolean) => calls.push([done, final]),
    } satisfies ProgressSink);
    const p = startProgress(logger, 'scan', { now: () => t });
    for (let i = 0; i < 10; i++) {
      t += 50;
      p.update(10);
    }
    p.done();
    expect(calls).toEqual([
      [20, false],
      [40, false],
      [60, false],
      [80, false],
      [100, false],
      [100, true],
    ]);
    expect(logger.lines).toEqual([]);
  });

  it('formats counts without a total', () => {
    expect(formatProgress('rows', 1234567, undefined, 'rows')).toBe('rows: 1,234,567 rows');
  });
});
