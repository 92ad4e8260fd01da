import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext } from '../../packages/core/src/github/context.js';
import { webhookExample } from './harness.js';

async function contextFor(eventName: string, payload: Record<string, unknown>, env: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'ml-gates-ctx-'));
  const path = join(dir, 'event.json');
  await writeFile(path, JSON.stringify(payload));
  return readRunContext({
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '77',
    GITHUB_WORKFLOW_REF: 'Codertocat/Hello-World/.github/workflows/ml.yml@refs/heads/master',
    ...env,
  });
}

describe('run context from real webhook payloads', () => {
  it('an event payload that cannot be read is a clear error, never an empty event', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ml-gates-ctx-'));
    const path = join(dir, 'event.json');
    await writeFile(path, '{"pull_request": ');
    expect(() =>
      readRunContext({
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path,
      }),
    ).toThrow(/Cannot read the event payload .*event\.json/);
  });

  it('workflow_run: the triggering run’s head and same-repository pull request, never GITHUB_SHA', async () => {
    const p = webhookExample('workflow_run', 'completed') as {
      workflow_run: {
        event: string;
        head_sha: string;
        pull_requests: unknown[];
        head_repository: { full_name: string };
      };
    };
    const head = 'a'.repeat(40);
    p.workflow_run.event = 'pull_request';
    p.workflow_run.head_sha = head;
    p.workflow_run.head_repository.full_name = 'Codertocat/Hello-World';
    p.workflow_run.pull_requests = [{ number: 9, head: { sha: head, ref: 'x' }, base: { ref: 'master' } }];
    let ctx = (await contextFor('workflow_run', p as never))!;
    expect([ctx.headSha, ctx.pullNumber, ctx.fromFork]).toEqual([head, 9, false]);
    // A fork's run: no pull request in the payload, the head still the run's.
    p.workflow_run.pull_requests = [];
    p.workflow_run.head_repository.full_name = 'mallory/Hello-World';
    ctx = (await contextFor('workflow_run', p as never))!;
    expect([ctx.headSha, ctx.pullNumber, ctx.fromFork]).toEqual([head, undefined, true]);
  });

  it('pull_request: the PR head (not the merge commit), its number, not a fork', async () => {
    const p = webhookExample('pull_request', 'synchronize') as { pull_request: { head: { sha: string } } };
    const ctx = (await contextFor('pull_request', p as never))!;
    expect(ctx.headSha).toBe(p.pull_request.head.sha);
    expect(ctx.pullNumber).toBe(2);
    expect(ctx.fromFork).toBe(false);
    expect(ctx.defaultBranch).toBe('master');
    expect(ctx.workflowFile).toBe('ml.yml');
    expect(ctx.runUrl).toBe('https://github.com/Codertocat/Hello-World/actions/runs/77');
  });

  it('pull_request from a fork is recognised', async () => {
    const p = webhookExample('pull_request', 'opened') as { pull_request: { head: { repo: { full_name: string } } } };
    p.pull_request.head.repo.full_name = 'mallory/Hello-World';
    expect((await contextFor('pull_request', p as never))!.fromFork).toBe(true);
  });

  it('pull_request_review: the reviewed PR and its head', async () => {
    const p = webhookExample('pull_request_review', 'submitted') as {
      pull_request: { number: number; head: { sha: string } };
    };
    const ctx = (await contextFor('pull_request_review', p as never))!;
    expect(ctx.pullNumber).toBe(p.pull_request.number);
    expect(ctx.headSha).toBe(p.pull_request.head.sha);
  });

  it('issue_comment: a PR number only when the issue is a pull request', async () => {
    const p = webhookExample('issue_comment', 'created') as { issue: { number: number; pull_request?: unknown } };
    expect((await contextFor('issue_comment', p as never))!.pullNumber).toBeUndefined();
    p.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/1' };
    const ctx = (await contextFor('issue_comment', p as never))!;
    expect(ctx.pullNumber).toBe(p.issue.number);
    // No head in the payload: GITHUB_SHA until publishing looks the PR up.
    expect(ctx.headSha).toBe('f'.repeat(40));
  });

  it('push: GITHUB_SHA and no PR; outside Actions: nothing', async () => {
    const ctx = (await contextFor('push', webhookExample('push'), { GITHUB_REF: 'refs/heads/master' }))!;
    expect(ctx.pullNumber).toBeUndefined();
    expect(ctx.headSha).toBe('f'.repeat(40));
    expect(ctx.ref).toBe('refs/heads/master');
    expect(readRunContext({})).toBeUndefined();
  });
});
