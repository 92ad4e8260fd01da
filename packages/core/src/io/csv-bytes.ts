/**
 * A byte-level RFC 4180 CSV reader for UTF-8 input: quoted fields (with "" escapes and embedded newlines),
 * CRLF or LF, any one-byte delimiter. It works on the raw Buffer chunks (no decoded text, no per-row
 * arrays of strings from a general parser) and turns short plain numbers into doubles directly, which
 * is what lets a 5-million-row CSV be read faster than pandas. UTF-8 is validated chunk by chunk
 * (`buffer.isUtf8`); other encodings are decoded and handed over as UTF-8. What a field's text means (nulls,
 * numbers, infinities) is decided by the one rule in values.ts, the same for every path.
 *
 * Time is linear in the input even when a record never ends (a stray quote near the top of a big file):
 * once a record is incomplete at the end of a chunk, later chunks are only scanned for the byte that could
 * end it (`RecordEndProbe`), and the record is parsed once, when it is complete.
 */
import { isUtf8 } from 'node:buffer';
import { UserError } from '../errors.js';
import type { Cell } from './table.js';
import { cellFromText, fastNumber, mayBeNumeric, numberFromText, numericNulls, valueFromText } from './values.js';

export { fastNumber } from './values.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Offset of the first byte that breaks UTF-8 (an incomplete sequence at the very end is not an error). */
export function firstInvalidUtf8(b: Buffer, end = b.length): number {
  let i = 0;
  while (i < end) {
    const c = b[i]!;
    let need: number;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= end) return end;
      if ((b[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return end;
}

/** Length of a trailing incomplete UTF-8 sequence (0–3 bytes) to carry over to the next chunk. */
function incompleteTail(b: Buffer): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    return need >= k ? k : 0;
  }
  return 0;
}

export interface ByteCsvHandlers {
  header(names: string[]): void;
  /** One record; `line` is the line it starts on (header = line 1). */
  row(fields: Cell[], count: number, line: number): void;
}

/** Picks the delimiter from the header line: the most frequent of , \t ; | outside quotes (comma on ties). */
export function sniffDelimiter(b: Buffer): number {
  const counts = new Map<number, number>([
    [0x2c, 0],
    [0x09, 0],
    [0x3b, 0],
    [0x7c, 0],
  ]);
  let inQuote = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === QUOTE) inQuote = !inQuote;
    else if (!inQuote && (c === LF || c === CR)) break;
    else if (!inQuote && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = 0x2c;
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** Buffer's latin1Slice/utf8Slice (what toString calls underneath) skip toString's argument handling. */
const FAST_SLICE = Buffer.prototype as unknown as { latin1Slice?: unknown; utf8Slice?: unknown };
const textOf: (b: Buffer, s: number, e: number, ascii: boolean) => string =
  typeof FAST_SLICE.latin1Slice === 'function' && typeof FAST_SLICE.utf8Slice === 'function'
    ? (b, s, e, ascii) => {
        const x = b as unknown as {
          latin1Slice(s: number, e: number): string;
          utf8Slice(s: number, e: number): string;
        };
        return ascii ? x.latin1Slice(s, e) : x.utf8Slice(s, e);
      }
    : (b, s, e, ascii) => b.toString(ascii ? 'latin1' : 'utf8', s, e);

/**
 * Per-column intern tables for short ASCII texts: categorical columns repeat a few values millions of times;
 * reusing one string (its hash cached by V8) saves the allocation and speeds up the counting maps. Each slot
 * also keeps what the text means (null, text, boolean: `resolve`, a pure function of the bytes), so a
 * repeated value costs one hash of its bytes.
 */
class InternTable {
  private static readonly SLOTS = 512;
  private keys: (Buffer | undefined)[][] = [];
  private vals: Cell[][] = [];

  constructor(private readonly resolve: (text: string) => Cell) {}

  /** The value of the text b[s, e); `h` is its FNV-1a hash. */
  get(b: Buffer, s: number, e: number, col: number, h: number): Cell {
    const slot = (h >>> 0) & (InternTable.SLOTS - 1);
    let keys = this.keys[col];
    let vals = this.vals[col];
    if (!keys || !vals) {
      keys = this.keys[col] = new Array<Buffer | undefined>(InternTable.SLOTS);
      vals = this.vals[col] = new Array<Cell>(InternTable.SLOTS).fill(null);
    }
    const known = keys[slot];
    if (known && known.length === e - s) {
      let same = true;
      for (let k = 0; k < known.length; k++) {
        if (known[k] !== b[s + k]) {
          same = false;
          break;
        }
      }
      if (same) return vals[slot]!;
    }
    const value = this.resolve(textOf(b, s, e, true));
    keys[slot] = Buffer.from(b.subarray(s, e));
    vals[slot] = value;
    return value;
  }
}

/** A field (or record) runs past the bytes at hand: parse it again once more bytes arrive. */
const INCOMPLETE = -1;
const MAX_RECORD = 64 << 20;

/**
 * The record scanner: turns complete records of a buffer into cells. Field parsers leave the field's value in
 * `value` and return the offset after it (or INCOMPLETE), so the hot loop allocates nothing but the cells.
 */
class CsvScanner {
  delim: number;
  header = true;
  width = 0;
  /** Line on which the first unconsumed byte sits. */
  line = 1;
  private readonly fields: Cell[] = [];
  private value: Cell = null;
  private ln = 1;
  private readonly maxNullLength: number;
  private readonly emptyIsNull: boolean;
  /** Null spellings that are numbers (`-999`): any cell of that value is null, however written (pandas). */
  private readonly nullNumbers: ReadonlySet<number> | undefined;
  private readonly intern: InternTable;

  constructor(
    private readonly file: string,
    delim: number,
    private readonly nulls: ReadonlySet<string>,
    private readonly on: ByteCsvHandlers,
  ) {
    this.delim = delim;
    this.maxNullLength = Math.max(0, ...[...nulls].map((x) => x.length));
    this.emptyIsNull = nulls.has('');
    this.nullNumbers = numericNulls(nulls);
    // Interned texts are never numeric-looking (see plainField): null spellings, booleans or text.
    this.intern = new InternTable((t) => (t.length <= this.maxNullLength && nulls.has(t) ? null : valueFromText(t)));
  }

  /** Parses complete records of buf[0, end); returns where the first incomplete record starts. */
  scan(buf: Buffer, end: number, final: boolean): number {
    let i = 0;
    this.ln = this.line;
    while (i < end) {
      const recStart = i;
      const recLine = this.ln;
      const start = this.skipBlank(buf, i, end, final);
      if (start === INCOMPLETE) return recStart;
      i = start;
      const c0 = buf[i];
      if (i >= end) return end;
      if (c0 === LF || c0 === CR) {
        if (c0 === CR && i + 1 >= end && !final) return recStart;
        i += c0 === CR && buf[i + 1] === LF ? 2 : 1;
        this.ln++;
        this.line = this.ln;
        continue;
      }
      const next = this.record(buf, i, end, final, recLine);
      if (next === INCOMPLETE) return recStart;
      i = next;
    }
    return end;
  }

  /** A line of only spaces/tabs is a blank line (pandas skips it): returns where the line break is, or `i`. */
  private skipBlank(buf: Buffer, i: number, end: number, final: boolean): number {
    const c0 = buf[i]!;
    const tab = this.delim !== 0x09;
    if (!(c0 === 0x20 || (c0 === 0x09 && tab))) return i;
    let k = i + 1;
    while (k < end && (buf[k] === 0x20 || (buf[k] === 0x09 && tab))) k++;
    if (k >= end) return final ? end : INCOMPLETE;
    return buf[k] === LF || buf[k] === CR ? k : i;
  }

  /** One record from `i` (not a blank line); returns the offset after its line break, or INCOMPLETE. */
  private record(buf: Buffer, i: number, end: number, final: boolean, recLine: number): number {
    const fields = this.fields;
    let count = 0;
    for (;;) {
      // Plain decimals (most cells of most tables) in one pass; everything else by the field's own rules.
      let after = buf[i] === QUOTE || this.header ? -1 : this.numberField(buf, i, end);
      if (after < 0)
        after =
          buf[i] === QUOTE ? this.quotedField(buf, i, end, final, recLine) : this.plainField(buf, i, end, final, count);
      if (after === INCOMPLETE) return INCOMPLETE;
      i = after;
      if (this.nullNumbers !== undefined && typeof this.value === 'number' && this.nullNumbers.has(this.value))
        this.value = null;
      if (count < fields.length) fields[count] = this.value;
      else fields.push(this.value);
      count++;
      if (i >= end) {
        if (!final) return INCOMPLETE;
        break;
      }
      const c = buf[i]!;
      if (c === this.delim) {
        i++;
        if (i >= end && final) {
          const empty = this.emptyIsNull ? null : '';
          if (count < fields.length) fields[count] = empty;
          else fields.push(empty);
          count++;
          break;
        }
        continue;
      }
      if (c === CR) {
        if (i + 1 >= end && !final) return INCOMPLETE;
        i += buf[i + 1] === LF ? 2 : 1;
      } else i++;
      this.ln++;
      break;
    }
    this.line = this.ln;
    this.emit(count, recLine);
    return i;
  }

  private emit(count: number, recLine: number): void {
    if (this.header) {
      this.header = false;
      const names = (this.fields.slice(0, count) as string[]).map((h) => h.trim());
      this.width = names.length;
      this.on.header(names);
      return;
    }
    if (count !== this.width) {
      throw new UserError(
        'input-invalid',
        `${this.file}: line ${recLine}: ragged row with ${count} field(s) where the header has ${this.width}.`,
        {
          details: ['Every row needs one value per header column; check for unquoted delimiters or a missing value.'],
        },
      );
    }
    this.on.row(this.fields, count, recLine);
  }

  /** A quoted field from the quote at `i` up to the delimiter or line break after its closing quote. */
  private quotedField(buf: Buffer, i: number, end: number, final: boolean, recLine: number): number {
    let j = i + 1;
    let hasEscapes = false;
    let ascii = true;
    let l2 = this.ln;
    for (;;) {
      if (j >= end) {
        if (!final) return INCOMPLETE;
        throw new UserError('input-invalid', `${this.file}: line ${recLine}: a quoted field is never closed.`, {
          details: ['Close the quoted field or escape the quote by doubling it ("").'],
        });
      }
      const c = buf[j]!;
      if (c === QUOTE) {
        if (j + 1 >= end && !final) return INCOMPLETE;
        if (buf[j + 1] === QUOTE) {
          hasEscapes = true;
          j += 2;
          continue;
        }
        break;
      }
      if (c === LF) l2++;
      else if (c >= 0x80) ascii = false;
      j++;
    }
    let text = textOf(buf, i + 1, j, ascii);
    if (hasEscapes) text = text.replace(/""/g, '"');
    this.ln = l2;
    let k = j + 1;
    const s2 = k;
    let ascii2 = true;
    while (k < end && buf[k] !== this.delim && buf[k] !== LF && buf[k] !== CR) {
      if (buf[k]! >= 0x80) ascii2 = false;
      k++;
    }
    if (k > s2) text += textOf(buf, s2, k, ascii2);
    // Quoting changes how a field is split, not what it means: "" and "NA" are null, "1" is a number.
    this.value = this.header ? text : cellFromText(text, this.nulls);
    return k;
  }

  /** An unquoted field from `s` up to the delimiter or line break: numbers straight from the bytes. */
  private plainField(buf: Buffer, s: number, end: number, final: boolean, col: number): number {
    const delim = this.delim;
    let i = s;
    let ascii = true;
    let h = 2166136261; // FNV-1a of the bytes, for the intern table
    while (i < end) {
      const c = buf[i]!;
      if (c === delim || c === LF || c === CR) break;
      if (c >= 0x80) ascii = false;
      h = Math.imul(h ^ c, 16777619);
      i++;
    }
    if (i >= end && !final) return INCOMPLETE;
    const len = i - s;
    if (this.header) this.value = textOf(buf, s, i, ascii);
    else if (len === 0) this.value = this.emptyIsNull ? null : '';
    else {
      const numeric = mayBeNumeric(buf[s]!, buf[i - 1]!);
      // fastNumber only reads texts starting with a digit, a sign or a point: all numeric-looking.
      const n = numeric && ascii && len <= 24 ? fastNumber(buf, s, i) : undefined;
      if (n !== undefined) this.value = n;
      else if (ascii && len <= 32 && !numeric) {
        // Numeric-looking text (long decimals, padded numbers) is mostly distinct: no interning.
        this.value = this.intern.get(buf, s, i, col, h);
      } else {
        const t = textOf(buf, s, i, ascii);
        if (len <= this.maxNullLength && this.nulls.has(t)) this.value = null;
        else this.value = numeric ? numberFromText(t) : valueFromText(t);
      }
    }
    return i;
  }

  /**
   * The common case of `plainField` in one pass over the bytes: a plain decimal that `fastNumber` reads (at most
   * 12 significant digits, no leading zero, exponent within Clinger's fast path) followed by the delimiter or a
   * line break. Returns the offset after it with the value in `value`, or −1 to let `plainField` decide (any
   * other text, or the field runs to the end of the bytes at hand); same value as `fastNumber` where it succeeds.
   */
  private numberField(buf: Buffer, s: number, end: number): number {
    let i = s;
    let c = i < end ? buf[i]! : -1;
    let neg = false;
    if (c === 0x2d || c === 0x2b) {
      neg = c === 0x2d;
      c = ++i < end ? buf[i]! : -1;
    }
    const intStart = i;
    let m = 0;
    let d = c - 48;
    while (d >= 0 && d <= 9) {
      m = m * 10 + d;
      c = ++i < end ? buf[i]! : -1;
      d = c - 48;
    }
    let digits = i - intStart;
    if (digits > 1 && buf[intStart] === 48) return -1;
    let frac = 0;
    if (c === 0x2e) {
      c = ++i < end ? buf[i]! : -1;
      d = c - 48;
      const f = i;
      while (d >= 0 && d <= 9) {
        m = m * 10 + d;
        c = ++i < end ? buf[i]! : -1;
        d = c - 48;
      }
      frac = i - f;
      digits += frac;
    }
    if (digits === 0 || digits > 12 || i >= end) return -1;
    if (c !== this.delim && c !== LF && c !== CR) return -1; // exponents, spaces, text: the general path
    this.value = frac === 0 ? (neg ? -m : m) : neg ? -(m / POW10_FRAC[frac]!) : m / POW10_FRAC[frac]!;
    return i;
  }
}

/** 10^k for the fraction digits `numberField` reads (at most 12: exact doubles). */
const POW10_FRAC = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

/**
 * Chunk handling around the scanner: UTF-8 checked once per chunk as it arrives (a character split across
 * chunks is joined first), the byte-order mark, the delimiter sniffed from the header line, and records held
 * across chunks without re-parsing (`RecordEndProbe`).
 */
class ChunkFeeder {
  private utf8Tail: Buffer | undefined;
  /** Unparsed bytes: the start of the next record. */
  private carry: Buffer | undefined;
  /** Chunks of a record that is still open, held without re-parsing. */
  private waiting: Buffer[] | undefined;
  private waitingBytes = 0;
  private probe: RecordEndProbe | undefined;
  private first = true;

  constructor(
    private readonly file: string,
    private readonly scanner: CsvScanner,
  ) {}

  private tooLong(): UserError {
    return new UserError(
      'input-invalid',
      `${this.file}: line ${this.scanner.line}: a record longer than 64 MiB (an unclosed quote?).`,
      { details: ['Check the quoting around that line.'] },
    );
  }

  private checkUtf8(chunk: Buffer): void {
    const joined = this.utf8Tail ? Buffer.concat([this.utf8Tail, chunk]) : chunk;
    const tail = incompleteTail(joined);
    const end = joined.length - tail;
    this.utf8Tail = tail > 0 ? Buffer.from(joined.subarray(end)) : undefined;
    if (isUtf8(joined.subarray(0, end))) return;
    const at = firstInvalidUtf8(joined, end);
    let l = this.scanner.line;
    for (const b of [...(this.carry ? [this.carry] : []), ...(this.waiting ?? []), joined.subarray(0, at)]) {
      for (let p = b.indexOf(LF); p !== -1; p = b.indexOf(LF, p + 1)) l++;
    }
    throw new UserError('input-invalid', `${this.file}: line ${l}: bytes are not valid utf-8 text.`, {
      details: [
        'Re-encode the file as UTF-8, or set the encoding option (e.g. "encoding: latin1") if that is what it uses.',
      ],
    });
  }

  /** The bytes to scan once `raw` arrived, or undefined while a record is still open or the header incomplete. */
  private assemble(raw: Buffer): Buffer | undefined {
    let buf: Buffer;
    if (this.probe) {
      this.waiting!.push(raw);
      this.waitingBytes += raw.length;
      if (!this.probe.feed(raw)) {
        if (this.waitingBytes > MAX_RECORD) throw this.tooLong();
        return undefined;
      }
      buf = Buffer.concat(this.waiting!);
      this.waiting = undefined;
      this.probe = undefined;
    } else buf = this.carry && this.carry.length > 0 ? Buffer.concat([this.carry, raw]) : raw;
    if (this.first) {
      if (buf.length < 3) {
        this.carry = buf;
        return undefined;
      }
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    if (this.scanner.delim < 0) {
      // Sniff the delimiter once the whole header line is here.
      if (buf.indexOf(LF) === -1 && buf.length < 1 << 20) {
        this.carry = buf;
        return undefined;
      }
      this.scanner.delim = sniffDelimiter(buf);
    }
    return buf;
  }

  push(raw: Buffer): void {
    this.checkUtf8(raw);
    const buf = this.assemble(raw);
    if (!buf) return;
    const end = buf.length - incompleteTail(buf);
    const consumed = this.scanner.scan(buf, end, false);
    this.carry = buf.subarray(consumed);
    if (this.carry.length > MAX_RECORD) throw this.tooLong();
    if (consumed < end) {
      // The record starting at `consumed` is not complete: until a byte that could end it arrives, hold the
      // chunks and scan only the new bytes.
      const p = new RecordEndProbe(this.scanner.delim);
      if (!p.feed(this.carry)) {
        this.probe = p;
        this.waiting = [this.carry];
        this.waitingBytes = this.carry.length;
        this.carry = undefined;
      }
    }
  }

  end(): void {
    const scanner = this.scanner;
    let carry = this.waiting ? Buffer.concat(this.waiting) : this.carry;
    if (this.utf8Tail) {
      throw new UserError(
        'input-invalid',
        `${this.file}: line ${scanner.line}: the file ends inside a multi-byte character.`,
        { details: ['The file is truncated or not UTF-8; re-export it or set the encoding option.'] },
      );
    }
    if (carry && carry.length > 0) {
      if (this.first && carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf) carry = carry.subarray(3);
      if (scanner.delim < 0) scanner.delim = sniffDelimiter(carry);
      scanner.scan(carry, carry.length, true);
    }
    if (scanner.header) {
      throw new UserError('input-invalid', `${this.file} has no header row (the file holds only blank lines).`, {
        details: ['CSV/TSV files need a header row naming the columns.'],
      });
    }
  }
}

/** Streams CSV records from UTF-8 byte chunks. */
export async function parseCsvBytes(
  chunks: AsyncIterable<Buffer>,
  file: string,
  delimiterChar: string | undefined,
  nulls: ReadonlySet<string>,
  on: ByteCsvHandlers,
): Promise<void> {
  const scanner = new CsvScanner(file, delimiterChar ? delimiterChar.charCodeAt(0) : -1, nulls, on);
  const feeder = new ChunkFeeder(file, scanner);
  for await (const raw of chunks) feeder.push(raw);
  feeder.end();
}

/**
 * Follows a record that is not complete yet, byte by byte, with the same field rules as `scan` (a quote opens
 * a quoted field only at a field's start; after the closing quote the field runs to the delimiter), and says
 * when a byte arrives that could end it. Each byte is looked at once, however long the record grows.
 */
class RecordEndProbe {
  private state: 0 | 1 | 2 | 3 = 0; // field start | in quotes | unquoted | quote seen inside quotes

  constructor(private readonly delim: number) {}

  /** Feeds more bytes of the record; true once a line break outside quotes (or a lone CR) is seen. */
  feed(b: Buffer): boolean {
    const d = this.delim;
    let st = this.state;
    for (let i = 0; i < b.length; i++) {
      if (st === 1) {
        const q = b.indexOf(QUOTE, i);
        if (q === -1) break;
        i = q;
        st = 3;
        continue;
      }
      const c = b[i]!;
      if (c === LF || c === CR) {
        this.state = st;
        return true;
      }
      if (c === d) st = 0;
      else if (c === QUOTE && st !== 2) st = 1;
      else st = 2;
    }
    this.state = st;
    return false;
  }
}
