// Bundled by bench/integrity/run.mjs (ncc) so the benchmark runs core's integrity module without a TS loader.
export { parseHashList, verifyDvcFiles, verifyHashList } from '../../packages/core/src/integrity/index.js';
