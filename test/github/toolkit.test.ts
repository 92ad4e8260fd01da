/**
 * Start-up (#20 item 3): the action runtime writes its workflow commands, outputs and job summary through
 * core/github/toolkit.ts (without loading @actions/core's entry and its HTTP client). The bytes must be exactly
 * those @actions/core writes.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as actionsCore from '@actions/core';
import * as toolkit from '../../packages/core/src/github/toolkit.js';

type Api = Pick<typeof toolkit, 'debug' | 'info' | 'warning' | 'error' | 'setFailed' | 'setSecret' | 'setOutput'>;

let dir: string;
const saved = { ...process.env };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlg-toolkit-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.env = { ...saved };
  process.exitCode = undefined;
});

/** What `fn` writes to stdout and to GITHUB_OUTPUT (file-command delimiters are random: normalised). */
async function capture(fn: () => unknown, output: boolean): Promise<{ stdout: string; file: string }> {
  const file = join(dir, 'output.txt');
  writeFileSync(file, '');
  if (output) process.env.GITHUB_OUTPUT = file;
  else delete process.env.GITHUB_OUTPUT;
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((c: string | Uint8Array) => (chunks.push(String(c)), true)) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_X');
  return { stdout: norm(chunks.join('')), file: norm(readFileSync(file, 'utf8')) };
}

const script = (api: Api) => () => {
  api.debug('a debug line: 100%\nsecond line');
  api.info('plain info, with ::colons:: and %');
  api.warning('a warning\r\nover lines');
  api.error('an error: 50% done');
  api.setSecret('s3cr3t');
  api.setOutput('verdict', 'pass');
  api.setOutput('metrics', '{"a":1}\nline two');
  api.setFailed('model-scan: fail — 2 findings');
};

describe('the action toolkit writes what @actions/core writes', () => {
  it.each([true, false])('log commands and outputs (GITHUB_OUTPUT set: %s)', async (output) => {
    const ours = await capture(script(toolkit), output);
    const oursExit = process.exitCode;
    process.exitCode = undefined;
    const theirs = await capture(script(actionsCore), output);
    expect(ours).toEqual(theirs);
    expect(oursExit).toBe(process.exitCode);
    expect(ours.stdout).toContain('::error::model-scan: fail');
  });

  it('groups, also around a failure', async () => {
    const run = (api: Pick<typeof toolkit, 'group' | 'info'>) => async () => {
      await api.group('Model scan', async () => api.info('inside'));
      await expect(api.group('Broken', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    };
    expect(await capture(run(toolkit), false)).toEqual(await capture(run(actionsCore), false));
  });

  it('reads inputs as core.getInput does', () => {
    process.env['INPUT_FAIL-ON'] = '  high \n';
    process.env.INPUT_MY_INPUT = 'x';
    for (const name of ['fail-on', 'my input', 'unset-input']) {
      expect(toolkit.getInput(name)).toBe(actionsCore.getInput(name));
    }
  });

  it('writes the job summary with the same summary object', async () => {
    expect(toolkit.summary).toBe(actionsCore.summary);
    const file = join(dir, 'summary.md');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    await toolkit.summary.addRaw('## ✅ pass').write();
    expect(readFileSync(file, 'utf8')).toBe('## ✅ pass');
    toolkit.summary.emptyBuffer();
  });
});
