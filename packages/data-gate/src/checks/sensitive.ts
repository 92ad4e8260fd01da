/**
 * PII and secrets in cell values. Every detector is a pattern followed by a validator, so look-alikes are
 * not findings: emails (syntax + domain shape), phone numbers (libphonenumber-js metadata), payment cards
 * (IIN prefix + Luhn), IBANs (ibantools: country length + mod-97), US SSNs (SSA allocation rules), IP
 * addresses (node:net). Secrets: the shared catalogue of `@ml-gates/core` (`findSecrets`: provider token
 * formats, GitHub/npm checksums, private-key blocks), with its rule ids and redaction. Findings carry the
 * column, row numbers and masked values only.
 */
import { isIP } from 'node:net';
import { findPhoneNumbersInText, isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import {
  findSecrets,
  secretRule,
  secretRuleId,
  UserError,
  type Cell,
  type CheckOutput,
  type Finding,
  type RowPosition,
  type RowSink,
  type Severity,
} from '@ml-gates/core';
import { unknownColumnFindings } from './columns.js';

export const PII_ENTITIES = ['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address'] as const;
export type PiiEntity = (typeof PII_ENTITIES)[number];
export type EntityPolicy = 'fail' | 'warn' | 'off';

export const DEFAULT_PII_POLICY: Record<PiiEntity, EntityPolicy> = {
  email: 'warn',
  phone: 'warn',
  'credit-card': 'fail',
  iban: 'fail',
  'us-ssn': 'fail',
  'ip-address': 'warn',
};

export interface PiiOptions {
  entities: Partial<Record<PiiEntity, EntityPolicy>>;
  columns?: string[];
  'ignore-columns': string[];
  /** Country for national-format phone numbers (ISO 3166 alpha-2); without it only +international numbers count. */
  'phone-region'?: string;
  'max-examples': number;
}

export interface SecretsOptions {
  columns?: string[];
  'ignore-columns': string[];
  'max-examples': number;
}

// ---------------------------------------------------------------- validators

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes of the major card networks (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay). */
function cardPrefixValid(d: string): boolean {
  const n2 = Number(d.slice(0, 2));
  const n4 = Number(d.slice(0, 4));
  const len = d.length;
  if (d[0] === '4') return len === 13 || len === 16 || len === 19;
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return len === 16;
  if (n2 === 34 || n2 === 37) return len === 15;
  if (d.startsWith('6011') || d.startsWith('65') || (Number(d.slice(0, 3)) >= 644 && Number(d.slice(0, 3)) <= 649))
    return len >= 16 && len <= 19;
  if (n4 >= 3528 && n4 <= 3589) return len >= 16 && len <= 19;
  if (n2 === 36 || n2 === 38 || (Number(d.slice(0, 3)) >= 300 && Number(d.slice(0, 3)) <= 305))
    return len >= 14 && len <= 19;
  if (n2 === 62) return len >= 16 && len <= 19;
  return false;
}

export function ssnValid(s: string): boolean {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(s);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}

// ---------------------------------------------------------------- masking

export function mask(value: string, entity: string): string {
  if (entity === 'email') {
    const at = value.lastIndexOf('@');
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    const dot = domain.lastIndexOf('.');
    return `${local[0] ?? ''}***@***${dot >= 0 ? domain.slice(dot) : ''}`;
  }
  const keep = entity === 'credit-card' || entity === 'iban' || entity === 'phone' ? 4 : entity === 'us-ssn' ? 4 : 3;
  const compact = value.replace(/\s+/g, '');
  if (compact.length <= keep + 2) return '*'.repeat(compact.length);
  return `${'*'.repeat(Math.min(compact.length - keep, 12))}${compact.slice(-keep)}`;
}

// ---------------------------------------------------------------- detection

const EMAIL_RE = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/g;
const CARD_RE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
const SSN_RE = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;
const IPV4_RE = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const IPV6_RE = /(?<![:\w])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![:\w])/g;

function emailValid(s: string): boolean {
  const at = s.lastIndexOf('@');
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.every((l) => l.length > 0 && l.length <= 63 && !l.startsWith('-') && !l.endsWith('-'));
}

export function detectPii(
  text: string,
  enabled: ReadonlySet<PiiEntity>,
  region?: CountryCode,
): { entity: PiiEntity; value: string }[] {
  const out: { entity: PiiEntity; value: string }[] = [];
  if (enabled.has('email') && text.includes('@')) {
    for (const m of text.matchAll(EMAIL_RE)) if (emailValid(m[0])) out.push({ entity: 'email', value: m[0] });
  }
  let digits = 0;
  for (let i = 0; i < text.length && digits < 7; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 7) {
    if (enabled.has('ip-address') && text.includes(':')) ipv6(text, out);
    return out;
  }
  if (enabled.has('credit-card')) {
    for (const m of text.matchAll(CARD_RE)) {
      const d = m[0].replace(/[ -]/g, '');
      if (d.length >= 13 && d.length <= 19 && cardPrefixValid(d) && luhnValid(d))
        out.push({ entity: 'credit-card', value: m[0] });
    }
  }
  if (enabled.has('iban')) {
    for (const m of text.matchAll(IBAN_RE)) {
      const e = electronicFormatIBAN(m[0]);
      if (e && isValidIBAN(e)) out.push({ entity: 'iban', value: m[0] });
    }
  }
  if (enabled.has('us-ssn')) {
    for (const m of text.matchAll(SSN_RE)) if (ssnValid(m[0])) out.push({ entity: 'us-ssn', value: m[0] });
  }
  if (enabled.has('ip-address')) {
    for (const m of text.matchAll(IPV4_RE)) if (isIP(m[0]) === 4) out.push({ entity: 'ip-address', value: m[0] });
    if (text.includes(':')) ipv6(text, out);
  }
  if (enabled.has('phone') && /[+(]?\d[\d\s().-]{6,30}\d/.test(text)) {
    const claimed = new Set(out.filter((x) => x.entity !== 'email').map((x) => x.value.replace(/\D/g, '')));
    // No try/catch: libphonenumber does not throw on text (200,000 random digit/punctuation strings, none threw);
    // if it ever did, the gate errors instead of reporting "no phone numbers".
    const found = region ? findPhoneNumbersInText(text, region) : findPhoneNumbersInText(text);
    for (const f of found) {
      if (!f.number.isValid()) continue;
      const raw = text.slice(f.startsAt, f.endsAt);
      if (claimed.has(raw.replace(/\D/g, ''))) continue;
      out.push({ entity: 'phone', value: raw });
    }
  }
  return out;
}

function ipv6(text: string, out: { entity: PiiEntity; value: string }[]): void {
  for (const m of text.matchAll(IPV6_RE))
    if (m[0].length >= 3 && isIP(m[0]) === 6 && /[0-9A-Fa-f]/.test(m[0]))
      out.push({ entity: 'ip-address', value: m[0] });
}

// ---------------------------------------------------------------- sinks

/** Characters of one cell that the PII and secret detectors look at. */
export const MAX_SCANNED_CHARS = 65536;

interface Hits {
  count: number;
  rows: RowPosition[];
  masked: string[];
}

function record(map: Map<string, Hits>, key: string, pos: RowPosition, masked: string, max: number): void {
  let h = map.get(key);
  if (!h) {
    h = { count: 0, rows: [], masked: [] };
    map.set(key, h);
  }
  h.count++;
  if (h.rows.length < max) {
    h.rows.push({ ...pos });
    if (!h.masked.includes(masked)) h.masked.push(masked);
  }
}

/** Scans string cells for PII and secrets while the rows stream by. */
export class SensitiveSink implements RowSink {
  /** The dataset's columns (as the reader reported them). */
  names: readonly string[] = [];
  private piiCols: boolean[] = [];
  private secretCols: boolean[] = [];
  readonly pii = new Map<string, Hits>();
  readonly secrets = new Map<string, Hits>();
  private readonly enabled: Set<PiiEntity>;
  private readonly region: CountryCode | undefined;

  constructor(
    private readonly piiOptions: PiiOptions | undefined,
    private readonly secretOptions: SecretsOptions | undefined,
  ) {
    const policy = { ...DEFAULT_PII_POLICY, ...(piiOptions?.entities ?? {}) };
    this.enabled = new Set(PII_ENTITIES.filter((e) => policy[e] !== 'off'));
    const region = piiOptions?.['phone-region'];
    // An unknown region would silently find no national-format numbers: a configuration error instead.
    if (region !== undefined && !isSupportedCountry(region)) {
      throw new UserError(
        'input-invalid',
        `pii.phone-region "${region}" is not a country libphonenumber knows (ISO 3166-1 alpha-2, e.g. US, FR).`,
      );
    }
    this.region = region as CountryCode | undefined;
  }

  columns(all: readonly string[]): void {
    this.names = all;
    const pick = (o?: { columns?: string[]; 'ignore-columns': string[] }) =>
      all.map((n) => !!o && (o.columns === undefined || o.columns.includes(n)) && !o['ignore-columns'].includes(n));
    this.piiCols = pick(this.piiOptions);
    this.secretCols = pick(this.secretOptions);
  }

  row(cells: readonly Cell[], pos: RowPosition): void {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell !== 'string' || cell.length < 7) continue;
      // Bounded work per cell whatever the input: long free-text cells are scanned in their first 64 KiB.
      const v = cell.length > MAX_SCANNED_CHARS ? cell.slice(0, MAX_SCANNED_CHARS) : cell;
      if (this.piiCols[i]) {
        for (const hit of detectPii(v, this.enabled, this.region)) {
          record(
            this.pii,
            `${this.names[i]}\0${hit.entity}`,
            pos,
            mask(hit.value, hit.entity),
            this.piiOptions!['max-examples'],
          );
        }
      }
      if (this.secretCols[i]) {
        for (const hit of findSecrets(v)) {
          record(
            this.secrets,
            `${this.names[i]}\0${hit.rule.id}`,
            pos,
            hit.redacted,
            this.secretOptions!['max-examples'],
          );
        }
      }
    }
  }
}

const SEVERITY: Record<Exclude<EntityPolicy, 'off'>, Severity> = { fail: 'high', warn: 'medium' };
const ENTITY_TEXT: Record<PiiEntity, string> = {
  email: 'email address(es)',
  phone: 'phone number(s)',
  'credit-card': 'payment card number(s) (Luhn-valid)',
  iban: 'IBAN(s) (mod-97 valid)',
  'us-ssn': 'US social security number(s)',
  'ip-address': 'IP address(es)',
};

function rowsText(h: Hits): string {
  return `row${h.count === 1 ? '' : 's'} ${h.rows.map((r) => r.row).join(', ')}${h.count > h.rows.length ? ', …' : ''}`;
}

/** The column names a PII or secrets section selects or ignores. */
function selection(o: { columns?: string[]; 'ignore-columns': string[] }): Record<string, string[] | undefined> {
  return { columns: o.columns, 'ignore-columns': o['ignore-columns'] };
}

export function piiCheck(sink: SensitiveSink, o: PiiOptions, path = ''): CheckOutput {
  const policy = { ...DEFAULT_PII_POLICY, ...o.entities };
  const findings: Finding[] = [];
  for (const [key, h] of sink.pii) {
    const [column, entity] = key.split('\0') as [string, PiiEntity];
    const p = policy[entity];
    if (p === 'off') continue;
    const first = h.rows[0]!;
    findings.push({
      ruleId: `pii.${entity}`,
      severity: SEVERITY[p],
      message: `Column ${column}: ${h.count} ${ENTITY_TEXT[entity]} (${rowsText(h)}; e.g. ${h.masked.join(', ')}).`,
      location: { path: first.file, field: column, ...(first.line !== undefined ? { line: first.line } : {}) },
      help: 'Remove or pseudonymise the values before training, drop the column, or set this entity to "off" if the data is meant to hold it.',
    });
  }
  findings.push(...unknownColumnFindings('pii', selection(o), sink.names, 'the dataset', path));
  return { id: 'pii', title: 'Personal data (PII)', findings, details: { policy } };
}

export function secretsCheck(sink: SensitiveSink, o?: SecretsOptions, path = ''): CheckOutput {
  const findings: Finding[] = o ? unknownColumnFindings('secrets', selection(o), sink.names, 'the dataset', path) : [];
  for (const [key, h] of sink.secrets) {
    const [column, id] = key.split('\0') as [string, string];
    const title = secretRule(id)?.title ?? id;
    const first = h.rows[0]!;
    findings.push({
      ruleId: secretRuleId(id),
      severity: 'critical',
      message: `Column ${column}: ${h.count} ${title}${h.count === 1 ? '' : 's'} (${rowsText(h)}; e.g. ${h.masked.join(', ')}).`,
      location: { path: first.file, field: column, ...(first.line !== undefined ? { line: first.line } : {}) },
      help: 'Revoke the credential now (it is exposed to anyone with the data), then remove it from the dataset.',
    });
  }
  return { id: 'secrets', title: 'Secrets', findings };
}
