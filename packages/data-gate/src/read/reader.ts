/**
 * data-gate reads datasets with core's streaming table reader (`readTables` in `@ml-gates/core`,
 * packages/core/src/io/table.ts). These type names stay here only for modules that still import them from
 * this path; new code imports them from `@ml-gates/core`.
 */
export type { Cell, RowPosition, RowSink } from '@ml-gates/core';
