import { UserError } from '@ml-gates/core';

/**
 * MLflow Model Registry over its REST API (mlflow/protos/model_registry.proto, API 2.0):
 * - `GET  /api/2.0/mlflow/model-versions/get?name=&version=` → `{ model_version }` (the version must exist);
 * - `POST /api/2.0/mlflow/model-versions/set-tag` `{ name, version, key, value }` → `{}`;
 * - `POST /api/2.0/mlflow/registered-models/alias` `{ name, alias, version }` → `{}`.
 * `version` is a string in every request. Errors come back as `{ error_code, message }` with a 4xx/5xx status.
 * Tags are set first and the alias last: a deploy that follows the alias never sees a half-tagged version.
 */
export interface MlflowTarget {
  /** Tracking server URL (`MLFLOW_TRACKING_URI`), http(s). */
  url: string;
  /** Bearer token (`MLFLOW_TRACKING_TOKEN`). */
  token?: string;
  /** Basic auth (`MLFLOW_TRACKING_USERNAME` / `MLFLOW_TRACKING_PASSWORD`), when no token. */
  basic?: { username: string; password: string };
}

export interface RegistryCall {
  method: 'GET' | 'POST';
  path: string;
  body?: Record<string, string>;
  query?: Record<string, string>;
}

export interface PromotionRequest {
  model: string;
  version: string;
  alias: string;
  tags: Record<string, string>;
}

/** Whether an http(s) URL names this machine (localhost, 127.0.0.0/8, ::1): traffic that never leaves it. */
function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false; // not a URL at all: treated as another machine
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** A URL without its user info (what an error message may show). */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return '(an invalid URL)';
  }
}

/**
 * Reads the tracking server from the environment; a missing or non-http(s) URL is a user error, and so are
 * credentials that would go over plain http to another machine.
 */
export function mlflowFromEnv(env: NodeJS.ProcessEnv): MlflowTarget {
  const url = env.MLFLOW_TRACKING_URI?.trim();
  if (!url) {
    throw new UserError(
      'input-invalid',
      'MLFLOW_TRACKING_URI is not set: say which MLflow tracking server to promote on.',
      {
        details: ['Set MLFLOW_TRACKING_URI (and MLFLOW_TRACKING_TOKEN) in the job environment, or use --dry-run.'],
      },
    );
  }
  if (!/^https?:\/\//i.test(url)) {
    throw new UserError(
      'input-invalid',
      `MLFLOW_TRACKING_URI is ${url}: promote talks to a tracking server over http(s), not a local store.`,
    );
  }
  const token = env.MLFLOW_TRACKING_TOKEN?.trim();
  const username = env.MLFLOW_TRACKING_USERNAME;
  const password = env.MLFLOW_TRACKING_PASSWORD;
  const credentials = Boolean(token) || (username !== undefined && password !== undefined);
  if (credentials && /^http:/i.test(url) && !isLoopback(url)) {
    throw new UserError(
      'input-invalid',
      `MLFLOW_TRACKING_URI is ${redactUrl(url)}: promote does not send the MLflow credentials over plain http to another machine (anyone on the path could read and reuse them).`,
      { details: ['Use the https:// address of the tracking server (a loopback http:// address is accepted).'] },
    );
  }
  return {
    url: url.replace(/\/+$/, ''),
    ...(token ? { token } : {}),
    ...(!token && username !== undefined && password !== undefined ? { basic: { username, password } } : {}),
  };
}

/** The calls a promotion makes, in order (what `--dry-run` prints). */
export function promotionCalls(req: PromotionRequest): RegistryCall[] {
  const calls: RegistryCall[] = [
    { method: 'GET', path: '/api/2.0/mlflow/model-versions/get', query: { name: req.model, version: req.version } },
  ];
  for (const [key, value] of Object.entries(req.tags).sort(([a], [b]) => (a < b ? -1 : 1))) {
    calls.push({
      method: 'POST',
      path: '/api/2.0/mlflow/model-versions/set-tag',
      body: { name: req.model, version: req.version, key, value },
    });
  }
  calls.push({
    method: 'POST',
    path: '/api/2.0/mlflow/registered-models/alias',
    body: { name: req.model, alias: req.alias, version: req.version },
  });
  return calls;
}

/** One line per call, for `--dry-run` and logs (no token). */
export function describeCall(call: RegistryCall): string {
  const q = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
  return `${call.method} ${call.path}${q}${call.body ? ` ${JSON.stringify(call.body)}` : ''}`;
}

async function send(target: MlflowTarget, call: RegistryCall, signal?: AbortSignal): Promise<unknown> {
  const q = call.query ? `?${new URLSearchParams(call.query).toString()}` : '';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (call.body) headers['content-type'] = 'application/json';
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  else if (target.basic)
    headers.authorization = `Basic ${Buffer.from(`${target.basic.username}:${target.basic.password}`).toString('base64')}`;
  let res: Response;
  try {
    res = await fetch(`${target.url}${call.path}${q}`, {
      method: call.method,
      headers,
      ...(call.body ? { body: JSON.stringify(call.body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    throw new Error(`${call.method} ${call.path}: cannot reach the MLflow server (${(error as Error).message})`, {
      cause: error,
    });
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const e = json as { error_code?: string; message?: string } | undefined;
    const why = e?.error_code ? `${e.error_code}: ${e.message ?? ''}` : text.slice(0, 200);
    throw new Error(`${call.method} ${call.path}: HTTP ${res.status} ${why}`);
  }
  if (json === undefined) throw new Error(`${call.method} ${call.path}: the server did not answer JSON`);
  return json;
}

/**
 * Promotes a model version: checks it exists, sets the tags, then the alias. Stops at the first failed call
 * and throws with the registry's reason (the alias is never set when a tag failed).
 */
export async function promoteModel(
  target: MlflowTarget,
  req: PromotionRequest,
  signal?: AbortSignal,
): Promise<RegistryCall[]> {
  const calls = promotionCalls(req);
  const done: RegistryCall[] = [];
  for (const call of calls) {
    let answer: unknown;
    try {
      answer = await send(target, call, signal);
    } catch (error) {
      throw new Error(`${(error as Error).message}${partialNote(done)}`, { cause: error });
    }
    if (call.path.endsWith('/model-versions/get')) checkVersion(answer, req);
    done.push(call);
  }
  return done;
}

/** What a failed promotion had already changed (tags are set before the alias, which is never set then). */
function partialNote(done: readonly RegistryCall[]): string {
  const tags = done.filter((c) => c.path.endsWith('/set-tag')).length;
  return tags > 0 ? `; ${tags} tag(s) were set before the failure, the alias was not set` : '';
}

/**
 * The answer of `model-versions/get` must be the requested version of the requested model, `READY`: a
 * partial answer (no name, version or status) is not a version the registry vouched for.
 */
function checkVersion(answer: unknown, req: PromotionRequest): void {
  const mv = (answer as { model_version?: { name?: unknown; version?: unknown; status?: unknown } } | null)
    ?.model_version;
  const which = `model ${req.model} version ${req.version}`;
  if (!mv || typeof mv !== 'object') throw new Error(`${which}: the registry's answer has no model_version`);
  if (String(mv.name) !== req.model || String(mv.version) !== req.version) {
    throw new Error(
      `${which}: the registry answered with model ${String(mv.name)} version ${String(mv.version)}; not promoting`,
    );
  }
  if (mv.status !== 'READY')
    throw new Error(
      `${which} is ${mv.status === undefined ? 'of unknown status' : String(mv.status)}, not READY; not promoting`,
    );
}
