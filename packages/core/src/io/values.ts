/**
 * The one rule that turns the text of a table cell into a value, shared by every reading path (CSV in any
 * encoding through the byte-level reader, JSON Lines) so a file means the same thing however it is
 * encoded, quoted or exported. It follows pandas' `read_csv` defaults, which is what our users compare with:
 *
 * - a field whose text is a null spelling (`nullValues`, pandas' `na_values`) is missing, quoted or not
 *   (`""` and `"NA"` are null, as in pandas; `" NA"` with a space is text, as in pandas);
 * - a decimal number may carry surrounding spaces or tabs (`1, alice, 3.5`): `3.5`;
 * - `inf`, `-inf`, `+inf`, `Infinity`, `-Infinity` in any case are ±Infinity (numbers, never text);
 *   `NaN`/`nan` are null spellings;
 * - integers keep their identity: a digit run longer than 12 digits, or with a leading zero (`007`), stays
 *   text (card numbers stay visible to the PII scan, 64-bit ids stay exact for uniqueness, leakage and
 *   hashing); profiles still read such text as a number where the column is numeric;
 * - a decimal whose value overflows a double (`1e400`) stays text, as in pandas;
 * - `True`/`TRUE`/`true` and `False`/`FALSE`/`false` (pandas' default `true_values`/`false_values`) are
 *   booleans, so a CSV export and a JSON Lines export of the same frame agree.
 */
import type { Cell } from './table.js';

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];

/**
 * Parses a plain decimal number of at most 12 significant digits exactly as `Number()` would (Clinger's
 * fast path: the mantissa and the power of ten are both exact doubles). Anything else — more digits,
 * leading zeros ("007"), hex, spaces, infinities — returns undefined, and the caller falls back to
 * `numberFromText`.
 */
export function fastNumber(b: Uint8Array, s: number, e: number): number | undefined {
  let i = s;
  let neg = false;
  const c0 = b[i];
  if (c0 === 0x2d || c0 === 0x2b) {
    neg = c0 === 0x2d;
    i++;
  }
  let m = 0;
  let digits = 0;
  let frac = 0;
  const intStart = i;
  while (i < e) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    m = m * 10 + c;
    digits++;
    i++;
  }
  if (digits > 1 && b[intStart] === 48) return undefined;
  if (i < e && b[i] === 0x2e) {
    i++;
    while (i < e) {
      const c = b[i]! - 48;
      if (c < 0 || c > 9) break;
      m = m * 10 + c;
      digits++;
      frac++;
      i++;
    }
  }
  if (digits === 0 || digits > 12) return undefined;
  let exp = 0;
  if (i < e && (b[i] === 0x65 || b[i] === 0x45)) {
    i++;
    let eneg = false;
    if (b[i] === 0x2d || b[i] === 0x2b) {
      eneg = b[i] === 0x2d;
      i++;
    }
    const es = i;
    while (i < e) {
      const c = b[i]! - 48;
      if (c < 0 || c > 9) break;
      exp = exp * 10 + c;
      i++;
      if (exp > 400) return undefined;
    }
    if (i === es) return undefined;
    if (eneg) exp = -exp;
  }
  if (i !== e) return undefined;
  const p = exp - frac;
  if (p < -22 || p > 22) return undefined;
  const v = p >= 0 ? m * POW10[p]! : m / POW10[-p]!;
  return neg ? -v : v;
}

const NOT_DECIMAL = 0;
const DECIMAL = 1;
const LONG_OR_ZERO_PADDED_INTEGER = 2;

/**
 * Classifies `[+-]digits[.digits][(e|E)[+-]digits]` (at least one digit before or after the point) without a
 * regular expression: not a decimal, a decimal `Number()` reads, or an integer kept as text for identity.
 */
function decimalKind(t: string): number {
  let i = 0;
  const n = t.length;
  const sign = t.charCodeAt(0);
  if (sign === 0x2b || sign === 0x2d) i++;
  let c: number;
  const intStart = i;
  while (i < n && (c = t.charCodeAt(i)) >= 0x30 && c <= 0x39) i++;
  const intDigits = i - intStart;
  let fracDigits = 0;
  let plainInteger = true;
  if (i < n && t.charCodeAt(i) === 0x2e) {
    plainInteger = false;
    i++;
    const f = i;
    while (i < n && (c = t.charCodeAt(i)) >= 0x30 && c <= 0x39) i++;
    fracDigits = i - f;
  }
  if (intDigits + fracDigits === 0) return NOT_DECIMAL;
  if (i < n && (t.charCodeAt(i) | 0x20) === 0x65) {
    plainInteger = false;
    i++;
    c = t.charCodeAt(i);
    if (c === 0x2b || c === 0x2d) i++;
    const e = i;
    while (i < n && (c = t.charCodeAt(i)) >= 0x30 && c <= 0x39) i++;
    if (i === e) return NOT_DECIMAL;
  }
  if (i !== n) return NOT_DECIMAL;
  if (plainInteger && (intDigits > 12 || (intDigits > 1 && t.charCodeAt(intStart) === 0x30)))
    return LONG_OR_ZERO_PADDED_INTEGER;
  return DECIMAL;
}
const INFINITY = /^([+-]?)(?:inf|infinity)$/i;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * What a non-null cell text means under the rule above: a number, or the text itself (trimmed of the
 * surrounding spaces when it is numeric text kept for identity). Never null: null spellings are tested by
 * `cellFromText` first.
 */
export function numberFromText(text: string): Cell {
  let s = 0;
  let e = text.length;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (s === e) return text;
  const t = s === 0 && e === text.length ? text : text.slice(s, e);
  const c0 = t.charCodeAt(0);
  if (c0 === 0x69 || c0 === 0x49 || ((c0 === 0x2b || c0 === 0x2d) && (t.charCodeAt(1) | 0x20) === 0x69)) {
    // Infinities only without surrounding blanks, as pandas reads them.
    const m = t === text ? INFINITY.exec(t) : null;
    return m ? (m[1] === '-' ? -Infinity : Infinity) : text;
  }
  const kind = decimalKind(t);
  if (kind === NOT_DECIMAL) return text;
  // An integer literal longer than 12 digits or with a leading zero keeps its exact text (identity).
  if (kind === LONG_OR_ZERO_PADDED_INTEGER) return t;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

/** Could `numberFromText` turn this text into something other than itself? (A cheap test for hot loops.) */
export function mayBeNumeric(first: number, last: number): boolean {
  return (
    (first >= 0x30 && first <= 0x39) ||
    first === 0x2d ||
    first === 0x2b ||
    first === 0x2e ||
    first === 0x69 ||
    first === 0x49 ||
    isBlank(first) ||
    isBlank(last)
  );
}

const BOOLEANS = new Map<string, boolean>([
  ['True', true],
  ['TRUE', true],
  ['true', true],
  ['False', false],
  ['FALSE', false],
  ['false', false],
]);

/** What a non-null, non-empty cell text means: a number, a boolean, or the text itself. */
export function valueFromText(text: string): Cell {
  const first = text.charCodeAt(0);
  if (mayBeNumeric(first, text.charCodeAt(text.length - 1))) return numberFromText(text);
  if ((first | 0x20) === 0x74 || (first | 0x20) === 0x66) {
    const b = BOOLEANS.get(text);
    if (b !== undefined) return b;
  }
  return text;
}

/**
 * The values of the null spellings that are numbers (`-999`, `0`), or undefined when none is (pandas' defaults):
 * as in pandas, a cell with that value is null however it is written (`-999.0`, `"-999"`, ` -999`).
 */
export function numericNulls(nulls: ReadonlySet<string>): ReadonlySet<number> | undefined {
  const out = new Set<number>();
  for (const t of nulls) {
    const v = t === '' ? t : numberFromText(t);
    if (typeof v === 'number') out.add(v);
  }
  return out.size > 0 ? out : undefined;
}

/** A cell from its text: null spellings are null (quoted or not), numbers are numbers, the rest is text. */
export function cellFromText(text: string, nulls: ReadonlySet<string>): Cell {
  if (nulls.has(text)) return null;
  if (text.length === 0) return text;
  return valueFromText(text);
}

const INTEGER_TEXT = /^[+-]?\d+$/;

/**
 * The identity of a cell wherever "the same value" matters (uniqueness, split leakage, row hashes), as pandas
 * compares what it read: numbers by value (`7`, `7.0`, `+7`, `007` are one value; `-0` is `0`), integers
 * beyond 2^53, which the reader keeps as their digits, by their exact value (`+09007199254740993` is
 * `9007199254740993`, never rounded to a neighbour), booleans as `true`/`false`, other text as it is.
 */
export function identityKey(cell: Cell): string {
  if (typeof cell === 'string') {
    let s = 0;
    let e = cell.length;
    while (s < e && isBlank(cell.charCodeAt(s))) s++;
    while (e > s && isBlank(cell.charCodeAt(e - 1))) e--;
    const t = s === 0 && e === cell.length ? cell : cell.slice(s, e);
    return INTEGER_TEXT.test(t) ? BigInt(t).toString() : cell;
  }
  return String(cell);
}
