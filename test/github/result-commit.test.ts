/**
 * Which commit the action's results (and so their check runs) are about. On `issue_comment` GITHUB_SHA is the
 * default branch's tip whatever the workflow checked out: the gates read the workspace, so its HEAD is the commit.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resultCommit } from '../../packages/core/src/github/action.js';

const DEFAULT_TIP = 'a'.repeat(40);
const PR_HEAD = 'b'.repeat(40);

function env(dir: string, eventName: string, payload: unknown): NodeJS.ProcessEnv {
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: path, GITHUB_SHA: DEFAULT_TIP };
}

describe('resultCommit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-commit-'));
  const repo = join(dir, 'ws');
  const plain = join(dir, 'plain');
  execFileSync('git', ['init', '-q', repo]);
  execFileSync('git', [
    '-C',
    repo,
    '-c',
    'user.email=t@e',
    '-c',
    'user.name=t',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'x',
  ]);
  const head = execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  mkdirSync(plain);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('issue_comment on a pull request: the checked-out HEAD, not GITHUB_SHA', () => {
    const e = env(dir, 'issue_comment', { issue: { number: 3, pull_request: {} } });
    expect(head).not.toBe(DEFAULT_TIP);
    expect(resultCommit(repo, e)).toBe(head);
  });

  it('issue_comment in a workspace that is not a checkout: GITHUB_SHA (with a warning)', () => {
    const e = env(dir, 'issue_comment', { issue: { number: 3, pull_request: {} } });
    expect(resultCommit(plain, e)).toBe(DEFAULT_TIP);
  });

  it('pull_request: the PR head from the payload (GITHUB_SHA is the merge commit)', () => {
    const e = env(dir, 'pull_request', { pull_request: { number: 3, head: { sha: PR_HEAD } } });
    expect(resultCommit(repo, e)).toBe(PR_HEAD);
  });
});
