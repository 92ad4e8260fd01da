/**
 * Runs a bundled action (`dist/<name>/index.js`) as its own Node process, the way the runner does:
 * `INPUT_*` variables, `GITHUB_EVENT_PATH` with a real webhook payload, `GITHUB_OUTPUT`,
 * `GITHUB_STEP_SUMMARY`, `GITHUB_API_URL` pointing at the emulator.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
/** Node 24, the runtime the actions declare (`runs.using: node24`). */
export const NODE = join(ROOT, 'node_modules', '.bin', 'node');

type Obj = Record<string, unknown>;

interface WebhookExamples {
  name: string;
  examples: Obj[];
}

/** A real webhook payload from `@octokit/webhooks-examples` (deep copy). */
export function webhookExample(event: string, action?: string): Obj {
  const require = createRequire(import.meta.url);
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];
  const group = all.find((e) => e.name === event);
  const ex = group?.examples.find((e) => action === undefined || e.action === action);
  if (!ex) throw new Error(`no ${event}${action ? `.${action}` : ''} example`);
  return structuredClone(ex);
}

export interface GateRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

export interface RunOptions {
  apiUrl: string;
  token: string;
  eventName: string;
  payload: Obj;
  repository: string;
  sha: string;
  workspace: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  ref?: string;
  runId?: number;
}

/** Parses the `GITHUB_OUTPUT` file (`name<<delimiter` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

export function bundlePath(name: string): string {
  return join(process.env.ML_GATES_DIST ?? join(ROOT, 'dist'), name, 'index.js');
}

export function hasBundle(name: string): boolean {
  return existsSync(bundlePath(name));
}

export async function runBundle(name: string, o: RunOptions): Promise<GateRun> {
  const dir = await mkdtemp(join(tmpdir(), `ml-gates-e2e-${name}-`));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(o.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const inputs = Object.fromEntries(
    Object.entries({ token: o.token, ...(o.inputs ?? {}) }).map(([k, v]) => [
      `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
      v,
    ]),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: o.repository,
    GITHUB_REPOSITORY_OWNER: o.repository.split('/')[0]!,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref ?? 'refs/pull/2/merge',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_RUN_ID: String(o.runId ?? 4242),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW_REF: `${o.repository}/.github/workflows/ml.yml@refs/heads/master`,
    GITHUB_ACTOR: 'Codertocat',
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    ...inputs,
    ...(o.env ?? {}),
  };
  return new Promise<GateRun>((resolvePromise, reject) => {
    const child = spawn(NODE, [bundlePath(name)], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      void (async () => {
        resolvePromise({
          code: code ?? -1,
          stdout,
          stderr,
          outputs: parseOutputs(await readFile(outputPath, 'utf8')),
          summary: await readFile(summaryPath, 'utf8'),
          workspace: o.workspace,
        });
      })().catch(reject);
    });
  });
}
