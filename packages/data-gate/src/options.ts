/**
 * Options of the data gate and its checks: the JSON Schema (for ml-gates.yml), whose `default`s are the only
 * defaults (core fills them in with `withSchemaDefaults`; the constants below are derived from the schema).
 */
import { schemaDefaults, type JsonSchema } from '@ml-gates/core';
import { CATEGORICAL_METRICS, NUMERIC_METRICS, type DriftOptions } from './checks/drift.js';
import { PII_ENTITIES } from './checks/sensitive.js';

/** The words both gates (performance-gate says the same) use when the default branch has no baseline yet. */
export const NO_BASELINE_YET = 'no baseline yet: is this the first run on the default branch?';

export interface DataGateOptions {
  dataset?: string | string[];
  reference?: string | string[];
  'reference-profile'?: string;
  'baseline-name': string;
  /** No default-branch profile yet (`reference-profile: default-branch`): a visible warn, or a check that did not run. */
  'missing-baseline': 'warn' | 'fail';
  test?: string | string[];
  format: 'auto' | 'csv' | 'tsv' | 'jsonl' | 'parquet';
  delimiter?: string;
  encoding?: string;
  'null-values'?: string[];
  /** pandas' `keep_default_na`: `null-values` add to pandas' default null spellings (true) or replace them. */
  'keep-default-nulls': boolean;
  'max-categories': number;
  bins: number;
  /**
   * Above this many finite values, a numeric column keeps a KLL sketch (rank error ±0.0025) instead of every
   * value: memory stops growing with the row count; KS, Wasserstein, quantiles and bins become approximate.
   */
  'sketch-above': number;
  'profile-out'?: string;
}

const paths: JsonSchema = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 } },
  ],
};
const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
/** A list of column names that is empty unless the config names some. */
const noColumns: JsonSchema = { ...strings, default: [] };
const band = (what: string): JsonSchema => ({
  type: 'number',
  minimum: 0,
  description: `${what} band of the effect size (default per metric: wasserstein_normed and jensen_shannon 0.05 / 0.1, psi 0.1 / 0.25, ks and linf 0.1 / 0.2)`,
});

export const GATE_OPTIONS_SCHEMA: Record<string, JsonSchema> = {
  dataset: {
    ...paths,
    description: 'Dataset files, directories of shards or globs (CSV, TSV, JSON Lines, Parquet; .gz allowed).',
  },
  reference: { ...paths, description: 'Reference dataset (raw rows) for drift and label balance.' },
  'reference-profile': {
    type: 'string',
    description:
      'Reference profile JSON written by "ml-gates data profile", or "default-branch" for the profile artifact of the default branch.',
  },
  'baseline-name': {
    type: 'string',
    default: 'data-profile.json',
    description: 'Artifact file name of the default-branch profile.',
  },
  'missing-baseline': {
    enum: ['warn', 'fail'],
    default: 'warn',
    description:
      'When reference-profile is default-branch and the default branch has no profile yet: warn (the first run on the default branch has none) or fail (drift is reported as not run, judged by its mode). Same option in performance-gate.',
  },
  test: { ...paths, description: 'Held-out split (test/validation) for the leakage and label-balance checks.' },
  format: {
    enum: ['auto', 'csv', 'tsv', 'jsonl', 'parquet'],
    default: 'auto',
    description: 'Dataset format; "auto" uses the extension and magic bytes.',
  },
  delimiter: { type: 'string', minLength: 1, maxLength: 1, description: 'CSV delimiter; detected when unset.' },
  encoding: { type: 'string', description: 'Text encoding (default utf-8; UTF-16 byte-order marks are honoured).' },
  'null-values': {
    ...strings,
    description: "Cell texts read as missing besides pandas' default na_values (pandas' na_values).",
  },
  'keep-default-nulls': {
    type: 'boolean',
    default: true,
    description:
      'pandas\' keep_default_na: also read pandas\' default na_values ("", NA, NaN, NULL, None, ...) as missing; false: only null-values.',
  },
  'max-categories': {
    type: 'integer',
    minimum: 2,
    default: 1000,
    description: 'Distinct values counted per column before it counts as high-cardinality.',
  },
  bins: {
    type: 'integer',
    minimum: 2,
    maximum: 100,
    default: 10,
    description: 'Reference-quantile bins for PSI and profiles.',
  },
  'sketch-above': {
    type: 'integer',
    minimum: 1000,
    default: 5000000,
    description:
      'Above this many values, a numeric column is summarised by a KLL quantile sketch (about 24 KiB, rank error ±0.0025) instead of kept whole: memory stays flat, and KS, Wasserstein, quantile bins and outlier fences become approximate (the report says so and gives the bound).',
  },
  'profile-out': {
    type: 'string',
    description: "Also write the dataset's profile to this file (upload it as the baseline artifact).",
  },
};

const columnRule: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    type: { enum: ['integer', 'number', 'string', 'boolean'] },
    required: { type: 'boolean' },
    min: { type: 'number' },
    max: { type: 'number' },
    allowed: { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
    regex: { type: 'string' },
    'max-null-rate': { type: 'number', minimum: 0, maximum: 1 },
    unique: { type: 'boolean' },
  },
};

export const CHECK_OPTIONS: Record<string, Record<string, JsonSchema>> = {
  schema: {
    columns: { type: 'object', additionalProperties: columnRule, description: 'Rules per column.' },
    'additional-columns': { enum: ['allow', 'warn', 'fail'], default: 'allow' },
    'min-rows': { type: 'integer', minimum: 0 },
    'max-rows': { type: 'integer', minimum: 0 },
    'json-schema': {
      type: ['string', 'object'],
      description: 'JSON Schema (inline, or a path to a .json file) every record must match.',
    },
    'max-examples': { type: 'integer', minimum: 1, default: 5 },
  },
  integrity: {
    manifest: {
      type: 'string',
      description:
        'SHA-256 manifest: the ml-gates manifest ("ml-gates hash"), "sha256sum" output or JSON {path: sha256}.',
    },
    dvc: { ...strings, description: '.dvc files to verify (those next to dataset files are found automatically).' },
    'allowed-sources': {
      ...strings,
      description: 'Globs of allowed dataset paths, DVC remotes ("remote:NAME") and URLs.',
    },
    untracked: { enum: ['allow', 'warn', 'fail'], default: 'warn' },
  },
  drift: {
    'min-samples': {
      type: 'integer',
      minimum: 1,
      default: 100,
      description: 'Below this many values on either side: "insufficient data".',
    },
    'small-sample': {
      type: 'integer',
      minimum: 0,
      default: 1000,
      description:
        'With metric auto: a column with at most this many values on either side is judged by its BH-adjusted p-value (KS / chi-square ≤ alpha), as Evidently does.',
    },
    epsilon: { type: 'number', exclusiveMinimum: 0, default: 1e-4, description: 'Floor of bin shares in PSI.' },
    numeric: {
      type: 'object',
      additionalProperties: false,
      properties: {
        metric: {
          enum: [...NUMERIC_METRICS],
          default: 'auto',
          description:
            'auto: KS p-value up to small-sample values, else normalised Wasserstein (fail ≥ 0.1, warn ≥ 0.05).',
        },
        warn: band('warn'),
        fail: band('fail'),
      },
    },
    categorical: {
      type: 'object',
      additionalProperties: false,
      properties: {
        metric: {
          enum: [...CATEGORICAL_METRICS],
          default: 'auto',
          description:
            'auto: chi-square p-value up to small-sample values, else Jensen–Shannon distance, natural log (fail ≥ 0.1, warn ≥ 0.05).',
        },
        warn: band('warn'),
        fail: band('fail'),
      },
    },
    'p-values': {
      type: 'object',
      additionalProperties: false,
      properties: {
        compute: { type: 'boolean', default: true },
        alpha: { type: 'number', exclusiveMinimum: 0, maximum: 1, default: 0.05 },
        correction: { enum: ['bh', 'none'], default: 'bh' },
        require: {
          type: 'boolean',
          default: false,
          description: 'Count a column as drifted only when its adjusted p-value is also below alpha.',
        },
      },
    },
    share: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      default: 0,
      description: 'Fail when at least this share of compared columns drifted (0: any drifted column fails).',
    },
    columns: strings,
    'ignore-columns': noColumns,
    'categorical-columns': { ...noColumns, description: 'Numeric columns to compare as categories (labels, codes).' },
    'null-rate-delta': { type: 'number', minimum: 0, maximum: 1, default: 0.1 },
  },
  outliers: {
    'iqr-k': { type: 'number', exclusiveMinimum: 0, default: 1.5 },
    'mad-z': { type: 'number', exclusiveMinimum: 0, default: 3.5 },
    'max-share': { type: 'number', minimum: 0, maximum: 1, default: 0.05 },
    'min-samples': { type: 'integer', minimum: 1, default: 30 },
    'max-distinct-skip': {
      type: 'integer',
      minimum: 0,
      default: 10,
      description: 'Columns with at most this many distinct values (codes, labels) are skipped.',
    },
    columns: strings,
    'ignore-columns': noColumns,
  },
  leakage: {
    keys: { ...noColumns, description: 'Key columns (entity ids) that must not appear in both splits.' },
    'max-examples': { type: 'integer', minimum: 1, default: 5 },
  },
  'label-balance': {
    column: { type: 'string', description: 'Label column.' },
    metric: { enum: ['linf', 'psi'], default: 'linf' },
    warn: { type: 'number', minimum: 0, default: 0.05 },
    fail: { type: 'number', minimum: 0, default: 0.1 },
  },
  pii: {
    entities: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(PII_ENTITIES.map((e) => [e, { enum: ['fail', 'warn', 'off'] }])),
      default: {},
      description: 'Policy per entity: fail (high), warn (medium) or off.',
    },
    columns: strings,
    'ignore-columns': noColumns,
    'phone-region': {
      type: 'string',
      pattern: '^[A-Z]{2}$',
      description: 'Country for national-format phone numbers.',
    },
    'max-examples': { type: 'integer', minimum: 1, default: 3 },
  },
  secrets: {
    columns: strings,
    'ignore-columns': noColumns,
    'max-examples': { type: 'integer', minimum: 1, default: 3 },
  },
};

export function asList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v])
    .flatMap((s) => s.split(/[\n,]/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The gate's options when the config says nothing (from the schema), for commands that read data on their own. */
export const GATE_OPTIONS_DEFAULTS = schemaDefaults(GATE_OPTIONS_SCHEMA) as unknown as DataGateOptions;

/** The drift check's options when the config says nothing (from the schema; PSI bins from the gate's `bins`). */
export const DRIFT_DEFAULTS = {
  ...schemaDefaults(CHECK_OPTIONS.drift!),
  bins: GATE_OPTIONS_DEFAULTS.bins,
} as unknown as DriftOptions;
