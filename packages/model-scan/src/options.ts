/** Options of the model-scan gate (`gates.model-scan` in ml-gates.yml), its checks and its action inputs. */
import type { CheckSpec, InputReader, JsonSchema } from '@ml-gates/core';
import { CHECK_IDS, type CheckId } from './findings.js';
import type { AllowlistEntry } from './pickle/policy.js';
import { DEFAULT_LIMITS, type ScanLimits } from './scan.js';

export interface ModelScanOptions {
  paths: string[];
  allowlist: AllowlistEntry[];
  /** Filled in from the schema's defaults (`DEFAULT_LIMITS`) when the gate runs; partial for direct callers. */
  limits: Partial<Omit<ScanLimits, 'pickle'>>;
  hash: boolean;
  [key: string]: unknown;
}

const TITLES: Record<CheckId, [string, string]> = {
  pickle: [
    'Pickle code execution',
    'Simulates every pickle stream (protocols 0-5) and flags callables that are not allowlisted; known code-execution callables are critical.',
  ],
  archive: [
    'Archive integrity',
    'Zip and tar members read like PyTorch does: duplicates, polyglots, inconsistent headers, bad CRCs, path traversal, decompression bombs.',
  ],
  formats: [
    'Model format safety',
    'Keras Lambda layers and foreign modules, TensorFlow file/Python ops, ONNX external data and custom ops, safetensors and GGUF structure.',
  ],
  templates: [
    'Chat template injection',
    'Jinja chat templates (GGUF, tokenizer_config.json) parsed for sandbox escapes.',
  ],
  secrets: ['Embedded secrets', 'High-confidence token formats in artifacts, configs and metadata, reported masked.'],
  coverage: [
    'Scan coverage',
    'Files, members or streams that could not be fully scanned (malformed, encrypted, over a limit); nothing scanned is an error.',
  ],
};

export const MODEL_SCAN_CHECKS: CheckSpec[] = CHECK_IDS.map((id) => ({
  id,
  title: TITLES[id][0],
  description: TITLES[id][1],
  defaultMode: 'block',
}));

const limitsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Budgets that bound time and memory on hostile files; reaching one is a `scan.limit` finding.',
  properties: {
    maxDepth: {
      type: 'integer',
      minimum: 1,
      maximum: 64,
      default: DEFAULT_LIMITS.maxDepth,
      description: 'Nesting depth of archives, wrappers and nested pickles.',
    },
    maxMembers: {
      type: 'integer',
      minimum: 1,
      default: DEFAULT_LIMITS.maxMembers,
      description: 'Entries per archive.',
    },
    maxInflateBytes: {
      type: 'integer',
      minimum: 1,
      default: DEFAULT_LIMITS.maxInflateBytes,
      description: 'Bytes decompressed per file.',
    },
    bombRatio: {
      type: 'number',
      minimum: 1,
      default: DEFAULT_LIMITS.bombRatio,
      description: 'Compression ratio above which a member is a decompression bomb.',
    },
    maxBufferedBytes: {
      type: 'integer',
      minimum: 1,
      default: DEFAULT_LIMITS.maxBufferedBytes,
      description: 'Largest compressed member held in memory when its format needs random access.',
    },
    timeoutSeconds: {
      type: 'number',
      minimum: 1,
      default: DEFAULT_LIMITS.timeoutSeconds,
      description: 'Time budget per file.',
    },
    maxNested: {
      type: 'integer',
      minimum: 0,
      default: DEFAULT_LIMITS.maxNested,
      description: 'Nested pickles unwrapped per file.',
    },
  },
};

/** JSON Schema properties of `gates.model-scan` (the supply-chain options are added by the gate). */
export const modelScanOptionsSchema: Record<string, JsonSchema> = {
  paths: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    default: ['.'],
    description:
      'Files, directories and globs to scan, relative to the workspace (default: everything except .git and node_modules). Files are never skipped for their name.',
  },
  allowlist: {
    type: 'array',
    default: [],
    description:
      'Extra callables pickles may import (`module.qualname`, or `package.*` for CamelCase classes under a package), each with a justification.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'justification'],
      properties: {
        name: {
          type: 'string',
          pattern: '^[A-Za-z_][\\w]*(\\.[A-Za-z_][\\w]*)*(\\.\\*)?$',
          description: 'module.qualname, e.g. mypkg.models.TinyNet',
        },
        justification: { type: 'string', minLength: 10, description: 'Why loading this callable is safe.' },
      },
    },
  },
  limits: limitsSchema,
  hash: { type: 'boolean', default: true, description: 'Record the SHA-256 of every file scanned.' },
};

/** The action inputs as options: `path`, one per line or comma-separated. */
export function inputsToOptions(input: InputReader): Partial<ModelScanOptions> {
  const raw = input('path');
  if (raw === '') return {};
  return {
    paths: raw
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
