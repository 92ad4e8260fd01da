/**
 * HTTP targets: KServe v2 inference protocol, a generic JSON REST endpoint (request template + JSONPath to
 * the output) and OpenAI-compatible chat completions. Timeouts, retries on 429/503 with backoff (honouring
 * `Retry-After`), bounded concurrency. Header values (secrets) are never logged or reported.
 */
import { JSONPath } from 'jsonpath-plus';
import { findSecrets, UserError } from '@ml-gates/core';
import { toRawOutput, type Answer, type ErrorKind, type Target } from './types.js';
import { parseLoose, stringifyLoose } from './json-lines.js';
import { incomplete, isChunk, isEventStream, readEventStream, readJsonLines, readSse, type Stream } from './streams.js';
import { masker } from '../secrets.js';

export { readEventStream } from './streams.js';

export interface HttpOptions {
  url: string;
  kind: 'kserve' | 'rest' | 'openai';
  headers: Record<string, string>;
  timeoutMs: number;
  concurrency: number;
  maxBatch: number;
  retries: number;
  /** Base backoff in ms (doubles per retry). */
  backoffMs?: number;
  /** KServe: tensor name; default `input`. */
  inputName?: string;
  /** REST: JSON request body with `"{{input}}"` (one input per request) or `"{{inputs}}"` (a batch). */
  requestTemplate?: string;
  /** REST: JSONPath to the prediction (or, for batches, the array of predictions). */
  outputPath?: string;
  /** OpenAI: model name and sampling. */
  model?: string;
  maxTokens?: number;
  seed?: number;
  /** Largest answer body read (bytes); default 32 MiB. */
  maxResponseBytes?: number;
  /**
   * The target is a chat model (LLM probes): chat inputs (`{messages}`) are sent through the REST template
   * (`"{{messages}}"` for the message list, `"{{input}}"` for the conversation as one prompt) or as a KServe v2
   * BYTES tensor, and `output-path` (KServe default `$.outputs[0].data[0]`) picks the answer's text.
   */
  llm?: boolean;
}

type Chat = { messages: { role: string; content: string }[] };
const isChat = (x: unknown): x is Chat =>
  typeof x === 'object' && x !== null && Array.isArray((x as { messages?: unknown }).messages);

/** A conversation as one prompt: the last user message alone, or every turn prefixed by its role. */
export function chatPrompt(c: Chat): string {
  if (c.messages.length === 1) return c.messages[0]!.content;
  return `${c.messages.map((m) => `${m.role}: ${m.content}`).join('\n\n')}\n\nassistant:`;
}

/**
 * The secrets a header value carries: the value, its words ("Bearer", the key), and for HTTP Basic the
 * decoded `user:password` and the password, which a server may echo in clear.
 */
export function headerSecrets(value: string): string[] {
  const out = [value, ...value.split(/\s+/).filter((w) => !/^(?:bearer|basic|token|apikey)$/i.test(w))];
  const basic = /^\s*basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(value);
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    out.push(decoded, decoded.slice(decoded.indexOf(':') + 1));
  }
  return out.filter((s) => s.length >= 4);
}

/** Query parameters that name a protocol version or a model, never a credential (masking them only hides facts). */
const PLAIN_PARAMS = /^(?:api[-_]?version|version|model|deployment|format|stream|alt)$/i;

/** A path segment naming the credential that follows it (`/key/<key>`, `/token/<token>`). */
const KEY_SEGMENT =
  /^(?:keys?|tokens?|api[-_]?keys?|apikey|secrets?|sig|signature|password|passwd|auth|access[-_]?tokens?|bearer)$/i;
/** A path segment after which every segment is a credential (`/api/webhooks/<id>/<token>`). */
const HOOK_SEGMENT = /^(?:hooks?|webhooks?)$/i;

/** `decodeURIComponent` that keeps text it cannot decode (`%zz`) instead of throwing. */
const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/**
 * Whether a path segment looks like a credential rather than a route or a model name: a token of a known
 * format, a Telegram-style `bot<id>:<token>`, a run of 16+ letters and digits mixing both (keys, hex digests),
 * 20+ letters mixing cases like random text, or a 24+ character base64 string with 4+ digits and 4+ of each case.
 * `Meta-Llama-3.1-8B-Instruct`, `gpt-4o-mini-2024-07-18` or a UUID are not.
 */
export function secretLikeSegment(segment: string): boolean {
  if (findSecrets(segment).length > 0 || /^bot\d+:[\w-]{20,}$/.test(segment)) return true;
  const parts = segment.split(/[-_.:~+=,;/]/);
  if (
    parts.some(
      (p) =>
        /^[A-Za-z0-9]+$/.test(p) &&
        ((p.length >= 16 && /\d/.test(p) && /[A-Za-z]/.test(p)) ||
          (p.length >= 20 && count(p, /[A-Z]/g) >= 5 && count(p, /[a-z]/g) >= 5)),
    )
  )
    return true;
  return (
    /^[A-Za-z0-9+/=_-]{24,}$/.test(segment) &&
    count(segment, /\d/g) >= 4 &&
    count(segment, /[A-Z]/g) >= 4 &&
    count(segment, /[a-z]/g) >= 4
  );
}

/** The indexes of the path segments that are credentials (see `secretLikeSegment`, `KEY_SEGMENT`). */
function secretSegments(segments: readonly string[]): Set<number> {
  const out = new Set<number>();
  let hook = false;
  segments.forEach((raw, i) => {
    const seg = safeDecode(raw);
    const prev = i > 0 ? safeDecode(segments[i - 1]!) : '';
    const inline = /^([^=;]+)=(.+)$/.exec(seg.split(';').pop() ?? '');
    // after /key/ or under /webhooks/, a segment of 8+ characters (shorter ones are routes: /token/count)
    const named = (hook || KEY_SEGMENT.test(prev)) && seg.length >= 8;
    if (seg && (named || secretLikeSegment(seg) || (inline !== null && !PLAIN_PARAMS.test(inline[1]!)))) out.add(i);
    if (HOOK_SEGMENT.test(seg)) hook = true;
  });
  return out;
}

/** `key=value` pairs of a query string or fragment, as written and decoded. */
function pairs(query: string): [string, string, string][] {
  return query
    .replace(/^[?#]/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const i = pair.indexOf('=');
      const [k, v] = i < 0 ? [pair, ''] : [pair.slice(0, i), pair.slice(i + 1)];
      return [safeDecode(k.replace(/\+/g, ' ')), v, safeDecode(v.replace(/\+/g, ' '))];
    });
}

/**
 * Credentials in an endpoint URL: the user name and password (and the Basic credentials made of them), every
 * query and fragment parameter value (`?key=`, `?api_key=`, `?sig=`, `#access_token=`) but those of
 * `PLAIN_PARAMS` (Azure's `api-version`), and path segments that are keys (`/key/<key>`, `/bot<token>/`, a long
 * random segment). Each as written in the URL and decoded.
 */
export function urlSecrets(url: string): string[] {
  if (!URL.canParse(url)) return [];
  const u = new URL(url);
  const user = safeDecode(u.username);
  const password = safeDecode(u.password);
  const values = [u.username, user, u.password, password];
  if (u.username || u.password) {
    values.push(`${user}:${password}`, Buffer.from(`${user}:${password}`).toString('base64'));
  }
  for (const [k, raw, v] of [...pairs(u.search), ...pairs(u.hash)]) {
    if (PLAIN_PARAMS.test(k)) continue;
    values.push(...(raw ? [raw, v] : [k]));
  }
  const segments = u.pathname.split('/');
  for (const i of secretSegments(segments)) {
    const seg = safeDecode(segments[i]!);
    const inline = /^([^=;]+)=(.+)$/.exec(seg.split(';').pop() ?? '');
    values.push(segments[i]!, seg, ...(inline ? [inline[2]!] : []));
  }
  return [...new Set(values.filter((s) => s.length >= 4))];
}

/** Expands `${VAR}` from the environment in header values; a missing variable is the user's mistake. */
export function resolveHeaders(
  raw: Record<string, string>,
  env: NodeJS.ProcessEnv,
): { headers: Record<string, string>; secrets: string[] } {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(raw)) {
    headers[name] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, v: string) => {
      const got = env[v];
      if (got === undefined || got === '') {
        throw new UserError(
          'input-invalid',
          `Header "${name}" uses \${${v}}, but the environment variable ${v} is not set.`,
          {
            details: [`Pass the secret as an environment variable: env: { ${v}: \${{ secrets.${v} }} }`],
          },
        );
      }
      secrets.push(got);
      return got;
    });
    if (!value.includes('${')) secrets.push(value);
    secrets.push(...headerSecrets(headers[name]));
  }
  return { headers, secrets: [...new Set(secrets.filter((s) => s.length >= 4))] };
}

/** The endpoint as shown in reports: no credentials, no query string, no fragment, key path segments as `***`. */
export function displayUrl(url: string): string {
  if (!URL.canParse(url)) {
    // Shown without its path, query or credentials: any of them may hold a key.
    const shown = url
      .replace(/[?#].*$/s, '')
      .replace(/\/\/[^/]*@/, '//***@')
      .replace(/^([^/]*\/\/[^/]*)\/.+$/s, '$1/…');
    throw new UserError(
      'input-invalid',
      `The endpoint "${shown.slice(0, 80)}" is not a valid URL (expected e.g. http://127.0.0.1:8080/v2/models/m/infer).`,
    );
  }
  const u = new URL(url);
  const segments = u.pathname.split('/');
  const hidden = secretSegments(segments);
  const path = segments.map((s, i) => (hidden.has(i) ? '***' : s)).join('/');
  return `${u.protocol}//${u.host}${path}`;
}

/**
 * The URL fetch is given and the headers sent: a user and password in the URL become an `Authorization: Basic`
 * header (fetch refuses a URL with credentials), unless the headers already authorise.
 */
export function requestOf(
  url: string,
  headers: Record<string, string>,
): { url: string; headers: Record<string, string> } {
  const u = new URL(url);
  if (!u.username && !u.password) return { url, headers };
  const basic = Buffer.from(`${safeDecode(u.username)}:${safeDecode(u.password)}`).toString('base64');
  u.username = '';
  u.password = '';
  if (Object.keys(headers).some((h) => h.toLowerCase() === 'authorization'))
    throw new UserError(
      'input-invalid',
      'The endpoint URL holds a user and password and an Authorization header is set too: keep one (preferably the header, with ${VAR} from the environment).',
    );
  return { url: u.toString(), headers: { ...headers, authorization: `Basic ${basic}` } };
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

/** Runs `fn` over `items` with at most `limit` in flight, keeping order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Reads a response body as text, giving up (undefined) past `limit` bytes: memory stays bounded. */
async function readLimited(res: Response, limit: number): Promise<string | undefined> {
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) {
      // The caller already reports the oversized body (undefined); a failure to cancel the stream changes nothing.
      // eslint-disable-next-line no-restricted-syntax -- cancelling a body we have given up on; nothing to report
      await res.body.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** An answer: a JSON body, or (a chat model behind a REST template or KServe) a stream read to its end. */
type Posted = { ok: true; json: unknown; stream?: Stream } | { ok: false; error: string; kind: ErrorKind };

/** What the request functions of one HTTP target share. */
interface Http {
  options: HttpOptions;
  stats: { retries: number; requests: number };
  /** Masks header values (API keys) in error texts. */
  mask: (text: string) => string;
  /** Set when the endpoint asked for a wait beyond `maxWait`: no request is sent before `until`. */
  throttled?: { until: number; status: number };
}

/** The answer for a whole batch that failed as one. */
const fail = (n: number, error: string, kind: ErrorKind): Answer[] =>
  Array.from({ length: n }, () => ({ ok: false as const, error, kind }));

/** A raw prediction as an answer (its error text when it is not one). */
const asAnswer = (v: unknown): Answer => {
  const raw = toRawOutput(v);
  return typeof raw === 'string' ? { ok: false, error: raw, kind: 'invalid' } : { ok: true, out: raw };
};

/** One fetch with the timeout; a transport failure or timeout as an error. */
async function send(h: Http, body: unknown, signal?: AbortSignal): Promise<Response | Posted> {
  const { options } = h;
  try {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    return await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: stringifyLoose(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      // Probes, the system prompt and the headers go to the endpoint named, never where it points to.
      redirect: 'manual',
    });
  } catch (error) {
    const e = error as Error;
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
    return {
      ok: false,
      error: timedOut ? `no answer within ${options.timeoutMs} ms` : `request failed: ${h.mask(e.message)}`,
      kind: timedOut ? 'timeout' : 'transport',
    };
  }
}

/** A failure while the body is read (a timeout, a connection cut mid-answer) as an error, never a throw. */
function bodyFailure(h: Http, error: unknown): Posted {
  const e = error as Error;
  const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError';
  return timedOut
    ? { ok: false, error: `no complete answer within ${h.options.timeoutMs} ms`, kind: 'timeout' }
    : { ok: false, error: `the answer was cut off: ${h.mask(String(e.message))}`, kind: 'transport' };
}

/** The status codes that mean the credentials were refused: the run cannot judge anything, whatever the input. */
const AUTH_STATUS = new Set([401, 403, 407]);

/**
 * The body of an answer as JSON: too large, an HTTP error (401/403 auth, other 4xx rejected, 5xx crash), cut
 * off or not JSON are errors. An OpenAI endpoint that streams anyway (server-sent events) is read whole.
 */
async function readAnswer(h: Http, res: Response): Promise<Posted> {
  const limit = h.options.maxResponseBytes ?? 32 << 20;
  let text: string | undefined;
  try {
    text = await readLimited(res, limit);
  } catch (error) {
    return bodyFailure(h, error);
  }
  if (text === undefined) return { ok: false, error: `answer larger than ${limit} bytes`, kind: 'invalid' };
  if (!res.ok) {
    // 4xx for a malformed input is a rejection (a fine answer to garbage); 5xx is the server failing.
    const body = h.mask(text.slice(0, 400)).slice(0, 120);
    if (AUTH_STATUS.has(res.status))
      return {
        ok: false,
        error: `HTTP ${res.status}: the endpoint refused the credentials (check the key in headers): ${body}`,
        kind: 'auth',
      };
    // no such endpoint: nothing reached a model (a wrong URL is not a rejection of the input)
    if (res.status === 404 || res.status === 405)
      return {
        ok: false,
        error: `HTTP ${res.status}: no such endpoint (check the endpoint URL and method): ${body}`,
        kind: 'transport',
      };
    // still throttled after the retries: the input never reached the model (not a rejection of it)
    if (res.status === 429)
      return {
        ok: false,
        error: `HTTP 429: still rate-limited after ${h.options.retries} retries: ${body}`,
        kind: 'transport',
      };
    return { ok: false, error: `HTTP ${res.status}: ${body}`, kind: res.status >= 500 ? 'crash' : 'rejected' };
  }
  return readBody(h, res.headers.get('content-type') ?? '', text);
}

/**
 * A 2xx body: JSON, or a stream. An OpenAI endpoint's server-sent events are put back together as one chat
 * completion; a chat model's stream through a REST template or KServe is read whole (`Posted.stream`, every
 * event's text judged); a classifier's stream is an error (one JSON answer per request is needed).
 */
function readBody(h: Http, contentType: string, text: string): Posted {
  const shown = (t: string, n: number): string => h.mask(t.slice(0, 400)).slice(0, n);
  const sse = isEventStream(contentType, text);
  if (sse && h.options.kind === 'openai') {
    const events = readEventStream(text);
    return typeof events === 'string'
      ? { ok: false, error: shown(events, 200), kind: 'invalid' }
      : { ok: true, json: events };
  }
  // one JSON value is an answer whatever its label (a JSON Lines body of one line is one value too)
  const json = sse ? undefined : jsonOf(text);
  // ... unless it is one piece of a stream ({"done": false}, a delta): a chat answer cut after its first chunk
  if (json && !(h.options.llm && h.options.kind !== 'openai' && isChunk(json.value)))
    return { ok: true, json: json.value };
  // not one JSON value: server-sent events or JSON Lines from a REST or KServe endpoint, else not JSON at all
  const stream = sse ? readSse(text) : h.options.kind === 'openai' ? undefined : readJsonLines(text);
  if (stream === undefined) return { ok: false, error: `answer is not JSON: ${shown(text, 80)}`, kind: 'invalid' };
  if (typeof stream === 'string') return { ok: false, error: shown(stream, 200), kind: 'invalid' };
  if (!h.options.llm)
    return {
      ok: false,
      error:
        'the endpoint streamed its answer (server-sent events or JSON Lines): a classifier must answer one JSON body per request',
      kind: 'invalid',
    };
  const why = incomplete(stream);
  return why ? { ok: false, error: shown(why, 200), kind: 'invalid' } : { ok: true, json: undefined, stream };
}

/** The body parsed as one JSON value, or undefined when it is not one. */
function jsonOf(text: string): { value: unknown } | undefined {
  try {
    return { value: parseLoose(text) };
  } catch {
    return undefined;
  }
}

/** The text of a chat message: its content (a string or text parts), its refusal, its tool or function calls. */
function messageText(m: unknown): string | undefined {
  if (!m || typeof m !== 'object') return undefined;
  const o = m as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof o.content === 'string') parts.push(o.content);
  else if (Array.isArray(o.content))
    for (const p of o.content as unknown[]) {
      if (typeof p === 'string') parts.push(p);
      else if (p && typeof (p as { text?: unknown }).text === 'string') parts.push((p as { text: string }).text);
    }
  if (typeof o.refusal === 'string') parts.push(o.refusal);
  const calls = [
    ...(Array.isArray(o.tool_calls) ? (o.tool_calls as { function?: unknown }[]) : []),
    ...(o.function_call ? [{ function: o.function_call }] : []),
  ];
  for (const c of calls) {
    const f = c.function as { name?: unknown; arguments?: unknown } | undefined;
    if (!f) continue;
    const args = typeof f.arguments === 'string' ? f.arguments : JSON.stringify(f.arguments ?? null);
    parts.push(`${typeof f.name === 'string' ? f.name : 'tool'}(${args})`);
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/**
 * Everything the model said in a chat completion: every choice (a leak in the second one is a leak), with
 * its content, refusal and tool calls, or a legacy completion's `text`. Undefined when there is no text at all.
 */
export function completionText(json: unknown): string | undefined {
  const choices = (json as { choices?: unknown } | null)?.choices;
  if (!Array.isArray(choices)) return undefined;
  const texts = choices
    .map((c: unknown) => {
      const o = (c ?? {}) as { message?: unknown; text?: unknown };
      return messageText(o.message) ?? (typeof o.text === 'string' ? o.text : undefined);
    })
    .filter((t): t is string => t !== undefined);
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

/** `Retry-After` in ms (delay-seconds or an HTTP date), undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value?.trim()) return undefined;
  if (/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A redirect as an error naming where it pointed (without query or credentials). */
async function redirected(h: Http, res: Response): Promise<Posted> {
  await res.body?.cancel();
  const location = res.headers.get('location') ?? '';
  const to = URL.canParse(location, h.options.url) ? new URL(location, h.options.url) : undefined;
  const shown = to ? displayUrl(to.toString()) : 'an unreadable location';
  return {
    ok: false,
    error: `HTTP ${res.status}: the endpoint redirects to ${h.mask(shown).slice(0, 120)}; redirects are not followed (the probes and headers would go to another address): set the endpoint to the final URL`,
    kind: 'transport',
  };
}

/** The longest wait for one retry: a `Retry-After` beyond it is not waited for. */
const MAX_RETRY_WAIT_MS = 30_000;

/** The longest the gate waits before one retry: `timeout-ms`, at most 30 s. */
const maxWait = (h: Http): number => Math.min(MAX_RETRY_WAIT_MS, h.options.timeoutMs);

/** The answer of a request not sent, or given up, because the endpoint asked for a wait beyond the most we wait. */
const throttledFor = (h: Http, status: number, ms: number): Posted => ({
  ok: false,
  error: `HTTP ${status}: the endpoint asks to retry after ${Math.ceil(ms / 1000)} s (Retry-After), beyond the ${maxWait(h) / 1000} s the gate waits (timeout-ms, at most 30 s): no answer`,
  kind: 'transport',
});

/**
 * POSTs a JSON body; HTTP 429/503 are retried with backoff (Retry-After when given). A Retry-After beyond
 * `maxWait` (`timeout-ms`, at most 30 s) is not waited for: that request, and every other one until then, is an error at once
 * (never sent), so a run against a closed endpoint ends in seconds as an error rather than hours later.
 */
async function post(h: Http, body: unknown, signal?: AbortSignal): Promise<Posted> {
  const backoff = h.options.backoffMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    const closed = h.throttled ? h.throttled.until - Date.now() : 0;
    if (closed > maxWait(h)) return throttledFor(h, h.throttled!.status, closed);
    h.stats.requests++;
    const res = await send(h, body, signal);
    if (!('status' in res)) return res;
    if ((res.status === 429 || res.status === 503) && attempt < h.options.retries) {
      await res.body?.cancel();
      const after = retryAfterMs(res.headers.get('retry-after'));
      if (after !== undefined && after > maxWait(h)) {
        h.throttled = { until: Date.now() + after, status: res.status };
        return throttledFor(h, res.status, after);
      }
      const wait = after ?? backoff * 2 ** attempt;
      h.stats.retries++;
      await sleep(wait, signal);
      continue;
    }
    if (res.status >= 300 && res.status < 400) return redirected(h, res);
    return readAnswer(h, res);
  }
}

/** KServe v2: one FP32 tensor per batch, `outputs[0].data` split evenly between the inputs. */
async function kserve(h: Http, inputs: readonly unknown[], signal?: AbortSignal): Promise<Answer[]> {
  const { options } = h;
  if (options.llm) return chatRest(h, inputs, signal);
  const rows = inputs.map((x) => (ArrayBuffer.isView(x) ? Array.from(x as Float32Array) : x));
  const width = Array.isArray(rows[0]) ? rows[0].length : 1;
  const body = {
    inputs: [{ name: options.inputName ?? 'input', shape: [rows.length, width], datatype: 'FP32', data: rows.flat() }],
  };
  const r = await post(h, body, signal);
  if (!r.ok) return fail(inputs.length, r.error, r.kind);
  const outputs = (r.json as { outputs?: { shape?: number[]; data?: unknown[] }[] }).outputs;
  const out = outputs?.[0];
  if (!out || !Array.isArray(out.data)) return fail(inputs.length, 'KServe answer has no outputs[0].data', 'invalid');
  const per = out.data.length / inputs.length;
  if (!Number.isInteger(per) || per < 1)
    return fail(inputs.length, `KServe answer has ${out.data.length} values for ${inputs.length} inputs`, 'invalid');
  return inputs.map((_, i) => {
    const slice = out.data!.slice(i * per, (i + 1) * per);
    return asAnswer(per === 1 ? slice[0] : slice);
  });
}

/** A REST target needs a valid JSON request template with a quoted placeholder, and (classifiers) an output path. */
function checkTemplate(
  options: Pick<HttpOptions, 'kind' | 'requestTemplate' | 'outputPath'>,
  batchedTemplate: boolean,
  chatTemplate: boolean,
): void {
  const template = options.requestTemplate;
  if (!template || (!template.includes('"{{input}}"') && !batchedTemplate && !chatTemplate)) {
    throw new UserError(
      'input-invalid',
      'The REST target needs request-template: a JSON body containing "{{input}}" or "{{inputs}}" (quoted; for a chat model also "{{messages}}").',
      {
        details: ['Example: {"instances": "{{inputs}}"} with output-path $.predictions'],
      },
    );
  }
  try {
    JSON.parse(template.replace(/"\{\{(?:inputs?|messages)\}\}"/g, 'null'));
  } catch (e) {
    throw new UserError('input-invalid', `request-template is not valid JSON: ${(e as Error).message}`);
  }
  if (!options.outputPath && options.kind === 'rest')
    throw new UserError(
      'input-invalid',
      'The REST target needs output-path, a JSONPath to the prediction (e.g. $.predictions).',
    );
}

/** The request template with `value` in place of its placeholder (as JSON, not as text). */
function fill(template: string, value: unknown, key: '{{input}}' | '{{inputs}}' | '{{messages}}'): unknown {
  const body = JSON.parse(template.replace(`"${key}"`, '"\\u0000placeholder"'));
  const walk = (v: unknown): unknown => {
    if (v === '\u0000placeholder') return value;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(body);
}

function extract(h: Http, json: unknown): unknown[] {
  return JSONPath({ path: h.options.outputPath!, json: json as object, wrap: true }) as unknown[];
}

/** LLM probes through a REST template or KServe v2: one request per conversation. */
async function chatRest(h: Http, inputs: readonly unknown[], signal?: AbortSignal): Promise<Answer[]> {
  const { options } = h;
  const template = options.requestTemplate;
  const path = options.outputPath ?? (options.kind === 'kserve' ? '$.outputs[0].data[0]' : undefined);
  return mapLimit(inputs, options.concurrency, async (x): Promise<Answer> => {
    const chat: Chat = isChat(x) ? x : { messages: [{ role: 'user', content: String(x) }] };
    const prompt = chatPrompt(chat);
    let body: unknown;
    if (template) {
      body = template.includes('"{{messages}}"')
        ? fill(template, chat.messages, '{{messages}}')
        : fill(template, prompt, '{{input}}');
    } else {
      body = {
        inputs: [{ name: options.inputName ?? 'text_input', shape: [1], datatype: 'BYTES', data: [prompt] }],
      };
    }
    const r = await post(h, body, signal);
    if (!r.ok) return { ok: false, error: r.error, kind: r.kind };
    return r.stream ? streamedText(r.stream, path!) : answerText(r.json, path!);
  });
}

/** The strings `path` matches in a JSON value (none when the value is not an object or array). */
const textsAt = (json: unknown, path: string): string[] =>
  json && typeof json === 'object'
    ? (JSONPath({ path, json: json as object, wrap: true }) as unknown[]).filter(
        (t): t is string => typeof t === 'string',
      )
    : [];

/** Every text the path matches is judged (`$.choices[*].message.content`: a leak in the second one counts). */
function answerText(json: unknown, path: string): Answer {
  const texts = textsAt(json, path);
  if (texts.length === 0)
    return { ok: false, error: `output-path ${path} matched no text in the answer`, kind: 'invalid' };
  return { ok: true, out: { text: texts.join('\n\n') } };
}

/** A stream read whole: the text `path` matches in each event, in order, joined (the deltas of one answer). */
function streamedText(stream: Stream, path: string): Answer {
  const text = stream.events.flatMap((e) => textsAt(e.data, path)).join('');
  if (!stream.events.some((e) => textsAt(e.data, path).length > 0))
    return {
      ok: false,
      error: `output-path ${path} matched no text in any of the ${stream.events.length} streamed events: point it at each event's text (e.g. $.choices[0].delta.content, $.response) or turn streaming off in request-template ("stream": false)`,
      kind: 'invalid',
    };
  return { ok: true, out: { text } };
}

/** Generic JSON REST: the whole batch in one request (`{{inputs}}`), or one request per input (`{{input}}`). */
async function rest(h: Http, inputs: readonly unknown[], batched: boolean, signal?: AbortSignal): Promise<Answer[]> {
  const { options } = h;
  const template = options.requestTemplate!;
  if (options.llm) return chatRest(h, inputs, signal);
  const plain = inputs.map((x) => (ArrayBuffer.isView(x) ? Array.from(x as Float32Array) : x));
  if (batched) {
    const r = await post(h, fill(template, plain, '{{inputs}}'), signal);
    if (!r.ok) return fail(inputs.length, r.error, r.kind);
    let found = extract(h, r.json);
    if (found.length === 1 && Array.isArray(found[0]) && inputs.length > 1) found = found[0] as unknown[];
    if (found.length !== inputs.length)
      return fail(
        inputs.length,
        `output-path matched ${found.length} predictions for ${inputs.length} inputs`,
        'invalid',
      );
    return found.map(asAnswer);
  }
  return mapLimit(plain, options.concurrency, async (x) => {
    const r = await post(h, fill(template, x, '{{input}}'), signal);
    if (!r.ok) return { ok: false, error: r.error, kind: r.kind };
    const found = extract(h, r.json);
    if (found.length === 0)
      return { ok: false, error: `output-path ${options.outputPath} matched nothing`, kind: 'invalid' };
    return asAnswer(found.length === 1 ? found[0] : found);
  });
}

/** OpenAI-compatible chat completions: one request per conversation, temperature 0, seeded when the server can. */
async function openai(h: Http, inputs: readonly unknown[], signal?: AbortSignal): Promise<Answer[]> {
  const { options } = h;
  return mapLimit(inputs, options.concurrency, async (x): Promise<Answer> => {
    const messages = typeof x === 'string' ? [{ role: 'user', content: x }] : (x as { messages?: unknown }).messages;
    if (!Array.isArray(messages)) return { ok: false, error: 'probe has no messages', kind: 'rejected' };
    const r = await post(
      h,
      {
        model: options.model ?? 'default',
        messages,
        temperature: 0,
        max_tokens: options.maxTokens ?? 256,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
      },
      signal,
    );
    if (!r.ok) return { ok: false, error: r.error, kind: r.kind };
    const text = completionText(r.json);
    if (text === undefined) {
      // a proxy that reports its failure with HTTP 200 and {"error": …}: its words, masked
      const reported = (r.json as { error?: unknown } | null)?.error;
      const why =
        reported === undefined ? '' : `; it reports: ${h.mask(JSON.stringify(reported).slice(0, 400)).slice(0, 120)}`;
      return {
        ok: false,
        error: `answer has no text in choices[].message (content, refusal or tool_calls)${why}`,
        kind: 'invalid',
      };
    }
    return { ok: true, out: { text } };
  });
}

/**
 * Checks what an HTTP target's options need before anything is sent (a valid URL; for REST, and for a chat
 * model through a template, a valid request template and an output path): a `UserError` otherwise. Run by
 * the gate's preflight (exit 2, nothing run) and again when the target opens.
 */
export function checkHttpOptions(
  options: Pick<HttpOptions, 'url' | 'kind' | 'requestTemplate' | 'outputPath' | 'llm'>,
): void {
  const shown = displayUrl(options.url);
  const scheme = new URL(options.url).protocol;
  if (scheme !== 'http:' && scheme !== 'https:')
    throw new UserError(
      'input-invalid',
      `The endpoint "${shown.slice(0, 80)}" is not an http:// or https:// URL (expected e.g. http://127.0.0.1:8080/v1/chat/completions).`,
    );
  const template = options.requestTemplate;
  const batchedTemplate = template?.includes('"{{inputs}}"') ?? false;
  const chatTemplate = options.llm && (template?.includes('"{{messages}}"') ?? false);
  if (options.kind === 'rest' || (options.llm && template))
    checkTemplate(options, batchedTemplate, Boolean(chatTemplate));
}

export function openHttp(given: HttpOptions): Target & { stats: { retries: number; requests: number } } {
  checkHttpOptions(given);
  const shown = displayUrl(given.url);
  const options = { ...given, ...requestOf(given.url, given.headers) };
  const stats = { retries: 0, requests: 0 };
  // Header values (API keys) are masked in every error text before it is cut: a cut never shows part of one.
  const mask = masker([...Object.values(options.headers).flatMap(headerSecrets), ...urlSecrets(given.url)]);
  const h: Http = { options, stats, mask };
  const batchedTemplate = options.requestTemplate?.includes('"{{inputs}}"') ?? false;
  return {
    kind: options.kind,
    fingerprint: shown,
    maxBatch:
      options.kind === 'openai' || options.llm || (options.kind === 'rest' && !batchedTemplate)
        ? Math.max(1, options.concurrency)
        : options.maxBatch,
    stats,
    predict(inputs, signal) {
      if (options.kind === 'kserve') return kserve(h, inputs, signal);
      if (options.kind === 'rest') return rest(h, inputs, batchedTemplate, signal);
      return openai(h, inputs, signal);
    },
    async close() {},
  };
}
