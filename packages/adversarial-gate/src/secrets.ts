/**
 * Masking the run's secrets (header values such as API keys, and canaries) in everything the gate reports.
 *
 * Masking happens before any truncation and finds a secret however it is written: whole or in part (any 8
 * characters of it, so a body cut in the middle of a key is still masked), in any case, spaced or spelled one
 * character per line, in leetspeak, with zero-width or tag characters, with homoglyphs, reversed, in ROT13 or
 * atbash, as NATO words or Morse, and in base64, base32 or hex at any alignment: every encoding the probes
 * use. Our own secrets become `***`; a key of a known format that the model or server recites is shown as
 * core's `redactSecret` (the provider marker and at most 4 characters).
 */
import { findSecrets } from '@ml-gates/core';
import { atbash, base32, base64, deepReadings, FOLD, MORSE, NATO_INITIAL, rot13 } from './probes/encodings.js';

/** Length of the fragments of a secret that are masked: reports never hold 8 consecutive characters of one. */
export const FRAGMENT = 8;

/** A reading of the text: its characters and, for each, the range of the original it came from. */
interface View {
  text: string;
  from: number[];
  to: number[];
}

/** Lower case, leetspeak, homoglyphs and tag characters folded; separators and invisible characters dropped. */
export function foldChar(c: string): string {
  let f = FOLDED.get(c);
  if (f === undefined) {
    f = foldCharOnce(c);
    if (FOLDED.size < 65_536) FOLDED.set(c, f);
  }
  return f;
}

/** Characters folded so far: masking folds every reading of every report text, one lookup per character. */
const FOLDED = new Map<string, string>();

function foldCharOnce(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp >= 0xe0020 && cp <= 0xe007e) return foldChar(String.fromCharCode(cp - 0xe0000));
  const mapped = FOLD[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return /^[a-z0-9]$/.test(mapped) ? (FOLD[mapped] ?? mapped) : '';
}

/** Folds a whole string (used for both sides: the secret and the answer). */
export const fold = (s: string): string => Array.from(s, foldChar).join('');

function foldedView(text: string): View {
  const v: View = { text: '', from: [], to: [] };
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    if (f) {
      v.text += f;
      v.from.push(i);
      v.to.push(i + c.length);
    }
    i += c.length;
  }
  return v;
}

/** Words or Morse groups read as the letters they spell: "Charlie Alpha", ".-. ..-". */
function tokenView(text: string, re: RegExp, letter: (tok: string) => string | undefined): View {
  const v: View = { text: '', from: [], to: [] };
  for (const m of text.matchAll(re)) {
    const l = letter(m[0]);
    if (l === undefined) continue;
    v.text += foldChar(l);
    v.from.push(m.index);
    v.to.push(m.index + m[0].length);
  }
  return v;
}

const rawView = (text: string): View => {
  const lower = text.toLowerCase();
  return {
    text: lower,
    from: Array.from(lower, (_, i) => i),
    to: Array.from(lower, (_, i) => i + 1),
  };
};

/** The encoded forms of `secret` whose every `FRAGMENT`-long window is masked in the raw text (lower-cased). */
function encodedForms(secret: string): string[] {
  const out = new Set<string>();
  for (let pad = 0; pad < 3; pad++) {
    // base64 of the secret at each alignment, without the characters the unknown neighbours influence
    const b = base64('\u0000'.repeat(pad) + secret + '\u0000\u0000');
    const first = Math.ceil((pad * 4) / 3);
    const last = Math.floor(((pad + Buffer.byteLength(secret)) * 4) / 3);
    const core = b.slice(first + (pad ? 1 : 0), last);
    out.add(core);
    out.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  for (let pad = 0; pad < 5; pad++) {
    const b = base32('\u0000'.repeat(pad) + secret + '\u0000'.repeat(5));
    const first = Math.ceil((pad * 8) / 5) + (pad ? 1 : 0);
    const last = Math.floor(((pad + Buffer.byteLength(secret)) * 8) / 5);
    out.add(b.slice(first, last));
  }
  out.add(Buffer.from(secret, 'utf8').toString('hex'));
  // as a server echoes it in a URL, a form body or escaped JSON: `+` → %2B, `/` → %2F or `\/`
  out.add(encodeURIComponent(secret));
  out.add(encodeURIComponent(secret).replace(/%20/g, '+'));
  out.add(secret.replace(/\//g, '\\/'));
  out.add(secret.replace(/[\\"]/g, (c) => `\\${c}`));
  return [...out].map((s) => s.toLowerCase()).filter((s) => s.length >= FRAGMENT);
}

/** The folded forms of `secret` matched in the folded, NATO and Morse readings of the text. */
function foldedForms(secret: string): string[] {
  return allFolded(secret).filter((s) => s.length >= FRAGMENT);
}

/** The folded forms of a short secret that are long enough to be told from chance (5 folded characters). */
const shortForms = (secret: string): string[] => allFolded(secret).filter((s) => s.length >= 5);

function allFolded(secret: string): string[] {
  const forms = [secret, rot13(secret), atbash(secret), Array.from(secret).reverse().join('')];
  return [...new Set(forms.map(fold))];
}

/** Windows of one length: `FRAGMENT`-long windows of each form, or a short form whole. */
interface Windows {
  size: number;
  set: Set<string>;
}

function windows(forms: readonly string[], size = FRAGMENT): Windows {
  const set = new Set<string>();
  for (const f of forms) for (let i = 0; i + size <= f.length; i++) set.add(f.slice(i, i + size));
  return { size, set };
}

/** Marks in `hits` every original range that a window of `view` matching `w` came from. */
function mark(view: View, w: Windows, hits: [number, number][]): void {
  for (let i = 0; i + w.size <= view.text.length; i++) {
    if (w.set.has(view.text.slice(i, i + w.size))) hits.push([view.from[i]!, view.to[i + w.size - 1]!]);
  }
}

/** Whether `text` holds a window of `w`. */
function holds(text: string, w: Windows): boolean {
  for (let i = 0; i + w.size <= text.length; i++) if (w.set.has(text.slice(i, i + w.size))) return true;
  return false;
}

/**
 * Runs of the text that may be one encoded string, tried before whole lines: words (base64, ascii85, a ROT13 of
 * base64…), hex bytes with separators (`73 6b 2d`, `\x73\x6b`), braille, base64 wrapped over lines.
 */
const RUNS = [
  /\S+/g,
  /(?:(?:\\x|%|0x)?[0-9a-f]{2}[\s:,.-]*){4,}/gi,
  /[\u2800-\u28ff]+(?:[\s_.,-]+[\u2800-\u28ff]+)*/g,
  /[A-Za-z0-9+/=_-]{4,}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/=_-]{4,})+/g,
  /[^\n]+/g,
];

/** The text with every range of `hits` (merged where they overlap) replaced by `***`. */
function cover(t: string, hits: [number, number][]): string {
  if (hits.length === 0) return t;
  hits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  let open = false;
  for (const [from, to] of hits) {
    if (open && from <= at) {
      at = Math.max(at, to);
      continue;
    }
    out += `${t.slice(at, from)}***`;
    open = true;
    at = to;
  }
  return out + t.slice(at);
}

const MORSE_LETTER = Object.fromEntries(Object.entries(MORSE).map(([k, v]) => [v, k]));

/** A masker for a fixed set of secrets; `keys` are shown redacted where whole, canaries as `***`. */
export interface Masker {
  (text: string): string;
  secrets: readonly string[];
}

export function masker(keys: readonly string[], canaries: readonly string[] = []): Masker {
  const all = [...new Set([...keys, ...canaries].filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
  const raw = windows(all.flatMap((s) => [s.toLowerCase(), ...encodedForms(s)]));
  // Short secrets (under FRAGMENT characters once folded) are masked whole: as written, and (5 to 7 folded
  // characters) in every folded reading, ROT13, atbash and reversed included.
  const short = all.filter((s) => fold(s).length < FRAGMENT);
  const folded = [
    windows(all.flatMap(foldedForms)),
    ...[5, 6, 7].map((n) =>
      windows(
        short.flatMap(shortForms).filter((f) => f.length === n),
        n,
      ),
    ),
  ].filter((w) => w.set.size > 0);
  const fn = ((text: string): string => {
    if (!text || all.length === 0) return text;
    let t = text;
    // Keys of a known format the model or server recites (not ours): core's one redaction.
    for (const k of findSecrets(t)) t = t.split(k.value).join(k.redacted);
    for (const s of short) t = t.split(s).join('***');
    const hits: [number, number][] = [];
    mark(rawView(t), raw, hits);
    const views = [
      foldedView(t),
      tokenView(t, /\p{L}+/gu, (w) => NATO_INITIAL[w.toLowerCase()]),
      tokenView(t, /[.\-·•−–]+/g, (m) => MORSE_LETTER[m.replace(/[·•]/g, '.').replace(/[−–]/g, '-')]),
    ];
    for (const view of views) for (const w of folded) mark(view, w, hits);
    t = cover(t, hits);
    // What is still there only once decoded (hex with separators, ascii85, braille, stacked encodings such as
    // base64 of ROT13): the smallest run that decodes to a secret is masked whole, then the line; when neither
    // hides it, the whole text is withheld (a secret that cannot be located is not shown).
    for (const re of RUNS) {
      if (!hidden(t)) return t;
      const runs: [number, number][] = [];
      for (const m of t.matchAll(re))
        if (m[0].length >= FRAGMENT && hidden(m[0])) runs.push([m.index, m.index + m[0].length]);
      t = cover(t, runs);
    }
    return hidden(t) ? '*** (withheld: it holds a secret of this run in an encoding)' : t;
  }) as Masker;
  /** Whether any reading of `text` (decoded two levels deep, unescaped, ROT13, reversed…) holds a secret. */
  const hidden = (text: string): boolean =>
    deepReadings(text).some((r) => {
      const f = fold(r);
      return holds(r.toLowerCase(), raw) || folded.some((w) => holds(f, w));
    });
  fn.secrets = all;
  return fn;
}
