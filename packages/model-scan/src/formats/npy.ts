/**
 * NumPy `.npy` headers, read the way numpy reads them: the header is a Python literal that numpy passes to
 * `ast.literal_eval`, so it is parsed here with a small literal parser (strings with escapes and prefixes,
 * adjacent string concatenation, numbers, True/False/None, tuples, lists, dicts), not matched with a regex.
 * Whether the array holds objects (and so its data is a pickle) follows numpy's `dtype.hasobject`.
 */

/** A Python literal value. Tuples are arrays tagged `tuple`. */
export type PyValue = string | number | bigint | boolean | null | PyValue[] | Map<PyValue, PyValue> | PyBytes;

/** A bytes literal (b'...'): numpy rejects it as a descr, but it parses. */
export class PyBytes {
  constructor(readonly value: string) {}
}

export class LiteralError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const TUPLE = Symbol('tuple');
export const isTuple = (v: PyValue): v is PyValue[] => Array.isArray(v) && (v as { [TUPLE]?: boolean })[TUPLE] === true;
const tuple = (items: PyValue[]): PyValue[] => Object.assign(items, { [TUPLE]: true });

/** Parses one Python literal expression (what `ast.literal_eval` accepts for npy headers). */
export function parsePyLiteral(src: string): PyValue {
  const parser = new LiteralParser(src);
  const v = parser.value();
  parser.ws();
  if (parser.p !== src.length) parser.fail('the end of the header');
  return v;
}

/** One-character escapes of Python string literals. */
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

const NUMBER =
  /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d[\d_]*(\.[\d_]*)?([eE][+-]?\d+)?|\.\d[\d_]*([eE][+-]?\d+)?)[lL]?/;

/** A recursive-descent parser over `src`; `p` is the position. */
class LiteralParser {
  p = 0;

  constructor(private readonly src: string) {}

  /** Skips whitespace, line continuations and comments. */
  ws(): void {
    const { src } = this;
    for (;;) {
      while (this.p < src.length && ' \t\n\r\f\v'.includes(src[this.p]!)) this.p++;
      if (src[this.p] === '\\' && src[this.p + 1] === '\n') this.p += 2;
      else if (src[this.p] === '#') while (this.p < src.length && src[this.p] !== '\n') this.p++;
      else return;
    }
  }

  fail(what: string): never {
    const found = JSON.stringify(this.src.slice(this.p, this.p + 12)) || 'the end';
    throw new LiteralError(`expected ${what}, found ${found}`, this.p);
  }

  private stringAt(): boolean {
    return /^[rRbBuU]{0,2}['"]/.test(this.src.slice(this.p, this.p + 3));
  }

  /** The escape sequence after a backslash (`p` is past `\` and its letter `e`). */
  private escape(e: string, bytes: boolean): string {
    const { src } = this;
    if (e in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[e]!;
    if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(src.slice(this.p - 1))![0];
      this.p += m.length - 1;
      return String.fromCharCode(parseInt(m, 8));
    }
    if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const h = src.slice(this.p, this.p + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) this.fail(`${n} hex digits after \\${e}`);
      this.p += n;
      return String.fromCodePoint(parseInt(h, 16));
    }
    if (!bytes && e === 'N') this.fail('no \\N{...} escapes in a NumPy header');
    return `\\${e}`;
  }

  private oneString(): string | PyBytes {
    const { src } = this;
    const pre = /^[rRbBuU]{0,2}/.exec(src.slice(this.p, this.p + 2))![0].toLowerCase();
    if (!['', 'r', 'b', 'u', 'rb', 'br'].includes(pre)) this.fail('a string prefix Python accepts');
    this.p += pre.length;
    const raw = pre.includes('r');
    const bytes = pre.includes('b');
    const q = src.startsWith(src[this.p]!.repeat(3), this.p) ? src[this.p]!.repeat(3) : src[this.p]!;
    this.p += q.length;
    let out = '';
    for (;;) {
      if (this.p >= src.length) this.fail(`the closing ${q}`);
      if (src.startsWith(q, this.p)) {
        this.p += q.length;
        break;
      }
      const c = src[this.p]!;
      if (c === '\n' && q.length === 1) this.fail(`the closing ${q} before the end of the line`);
      if (c !== '\\') {
        out += c;
        this.p++;
        continue;
      }
      const e = src[this.p + 1];
      if (e === undefined) this.fail('an escape');
      this.p += 2;
      out += raw ? c + e : this.escape(e, bytes);
    }
    return bytes ? new PyBytes(out) : out;
  }

  /** Adjacent literals concatenate (`'<' 'f8'` is `'<f8'`); str and bytes do not mix. */
  private strings(): string | PyBytes {
    let v = this.oneString();
    for (;;) {
      this.ws();
      if (!this.stringAt()) break;
      const w = this.oneString();
      if (typeof v === 'string' && typeof w === 'string') v += w;
      else if (v instanceof PyBytes && w instanceof PyBytes) v = new PyBytes(v.value + w.value);
      else this.fail('strings of one kind (str and bytes do not concatenate)');
    }
    return v;
  }

  /** A tuple or a list (`p` at the opening bracket). */
  private sequence(open: string): PyValue {
    this.p++;
    const close = open === '(' ? ')' : ']';
    const items: PyValue[] = [];
    let comma = false;
    for (;;) {
      this.ws();
      if (this.src[this.p] === close) {
        this.p++;
        break;
      }
      items.push(this.value());
      this.ws();
      comma = false;
      if (this.src[this.p] === ',') {
        this.p++;
        comma = true;
      } else if (this.src[this.p] !== close) this.fail(`',' or '${close}'`);
    }
    // (x) is x; (x,) and () are tuples
    if (open === '(') return items.length === 1 && !comma ? items[0]! : tuple(items);
    return items;
  }

  private dict(): PyValue {
    this.p++;
    const m = new Map<PyValue, PyValue>();
    for (;;) {
      this.ws();
      if (this.src[this.p] === '}') {
        this.p++;
        break;
      }
      const k = this.value();
      this.ws();
      if (this.src[this.p] !== ':') this.fail("':'");
      this.p++;
      m.set(k, this.value());
      this.ws();
      if (this.src[this.p] === ',') this.p++;
      else if (this.src[this.p] !== '}') this.fail("',' or '}'");
    }
    return m;
  }

  /** `True`, `False`, `None` or a number; fails otherwise. */
  private atom(): PyValue {
    const rest = this.src.slice(this.p);
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0];
    if (word === 'True' || word === 'False' || word === 'None') {
      this.p += word.length;
      return word === 'None' ? null : word === 'True';
    }
    const num = NUMBER.exec(rest)?.[0];
    if (!num) return this.fail('a Python literal');
    this.p += num.length;
    const t = num.replace(/[lL]$/, '').replace(/_/g, '');
    if (/^0[xXoObB]/.test(t) || /^\d+$/.test(t)) {
      const v = BigInt(t);
      return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    }
    return Number(t);
  }

  value(): PyValue {
    this.ws();
    const c = this.src[this.p];
    if (c === undefined) return this.fail('a value');
    if (this.stringAt()) return this.strings();
    if (c === '(' || c === '[') return this.sequence(c);
    if (c === '{') return this.dict();
    if (c === '-' || c === '+') {
      this.p++;
      const v = this.value();
      if (typeof v === 'number') return c === '-' ? -v : v;
      if (typeof v === 'bigint') return c === '-' ? -v : v;
      return this.fail('a number after a sign');
    }
    return this.atom();
  }
}

export interface NpyHeader {
  descr: PyValue;
  fortranOrder: boolean;
  shape: PyValue;
  /** numpy's `dtype.hasobject`: the data is a pickle that `numpy.load(allow_pickle=True)` unpickles. */
  hasObject: boolean;
}

/**
 * Parses an npy header dict as numpy's `_read_array_header` does: a dict with exactly the keys `descr`,
 * `fortran_order` and `shape`. Throws `LiteralError` for what numpy refuses.
 */
export function parseNpyHeader(text: string): NpyHeader {
  const d = parsePyLiteral(text);
  if (!(d instanceof Map)) throw new LiteralError('the header is not a dict', 0);
  const keys = [...d.keys()].sort();
  if (keys.length !== 3 || keys[0] !== 'descr' || keys[1] !== 'fortran_order' || keys[2] !== 'shape')
    throw new LiteralError(`the header keys are ${JSON.stringify(keys)}, not descr, fortran_order and shape`, 0);
  const shape = d.get('shape')!;
  if (!isTuple(shape) || !shape.every((x) => typeof x === 'number' || typeof x === 'bigint'))
    throw new LiteralError('shape is not a tuple of integers', 0);
  const fo = d.get('fortran_order');
  if (typeof fo !== 'boolean') throw new LiteralError('fortran_order is not a bool', 0);
  const descr = d.get('descr')!;
  return { descr, fortranOrder: fo, shape, hasObject: descrHasObject(descr, 0) };
}

/**
 * numpy's descr_to_dtype(...).hasobject: a type string (`'|O'`, `'O8'`, `'object'`, comma-separated
 * `'i4,O'`, subarray `'(2,)O'`), a (type, shape) tuple, or a structured list of (name, type[, shape])
 * whose field names never matter. Anything numpy might still turn into a dtype that is not understood here
 * counts as holding objects (fail closed).
 */
export function descrHasObject(descr: PyValue, depth: number): boolean {
  if (depth > 32) return true;
  if (typeof descr === 'string') return typeStringHasObject(descr);
  if (isTuple(descr)) return descr.length === 0 || descrHasObject(descr[0]!, depth + 1);
  if (Array.isArray(descr))
    return descr.some((f) => {
      if (!isTuple(f) || f.length < 2) return true;
      return descrHasObject(f[1]!, depth + 1);
    });
  return true;
}

function typeStringHasObject(s: string): boolean {
  // every comma-separated part; object types are the 'O' type code and the 'object' names
  for (const part of s.split(',')) {
    const t = part.trim().replace(/^\([^)]*\)/, '');
    if (/O/.test(t) || /object/i.test(t)) return true;
    // only known letter codes and names; anything else is not understood
    if (
      !/^[<>|=]?([?bBhHiIlLqQpPefdgFDGSUVamMc]|[biufcmMSUVa]\d+|(bool|int|uint|float|complex|str|bytes|void|datetime|timedelta|longlong|ulonglong|half|single|double|longdouble|csingle|cdouble|clongdouble|byte|ubyte|short|ushort|intc|uintc|intp|uintp|longfloat|string_|unicode|bool_|str_|bytes_)\d*)(\[[a-zA-Z0-9]+\])?$/.test(
        t,
      )
    )
      return true;
  }
  return false;
}

/**
 * `dtype.itemsize` for the descrs numpy itself writes: a type string with an explicit size (`'<f8'`, `'|S3'`,
 * `'<U5'`, `'<M8[ns]'`, `'|b1'`, `'|?'`), a (descr, shape) subarray, or a list of (name, descr[, shape]) fields
 * (numpy writes padding as fields). Undefined for anything else: then the data length is not checked.
 */
export function descrItemsize(descr: PyValue, depth = 0): bigint | undefined {
  if (depth > 32) return undefined;
  if (typeof descr === 'string') {
    if (/^[<>|=]?\?$/.test(descr)) return 1n;
    const m = /^[<>|=]?([biufcSaUVmM])(\d+)(\[[a-zA-Z0-9]+\])?$/.exec(descr);
    if (!m) return undefined;
    return BigInt(m[2]!) * (m[1] === 'U' ? 4n : 1n);
  }
  const count = (shape: PyValue): bigint | undefined => {
    const dims = isTuple(shape) ? shape : [shape];
    let n = 1n;
    for (const d of dims) {
      if (typeof d !== 'number' && typeof d !== 'bigint') return undefined;
      if (BigInt(d) < 0n) return undefined;
      n *= BigInt(d);
    }
    return n;
  };
  if (isTuple(descr)) {
    if (descr.length !== 2) return undefined;
    const inner = descrItemsize(descr[0]!, depth + 1);
    const n = count(descr[1]!);
    return inner === undefined || n === undefined ? undefined : inner * n;
  }
  if (Array.isArray(descr)) {
    let total = 0n;
    for (const f of descr) {
      if (!isTuple(f) || f.length < 2 || f.length > 3) return undefined;
      const size = descrItemsize(f[1]!, depth + 1);
      const n = f.length === 3 ? count(f[2]!) : 1n;
      if (size === undefined || n === undefined) return undefined;
      total += size * n;
    }
    return total;
  }
  return undefined;
}

/** The number of elements of an npy `shape` (a tuple of integers). */
export function shapeCount(shape: PyValue): bigint {
  let n = 1n;
  if (isTuple(shape)) for (const d of shape) n *= BigInt(d as number | bigint);
  return n;
}
