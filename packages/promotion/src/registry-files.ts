import { createHash } from 'node:crypto';

/** A GET through the tracking server (query, bearer token, registry errors thrown with their reason). */
export type RegistryGet = (path: string, query?: Record<string, string>) => Promise<Response>;

/** The tracking server's artifact proxy (mlflow/protos/mlflow_artifacts.proto). */
export const ARTIFACTS_PROXY = '/api/2.0/mlflow-artifacts/artifacts';

/** At most this many files (and folder levels) are walked: a registry that answers without end is refused. */
const MAX_FILES = 10_000;
const MAX_DEPTH = 32;

/**
 * The proxied path of an artifact location, or why the tracking server cannot serve it. Only
 * `mlflow-artifacts:/path` (the server's own store, `mlflow server --serve-artifacts`, the default since MLflow
 * 2.0) or `mlflow-artifacts://<this server>/path` is readable through the REST API; a store the server does
 * not proxy (s3://, gs://, wasbs://, dbfs:/, file:/) is read with the store's own credentials, which promote
 * does not have, and another server would receive the credentials.
 */
export function proxiedPath(uri: string, trackingUrl: string): { path: string } | { why: string } {
  // URL parsing resolves `.` and `..` (also percent-encoded): a location that has them is refused before that.
  const segments = uri.replace(/^[a-z][a-z0-9+.-]*:/i, '').split(/[/\\]/);
  if (segments.some((x) => /^(\.|%2e){1,2}$/i.test(x)))
    return { why: `its artifact location ${uri} is not a plain path` };
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return { why: `its artifact location ${JSON.stringify(uri)} is not a URI` };
  }
  if (u.protocol !== 'mlflow-artifacts:') {
    return {
      why: `its files are stored at ${u.protocol}// (${uri}), which the tracking server does not serve through its artifact proxy`,
    };
  }
  if (u.host !== '' && u.host.toLowerCase() !== new URL(trackingUrl).host.toLowerCase())
    return { why: `its artifact location ${uri} names another server than MLFLOW_TRACKING_URI` };
  const path = decodeURIComponent(u.pathname).replace(/^\/+|\/+$/g, '');
  if (path.split('/').some((s) => s === '..' || s === '.'))
    return { why: `its artifact location ${uri} is not a plain path` };
  return { path };
}

interface Listed {
  /** Relative to the version's artifact root, `/`-separated. */
  rel: string;
  size?: number;
}

/** Every file under `root`, listed a folder level at a time (the proxy answers base names). */
async function listFiles(get: RegistryGet, root: string): Promise<Listed[]> {
  const out: Listed[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) throw new Error(`${rel}: more than ${MAX_DEPTH} folder levels; refusing`);
    const path = rel ? `${root}/${rel}` : root;
    const answer = (await (await get(ARTIFACTS_PROXY, { path })).json()) as { files?: unknown } | null;
    const files = answer?.files ?? [];
    if (!Array.isArray(files)) throw new Error(`listing ${path}: "files" is not a list`);
    for (const f of files as { path?: unknown; is_dir?: unknown; file_size?: unknown }[]) {
      const name = typeof f?.path === 'string' ? (f.path.split('/').pop() ?? '') : '';
      if (name === '' || name === '.' || name === '..' || /[\\\0]/.test(name))
        throw new Error(`listing ${path}: the registry named a file ${JSON.stringify(f?.path)}; refusing`);
      const child = rel ? `${rel}/${name}` : name;
      if (f.is_dir === true) await walk(child, depth + 1);
      else {
        const size = Number(f.file_size);
        out.push({ rel: child, ...(f.file_size !== undefined && Number.isFinite(size) ? { size } : {}) });
      }
      if (out.length > MAX_FILES) throw new Error(`more than ${MAX_FILES} files; refusing`);
    }
  };
  await walk('', 0);
  return out;
}

/** sha256 and length of one file, streamed from the proxy (never stored, never run). */
async function hashFile(get: RegistryGet, path: string): Promise<{ sha256: string; bytes: number }> {
  const res = await get(`${ARTIFACTS_PROXY}/${path.split('/').map(encodeURIComponent).join('/')}`);
  const hash = createHash('sha256');
  let bytes = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      bytes += chunk.byteLength;
    }
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** The attested folder whose files are exactly the version's (by name), or why there is none. */
function attestedFolder(
  listed: readonly Listed[],
  subjects: ReadonlyMap<string, string>,
  modelDir: string | undefined,
): { dir: string } | { why: string } {
  const names = new Set(listed.map((f) => f.rel));
  const under = (dir: string): string[] =>
    [...subjects.keys()]
      .filter((n) => dir === '' || n.startsWith(`${dir}/`))
      .map((n) => (dir ? n.slice(dir.length + 1) : n));
  const differs = (dir: string): string | undefined => {
    const attested = under(dir);
    const extra = [...names].sort().find((n) => !subjects.has(dir ? `${dir}/${n}` : n));
    if (extra !== undefined)
      return `${extra} is in the registry version but not attested under ${dir || 'the workspace'}`;
    const missing = attested.sort().find((n) => !names.has(n));
    if (missing !== undefined) return `${dir ? `${dir}/` : ''}${missing} is attested but not in the registry version`;
    return undefined;
  };
  if (modelDir !== undefined) {
    const dir = modelDir
      .replace(/\\/g, '/')
      .replace(/^\.\/+|\/+$/g, '')
      .replace(/^\.$/, '');
    const why = differs(dir);
    return why ? { why } : { dir };
  }
  // Candidate folders: wherever an attested path ends with one of the version's file names.
  const candidates = new Set<string>();
  for (const rel of names)
    for (const n of subjects.keys())
      if (n === rel || n.endsWith(`/${rel}`)) candidates.add(n.slice(0, n.length - rel.length).replace(/\/$/, ''));
  const matching = [...candidates].sort().filter((d) => differs(d) === undefined);
  if (matching.length === 1) return { dir: matching[0]! };
  if (matching.length > 1)
    return {
      why: `several attested folders hold these file names (${matching.join(', ')}); name one with --model-dir`,
    };
  // The closest folder (most of the version's names attested there) says what differs.
  const held = (d: string): number => [...names].filter((n) => subjects.has(d ? `${d}/${n}` : n)).length;
  const best = [...candidates].sort((a, b) => held(b) - held(a) || (a < b ? -1 : 1))[0];
  if (best === undefined) {
    const first = [...names].sort()[0]!;
    return { why: `${first} is in the registry version but no attested file has that name` };
  }
  return { why: differs(best)! };
}

/**
 * Compares a registry version's files with the attestation: lists every file under its artifact location
 * through the tracking server's artifact proxy, finds the attested folder holding exactly those names
 * (`modelDir`, else the one attested folder that matches), downloads each file and compares its sha256 with
 * the attested one. Returns the tag value recording the comparison; throws with the first difference.
 */
export async function compareRegistryFiles(
  get: RegistryGet,
  opts: { uri: string; trackingUrl: string; subjects: ReadonlyMap<string, string>; modelDir?: string; which: string },
): Promise<string> {
  const where = proxiedPath(opts.uri, opts.trackingUrl);
  if ('why' in where) {
    throw new Error(
      `${opts.which}: cannot compare its files with the attestation: ${where.why}; not promoting (--skip-artifact-check promotes without comparing them, and says so in a tag)`,
    );
  }
  const listed = await listFiles(get, where.path);
  if (listed.length === 0) throw new Error(`${opts.which}: the registry version holds no file; not promoting`);
  const folder = attestedFolder(listed, opts.subjects, opts.modelDir);
  if ('why' in folder) throw new Error(`${opts.which}: ${folder.why}; not promoting`);
  for (const f of listed.sort((a, b) => (a.rel < b.rel ? -1 : 1))) {
    const name = folder.dir ? `${folder.dir}/${f.rel}` : f.rel;
    const got = await hashFile(get, `${where.path}/${f.rel}`);
    if (f.size !== undefined && got.bytes !== f.size)
      throw new Error(
        `${opts.which}: ${f.rel} was listed with ${f.size} bytes, ${got.bytes} were served; not promoting`,
      );
    const attested = opts.subjects.get(name)!;
    if (got.sha256 !== attested) {
      throw new Error(
        `${opts.which}: ${f.rel} has sha256 ${got.sha256.slice(0, 16)}…, the attested ${name} ${attested.slice(0, 16)}…; the registry holds other bytes than the gates judged, not promoting`,
      );
    }
  }
  return `${listed.length} file(s) match the attested ${folder.dir || 'workspace'} (sha256)`;
}
