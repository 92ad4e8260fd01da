/**
 * A streaming pickle virtual machine (protocols 0-5) that simulates what CPython's unpickler does with the
 * stack and the memo, as values, without importing or calling anything. It is fed chunks of bytes, never
 * materialises the opcode list, skips large payloads without buffering them, and bounds what it keeps.
 *
 * Speed: opcode-dense pickles (millions of small tuples, dicts and strings) are the slow case for every
 * scanner. Plain data is therefore kept as JS primitives — numbers, bigints and strings cost no wrapper
 * object — and everything with structure or identity is a `Node` of one class (one hidden class, so every
 * property access in the loop is monomorphic). Short strings are decoded in JS, not through a C++ binding.
 */
import type { Severity } from '@ml-gates/core';
import { fixImports, GlobalPolicy, LOADERS } from './policy.js';

// ---- values --------------------------------------------------------------------------------------------
/** Node kinds. */
const GLOBAL = 0; // an imported callable or class
const LONG_STR = 1; // a string too long (or past the memory budget) to keep: only its length is known
const BYTES = 2; // bytes (data kept when small enough)
const SEQ = 3; // tuple, list, set, frozenset
const DICT = 4;
const CALL = 5; // the result of REDUCE, NEWOBJ, NEWOBJ_EX, OBJ, INST
const PID = 6; // a persistent id (torch storages)
const OTHER = 7; // None, booleans, floats, buffers, values the scanner does not keep

/** A structured value. One class with every field, so V8 keeps one hidden class for all of them. */
class Node {
  constructor(
    readonly k: number,
    /**
     * GLOBAL: the full dotted name (after fix_imports); SEQ: tuple/list/set/frozenset; CALL: the opcode; DICT: LOSSY
     * once a value was dropped past the retention budget.
     */
    public name: string,
    /** SEQ, DICT: the items kept (at most ITEMS_KEPT; DICT alternates keys and values). */
    public items: Value[] | null,
    /** SEQ, DICT: items added in all; LONG_STR, BYTES: the length. */
    public n: number,
    /** CALL: the callable; PID: the persistent id. */
    readonly fn: Value | null,
    /** CALL: the arguments. */
    readonly args: Value | null,
    /** BYTES: the data when kept. */
    readonly data: Buffer | null,
  ) {}
}

/** A value on the stack or in the memo: plain data as primitives (no allocation), the rest as a Node. */
export type Value = number | bigint | string | Node;

const NONE = new Node(OTHER, '', null, 0, null, null, null);
/** Python's None (the NONE opcode), kept apart from other untracked values: joblib treats None and True differently. */
const PY_NONE = new Node(OTHER, 'None', null, 0, null, null, null);
const OPAQUE = NONE;
const LEGACY_TORCH_MAGIC = 0x1950a86a20f9469cfc6cn;
const EMPTY = Buffer.alloc(0);

const seqNode = (type: string, items: Value[], n: number): Node => new Node(SEQ, type, items, n, null, null, null);
/**
 * The items of an empty container, shared: most dicts and lists of dense pickles get their items later (a
 * first SETITEM makes a two-item array), so the empty array each would allocate is garbage at once. Never
 * written: `ownItems` gives a container its own array before the first push.
 */
const NO_ITEMS: Value[] = [];
const dictNode = (): Node => new Node(DICT, '', NO_ITEMS, 0, null, null, null);
/** A container's items, made its own (not the shared NO_ITEMS) so they can be pushed to. */
function ownItems(c: Node): Value[] {
  if (c.items === NO_ITEMS) c.items = [];
  return c.items!;
}
const callNode = (fn: Value, args: Value | null, op: string): Node => new Node(CALL, op, null, 0, fn, args, null);
const bytesNode = (data: Buffer | null, len: number): Node => new Node(BYTES, '', null, len, null, null, data);
const longStr = (len: number): Node => new Node(LONG_STR, '', null, len, null, null, null);
const isNode = (v: Value | null | undefined): v is Node => typeof v === 'object' && v !== null;
const isGlobal = (v: Value | null | undefined): v is Node => isNode(v) && v.k === GLOBAL;
/** A number operand (BININT..., LONG1) as a JS number. */
const numberOf = (v: Value | undefined): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined;

/** What the VM reports to its host. */
export interface PickleEvents {
  finding(rule: string, severity: Severity, message: string, offset: number): void;
  /** Bytes handed to a loader (`pickle.loads`, `torch.load`...) to scan as a nested artifact. */
  nested(data: Buffer, loader: string, offset: number): void;
  /** A bytes object of at least 8 bytes that was kept (it may hold a pickle someone loads later). */
  bytes?(data: Buffer, offset: number): void;
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
  /**
   * Total characters of long strings (over SHORT_STRING) and bytes decoded and kept in one pickle; past it
   * they are known by length only. Short strings are always decoded: module and attribute names for
   * STACK_GLOBAL are short, and the stack, memo and container bounds bound their memory.
   */
  maxStringBytes: number;
}

export const DEFAULT_PICKLE_LIMITS: PickleLimits = {
  keepPayload: 1 << 20,
  maxStack: 500_000,
  maxLine: 16 << 20,
  maxRetained: 300_000,
  maxStringBytes: 64 << 20,
};

const ITEMS_KEPT = 64;
/** The name of a dict whose kept items lost a value past the retention budget (keys and values no longer pair). */
const LOSSY = '~lossy';
/** Strings up to this length are always decoded (and count as small leaves). */
const SHORT_STRING = 256;
/** Memo indices whose values are kept in a dense array; later ones keep only globals and small values. */
const MEMO_DENSE = 1 << 16;
const MEMO_SPARSE = 50_000;

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

/**
 * One of the scanner's own bounds (stack depth, MARKs, line length, sparse memo keys) was reached by opcodes
 * CPython accepts: the rest of the stream was not checked. Never evidence that the bytes are not a pickle.
 */
export class PickleLimitError extends PickleError {}

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
  if (v === undefined) return '?';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v !== 'object') return String(v);
  switch (v.k) {
    case GLOBAL:
      return v.name;
    case LONG_STR:
      return `<${v.n} chars>`;
    case BYTES:
      return `<${v.n} bytes>`;
    case CALL:
      return depth > 2
        ? `${describe(v.fn ?? undefined, depth + 1)}(…)`
        : `${describe(v.fn ?? undefined, depth + 1)}(${describe(v.args ?? undefined, depth + 1)})`;
    case SEQ:
    case DICT:
      return depth > 2
        ? '…'
        : `(${v
            .items!.slice(0, 4)
            .map((i) => describe(i, depth + 1))
            .join(', ')}${v.n > 4 ? ', …' : ''})`;
    default:
      return '…';
  }
}

/** What kind of value a computed callee is, for messages. */
function kindName(v: Value): string {
  if (typeof v === 'string') return 'str';
  if (typeof v !== 'object') return 'num';
  return ['global', 'str', 'bytes', 'seq', 'dict', 'call', 'pid', 'other'][v.k]!;
}

/** Machine state that a nested pickle (joblib object arrays) saves and restores. */
/**
 * The memo past MEMO_DENSE: at most MEMO_SPARSE values, by index. Chunks of CHUNK_SLOTS slots in a map, with the
 * last chunk used cached: memo indices come in order (MEMOIZE numbers them `len(memo)`) and GETs mostly read
 * recent ones, so nearly every access is an array index instead of a lookup in a map of 50,000 entries (the
 * hottest path of opcode-dense pickles). Worst case (indices spread apart): MEMO_SPARSE chunks of 32 slots.
 */
class SparseMemo {
  size = 0;
  private readonly chunks = new Map<number, (Value | undefined)[]>();
  private lastKey = -1;
  private last: (Value | undefined)[] = [];

  private chunk(idx: number, create: boolean): (Value | undefined)[] | undefined {
    const key = Math.floor(idx / CHUNK_SLOTS);
    if (key === this.lastKey) return this.last;
    let c = this.chunks.get(key);
    if (!c) {
      if (!create) return undefined;
      c = [];
      this.chunks.set(key, c);
    }
    this.lastKey = key;
    this.last = c;
    return c;
  }

  get(idx: number): Value | undefined {
    return this.chunk(idx, false)?.[idx % CHUNK_SLOTS];
  }

  set(idx: number, v: Value): void {
    const c = this.chunk(idx, true)!;
    const i = idx % CHUNK_SLOTS;
    // fill up to the slot so the array stays packed (holes make V8 fall back to slower elements)
    while (c.length < i) c.push(undefined);
    if (c[i] === undefined) this.size++;
    c[i] = v;
  }

  delete(idx: number): void {
    const c = this.chunk(idx, false);
    const i = idx % CHUNK_SLOTS;
    if (c === undefined || c[i] === undefined) return;
    c[i] = undefined;
    this.size--;
  }
}
const CHUNK_SLOTS = 32;

interface Frame {
  stack: Value[];
  marks: number[];
  memo: SparseMemo;
  arr: Value[];
  bits: Uint8Array;
  big: Set<number>;
  len: number;
  proto: number;
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
  /** Calls of imported callables (REDUCE, NEWOBJ, OBJ, INST): a loader has run code once one is reached. */
  calls = 0;

  private pos = 0; // absolute offset of buf[0]
  private buf: Buffer = EMPTY;
  private skip = 0;
  private stack: Value[] = [];
  private marks: number[] = [];
  /** Stack index of the innermost MARK (0 without one): values below it cannot be popped. */
  private floor = 0;
  /** Sparse memo (indices from MEMO_DENSE). */
  private memo = new SparseMemo();
  /** Memo values for the first MEMO_DENSE indices (the common case); NONE where nothing is kept. */
  private memoArr: Value[] = [];
  private proto = 0;
  private inPickle = false;
  private retained = 0;
  private stringBytes = 0;
  private stopped = false;
  /** Pickles running inside another (joblib object arrays): the outer machine state to return to. */
  private frames: Frame[] = [];
  /** joblib array data follows: read the one-byte padding length first. */
  private padNext = false;
  /** The stream is a legacy (pre-1.6, non-zip) torch.save file. */
  legacyTorch = false;
  /** Set when a pickle ended and the host wants to stop at the next STOP (legacy torch: a fixed count). */
  maxPickles = Infinity;
  private readonly maxStack: number;
  /** NumpyArrayWrappers met (joblib.load reads array data after them; plain pickle.load does not). */
  wrappers = 0;

  constructor(
    private readonly events: PickleEvents,
    private readonly policy: GlobalPolicy,
    private readonly limits: PickleLimits = DEFAULT_PICKLE_LIMITS,
    /** Model plain `pickle.load` (torch.load, pandas.read_pickle) instead of joblib's NumpyUnpickler. */
    private readonly plain = false,
  ) {
    this.maxStack = limits.maxStack;
  }

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
      // an opcode was cut at the end of the last chunk: join the rest to this chunk in a reused buffer
      const total = this.buf.length + data.length;
      if (this.scratch.length < total) this.scratch = Buffer.allocUnsafe(Math.max(total, this.scratch.length * 2));
      this.buf.copy(this.scratch, 0);
      data.copy(this.scratch, this.buf.length);
      data = this.scratch.subarray(0, total);
    }
    let consumed: number;
    try {
      consumed = this.run(data);
    } catch (error) {
      // a loader that raises has run every opcode before: deferred imports are reported as they are
      if (this.getattrs.length > 0) this.flushGetattrs(false);
      throw error;
    }
    this.pos += consumed;
    // the cut opcode is copied out: chunks (and the scratch buffer) are reused by the caller
    this.buf = consumed >= data.length ? EMPTY : Buffer.from(data.subarray(consumed));
  }

  /** Where a cut opcode and the next chunk are joined (grows to chunk + kept payload at most). */
  private scratch: Buffer = EMPTY;

  /** The stream ended: a pickle still open is truncated. */
  end(): void {
    if (this.stopped) return;
    if (this.getattrs.length > 0) this.flushGetattrs(false);
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
    const stack = this.stack;
    if (stack.length <= this.floor) this.fail('stack underflow', at);
    return stack.pop()!;
  }

  private top(at: number): Value {
    const stack = this.stack;
    if (stack.length <= this.floor) this.fail('stack underflow', at);
    return stack[stack.length - 1]!;
  }

  private pushMark(at: number): void {
    if (this.marks.length >= this.maxStack) throw new PickleLimitError(`more than ${this.maxStack} nested MARKs`, at);
    this.floor = this.stack.length;
    this.marks.push(this.floor);
  }

  /** Pops the innermost MARK; returns the stack index of the first value above it. */
  private unmark(at: number): number {
    const marks = this.marks;
    const m = marks.pop();
    if (m === undefined) this.fail('MARK expected on the stack', at);
    this.floor = marks.length > 0 ? marks[marks.length - 1]! : 0;
    return m;
  }

  /** Pops the values above the innermost MARK, and the MARK. */
  private popMark(at: number): Value[] {
    return this.stack.splice(this.unmark(at));
  }

  /** TUPLE, LIST, FROZENSET: a container of the values above the innermost MARK, which are popped. */
  private seqFromMark(type: string, at: number): Node {
    const m = this.unmark(at);
    const stack = this.stack;
    const count = stack.length - m;
    if (count <= 8 && this.retained < this.limits.maxRetained) {
      // small containers take the values as they are
      this.retained += count;
      const items = itemsOf(stack, m, count);
      truncate(stack, m);
      return seqNode(type, items, count);
    }
    if (count <= ITEMS_KEPT) {
      // past the retention budget: only the small values (shapes, dtypes, call arguments) stay visible. They are
      // moved down in place (the values above the MARK are popped anyway) and copied into an array of their
      // exact size: no scratch array, no array grown by push (17 slots reserved where most tuples keep 4 or 5)
      let k = m;
      for (let i = m; i < stack.length; i++) {
        const x = stack[i]!;
        if (isSmall(x)) stack[k++] = x;
      }
      const items = itemsOf(stack, m, k - m);
      truncate(stack, m);
      return seqNode(type, items, count);
    }
    const v = seqNode(type, [], 0);
    this.keep(v, stack, m);
    truncate(stack, m);
    return v;
  }

  private push(v: Value, at: number): void {
    if (this.stack.length >= this.maxStack) throw new PickleLimitError(`stack deeper than ${this.maxStack} values`, at);
    this.stack.push(v);
  }

  /** Adds one item to a container's kept items (at most ITEMS_KEPT); past the retention budget only small ones. */
  private keepOne(c: Node, v: Value): void {
    c.n++;
    if (c.items!.length >= ITEMS_KEPT) return;
    if (this.retained >= this.limits.maxRetained && !isSmall(v)) {
      if (c.k === DICT) c.name = LOSSY;
      return;
    }
    ownItems(c).push(v);
    this.retained++;
  }

  /**
   * SETITEM into an empty dict: the pair becomes a two-item array literal, where pushing into the empty array
   * would allocate a 16-slot backing store (the commonest dict of dense pickles holds one pair). Exactly what
   * two `keepOne` calls keep; false (nothing done) where they would keep only one of the two.
   */
  private firstPair(c: Node, k: Value, v: Value): boolean {
    if (this.retained + 1 >= this.limits.maxRetained && !(isSmall(k) && isSmall(v))) return false;
    c.items = [k, v];
    c.n++;
    this.retained += 2;
    return true;
  }

  /**
   * Adds `add[from..]` to a container's kept items (at most ITEMS_KEPT). Past the retention budget only
   * small leaves (numbers, short strings, globals) are kept: shapes and call arguments stay visible while
   * memory stays bounded.
   */
  private keep(c: Node, add: Value[], from = 0): void {
    c.n += add.length - from;
    if (from >= add.length) return;
    const items = ownItems(c);
    for (let i = from; i < add.length && items.length < ITEMS_KEPT; i++) {
      const v = add[i]!;
      if (this.retained >= this.limits.maxRetained && !isSmall(v)) {
        if (c.k === DICT) c.name = LOSSY;
        continue;
      }
      items.push(v);
      this.retained++;
    }
  }

  private seq(type: string, items: Value[]): Node {
    if (items.length === 0) return seqNode(type, NO_ITEMS, 0);
    if (items.length <= 8 && this.retained < this.limits.maxRetained) {
      // small fresh arrays (TUPLE1-3, popped marks) are taken over as they are
      this.retained += items.length;
      return seqNode(type, items, items.length);
    }
    const v = seqNode(type, [], 0);
    this.keep(v, items);
    return v;
  }

  /** A decoded string: reported to the secrets check when long enough, known by length past the budget. */
  private str(s: string): Value {
    const n = s.length;
    if (n > SHORT_STRING) {
      if (this.stringBytes + n > this.limits.maxStringBytes) return longStr(n);
      this.stringBytes += n;
    }
    if (n >= 20 && n <= 4096 && this.events.text) this.events.text(s);
    return s;
  }

  /** A bytes value at `at`, reported to the host when kept and long enough to hold a pickle. */
  private bytesAt(data: Buffer | undefined, n: number, at: number): Node {
    const v = this.bytes(data, n);
    if (v.data !== null && n >= 8 && this.events.bytes) this.events.bytes(v.data, at);
    return v;
  }

  /** Bytes payload: copied out of the chunk while the budget lasts. */
  private bytes(data: Buffer | undefined, n: number): Node {
    if (data === undefined || this.stringBytes + n > this.limits.maxStringBytes) return bytesNode(null, n);
    this.stringBytes += n;
    return bytesNode(Buffer.from(data), n);
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
      if (this.memoBig.size >= 100_000) throw new PickleLimitError('more than 100000 sparse memo keys', this.pos);
      this.memoBig.add(idx);
      this.memoLen++;
      return true;
    }
    return false;
  }

  private memoPut(idx: number, v: Value): void {
    const fresh = this.markKey(idx);
    if (idx < MEMO_DENSE) {
      let keep = v !== NONE;
      if (keep && typeof v === 'object' && v.k !== GLOBAL && !isSmall(v)) {
        // containers, calls and bytes count against the retention budget
        if (this.retained >= this.limits.maxRetained) keep = false;
        else this.retained += v.items !== null ? 1 + v.items.length : 1;
      }
      // keep the array packed (no holes): V8 handles packed arrays much faster
      const arr = this.memoArr;
      while (arr.length < idx) arr.push(NONE);
      arr[idx] = keep ? v : NONE;
      return;
    }
    // past the dense part: globals always, small values while the sparse map has room
    if (v !== NONE && (isGlobal(v) || (this.memo.size < MEMO_SPARSE && isSmall(v)))) this.memo.set(idx, v);
    else if (!fresh) this.memo.delete(idx);
  }

  /**
   * Values not kept (past the memory budget) come back opaque: conservative, since any callable they could
   * name was judged when it was imported, and a name the scanner cannot see is itself a finding
   * (pickle.dynamic-global).
   */
  /** GET of a key never PUT: CPython raises "Memo value not found", so nothing after it runs. */
  private memoGetChecked(k: bigint | number, at: number): Value {
    const idx = Number(k);
    if (!this.hasKey(idx)) this.fail(`memo key ${k} read before it was stored`, at);
    const v = this.memoGet(idx);
    if (typeof v === 'object' && v.k === GLOBAL) v.n++;
    return v;
  }

  private hasKey(idx: number): boolean {
    if (idx < 0) return false;
    if (idx < 1 << 29) {
      const byte = idx >>> 3;
      return byte < this.memoBits.length && (this.memoBits[byte]! & (1 << (idx & 7))) !== 0;
    }
    return this.memoBig.has(idx);
  }

  private memoGet(idx: number): Value {
    return (idx < MEMO_DENSE ? this.memoArr[idx] : this.memo.get(idx)) ?? OPAQUE;
  }

  /**
   * An import. A GLOBAL node keeps its module in `fn` (for getattr resolution) and counts in `n` the copies GET and
   * DUP made of it. `mapped`: the name was already through fix_imports (a resolved getattr).
   */
  private global(module: string, name: string, op: string, at: number, mapped = false): Node {
    const [m, n] = mapped ? [module, name] : fixImports(module, name, this.proto);
    const full = `${m}.${n}`;
    const shown = m === module && n === name ? full : `${full} (written as ${module}.${name}, mapped by fix_imports)`;
    if (this.imports.size < 10_000 || this.imports.has(full)) this.imports.set(full, (this.imports.get(full) ?? 0) + 1);
    const verdict = this.policy.judge(m, n);
    const node = new Node(GLOBAL, full, null, 0, m, null, null);
    if (verdict.severity !== 'safe') {
      const message = `${op} at offset ${at} imports \`${shown}\`: ${verdict.reason}`;
      // getattr(<class>, '<name>') is how pickle writes a classmethod (zoneinfo.ZoneInfo._unpickle): judged by what
      // it resolves to when every copy of the import is called that way, else reported as the import it is
      if (full === 'builtins.getattr' && this.getattrs.length < 64)
        this.getattrs.push({ node, rule: verdict.rule, severity: verdict.severity, message, at, resolved: 0 });
      else this.events.finding(verdict.rule, verdict.severity, message, at);
    }
    return node;
  }

  /** Imports of builtins.getattr whose finding waits for how each copy is used (at most 64 per pickle). */
  private getattrs: {
    node: Node;
    rule: string;
    severity: Severity;
    message: string;
    at: number;
    resolved: number;
  }[] = [];

  /**
   * `getattr(<imported class>, '<constant>')` called by REDUCE: the attribute it returns, judged as an import of
   * `module.Class.name` (dunder names included). Undefined for any other arguments.
   */
  private resolveGetattr(args: Value | null, at: number): Node | undefined {
    if (!isNode(args) || args.k !== SEQ || args.n !== 2 || args.items!.length !== 2) return undefined;
    const [owner, attr] = args.items as [Value, Value];
    if (!isGlobal(owner) || typeof owner.fn !== 'string' || typeof attr !== 'string') return undefined;
    const qual = owner.name.slice(owner.fn.length + 1);
    return this.global(owner.fn, `${qual}.${attr}`, 'getattr', at, true);
  }

  /** Reports the deferred getattr imports some copy of which was not consumed by a resolved call (`all`: every one). */
  private flushGetattrs(all: boolean): void {
    for (const g of this.getattrs)
      if (all || g.resolved < 1 + g.node.n) this.events.finding(g.rule, g.severity, g.message, g.at);
    this.getattrs = [];
  }

  private call(fn: Value, args: Value | null, op: string, at: number): Node {
    if (!isGlobal(fn)) {
      this.events.finding(
        'pickle.indirect-call',
        'high',
        `${op} at offset ${at} calls ${isNode(fn) && fn.k === CALL ? `the result of ${describe(fn)}` : `a computed value (${kindName(fn)})`}, not an imported callable: a way to reach callables the import check cannot see`,
        at,
      );
      return callNode(fn, args, op);
    }
    this.calls++;
    if (this.getattrs.length > 0 && fn.name === 'builtins.getattr') {
      const g = this.getattrs.find((x) => x.node === fn);
      const resolved = g && op === 'REDUCE' ? this.resolveGetattr(args, at) : undefined;
      if (resolved) {
        g!.resolved++;
        return resolved;
      }
      if (g) this.flushGetattrs(true);
    }
    // protocol 2 writes bytes as _codecs.encode(str, 'latin1')
    if ((fn.name === '_codecs.encode' || fn.name === 'codecs.encode') && isNode(args) && args.k === SEQ) {
      const s = args.items![0];
      if (typeof s === 'string') return this.bytesAt(Buffer.from(s, 'latin1'), s.length, at);
    }
    if (LOADERS.has(fn.name)) this.nestedFrom(args, fn.name, at, 0);
    return callNode(fn, args, op);
  }

  private nestedFrom(v: Value | null | undefined, loader: string, at: number, depth: number): void {
    if (v === null || v === undefined || depth > 4) return;
    if (typeof v === 'string') {
      if (v.length > 1) this.events.nested(Buffer.from(v, 'latin1'), loader, at);
    } else if (!isNode(v)) return;
    else if (v.k === BYTES && v.data) this.events.nested(v.data, loader, at);
    else if (v.k === BYTES || v.k === LONG_STR)
      this.events.finding(
        'pickle.nested-unscanned',
        'high',
        `${loader} at offset ${at} is handed ${v.n} bytes that the scanner did not keep (larger than ${this.limits.keepPayload} bytes, or past the ${this.limits.maxStringBytes}-byte budget for one pickle), so that nested payload was not unwrapped and scanned`,
        at,
      );
    else if (v.k === SEQ || v.k === DICT) for (const i of v.items!) this.nestedFrom(i, loader, at, depth + 1);
    else if (v.k === CALL) this.nestedFrom(v.args, loader, at, depth + 1);
  }

  /**
   * joblib's NumpyUnpickler, after any BUILD, checks `isinstance(stack[-1], NumpyArrayWrapper)` and then reads
   * the array: an inline pickle for dtypes with objects, else `count * dtype.itemsize` raw bytes (after a
   * padding byte and padding when the wrapper has `numpy_array_alignment_bytes`).
   */
  private joblibArray(state: Value, at: number): void {
    this.wrappers++;
    if (!isNode(state) || state.k !== DICT) this.fail('NumpyArrayWrapper state is not a dict', at);
    // past the retention budget a dict keeps only small values: once one was dropped, keys and values no longer pair up
    if (state.name === LOSSY)
      this.fail('NumpyArrayWrapper state lost values past the retention budget: the array cannot be sized', at);
    const items = state.items!;
    const get = (key: string): Value | undefined => {
      for (let i = 0; i + 1 < items.length; i += 2) if (items[i] === key) return items[i + 1];
      return undefined;
    };
    const info = this.dtypeInfo(get('dtype'), 0);
    if (!info) this.fail('joblib array with a dtype the scanner cannot size', at);
    if (info.hasObject) {
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
      this.resetMachine();
      return;
    }
    const shape = get('shape');
    let count = 1;
    if (!isNode(shape) || shape.k !== SEQ || shape.items!.length !== shape.n)
      this.fail('joblib array with an unknown shape', at);
    for (const d of shape.items!) {
      const v = numberOf(d);
      if (v === undefined || v < 0) this.fail('joblib array with an unknown shape', at);
      count *= v;
    }
    const total = count * info.itemsize;
    if (!Number.isSafeInteger(total)) this.fail(`joblib array of ${total} bytes`, at);
    const align = get('numpy_array_alignment_bytes');
    this.skip += total;
    // joblib reads a padding byte (and that many bytes) whenever the attribute is not None: 16, 0, True, a float
    if (align !== undefined && align !== PY_NONE) this.padNext = true;
  }

  /** States BUILT onto `numpy.dtype(...)` results (itemsize, fields, flags). */
  private readonly dtypeStates = new WeakMap<Node, Value>();

  /**
   * `dtype.itemsize` and `dtype.hasobject` of a pickled numpy.dtype: from its BUILD state (elsize, fields,
   * subarray, flags bit 0 = holds objects) or its descr (`f8`, `b1`, `M8`). Undefined when unknown.
   */
  private dtypeInfo(dtype: Value | undefined, depth: number): { itemsize: number; hasObject: boolean } | undefined {
    if (!isNode(dtype) || dtype.k !== CALL || !isGlobal(dtype.fn) || depth > 8) return undefined;
    if (dtype.fn.name !== 'numpy.dtype' && dtype.fn.name !== 'numpy.core.multiarray.dtype') return undefined;
    const args = dtype.args;
    const descr = isNode(args) && args.k === SEQ ? args.items![0] : undefined;
    if (typeof descr !== 'string') return undefined;
    const m = /^[<>|=]?([a-zA-Z?])(\d*)$/.exec(descr);
    if (!m) return undefined;
    let hasObject = m[1] === 'O';
    let itemsize = m[2] ? Number(m[2]) : m[1] === '?' ? 1 : NaN;
    const st = this.dtypeStates.get(dtype);
    if (isNode(st) && st.k === SEQ) {
      const f = st.items!;
      const elsize = numberOf(f[5]);
      if (elsize !== undefined && elsize > 0) itemsize = elsize;
      const flags = numberOf(f[7]);
      if (flags !== undefined && flags & 1) hasObject = true;
      const sub = f[2];
      if (isNode(sub) && sub.k === SEQ) {
        const inner = this.dtypeInfo(sub.items![0], depth + 1);
        if (!inner) return undefined;
        hasObject ||= inner.hasObject;
      }
      const fields = f[4];
      if (isNode(fields) && fields.k === DICT) {
        if (fields.items!.length >= ITEMS_KEPT) return undefined; // items may have been dropped
        for (let i = 1; i < fields.items!.length; i += 2) {
          const t = fields.items![i]!;
          const inner = isNode(t) && t.k === SEQ ? this.dtypeInfo(t.items![0], depth + 1) : undefined;
          if (!inner) return undefined;
          hasObject ||= inner.hasObject;
        }
      }
    } else if (m[1] === 'V' || m[1] === 'U') return undefined;
    if (m[1] === 'U' && !(isNode(st) && st.k === SEQ && (numberOf(st.items![5]) ?? 0) > 0)) itemsize *= 4;
    if (!Number.isFinite(itemsize)) return undefined;
    return { itemsize, hasObject };
  }

  /** The class an object was made from: `cls(...)`, `copyreg.__newobj__(cls, ...)`, `_reconstructor(cls, ...)`. */
  private classOf(obj: Node): string | undefined {
    if (obj.k !== CALL || !isGlobal(obj.fn)) return undefined;
    const fn = obj.fn.name;
    if (fn === 'copyreg.__newobj__' || fn === 'copyreg.__newobj_ex__' || fn === 'copyreg._reconstructor') {
      const a = obj.args;
      const first = isNode(a) && a.k === SEQ ? a.items![0] : undefined;
      return isGlobal(first) ? first.name : undefined;
    }
    if (
      obj.name === 'NEWOBJ_EX' ||
      obj.name === 'NEWOBJ' ||
      obj.name === 'REDUCE' ||
      obj.name === 'OBJ' ||
      obj.name === 'INST'
    )
      return fn;
    return undefined;
  }

  /** A fresh stack and memo (a new pickle, or one nested inside a joblib array). */
  private resetMachine(): void {
    this.stack = [];
    this.marks = [];
    this.floor = 0;
    this.memo = new SparseMemo();
    this.memoArr = [];
    this.memoBits = new Uint8Array(1024);
    this.memoBig = new Set();
    this.memoLen = 0;
    this.proto = 0;
  }

  private build(obj: Value, state: Value, at: number): void {
    if (!isNode(obj)) return;
    if (
      obj.k === CALL &&
      isGlobal(obj.fn) &&
      (obj.fn.name === 'numpy.dtype' || obj.fn.name === 'numpy.core.multiarray.dtype')
    )
      this.dtypeStates.set(obj, state);
    // only the outer pickle is read by joblib's NumpyUnpickler: the inline pickle of an object array is read by
    // plain pickle.load (joblib's read_array), where a NumpyArrayWrapper is just an object and no array data follows
    if (!this.plain && this.frames.length === 0 && this.classOf(obj) === 'joblib.numpy_pickle.NumpyArrayWrapper') {
      this.joblibArray(state, at);
      return;
    }
    if (obj.k === GLOBAL) {
      this.events.finding(
        'pickle.build-on-global',
        'high',
        `BUILD at offset ${at} sets attributes on the imported object \`${obj.name}\` itself (state ${describe(state)}): this changes a module or class for everything that uses it afterwards`,
        at,
      );
    }
  }

  /** Executes opcodes in `b` from 0; returns the bytes consumed (an incomplete opcode stays for the next chunk). */
  // The opcode dispatch is one switch on purpose: it is the scan's hot loop, where a split would add a call per
  // opcode, and each case is a few lines that read like pickletools' opcode table.
  // eslint-disable-next-line max-lines-per-function
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
        this.resetMachine();
        this.retained = 0;
        this.stringBytes = 0;
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
          this.pushMark(at);
          break;
        case 0x2e: {
          // STOP
          if (this.frames.length > 0) {
            const result = this.pop(at);
            const f = this.frames.pop()!;
            this.stack = f.stack;
            this.marks = f.marks;
            this.floor = f.marks.length > 0 ? f.marks[f.marks.length - 1]! : 0;
            this.memo = f.memo;
            this.memoArr = f.arr;
            this.memoBits = f.bits;
            this.memoBig = f.big;
            this.memoLen = f.len;
            this.proto = f.proto;
            this.stack[this.stack.length - 1] = result;
            break;
          }
          // CPython pops the result: STOP on an empty stack (or only a MARK) is an underflow error
          this.lastResult = this.pop(at);
          if (this.getattrs.length > 0) this.flushGetattrs(false);
          this.pickles++;
          if (this.pickles === 1 && this.lastResult === LEGACY_TORCH_MAGIC) {
            // legacy torch.save: magic, protocol, sys_info, the object, storage keys, then raw storage bytes
            this.legacyTorch = true;
            this.maxPickles = 5;
          }
          this.inPickle = false;
          this.endOffset = at + 1;
          this.resetMachine();
          break;
        }
        case 0x30: // POP
          if (this.marks.length > 0 && this.stack.length === this.floor) this.popMark(at);
          else this.pop(at);
          break;
        case 0x31: // POP_MARK
          this.popMark(at);
          break;
        case 0x32: {
          // DUP
          const v = this.top(at);
          if (typeof v === 'object' && v.k === GLOBAL) v.n++;
          this.push(v, at);
          break;
        }
        case 0x4e: // NONE
          this.push(PY_NONE, at);
          break;
        case 0x88: // NEWTRUE
        case 0x89: // NEWFALSE
          this.push(NONE, at);
          break;
        case 0x4b: // BININT1
          if (len < p + 2) return p;
          this.push(b[p + 1]!, at);
          q = p + 2;
          break;
        case 0x4d: // BININT2
          if (len < p + 3) return p;
          this.push(b[p + 1]! | (b[p + 2]! << 8), at);
          q = p + 3;
          break;
        case 0x4a: // BININT
          if (len < p + 5) return p;
          this.push(b[p + 1]! | (b[p + 2]! << 8) | (b[p + 3]! << 16) | (b[p + 4]! << 24), at);
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
          this.push(v, at);
          q = p + 2 + n;
          break;
        }
        case 0x8b: {
          // LONG4
          if (len < p + 5) return p;
          const n = b.readInt32LE(p + 1);
          if (n < 0) this.fail('LONG4 with a negative length', at);
          q = this.payload(b, p, 5, n);
          if (q < 0) return p;
          this.push(0, at);
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
              throw new PickleLimitError(`${opName(op)} line longer than ${this.limits.maxLine} bytes`, at);
            return p;
          }
          q = nl + 1;
          this.lineOp(op, b, p + 1, nl, at);
          break;
        }
        case 0x63: // GLOBAL
        case 0x69: {
          // INST
          const nl1 = b.indexOf(0x0a, p + 1);
          const nl2 = nl1 < 0 ? -1 : b.indexOf(0x0a, nl1 + 1);
          if (nl2 < 0) {
            if (len - p > this.limits.maxLine)
              throw new PickleLimitError(`${opName(op)} line longer than ${this.limits.maxLine} bytes`, at);
            return p;
          }
          const module = b.toString('utf8', p + 1, nl1);
          const name = b.toString('utf8', nl1 + 1, nl2);
          q = nl2 + 1;
          // CPython decodes both lines as strict UTF-8 and imports the module: a line that is not a dotted
          // name cannot be imported, so the loader raises there and runs nothing after it
          if (!DOTTED.test(module) || !DOTTED.test(name))
            this.fail(
              `${opName(op)} names "${module.slice(0, 40)}"/"${name.slice(0, 40)}", which is not an importable dotted name`,
              at,
            );
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
          const n = op === 0x54 ? b.readInt32LE(p + 1) : u32(b, p + 1);
          if (n < 0) this.fail('BINSTRING with a negative length', at);
          const start = p + 5;
          q = this.payload(b, p, 5, n);
          if (q < 0) return p;
          this.pushPayload(op, n <= this.limits.keepPayload ? b : undefined, start, n, at);
          break;
        }
        case 0x8c: {
          // SHORT_BINUNICODE: the commonest string opcode, decoded inline
          if (len < p + 2) return p;
          const n = b[p + 1]!;
          q = p + 2 + n;
          if (len < q) return p;
          this.push(this.str(utf8(b, p + 2, n)), at);
          break;
        }
        case 0x55: // SHORT_BINSTRING
        case 0x43: {
          // SHORT_BINBYTES
          if (len < p + 2) return p;
          const n = b[p + 1]!;
          q = p + 2 + n;
          if (len < q) return p;
          this.pushPayload(op, b, p + 2, n, at);
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
          q = this.payload(b, p, 9, n);
          if (q < 0) return p;
          this.pushPayload(op, n <= this.limits.keepPayload ? b : undefined, p + 9, n, at);
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
          this.push(seqNode('tuple', NO_ITEMS, 0), at);
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
          this.push(this.seqFromMark('tuple', at), at);
          break;
        case 0x5d: // EMPTY_LIST
          this.push(seqNode('list', NO_ITEMS, 0), at);
          break;
        case 0x6c: // LIST
          this.push(this.seqFromMark('list', at), at);
          break;
        case 0x7d: // EMPTY_DICT
          this.push(dictNode(), at);
          break;
        case 0x64: {
          // DICT
          const items = this.popMark(at);
          const d = dictNode();
          this.keep(d, items);
          this.push(d, at);
          break;
        }
        case 0x8f: // EMPTY_SET
          this.push(seqNode('set', NO_ITEMS, 0), at);
          break;
        case 0x91: // FROZENSET
          this.push(this.seqFromMark('frozenset', at), at);
          break;
        case 0x61: {
          // APPEND
          const v = this.pop(at);
          const target = this.top(at);
          if (isNode(target) && target.items !== null) this.keepOne(target, v);
          else this.addToObject(target, 'APPEND', at);
          break;
        }
        case 0x65: // APPENDS
        case 0x90: // ADDITEMS
        case 0x75: {
          // SETITEMS
          const m = this.unmark(at);
          const stack = this.stack;
          if (op === 0x75 && (stack.length - m) % 2 !== 0) this.fail('SETITEMS with an odd number of items', at);
          if (m <= this.floor) this.fail('stack underflow', at);
          const target = stack[m - 1]!;
          if (isNode(target) && target.items !== null) this.keep(target, stack, m);
          else this.addToObject(target, opName(op), at);
          truncate(stack, m);
          break;
        }
        case 0x73: {
          // SETITEM
          const v = this.pop(at);
          const k = this.pop(at);
          const target = this.top(at);
          if (isNode(target) && target.items !== null) {
            if (target.items.length === 0 && this.firstPair(target, k, v)) break;
            this.keepOne(target, k);
            this.keepOne(target, v);
            target.n--;
          } else this.addToObject(target, 'SETITEM', at);
          break;
        }
        case 0x68: // BINGET
          if (len < p + 2) return p;
          this.push(this.memoGetChecked(b[p + 1]!, at), at);
          q = p + 2;
          break;
        case 0x6a: // LONG_BINGET
          if (len < p + 5) return p;
          this.push(this.memoGetChecked(u32(b, p + 1), at), at);
          q = p + 5;
          break;
        case 0x71: // BINPUT
          if (len < p + 2) return p;
          this.memoPut(b[p + 1]!, this.top(at));
          q = p + 2;
          break;
        case 0x72: // LONG_BINPUT
          if (len < p + 5) return p;
          this.memoPut(u32(b, p + 1), this.top(at));
          q = p + 5;
          break;
        case 0x94: // MEMOIZE
          this.memoPut(this.memoLen, this.top(at));
          break;
        case 0x93: {
          // STACK_GLOBAL
          const name = this.pop(at);
          const module = this.pop(at);
          if (typeof module === 'string' && typeof name === 'string') {
            this.push(this.global(module, name, 'STACK_GLOBAL', at), at);
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
          if (cls === undefined) this.fail('OBJ without a class', at);
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
          this.push(new Node(PID, '', null, 0, pid, null, null), at);
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
  private payload(b: Buffer, p: number, hdr: number, n: number): number {
    const start = p + hdr;
    if (n <= this.limits.keepPayload) return b.length < start + n ? -1 : start + n;
    const avail = b.length - start;
    if (avail >= n) return start + n;
    this.skip = n - avail;
    return b.length;
  }

  /** Pushes the value of a string/bytes opcode whose `n` bytes start at `s` in `b` (undefined: skipped). */
  private pushPayload(op: number, b: Buffer | undefined, s: number, n: number, at: number): void {
    switch (op) {
      case 0x58:
      case 0x8d:
        this.push(b ? this.str(utf8(b, s, n)) : longStr(n), at);
        return;
      case 0x54:
      case 0x55:
        // Python 2 str: decoded as ASCII/latin1 by default
        this.push(b ? this.str(latin1(b, s, n)) : longStr(n), at);
        return;
      default:
        this.push(this.bytesAt(b?.subarray(s, s + n), n, at), at);
    }
  }

  private lineOp(op: number, b: Buffer, s: number, e: number, at: number): void {
    const line = b.toString('latin1', s, e);
    switch (op) {
      case 0x49: {
        // load_int: C strtol(s, 0) up to the newline or a NUL, else PyLong_FromString(s, 0)
        if (e - s < 1) this.fail('INT with an empty line', at);
        const v = cStrtol(line) ?? pyLongFromString(line, 0);
        if (v === undefined) this.fail(`INT argument "${line.slice(0, 40)}" is not an integer CPython accepts`, at);
        this.push(v >= -1e15 && v <= 1e15 ? Number(v) : v, at);
        return;
      }
      case 0x4c: {
        // load_long: a trailing 'L' is cut, then PyLong_FromString(s, 0)
        if (e - s < 1) this.fail('LONG with an empty line', at);
        const v = pyLongFromString(line.endsWith('L') ? line.slice(0, -1) : line, 0);
        if (v === undefined) this.fail(`LONG argument "${line.slice(0, 40)}" is not an integer CPython accepts`, at);
        this.push(v >= -1e15 && v <= 1e15 ? Number(v) : v, at);
        return;
      }
      case 0x46:
        if (!FLOAT_LINE.test(cString(line)))
          this.fail(`FLOAT argument "${line.slice(0, 40)}" is not a float CPython accepts`, at);
        this.push(NONE, at);
        return;
      case 0x67: {
        const k = pyLongFromString(line, 10);
        if (k === undefined) this.fail(`GET with a non-integer key "${line.slice(0, 40)}"`, at);
        this.push(this.memoGetChecked(k, at), at);
        return;
      }
      case 0x70: {
        const k = pyLongFromString(line, 10);
        if (k === undefined) this.fail(`PUT with a non-integer key "${line.slice(0, 40)}"`, at);
        if (k < 0n) this.fail('negative PUT argument', at);
        if (k > 0xffffffffn) this.fail(`PUT key ${k} is larger than the scanner models`, at);
        this.memoPut(Number(k), this.top(at));
        return;
      }
      case 0x50:
        this.push(new Node(PID, '', null, 0, this.str(line), null, null), at);
        return;
      case 0x53: {
        // STRING: a Python repr, quoted
        const m = /^(['"])(.*)\1$/s.exec(line);
        if (!m) this.fail('STRING argument is not a quoted string', at);
        this.push(this.str(unescapePy(m[2]!)), at);
        return;
      }
      case 0x56:
        this.push(this.str(unescapeRawUnicode(line)), at);
        return;
    }
  }

  /** Appending to or setting items on something that is not a plain container calls its methods. */
  private addToObject(target: Value, op: string, at: number): void {
    if (isGlobal(target)) {
      this.events.finding(
        'pickle.build-on-global',
        'high',
        `${op} at offset ${at} adds items to the imported object \`${target.name}\` (calls its append/extend/__setitem__)`,
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
  return typeof v !== 'object' ? typeof v !== 'string' || v.length <= SHORT_STRING : weight(v, 16) <= 16;
}

function weight(v: Value | null, budget: number): number {
  if (v === null) return 0;
  if (typeof v !== 'object') return typeof v !== 'string' || v.length <= SHORT_STRING ? 1 : budget + 1;
  if (v.k === GLOBAL || v.k === OTHER) return 1;
  if (v.k === SEQ) {
    if (v.n > 8) return budget + 1;
    let w = 1;
    for (const i of v.items!) {
      w += weight(i, budget - w);
      if (w > budget) return w;
    }
    return w;
  }
  if (v.k === CALL && isGlobal(v.fn)) return 2 + weight(v.args, budget - 2);
  return budget + 1;
}

/**
 * Drops the values of `stack` from index `m` on. A few pops where a few values go (the common case: a tuple's
 * items), one length store otherwise: setting `length` is a runtime call, about five times a pop.
 */
function truncate(stack: Value[], m: number): void {
  if (stack.length - m > 16) stack.length = m;
  else while (stack.length > m) stack.pop();
}

/**
 * `a[from..from+n)` as a new array: array literals up to 6 items (packed, exactly sized, cheapest to allocate),
 * the shared NO_ITEMS for none.
 */
function itemsOf(a: Value[], from: number, n: number): Value[] {
  switch (n) {
    case 0:
      return NO_ITEMS;
    case 1:
      return [a[from]!];
    case 2:
      return [a[from]!, a[from + 1]!];
    case 3:
      return [a[from]!, a[from + 1]!, a[from + 2]!];
    case 4:
      return [a[from]!, a[from + 1]!, a[from + 2]!, a[from + 3]!];
    case 5:
      return [a[from]!, a[from + 1]!, a[from + 2]!, a[from + 3]!, a[from + 4]!];
    case 6:
      return [a[from]!, a[from + 1]!, a[from + 2]!, a[from + 3]!, a[from + 4]!, a[from + 5]!];
    default:
      return a.slice(from, from + n);
  }
}

/** Little-endian uint32 at `p` (inlined by V8, unlike Buffer#readUInt32LE's bounds-checked call). */
function u32(b: Buffer, p: number): number {
  return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16)) + b[p + 3]! * 0x1000000;
}

type FastSlices = Buffer & { latin1Slice(s: number, e: number): string; utf8Slice(s: number, e: number): string };
const fc = String.fromCharCode;

/**
 * Decodes `n` bytes at `s` as UTF-8. Short ASCII strings (names, dict keys: most strings in a pickle) are
 * built in JS from char codes, three times faster than a call into the C++ decoder.
 */
function utf8(b: Buffer, s: number, n: number): string {
  if (n <= 16) {
    let high = 0;
    for (let i = s; i < s + n; i++) high |= b[i]!;
    if (high < 0x80) return ascii(b, s, n);
  }
  return (b as FastSlices).utf8Slice(s, s + n);
}

function latin1(b: Buffer, s: number, n: number): string {
  return n <= 16 ? ascii(b, s, n) : (b as FastSlices).latin1Slice(s, s + n);
}

/** Bytes 0-255 as the same char codes, for n <= 16 (one call builds a flat string). */
function ascii(b: Buffer, s: number, n: number): string {
  switch (n) {
    case 0:
      return '';
    case 1:
      return fc(b[s]!);
    case 2:
      return fc(b[s]!, b[s + 1]!);
    case 3:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!);
    case 4:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!);
    case 5:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!);
    case 6:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!);
    case 7:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!);
    case 8:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!);
    case 9:
      return fc(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!);
    default:
      return n <= 13 ? asciiMid(b, s, n) : asciiLong(b, s, n);
  }
}

/** `ascii` for 10 to 13 characters (split only to keep each function short). */
function asciiMid(b: Buffer, s: number, n: number): string {
  switch (n) {
    case 10:
      return fc(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
      );
    case 11:
      return fc(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
        b[s + 10]!,
      );
    case 12:
      return fc(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
        b[s + 10]!,
        b[s + 11]!,
      );
    case 13:
      return fc(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
        b[s + 10]!,
        b[s + 11]!,
        b[s + 12]!,
      );
    default:
      return asciiLong(b, s, n);
  }
}

/** `ascii` for 14 to 16 characters, and the C++ slice beyond. */
function asciiLong(b: Buffer, s: number, n: number): string {
  switch (n) {
    case 14:
      return fc(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
        b[s + 10]!,
        b[s + 11]!,
        b[s + 12]!,
        b[s + 13]!,
      );
    case 15:
      return fc(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
        b[s + 10]!,
        b[s + 11]!,
        b[s + 12]!,
        b[s + 13]!,
        b[s + 14]!,
      );
    case 16:
      return fc(
        b[s]!,
        b[s + 1]!,
        b[s + 2]!,
        b[s + 3]!,
        b[s + 4]!,
        b[s + 5]!,
        b[s + 6]!,
        b[s + 7]!,
        b[s + 8]!,
        b[s + 9]!,
        b[s + 10]!,
        b[s + 11]!,
        b[s + 12]!,
        b[s + 13]!,
        b[s + 14]!,
        b[s + 15]!,
      );
    default:
      return (b as FastSlices).latin1Slice(s, s + n);
  }
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

/** A dotted Python name (module or protocol-4 qualname) as `find_class` can import it. */
const DOTTED =
  /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*(\.[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)*$/u;

/** A C string: the line up to its first NUL (`_pickle` copies the line and C parsers stop at NUL). */
const cString = (line: string): string => {
  const z = line.indexOf('\0');
  return z < 0 ? line : line.slice(0, z);
};

/** What PyOS_string_to_double accepts, then a newline or NUL (load_float). */
const FLOAT_LINE = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;

const C_SPACE = ' \t\n\v\f\r';

/**
 * glibc `strtol(s, &end, 0)` as load_int calls it: leading C whitespace, a sign, `0x` (hex), a leading `0`
 * (octal) or decimal; accepted only when parsing stops at the newline or a NUL. Undefined otherwise
 * (load_int then falls back to PyLong_FromString).
 */
export function cStrtol(line: string): bigint | undefined {
  const t = cString(line);
  let i = 0;
  while (i < t.length && C_SPACE.includes(t[i]!)) i++;
  let neg = false;
  if (t[i] === '+' || t[i] === '-') neg = t[i++] === '-';
  let base = 10;
  if (t[i] === '0' && (t[i + 1] === 'x' || t[i + 1] === 'X') && /[0-9a-fA-F]/.test(t[i + 2] ?? '')) {
    base = 16;
    i += 2;
  } else if (t[i] === '0') base = 8;
  const digits = base === 16 ? /[0-9a-fA-F]/ : base === 8 ? /[0-7]/ : /[0-9]/;
  const start = i;
  while (i < t.length && digits.test(t[i]!)) i++;
  if (i === start || i !== t.length) return undefined;
  let v = 0n;
  for (const c of t.slice(start, i)) v = v * BigInt(base) + BigInt(parseInt(c, 16));
  if (v > 0x7fffffffffffffffn + (neg ? 1n : 0n)) return undefined; // ERANGE: load_int retries with PyLong
  return neg ? -v : v;
}

/**
 * CPython's PyLong_FromString(s, NULL, base) on the line (as a C string, with its newline): surrounding
 * whitespace, a sign, `0x`/`0o`/`0b` prefixes (base 0), single underscores between digits, no leading
 * zeros in base-0 decimals. Undefined when CPython raises.
 */
export function pyLongFromString(line: string, base: 0 | 10): bigint | undefined {
  const t = cString(line).replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  let i = 0;
  let neg = false;
  if (t[i] === '+' || t[i] === '-') neg = t[i++] === '-';
  let b = 10;
  let body = t.slice(i);
  if (base === 0 && /^0[xXoObB]/.test(body)) {
    b = { x: 16, o: 8, b: 2 }[body[1]!.toLowerCase() as 'x' | 'o' | 'b'];
    body = body.slice(2);
    if (body.startsWith('_')) body = body.slice(1);
  }
  const digit = b === 16 ? '[0-9a-fA-F]' : b === 8 ? '[0-7]' : b === 2 ? '[01]' : '[0-9]';
  if (!new RegExp(`^${digit}+(_${digit}+)*$`).test(body)) return undefined;
  const clean = body.replace(/_/g, '');
  if (base === 0 && b === 10 && clean.length > 1 && clean[0] === '0' && /[1-9]/.test(clean)) return undefined;
  let v = 0n;
  for (const c of clean) v = v * BigInt(b) + BigInt(parseInt(c, 16));
  return neg ? -v : v;
}
