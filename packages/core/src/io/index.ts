/**
 * `@ml-gates/core/io`: the table reader and the little it needs, apart from the rest of core. A data-gate reading
 * thread imports only this, so the thread does not evaluate the config, schema and report modules (and their
 * libraries) before it reads (about 140 ms of its start-up on the critical path of `data drift`).
 */
export { readTables, type Cell, type RowPosition, type RowSink, type TableFile } from './table.js';
export type { TableReadOptions, TableSummary } from './table.js';
export { UserError, type UserErrorCode } from '../errors.js';
export { KllSketch } from '../stats/kll.js';
