/** The data gate: reads the dataset(s) once, runs the enabled checks and returns their outputs. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  ML_GATES_VERSION,
  notRun,
  UserError,
  describeError,
  type CheckOutput,
  type Gate,
  type GateContext,
  type GateOutput,
  type JsonSchema,
  type Subject,
  type Verdict,
} from '@ml-gates/core';
import { driftCheck, type DriftOptions, type ReferenceSide } from './checks/drift.js';
import { integrityCheck, type IntegrityOptions } from './checks/integrity.js';
import { labelBalanceCheck, leakageCheck, RowHashSink, type LabelOptions } from './checks/leakage.js';
import { outlierCheck, type OutlierOptions } from './checks/outliers.js';
import { SchemaSink, schemaCheck, type SchemaOptions } from './checks/schema.js';
import { piiCheck, secretsCheck, SensitiveSink, type PiiOptions, type SecretsOptions } from './checks/sensitive.js';
import { DATA_COMMANDS } from './commands.js';
import {
  asList,
  CHECK_DEFAULTS,
  CHECK_OPTIONS,
  GATE_OPTIONS_DEFAULTS,
  GATE_OPTIONS_SCHEMA,
  NO_BASELINE_YET,
  withDefaults,
  type DataGateOptions,
} from './options.js';
import { buildProfile, parseProfile, type DataProfile } from './profile/profile.js';
import { readAndProfile, resolveFiles, type ReadResult } from './dataset.js';
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
  try {
    return { ...o, 'json-schema': JSON.parse(text) as Record<string, unknown> };
  } catch (error) {
    throw new UserError('input-invalid', `${js} is not valid JSON: ${(error as Error).message}`);
  }
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
): Promise<{ ref?: ReferenceSide; note?: string; refRead?: ReadResult; missing?: MissingReference }> {
  const rp = o['reference-profile'];
  const rawPatterns = asList(o.reference);
  const fromFile = async (path: string): Promise<DataProfile> => {
    let text: string;
    try {
      text = await readFile(resolve(ctx.cwd, path), 'utf8');
    } catch (error) {
      throw new UserError('input-unreadable', `Cannot read the reference profile ${path}: ${(error as Error).message}`);
    }
    return parseProfile(text, path);
  };
  const fromRaw = async (): Promise<{ ref: ReferenceSide; refRead: ReadResult }> => {
    const files = await resolveFiles(ctx.cwd, rawPatterns, 'reference');
    const refRead = await readAndProfile(files, o, [], ctx.signal, { logger: ctx.logger, label: 'reading reference' });
    return { ref: { kind: 'raw', columns: refRead.columns, source: files.map((f) => f.relPath).join(', ') }, refRead };
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
      return {
        ref: {
          kind: 'profile',
          profile: parseProfile(got.content.toString('utf8'), got.source),
          source: `${got.source} (default branch)`,
        },
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
  if (rp) return { ref: { kind: 'profile', profile: await fromFile(rp), source: rp } };
  if (rawPatterns.length > 0) return fromRaw();
  return {};
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
  return Object.keys(options).filter((k) => {
    const d = (schema[k] as { default?: unknown } | undefined)?.default;
    return d === undefined || JSON.stringify(d) !== JSON.stringify(options[k]);
  });
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

export async function runDataGate(ctx: GateContext<DataGateOptions>): Promise<GateOutput> {
  const o: DataGateOptions = { ...GATE_OPTIONS_DEFAULTS, ...ctx.options };
  const datasetPatterns = asList(o.dataset);
  if (datasetPatterns.length === 0) {
    throw new UserError(
      'input-invalid',
      'data-gate needs a dataset: set "dataset" in ml-gates.yml (gates.data-gate.dataset) or the "dataset" input.',
      {
        details: ['Example: dataset: data/train/*.csv'],
      },
    );
  }
  const on = (id: string): boolean => ctx.check(id).mode !== 'off';
  const opt = <T extends object>(id: keyof typeof CHECK_DEFAULTS): T =>
    withDefaults(CHECK_DEFAULTS[id] as T, ctx.check(id).options);
  const files = await resolveFiles(ctx.cwd, datasetPatterns, 'dataset');
  const path = files.length === 1 ? files[0]!.relPath : datasetPatterns.join(', ');
  const checks: CheckOutput[] = [];
  const titleOf = (id: string): string => dataGate.checks.find((c) => c.id === id)?.title ?? id;
  /**
   * An enabled check that lacks its input. Configured by the user (its own options, a mode other than its
   * default, or its input named) → not run, judged (`error` in block mode, `warn` in warn mode). Never
   * configured, at its default mode → a visible "not configured" line that fails nothing, so a default config
   * is not a wall of errors for checks nobody asked for.
   */
  const cannotRun = (id: string, reason: string, inputNamed = false): CheckOutput => {
    const spec = dataGate.checks.find((c) => c.id === id)!;
    const cfg = ctx.check(id);
    if (inputNamed || cfg.mode !== spec.defaultMode || setOptions(cfg.options, spec.optionsSchema ?? {}).length > 0)
      return notRun(id, spec.title, reason);
    return { id, title: spec.title, summary: `not configured: ${reason}`, details: { notConfigured: reason } };
  };

  const schemaOpts = on('schema') ? await loadSchemaOption(ctx.cwd, opt<SchemaOptions>('schema')) : undefined;
  const schemaSink =
    schemaOpts && (schemaOpts.columns || schemaOpts['json-schema']) ? new SchemaSink(schemaOpts) : undefined;
  const piiOpts = on('pii') ? opt<PiiOptions>('pii') : undefined;
  const secretOpts = on('secrets') ? opt<SecretsOptions>('secrets') : undefined;
  const sensitive = piiOpts || secretOpts ? new SensitiveSink(piiOpts, secretOpts) : undefined;
  const testPatterns = asList(o.test);
  const leakOpts = opt<{ keys: string[]; 'max-examples': number }>('leakage');
  const hashes = on('leakage') && testPatterns.length > 0 ? new RowHashSink(leakOpts.keys) : undefined;

  const t0 = Date.now();
  const current = await readAndProfile(
    files,
    o,
    [schemaSink, sensitive, hashes].filter((s): s is NonNullable<typeof s> => !!s),
    ctx.signal,
    { logger: ctx.logger },
  );
  ctx.logger.info(
    `Read ${current.rows} rows, ${current.columns.length} columns from ${files.length} file(s) in ${Date.now() - t0} ms.`,
  );

  if (schemaOpts) {
    const t = Date.now();
    if (schemaSink || schemaOpts['min-rows'] !== undefined || schemaOpts['max-rows'] !== undefined) {
      checks.push(timed(t, schemaCheck(schemaOpts, current.columns, current.rows, schemaSink, path)));
    } else checks.push(cannotRun('schema', 'no schema rules given (columns, json-schema, min-rows or max-rows)'));
  }
  if (on('integrity')) {
    const t = Date.now();
    checks.push(
      timed(
        t,
        await integrityCheck(
          ctx.cwd,
          opt<IntegrityOptions>('integrity'),
          files.map((f) => f.relPath),
        ),
      ),
    );
  }
  const needRef = on('drift') || (on('label-balance') && testPatterns.length === 0);
  const { ref, note, refRead, missing } = needRef ? await loadReference(ctx, o) : {};
  if (on('drift')) {
    const t = Date.now();
    if (ref) {
      const out = driftCheck(ref, current.columns, opt<DriftOptions>('drift'), path);
      if (note) out.details = { ...out.details, referenceNote: note };
      checks.push(timed(t, out));
    } else if (missing?.baseline) {
      checks.push(missingBaseline('drift', titleOf('drift'), missing.reason, o['missing-baseline']));
    } else if (missing) {
      checks.push(notRun('drift', titleOf('drift'), missing.reason));
    } else checks.push(cannotRun('drift', 'no reference given (reference or reference-profile)'));
  }
  if (on('outliers'))
    checks.push(timed(Date.now(), outlierCheck(current.columns, opt<OutlierOptions>('outliers'), path)));
  let testRead: ReadResult | undefined;
  let testHashes: RowHashSink | undefined;
  if (testPatterns.length > 0 && (hashes || on('label-balance'))) {
    const testFiles = await resolveFiles(ctx.cwd, testPatterns, 'test split');
    testHashes = hashes ? new RowHashSink(leakOpts.keys) : undefined;
    testRead = await readAndProfile(testFiles, o, testHashes ? [testHashes] : [], ctx.signal, {
      logger: ctx.logger,
      label: 'reading test split',
    });
  }
  if (on('leakage')) {
    if (hashes && testHashes)
      checks.push(
        timed(
          Date.now(),
          leakageCheck(hashes, testHashes, leakOpts.keys, path, testPatterns.join(', '), leakOpts['max-examples']),
        ),
      );
    else checks.push(cannotRun('leakage', 'no held-out split given (test)'));
  }
  if (on('label-balance')) {
    const lo = opt<LabelOptions>('label-balance');
    const other = testRead
      ? { cols: testRead.columns, name: 'the held-out split' }
      : refRead
        ? { cols: refRead.columns, name: 'the reference' }
        : undefined;
    if (!lo.column) checks.push(cannotRun('label-balance', 'no label column configured (column)'));
    else if (!other)
      checks.push(cannotRun('label-balance', 'no held-out split (test) or raw reference rows to compare with', true));
    else {
      checks.push(
        timed(
          Date.now(),
          labelBalanceCheck(
            lo.column,
            current.columns.find((c) => c.name === lo.column),
            other.cols.find((c) => c.name === lo.column),
            lo,
            path,
            other.name,
          ),
        ),
      );
    }
  }
  if (sensitive && piiOpts) checks.push(piiCheck(sensitive, piiOpts));
  if (sensitive && secretOpts) checks.push(secretsCheck(sensitive));

  if (o['profile-out']) {
    const out = resolve(ctx.cwd, o['profile-out']);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(
      out,
      `${JSON.stringify(
        buildProfile(
          current.columns,
          current.files.map((f) => ({ path: f.file, rows: f.rows, bytes: f.bytes })),
          { bins: o.bins, tool: `ml-gates ${ML_GATES_VERSION}` },
        ),
      )}\n`,
    );
    ctx.logger.info(`Profile written to ${o['profile-out']}.`);
  }
  if (current.rows === 0) attachEmptyDataset(checks, path, on, (id) => ctx.check(id).mode === 'block');

  const subjects: Subject[] = current.files.map((f) => {
    const mine = checks.flatMap((c) => c.findings ?? []).filter((x) => x.location?.path === f.file);
    const verdict: Verdict = mine.some((x) => x.severity === 'critical' || x.severity === 'high')
      ? 'fail'
      : mine.some((x) => x.severity !== 'info')
        ? 'warn'
        : 'pass';
    return {
      path: f.file,
      kind: `dataset/${f.format}${f.gzip ? '+gzip' : ''}`,
      size: f.bytes,
      verdict,
      details: { rows: f.rows },
    };
  });
  return {
    checks,
    subjects,
    details: {
      rows: current.rows,
      columns: current.columns.length,
    },
  };
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
