/**
 * A user command as a target: started once (argv array, no shell), fed JSON Lines on stdin (one input per
 * line), answering one prediction per line on stdout, in order. A process that dies or stops answering is
 * reported (`crash`/`timeout`) and restarted for the next batch, a bounded number of times.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UserError } from '@ml-gates/core';
import { parseLoose, stringifyLoose } from './json-lines.js';
import { isChunk } from './streams.js';
import { toRawOutput, type Answer, type Target } from './types.js';

export interface CommandOptions {
  cwd: string;
  timeoutMs: number;
  maxBatch: number;
  /** Restarts allowed after crashes or hangs before the target gives up. */
  maxRestarts?: number;
  /** Longest answer line accepted (bytes); longer lines are an invalid answer. */
  maxLineBytes?: number;
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  waiters: (() => void)[];
  exited: string | undefined;
  stderrTail: string;
}

/**
 * Splits stdout into lines with our own splitter: a line longer than `maxLine` is dropped as it streams (memory
 * stays bounded) and stands as a too-long marker.
 */
function lineSplitter(r: Running, maxLine: number, wake: () => void): (chunk: Buffer) => void {
  let partial: Buffer[] = [];
  let partialSize = 0;
  let tooLong = false;
  return (chunk) => {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (!tooLong && partialSize + piece.length <= maxLine) partial.push(piece);
      else tooLong = true;
      r.lines.push(tooLong ? TOO_LONG : Buffer.concat(partial).toString('utf8').replace(/\r$/, ''));
      partial = [];
      partialSize = 0;
      tooLong = false;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length > 0) {
      if (!tooLong && partialSize + rest.length <= maxLine) {
        partial.push(rest);
        partialSize += rest.length;
      } else {
        tooLong = true;
        partial = [];
        partialSize = 0;
      }
    }
    wake();
  };
}

const TOO_LONG = '\u0000too-long';

/** Starts the command (no shell) and collects its answer lines, exit and the tail of its stderr. */
function spawnCommand(argv: readonly string[], options: CommandOptions, maxLine: number): Running {
  const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
  const r: Running = { child, lines: [], waiters: [], exited: undefined, stderrTail: '' };
  const wake = (): void => {
    for (const w of r.waiters.splice(0)) w();
  };
  child.stdout.on('data', lineSplitter(r, maxLine, wake));
  child.stderr.on('data', (d: Buffer) => {
    r.stderrTail = (r.stderrTail + d.toString('utf8')).slice(-500);
  });
  child.on('error', (e) => {
    r.exited = `could not start ${argv[0]}: ${e.message}`;
    wake();
  });
  child.on('exit', (code, sig) => {
    r.exited ??= `process exited (${sig ?? `code ${code}`})${r.stderrTail ? `: ${r.stderrTail.trim().split('\n').pop()}` : ''}`;
    wake();
  });
  child.stdin.on('error', () => {});
  return r;
}

function kill(r: Running): void {
  if (r.exited === undefined) {
    r.exited = 'killed after a timeout';
    r.child.kill('SIGKILL');
  }
}

/** The next answer line, or why there is none: the process died (`crash`) or the deadline passed (`timeout`). */
async function nextLine(
  r: Running,
  deadline: number,
  timeoutMs: number,
): Promise<string | { error: string; kind: 'crash' | 'timeout' }> {
  for (;;) {
    const line = r.lines.shift();
    if (line !== undefined) return line;
    if (r.exited !== undefined) return { error: r.exited, kind: 'crash' };
    const left = deadline - Date.now();
    if (left <= 0) return { error: `no answer within ${timeoutMs} ms`, kind: 'timeout' };
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, left);
      r.waiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }
}

/**
 * A line that is a piece of a streamed answer, not a whole one: a server-sent event field, `done: false`
 * (Ollama), a `delta` (OpenAI chunks). The lines after it no longer match the inputs.
 */
export function streamChunk(line: string, parsed: unknown): boolean {
  return /^(?:data|event|id|retry):/.test(line) || isChunk(parsed);
}

const STREAMED =
  'the command streamed its answer (a partial chunk or more lines than inputs): write one complete JSON line per input line, and nothing else on stdout (logs go to stderr)';

/** One answer line read as a prediction: too long, not JSON, a refusal (`{"error": ...}`) or an output. */
function answerOf(line: string, maxLine: number): Answer {
  if (line === TOO_LONG) return { ok: false, error: `answer line longer than ${maxLine} bytes`, kind: 'invalid' };
  let parsed: unknown;
  try {
    parsed = parseLoose(line);
  } catch {
    if (streamChunk(line, undefined)) return { ok: false, error: STREAMED, kind: 'invalid' };
    return { ok: false, error: `answer is not JSON: ${line.slice(0, 80)}`, kind: 'invalid' };
  }
  if (streamChunk(line, parsed)) return { ok: false, error: STREAMED, kind: 'invalid' };
  if (parsed && typeof parsed === 'object' && 'error' in parsed && !('scores' in parsed) && !('label' in parsed)) {
    return {
      ok: false,
      error: `target refused: ${String((parsed as { error: unknown }).error).slice(0, 200)}`,
      kind: 'rejected',
    };
  }
  const out = toRawOutput(parsed);
  return typeof out === 'string' ? { ok: false, error: out, kind: 'invalid' } : { ok: true, out };
}

/** Ends stdin and waits up to 2 s for the process to exit, then kills it. */
async function stop(r: Running): Promise<void> {
  r.child.stdin.end();
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => {
      kill(r);
      resolve();
    }, 2000);
    r.child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

export function openCommand(argv: readonly string[], options: CommandOptions): Target & { restarts: () => number } {
  if (argv.length === 0 || !argv[0])
    throw new UserError('input-invalid', 'The command target is empty; give the program and its arguments.');
  const maxRestarts = options.maxRestarts ?? 5;
  const maxLine = options.maxLineBytes ?? 16 << 20;
  let running: Running | undefined;
  let restarts = -1;
  const start = (): Running => {
    restarts++;
    if (restarts > maxRestarts) throw new Error(`command ${argv[0]} crashed or hung ${restarts} times; giving up`);
    return spawnCommand(argv, options, maxLine);
  };
  return {
    kind: 'command',
    fingerprint: `command:${JSON.stringify(argv)}`,
    maxBatch: options.maxBatch,
    restarts: () => Math.max(0, restarts),
    async predict(inputs) {
      // lines left over from the last batch: the command answered more lines than it was sent (a stream)
      const stale = running !== undefined && running.exited === undefined && running.lines.length > 0;
      if (stale) kill(running!);
      if (!running || running.exited !== undefined) running = start();
      if (stale) return inputs.map(() => ({ ok: false, error: STREAMED, kind: 'invalid' }));
      const r = running;
      const payload = inputs.map((x) => stringifyLoose(x)).join('\n') + '\n';
      r.child.stdin.write(payload);
      const deadline = Date.now() + options.timeoutMs;
      const answers: Answer[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const line = await nextLine(r, deadline, options.timeoutMs);
        if (typeof line !== 'string') {
          kill(r);
          while (answers.length < inputs.length) answers.push({ ok: false, error: line.error, kind: line.kind });
          break;
        }
        answers.push(answerOf(line, maxLine));
      }
      // a streamed answer: every line from the first chunk on (and any extra line) belongs to no known input
      const first = answers.findIndex((a) => !a.ok && a.error === STREAMED);
      if (first >= 0 || r.lines.length > 0) {
        kill(r);
        return answers.map((a, i) =>
          (i >= first && first >= 0) || r.lines.length > 0 ? { ok: false, error: STREAMED, kind: 'invalid' } : a,
        );
      }
      return answers;
    },
    async close() {
      const r = running;
      running = undefined;
      if (!r || r.exited !== undefined) return;
      await stop(r);
    },
  };
}
