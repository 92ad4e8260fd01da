/** What every target (ONNX file, HTTP endpoint, command) offers the attacks. */

/** A model answer as the target returned it, before interpretation. */
export interface RawOutput {
  /** Class scores (logits or probabilities), when the target returns them. */
  scores?: number[];
  /** A predicted label, when the target returns only that. */
  label?: number | string;
  /** Generated text (LLM endpoints). */
  text?: string;
}

/** One answer per input: a value, or an error that is never counted as a pass. */
export type Answer = { ok: true; out: RawOutput } | { ok: false; error: string; kind?: ErrorKind };

/**
 * `crash`: the target process died; `timeout`: no answer in time; `invalid`: unreadable answer; `rejected`:
 * the target refused the input; `transport`: no answer reached us; `auth`: the credentials were refused.
 */
export type ErrorKind = 'crash' | 'timeout' | 'invalid' | 'rejected' | 'transport' | 'auth';

export type TargetKind = 'onnx' | 'kserve' | 'rest' | 'openai' | 'command';

export interface Target {
  kind: TargetKind;
  /** Model SHA-256 (`sha256:...`), endpoint URL without credentials, or the command's argv. */
  fingerprint: string;
  /** Largest batch one call may carry. */
  maxBatch: number;
  /** Calls that may be in flight at once (HTTP); 1 when absent. */
  concurrency?: number;
  /**
   * Predicts a batch. Returns exactly one answer per input and never throws for a bad input: per-item
   * problems are `ok: false` answers. Throws only when the target as a whole is unusable.
   */
  predict(inputs: readonly unknown[], signal?: AbortSignal): Promise<Answer[]>;
  close(): Promise<void>;
  /** HTTP targets: requests sent, and requests sent again after a 429/503. */
  stats?: { requests: number; retries: number };
}

/**
 * The text of a chat model's answer, or undefined when there is none: an error, no text field, or a text
 * without a single letter or digit of any script (empty, spaces, control or replacement characters): a broken
 * proxy answering "" or "\ufffd\ufffd" would otherwise pass every probe as a "defence".
 */
export function answerText(a: Answer): string | undefined {
  if (!a.ok) return undefined;
  const text = a.out.text ?? (typeof a.out.label === 'string' ? a.out.label : undefined);
  return text !== undefined && /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

/** Splits `inputs` into batches of at most `maxBatch`, runs up to `concurrency` at once, answers in order. */
export async function predictBatched(
  target: Target,
  inputs: readonly unknown[],
  signal?: AbortSignal,
): Promise<Answer[]> {
  const chunks: (readonly unknown[])[] = [];
  for (let i = 0; i < inputs.length; i += target.maxBatch) chunks.push(inputs.slice(i, i + target.maxBatch));
  const limit = Math.max(1, target.concurrency ?? 1);
  const results: Answer[][] = new Array<Answer[]>(chunks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const k = next++;
      results[k] = await predictChunk(target, chunks[k]!, signal);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, chunks.length) }, worker));
  return results.flat();
}

async function predictChunk(target: Target, chunk: readonly unknown[], signal?: AbortSignal): Promise<Answer[]> {
  let answers: Answer[];
  try {
    answers = await target.predict(chunk, signal);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    answers = chunk.map(() => ({ ok: false as const, error: message, kind: 'transport' as const }));
  }
  if (answers.length !== chunk.length) {
    answers = chunk.map(() => ({
      ok: false as const,
      error: `target answered ${answers.length} predictions for ${chunk.length} inputs`,
      kind: 'invalid' as const,
    }));
  }
  return answers;
}

/** Reads a prediction from a JSON value: a number array (scores), a number/string (label), or an object. */
export function toRawOutput(value: unknown): RawOutput | string {
  if (Array.isArray(value)) {
    const flat = value.length === 1 && Array.isArray(value[0]) ? (value[0] as unknown[]) : value;
    if (flat.length === 0) return 'empty score vector';
    const scores: number[] = [];
    for (const v of flat) {
      if (typeof v === 'number') scores.push(v);
      else if (v === null || v === 'NaN') scores.push(Number.NaN);
      else if (v === 'Infinity' || v === '-Infinity') scores.push(Number(v));
      else return `score vector holds a ${typeof v}`;
    }
    return { scores };
  }
  if (typeof value === 'number' || typeof value === 'string') return { label: value };
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of [
      'scores',
      'probabilities',
      'logits',
      'probs',
      'prediction',
      'label',
      'output',
      'text',
      'completion',
    ]) {
      if (key in o) return toRawOutput(o[key]);
    }
    return `prediction object has none of scores, probabilities, logits, label`;
  }
  return `unreadable prediction (${value === null ? 'null' : typeof value})`;
}
