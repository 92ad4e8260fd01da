import type { AnyGate, CheckSpec } from '../gate.js';
import { GATE_NAMES, MODES, SEVERITIES } from '../result/types.js';
import type { JsonSchema } from './json-schema.js';

export const CONFIG_SCHEMA_ID = 'https://ml-gates.dev/schema/ml-gates.schema.json';

const severity: JsonSchema = {
  type: 'string',
  enum: [...SEVERITIES],
  description: 'Lowest finding severity that fails a blocking check.',
};

const waiverSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['check', 'reason', 'owner', 'expires'],
  properties: {
    check: { type: 'string', minLength: 1, description: 'Check id the waiver applies to.' },
    rule: {
      type: 'string',
      minLength: 1,
      description: 'Rule id (exact) the waiver applies to; all rules when omitted.',
    },
    path: { type: 'string', minLength: 1, description: 'Glob matched against the finding path.' },
    reason: { type: 'string', minLength: 3, description: 'Why this is acceptable.' },
    owner: { type: 'string', minLength: 1, description: 'Who answers for the waiver (a GitHub handle or team).' },
    expires: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'Last day (UTC) the waiver applies, YYYY-MM-DD.',
    },
  },
};

function checkSchema(spec: CheckSpec): JsonSchema {
  return {
    description: `${spec.title}: ${spec.description} (default mode: ${spec.defaultMode})`,
    if: { type: 'string' },
    then: { enum: [...MODES] },
    else: {
      type: 'object',
      additionalProperties: false,
      properties: { mode: { enum: [...MODES] }, 'fail-on': severity, ...(spec.optionsSchema ?? {}) },
    },
  };
}

const policyRuleSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'message', 'expr'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', description: 'Rule id (lowercase, unique).' },
    message: { type: 'string', minLength: 3, description: 'What the rule requires, shown when it is violated.' },
    severity: { enum: [...SEVERITIES], default: 'high', description: 'Severity of a violation.' },
    mode: { enum: [...MODES], default: 'block', description: 'block: a violation fails; warn: it warns; off.' },
    expr: { type: 'string', minLength: 1, description: 'CEL expression over gates, verdict, risk, approvals, commit.' },
  },
};

/** `policy:` — CEL rules over every gate's result (see packages/promotion). */
const policySchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Policy as code: CEL rules over every gate result (ml-gates policy, attest, verify).',
  properties: {
    rules: { type: 'array', items: policyRuleSchema, description: 'Rules judged over the gate reports.' },
    deploy: {
      type: 'array',
      items: policyRuleSchema,
      description: 'Rules ml-gates verify checks against the attested results.',
    },
  },
};

/** The schema of one gate's section: common keys plus the gate's own options. */
export function gateSectionSchema(gate: AnyGate): JsonSchema {
  return {
    type: 'object',
    description: `${gate.title}: ${gate.description}`,
    additionalProperties: false,
    properties: {
      enabled: { type: 'boolean', default: true },
      'fail-on': severity,
      checks: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(gate.checks.map((c) => [c.id, checkSchema(c)])),
      },
      waivers: { type: 'array', items: waiverSchema },
      ...gate.optionsSchema,
    },
  };
}

/**
 * The schema of `ml-gates.yml`. Sections of the gates passed in are validated strictly; the sections of
 * other gates (a single-gate bundle does not carry their option schemas) only need to be objects.
 */
export function buildConfigSchema(gates: readonly AnyGate[]): JsonSchema {
  const known = new Map(gates.map((g) => [g.name, g]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: CONFIG_SCHEMA_ID,
    title: 'ml-gates configuration (ml-gates.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      version: { const: 1, default: 1, description: 'Config format version.' },
      defaults: {
        type: 'object',
        additionalProperties: false,
        default: {},
        properties: { 'fail-on': severity },
      },
      gates: {
        type: 'object',
        additionalProperties: false,
        default: {},
        properties: Object.fromEntries(
          GATE_NAMES.map((name) => {
            const gate = known.get(name);
            return [name, gate ? gateSectionSchema(gate) : { type: 'object' }];
          }),
        ),
      },
      policy: policySchema,
      include: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description:
          "Globs (relative to the workspace) of the files the gates walk from the workspace root; when set, other files are out of scope. Paths named explicitly (a gate's paths, a CLI argument) are always scanned.",
      },
      exclude: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description:
          'Globs (relative to the workspace) of files and folders the gates leave out when they walk the workspace, besides .gitignore, .git, node_modules, virtualenvs, __pycache__, build caches and the report folder.',
      },
      report: {
        type: 'object',
        additionalProperties: false,
        properties: {
          formats: {
            type: 'array',
            items: { enum: ['text', 'json', 'markdown', 'sarif', 'junit'] },
          },
          out: { type: 'string' },
        },
      },
    },
  };
}
