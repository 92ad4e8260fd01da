/**
 * GitHub's REST OpenAPI description (`@octokit/openapi`, api.github.com) as a request/response validator
 * for the test emulator: route matching, path/query/body validation and response validation with ajv.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, Json>;

/** The slice of ajv 8's API used here (typed locally: the root `ajv` package may be ESLint's ajv 6). */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string; params?: unknown }[] | null;
}
interface AjvInstance {
  addFormat(name: string, format: RegExp | ((s: string) => boolean) | true): unknown;
  addSchema(schema: object): unknown;
  compile(schema: object): ValidateFunction;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  regex: RegExp;
  paramNames: string[];
  literalSegments: number;
  spec: Obj;
}

export interface OpenApi {
  doc: Obj;
  find(method: string, path: string): { op: Operation; params: Record<string, string> } | undefined;
  /** Problems with a request (path, query, body); empty when GitHub would accept its shape. */
  checkRequest(op: Operation, params: Record<string, string>, query: URLSearchParams, body: unknown): string[];
  /** Problems with a response body for a status; empty when it matches the description. */
  checkResponse(op: Operation, status: number, body: unknown): string[];
  /** A deep copy of `components.examples[name].value`. */
  example<T = Obj>(name: string): T;
}

let cached: OpenApi | undefined;

/**
 * OpenAPI 3.0 `nullable` → JSON Schema (ajv rejects `nullable` without `type`); drops annotation-only
 * keywords. `names` is true inside `properties`, whose keys are property names, not keywords.
 */
function convert(node: Json, names = false): Json {
  if (Array.isArray(node)) return node.map((n) => convert(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) {
    if (!names && (k === 'example' || k === 'examples' || k === 'x-github' || k === 'discriminator')) continue;
    out[k] = convert(v, !names && (k === 'properties' || k === 'schemas' || k === 'patternProperties'));
  }
  if (names) return out;
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  delete out.nullable;
  return out;
}

function deref(doc: Obj, node: Json): Obj {
  let n = node as Obj;
  for (let i = 0; i < 10 && n && typeof n.$ref === 'string'; i++) {
    const parts = (n.$ref as string).replace(/^#\//, '').split('/');
    let cur: Json = doc;
    for (const p of parts) cur = (cur as Obj)[p.replace(/~1/g, '/').replace(/~0/g, '~')]!;
    n = cur as Obj;
  }
  return n;
}

/** Rewrites local `#/components/...` refs so a schema taken out of the document still resolves. */
function rebase(node: Json): Json {
  if (Array.isArray(node)) return node.map(rebase);
  if (node === null || typeof node !== 'object') return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rebase(v);
  }
  return out;
}

function coerce(value: string, schema: Obj): Json {
  const t = schema.type;
  if (t === 'integer' || t === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (t === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

export function loadOpenApi(): OpenApi {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Obj;
  const components = convert(raw.components as Json) as Obj;
  const doc: Obj = { ...raw, components };
  // ajv 8 as @ml-gates/core resolves it (the root `ajv` may be ESLint's ajv 6).
  const coreRequire = createRequire(new URL('../../packages/core/package.json', import.meta.url));
  const Ajv = (coreRequire('ajv') as { default: new (o: object) => AjvInstance }).default;
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  for (const f of [
    'uri-template',
    'date',
    'binary',
    'int32',
    'int64',
    'repo.nwo',
    'ssh-key',
    'ssh-key fingerprint',
    'hostname',
    'ipv4',
    'ipv6',
    'uuid',
  ])
    ajv.addFormat(f, true as const);
  ajv.addSchema({ $id: 'gh', components: components as never });

  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(raw.paths as Record<string, Obj>)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const spec = item[method] as Obj | undefined;
      if (!spec) continue;
      const paramNames: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, n: string) => {
        paramNames.push(n);
        // `{path}` (repository contents) spans several segments.
        return n === 'path' ? '(.+)' : '([^/]+)';
      });
      ops.push({
        method: method.toUpperCase(),
        template,
        operationId: String(spec.operationId),
        regex: new RegExp(`^${source}$`),
        paramNames,
        literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        spec,
      });
    }
  }
  ops.sort((a, b) => b.literalSegments - a.literalSegments);

  const compiled = new Map<string, ValidateFunction>();
  const validator = (key: string, schema: Json): ValidateFunction => {
    let v = compiled.get(key);
    if (!v) {
      v = ajv.compile(rebase(convert(schema)) as object);
      compiled.set(key, v);
    }
    return v;
  };
  const errorsOf = (v: ValidateFunction, where: string): string[] =>
    (v.errors ?? [])
      .slice(0, 8)
      .map((e) => `${where}${e.instancePath} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);

  cached = {
    doc,
    find(method, path) {
      for (const op of ops) {
        if (op.method !== method) continue;
        const m = op.regex.exec(path);
        if (!m) continue;
        const params: Record<string, string> = {};
        op.paramNames.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
        return { op, params };
      }
      return undefined;
    },
    checkRequest(op, params, query, body) {
      const problems: string[] = [];
      const declared = ((op.spec.parameters as Json[] | undefined) ?? []).map((p) => deref(raw, p));
      for (const p of declared) {
        const name = String(p.name);
        const schema = (p.schema ?? {}) as Obj;
        const key = `${op.operationId}:${String(p.in)}:${name}`;
        if (p.in === 'path') {
          const value = params[name];
          if (value === undefined) continue;
          const v = validator(key, schema);
          if (!v(coerce(value, schema))) problems.push(...errorsOf(v, `path parameter ${name}`));
        } else if (p.in === 'query') {
          const value = query.get(name);
          if (value === null) {
            if (p.required === true) problems.push(`query parameter ${name} is required`);
            continue;
          }
          const v = validator(key, schema);
          if (!v(coerce(value, schema))) problems.push(...errorsOf(v, `query parameter ${name}`));
        }
      }
      const known = new Set(declared.filter((p) => p.in === 'query').map((p) => String(p.name)));
      for (const name of query.keys()) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
      const rb = op.spec.requestBody ? deref(raw, op.spec.requestBody) : undefined;
      const schema = (rb?.content as Obj | undefined)?.['application/json'] as Obj | undefined;
      if (schema?.schema) {
        if (body === undefined) {
          if (rb?.required === true) problems.push('request body is required');
        } else {
          const v = validator(`${op.operationId}:body`, schema.schema);
          if (!v(body)) problems.push(...errorsOf(v, 'body'));
        }
      } else if (body !== undefined && op.method !== 'GET' && op.method !== 'DELETE') {
        problems.push('this operation takes no request body');
      }
      return problems;
    },
    checkResponse(op, status, body) {
      const responses = (op.spec.responses ?? {}) as Obj;
      const r = responses[String(status)];
      if (r === undefined) {
        return status >= 400 ? [] : [`status ${status} is not a documented response of ${op.operationId}`];
      }
      const resp = deref(raw, r);
      const schema = ((resp.content as Obj | undefined)?.['application/json'] as Obj | undefined)?.schema;
      if (schema === undefined) return body === undefined ? [] : [`status ${status} of ${op.operationId} has no body`];
      const v = validator(`${op.operationId}:${status}`, schema);
      return v(body) ? [] : errorsOf(v, `response ${status}`);
    },
    example<T>(name: string): T {
      const ex = (raw.components as Obj).examples as Obj;
      const e = ex[name] as Obj | undefined;
      if (!e) throw new Error(`no example ${name} in the OpenAPI description`);
      return structuredClone(e.value) as T;
    },
  };
  return cached;
}
