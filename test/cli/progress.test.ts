/** The CLI logger: a redrawn bar on an interactive terminal (core's ProgressSink), periodic lines elsewhere. */
import { describe, expect, it } from '@jest/globals';
import { startProgress } from '@ml-gates/core';
import type { CliIo } from '@ml-gates/cli';
import { cliLogger, progressBar } from '../../packages/cli/src/logger.js';

function io(env: NodeJS.ProcessEnv, stderrIsTTY: boolean): CliIo & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => {}, stderr: (t) => void err.push(t), cwd: '.', env, isTTY: false, stderrIsTTY };
}

/** A clock the test moves by hand. */
function clock(): { now: () => number; tick: (ms: number) => void } {
  let t = 0;
  return { now: () => t, tick: (ms) => void (t += ms) };
}

describe('progress in the CLI', () => {
  it('on a TTY: one line redrawn in place (carriage return + clear), ended by a newline when done', () => {
    const t = io({}, true);
    const c = clock();
    const logger = cliLogger(t);
    expect(typeof (logger as { progress?: unknown }).progress).toBe('function');
    const p = startProgress(logger, 'attack square', { total: 200, now: c.now });
    for (let i = 0; i < 200; i++) {
      c.tick(10);
      p.update(1);
    }
    p.done();
    const out = t.err.join('');
    const frames = out.split('\r\u001b[2K').filter(Boolean);
    expect(frames.length).toBeGreaterThan(5); // redrawn, throttled to one frame per 100 ms
    expect(frames.length).toBeLessThan(200);
    expect(out.split('\n')).toHaveLength(2); // a single line, finished once
    expect(frames.at(-1)).toBe(`attack square [${'#'.repeat(24)}] 100%  200/200\n`);
  });

  it('a log line while the bar is shown clears the bar first, so lines never interleave', () => {
    const t = io({}, true);
    const c = clock();
    const logger = cliLogger(t);
    const p = startProgress(logger, 'rows', { total: 10, now: c.now });
    c.tick(200);
    p.update(5);
    logger.warning('slow target');
    expect(t.err.slice(-2)).toEqual(['\r\u001b[2K', 'warning: slow target\n']);
  });

  it('in CI or off a TTY: periodic plain lines, no control characters', () => {
    for (const t of [io({ CI: 'true' }, true), io({}, false), io({ TERM: 'dumb' }, true)]) {
      const c = clock();
      const logger = cliLogger(t);
      expect((logger as { progress?: unknown }).progress).toBeUndefined();
      const p = startProgress(logger, 'bootstrap', { total: 1000, unit: 'resamples', now: c.now });
      for (let i = 0; i < 1000; i++) {
        c.tick(100);
        p.update(1);
      }
      p.done();
      const out = t.err.join('');
      expect(out.includes('\r') || out.includes('\u001b')).toBe(false);
      const lines = out.trim().split('\n');
      expect(lines.length).toBeGreaterThan(10); // every 5 s of a 100 s run
      expect(lines.length).toBeLessThan(30);
      expect(lines.at(-1)).toBe('bootstrap: 1,000/1,000 resamples (100%)');
    }
  });

  it('progressBar clamps and handles an unknown total', () => {
    expect(progressBar('x', 5, 10)).toBe(`x [${'#'.repeat(12)}${'.'.repeat(12)}]  50%  5/10`);
    expect(progressBar('x', 15, 10)).toContain('100%');
    expect(progressBar('x', 1234, undefined)).toBe('x: 1,234');
  });
});
