/**
 * Text-classifier robustness: character-level edits (keyboard typos, swaps, deletions, homoglyphs,
 * invisible characters, case, punctuation) and word-level edits that need no embeddings (duplicate, drop,
 * swap adjacent words). Greedy random search under a budget of queries and a cap on edits per input;
 * with scores, an edit is kept when the true class's margin drops.
 */
import type { Rng } from '@ml-gates/core';
import { HOMOGLYPHS } from './probes/encodings.js';

const KEYBOARD: Record<string, string> = {
  a: 'qwsz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
};
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad'];

export const EDIT_KINDS = [
  'typo',
  'swap',
  'delete',
  'homoglyph',
  'invisible',
  'case',
  'punctuation',
  'word-duplicate',
  'word-drop',
  'word-swap',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Applies one random edit of a random kind; returns the kind used (or null when none applied). */
export function perturb(text: string, rng: Rng): { text: string; kind: EditKind } | null {
  const kind = rng.pick(EDIT_KINDS);
  const chars = Array.from(text);
  const letters = chars.map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i >= 0);
  const words = text.split(/(\s+)/);
  const wordIdx = words.map((w, i) => (/\S/.test(w) ? i : -1)).filter((i) => i >= 0);
  const at = (): number => letters[rng.int(letters.length)]!;
  switch (kind) {
    case 'typo': {
      if (!letters.length) return null;
      const i = at();
      const near = KEYBOARD[chars[i]!.toLowerCase()];
      if (!near) return null;
      chars[i] = near[rng.int(near.length)]!;
      break;
    }
    case 'swap': {
      if (letters.length < 2) return null;
      const i = at();
      if (i + 1 >= chars.length || !/\p{L}/u.test(chars[i + 1]!)) return null;
      [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
      break;
    }
    case 'delete':
      if (letters.length < 2) return null;
      chars.splice(at(), 1);
      break;
    case 'homoglyph': {
      const cands = chars.map((c, i) => (HOMOGLYPHS[c] ? i : -1)).filter((i) => i >= 0);
      if (!cands.length) return null;
      const i = cands[rng.int(cands.length)]!;
      const glyphs = HOMOGLYPHS[chars[i]!]!;
      chars[i] = glyphs.length === 1 ? glyphs[0]! : rng.pick(glyphs);
      break;
    }
    case 'invisible':
      if (!letters.length) return null;
      chars.splice(at(), 0, rng.pick(INVISIBLES));
      break;
    case 'case': {
      if (!letters.length) return null;
      const i = at();
      const c = chars[i]!;
      chars[i] = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      break;
    }
    case 'punctuation':
      chars.splice(rng.int(chars.length + 1), 0, rng.pick(['.', ',', '!', '?', ';', '-', "'"]));
      break;
    case 'word-duplicate': {
      if (!wordIdx.length) return null;
      const i = rng.pick(wordIdx);
      words.splice(i, 0, words[i]!, ' ');
      return { text: words.join(''), kind };
    }
    case 'word-drop': {
      if (wordIdx.length < 3) return null;
      const i = rng.pick(wordIdx);
      words.splice(i, 2);
      return { text: words.join(''), kind };
    }
    case 'word-swap': {
      if (wordIdx.length < 2) return null;
      const k = rng.int(wordIdx.length - 1);
      const a = wordIdx[k]!;
      const b = wordIdx[k + 1]!;
      [words[a], words[b]] = [words[b]!, words[a]!];
      return { text: words.join(''), kind };
    }
  }
  return { text: chars.join(''), kind };
}
