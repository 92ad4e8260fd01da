import type { JsonSchema } from '@ml-gates/core';
import { CARD_FIELDS } from './model-card/card.js';

/** Options of the supply-chain checks as resolved (defaults applied). */
export interface SupplyChainOptions {
  paths: string[];
  code: { maxFileBytes: number; maxNotebookBytes: number; parseTimeoutMs: number };
  manifest: { path: string; required: boolean };
  signature: {
    file?: string;
    bundle?: string;
    publicKeys: string[];
    trustedRoot?: string;
    identity?: { subject?: string; issuer?: string };
    sign: boolean;
  };
  bom: { out: string; name?: string };
  modelCard: { paths: string[]; requiredFields: string[]; licenses: string[] };
}

export const DEFAULT_MANIFEST = 'model-manifest.json';
export const DEFAULT_BOM = '.ml-gates/ml-bom.cdx.json';

/** JSON Schema properties merged into `gates.model-scan` (the `paths` key belongs to the artifact scanner). */
export const supplyChainOptionsSchema: Record<string, JsonSchema> = {
  code: {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'Scanning Python files and notebooks for unsafe loading (check `unsafe-loading`).',
    properties: {
      'max-file-bytes': {
        type: 'integer',
        minimum: 1,
        default: 2_000_000,
        description: 'Larger .py/.ipynb files are reported, not parsed.',
      },
      'max-notebook-bytes': {
        type: 'integer',
        minimum: 1,
        default: 50_000_000,
        description: 'Larger notebooks (outputs with images are big) are reported, not parsed.',
      },
      'parse-timeout-ms': {
        type: 'integer',
        minimum: 100,
        default: 20_000,
        description: 'Parsing time limit per file.',
      },
    },
  },
  manifest: {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'The integrity manifest written by `ml-gates hash` (check `integrity`).',
    properties: {
      path: {
        type: 'string',
        minLength: 1,
        default: DEFAULT_MANIFEST,
        description: 'Manifest file, relative to the workspace.',
      },
      required: {
        type: 'boolean',
        default: false,
        description: 'A missing manifest is a finding (otherwise the check passes with a note).',
      },
    },
  },
  signature: {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'Signature of the manifest (check `signature`, off by default).',
    properties: {
      file: {
        type: 'string',
        minLength: 1,
        description: 'ml-gates detached signature; default `<manifest>.sig.json`.',
      },
      bundle: {
        type: 'string',
        minLength: 1,
        description: 'OpenSSF model-signing Sigstore bundle; default `model.sig` beside the manifest.',
      },
      'public-keys': {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description: 'PEM public keys (Ed25519 or ECDSA P-256) trusted to sign the manifest.',
      },
      'trusted-root': {
        type: 'string',
        minLength: 1,
        description: 'Sigstore trusted_root.json to verify keyless bundles offline.',
      },
      identity: {
        type: 'object',
        additionalProperties: false,
        description: 'Who may sign keylessly: certificate subject (e.g. the workflow URI) and OIDC issuer.',
        properties: { subject: { type: 'string', minLength: 1 }, issuer: { type: 'string', minLength: 1 } },
      },
      sign: {
        type: 'boolean',
        default: false,
        description: 'Sign the manifest keylessly with Sigstore (GitHub Actions with `permissions: id-token: write`).',
      },
    },
  },
  bom: {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'CycloneDX 1.6 ML-BOM (check `ml-bom`).',
    properties: {
      out: {
        type: 'string',
        minLength: 1,
        default: DEFAULT_BOM,
        description: 'Where to write the BOM, relative to the workspace.',
      },
      name: {
        type: 'string',
        minLength: 1,
        description: 'Name of the project in the BOM; default the workspace folder name.',
      },
    },
  },
  'model-card': {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'Model card completeness (check `model-card`).',
    properties: {
      paths: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description:
          'Model cards to check; default: model-card.json / MODEL_CARD.md / README.md with front matter or beside a model file.',
      },
      'required-fields': {
        type: 'array',
        items: { enum: [...CARD_FIELDS] },
        default: [...CARD_FIELDS],
        description: 'Fields every model card must fill in.',
      },
      licenses: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description: 'Allowed licences (SPDX ids or Hugging Face licence names, case-insensitive); empty allows any.',
      },
    },
  },
};

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function strings(v: unknown, fallback: string[]): string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** Applies defaults (ajv fills them from the schema in real runs; direct callers may pass less). */
export function resolveOptions(raw: Record<string, unknown>): SupplyChainOptions {
  const code = obj(raw.code);
  const manifest = obj(raw.manifest);
  const signature = obj(raw.signature);
  const identity = obj(signature.identity);
  const bom = obj(raw.bom);
  const card = obj(raw['model-card']);
  const paths = typeof raw.paths === 'string' ? [raw.paths] : strings(raw.paths, ['.']);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    code: {
      maxFileBytes: typeof code['max-file-bytes'] === 'number' ? code['max-file-bytes'] : 2_000_000,
      maxNotebookBytes: typeof code['max-notebook-bytes'] === 'number' ? code['max-notebook-bytes'] : 50_000_000,
      parseTimeoutMs: typeof code['parse-timeout-ms'] === 'number' ? code['parse-timeout-ms'] : 20_000,
    },
    manifest: { path: str(manifest.path) ?? DEFAULT_MANIFEST, required: manifest.required === true },
    signature: {
      ...(str(signature.file) ? { file: str(signature.file) } : {}),
      ...(str(signature.bundle) ? { bundle: str(signature.bundle) } : {}),
      publicKeys: strings(signature['public-keys'], []),
      ...(str(signature['trusted-root']) ? { trustedRoot: str(signature['trusted-root']) } : {}),
      ...(str(identity.subject) || str(identity.issuer)
        ? {
            identity: {
              ...(str(identity.subject) ? { subject: str(identity.subject) } : {}),
              ...(str(identity.issuer) ? { issuer: str(identity.issuer) } : {}),
            },
          }
        : {}),
      sign: signature.sign === true,
    },
    bom: { out: str(bom.out) ?? DEFAULT_BOM, ...(str(bom.name) ? { name: str(bom.name) } : {}) },
    modelCard: {
      paths: strings(card.paths, []),
      requiredFields: strings(card['required-fields'], [...CARD_FIELDS]),
      licenses: strings(card.licenses, []),
    },
  };
}
