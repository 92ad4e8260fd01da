export { ALL_GATES, GATE_MODULES } from './gates.js';
export { buildProgram, main } from './program.js';
export { processIo, useColor, type CliIo } from './io.js';
export { STARTER_CONFIG, STARTER_WORKFLOW } from './templates.js';
