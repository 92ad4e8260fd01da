import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small MLflow Model Registry emulator, written from MLflow's REST reference (mlflow/protos/model_registry.proto,
 * API 2.0). It serves only what `ml-gates promote` uses and rejects any request whose shape differs from the
 * reference: method, path, content type, body fields (names, string types, required), bearer token.
 * - GET  /api/2.0/mlflow/model-versions/get?name=&version=      → { model_version: ModelVersion }
 * - POST /api/2.0/mlflow/model-versions/set-tag { name, version, key, value } → {}
 * - POST /api/2.0/mlflow/registered-models/alias { name, alias, version }      → {}
 * Errors are `{ error_code, message }` with MLflow's status codes (400 INVALID_PARAMETER_VALUE,
 * 404 RESOURCE_DOES_NOT_EXIST, 401 UNAUTHENTICATED).
 */
export interface Emulator {
  url: string;
  calls: { method: string; path: string; body?: unknown }[];
  /** Tags per `name/version`, aliases per name. */
  tags: Map<string, Record<string, string>>;
  aliases: Map<string, Record<string, string>>;
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

export async function startEmulator(opts: { token: string; versions: Record<string, string[]> }): Promise<Emulator> {
  const calls: Emulator['calls'] = [];
  const tags = new Map<string, Record<string, string>>();
  const aliases = new Map<string, Record<string, string>>();
  const exists = (name: string, version: string): void => {
    if (!/^[1-9][0-9]*$/.test(version))
      throw new ApiError(400, 'INVALID_PARAMETER_VALUE', `Model version must be an integer, got '${version}'`);
    if (!opts.versions[name]?.includes(version))
      throw new ApiError(404, 'RESOURCE_DOES_NOT_EXIST', `Model Version (name=${name}, version=${version}) not found`);
  };

  const handle = async (req: IncomingMessage): Promise<unknown> => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.headers.authorization !== `Bearer ${opts.token}`)
      throw new ApiError(401, 'UNAUTHENTICATED', 'invalid or missing bearer token');
    let body: unknown;
    if (req.method === 'POST') {
      if (!String(req.headers['content-type']).startsWith('application/json'))
        throw new ApiError(400, 'MALFORMED_REQUEST', 'content-type must be application/json');
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        throw new ApiError(400, 'MALFORMED_REQUEST', 'body is not JSON');
      }
    }
    calls.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, ...(body ? { body } : {}) });
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /api/2.0/mlflow/model-versions/get') {
      const name = url.searchParams.get('name');
      const version = url.searchParams.get('version');
      if (!name || !version) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', 'name and version are required');
      exists(name, version);
      return {
        model_version: {
          name,
          version,
          status: 'READY',
          current_stage: 'None',
          aliases: Object.entries(aliases.get(name) ?? {})
            .filter(([, v]) => v === version)
            .map(([a]) => a),
          tags: Object.entries(tags.get(`${name}/${version}`) ?? {}).map(([key, value]) => ({ key, value })),
        },
      };
    }
    if (route === 'POST /api/2.0/mlflow/model-versions/set-tag') {
      const b = requireFields(body, ['name', 'version', 'key', 'value']);
      exists(b.name!, b.version!);
      if (Buffer.byteLength(b.key!) > 250) throw new ApiError(400, 'INVALID_PARAMETER_VALUE', 'tag key too long');
      if (b.key === '') throw new ApiError(400, 'INVALID_PARAMETER_VALUE', 'tag key must not be empty');
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
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
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
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
