import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small MLflow Model Registry emulator, written from MLflow's REST reference (mlflow/protos/model_registry.proto,
 * mlflow/protos/mlflow_artifacts.proto, API 2.0). It serves only what `ml-gates promote` uses and rejects any
 * request whose shape differs from the reference: method, path, query parameters, content type, body fields
 * (names, string types, required), bearer token.
 * - GET  /api/2.0/mlflow/model-versions/get?name=&version=      → { model_version: ModelVersion }
 * - GET  /api/2.0/mlflow/model-versions/get-download-uri?name=&version= → { artifact_uri }
 * - GET  /api/2.0/mlflow-artifacts/artifacts?path=              → { files: [{ path (base name), is_dir, file_size }] }
 *   (one folder level; an empty list is left out, as protobuf's JSON does)
 * - GET  /api/2.0/mlflow-artifacts/artifacts/<path>             → the file's bytes (application/octet-stream)
 * - POST /api/2.0/mlflow/model-versions/set-tag { name, version, key, value } → {}
 * - POST /api/2.0/mlflow/registered-models/alias { name, alias, version }      → {}
 * Errors are `{ error_code, message }` with MLflow's status codes (400 INVALID_PARAMETER_VALUE,
 * 404 RESOURCE_DOES_NOT_EXIST, 401 UNAUTHENTICATED).
 */
export interface VersionSpec {
  /** `READY` unless said otherwise (`PENDING_REGISTRATION`, `FAILED_REGISTRATION`). */
  status?: string;
  runId?: string;
  /** Default `runs:/<runId>/model`. */
  source?: string;
  /** Where the files are (get-download-uri); default `mlflow-artifacts:/1/<runId>/artifacts/model`. */
  artifactUri?: string;
  /** The version's files, by path relative to its artifact location (served when that is `mlflow-artifacts:/`). */
  files?: Record<string, string | Buffer>;
}

export interface Emulator {
  url: string;
  calls: { method: string; path: string; body?: unknown }[];
  /** Tags per `name/version`, aliases per name. */
  tags: Map<string, Record<string, string>>;
  aliases: Map<string, Record<string, string>>;
  /** The proxied artifact store: full path → bytes (tests may change a file after registration). */
  store: Map<string, Buffer>;
  close(): Promise<void>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function requireFields(body: unknown, fields: string[]): Record<string, string> {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new ApiError(400, 'MALFORMED_REQUEST', 'body must be a JSON object');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b))
    if (!fields.includes(key)) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `unknown field ${key}`);
  for (const f of fields) {
    if (b[f] === undefined)
      throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Missing value for required parameter '${f}'`);
    if (typeof b[f] !== 'string') throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `'${f}' must be a string`);
  }
  return b as Record<string, string>;
}

function requireQuery(url: URL, allowed: string[]): void {
  for (const key of url.searchParams.keys())
    if (!allowed.includes(key)) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `unknown parameter ${key}`);
}

/** MLflow's `validate_path_is_safe`: no `..`, no absolute or Windows path, no URI. */
function safePath(path: string): string {
  if (
    path.includes('\\') ||
    path.startsWith('/') ||
    /^[a-z][a-z0-9+.-]*:/i.test(path) ||
    path.split('/').includes('..')
  )
    throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Invalid path: ${path}`);
  return path.replace(/\/+$/, '');
}

export async function startEmulator(opts: {
  token: string;
  versions: Record<string, string[] | Record<string, VersionSpec>>;
}): Promise<Emulator> {
  const calls: Emulator['calls'] = [];
  const tags = new Map<string, Record<string, string>>();
  const aliases = new Map<string, Record<string, string>>();
  const store = new Map<string, Buffer>();
  const versions = new Map<string, Required<Omit<VersionSpec, 'files'>>>();
  for (const [name, list] of Object.entries(opts.versions)) {
    const specs: Record<string, VersionSpec> = Array.isArray(list)
      ? Object.fromEntries(list.map((v) => [v, {}]))
      : list;
    for (const [version, spec] of Object.entries(specs)) {
      const runId = spec.runId ?? `run${name}${version}`.replace(/[^a-z0-9]/gi, '').padEnd(32, '0');
      const artifactUri = spec.artifactUri ?? `mlflow-artifacts:/1/${runId}/artifacts/model`;
      versions.set(`${name}/${version}`, {
        status: spec.status ?? 'READY',
        runId,
        source: spec.source ?? `runs:/${runId}/model`,
        artifactUri,
      });
      const root = /^mlflow-artifacts:\/(?!\/)/.test(artifactUri)
        ? artifactUri.slice('mlflow-artifacts:/'.length)
        : undefined;
      for (const [rel, bytes] of Object.entries(spec.files ?? {}))
        if (root !== undefined) store.set(`${root}/${rel}`, Buffer.from(bytes));
    }
  }
  const exists = (name: string, version: string) => {
    if (!/^[1-9][0-9]*$/.test(version))
      throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Model version must be an integer, got '${version}'`);
    const mv = versions.get(`${name}/${version}`);
    if (!mv)
      throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Model Version (name=${name}, version=${version}) not found`);
    return mv;
  };
  const nameAndVersion = (url: URL) => {
    requireQuery(url, ['name', 'version']);
    const name = url.searchParams.get('name');
    const version = url.searchParams.get('version');
    if (!name || !version) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', 'name and version are required');
    return { name, version, mv: exists(name, version) };
  };
  /** One folder level of the store, base names, as the proxy's listArtifacts answers. */
  const list = (dir: string) => {
    const prefix = dir ? `${dir}/` : '';
    const seen = new Map<string, { path: string; is_dir: boolean; file_size?: number }>();
    for (const [key, bytes] of store) {
      if (!key.startsWith(prefix)) continue;
      const [head, ...more] = key.slice(prefix.length).split('/');
      seen.set(
        head!,
        more.length > 0 ? { path: head!, is_dir: true } : { path: head!, is_dir: false, file_size: bytes.length },
      );
    }
    return seen.size > 0 ? { files: [...seen.values()] } : {};
  };

  const handle = async (req: IncomingMessage): Promise<unknown> => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.headers.authorization !== `Bearer ${opts.token}`)
      throw new ApiError(401, 'UNAUTHENTICATED', 'invalid or missing bearer token');
    let body: unknown;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method === 'POST') {
      if (!String(req.headers['content-type']).startsWith('application/json'))
        throw new ApiError(400, 'MALFORMED_REQUEST', 'content-type must be application/json');
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        throw new ApiError(400, 'MALFORMED_REQUEST', 'body is not JSON');
      }
    } else if (chunks.length > 0) throw new ApiError(400, 'MALFORMED_REQUEST', 'a GET has no body');
    calls.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, ...(body ? { body } : {}) });
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /api/2.0/mlflow/model-versions/get') {
      const { name, version, mv } = nameAndVersion(url);
      return {
        model_version: {
          name,
          version,
          creation_timestamp: 1_700_000_000_000,
          current_stage: 'None',
          source: mv.source,
          run_id: mv.runId,
          status: mv.status,
          aliases: Object.entries(aliases.get(name) ?? {})
            .filter(([, v]) => v === version)
            .map(([a]) => a),
          tags: Object.entries(tags.get(`${name}/${version}`) ?? {}).map(([key, value]) => ({ key, value })),
        },
      };
    }
    if (route === 'GET /api/2.0/mlflow/model-versions/get-download-uri') {
      return { artifact_uri: nameAndVersion(url).mv.artifactUri };
    }
    if (route === 'GET /api/2.0/mlflow-artifacts/artifacts') {
      requireQuery(url, ['path']);
      return list(safePath(url.searchParams.get('path') ?? ''));
    }
    if (req.method === 'GET' && url.pathname.startsWith('/api/2.0/mlflow-artifacts/artifacts/')) {
      requireQuery(url, []);
      const path = safePath(
        url.pathname.slice('/api/2.0/mlflow-artifacts/artifacts/'.length).split('/').map(decodeURIComponent).join('/'),
      );
      const bytes = store.get(path);
      if (!bytes) throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `No such file: ${path}`);
      return { raw: bytes };
    }
    if (route === 'POST /api/2.0/mlflow/model-versions/set-tag') {
      const b = requireFields(body, ['name', 'version', 'key', 'value']);
      exists(b.name!, b.version!);
      if (Buffer.byteLength(b.key!) > 250) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', 'tag key too long');
      if (b.key === '') throw new ApiError(400, 'INVALID_PARAMETER_VALUE', 'tag key must not be empty');
      if (!/^[\w\-. /]+$/.test(b.key!))
        throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Invalid tag key '${b.key}'`);
      if (Buffer.byteLength(b.value!) > 5000) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', 'tag value too long');
      const id = `${b.name}/${b.version}`;
      tags.set(id, { ...(tags.get(id) ?? {}), [b.key!]: b.value! });
      return {};
    }
    if (route === 'POST /api/2.0/mlflow/registered-models/alias') {
      const b = requireFields(body, ['name', 'alias', 'version']);
      if (b.alias === 'latest' || /^v\d+$/i.test(b.alias!))
        throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `'${b.alias}' is a reserved alias`);
      exists(b.name!, b.version!);
      aliases.set(b.name!, { ...(aliases.get(b.name!) ?? {}), [b.alias!]: b.version! });
      return {};
    }
    throw new ApiError(404, 'ENDPOINT_NOT_FOUND', `no endpoint ${route}`);
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    handle(req).then(
      (answer) => {
        const raw = (answer as { raw?: Buffer }).raw;
        if (raw) res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(raw);
        else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      },
      (error: unknown) => {
        const e = error instanceof ApiError ? error : new ApiError(500, 'INTERNAL_ERROR', String(error));
        res
          .writeHead(e.status, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error_code: e.code, message: e.message }));
      },
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    tags,
    aliases,
    store,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
