/** High-confidence secret formats, reported masked. GitHub tokens carry a CRC32 checksum that is verified. */
import { crc32 } from 'node:zlib';

interface SecretRule {
  id: string;
  name: string;
  re: RegExp;
  verify?: (token: string) => boolean;
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(n: number, width: number): string {
  let s = '';
  let v = n >>> 0;
  while (v > 0) {
    s = B62[v % 62]! + s;
    v = Math.floor(v / 62);
  }
  return s.padStart(width, '0');
}

/** GitHub's token checksum: the last 6 characters are the base62 CRC32 of the 30 random characters. */
export function githubChecksumOk(token: string): boolean {
  const body = token.slice(4, 34);
  const sum = token.slice(34);
  return base62(crc32(body), 6) === sum || base62(crc32(token.slice(0, 34)), 6) === sum;
}

const RULES: SecretRule[] = [
  { id: 'github-token', name: 'GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36}\b/g, verify: githubChecksumOk },
  { id: 'github-pat', name: 'GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/g },
  { id: 'huggingface-token', name: 'Hugging Face token', re: /\bhf_[A-Za-z]{34}\b/g },
  { id: 'aws-access-key', name: 'AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  {
    id: 'openai-key',
    name: 'OpenAI API key',
    re: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b/g,
  },
  { id: 'anthropic-key', name: 'Anthropic API key', re: /\bsk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,}\b/g },
  { id: 'slack-token', name: 'Slack token', re: /\bxox[baprs]-[0-9]{8,}-[0-9A-Za-z-]{10,}\b/g },
  { id: 'google-api-key', name: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { id: 'stripe-key', name: 'Stripe secret key', re: /\b(?:sk|rk)_live_[0-9a-zA-Z]{24,}\b/g },
  { id: 'private-key', name: 'private key', re: /-----BEGIN (?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----/g },
];

const QUICK = /gh[pousr]_|github_pat_|hf_|AKIA|ASIA|sk-|xox|AIza|_live_|PRIVATE KEY/;

export interface SecretHit {
  rule: string;
  name: string;
  masked: string;
  index: number;
  verified: boolean;
}

export function mask(token: string): string {
  if (token.startsWith('-----')) return token;
  const keep = Math.min(6, Math.floor(token.length / 4));
  return `${token.slice(0, keep)}${'*'.repeat(Math.min(12, token.length - keep))} (${token.length} chars)`;
}

/** Finds secrets in `text`; `max` caps the hits. */
export function findSecrets(text: string, max = 20): SecretHit[] {
  if (!QUICK.test(text)) return [];
  const hits: SecretHit[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m && hits.length < max; m = r.re.exec(text)) {
      const verified = r.verify ? r.verify(m[0]) : true;
      hits.push({ rule: r.id, name: r.name, masked: mask(m[0]), index: m.index, verified });
    }
  }
  return hits;
}
