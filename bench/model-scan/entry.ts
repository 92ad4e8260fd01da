// Bundled by bench/model-scan/run.mjs (ncc) so the benchmark runs the real scanner without a TS loader.
// Imports the scanner modules directly (not the gate index) to keep the supply-chain checks out of the bundle.
export { DEFAULT_LIMITS, scanFile } from '../../packages/model-scan/src/scan.js';
export { GlobalPolicy } from '../../packages/model-scan/src/pickle/policy.js';
