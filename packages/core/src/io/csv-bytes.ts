/**
 * A byte-level RFC 4180 CSV reader for UTF-8 input: quoted fields (with "" escapes and embedded newlines),
 * CRLF or LF, any one-byte delimiter. It works on the raw Buffer chunks (no decoded text, no per-row
 * arrays of strings from a general parser) and turns short plain numbers into doubles directly, which
 * is what lets a 5-million-row CSV be read faster than pandas. UTF-8 is validated chunk by chunk
 * (`buffer.isUtf8`); other encodings go through the papaparse path. What a field's text means (nulls,
 * numbers, infinities) is decided by the one rule in values.ts, the same for every path.
 *
 * Time is linear in the input even when a record never ends (a stray quote near the top of a big file):
 * once a record is incomplete at the end of a chunk, later chunks are only scanned for the byte that could
 * end it (`RecordEndProbe`), and the record is parsed once, when it is complete.
 */
import { isUtf8 } from 'node:buffer';
import { UserError } from '../errors.js';
import type { Cell } from './table.js';
import { cellFromText, fastNumber, mayBeNumeric, numberFromText, valueFromText } from './values.js';

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

/** Streams CSV records from UTF-8 byte chunks. */
export async function parseCsvBytes(
  chunks: AsyncIterable<Buffer>,
  file: string,
  delimiterChar: string | undefined,
  nulls: ReadonlySet<string>,
  on: ByteCsvHandlers,
): Promise<void> {
  const maxNullLength = Math.max(0, ...[...nulls].map((x) => x.length));
  const emptyIsNull = nulls.has('');
  let delim = delimiterChar ? delimiterChar.charCodeAt(0) : -1;
  let header = true;
  const fields: Cell[] = [];
  let width = 0;
  let line = 1; // line on which the first unconsumed byte sits

  // Buffer's latin1Slice/utf8Slice (what toString calls underneath) skip toString's argument handling.
  const fast = Buffer.prototype as unknown as { latin1Slice?: unknown; utf8Slice?: unknown };
  const str =
    typeof fast.latin1Slice === 'function' && typeof fast.utf8Slice === 'function'
      ? (b: Buffer, s: number, e: number, ascii: boolean): string => {
          const x = b as unknown as {
            latin1Slice(s: number, e: number): string;
            utf8Slice(s: number, e: number): string;
          };
          return ascii ? x.latin1Slice(s, e) : x.utf8Slice(s, e);
        }
      : (b: Buffer, s: number, e: number, ascii: boolean): string => b.toString(ascii ? 'latin1' : 'utf8', s, e);
  // Per-column intern tables for short ASCII texts: categorical columns repeat a few values millions of
  // times; reusing one string (its hash cached by V8) saves the allocation and speeds up the counting maps.
  const INTERN_SLOTS = 512;
  const internKeys: (Buffer | undefined)[][] = [];
  const internVals: (string | undefined)[][] = [];
  const intern = (b: Buffer, s: number, e: number, col: number): string => {
    let h = 2166136261;
    for (let k = s; k < e; k++) h = Math.imul(h ^ b[k]!, 16777619);
    const slot = (h >>> 0) & (INTERN_SLOTS - 1);
    let keys = internKeys[col];
    let vals = internVals[col];
    if (!keys || !vals) {
      keys = internKeys[col] = new Array<Buffer | undefined>(INTERN_SLOTS);
      vals = internVals[col] = new Array<string | undefined>(INTERN_SLOTS);
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
    const text = str(b, s, e, true);
    keys[slot] = Buffer.from(b.subarray(s, e));
    vals[slot] = text;
    return text;
  };
  const ragged = (count: number, at: number): UserError =>
    new UserError(
      'input-invalid',
      `${file}: line ${at}: ragged row with ${count} field(s) where the header has ${width}.`,
      {
        details: ['Every row needs one value per header column; check for unquoted delimiters or a missing value.'],
      },
    );

  /** Parses complete records of buf[0, end); returns where the first incomplete record starts. */
  const scan = (buf: Buffer, end: number, final: boolean): number => {
    let i = 0;
    let ln = line;
    while (i < end) {
      const recStart = i;
      const recLine = ln;
      let c0 = buf[i]!;
      if (c0 === 0x20 || (c0 === 0x09 && delim !== 0x09)) {
        // A line of only spaces/tabs is a blank line (pandas skips it); anything else on it starts a record.
        let k = i + 1;
        while (k < end && (buf[k] === 0x20 || (buf[k] === 0x09 && delim !== 0x09))) k++;
        if (k >= end) {
          if (!final) return recStart;
          return end;
        }
        if (buf[k] === LF || buf[k] === CR) {
          i = k;
          c0 = buf[i]!;
        }
      }
      if (c0 === LF || c0 === CR) {
        if (c0 === CR && i + 1 >= end && !final) return recStart;
        i += c0 === CR && buf[i + 1] === LF ? 2 : 1;
        ln++;
        line = ln;
        continue;
      }
      let count = 0;
      for (;;) {
        let value: Cell;
        if (buf[i] === QUOTE) {
          let j = i + 1;
          let hasEscapes = false;
          let ascii = true;
          let l2 = ln;
          for (;;) {
            if (j >= end) {
              if (!final) return recStart;
              throw new UserError('input-invalid', `${file}: line ${recLine}: a quoted field is never closed.`, {
                details: ['Close the quoted field or escape the quote by doubling it ("").'],
              });
            }
            const c = buf[j]!;
            if (c === QUOTE) {
              if (j + 1 >= end && !final) return recStart;
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
          let text = str(buf, i + 1, j, ascii);
          if (hasEscapes) text = text.replace(/""/g, '"');
          ln = l2;
          i = j + 1;
          const s2 = i;
          let ascii2 = true;
          while (i < end && buf[i] !== delim && buf[i] !== LF && buf[i] !== CR) {
            if (buf[i]! >= 0x80) ascii2 = false;
            i++;
          }
          if (i > s2) text += str(buf, s2, i, ascii2);
          // Quoting changes how a field is split, not what it means: "" and "NA" are null, "1" is a number.
          value = header ? text : cellFromText(text, nulls);
        } else {
          const s = i;
          let ascii = true;
          while (i < end) {
            const c = buf[i]!;
            if (c === delim || c === LF || c === CR) break;
            if (c >= 0x80) ascii = false;
            i++;
          }
          if (i >= end && !final) return recStart;
          const len = i - s;
          if (header) value = str(buf, s, i, ascii);
          else if (len === 0) value = emptyIsNull ? null : '';
          else {
            const n = ascii && len <= 24 ? fastNumber(buf, s, i) : undefined;
            if (n !== undefined) value = n;
            else {
              // Numeric-looking text (long decimals, padded numbers) is mostly distinct: no interning.
              const numeric = mayBeNumeric(buf[s]!, buf[i - 1]!);
              const t = ascii && len <= 32 && !numeric ? intern(buf, s, i, count) : str(buf, s, i, ascii);
              if (len <= maxNullLength && nulls.has(t)) value = null;
              else value = numeric ? numberFromText(t) : valueFromText(t);
            }
          }
        }
        if (count < fields.length) fields[count] = value;
        else fields.push(value);
        count++;
        if (i >= end) {
          if (!final) return recStart;
          break;
        }
        const c = buf[i]!;
        if (c === delim) {
          i++;
          if (i >= end && final) {
            if (count < fields.length) fields[count] = emptyIsNull ? null : '';
            else fields.push(emptyIsNull ? null : '');
            count++;
            break;
          }
          continue;
        }
        if (c === CR) {
          if (i + 1 >= end && !final) return recStart;
          i += buf[i + 1] === LF ? 2 : 1;
        } else i++;
        ln++;
        break;
      }
      line = ln;
      if (header) {
        header = false;
        const names = (fields.slice(0, count) as string[]).map((h) => h.trim());
        width = names.length;
        on.header(names);
      } else {
        if (count !== width) throw ragged(count, recLine);
        on.row(fields, count, recLine);
      }
    }
    return end;
  };

  const tooLong = (): UserError =>
    new UserError('input-invalid', `${file}: line ${line}: a record longer than 64 MiB (an unclosed quote?).`, {
      details: ['Check the quoting around that line.'],
    });
  const MAX_RECORD = 64 << 20;

  // UTF-8 is checked once per chunk as it arrives (a character split across chunks is joined first), so a
  // record held across many chunks is never re-validated.
  let utf8Tail: Buffer | undefined;
  let carry: Buffer | undefined; // unparsed bytes: the start of the next record
  let waiting: Buffer[] | undefined; // chunks of a record that is still open, held without re-parsing
  let waitingBytes = 0;
  let probe: RecordEndProbe | undefined;
  const checkUtf8 = (chunk: Buffer): void => {
    const joined = utf8Tail ? Buffer.concat([utf8Tail, chunk]) : chunk;
    const tail = incompleteTail(joined);
    const end = joined.length - tail;
    utf8Tail = tail > 0 ? Buffer.from(joined.subarray(end)) : undefined;
    if (isUtf8(joined.subarray(0, end))) return;
    const at = firstInvalidUtf8(joined, end);
    let l = line;
    for (const b of [...(carry ? [carry] : []), ...(waiting ?? []), joined.subarray(0, at)]) {
      for (let p = b.indexOf(LF); p !== -1; p = b.indexOf(LF, p + 1)) l++;
    }
    throw new UserError('input-invalid', `${file}: line ${l}: bytes are not valid utf-8 text.`, {
      details: [
        'Re-encode the file as UTF-8, or set the encoding option (e.g. "encoding: latin1") if that is what it uses.',
      ],
    });
  };

  let first = true;
  for await (const raw of chunks) {
    checkUtf8(raw);
    let buf: Buffer;
    if (probe) {
      waiting!.push(raw);
      waitingBytes += raw.length;
      if (!probe.feed(raw)) {
        if (waitingBytes > MAX_RECORD) throw tooLong();
        continue;
      }
      buf = Buffer.concat(waiting!);
      waiting = undefined;
      probe = undefined;
    } else buf = carry && carry.length > 0 ? Buffer.concat([carry, raw]) : raw;
    if (first) {
      if (buf.length < 3) {
        carry = buf;
        continue;
      }
      first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    if (delim < 0) {
      // Sniff the delimiter once the whole header line is here.
      if (buf.indexOf(LF) === -1 && buf.length < 1 << 20) {
        carry = buf;
        continue;
      }
      delim = sniffDelimiter(buf);
    }
    const end = buf.length - incompleteTail(buf);
    const consumed = scan(buf, end, false);
    carry = buf.subarray(consumed);
    if (carry.length > MAX_RECORD) throw tooLong();
    if (consumed < end) {
      // The record starting at `consumed` is not complete: until a byte that could end it arrives, hold the
      // chunks and scan only the new bytes.
      const p = new RecordEndProbe(delim);
      if (!p.feed(carry)) {
        probe = p;
        waiting = [carry];
        waitingBytes = carry.length;
        carry = undefined;
      }
    }
  }
  if (waiting) carry = Buffer.concat(waiting);
  if (utf8Tail) {
    throw new UserError('input-invalid', `${file}: line ${line}: the file ends inside a multi-byte character.`, {
      details: ['The file is truncated or not UTF-8; re-export it or set the encoding option.'],
    });
  }
  if (carry && carry.length > 0) {
    if (first && carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf) carry = carry.subarray(3);
    if (delim < 0) delim = sniffDelimiter(carry);
    scan(carry, carry.length, true);
  }
  if (header) {
    throw new UserError('input-invalid', `${file} has no header row (the file holds only blank lines).`, {
      details: ['CSV/TSV files need a header row naming the columns.'],
    });
  }
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
