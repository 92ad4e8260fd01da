/** @ml-gates/data-gate: dataset checks before training (pure logic; no @actions/* imports). */
export { dataGate, runDataGate, GATE_DESCRIPTION, combineSubjects, REFERENCE_KIND, TEST_SPLIT_KIND } from './gate.js';
export { DATA_COMMANDS } from './commands.js';
export * from './dataset.js';
export * from './options.js';
export * from './profile/accumulate.js';
export * from './profile/profile.js';
export * from './checks/drift.js';
export * from './checks/schema.js';
export * from './checks/integrity.js';
export * from './checks/outliers.js';
export * from './checks/leakage.js';
export * from './checks/sensitive.js';
export * from './stats/ks.js';
export * from './stats/kolmogorov.js';
export * from './stats/tests.js';
export * from './stats/sort.js';
export * from './shard.js';
export * from './stats/ecdf.js';
