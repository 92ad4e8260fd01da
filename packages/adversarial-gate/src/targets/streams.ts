/**
 * Streamed answers: server-sent events (`text/event-stream`) and JSON Lines (NDJSON, Ollama's default), read
 * whole. A stream is judged only when every event was read and it says it ended ([DONE], `done: true`, a
 * `finish_reason`, a final event type): a stream cut short, one that reports an error, or one with an event
 * that is not JSON is an error, never a partial text that could look like a defence.
 */
import { parseLoose } from './json-lines.js';

/** One event of a stream: its SSE event name (if any) and its data, parsed. */
export interface StreamEvent {
  name?: string;
  data: unknown;
}

/** A stream read to its end: its events, and whether one of them said the answer was complete. */
export interface Stream {
  events: StreamEvent[];
  ended: boolean;
}

/** Whether an answer body is server-sent events: by its content type or its first field name. */
export function isEventStream(contentType: string, text: string): boolean {
  if (/^text\/event-stream\b/i.test(contentType)) return true;
  const t = text.trimStart();
  return /^(?:data|event):/.test(t) || (/^(?::|id:|retry:)/.test(t) && /^(?:data|event):/m.test(t));
}

/**
 * Whether a JSON value is one piece of a streamed answer rather than a whole one: `done: false` (Ollama), a
 * `delta` or `choices[].delta` (OpenAI chunks).
 */
export function isChunk(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return (
    o.done === false ||
    'delta' in o ||
    (Array.isArray(o.choices) && o.choices.some((c) => !!c && typeof c === 'object' && 'delta' in c))
  );
}

/** Event names and `type` values that end a stream (Anthropic's `message_stop`, OpenAI Responses' `response.completed`). */
const END_NAME = /^(?:message_stop|response\.completed|done|end|complete|completed|finish|finished|stream-end)$/i;

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== false && v !== '';

/** Whether one event says the answer is complete. */
function ends(e: StreamEvent): boolean {
  if (e.name && END_NAME.test(e.name)) return true;
  if (!e.data || typeof e.data !== 'object') return false;
  const o = e.data as Record<string, unknown>;
  if (o.done === true || o.is_finished === true) return true;
  if (typeof o.type === 'string' && END_NAME.test(o.type)) return true;
  const hasReason = (x: unknown): boolean =>
    !!x &&
    typeof x === 'object' &&
    ['finish_reason', 'finishReason', 'stop_reason', 'stopReason'].some((k) =>
      present((x as Record<string, unknown>)[k]),
    );
  if (hasReason(o) || hasReason(o.details)) return true;
  return [o.choices, o.candidates].some((list) => Array.isArray(list) && list.some(hasReason));
}

/** What an event reports as an error (`event: error`, `{"error": …}`, `{"type": "error"}`), or undefined. */
export function streamError(events: readonly StreamEvent[]): string | undefined {
  for (const e of events) {
    const o = e.data && typeof e.data === 'object' ? (e.data as Record<string, unknown>) : undefined;
    if (e.name === 'error' || present(o?.error) || o?.type === 'error')
      return `the stream reported an error: ${JSON.stringify(o?.error ?? e.data)}`;
  }
  return undefined;
}

/** `data` parsed as JSON, several JSON lines as several values, or undefined when it is not JSON. */
function parseData(data: string): unknown[] | undefined {
  try {
    return [parseLoose(data)];
  } catch {
    const lines = data.split('\n').filter((l) => l.trim());
    if (lines.length < 2) return undefined;
    const out: unknown[] = [];
    for (const l of lines) {
      try {
        out.push(parseLoose(l));
      } catch {
        return undefined;
      }
    }
    return out;
  }
}

/** Server-sent events as parsed events (`[DONE]` ends the stream); an event whose data is not JSON is an error. */
export function readSse(text: string): Stream | string {
  const events: StreamEvent[] = [];
  let ended = false;
  for (const block of text.split(/\r?\n\r?\n/)) {
    let name: string | undefined;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      const m = /^([^:]*):?\s?(.*)$/.exec(line);
      if (!line || line.startsWith(':') || !m) continue;
      if (m[1] === 'event') name = m[2]!.trim();
      else if (m[1] === 'data') data.push(m[2]!);
    }
    const joined = data.join('\n').trim();
    if (!joined) {
      if (name) events.push({ name, data: null });
      continue;
    }
    if (joined === '[DONE]') {
      ended = true;
      continue;
    }
    const values = parseData(joined);
    if (!values) return `the event stream holds an event that is not JSON: ${joined.slice(0, 40)}`;
    for (const v of values) events.push({ ...(name ? { name } : {}), data: v });
  }
  return { events, ended: ended || events.some(ends) };
}

/** A body of two or more JSON lines as a stream; undefined when it is not one. */
export function readJsonLines(text: string): Stream | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length === 0) return undefined;
  const events: StreamEvent[] = [];
  for (const l of lines) {
    try {
      events.push({ data: parseLoose(l) });
    } catch {
      return undefined;
    }
  }
  return { events, ended: events.some(ends) };
}

/** Why a stream cannot be judged (an error event, no end), or undefined when it was read whole. */
export function incomplete(s: Stream): string | undefined {
  return (
    streamError(s.events) ??
    (s.ended
      ? undefined
      : 'the stream ended without saying it was complete ([DONE], done: true, a finish_reason): the answer may be cut short')
  );
}

type Delta = {
  content?: unknown;
  refusal?: unknown;
  tool_calls?: { index?: number; function?: { name?: unknown; arguments?: unknown } }[];
};

/**
 * A chat completion streamed as server-sent events, put back together as one `{choices: [{message}]}`: each
 * choice's content, refusal and tool-call arguments concatenated. A stream that ends before `[DONE]` or a
 * `finish_reason`, that reports an error, or with an event that is not JSON is an error (the text we have may
 * not be what the model said).
 */
export function readEventStream(text: string): { choices: { message: Record<string, unknown> }[] } | string {
  const s = readSse(text);
  if (typeof s === 'string') return s;
  const error = streamError(s.events);
  if (error) return error;
  const acc: { content: string; refusal: string; tools: Map<number, { name: string; args: string }> }[] = [];
  for (const e of s.events) {
    const event = (e.data ?? {}) as {
      choices?: { index?: number; delta?: Delta; message?: Delta; finish_reason?: unknown }[];
    };
    for (const c of event.choices ?? []) {
      const slot = (acc[c.index ?? 0] ??= { content: '', refusal: '', tools: new Map() });
      const d = c.delta ?? c.message ?? {};
      if (typeof d.content === 'string') slot.content += d.content;
      if (typeof d.refusal === 'string') slot.refusal += d.refusal;
      for (const [k, t] of (d.tool_calls ?? []).entries()) {
        const tool = slot.tools.get(t.index ?? k) ?? { name: '', args: '' };
        if (typeof t.function?.name === 'string') tool.name += t.function.name;
        if (typeof t.function?.arguments === 'string') tool.args += t.function.arguments;
        slot.tools.set(t.index ?? k, tool);
      }
    }
  }
  if (!s.ended) return 'the event stream ended before [DONE] or a finish_reason: the answer may be incomplete';
  return {
    choices: acc
      .filter((c) => c !== undefined)
      .map((c) => ({
        message: {
          content: c.content,
          ...(c.refusal ? { refusal: c.refusal } : {}),
          tool_calls: [...c.tools.values()].map((t) => ({ function: { name: t.name, arguments: t.args } })),
        },
      })),
  };
}
