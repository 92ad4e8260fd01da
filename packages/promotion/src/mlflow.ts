import { UserError } from '@ml-gates/core';
import { compareRegistryFiles } from './registry-files.js';

/**
 * MLflow Model Registry over its REST API (mlflow/protos/model_registry.proto and mlflow_artifacts.proto):
 * - `GET  /api/2.0/mlflow/model-versions/get?name=&version=` → `{ model_version }` (exists, `READY`; its
 *   `run_id` and `source` are recorded in the tags);
 * - `GET  /api/2.0/mlflow/model-versions/get-download-uri?name=&version=` → `{ artifact_uri }`, where the
 *   version's files are stored;
 * - `GET  /api/2.0/mlflow-artifacts/artifacts?path=` → `{ files: [{ path, is_dir, file_size }] }` (one folder
 *   level, base names) and `GET /api/2.0/mlflow-artifacts/artifacts/<path>` → the file's bytes: the tracking
 *   server's artifact proxy, for an `mlflow-artifacts:` location; every file is hashed (never stored or run);
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
  /**
   * Compare the version's files with these attested subjects (name → sha256); absent: not compared
   * (`--skip-artifact-check`, recorded in a tag).
   */
  artifacts?: { subjects: ReadonlyMap<string, string>; modelDir?: string };
}

/** What the registry says of the version (`model-versions/get`). */
export interface RegistryVersion {
  runId?: string;
  source?: string;
}

/** What a promotion did: its calls, the version as the registry described it, and how its files compared. */
export interface PromotionDone {
  calls: RegistryCall[];
  version: RegistryVersion;
  files: string;
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

const GET_VERSION = '/api/2.0/mlflow/model-versions/get';
const GET_DOWNLOAD_URI = '/api/2.0/mlflow/model-versions/get-download-uri';
const NOT_COMPARED = "not compared (--skip-artifact-check): the version's files were not checked";

/** The tags recording what the registry said of the version and how its files compared with the attestation. */
export function registryTags(version: RegistryVersion, files: string): Record<string, string> {
  return {
    ...(version.runId ? { 'ml-gates.registry.run_id': version.runId } : {}),
    ...(version.source ? { 'ml-gates.registry.source': version.source } : {}),
    'ml-gates.registry.files': files,
  };
}

/**
 * The calls a promotion makes, in order (what `--dry-run` prints): the version, where its files are (the files
 * are then listed and hashed through the artifact proxy), the tags, the alias. `version`: what the registry
 * said of it; placeholders in a dry run.
 */
export function promotionCalls(req: PromotionRequest, version?: RegistryVersion, files?: string): RegistryCall[] {
  const which = { name: req.model, version: req.version };
  const calls: RegistryCall[] = [{ method: 'GET', path: GET_VERSION, query: which }];
  if (req.artifacts) calls.push({ method: 'GET', path: GET_DOWNLOAD_URI, query: which });
  const registry = registryTags(
    version ?? { runId: '<run_id from the registry>', source: '<source from the registry>' },
    files ?? (req.artifacts ? '<files compared with the attestation>' : NOT_COMPARED),
  );
  const tags = { ...req.tags, ...registry };
  for (const [key, value] of Object.entries(tags).sort(([a], [b]) => (a < b ? -1 : 1))) {
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

/** One request; a non-2xx answer throws with the registry's `error_code` and message. */
async function request(target: MlflowTarget, call: RegistryCall, signal?: AbortSignal): Promise<Response> {
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
  if (res.ok) return res;
  const text = await res.text();
  let e: { error_code?: string; message?: string } | undefined;
  try {
    e = JSON.parse(text) as typeof e;
  } catch {
    e = undefined; // not JSON: the start of the body is the reason
  }
  const why = e?.error_code ? `${e.error_code}: ${e.message ?? ''}` : text.slice(0, 200);
  throw new Error(`${call.method} ${call.path}: HTTP ${res.status} ${why}`);
}

async function send(target: MlflowTarget, call: RegistryCall, signal?: AbortSignal): Promise<unknown> {
  const text = await (await request(target, call, signal)).text();
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new Error(`${call.method} ${call.path}: the server did not answer JSON`);
  }
}

/**
 * Promotes a model version: checks it exists and is READY, compares its files with the attested subjects
 * (unless `req.artifacts` is absent), sets the tags (the request's and the registry's: run_id, source, how the
 * files compared), then the alias. Stops at the first failure and throws with the reason; the alias is never
 * set then, and no tag is set when the version or its files do not check out.
 */
export async function promoteModel(
  target: MlflowTarget,
  req: PromotionRequest,
  signal?: AbortSignal,
): Promise<PromotionDone> {
  const done: RegistryCall[] = [];
  const call = async (c: RegistryCall): Promise<unknown> => {
    try {
      const answer = await send(target, c, signal);
      done.push(c);
      return answer;
    } catch (error) {
      throw new Error(`${(error as Error).message}${partialNote(done)}`, { cause: error });
    }
  };
  const [get, ...rest] = promotionCalls(req);
  const version = checkVersion(await call(get!), req);
  let files = NOT_COMPARED;
  if (req.artifacts) {
    const uri = artifactUriOf(await call(rest[0]!), req);
    files = await compareRegistryFiles(
      (path, query) => request(target, { method: 'GET', path, ...(query ? { query } : {}) }, signal),
      {
        uri,
        trackingUrl: target.url,
        subjects: req.artifacts.subjects,
        ...(req.artifacts.modelDir !== undefined ? { modelDir: req.artifacts.modelDir } : {}),
        which: `model ${req.model} version ${req.version}`,
      },
    );
  }
  for (const c of promotionCalls(req, version, files).filter((c) => c.method === 'POST')) await call(c);
  return { calls: done, version, files };
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
function checkVersion(answer: unknown, req: PromotionRequest): RegistryVersion {
  const mv = (
    answer as {
      model_version?: { name?: unknown; version?: unknown; status?: unknown; run_id?: unknown; source?: unknown };
    } | null
  )?.model_version;
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
  return {
    ...(typeof mv.run_id === 'string' && mv.run_id ? { runId: mv.run_id } : {}),
    ...(typeof mv.source === 'string' && mv.source ? { source: mv.source } : {}),
  };
}

function artifactUriOf(answer: unknown, req: PromotionRequest): string {
  const uri = (answer as { artifact_uri?: unknown } | null)?.artifact_uri;
  if (typeof uri !== 'string' || uri === '')
    throw new Error(`model ${req.model} version ${req.version}: the registry did not say where its files are`);
  return uri;
}
