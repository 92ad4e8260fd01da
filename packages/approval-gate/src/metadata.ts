import { parseDocument } from 'yaml';
import { UserError } from '@ml-gates/core';
import type { MetadataFactor } from './options.js';

const ALIASES: Record<string, MetadataFactor> = {
  'user-facing': 'user-facing',
  user_facing: 'user-facing',
  pii: 'pii',
  'handles-pii': 'pii',
  handles_pii: 'pii',
  'financial-impact': 'financial-impact',
  financial_impact: 'financial-impact',
  'first-deployment': 'first-deployment',
  first_deployment: 'first-deployment',
};

/** Longest front matter read; a model card's metadata block is a few hundred bytes. */
const MAX_FRONT_MATTER = 64 * 1024;

/**
 * Risk metadata from a model card's YAML front matter (`---` block at the top, as on Hugging Face).
 * Keys are read at the top level or under `risk:`; only booleans count. Returns `{}` when there is no
 * front matter, throws a `UserError` naming the file when it is not valid YAML.
 */
export function readCardMetadata(text: string, path: string): Partial<Record<MetadataFactor, boolean>> {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(
    text.slice(0, MAX_FRONT_MATTER + 8),
  );
  if (!m) return {};
  const doc = parseDocument(m[1]!, { prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new UserError('config-invalid', `${path}: the model card's front matter is not valid YAML.`, {
      details: doc.errors.map((e) => `${path}: ${e.message.split('\n')[0]}`),
    });
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: Partial<Record<MetadataFactor, boolean>> = {};
  const take = (obj: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(obj)) {
      const f = ALIASES[k.toLowerCase()];
      if (f && typeof v === 'boolean') out[f] = out[f] === true || v;
    }
  };
  take(data as Record<string, unknown>);
  const risk = (data as Record<string, unknown>).risk;
  if (risk && typeof risk === 'object' && !Array.isArray(risk)) take(risk as Record<string, unknown>);
  return out;
}
