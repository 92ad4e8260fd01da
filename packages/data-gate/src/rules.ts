import { secretRules, type GateRule } from '@ml-gates/core';
import { PII_ENTITIES } from './checks/sensitive.js';

/**
 * Every rule id data-gate emits (`Finding.ruleId`), so `validate` can check waivers before anything runs.
 * A test reads the gate's sources and fails when a rule id there is missing here.
 */
export const DATA_GATE_RULES: readonly GateRule[] = [
  { id: 'dataset.empty', title: 'A dataset with a header and no rows', severity: 'high' },
  { id: 'schema.missing-column', title: 'A column the schema requires is missing', check: 'schema' },
  { id: 'schema.additional-column', title: 'A column the schema does not allow', check: 'schema' },
  { id: 'schema.type', title: 'Values of the wrong type', check: 'schema' },
  { id: 'schema.null-rate', title: 'More nulls than the schema allows', check: 'schema' },
  { id: 'schema.range', title: 'Values outside the allowed range', check: 'schema' },
  { id: 'schema.allowed', title: 'Values outside the allowed set', check: 'schema' },
  { id: 'schema.regex', title: 'Values not matching the pattern', check: 'schema' },
  { id: 'schema.unique', title: 'Duplicate values in a unique column', check: 'schema' },
  { id: 'schema.row-count', title: 'Row count outside the allowed range', check: 'schema' },
  { id: 'schema.json-schema', title: 'A record that fails its JSON Schema', check: 'schema' },
  { id: 'integrity.missing-file', title: 'A tracked data file is missing', check: 'integrity' },
  { id: 'integrity.hash-mismatch', title: 'A data file differs from its recorded hash', check: 'integrity' },
  { id: 'integrity.untracked', title: 'A data file no manifest or .dvc file tracks', check: 'integrity' },
  { id: 'integrity.source-not-allowed', title: 'Data from a source not in allowed-sources', check: 'integrity' },
  { id: 'integrity.dvc-outside', title: 'A manifest or .dvc entry pointing outside its folder', check: 'integrity' },
  { id: 'drift.column-missing', title: 'A reference column missing from the current data', check: 'drift' },
  { id: 'drift.column-new', title: 'A column absent from the reference', check: 'drift' },
  { id: 'drift.infinite-rate', title: 'A column whose share of infinite values changed', check: 'drift' },
  { id: 'drift.type-changed', title: 'A column whose type changed', check: 'drift' },
  { id: 'drift.null-rate', title: 'A column whose null rate changed', check: 'drift' },
  { id: 'drift.new-category', title: 'Categories the reference never had', check: 'drift' },
  { id: 'drift.vanished-category', title: 'Reference categories that vanished', check: 'drift' },
  { id: 'config.unknown-column', title: "A column named in a check's options that the data does not have" },
  { id: 'leakage.key-overlap', title: 'Rows shared between the training and test splits', check: 'leakage' },
  { id: 'leakage.key-missing', title: 'The leakage key column is missing', check: 'leakage' },
  { id: 'leakage.duplicate-rows', title: 'Identical rows in the training and test splits', check: 'leakage' },
  ...PII_ENTITIES.map((e) => ({ id: `pii.${e}`, title: `Personal data (${e}) in a column`, check: 'pii' })),
  ...secretRules('secrets'),
];
