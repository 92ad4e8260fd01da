/**
 * model-scan: static security scan of model artifacts (pickle, PyTorch, joblib, NumPy, Keras, TensorFlow,
 * ONNX, GGUF, safetensors, archives and compressed wrappers), never executing what it reads. The
 * supply-chain checks (issue 5) live in ./supply-chain and are merged into this gate.
 */
export { GlobalPolicy, SAFE_GLOBALS } from './pickle/policy.js';
export { DEFAULT_PICKLE_LIMITS, PickleVM } from './pickle/vm.js';
export { scanFile, DEFAULT_LIMITS } from './scan.js';
export { detect } from './detect.js';
export { checkTemplate } from './formats/jinja.js';
export { CHECK_IDS } from './findings.js';
export { FileDigests } from './digests.js';
export { FORMATS, type FormatHandler } from './formats/index.js';

export { modelScanGate } from './gate.js';
export { MODEL_SCAN_COMMANDS } from './commands.js';
export { inputsToOptions, MODEL_SCAN_CHECKS, modelScanOptionsSchema, type ModelScanOptions } from './options.js';
