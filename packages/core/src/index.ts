/** @ml-gates/core: everything gates and hosts share, without `@actions/*` (see `@ml-gates/core/github`). */
export * from './result/types.js';
export * from './errors.js';
export * from './log.js';
export * from './progress.js';
export * from './gate.js';
export * from './version.js';
export * from './engine.js';
export type { JsonSchema } from './config/json-schema.js';
export type { CheckSetting, GateSection, LoadedConfig, MlGatesConfig } from './config/types.js';
export { compileSchema, registerPrecompiled, schemaKey, type ValidateFunction } from './config/ajv.js';
export { schemaDefaults, withSchemaDefaults } from './config/defaults.js';
export { explainAjvErrors, formatKeyPath, suggest } from './config/errors.js';
export { buildConfigSchema, gateSectionSchema, CONFIG_SCHEMA_ID } from './config/schema.js';
export {
  addConfigCheck,
  DEFAULT_CONFIG_FILE,
  defaultConfig,
  loadConfig,
  parseConfig,
  type ConfigCheck,
} from './config/load.js';
export { atLeast, bySeverity, severityRank, worstVerdict } from './policy/severity.js';
export { applyWaivers, isExpired, isoDay } from './policy/waivers.js';
export { countBySeverity, judgeCheck, resolveCheck, DEFAULT_FAIL_ON } from './policy/apply.js';
export { judgeSubjects } from './policy/subjects.js';
export { code, escapeMarkdown, escapeXml, markdownTable } from './report/escape.js';
export { formatInterval, formatLocation, formatNumber, VERDICT_ICON } from './report/format.js';
export { renderGateBody, renderGateMarkdown, renderRunMarkdown, type MarkdownOptions } from './report/markdown.js';
export { renderText } from './report/text.js';
export { renderJunit } from './report/junit.js';
export { fingerprint, renderSarif } from './report/sarif.js';
export { overallVerdict, renderJson, toRunReport, type RunReport } from './report/json.js';
export { REPORT_FORMATS, renderReport, writeReports, type ReportFormat } from './report/write.js';
export * from './io/files.js';
export { runGates } from './engine-run.js';
export * from './random.js';
export * from './secrets/index.js';
export * from './io/table.js';
export { parseCsvBytes, sniffDelimiter, type ByteCsvHandlers } from './io/csv-bytes.js';
export { cellFromText, fastNumber, numberFromText } from './io/values.js';
export type { ShardInfo, ShardSpec, WorkItem } from './shard/types.js';
export { partitionByBytes, planDigest, selectShard } from './shard/partition.js';
export {
  GATE_REGISTRY,
  EXTRA_BUNDLES,
  JUDGED_RESULTS,
  bundleEntries,
  type GateRegistration,
} from './registry/gates.js';
export * from './approvals/source.js';
export { actionRequiredOf, artifactsOf, chartsOf, judgedCommitOf, omittedOf } from './result/contracts.js';
export { NO_PLAN, UNSHARDED_PLAN, type ShardCheckPolicy } from './shard/types.js';
export { canonicalJson, configDigest, formatShardSpec, parseShardSpec } from './shard/spec.js';
export {
  fileWorkItems,
  matrixJson,
  parseSize,
  planShards,
  shardCount,
  type FileWorkItem,
  type ShardPlan,
} from './shard/work.js';
export { checkMergeable, mergeResults, type MergeOptions, type PartialReport } from './shard/merge.js';
export { partialsFromJson, readPartialReports } from './shard/read.js';
export {
  KllSketch,
  KLL_DEFAULT_K,
  KLL_EPSILON_FACTOR,
  cdfDistances,
  exactSorted,
  type KllSketchJson,
  type WeightedSorted,
} from './stats/kll.js';
export * from './integrity/index.js';
export { chi2Sf, gammaQ, lgamma } from './stats/gamma.js';
export { normalQuantile, normalSf } from './stats/normal.js';
export { binomialCdf, clopperPearson } from './stats/binomial.js';
export { percentileInterval, quantileSorted } from './stats/quantile.js';
export { midranks } from './stats/ranks.js';
export { bootstrap, resampleCounts, type BootstrapSettings } from './stats/bootstrap.js';
