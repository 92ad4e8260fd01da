import type { JsonSchema } from '@ml-gates/core';

export const GATE_NAME = 'approval-gate';

export const RISK_LEVELS = ['medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const METADATA_FACTORS = ['user-facing', 'pii', 'financial-impact', 'first-deployment'] as const;
export type MetadataFactor = (typeof METADATA_FACTORS)[number];

export const GATE_FACTORS = ['gate-failed', 'gate-warned', 'gate-waived', 'gate-missing'] as const;
export type GateFactor = (typeof GATE_FACTORS)[number];

export type FactorId = MetadataFactor | GateFactor;

export interface RoleMembers {
  users: string[];
  /** `org/team-slug`. */
  teams: string[];
}

/** `gates.approval-gate` of ml-gates.yml, with schema defaults filled in. */
export interface ApprovalOptions {
  environment: string;
  environments: string[];
  'model-card'?: string;
  metadata: Partial<Record<MetadataFactor, boolean>>;
  risk: { weights: Record<FactorId, number>; bands: { critical: number; high: number } };
  roles: Record<string, RoleMembers>;
  levels: Record<RiskLevel, Record<string, number>>;
  gates?: string[];
  'check-name-prefix': string;
  'comment-approvals': boolean;
}

export const DEFAULT_LEVELS: Record<RiskLevel, Record<string, number>> = {
  medium: { 'ml-lead': 1 },
  high: { 'security-lead': 1, 'ml-lead': 1 },
  critical: { 'security-lead': 1, 'compliance-officer': 1, cto: 1 },
};

const login: JsonSchema = { type: 'string', pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$' };
const team: JsonSchema = {
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$',
  description: 'A team as org/team-slug.',
};
const weight: JsonSchema = { type: 'number', minimum: 0, maximum: 100 };
const counts: JsonSchema = {
  type: 'object',
  additionalProperties: { type: 'integer', minimum: 0, maximum: 20 },
  description: 'Approvals needed per role, e.g. {"ml-lead": 1}.',
};

/** JSON Schema properties of `gates.approval-gate` (defaults filled in by ajv). */
export const optionsSchema: Record<string, JsonSchema> = {
  environment: {
    type: 'string',
    minLength: 1,
    default: 'prod',
    description: 'Environment promoted to when the action input "environment" is not set.',
  },
  environments: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    default: ['prod'],
    description: 'Environments that need human approval; the gate passes without approval elsewhere.',
  },
  'model-card': {
    type: 'string',
    minLength: 1,
    description:
      'Model card whose YAML front matter declares risk metadata (read from the default branch or policy-ref).',
  },
  metadata: {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'Risk metadata of the model; a factor counts when this or the model card says true.',
    properties: Object.fromEntries(METADATA_FACTORS.map((f) => [f, { type: 'boolean' }])),
  },
  risk: {
    type: 'object',
    additionalProperties: false,
    default: {},
    properties: {
      weights: {
        type: 'object',
        additionalProperties: false,
        default: {},
        description: 'Score each factor adds (gate factors count once per gate).',
        properties: Object.fromEntries(
          [...METADATA_FACTORS, ...GATE_FACTORS].map((f) => [f, { ...weight, default: 1 }]),
        ),
      },
      bands: {
        type: 'object',
        additionalProperties: false,
        default: {},
        description: 'Lowest score of each level; below "high" is medium.',
        properties: { critical: { ...weight, default: 4 }, high: { ...weight, default: 2 } },
      },
    },
  },
  roles: {
    type: 'object',
    default: {},
    description: 'Who holds each approver role: GitHub users and/or teams (org/slug; teams need the team-token input).',
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      properties: {
        users: { type: 'array', items: login, default: [] },
        teams: { type: 'array', items: team, default: [] },
      },
    },
  },
  levels: {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'Approvals required per risk level, as a count per role.',
    properties: Object.fromEntries(RISK_LEVELS.map((l) => [l, { ...counts, default: DEFAULT_LEVELS[l] }])),
  },
  gates: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    description: 'Gates whose results must be present for the commit (default: the gates this file enables).',
  },
  'check-name-prefix': {
    type: 'string',
    default: 'ml-gates / ',
    description: 'Check runs named "<prefix><gate>" carry the other gates\' results.',
  },
  'comment-approvals': {
    type: 'boolean',
    default: true,
    description: 'Count "/approve" and "/reject" comments from users with write permission.',
  },
};
