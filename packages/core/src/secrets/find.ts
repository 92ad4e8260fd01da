/**
 * Finding and redacting secrets with the catalogue. `findSecrets` returns the raw value (to locate it in a
 * file) and its redacted form; only the redacted form may reach a report, log or annotation.
 *
 * @example
 *   for (const s of findSecrets(text)) report(secretRuleId(s.rule), `${s.rule.title}: ${s.redacted}`);
 */
import { SECRET_RULES, type SecretRule } from './catalogue.js';

export interface SecretMatch {
  rule: SecretRule;
  /** The raw token: use it to locate the secret, never write it anywhere. */
  value: string;
  /** Offset of the token in the text searched. */
  index: number;
  /** `redactSecret(value)`: what reports show. */
  redacted: string;
}

/** The shortest token of the catalogue (an AWS key id); shorter text holds none. */
const MIN_TOKEN_LENGTH = 20;

/** Random characters shown after the provider marker, at most. */
const SHOWN = 4;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUICK = new RegExp([...new Set(SECRET_RULES.flatMap((r) => r.keywords))].map(escapeRe).join('|'));

/**
 * The one redaction of a secret for reports: the provider marker (`ghp_`, `AKIA`, `sk-ant-api03-`: not
 * secret) plus at most 4 further characters and never more than a quarter of the rest, then the length.
 * A private-key header (which holds no key material) is shown as is. Without `rule`, the rule whose
 * marker the value starts with is used; a value of no known format shows at most a quarter of itself.
 *
 * @example
 *   redactSecret(githubToken); // 'ghp_sOmu… (40 chars)': marker, 4 characters, length
 */
export function redactSecret(value: string, rule?: SecretRule): string {
  const markers = (rule ? [rule] : SECRET_RULES).map((r) => r.marker.exec(value)?.[0] ?? '');
  // without a rule, the longest marker wins (`sk-ant-api03-` over OpenAI's `sk-`)
  const marker = markers.reduce((a, b) => (b.length > a.length ? b : a), '');
  const rest = value.length - marker.length;
  if (rest === 0 && marker) return `${marker} (key material not shown)`;
  const shown = value.slice(0, marker.length + Math.min(SHOWN, Math.floor(rest / 4)));
  return `${shown}… (${value.length} chars)`;
}

/**
 * Secrets of the catalogue in `text`, in text order, at most `limit`. Matches that fail their rule's
 * validation (a GitHub or npm token with a wrong checksum) are not secrets and are not returned.
 */
export function findSecrets(text: string, limit = 20): SecretMatch[] {
  if (limit <= 0 || text.length < MIN_TOKEN_LENGTH || !QUICK.test(text)) return [];
  const out: SecretMatch[] = [];
  for (const rule of SECRET_RULES) {
    if (!rule.keywords.some((k) => text.includes(k))) continue;
    let n = 0;
    for (const m of text.matchAll(rule.re)) {
      if (rule.validate && !rule.validate(m[0])) continue;
      out.push({ rule, value: m[0], index: m.index, redacted: redactSecret(m[0], rule) });
      if (++n >= limit) break;
    }
  }
  return out.sort((a, b) => a.index - b.index).slice(0, limit);
}
