/** `ml-gates data check|drift|profile|infer-schema`: the data gate without a config file. */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { ML_GATES_VERSION, UserError, type GateCommand, type Logger } from '@ml-gates/core';
import { exactIntegers } from './exact-integers.js';
import { CATEGORICAL_METRICS, NUMERIC_METRICS } from './checks/drift.js';
import { inferSchema } from './checks/schema.js';
import { readAndProfile, resolveFiles, type ReadResult } from './dataset.js';
import { GATE_OPTIONS_DEFAULTS, type DataGateOptions } from './options.js';
import { buildProfile } from './profile/profile.js';

const READ_OPTIONS = [
  {
    flags: '--data-format <format>',
    description: 'dataset format (default: from the extension)',
    choices: ['auto', 'csv', 'tsv', 'jsonl', 'parquet'] as const,
  },
  { flags: '--delimiter <char>', description: 'CSV delimiter (default: detected)' },
  { flags: '--encoding <name>', description: 'text encoding (default: utf-8)' },
  {
    flags: '--null-values <text>',
    description: "also read this cell text as missing (repeatable; pandas' na_values)",
    repeatable: true,
  },
  {
    flags: '--no-keep-default-nulls',
    description: "read only --null-values as missing, not pandas' default spellings (pandas' keep_default_na=False)",
  },
];

function readOpts(opts: Record<string, unknown>): Partial<DataGateOptions> {
  return {
    ...(opts.dataFormat ? { format: opts.dataFormat as DataGateOptions['format'] } : {}),
    ...(opts.delimiter ? { delimiter: String(opts.delimiter) } : {}),
    ...(opts.encoding ? { encoding: String(opts.encoding) } : {}),
    ...(opts.nullValues ? { 'null-values': opts.nullValues as string[] } : {}),
    ...(opts.keepDefaultNulls === false ? { 'keep-default-nulls': false } : {}),
  };
}

/**
 * Reads and profiles datasets for the commands that write a file (`profile`, `infer-schema`). A dataset that
 * cannot be read or parsed means the command could not run: exit 3, as `data check` and `data drift` exit
 * (the CLI maps `input-unreadable` to 3; usage mistakes stay exit 2).
 */
async function readForCommand(
  files: Parameters<typeof readAndProfile>[0],
  o: DataGateOptions,
  logger: Logger,
  what: string,
): Promise<ReadResult> {
  let read: ReadResult;
  try {
    read = await readAndProfile(files, o, [], undefined, { logger });
  } catch (error) {
    if (error instanceof UserError && error.code === 'input-invalid') {
      throw new UserError('input-unreadable', error.message, { details: error.details, cause: error });
    }
    throw error;
  }
  if (read.rows === 0) {
    // A profile (or schema) of no rows would be a reference every later comparison errors on, or rules that
    // describe nothing: refused like a file that cannot be read, as the gate reports it (`dataset.empty`).
    throw new UserError(
      'input-unreadable',
      `${files.map((f) => f.relPath).join(', ')}: no data rows (a header at most); nothing to ${what}.`,
      { details: ['Check the export that wrote the file; point the command at the data it should describe.'] },
    );
  }
  return read;
}

const OTHER_CHECKS_OFF = ['schema', 'integrity', 'outliers', 'leakage', 'label-balance', 'pii', 'secrets'];

function schemaFromFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError('input-unreadable', `Cannot read the schema ${path}: ${(error as Error).message}`);
  }
  let v: unknown;
  try {
    // Integers as BigInt first: an id beyond 2^53 in an allowed list must not be rounded (see exactIntegers).
    const doc = parseDocument(text, { intAsBigInt: true });
    if (doc.errors.length > 0) throw doc.errors[0]!;
    v = doc.toJS();
  } catch (error) {
    throw new UserError('input-invalid', `${path} is neither JSON nor YAML: ${(error as Error).message}`);
  }
  v = exactIntegers(v, path, false, '');
  if (!v || typeof v !== 'object') throw new UserError('input-invalid', `${path} does not hold a schema object.`);
  const o = v as Record<string, unknown>;
  // Our own column rules (as written by infer-schema), or a JSON Schema for each record.
  return 'columns' in o && !('properties' in o) ? o : { 'json-schema': o };
}

export const DATA_COMMANDS: GateCommand[] = [
  {
    name: ['data', 'check'],
    description: 'check datasets: schema (with --schema), PII, secrets, outliers; drift with --reference',
    args: '<file...>',
    options: [
      {
        flags: '--schema <file>',
        description: 'column rules (YAML/JSON, e.g. from infer-schema) or a JSON Schema per record',
      },
      { flags: '--reference <file>', description: 'reference dataset for drift (repeatable)', repeatable: true },
      { flags: '--reference-profile <file>', description: 'reference profile for drift (from "data profile")' },
      { flags: '--test <file>', description: 'held-out split for the leakage check (repeatable)', repeatable: true },
      ...READ_OPTIONS,
    ],
    toOptions(args, opts) {
      const checks: Record<string, { options?: Record<string, unknown> }> = {};
      if (opts.schema)
        checks.schema = { options: schemaFromFile(resolve(String(opts.cwd ?? '.'), String(opts.schema))) };
      return {
        options: {
          dataset: args,
          ...(opts.reference ? { reference: opts.reference as string[] } : {}),
          ...(opts.referenceProfile ? { 'reference-profile': String(opts.referenceProfile) } : {}),
          ...(opts.test ? { test: opts.test as string[] } : {}),
          ...readOpts(opts),
        },
        checks,
      };
    },
  },
  {
    name: ['data', 'drift'],
    description:
      'compare a current dataset with a reference (dataset or profile): effect sizes per column, p-values as evidence',
    options: [
      {
        flags: '--reference <file>',
        description: 'reference dataset (repeatable; dirs and globs allowed)',
        repeatable: true,
      },
      { flags: '--reference-profile <file>', description: 'reference profile JSON instead of raw reference rows' },
      { flags: '--current <file>', description: 'current dataset (repeatable)', repeatable: true },
      {
        flags: '--numeric-metric <metric>',
        description: 'gating metric for numeric columns',
        choices: [...NUMERIC_METRICS],
      },
      {
        flags: '--categorical-metric <metric>',
        description: 'gating metric for categorical columns',
        choices: [...CATEGORICAL_METRICS],
      },
      { flags: '--share <ratio>', description: 'fail when at least this share of columns drifted (default: any)' },
      ...READ_OPTIONS,
    ],
    toOptions(_args, opts) {
      if (!opts.current) throw new UserError('usage', 'data drift needs --current FILE.');
      if (!opts.reference && !opts.referenceProfile)
        throw new UserError('usage', 'data drift needs --reference FILE or --reference-profile FILE.');
      const drift: Record<string, unknown> = {};
      if (opts.numericMetric) drift.numeric = { metric: opts.numericMetric };
      if (opts.categoricalMetric) drift.categorical = { metric: opts.categoricalMetric };
      if (opts.share !== undefined) {
        const s = Number(opts.share);
        if (!(s >= 0 && s <= 1))
          throw new UserError('usage', `--share must be a number between 0 and 1, got "${String(opts.share)}".`);
        drift.share = s;
      }
      return {
        options: {
          dataset: opts.current as string[],
          ...(opts.reference ? { reference: opts.reference as string[] } : {}),
          ...(opts.referenceProfile ? { 'reference-profile': String(opts.referenceProfile) } : {}),
          ...readOpts(opts),
        },
        checks: {
          drift: { mode: 'block', options: drift },
          ...Object.fromEntries(OTHER_CHECKS_OFF.map((id) => [id, { mode: 'off' as const }])),
        },
      };
    },
  },
  {
    name: ['data', 'profile'],
    description: 'write a reference profile (counts, quantile bins, categories, sketch) of datasets to --out',
    args: '<file...>',
    options: [
      { flags: '--out <file>', description: 'where to write the profile JSON (required)' },
      ...READ_OPTIONS,
      { flags: '--bins <n>', description: 'reference-quantile bins' },
    ],
    toOptions: () => ({ options: {} }),
    async action(args, opts, ctx) {
      const out = opts.out ? String(opts.out) : undefined;
      if (!out) throw new UserError('usage', 'data profile needs --out profile.json.');
      const o: DataGateOptions = { ...GATE_OPTIONS_DEFAULTS, ...readOpts(opts) };
      if (opts.bins !== undefined) {
        const b = Number(opts.bins);
        if (!Number.isInteger(b) || b < 2 || b > 100)
          throw new UserError('usage', `--bins must be an integer from 2 to 100, got "${String(opts.bins)}".`);
        o.bins = b;
      }
      const files = await resolveFiles(ctx.cwd, args, 'dataset');
      const read = await readForCommand(files, o, ctx.logger, 'profile');
      const profile = buildProfile(
        read.columns,
        read.files.map((f) => ({ path: f.file, rows: f.rows, bytes: f.bytes, sha256: f.sha256 })),
        { bins: o.bins, tool: `ml-gates ${ML_GATES_VERSION}` },
      );
      const target = resolve(ctx.cwd, out);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(profile)}\n`);
      return `Profile of ${read.rows} rows, ${read.columns.length} columns written to ${out}\n`;
    },
  },
  {
    name: ['data', 'infer-schema'],
    description: 'propose schema rules (types, ranges, allowed values, null rates) from a trusted dataset',
    args: '<file...>',
    options: [
      { flags: '--out <file>', description: 'write the rules to this file instead of stdout' },
      ...READ_OPTIONS,
    ],
    toOptions: () => ({ options: {} }),
    async action(args, opts, ctx) {
      const files = await resolveFiles(ctx.cwd, args, 'dataset');
      const read = await readForCommand(
        files,
        { ...GATE_OPTIONS_DEFAULTS, ...readOpts(opts) },
        ctx.logger,
        'infer a schema from',
      );
      const text = `${JSON.stringify(inferSchema(read.columns, read.rows), null, 2)}\n`;
      if (opts.out) {
        const target = resolve(ctx.cwd, String(opts.out));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text);
        return `Schema for ${read.columns.length} columns written to ${String(opts.out)} (use it with --schema, or under gates.data-gate.checks.schema)\n`;
      }
      return text;
    },
  },
];
