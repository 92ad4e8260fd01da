/** The data gate: reads the dataset(s) once, runs the enabled checks and returns their outputs. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  ML_GATES_VERSION,
  notRun,
  parseJsonExact,
  schemaDefaults,
  sha256File,
  toReportPath,
  UserError,
  describeError,
  type CheckOutput,
  type Gate,
  type GateContext,
  type GateResult,
  type GateOutput,
  type JsonSchema,
  type SubjectOutput,
  type TableFile,
  type TableSummary,
} from '@ml-gates/core';
import { driftCheck, referenceEdges, type DriftOptions, type ReferenceSide } from './checks/drift.js';
import {
  concatenateCheck,
  mergePartialProfiles,
  mergeShardSubjects,
  SHARED_KINDS,
  partialProfileFrom,
  partialProfileOf,
  sameShardReference,
  shardDataset,
} from './shard.js';
import { integrityCheck, type IntegrityOptions } from './checks/integrity.js';
import { labelBalanceCheck, leakageCheck, RowHashSink, type LabelOptions } from './checks/leakage.js';
import { outlierCheck, type OutlierOptions } from './checks/outliers.js';
import { SchemaSink, schemaCheck, type SchemaOptions } from './checks/schema.js';
import { piiCheck, secretsCheck, SensitiveSink, type PiiOptions, type SecretsOptions } from './checks/sensitive.js';
import { DATA_COMMANDS } from './commands.js';
import { exactIntegers } from './exact-integers.js';
import {
  asList,
  CHECK_OPTIONS,
  GATE_OPTIONS_DEFAULTS,
  GATE_OPTIONS_SCHEMA,
  NO_BASELINE_YET,
  type DataGateOptions,
} from './options.js';
import { buildProfile, parseProfile, type DataProfile } from './profile/profile.js';
import { readAndProfile, readOptionsOf, resolveFiles, type ReadResult } from './dataset.js';
import { readInWorker, workerAvailable } from './profile/worker.js';
import { DATA_GATE_RULES } from './rules.js';

export const GATE_DESCRIPTION =
  'Dataset checks before training: schema, integrity, drift, outliers, leakage, PII and secrets.';

async function loadSchemaOption(cwd: string, o: SchemaOptions): Promise<SchemaOptions> {
  const js = o['json-schema'] as unknown;
  if (typeof js !== 'string') return o;
  let text: string;
  try {
    text = await readFile(resolve(cwd, js), 'utf8');
  } catch (error) {
    throw new UserError('input-unreadable', `Cannot read the JSON Schema ${js}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = parseJsonExact(text);
  } catch (error) {
    throw new UserError('input-invalid', `${js} is not valid JSON: ${(error as Error).message}`);
  }
  // 64-bit ids in enum/const keep their digits (compared with the records' exact ids), bounds are never rounded.
  return { ...o, 'json-schema': exactIntegers(parsed, js, false, '') as Record<string, unknown> };
}

/** Why the drift reference is missing, and whether it is the default-branch baseline (governed by `missing-baseline`). */
interface MissingReference {
  reason: string;
  /** The default-branch profile is absent (first run on the default branch, or outside GitHub). */
  baseline: boolean;
  /** The reference could not be fetched or read: an error, never "no drift". */
  error?: boolean;
}

/** Finds the drift reference: raw files, a profile file, or the default branch's profile artifact. */
async function loadReference(
  ctx: GateContext<DataGateOptions>,
  o: DataGateOptions,
  signal?: AbortSignal,
): Promise<LoadedReference> {
  const rp = o['reference-profile'];
  const rawPatterns = asList(o.reference);
  const fromFile = async (path: string): Promise<{ profile: DataProfile; subject: SubjectOutput }> => {
    const abs = resolve(ctx.cwd, path);
    let bytes: Buffer;
    try {
      bytes = await readFile(abs);
    } catch (error) {
      throw new UserError('input-unreadable', `Cannot read the reference profile ${path}: ${(error as Error).message}`);
    }
    // Bound by the digest of the bytes parsed here (one read).
    const subject = referenceSubject(toReportPath(ctx.cwd, abs), bytes, 'profile');
    return { profile: parseProfile(bytes.toString('utf8'), path), subject };
  };
  const fromRaw = async (): Promise<LoadedReference> => {
    const files = await resolveFiles(ctx.cwd, rawPatterns, 'reference', notData(ctx));
    // On a second core while the current dataset is read (profile/worker.ts); in-thread where no worker can run.
    const refRead = workerAvailable()
      ? await readInWorker(files, o, readOptionsOf(o, signal))
      : await readAndProfile(files, o, [], signal, { logger: ctx.logger, label: 'reading reference' });
    return {
      ref: { kind: 'raw', columns: refRead.columns, source: files.map((f) => f.relPath).join(', ') },
      refRead,
      subjects: fileSubjects(refRead.files, REFERENCE_KIND),
    };
  };
  if (rp === 'default-branch') {
    let got: { content: Buffer; source: string } | undefined;
    try {
      got = ctx.services.baseline ? await ctx.services.baseline(o['baseline-name']) : undefined;
    } catch (error) {
      // A failed download is not a missing baseline: the check could not run, and says why.
      const why = `the default-branch profile "${o['baseline-name']}" could not be fetched: ${error instanceof UserError ? error.message : describeError(error)}`;
      return { missing: { reason: why, baseline: false, error: true } };
    }
    if (got) {
      const sha256 = createHash('sha256').update(got.content).digest('hex');
      return {
        ref: {
          kind: 'profile',
          profile: parseProfile(got.content.toString('utf8'), got.source),
          source: `${got.source} (default branch)`,
        },
        referenceDigest: { source: got.source, sha256, size: got.content.length },
        subjects: await baselineFileSubject(ctx.cwd, o['baseline-name'], got.content, sha256),
      };
    }
    const why = ctx.services.baseline
      ? `no "${o['baseline-name']}" artifact on the default branch`
      : 'no GitHub baseline service in this run (the default-branch profile is fetched in GitHub Actions only)';
    if (rawPatterns.length > 0) {
      ctx.logger.warning(`Default-branch profile unavailable (${why}); using the reference files instead.`);
      return {
        ...(await fromRaw()),
        note: `default-branch profile unavailable (${why}); fell back to the reference files`,
      };
    }
    return { missing: { reason: why, baseline: true } };
  }
  if (rp) {
    const { profile, subject } = await fromFile(rp);
    return { ref: { kind: 'profile', profile, source: rp }, subjects: [subject] };
  }
  if (rawPatterns.length > 0) return fromRaw();
  return {};
}

/** The integrity manifest (absolute path), which a directory of data files never contributes as data. */
function notData(ctx: GateContext<DataGateOptions>): Set<string> {
  const integrity = ctx.check('integrity');
  const manifest = integrity.mode !== 'off' ? (integrity.options as Partial<IntegrityOptions>).manifest : undefined;
  return new Set(manifest ? [resolve(ctx.cwd, manifest)] : []);
}

/** The subject kind of the drift reference's files (raw rows or a profile): examined, so attested. */
export const REFERENCE_KIND = 'dataset/reference';
/** The subject kind of the held-out split's files (read whole for leakage and label balance). */
export const TEST_SPLIT_KIND = 'dataset/test';

/** What a loaded reference is: the side to compare with, the files it was read from, or why there is none. */
interface LoadedReference {
  ref?: ReferenceSide;
  note?: string;
  refRead?: ReadResult;
  missing?: MissingReference;
  /** The reference's files (raw data or a profile in the workspace), with the digest of the bytes read. */
  subjects?: SubjectOutput[];
  /** A default-branch profile: where it came from and the digest of its bytes (an artifact has no file). */
  referenceDigest?: { source: string; sha256: string; size: number };
}

function referenceSubject(path: string, bytes: Buffer, form: 'profile'): SubjectOutput {
  return {
    path,
    kind: REFERENCE_KIND,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    details: { form },
  };
}

/**
 * The default-branch profile as a subject when a workspace file holds exactly its bytes (the baseline service's
 * repository copy); an artifact downloaded from another run has no file here and is bound by its digest in the
 * drift check's details instead.
 */
async function baselineFileSubject(
  cwd: string,
  name: string,
  content: Buffer,
  sha256: string,
): Promise<SubjectOutput[]> {
  const abs = resolve(cwd, name);
  const rel = toReportPath(cwd, abs);
  if (rel.startsWith('..')) return [];
  let size: number;
  try {
    const info = await stat(abs);
    if (!info.isFile()) return [];
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No such file: the profile came from an artifact only.
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw new UserError('input-unreadable', `Cannot read ${rel}: ${(error as Error).message}`);
  }
  if (size !== content.length || (await sha256File(abs)) !== sha256) return [];
  return [{ path: rel, kind: REFERENCE_KIND, size, sha256, details: { form: 'profile', source: 'default branch' } }];
}

/**
 * The default-branch baseline is absent. `missing-baseline: warn` (default): a visible warn with the reason,
 * since the first run on the default branch has none. `fail`: not run, judged like any check that could not run.
 */
export function missingBaseline(id: string, title: string, reason: string, policy: 'warn' | 'fail'): CheckOutput {
  const why = `${NO_BASELINE_YET} (${reason})`;
  if (policy === 'fail') return notRun(id, title, why);
  return {
    id,
    title,
    outcome: 'warn',
    summary: `not run: ${why}; missing-baseline: fail makes this a failure`,
    details: { notRun: why, missingBaseline: policy },
  };
}

/**
 * Option keys the user set to something other than the schema's default (ajv fills in defaults, so a key being
 * present does not mean the user wrote it).
 */
function setOptions(options: Record<string, unknown>, schema: Record<string, JsonSchema>): string[] {
  const defaults = schemaDefaults(schema);
  return Object.keys(options).filter((k) => JSON.stringify(defaults[k]) !== JSON.stringify(options[k]));
}

/**
 * A dataset with no rows passes every check vacuously, so it is a finding of its own (rule `dataset.empty`),
 * reported by the schema check (or, when that is off, the first blocking check that ran, else the first check).
 */
function attachEmptyDataset(
  checks: CheckOutput[],
  path: string,
  on: (id: string) => boolean,
  blocking: (id: string) => boolean,
): void {
  const finding = {
    ruleId: 'dataset.empty',
    severity: 'high' as const,
    message: `${path} has no data rows (a header at most): every check on it would pass without looking at anything.`,
    location: { path },
    help: 'Check the export that wrote the file; an empty dataset is never a valid training or evaluation set.',
  };
  let host = checks.find((c) => c.id === 'schema' && c.outcome !== 'not-run');
  if (!host && on('schema')) {
    const i = checks.findIndex((c) => c.id === 'schema');
    host = { id: 'schema', title: 'Schema', summary: 'the dataset has no rows', findings: [] };
    if (i >= 0) checks[i] = host;
    else checks.unshift(host);
  }
  host ??=
    checks.find((c) => c.outcome !== 'not-run' && blocking(c.id)) ??
    checks.find((c) => c.outcome !== 'not-run') ??
    checks[0];
  if (!host) return;
  host.findings = [...(host.findings ?? []), finding];
  host.summary = `the dataset has no rows; ${host.summary ?? ''}`.replace(/; $/, '');
}

function timed<T extends CheckOutput>(started: number, out: T): T {
  return { ...out, durationMs: Date.now() - started };
}

/** What the checks of one run share: which are on, their options, and how an unmet input is reported. */
interface RunEnv {
  ctx: GateContext<DataGateOptions>;
  o: DataGateOptions;
  on(id: string): boolean;
  /** A check's options (the config over the schema's defaults). */
  opt<T extends object>(id: string): T;
  cannotRun(id: string, reason: string, inputNamed?: boolean): CheckOutput;
  titleOf(id: string): string;
}

function runEnv(ctx: GateContext<DataGateOptions>, o: DataGateOptions): RunEnv {
  return {
    ctx,
    o,
    on: (id) => ctx.check(id).mode !== 'off',
    opt: <T extends object>(id: string): T => ctx.check(id).options as T,
    titleOf: (id) => dataGate.checks.find((c) => c.id === id)?.title ?? id,
    /**
     * An enabled check that lacks its input. Configured by the user (named under `checks:` — even at its default
     * mode —, its own options, a mode other than its default, or its input named) → not run, judged (`error` in block mode, `warn` in warn mode). Never
     * configured, at its default mode → a visible "not configured" line that fails nothing, so a default config
     * is not a wall of errors for checks nobody asked for.
     */
    cannotRun(id, reason, inputNamed = false) {
      const spec = dataGate.checks.find((c) => c.id === id)!;
      const cfg = ctx.check(id);
      if (
        inputNamed ||
        cfg.configured ||
        cfg.mode !== spec.defaultMode ||
        setOptions(cfg.options, spec.optionsSchema ?? {}).length > 0
      )
        return notRun(id, spec.title, reason);
      return { id, title: spec.title, summary: `not configured: ${reason}`, details: { notConfigured: reason } };
    },
  };
}

/** The row sinks that ride along the current dataset's single read (schema, PII/secrets, leakage hashes). */
async function currentSinks(env: RunEnv) {
  const { ctx, on, opt } = env;
  const schemaOpts = on('schema') ? await loadSchemaOption(ctx.cwd, opt<SchemaOptions>('schema')) : undefined;
  const schemaSink =
    schemaOpts && (schemaOpts.columns || schemaOpts['json-schema']) ? new SchemaSink(schemaOpts) : undefined;
  const piiOpts = on('pii') ? opt<PiiOptions>('pii') : undefined;
  const secretOpts = on('secrets') ? opt<SecretsOptions>('secrets') : undefined;
  const sensitive = piiOpts || secretOpts ? new SensitiveSink(piiOpts, secretOpts) : undefined;
  const testPatterns = asList(env.o.test);
  const leakOpts = opt<{ keys: string[]; 'max-examples': number }>('leakage');
  const hashes = on('leakage') && testPatterns.length > 0 ? new RowHashSink(leakOpts.keys) : undefined;
  return { schemaOpts, schemaSink, piiOpts, secretOpts, sensitive, testPatterns, leakOpts, hashes };
}
type Sinks = Awaited<ReturnType<typeof currentSinks>>;

/**
 * Reads the current dataset on this thread and the drift reference at the same time (on a second core when a
 * worker thread can run: see profile/worker.ts). A failure on either side is the run's error; when the current
 * read fails, the reference read is cancelled first.
 */
async function readBoth(
  env: RunEnv,
  files: TableFile[],
  sinks: Sinks,
  needRef: boolean,
): Promise<{ current: ReadResult; loaded: LoadedReference }> {
  const { ctx, o } = env;
  const stop = new AbortController();
  const relay = (): void => stop.abort();
  ctx.signal?.addEventListener('abort', relay, { once: true });
  const refSettled = Promise.allSettled([needRef ? loadReference(ctx, o, stop.signal) : Promise.resolve({})]);
  try {
    const t0 = Date.now();
    const extra = [sinks.schemaSink, sinks.sensitive, sinks.hashes].filter((s): s is NonNullable<typeof s> => !!s);
    const current = await readAndProfile(files, o, extra, ctx.signal, { logger: ctx.logger });
    ctx.logger.info(
      `Read ${current.rows} rows, ${current.columns.length} columns from ${files.length} file(s) in ${Date.now() - t0} ms.`,
    );
    const [ref] = await refSettled;
    if (ref.status === 'rejected') throw ref.reason;
    return { current, loaded: ref.value };
  } catch (error) {
    stop.abort();
    await refSettled;
    throw error;
  } finally {
    ctx.signal?.removeEventListener('abort', relay);
  }
}

/** Schema and integrity: the checks that only need the current dataset. */
async function schemaAndIntegrity(
  env: RunEnv,
  sinks: Sinks,
  current: ReadResult,
  files: TableFile[],
  path: string,
  subjects: SubjectOutput[],
) {
  const out: CheckOutput[] = [];
  const { schemaOpts, schemaSink } = sinks;
  if (schemaOpts) {
    const t = Date.now();
    if (schemaSink || schemaOpts['min-rows'] !== undefined || schemaOpts['max-rows'] !== undefined) {
      out.push(timed(t, schemaCheck(schemaOpts, current.columns, current.rows, schemaSink, path)));
    } else out.push(env.cannotRun('schema', 'no schema rules given (columns, json-schema, min-rows or max-rows)'));
  }
  if (env.on('integrity')) {
    const t = Date.now();
    const relPaths = files.map((f) => f.relPath);
    const o = env.opt<IntegrityOptions>('integrity');
    // The manifest is checked against the digests of the bytes profiled (the same read), not a later read.
    const read = new Map(current.files.map((s) => [files.find((f) => f.relPath === s.file)?.path, s.sha256]));
    const digest = async (abs: string, signal?: AbortSignal): Promise<string> =>
      read.get(resolve(abs)) ?? sha256File(abs, signal);
    out.push(timed(t, await integrityCheck(env.ctx.cwd, o, relPaths, { signal: env.ctx.signal, digest, subjects })));
  }
  return out;
}

/** The drift check's output: judged against the reference, or why it could not run. */
function driftOutput(env: RunEnv, current: ReadResult, loaded: LoadedReference, path: string): CheckOutput {
  const t = Date.now();
  const { ref, note, missing, referenceDigest } = loaded;
  if (ref) {
    const out = driftCheck(ref, current.columns, { ...env.opt<DriftOptions>('drift'), bins: env.o.bins }, path);
    if (note) out.details = { ...out.details, referenceNote: note };
    if (referenceDigest) out.details = { ...out.details, reference: referenceDigest };
    return timed(t, out);
  }
  if (missing?.baseline)
    return missingBaseline('drift', env.titleOf('drift'), missing.reason, env.o['missing-baseline']);
  if (missing) return notRun('drift', env.titleOf('drift'), missing.reason);
  return env.cannotRun('drift', 'no reference given (reference or reference-profile)');
}

/** Leakage and label balance: the checks that compare with the held-out split (or the reference's labels). */
async function splitChecks(
  env: RunEnv,
  sinks: Sinks,
  current: ReadResult,
  refRead: ReadResult | undefined,
  path: string,
  withLabelBalance = true,
  subjects: SubjectOutput[] = [],
): Promise<CheckOutput[]> {
  const { ctx, o, on } = env;
  const { testPatterns, hashes, leakOpts } = sinks;
  const out: CheckOutput[] = [];
  let testRead: ReadResult | undefined;
  let testHashes: RowHashSink | undefined;
  if (testPatterns.length > 0 && (hashes || (withLabelBalance && on('label-balance')))) {
    const testFiles = await resolveFiles(ctx.cwd, testPatterns, 'test split', notData(ctx));
    testHashes = hashes ? new RowHashSink(leakOpts.keys) : undefined;
    testRead = await readAndProfile(testFiles, o, testHashes ? [testHashes] : [], ctx.signal, {
      logger: ctx.logger,
      label: 'reading test split',
    });
    subjects.push(...fileSubjects(testRead.files, TEST_SPLIT_KIND));
  }
  const split = testPatterns.join(', ');
  if (on('leakage')) {
    // An empty held-out split shares nothing with anything: no overlap found is not "no leakage".
    if (testRead && testRead.rows === 0)
      out.push(
        notRun('leakage', env.titleOf('leakage'), `the held-out split ${split} has no data rows (a header at most)`),
      );
    else if (hashes && testHashes) {
      out.push(
        timed(Date.now(), leakageCheck(hashes, testHashes, leakOpts.keys, path, split, leakOpts['max-examples'])),
      );
    } else out.push(env.cannotRun('leakage', 'no held-out split given (test)'));
  }
  if (withLabelBalance && on('label-balance')) out.push(labelBalanceOutput(env, current, testRead, refRead, path));
  return out;
}

/** Label balance against the held-out split, else the raw reference's labels. */
function labelBalanceOutput(
  env: RunEnv,
  current: ReadResult,
  testRead: ReadResult | undefined,
  refRead: ReadResult | undefined,
  path: string,
): CheckOutput {
  const lo = env.opt<LabelOptions>('label-balance');
  const other = testRead
    ? { cols: testRead.columns, name: 'the held-out split' }
    : refRead
      ? { cols: refRead.columns, name: 'the reference' }
      : undefined;
  if (!lo.column) return env.cannotRun('label-balance', 'no label column configured (column)');
  if (!other)
    return env.cannotRun('label-balance', 'no held-out split (test) or raw reference rows to compare with', true);
  const cur = current.columns.find((c) => c.name === lo.column);
  const ref = other.cols.find((c) => c.name === lo.column);
  return timed(Date.now(), labelBalanceCheck(lo.column, cur, ref, lo, path, other.name));
}

async function writeProfileOut(env: RunEnv, current: ReadResult): Promise<void> {
  const { ctx, o } = env;
  if (!o['profile-out']) return;
  const out = resolve(ctx.cwd, o['profile-out']);
  await mkdir(dirname(out), { recursive: true });
  const sources = current.files.map((f) => ({ path: f.file, rows: f.rows, bytes: f.bytes, sha256: f.sha256 }));
  const profile = buildProfile(current.columns, sources, { bins: o.bins, tool: `ml-gates ${ML_GATES_VERSION}` });
  await writeFile(out, `${JSON.stringify(profile)}\n`);
  ctx.logger.info(`Profile written to ${o['profile-out']}.`);
}

/**
 * One subject per file read, with the sha256 of the bytes read (core judges each by the findings located in
 * it): the dataset's files (`dataset/<format>`), or the reference's and held-out split's under their own kind.
 */
function fileSubjects(files: readonly TableSummary[], kind?: string): SubjectOutput[] {
  return files.map((f) => {
    const format = `${f.format}${f.gzip ? '+gzip' : ''}`;
    return {
      path: f.file,
      kind: kind ?? `dataset/${format}`,
      size: f.bytes,
      sha256: f.sha256,
      details: { rows: f.rows, ...(kind ? { format } : {}) },
    };
  });
}

/**
 * The subjects of a run: each file once per role (a file matched by the dataset and also given as the reference
 * is listed as both, so every shard lists the same reference). A file read twice must have given the same bytes
 * both times: otherwise it changed while the gate ran, and no digest can stand for it.
 */
export function combineSubjects(groups: readonly (readonly SubjectOutput[])[]): SubjectOutput[] {
  const byPath = new Map<string, SubjectOutput>();
  const out: SubjectOutput[] = [];
  const roles = new Set<string>();
  for (const s of groups.flat()) {
    const seen = byPath.get(s.path);
    if (seen && seen.sha256 !== s.sha256) {
      throw new UserError(
        'input-invalid',
        `${s.path} was read twice (${seen.kind}, ${s.kind}) and gave different bytes: sha256 ${seen.sha256 ?? '(none)'} then ${s.sha256 ?? '(none)'}; it changed while data-gate ran.`,
        { details: ['Do not write the data while the gate reads it; run the gate again.'] },
      );
    }
    byPath.set(s.path, seen ?? s);
    const role = `${s.kind ?? ''}\0${s.path}`;
    if (roles.has(role)) continue;
    roles.add(role);
    out.push(s);
  }
  return out;
}

const NO_DATASET =
  'data-gate needs a dataset: set "dataset" in ml-gates.yml (gates.data-gate.dataset, e.g. data/train/*.csv) or the "dataset" input.';

export async function runDataGate(ctx: GateContext<DataGateOptions>): Promise<GateOutput> {
  const o: DataGateOptions = { ...GATE_OPTIONS_DEFAULTS, ...ctx.options };
  const datasetPatterns = asList(o.dataset);
  if (datasetPatterns.length === 0) throw new UserError('usage', NO_DATASET);
  const env = runEnv(ctx, o);
  const { on } = env;
  const all = await resolveFiles(ctx.cwd, datasetPatterns, 'dataset', notData(ctx));
  const sharded = ctx.shard ? await shardDataset(all, ctx.shard) : undefined;
  const files = sharded ? sharded.files : all;
  const path = all.length === 1 ? all[0]!.relPath : datasetPatterns.join(', ');
  const sinks = await currentSinks(env);
  const needRef = on('drift') || (on('label-balance') && sinks.testPatterns.length === 0);
  const { current, loaded } = await readBoth(env, files, sinks, needRef);

  const integritySubjects: SubjectOutput[] = [];
  const checks: CheckOutput[] = await schemaAndIntegrity(env, sinks, current, files, path, integritySubjects);
  if (sharded) checks.push(...deferredToMerge(env, ['drift', 'outliers']));
  else {
    if (on('drift')) checks.push(driftOutput(env, current, loaded, path));
    if (on('outliers'))
      checks.push(timed(Date.now(), outlierCheck(current.columns, env.opt<OutlierOptions>('outliers'), path)));
  }
  const testSubjects: SubjectOutput[] = [];
  checks.push(...(await splitChecks(env, sinks, current, loaded.refRead, path, !sharded, testSubjects)));
  if (sharded) checks.push(...deferredToMerge(env, ['label-balance']));
  if (sinks.sensitive && sinks.piiOpts) checks.push(piiCheck(sinks.sensitive, sinks.piiOpts, path));
  if (sinks.sensitive && sinks.secretOpts) checks.push(secretsCheck(sinks.sensitive, sinks.secretOpts, path));
  await writeProfileOut(env, current);
  if (current.rows === 0 && !sharded) attachEmptyDataset(checks, path, on, (id) => ctx.check(id).mode === 'block');
  const details: Record<string, unknown> = { rows: current.rows, columns: current.columns.length };
  if (sharded) {
    const edges = loaded.ref ? referenceEdges(loaded.ref, env.o.bins) : new Map();
    const partial = partialProfileOf(current, edges, checks);
    if (loaded.referenceDigest && loaded.ref?.kind === 'profile')
      partial.reference = { ...loaded.referenceDigest, profile: loaded.ref.profile };
    else if (loaded.missing) partial.reference = { missing: loaded.missing };
    details.partialProfile = partial;
  }
  const dataSubjects = fileSubjects(current.files);
  for (const s of dataSubjects) {
    // A Parquet file split by row groups: which ones this shard read (the merge checks they are disjoint).
    const groups = files.find((f) => f.relPath === s.path)?.rowGroups;
    if (sharded && groups) s.details = { ...s.details, rowGroups: [...groups] };
  }
  return {
    checks,
    subjects: combineSubjects([dataSubjects, loaded.subjects ?? [], testSubjects, integritySubjects]),
    details,
    ...(sharded ? { shard: sharded.info } : {}),
  };
}

/** In a shard: the checks that need every row, judged by `mergeShards` from the merged profile. */
function deferredToMerge(env: RunEnv, ids: string[]): CheckOutput[] {
  return ids
    .filter((id) => env.on(id))
    .map((id) => ({
      id,
      title: env.titleOf(id),
      summary: 'judged when the shards are merged (ml-gates merge), from the merged profile',
      outcome: 'pass' as const,
      details: { deferredToMerge: true },
    }));
}

/**
 * Joins the partial results of a sharded run: per-row checks concatenate; drift, outliers and label balance are
 * judged once from the merged profile against the reference (see shard.ts for what is exact and what is not).
 */
export async function mergeDataShards(
  partials: readonly GateResult[],
  ctx: GateContext<DataGateOptions>,
): Promise<GateOutput> {
  const o: DataGateOptions = { ...GATE_OPTIONS_DEFAULTS, ...ctx.options };
  const env = runEnv(ctx, o);
  const plans = new Set(partials.map((r) => r.shard?.plan));
  if (plans.size > 1) {
    throw new UserError('input-invalid', 'The data-gate shards were cut from different dataset lists.', {
      details: ['Every shard of one run must see the same dataset files; rerun the matrix from one commit.'],
    });
  }
  const profiles = partials.map(partialProfileFrom);
  const current = mergePartialProfiles(profiles, o['max-categories']);
  const patterns = asList(o.dataset);
  const fileNames = [...new Set(current.files.map((f) => f.file))];
  const path = fileNames.length === 1 ? fileNames[0]! : patterns.join(', ');
  const testPatterns = asList(o.test);
  const needRef = env.on('drift') || (env.on('label-balance') && testPatterns.length === 0);
  const subjects = mergeShardSubjects(partials);
  // A default-branch profile the shards were given is judged from their copy (the merge cannot fetch it).
  const given = needRef ? sameShardReference(partials, profiles) : undefined;
  let loaded: LoadedReference;
  if (given && 'missing' in given) loaded = { missing: given.missing };
  else if (given) {
    const { profile, ...digest } = given;
    loaded = { ref: { kind: 'profile', profile, source: `${given.source} (default branch)` }, referenceDigest: digest };
  } else {
    loaded = needRef ? await loadReference(ctx, o) : {};
    requireShardsReference(subjects, loaded.subjects ?? []);
  }
  const checks: CheckOutput[] = [];
  /** Files the merge reads itself (the held-out split for label balance): subjects too, the shards' bytes. */
  const readAtMerge: SubjectOutput[] = [];
  for (const spec of dataGate.checks) {
    if (!env.on(spec.id)) continue;
    if (spec.id === 'drift') checks.push(driftOutput(env, current, loaded, path));
    else if (spec.id === 'outliers')
      checks.push(timed(Date.now(), outlierCheck(current.columns, env.opt<OutlierOptions>('outliers'), path)));
    else if (spec.id === 'label-balance') {
      const testRead =
        testPatterns.length > 0
          ? await readAndProfile(await resolveFiles(ctx.cwd, testPatterns, 'test split'), o, [], ctx.signal)
          : undefined;
      if (testRead) readAtMerge.push(...fileSubjects(testRead.files, TEST_SPLIT_KIND));
      checks.push(labelBalanceOutput(env, current, testRead, loaded.refRead, path));
    } else {
      const copies = partials.flatMap((r, i) =>
        r.checks.filter((c) => c.id === spec.id).map((check) => ({ check, outcome: profiles[i]!.outcomes[spec.id] })),
      );
      if (copies.length > 0) checks.push(concatenateCheck(copies));
    }
  }
  if (current.rows === 0) attachEmptyDataset(checks, path, env.on, (id) => ctx.check(id).mode === 'block');
  return {
    checks,
    subjects: mergedWith(subjects, readAtMerge),
    details: { rows: current.rows, columns: current.columns.length, mergedShards: partials.length },
  };
}

/**
 * The shards' subjects and the files the merge read itself: a held-out split the shards read too must be the
 * bytes they read (else the merge judges label balance on another split than the one leakage was checked on).
 */
function mergedWith(shards: readonly SubjectOutput[], atMerge: readonly SubjectOutput[]): SubjectOutput[] {
  const theirs = shards.filter((s) => s.kind === TEST_SPLIT_KIND);
  const key = (l: readonly SubjectOutput[]) =>
    l
      .map((s) => `${s.path} sha256 ${s.sha256 ?? '(none)'}`)
      .sort()
      .join('; ');
  if (theirs.length > 0 && atMerge.length > 0 && key(theirs) !== key(atMerge)) {
    throw new UserError('input-invalid', 'Cannot merge data-gate: the held-out split is not the one the shards read.', {
      details: [
        `shards: ${key(theirs)}`,
        `merge: ${key(atMerge)}`,
        'Merge in a checkout of the commit the shards ran on.',
      ],
    });
  }
  return combineSubjects([shards, atMerge]);
}

/**
 * The merge judges drift against the reference it reads now: it must be the one the shards read (same files,
 * same sha256), or the bins the shards counted on are not the merge's and the verdict is about other data.
 */
function requireShardsReference(merged: readonly SubjectOutput[], atMerge: readonly SubjectOutput[]): void {
  const key = (list: readonly SubjectOutput[]): string =>
    list
      .filter((s) => s.kind === REFERENCE_KIND)
      .map((s) => `${s.path} sha256 ${s.sha256 ?? '(none)'}`)
      .sort()
      .join('; ') || '(none)';
  const shards = key(merged);
  const now = key(atMerge);
  if (shards === now) return;
  throw new UserError('input-invalid', 'Cannot merge data-gate: the drift reference is not the one the shards read.', {
    details: [
      `shards: ${shards}`,
      `merge: ${now}`,
      'Merge in a checkout of the commit the shards ran on, with the same reference files.',
    ],
  });
}

export const dataGate: Gate<DataGateOptions> = {
  name: 'data-gate',
  title: 'Data gate',
  rules: DATA_GATE_RULES,
  description: GATE_DESCRIPTION,
  checks: [
    {
      id: 'schema',
      title: 'Schema',
      description:
        'Columns, types, ranges, allowed values, patterns, null rates, uniqueness, row counts and per-record JSON Schema.',
      defaultMode: 'block',
      optionsSchema: CHECK_OPTIONS.schema!,
    },
    {
      id: 'integrity',
      title: 'Integrity and provenance',
      description: 'SHA-256 manifest, DVC .dvc files (md5/size) and allowed data sources.',
      defaultMode: 'block',
      optionsSchema: CHECK_OPTIONS.integrity!,
    },
    {
      id: 'drift',
      title: 'Drift against the reference',
      description: 'Effect-size drift per column (PSI, Wasserstein, KS, Jensen–Shannon, L∞) with p-values as evidence.',
      defaultMode: 'block',
      optionsSchema: CHECK_OPTIONS.drift!,
    },
    {
      id: 'outliers',
      title: 'Outliers',
      description: 'Share of IQR and robust-z (MAD) outliers per numeric column.',
      defaultMode: 'warn',
      optionsSchema: CHECK_OPTIONS.outliers!,
    },
    {
      id: 'leakage',
      title: 'Train/test leakage',
      description: 'Rows or keys shared between the dataset and the held-out split.',
      defaultMode: 'block',
      optionsSchema: CHECK_OPTIONS.leakage!,
    },
    {
      id: 'label-balance',
      title: 'Label balance',
      description: 'Class-share shift of the label column against the held-out split or the reference.',
      defaultMode: 'warn',
      optionsSchema: CHECK_OPTIONS['label-balance']!,
    },
    {
      id: 'pii',
      title: 'Personal data (PII)',
      description:
        'Emails, phone numbers, payment cards, IBANs, US SSNs and IP addresses, validated, per-entity policy.',
      defaultMode: 'block',
      optionsSchema: CHECK_OPTIONS.pii!,
    },
    {
      id: 'secrets',
      title: 'Secrets',
      description: 'Cloud keys, GitHub tokens (checksum-verified), private keys and other high-confidence credentials.',
      defaultMode: 'block',
      optionsSchema: CHECK_OPTIONS.secrets!,
    },
  ],
  optionsSchema: GATE_OPTIONS_SCHEMA,
  run: runDataGate,
  // A missing dataset is the user's mistake: exit 2 before any gate runs (`validate` says it too).
  preflight(o) {
    if (asList(o.dataset).length === 0) throw new UserError('usage', NO_DATASET);
  },
  mergeShards: mergeDataShards,
  sharedSubjectKinds: SHARED_KINDS,
  inputsToOptions(input) {
    const out: Partial<DataGateOptions> = {};
    const list = (name: string): string[] => asList(input(name));
    if (list('dataset').length > 0) out.dataset = list('dataset');
    if (list('reference').length > 0) out.reference = list('reference');
    if (input('reference-profile')) out['reference-profile'] = input('reference-profile');
    if (list('test-split').length > 0) out.test = list('test-split');
    if (input('data-format')) out.format = input('data-format') as DataGateOptions['format'];
    if (input('profile-out')) out['profile-out'] = input('profile-out');
    return out;
  },
  commands: DATA_COMMANDS,
  outputs(result) {
    const drift = result.checks.find((c) => c.id === 'drift');
    const cols = (drift?.details?.driftedColumns as string[] | undefined) ?? [];
    return { 'drifted-columns': cols.join(',') };
  },
};
