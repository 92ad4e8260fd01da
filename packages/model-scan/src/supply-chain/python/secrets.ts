/** Credential patterns for notebook outputs: prefixes that providers put on their tokens, so false positives are rare. */
export const SECRET_PATTERNS: { kind: string; pattern: RegExp }[] = [
  { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  { kind: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/g },
  { kind: 'Hugging Face token', pattern: /\bhf_[A-Za-z0-9]{30,}\b/g },
  { kind: 'OpenAI API key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}\b/g },
  { kind: 'Anthropic API key', pattern: /\bsk-ant-[A-Za-z0-9_-]{32,}\b/g },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { kind: 'Stripe live key', pattern: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/g },
  { kind: 'private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY-----/g },
];

export interface SecretHit {
  kind: string;
  /** The match, redacted for reports. */
  redacted: string;
  /** The raw match (to locate it in the file); never written to a report. */
  raw: string;
  index: number;
}

/** Secrets in a text; at most `limit` hits. */
export function findSecrets(text: string, limit = 20): SecretHit[] {
  const out: SecretHit[] = [];
  for (const { kind, pattern } of SECRET_PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      out.push({ kind, raw: m[0], redacted: redact(m[0]), index: m.index });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function redact(s: string): string {
  if (s.startsWith('-----')) return s;
  return `${s.slice(0, Math.min(6, Math.floor(s.length / 4)))}… (${s.length} chars)`;
}
