/**
 * The BERT WordPiece tokenizer of a Hugging Face `tokenizer.json` (the format BERT, DistilBERT and RoBERTa-free
 * toxicity classifiers ship with): BertNormalizer, BertPreTokenizer (or whitespace), WordPiece, and the
 * `[CLS] … [SEP]` post-processor. Anything else in the file is refused: a text encoded differently from how the
 * model was trained would give scores that mean nothing.
 */
import { UserError } from '@ml-gates/core';

interface TokenizerJson {
  normalizer?: { type?: string; lowercase?: boolean; strip_accents?: boolean | null; clean_text?: boolean } | null;
  pre_tokenizer?: { type?: string } | null;
  post_processor?: {
    type?: string;
    cls?: [string, number];
    sep?: [string, number];
    single?: ({ SpecialToken?: { id: string } } | { Sequence?: { id: string } })[];
    special_tokens?: Record<string, { ids: number[] }>;
  } | null;
  truncation?: { max_length?: number } | null;
  model?: {
    type?: string;
    vocab?: Record<string, number>;
    unk_token?: string;
    continuing_subword_prefix?: string;
    max_input_chars_per_word?: number;
  };
}

export interface Tokenizer {
  /** Token ids of a text, with the special tokens, cut to the model's maximum length. */
  encode(text: string): number[];
}

const isPunct = (c: string): boolean => /[\p{P}\p{S}]/u.test(c) || /^[!-/:-@[-`{-~]$/.test(c);
const isCjk = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x20000 && cp <= 0x2a6df) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x2f800 && cp <= 0x2fa1f);

function normalizer(n: TokenizerJson['normalizer'], shown: string): (t: string) => string {
  if (!n) return (t) => t;
  if (n.type !== 'BertNormalizer')
    throw new UserError('input-invalid', `${shown}: normalizer ${n.type} is not supported (BertNormalizer is).`);
  const lower = n.lowercase !== false;
  const strip = n.strip_accents ?? lower;
  return (t) => {
    let out = '';
    for (const c of t) {
      const cp = c.codePointAt(0)!;
      if (n.clean_text !== false && (cp === 0 || cp === 0xfffd || /\p{Cc}/u.test(c)) && !/\s/.test(c)) continue;
      out += /\s/.test(c) ? ' ' : isCjk(cp) ? ` ${c} ` : c;
    }
    if (lower) out = out.toLowerCase();
    return strip ? out.normalize('NFD').replace(/\p{Mn}/gu, '') : out;
  };
}

function preTokenizer(p: TokenizerJson['pre_tokenizer'], shown: string): (t: string) => string[] {
  const type = p?.type ?? 'WhitespaceSplit';
  if (type === 'WhitespaceSplit' || type === 'Whitespace') return (t) => t.split(/\s+/).filter(Boolean);
  if (type !== 'BertPreTokenizer')
    throw new UserError('input-invalid', `${shown}: pre_tokenizer ${type} is not supported (BertPreTokenizer is).`);
  return (t) => {
    const out: string[] = [];
    for (const word of t.split(/\s+/).filter(Boolean)) {
      let cur = '';
      for (const c of word) {
        if (isPunct(c)) {
          if (cur) out.push(cur);
          out.push(c);
          cur = '';
        } else cur += c;
      }
      if (cur) out.push(cur);
    }
    return out;
  };
}

/** `[CLS]` and `[SEP]` ids around a single sequence, from BertProcessing or TemplateProcessing. */
function specials(p: TokenizerJson['post_processor'], shown: string): { before: number[]; after: number[] } {
  if (!p) return { before: [], after: [] };
  if (p.type === 'BertProcessing' && p.cls && p.sep) return { before: [p.cls[1]], after: [p.sep[1]] };
  if (p.type === 'TemplateProcessing' && p.single) {
    const before: number[] = [];
    const after: number[] = [];
    let seen = false;
    for (const piece of p.single) {
      if ('Sequence' in piece && piece.Sequence) seen = true;
      else if ('SpecialToken' in piece && piece.SpecialToken)
        (seen ? after : before).push(...(p.special_tokens?.[piece.SpecialToken.id]?.ids ?? []));
    }
    return { before, after };
  }
  throw new UserError('input-invalid', `${shown}: post_processor ${p.type} is not supported.`);
}

/** Reads a `tokenizer.json`; what it cannot reproduce exactly is refused with a `UserError`. */
export function wordPiece(json: unknown, shown: string, maxLength = 512): Tokenizer {
  const t = json as TokenizerJson;
  const m = t.model;
  if (!m || m.type !== 'WordPiece' || !m.vocab)
    throw new UserError(
      'input-invalid',
      `${shown}: the tokenizer model is ${m?.type ?? 'missing'}; only WordPiece (BERT, DistilBERT) is supported.`,
    );
  const vocab = new Map(Object.entries(m.vocab));
  const unk = vocab.get(m.unk_token ?? '[UNK]');
  if (unk === undefined) throw new UserError('input-invalid', `${shown}: the unknown token is not in the vocabulary.`);
  const prefix = m.continuing_subword_prefix ?? '##';
  const maxChars = m.max_input_chars_per_word ?? 100;
  const normalize = normalizer(t.normalizer, shown);
  const split = preTokenizer(t.pre_tokenizer, shown);
  const { before, after } = specials(t.post_processor, shown);
  const limit = Math.min(maxLength, t.truncation?.max_length ?? maxLength) - before.length - after.length;
  const piece = (word: string): number[] => {
    const chars = Array.from(word);
    if (chars.length > maxChars) return [unk];
    const ids: number[] = [];
    for (let start = 0; start < chars.length;) {
      let end = chars.length;
      let id: number | undefined;
      for (; end > start; end--) {
        id = vocab.get((start > 0 ? prefix : '') + chars.slice(start, end).join(''));
        if (id !== undefined) break;
      }
      if (id === undefined) return [unk];
      ids.push(id);
      start = end;
    }
    return ids;
  };
  return {
    encode: (text) => [...before, ...split(normalize(text)).flatMap(piece).slice(0, Math.max(0, limit)), ...after],
  };
}
