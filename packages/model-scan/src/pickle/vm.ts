/**
 * A streaming pickle virtual machine (protocols 0-5) that simulates what CPython's unpickler does with the
 * stack and the memo, as values, without importing or calling anything. It is fed chunks of bytes, never
 * materialises the opcode list, skips large payloads without buffering them, and bounds what it keeps.
 */
import type { Severity } from '@ml-gates/core';
import { fixImports, GlobalPolicy, LOADERS } from './policy.js';

// ---- values --------------------------------------------------------------------------------------------
export type Value =
  | { k: 'global'; module: string; name: string; full: string; offset: number }
  | { k: 'str'; s: string | undefined; len: number }
  | { k: 'bytes'; data: Buffer | undefined; len: number; offset: number }
  | { k: 'num'; v: number | bigint }
  | { k: 'seq'; type: 'tuple' | 'list' | 'set' | 'frozenset'; items: Value[]; n: number }
  | { k: 'dict'; items: Value[]; n: number }
  | { k: 'call'; fn: Value; args: Value | undefined; op: string; offset: number }
  | { k: 'pid'; pid: Value }
  | { k: 'other' };

const NONE: Value = { k: 'other' };
const OPAQUE: Value = { k: 'other' };

/** What the VM reports to its host. */
export interface PickleEvents {
  finding(rule: string, severity: Severity, message: string, offset: number): void;
  /** Bytes handed to a loader (`pickle.loads`, `torch.load`...) to scan as a nested artifact. */
  nested(data: Buffer, loader: string, offset: number): void;
  /** A string value of 20 to 4096 characters (for the secrets check). */
  text?(s: string): void;
}

export interface PickleLimits {
  /** Largest string/bytes payload kept in memory (larger ones are skipped). */
  keepPayload: number;
  maxStack: number;
  /** Longest protocol-0 line. */
  maxLine: number;
  /** Values kept inside containers and the memo, across the stream. */
  maxRetained: number;
  /** Total characters of strings kept. */
  maxStringBytes: number;
}

export const DEFAULT_PICKLE_LIMITS: PickleLimits = {
  keepPayload: 1 << 20,
  maxStack: 500_000,
  maxLine: 1 << 20,
  maxRetained: 300_000,
  maxStringBytes: 64 << 20,
};

const ITEMS_KEPT = 64;
/** Memo indices whose values are kept in a dense array; later ones keep only globals and strings. */
const MEMO_DENSE = 1 << 16;
const MEMO_SPARSE = 50_000;
/** Shared values for BININT1 operands (immutable). */
const SMALL_INTS: Value[] = Array.from({ length: 256 }, (_, v) => ({ k: 'num', v }) as Value);
const LEGACY_TORCH_MAGIC = 0x1950a86a20f9469cfc6cn;

export class PickleError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** True when the stream is not a pickle at all (first opcode invalid). */
    readonly notPickle = false,
  ) {
    super(message);
  }
}

/** Opcode byte to name, for messages. */
const OPNAMES: Record<number, string> = {};
for (const [name, ch] of Object.entries({
  MARK: 0x28,
  STOP: 0x2e,
  POP: 0x30,
  POP_MARK: 0x31,
  DUP: 0x32,
  FLOAT: 0x46,
  INT: 0x49,
  BININT: 0x4a,
  BININT1: 0x4b,
  LONG: 0x4c,
  BININT2: 0x4d,
  NONE: 0x4e,
  PERSID: 0x50,
  BINPERSID: 0x51,
  REDUCE: 0x52,
  STRING: 0x53,
  BINSTRING: 0x54,
  SHORT_BINSTRING: 0x55,
  UNICODE: 0x56,
  BINUNICODE: 0x58,
  APPEND: 0x61,
  BUILD: 0x62,
  GLOBAL: 0x63,
  DICT: 0x64,
  EMPTY_DICT: 0x7d,
  APPENDS: 0x65,
  GET: 0x67,
  BINGET: 0x68,
  INST: 0x69,
  LONG_BINGET: 0x6a,
  LIST: 0x6c,
  EMPTY_LIST: 0x5d,
  OBJ: 0x6f,
  PUT: 0x70,
  BINPUT: 0x71,
  LONG_BINPUT: 0x72,
  SETITEM: 0x73,
  TUPLE: 0x74,
  EMPTY_TUPLE: 0x29,
  SETITEMS: 0x75,
  BINFLOAT: 0x47,
  PROTO: 0x80,
  NEWOBJ: 0x81,
  EXT1: 0x82,
  EXT2: 0x83,
  EXT4: 0x84,
  TUPLE1: 0x85,
  TUPLE2: 0x86,
  TUPLE3: 0x87,
  NEWTRUE: 0x88,
  NEWFALSE: 0x89,
  LONG1: 0x8a,
  LONG4: 0x8b,
  BINBYTES: 0x42,
  SHORT_BINBYTES: 0x43,
  SHORT_BINUNICODE: 0x8c,
  BINUNICODE8: 0x8d,
  BINBYTES8: 0x8e,
  EMPTY_SET: 0x8f,
  ADDITEMS: 0x90,
  FROZENSET: 0x91,
  NEWOBJ_EX: 0x92,
  STACK_GLOBAL: 0x93,
  MEMOIZE: 0x94,
  FRAME: 0x95,
  BYTEARRAY8: 0x96,
  NEXT_BUFFER: 0x97,
  READONLY_BUFFER: 0x98,
}))
  OPNAMES[ch] = name;
export const opName = (op: number): string => OPNAMES[op] ?? `0x${op.toString(16)}`;
export const isOpcode = (op: number): boolean => OPNAMES[op] !== undefined;

/** A JSON-ish rendering of a value for messages. */
export function describe(v: Value | undefined, depth = 0): string {
  if (!v) return '?';
  switch (v.k) {
    case 'global':
      return v.full;
    case 'str':
      return v.s === undefined ? `<${v.len} chars>` : JSON.stringify(v.s.length > 60 ? `${v.s.slice(0, 60)}…` : v.s);
    case 'bytes':
      return `<${v.len} bytes>`;
    case 'num':
      return String(v.v);
    case 'call':
      return depth > 2
        ? `${describe(v.fn, depth + 1)}(…)`
        : `${describe(v.fn, depth + 1)}(${describe(v.args, depth + 1)})`;
    case 'seq':
    case 'dict':
      return depth > 2
        ? '…'
        : `(${v.items
            .slice(0, 4)
            .map((i) => describe(i, depth + 1))
            .join(', ')}${v.n > 4 ? ', …' : ''})`;
    default:
      return '…';
  }
}

/** The streaming VM for one stream that may hold several concatenated pickles. */
export class PickleVM {
  /** Pickles completed (STOP reached). */
  pickles = 0;
  /** Value of the last STOP. */
  lastResult: Value | undefined;
  /** Globals imported, with counts (for the report). */
  readonly imports = new Map<string, number>();
  opcodes = 0;

  private pos = 0; // absolute offset of buf[0]
  private buf: Buffer = Buffer.alloc(0);
  private skip = 0;
  private stack: Value[] = [];
  private marks: number[] = [];
  private memo = new Map<number, Value>();
  private proto = 0;
  private inPickle = false;
  private retained = 0;
  private stringBytes = 0;
  private stopped = false;
  /** Pickles running inside another (joblib object arrays): the outer machine state to return to. */
  private frames: {
    stack: Value[];
    marks: number[];
    memo: Map<number, Value>;
    arr: (Value | undefined)[];
    bits: Uint8Array;
    big: Set<number>;
    len: number;
    proto: number;
  }[] = [];
  /** joblib array data follows: read the one-byte padding length first. */
  private padNext = false;
  /** The stream is a legacy (pre-1.6, non-zip) torch.save file. */
  legacyTorch = false;
  /** Set when a pickle ended and the host wants to stop at the next STOP (legacy torch: a fixed count). */
  maxPickles = Infinity;

  constructor(
    private readonly events: PickleEvents,
    private readonly policy: GlobalPolicy,
    private readonly limits: PickleLimits = DEFAULT_PICKLE_LIMITS,
  ) {}

  get done(): boolean {
    return this.stopped;
  }

  /** Offset just after the last STOP. */
  endOffset = 0;

  /** Feeds the next chunk. Throws `PickleError` for a malformed stream. */
  feed(chunk: Buffer): void {
    if (this.stopped) return;
    let data = chunk;
    if (this.skip > 0 && !this.padNext) {
      const n = Math.min(this.skip, data.length);
      this.skip -= n;
      this.pos += n;
      data = data.subarray(n);
      if (data.length === 0) return;
    }
    if (this.buf.length > 0) {
      data = Buffer.concat([this.buf, data]);
    }
    this.buf = data;
    const consumed = this.run(data);
    this.pos += consumed;
    this.buf = consumed >= data.length ? Buffer.alloc(0) : Buffer.from(data.subarray(consumed));
  }

  /** The stream ended: a pickle still open is truncated. */
  end(): void {
    if (this.stopped) return;
    if (this.skip > 0 || this.padNext || this.buf.length > 0 || this.inPickle) {
      throw new PickleError(
        this.skip > 0
          ? `stream ends inside a ${this.skip}-byte payload`
          : this.inPickle
            ? 'stream ends before the STOP opcode (truncated pickle)'
            : 'stream ends inside an opcode',
        this.pos + this.buf.length,
      );
    }
  }

  private fail(msg: string, at: number): never {
    throw new PickleError(msg, at, !this.inPickle || (this.opcodes === 0 && this.pickles === 0));
  }

  private pop(at: number): Value {
    const floor = this.marks.length > 0 ? this.marks[this.marks.length - 1]! : 0;
    if (this.stack.length <= floor) this.fail('stack underflow', at);
    return this.stack.pop()!;
  }

  private top(at: number): Value {
    const floor = this.marks.length > 0 ? this.marks[this.marks.length - 1]! : 0;
    if (this.stack.length <= floor) this.fail('stack underflow', at);
    return this.stack[this.stack.length - 1]!;
  }

  private popMark(at: number): Value[] {
    const m = this.marks.pop();
    if (m === undefined) this.fail('MARK expected on the stack', at);
    const items = this.stack.splice(m);
    return items;
  }

  private push(v: Value, at: number): void {
    if (this.stack.length >= this.limits.maxStack) {
      throw new PickleError(`stack deeper than ${this.limits.maxStack} values`, at);
    }
    this.stack.push(v);
  }

  /**
   * Adds `add` to a container's kept items (at most ITEMS_KEPT). Past the retention budget only small
   * leaves (numbers, short strings, globals) are kept: shapes and call arguments stay visible while
   * memory stays bounded. Returns how many items were added in total.
   */
  private keep(items: Value[], add: Value[]): number {
    let kept = 0;
    const over = this.retained >= this.limits.maxRetained;
    for (const v of add) {
      if (items.length >= ITEMS_KEPT) break;
      if (over && !isSmall(v)) continue;
      items.push(v);
      kept++;
    }
    this.retained += kept;
    return add.length;
  }

  private seq(type: 'tuple' | 'list' | 'set' | 'frozenset', items: Value[]): Value {
    if (items.length <= 8 && this.retained < this.limits.maxRetained) {
      // small fresh arrays (TUPLE1-3, popped marks) are taken over as they are
      this.retained += items.length;
      return { k: 'seq', type, items, n: items.length };
    }
    const v: Value = { k: 'seq', type, items: [], n: 0 };
    v.n = this.keep(v.items, items);
    return v;
  }

  private str(s: string): Value {
    if (this.stringBytes + s.length > this.limits.maxStringBytes) return { k: 'str', s: undefined, len: s.length };
    this.stringBytes += s.length;
    if (s.length >= 20 && s.length <= 4096 && this.events.text) this.events.text(s);
    return { k: 'str', s, len: s.length };
  }

  /** Indices present in CPython's memo (a bit set), so MEMOIZE numbers entries as `len(memo)` does. */
  private memoBits: Uint8Array = new Uint8Array(1024);
  private memoBig = new Set<number>();
  private memoLen = 0;

  /** Records `idx` in the memo key set; true when it was not there before. */
  private markKey(idx: number): boolean {
    if (idx < 1 << 29) {
      const byte = idx >>> 3;
      if (byte >= this.memoBits.length) {
        const grown = new Uint8Array(Math.max(byte + 1, this.memoBits.length * 2));
        grown.set(this.memoBits);
        this.memoBits = grown;
      }
      const bit = 1 << (idx & 7);
      if ((this.memoBits[byte]! & bit) === 0) {
        this.memoBits[byte] = this.memoBits[byte]! | bit;
        this.memoLen++;
        return true;
      }
      return false;
    } else if (!this.memoBig.has(idx)) {
      if (this.memoBig.size >= 100_000) throw new PickleError('more than 100000 sparse memo keys', this.pos);
      this.memoBig.add(idx);
      this.memoLen++;
      return true;
    }
    return false;
  }

  /** Memo values for the first MEMO_DENSE indices (the common case), then a small map for globals and strings. */
  private memoArr: (Value | undefined)[] = [];

  private memoPut(idx: number, v: Value): void {
    const fresh = this.markKey(idx);
    let keep = !(v.k === 'num' || v === NONE || v === OPAQUE);
    if (keep && v.k !== 'str' && v.k !== 'global' && !isSmall(v)) {
      // containers, calls and bytes count against the retention budget
      if (this.retained >= this.limits.maxRetained) keep = false;
      else this.retained += v.k === 'seq' || v.k === 'dict' ? 1 + v.items.length : 1;
    }
    if (idx < MEMO_DENSE) {
      if (keep) {
        // keep the array packed (no holes): V8 handles packed arrays much faster
        const arr = this.memoArr;
        while (arr.length < idx) arr.push(undefined);
        arr[idx] = v;
      } else if (!fresh && idx < this.memoArr.length) this.memoArr[idx] = undefined;
      return;
    }
    if (keep && (v.k === 'global' || (this.memo.size < MEMO_SPARSE && (v.k === 'str' || isSmall(v)))))
      this.memo.set(idx, v);
    else if (!fresh) this.memo.delete(idx);
  }

  private memoGet(idx: number): Value {
    // Values not kept (numbers, or past the memory budget) come back opaque: conservative, since any
    // callable they could name was judged when it was imported, and a name the scanner cannot see is
    // itself a finding (pickle.dynamic-global).
    return (idx < MEMO_DENSE ? this.memoArr[idx] : this.memo.get(idx)) ?? OPAQUE;
  }

  private global(module: string, name: string, op: string, at: number): Value {
    const [m, n] = fixImports(module, name, this.proto);
    const full = `${m}.${n}`;
    const shown = m === module && n === name ? full : `${full} (written as ${module}.${name}, mapped by fix_imports)`;
    if (this.imports.size < 10_000 || this.imports.has(full)) this.imports.set(full, (this.imports.get(full) ?? 0) + 1);
    const verdict = this.policy.judge(m, n);
    if (verdict.severity !== 'safe') {
      this.events.finding(
        verdict.rule,
        verdict.severity,
        `${op} at offset ${at} imports \`${shown}\`: ${verdict.reason}`,
        at,
      );
    }
    return { k: 'global', module: m, name: n, full, offset: at };
  }

  private call(fn: Value, args: Value | undefined, op: string, at: number): Value {
    if (fn.k !== 'global') {
      this.events.finding(
        'pickle.indirect-call',
        'high',
        `${op} at offset ${at} calls ${fn.k === 'call' ? `the result of ${describe(fn)}` : `a computed value (${fn.k})`}, not an imported callable: a way to reach callables the import check cannot see`,
        at,
      );
      return { k: 'call', fn, args, op, offset: at };
    }
    // protocol 2 writes bytes as _codecs.encode(str, 'latin1')
    if ((fn.full === '_codecs.encode' || fn.full === 'codecs.encode') && args?.k === 'seq') {
      const s = args.items[0];
      if (s?.k === 'str' && s.s !== undefined)
        return { k: 'bytes', data: Buffer.from(s.s, 'latin1'), len: s.len, offset: at };
    }
    if (LOADERS.has(fn.full)) this.nestedFrom(args, fn.full, at, 0);
    return { k: 'call', fn, args, op, offset: at };
  }

  private nestedFrom(v: Value | undefined, loader: string, at: number, depth: number): void {
    if (!v || depth > 4) return;
    if (v.k === 'bytes' && v.data) this.events.nested(v.data, loader, at);
    else if (v.k === 'str' && v.s !== undefined && v.len > 1)
      this.events.nested(Buffer.from(v.s, 'latin1'), loader, at);
    else if (v.k === 'seq' || v.k === 'dict') for (const i of v.items) this.nestedFrom(i, loader, at, depth + 1);
    else if (v.k === 'call') this.nestedFrom(v.args, loader, at, depth + 1);
  }

  /** joblib's NumpyUnpickler reads array bytes (or an inline pickle) right after BUILD of a NumpyArrayWrapper. */
  private joblibArray(state: Value, at: number): void {
    if (state.k !== 'dict') this.fail('NumpyArrayWrapper state is not a dict', at);
    const get = (key: string): Value | undefined => {
      for (let i = 0; i + 1 < state.items.length; i += 2) {
        const k = state.items[i]!;
        if (k.k === 'str' && k.s === key) return state.items[i + 1];
      }
      return undefined;
    };
    const dtype = get('dtype');
    const descr = dtype?.k === 'call' && dtype.args?.k === 'seq' ? dtype.args.items[0] : undefined;
    const m = descr?.k === 'str' && descr.s !== undefined ? /^[<>|=]?([a-zA-Z])(\d*)$/.exec(descr.s) : null;
    if (!m) this.fail('joblib array with a dtype the scanner cannot size', at);
    if (m[1] === 'O') {
      // object arrays: a complete pickle follows inline and runs with the same loader
      this.frames.push({
        stack: this.stack,
        marks: this.marks,
        memo: this.memo,
        arr: this.memoArr,
        bits: this.memoBits,
        big: this.memoBig,
        len: this.memoLen,
        proto: this.proto,
      });
      this.stack = [];
      this.marks = [];
      this.memo = new Map();
      this.memoArr = [];
      this.memoBits = new Uint8Array(1024);
      this.memoBig = new Set();
      this.memoLen = 0;
      this.proto = 0;
      return;
    }
    const n = Number(m[2] || '1');
    const item = m[1] === 'U' ? 4 * n : n;
    const shape = get('shape');
    let count = 1;
    if (shape?.k !== 'seq' || shape.items.length !== shape.n) this.fail('joblib array with an unknown shape', at);
    for (const d of shape.items) {
      if (d.k !== 'num' || Number(d.v) < 0) this.fail('joblib array with an unknown shape', at);
      count *= Number(d.v);
    }
    const total = count * item;
    if (!Number.isSafeInteger(total)) this.fail(`joblib array of ${total} bytes`, at);
    const align = get('numpy_array_alignment_bytes');
    this.skip += total;
    if (align?.k === 'num') this.padNext = true;
  }

  private build(obj: Value, state: Value, at: number): void {
    if (obj.k === 'call' && obj.fn.k === 'global' && obj.fn.full === 'joblib.numpy_pickle.NumpyArrayWrapper') {
      this.joblibArray(state, at);
      return;
    }
    if (obj.k === 'global') {
      this.events.finding(
        'pickle.build-on-global',
        'high',
        `BUILD at offset ${at} sets attributes on the imported object \`${obj.full}\` itself (state ${describe(state)}): this changes a module or class for everything that uses it afterwards`,
        at,
      );
    }
  }

  /** Executes opcodes in `b` from 0; returns the bytes consumed (an incomplete opcode stays for the next chunk). */
  private run(b: Buffer): number {
    let p = 0;
    const len = b.length;
    const base = this.pos;
    while (p < len) {
      if (!this.inPickle) {
        if (this.pickles >= this.maxPickles) {
          this.stopped = true;
          return p;
        }
        if (this.pickles > 0 && !isOpcode(b[p]!)) {
          // trailing bytes after a complete pickle: not another pickle
          this.stopped = true;
          return p;
        }
        this.inPickle = true;
        this.stack = [];
        this.marks = [];
        this.memo = new Map();
        this.memoArr = [];
        this.memoBits = new Uint8Array(1024);
        this.memoBig = new Set();
        this.memoLen = 0;
        this.proto = 0;
        this.retained = 0;
      }
      if (this.padNext) {
        this.padNext = false;
        this.skip += b[p]!;
        p++;
      }
      if (this.skip > 0) {
        const n = Math.min(this.skip, len - p);
        this.skip -= n;
        p += n;
        if (this.skip > 0 || p >= len) return p;
        continue;
      }
      const at = base + p;
      const op = b[p]!;
      let q = p + 1; // next opcode when this one completes
      switch (op) {
        case 0x28: // MARK
          if (this.marks.length >= this.limits.maxStack)
            throw new PickleError(`more than ${this.limits.maxStack} nested MARKs`, at);
          this.marks.push(this.stack.length);
          break;
        case 0x2e: {
          // STOP
          if (this.frames.length > 0) {
            const result = this.stack.pop() ?? OPAQUE;
            const f = this.frames.pop()!;
            this.stack = f.stack;
            this.marks = f.marks;
            this.memo = f.memo;
            this.memoArr = f.arr;
            this.memoBits = f.bits;
            this.memoBig = f.big;
            this.memoLen = f.len;
            this.proto = f.proto;
            this.stack[this.stack.length - 1] = result;
            break;
          }
          this.lastResult = this.stack.pop();
          this.pickles++;
          if (this.pickles === 1 && this.lastResult?.k === 'num' && this.lastResult.v === LEGACY_TORCH_MAGIC) {
            // legacy torch.save: magic, protocol, sys_info, the object, storage keys, then raw storage bytes
            this.legacyTorch = true;
            this.maxPickles = 5;
          }
          this.inPickle = false;
          this.endOffset = at + 1;
          this.stack = [];
          this.memo = new Map();
          this.memoArr = [];
          break;
        }
        case 0x30: // POP
          if (this.marks.length > 0 && this.stack.length === this.marks[this.marks.length - 1]) this.marks.pop();
          else this.pop(at);
          break;
        case 0x31: // POP_MARK
          this.popMark(at);
          break;
        case 0x32: // DUP
          this.push(this.top(at), at);
          break;
        case 0x4e: // NONE
          this.push(NONE, at);
          break;
        case 0x88:
        case 0x89: // NEWTRUE/NEWFALSE
          this.push(NONE, at);
          break;
        case 0x4b: // BININT1
          if (len < p + 2) return p;
          this.push(SMALL_INTS[b[p + 1]!]!, at);
          q = p + 2;
          break;
        case 0x4d: // BININT2
          if (len < p + 3) return p;
          this.push({ k: 'num', v: b.readUInt16LE(p + 1) }, at);
          q = p + 3;
          break;
        case 0x4a: // BININT
          if (len < p + 5) return p;
          this.push({ k: 'num', v: b.readInt32LE(p + 1) }, at);
          q = p + 5;
          break;
        case 0x47: // BINFLOAT
          if (len < p + 9) return p;
          this.push(NONE, at);
          q = p + 9;
          break;
        case 0x8a: {
          // LONG1
          if (len < p + 2) return p;
          const n = b[p + 1]!;
          if (len < p + 2 + n) return p;
          let v = 0n;
          for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[p + 2 + i]!);
          if (n > 0 && b[p + 1 + n]! & 0x80) v -= 1n << BigInt(8 * n);
          this.push({ k: 'num', v }, at);
          q = p + 2 + n;
          break;
        }
        case 0x8b: {
          // LONG4
          if (len < p + 5) return p;
          const n = b.readInt32LE(p + 1);
          if (n < 0) this.fail('LONG4 with a negative length', at);
          q = this.payload(b, p, 5, n, at, () => this.push({ k: 'num', v: 0 }, at));
          if (q < 0) return p;
          break;
        }
        case 0x49: // INT
        case 0x4c: // LONG
        case 0x46: // FLOAT
        case 0x67: // GET
        case 0x70: // PUT
        case 0x50: // PERSID
        case 0x53: // STRING
        case 0x56: {
          // UNICODE
          const nl = b.indexOf(0x0a, p + 1);
          if (nl < 0) {
            if (len - p > this.limits.maxLine)
              this.fail(`${opName(op)} line longer than ${this.limits.maxLine} bytes`, at);
            return p;
          }
          const line = b.toString('latin1', p + 1, nl);
          q = nl + 1;
          this.lineOp(op, line, b, p + 1, nl, at);
          break;
        }
        case 0x63: // GLOBAL
        case 0x69: {
          // INST
          const nl1 = b.indexOf(0x0a, p + 1);
          const nl2 = nl1 < 0 ? -1 : b.indexOf(0x0a, nl1 + 1);
          if (nl2 < 0) {
            if (len - p > this.limits.maxLine)
              this.fail(`${opName(op)} line longer than ${this.limits.maxLine} bytes`, at);
            return p;
          }
          const module = b.toString('utf8', p + 1, nl1);
          const name = b.toString('utf8', nl1 + 1, nl2);
          q = nl2 + 1;
          const g = this.global(module, name, opName(op), at);
          if (op === 0x63) this.push(g, at);
          else {
            const args = this.popMark(at);
            this.push(this.call(g, this.seq('tuple', args), 'INST', at), at);
          }
          break;
        }
        case 0x54: // BINSTRING
        case 0x58: // BINUNICODE
        case 0x42: {
          // BINBYTES
          if (len < p + 5) return p;
          const n = op === 0x54 ? b.readInt32LE(p + 1) : b.readUInt32LE(p + 1);
          if (n < 0) this.fail('BINSTRING with a negative length', at);
          q = this.payload(b, p, 5, n, at, (data) => this.pushPayload(op, data, n, at));
          if (q < 0) return p;
          break;
        }
        case 0x55: // SHORT_BINSTRING
        case 0x43: // SHORT_BINBYTES
        case 0x8c: {
          // SHORT_BINUNICODE
          if (len < p + 2) return p;
          const n = b[p + 1]!;
          if (len < p + 2 + n) return p;
          if (op === 0x8c) this.push(this.str(decodeUtf8(b, p + 2, p + 2 + n)), at);
          else if (op === 0x55) this.push(this.str(latin1(b, p + 2, p + 2 + n)), at);
          else this.pushPayload(op, b.subarray(p + 2, p + 2 + n), n, at);
          q = p + 2 + n;
          break;
        }
        case 0x8d: // BINUNICODE8
        case 0x8e: // BINBYTES8
        case 0x96: {
          // BYTEARRAY8
          if (len < p + 9) return p;
          const big = b.readBigUInt64LE(p + 1);
          if (big > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`${opName(op)} declares ${big} bytes`, at);
          const n = Number(big);
          q = this.payload(b, p, 9, n, at, (data) => this.pushPayload(op, data, n, at));
          if (q < 0) return p;
          break;
        }
        case 0x95: {
          // FRAME: frames are transparent to the opcode stream
          if (len < p + 9) return p;
          q = p + 9;
          break;
        }
        case 0x80: {
          // PROTO
          if (len < p + 2) return p;
          this.proto = b[p + 1]!;
          if (this.proto > 5) this.fail(`unsupported pickle protocol ${this.proto}`, at);
          q = p + 2;
          break;
        }
        case 0x29: // EMPTY_TUPLE
          this.push(this.seq('tuple', []), at);
          break;
        case 0x85:
          this.push(this.seq('tuple', [this.pop(at)]), at);
          break;
        case 0x86: {
          const y = this.pop(at);
          const x = this.pop(at);
          this.push(this.seq('tuple', [x, y]), at);
          break;
        }
        case 0x87: {
          const z = this.pop(at);
          const y = this.pop(at);
          const x = this.pop(at);
          this.push(this.seq('tuple', [x, y, z]), at);
          break;
        }
        case 0x74: // TUPLE
          this.push(this.seq('tuple', this.popMark(at)), at);
          break;
        case 0x5d: // EMPTY_LIST
          this.push(this.seq('list', []), at);
          break;
        case 0x6c: // LIST
          this.push(this.seq('list', this.popMark(at)), at);
          break;
        case 0x7d: // EMPTY_DICT
          this.push({ k: 'dict', items: [], n: 0 }, at);
          break;
        case 0x64: {
          // DICT
          const items = this.popMark(at);
          const d: Value = { k: 'dict', items: [], n: 0 };
          d.n = this.keep(d.items, items);
          this.push(d, at);
          break;
        }
        case 0x8f: // EMPTY_SET
          this.push(this.seq('set', []), at);
          break;
        case 0x91: // FROZENSET
          this.push(this.seq('frozenset', this.popMark(at)), at);
          break;
        case 0x61: {
          // APPEND
          const v = this.pop(at);
          this.addTo(this.top(at), [v], 'APPEND', at);
          break;
        }
        case 0x65: // APPENDS
        case 0x90: {
          // ADDITEMS
          const items = this.popMark(at);
          this.addTo(this.top(at), items, opName(op), at);
          break;
        }
        case 0x73: {
          // SETITEM
          const v = this.pop(at);
          const k = this.pop(at);
          this.addTo(this.top(at), [k, v], 'SETITEM', at);
          break;
        }
        case 0x75: {
          // SETITEMS
          const items = this.popMark(at);
          if (items.length % 2 !== 0) this.fail('SETITEMS with an odd number of items', at);
          this.addTo(this.top(at), items, 'SETITEMS', at);
          break;
        }
        case 0x68: // BINGET
          if (len < p + 2) return p;
          this.push(this.memoGet(b[p + 1]!), at);
          q = p + 2;
          break;
        case 0x6a: // LONG_BINGET
          if (len < p + 5) return p;
          this.push(this.memoGet(b.readUInt32LE(p + 1)), at);
          q = p + 5;
          break;
        case 0x71: // BINPUT
          if (len < p + 2) return p;
          this.memoPut(b[p + 1]!, this.top(at));
          q = p + 2;
          break;
        case 0x72: // LONG_BINPUT
          if (len < p + 5) return p;
          this.memoPut(b.readUInt32LE(p + 1), this.top(at));
          q = p + 5;
          break;
        case 0x94: // MEMOIZE
          this.memoPut(this.memoLen, this.top(at));
          break;
        case 0x93: {
          // STACK_GLOBAL
          const name = this.pop(at);
          const module = this.pop(at);
          if (module.k === 'str' && name.k === 'str' && module.s !== undefined && name.s !== undefined) {
            this.push(this.global(module.s, name.s, 'STACK_GLOBAL', at), at);
          } else {
            this.events.finding(
              'pickle.dynamic-global',
              'critical',
              `STACK_GLOBAL at offset ${at} imports a name computed at load time (module ${describe(module)}, name ${describe(name)}): the scanner cannot tell what it reaches`,
              at,
            );
            this.push(OPAQUE, at);
          }
          break;
        }
        case 0x52: {
          // REDUCE
          const args = this.pop(at);
          const fn = this.pop(at);
          this.push(this.call(fn, args, 'REDUCE', at), at);
          break;
        }
        case 0x81: {
          // NEWOBJ
          const args = this.pop(at);
          const cls = this.pop(at);
          this.push(this.call(cls, args, 'NEWOBJ', at), at);
          break;
        }
        case 0x92: {
          // NEWOBJ_EX
          const kwargs = this.pop(at);
          const args = this.pop(at);
          const cls = this.pop(at);
          this.push(this.call(cls, this.seq('tuple', [args, kwargs]), 'NEWOBJ_EX', at), at);
          break;
        }
        case 0x6f: {
          // OBJ
          const items = this.popMark(at);
          const cls = items.shift();
          if (!cls) this.fail('OBJ without a class', at);
          this.push(this.call(cls, this.seq('tuple', items), 'OBJ', at), at);
          break;
        }
        case 0x62: {
          // BUILD
          const state = this.pop(at);
          this.build(this.top(at), state, at);
          break;
        }
        case 0x82: // EXT1
        case 0x83: // EXT2
        case 0x84: {
          // EXT4
          const n = op === 0x82 ? 1 : op === 0x83 ? 2 : 4;
          if (len < p + 1 + n) return p;
          const code = n === 1 ? b[p + 1]! : n === 2 ? b.readUInt16LE(p + 1) : b.readInt32LE(p + 1);
          this.events.finding(
            'pickle.extension-code',
            'high',
            `${opName(op)} at offset ${at} imports extension code ${code} from the copyreg registry: the callable it names depends on the loading process and cannot be checked`,
            at,
          );
          this.push(OPAQUE, at);
          q = p + 1 + n;
          break;
        }
        case 0x51: {
          // BINPERSID
          const pid = this.pop(at);
          this.push({ k: 'pid', pid }, at);
          break;
        }
        case 0x97: // NEXT_BUFFER
          this.push(OPAQUE, at);
          break;
        case 0x98: // READONLY_BUFFER
          this.top(at);
          break;
        default:
          this.fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`, at);
      }
      this.opcodes++;
      p = q;
    }
    return p;
  }

  /**
   * A length-prefixed payload of `n` bytes after a `hdr`-byte header at `p`. Small payloads wait until they
   * are complete; large ones are skipped across chunks. Returns the next opcode position, or -1 to wait.
   */
  private payload(
    b: Buffer,
    p: number,
    hdr: number,
    n: number,
    at: number,
    use: (data: Buffer | undefined) => void,
  ): number {
    const start = p + hdr;
    if (n <= this.limits.keepPayload) {
      if (b.length < start + n) return -1;
      use(b.subarray(start, start + n));
      return start + n;
    }
    use(undefined);
    const avail = b.length - start;
    if (avail >= n) return start + n;
    this.skip = n - avail;
    return b.length;
    void at;
  }

  private pushPayload(op: number, data: Buffer | undefined, n: number, at: number): void {
    switch (op) {
      case 0x58:
      case 0x8c:
      case 0x8d:
        this.push(data ? this.str(data.toString('utf8')) : { k: 'str', s: undefined, len: n }, at);
        return;
      case 0x54:
      case 0x55:
        // Python 2 str: decoded as ASCII/latin1 by default
        this.push(data ? this.str(data.toString('latin1')) : { k: 'str', s: undefined, len: n }, at);
        return;
      default:
        this.push({ k: 'bytes', data: data ? Buffer.from(data) : undefined, len: n, offset: at }, at);
    }
  }

  private lineOp(op: number, line: string, b: Buffer, s: number, e: number, at: number): void {
    switch (op) {
      case 0x49:
      case 0x4c: {
        const t = line.replace(/L$/, '');
        if (!/^-?\d+$/.test(t) && t !== '00' && t !== '01')
          this.fail(`${opName(op)} with a non-integer "${line.slice(0, 40)}"`, at);
        this.push({ k: 'num', v: t.length < 16 ? Number(t) : BigInt(t) }, at);
        return;
      }
      case 0x46:
        this.push(NONE, at);
        return;
      case 0x67: {
        if (!/^\d+$/.test(line)) this.fail(`GET with a non-integer key "${line.slice(0, 40)}"`, at);
        this.push(this.memoGet(Number(line)), at);
        return;
      }
      case 0x70: {
        if (!/^\d+$/.test(line)) this.fail(`PUT with a non-integer key "${line.slice(0, 40)}"`, at);
        this.memoPut(Number(line), this.top(at));
        return;
      }
      case 0x50:
        this.push({ k: 'pid', pid: this.str(line) }, at);
        return;
      case 0x53: {
        // STRING: a Python repr, quoted
        const m = /^(['"])(.*)\1$/s.exec(line);
        if (!m) this.fail('STRING argument is not a quoted string', at);
        this.push(this.str(unescapePy(m[2]!)), at);
        return;
      }
      case 0x56:
        this.push(this.str(unescapeRawUnicode(b.toString('latin1', s, e))), at);
        return;
    }
  }

  private addTo(target: Value, items: Value[], op: string, at: number): void {
    if (target.k === 'seq' || target.k === 'dict') {
      target.n += this.keep(target.items, items);
      return;
    }
    if (target.k === 'global') {
      this.events.finding(
        'pickle.build-on-global',
        'high',
        `${op} at offset ${at} adds items to the imported object \`${target.full}\` (calls its append/extend/__setitem__)`,
        at,
      );
    }
    // appending to an object calls its append/extend/__setitem__ method: the object was judged when built
  }
}

/**
 * Values of bounded size (at most 16 nodes): leaves, and short tuples or calls of leaves (array shapes,
 * dtypes, call arguments). These stay visible past the retention budget without unbounded memory.
 */
function isSmall(v: Value): boolean {
  return weight(v, 16) <= 16;
}

function weight(v: Value, budget: number): number {
  if (v.k === 'num' || v.k === 'global' || v.k === 'other') return 1;
  if (v.k === 'str') return v.len <= 256 ? 1 : budget + 1;
  let w = 1;
  if (v.k === 'seq') {
    if (v.n > 8) return budget + 1;
    for (const i of v.items) {
      w += weight(i, budget - w);
      if (w > budget) return w;
    }
    return w;
  }
  if (v.k === 'call' && v.fn.k === 'global') return v.args === undefined ? 2 : 2 + weight(v.args, budget - 2);
  return budget + 1;
}

type FastSlices = Buffer & { latin1Slice(s: number, e: number): string; utf8Slice(s: number, e: number): string };

/** Short strings: ASCII goes through the cheaper latin1 decoder (same result), the rest through UTF-8. */
function decodeUtf8(b: Buffer, s: number, e: number): string {
  for (let i = s; i < e; i++) if (b[i]! >= 0x80) return (b as FastSlices).utf8Slice(s, e);
  return (b as FastSlices).latin1Slice(s, e);
}

function latin1(b: Buffer, s: number, e: number): string {
  return (b as FastSlices).latin1Slice(s, e);
}

function unescapePy(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? `\\${e}`;
  });
}

function unescapeRawUnicode(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_, a?: string, b?: string) =>
    String.fromCodePoint(parseInt((a ?? b)!, 16)),
  );
}
