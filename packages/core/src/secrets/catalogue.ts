/**
 * The one catalogue of secret formats that every gate searches for (model files and configs, notebook
 * outputs, dataset cells). High-confidence formats only: each has a provider marker that ordinary text does
 * not contain, a fixed shape, and a checksum where the format has one. Generic "password = ..." heuristics
 * are deliberately absent: a gate that blocks merges must not cry wolf.
 *
 * A finding about a rule uses the rule id `secrets.<id>` (see `secretRuleId`) in every gate.
 */
import { checksumValid } from './checksum.js';

export interface SecretRule {
  /** Stable id; findings use `secrets.<id>`. */
  id: string;
  /** Human title, e.g. "GitHub token". */
  title: string;
  /** Literal strings one of which every match contains (a cheap pre-filter before the regex runs). */
  keywords: readonly string[];
  /** The global regex, with boundaries; it matches the whole token. */
  re: RegExp;
  /** Matches the provider marker at the start of a token (shown in redacted output; not secret). */
  marker: RegExp;
  /** Extra validation of a match (checksum); a match that fails it is not a secret. */
  validate?: (token: string) => boolean;
  /** What is validated beyond the shape, for docs. */
  validation?: string;
}

interface RuleSpec {
  id: string;
  title: string;
  keywords: string[];
  /** Regex source of the provider marker. */
  marker: string;
  /** Regex source of the rest of the token. */
  body: string;
  /** Characters that may not follow the token (regex class content); '' for no check. */
  tail: string;
  validate?: (token: string) => boolean;
  validation?: string;
}

/** Characters that may not precede a token: it starts at a word start, not inside a longer identifier. */
const LEAD = '(?<![A-Za-z0-9])';

function rule(s: RuleSpec): SecretRule {
  const tail = s.tail ? `(?![${s.tail}])` : '';
  return {
    id: s.id,
    title: s.title,
    keywords: s.keywords,
    re: new RegExp(`${LEAD}(?:${s.marker})${s.body}${tail}`, 'g'),
    marker: new RegExp(`^(?:${s.marker})`),
    ...(s.validate ? { validate: s.validate } : {}),
    ...(s.validation ? { validation: s.validation } : {}),
  };
}

export const SECRET_RULES: readonly SecretRule[] = [
  rule({
    id: 'github-token',
    title: 'GitHub token',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    marker: 'gh[pousr]_',
    body: '[A-Za-z0-9]{36}',
    tail: 'A-Za-z0-9_',
    validate: checksumValid,
    validation: 'CRC32 checksum (last 6 base62 characters)',
  }),
  rule({
    id: 'github-fine-grained-pat',
    title: 'GitHub fine-grained token',
    keywords: ['github_pat_'],
    marker: 'github_pat_',
    body: '[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
    tail: 'A-Za-z0-9_',
  }),
  rule({
    id: 'npm-token',
    title: 'npm access token',
    keywords: ['npm_'],
    marker: 'npm_',
    body: '[A-Za-z0-9]{36}',
    tail: 'A-Za-z0-9_',
    validate: checksumValid,
    validation: 'CRC32 checksum (last 6 base62 characters)',
  }),
  rule({
    id: 'pypi-token',
    title: 'PyPI API token',
    keywords: ['pypi-AgEIcHlwaS5vcmc'],
    // base64 of the macaroon header for pypi.org, then the rest of the macaroon (any length)
    marker: 'pypi-AgEIcHlwaS5vcmc',
    body: '[A-Za-z0-9_-]{70,1000}',
    tail: '',
  }),
  rule({
    id: 'huggingface-token',
    title: 'Hugging Face token',
    keywords: ['hf_', 'api_org_'],
    marker: 'hf_|api_org_',
    body: '[A-Za-z]{34}',
    tail: 'A-Za-z0-9_',
  }),
  rule({
    id: 'openai-api-key',
    title: 'OpenAI API key',
    keywords: ['T3BlbkFJ'],
    // T3BlbkFJ is base64 of "OpenAI": every OpenAI key (legacy, project, service account, admin) carries it
    marker: 'sk-(?:(?:proj|svcacct|admin)-)?',
    body: '[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}',
    tail: 'A-Za-z0-9_-',
  }),
  rule({
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    keywords: ['sk-ant-'],
    marker: 'sk-ant-(?:api|admin)\\d\\d-',
    body: '[A-Za-z0-9_-]{80,200}',
    tail: 'A-Za-z0-9_-',
  }),
  rule({
    id: 'aws-access-key-id',
    title: 'AWS access key id',
    keywords: ['AKIA', 'ASIA'],
    marker: 'AKIA|ASIA',
    body: '[0-9A-Z]{16}',
    tail: 'A-Za-z0-9',
  }),
  rule({
    id: 'google-api-key',
    title: 'Google API key',
    keywords: ['AIza'],
    marker: 'AIza',
    body: '[0-9A-Za-z_-]{35}',
    tail: '0-9A-Za-z_-',
  }),
  rule({
    id: 'slack-token',
    title: 'Slack token',
    keywords: ['xox'],
    marker: 'xox[baprs]-',
    body: '[0-9]{8,13}-[0-9A-Za-z-]{10,250}',
    tail: '0-9A-Za-z-',
  }),
  rule({
    id: 'stripe-secret-key',
    title: 'Stripe live secret key',
    keywords: ['sk_live_', 'rk_live_'],
    marker: '[sr]k_live_',
    body: '[0-9A-Za-z]{24,247}',
    tail: '0-9A-Za-z',
  }),
  rule({
    id: 'private-key',
    title: 'private key',
    keywords: ['PRIVATE KEY'],
    marker: '-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----',
    body: '',
    tail: '',
  }),
];

const BY_ID = new Map(SECRET_RULES.map((r) => [r.id, r]));

/** The rule with this id (`github-token`), or undefined. */
export function secretRule(id: string): SecretRule | undefined {
  return BY_ID.get(id);
}

/** The finding rule id every gate uses for a secret of this rule: `secrets.github-token`. */
export function secretRuleId(rule: SecretRule | string): string {
  return `secrets.${typeof rule === 'string' ? rule : rule.id}`;
}
