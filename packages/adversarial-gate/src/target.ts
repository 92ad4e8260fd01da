/** Opens the target the options name (exactly one of onnx, endpoint, command). */
import { resolve } from 'node:path';
import { parseArgsStringToArgv } from 'string-argv';
import { toReportPath, UserError } from '@ml-gates/core';
import type { AdversarialOptions } from './options.js';
import { openCommand } from './targets/command.js';
import { checkHttpOptions, openHttp, resolveHeaders, urlSecrets } from './targets/http.js';
import { openOnnx } from './targets/onnx.js';
import type { Target } from './targets/types.js';

/** Splits a command string into argv like a shell would (quotes, escapes) but never runs a shell. */
export function splitCommand(command: string | string[]): string[] {
  if (Array.isArray(command)) return command;
  const argv = parseArgsStringToArgv(command);
  if (argv.length === 0) throw new UserError('input-invalid', 'The command is empty.');
  return argv;
}

/**
 * The mistakes in naming the target that need nothing opened to be found: more than one target (or none, when
 * `whole`: the config alone may leave the target to the action's inputs), an endpoint without kind, a URL that
 * is not one, a REST template that is missing or not JSON, a missing output path. A `UserError` (exit 2 from
 * the gate's preflight, before anything runs).
 */
export function checkTarget(o: Partial<AdversarialOptions>, whole = true): void {
  const given = [o.onnx && 'onnx', o.endpoint && 'endpoint', o.command && 'command'].filter(Boolean);
  if (given.length > 1 || (whole && given.length === 0)) {
    throw new UserError(
      'usage',
      given.length === 0
        ? 'Nothing to attack: set one of onnx, endpoint or command.'
        : `Set only one target; got ${given.join(' and ')}.`,
      {
        details: [
          'onnx: model.onnx | endpoint: https://… with kind openai|kserve|rest | command: ["python", "serve.py"]',
        ],
      },
    );
  }
  if (o.endpoint) {
    if (!o.kind) throw new UserError('usage', 'An endpoint needs kind: openai, kserve or rest.');
    checkHttpOptions({
      url: o.endpoint,
      kind: o.kind,
      ...(o['request-template'] ? { requestTemplate: o['request-template'] } : {}),
      ...(o['output-path'] ? { outputPath: o['output-path'] } : {}),
      llm: isLlmRun(o),
    });
  }
}

export async function openTarget(
  o: AdversarialOptions,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ target: Target; secrets: string[] }> {
  checkTarget(o);
  if (o.onnx) {
    const path = resolve(cwd, o.onnx);
    return {
      target: await openOnnx(path, toReportPath(cwd, path), {
        maxBatch: o['batch-size'],
        ...(o['input-name'] ? { inputName: o['input-name'] } : {}),
        ...(o['output-name'] ? { outputName: o['output-name'] } : {}),
      }),
      secrets: [],
    };
  }
  if (o.endpoint) {
    const { headers, secrets } = resolveHeaders(o.headers ?? {}, env);
    return {
      target: openHttp({
        url: o.endpoint,
        kind: o.kind!,
        headers,
        timeoutMs: o['timeout-ms'],
        concurrency: o.concurrency,
        maxBatch: o['batch-size'],
        retries: o.retries,
        seed: o.seed,
        ...(o['input-name'] ? { inputName: o['input-name'] } : {}),
        ...(o['request-template'] ? { requestTemplate: o['request-template'] } : {}),
        ...(o['output-path'] ? { outputPath: o['output-path'] } : {}),
        ...(o.model ? { model: o.model } : {}),
        llm: isLlmRun(o),
      }),
      // a key in the endpoint's query (`?key=…`) or user info is as secret as one in a header
      secrets: [...secrets, ...urlSecrets(o.endpoint)],
    };
  }
  return {
    target: openCommand(splitCommand(o.command!), { cwd, timeoutMs: o['timeout-ms'], maxBatch: o['batch-size'] }),
    secrets: [],
  };
}

/**
 * Whether the run probes a chat model: `task: llm`, or `auto` with an OpenAI endpoint. Other targets are
 * classifiers unless told; they need `data`.
 */
export function isLlmRun(o: Pick<AdversarialOptions, 'task' | 'kind' | 'onnx'>): boolean {
  if (o.onnx) return false;
  return o.task === 'llm' || ((o.task ?? 'auto') === 'auto' && o.kind === 'openai');
}
