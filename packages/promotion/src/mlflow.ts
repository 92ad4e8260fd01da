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

/** Reads the tracking server from the environment; a missing or non-http(s) URL is a user error. */
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
    const answer = await send(target, call, signal);
    if (call.path.endsWith('/model-versions/get')) {
      const mv = (answer as { model_version?: { name?: string; version?: string; status?: string } }).model_version;
      if (!mv || String(mv.version) !== req.version)
        throw new Error(`model ${req.model} version ${req.version}: the registry did not return that version`);
      if (mv.status !== undefined && mv.status !== 'READY')
        throw new Error(`model ${req.model} version ${req.version} is ${mv.status}, not READY; not promoting`);
    }
    done.push(call);
  }
  return done;
}
