/**
 * A decoder for raw LZMA ("alone", `.lzma`) streams, as joblib's `compress='lzma'` writes them: 5 property
 * bytes, an 8-byte uncompressed size (all ones: unknown, ended by an end marker), then the range-coded data.
 * A straight port of the reference decoder (LzmaSpec.cpp in the LZMA SDK, public domain). No npm package in
 * the tree reads this format (xz-decompress reads only .xz containers).
 */
import { ScanError } from './findings.js';

const PROB_INIT = 1024;
const probs = (n: number): Uint16Array => new Uint16Array(n).fill(PROB_INIT);

class RangeDecoder {
  range = 0xffffffff;
  code = 0;
  pos: number;
  constructor(
    private readonly b: Buffer,
    start: number,
  ) {
    if (b[start] !== 0) throw new ScanError('LZMA range coder does not start with a zero byte', start);
    this.pos = start + 1;
    for (let i = 0; i < 4; i++) this.code = ((this.code << 8) | this.byte()) >>> 0;
    if (this.code === this.range) throw new ScanError('LZMA stream is corrupt', start);
  }
  private byte(): number {
    if (this.pos >= this.b.length) throw new ScanError('LZMA stream is truncated', this.pos);
    return this.b[this.pos++]!;
  }
  private normalize(): void {
    if (this.range < 0x1000000) {
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.byte()) >>> 0;
    }
  }
  direct(n: number): number {
    let res = 0;
    for (let i = 0; i < n; i++) {
      this.range >>>= 1;
      let bit = 0;
      if (this.code >= this.range) {
        this.code = (this.code - this.range) >>> 0;
        bit = 1;
      }
      res = ((res << 1) | bit) >>> 0;
      this.normalize();
    }
    return res;
  }
  bit(p: Uint16Array, i: number): number {
    const v = p[i]!;
    const bound = (this.range >>> 11) * v;
    let symbol: number;
    if (this.code < bound) {
      p[i] = v + ((2048 - v) >>> 5);
      this.range = bound >>> 0;
      symbol = 0;
    } else {
      p[i] = v - (v >>> 5);
      this.code = (this.code - bound) >>> 0;
      this.range = (this.range - bound) >>> 0;
      symbol = 1;
    }
    this.normalize();
    return symbol;
  }
  tree(p: Uint16Array, base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) + this.bit(p, base + m);
    return m - (1 << bits);
  }
  reverse(p: Uint16Array, base: number, bits: number): number {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.bit(p, base + m);
      m = (m << 1) + bit;
      sym |= bit << i;
    }
    return sym;
  }
}

class LenDecoder {
  choice = probs(2);
  low = probs(16 << 3);
  mid = probs(16 << 3);
  high = probs(256);
  decode(rc: RangeDecoder, posState: number): number {
    if (rc.bit(this.choice, 0) === 0) return rc.tree(this.low, posState << 3, 3);
    if (rc.bit(this.choice, 1) === 0) return 8 + rc.tree(this.mid, posState << 3, 3);
    return 16 + rc.tree(this.high, 0, 8);
  }
}

/** The properties header: literal context/position bits, position bits, dictionary size, declared size. */
function readHeader(b: Buffer): {
  lc: number;
  lp: number;
  pb: number;
  dictSize: number;
  size: number;
  unknownSize: boolean;
} {
  if (b.length < 13) throw new ScanError('LZMA header is truncated', 0);
  let d = b[0]!;
  if (d >= 9 * 5 * 5) throw new ScanError(`LZMA properties byte ${d} is invalid`, 0);
  const lc = d % 9;
  d = Math.floor(d / 9);
  const lp = d % 5;
  const pb = Math.floor(d / 5);
  const dictSize = Math.max(b.readUInt32LE(1), 1 << 12);
  const sizeRaw = b.readBigUInt64LE(5);
  const unknownSize = sizeRaw === 0xffffffffffffffffn;
  return { lc, lp, pb, dictSize, size: unknownSize ? Infinity : Number(sizeRaw), unknownSize };
}

/** The sliding window (the dictionary); output leaves it in slices, everything between `flushed` and `total`. */
class OutWindow {
  readonly win: Buffer;
  wpos = 0;
  full = false;
  total = 0;
  flushed = 0;
  constructor(dictSize: number) {
    this.win = Buffer.alloc(Math.min(dictSize, 1 << 30));
  }
  put(x: number): void {
    this.win[this.wpos++] = x;
    this.total++;
    if (this.wpos === this.win.length) {
      this.wpos = 0;
      this.full = true;
    }
  }
  get(dist: number): number {
    return this.win[dist <= this.wpos ? this.wpos - dist : this.win.length - dist + this.wpos]!;
  }
  *flush(room: () => number, at: number): Generator<Buffer> {
    const { win, wpos } = this;
    const n = this.total - this.flushed;
    if (n === 0) return;
    if (n > room()) throw new ScanError(`LZMA stream expands beyond the decompression limit`, at);
    const start = (wpos - n + win.length * 2) % win.length;
    const out =
      start + n <= win.length
        ? Buffer.from(win.subarray(start, start + n))
        : Buffer.concat([win.subarray(start), win.subarray(0, wpos)]);
    this.flushed = this.total;
    yield out;
  }
}

/** The decoder state of LzmaSpec.cpp: probabilities, the four last distances and the state machine. */
class LzmaDecoder {
  readonly out: OutWindow;
  private readonly literalProbs: Uint16Array;
  private readonly posSlot = probs(4 << 6);
  private readonly posDecoders = probs(1 + 114);
  private readonly align = probs(16);
  private readonly isMatch = probs(12 << 4);
  private readonly isRep = probs(12);
  private readonly isRepG0 = probs(12);
  private readonly isRepG1 = probs(12);
  private readonly isRepG2 = probs(12);
  private readonly isRep0Long = probs(12 << 4);
  private readonly lenDec = new LenDecoder();
  private readonly repLenDec = new LenDecoder();
  private rep0 = 0;
  private rep1 = 0;
  private rep2 = 0;
  private rep3 = 0;
  private state = 0;

  constructor(
    readonly rc: RangeDecoder,
    private readonly lc: number,
    private readonly lp: number,
    private readonly pb: number,
    private readonly dictSize: number,
  ) {
    this.out = new OutWindow(dictSize);
    this.literalProbs = probs(0x300 << (lc + lp));
  }

  /** Decodes one literal or match; `false` at the end marker. */
  step(size: number): boolean {
    const { rc, out } = this;
    const posState = out.total & ((1 << this.pb) - 1);
    if (rc.bit(this.isMatch, (this.state << 4) + posState) === 0) {
      this.literal();
      return true;
    }
    let len: number;
    if (rc.bit(this.isRep, this.state) !== 0) {
      if (out.total === 0) throw new ScanError('LZMA stream repeats before any output', rc.pos);
      len = this.repMatch(posState);
      if (len < 0) return true;
    } else {
      len = this.match(posState);
      if (this.rep0 === 0xffffffff) return false; // end marker
      if (this.rep0 >= this.dictSize || (!out.full && this.rep0 >= out.wpos))
        throw new ScanError(`LZMA match distance ${this.rep0} reaches before the start of the data`, rc.pos);
    }
    len += 2;
    if (len > size - out.total) throw new ScanError('LZMA match runs past the declared size', rc.pos);
    for (let i = 0; i < len; i++) out.put(out.get(this.rep0 + 1));
    return true;
  }

  private literal(): void {
    const { rc, out, lc, lp, literalProbs } = this;
    const prev = out.total > 0 ? out.get(1) : 0;
    const litState = ((out.total & ((1 << lp) - 1)) << lc) + (prev >>> (8 - lc));
    const base = 0x300 * litState;
    let symbol = 1;
    if (this.state >= 7) {
      let matchByte = out.get(this.rep0 + 1);
      do {
        const matchBit = (matchByte >>> 7) & 1;
        matchByte <<= 1;
        const bit = rc.bit(literalProbs, base + ((1 + matchBit) << 8) + symbol);
        symbol = (symbol << 1) | bit;
        if (matchBit !== bit) break;
      } while (symbol < 0x100);
    }
    while (symbol < 0x100) symbol = (symbol << 1) | rc.bit(literalProbs, base + symbol);
    out.put(symbol - 0x100);
    this.state = this.state < 4 ? 0 : this.state < 10 ? this.state - 3 : this.state - 6;
  }

  /** A repeated distance: the match length, or -1 for the one-byte "short rep" (already written). */
  private repMatch(posState: number): number {
    const { rc, state } = this;
    if (rc.bit(this.isRepG0, state) === 0) {
      if (rc.bit(this.isRep0Long, (state << 4) + posState) === 0) {
        this.state = state < 7 ? 9 : 11;
        this.out.put(this.out.get(this.rep0 + 1));
        return -1;
      }
    } else {
      let dist: number;
      if (rc.bit(this.isRepG1, state) === 0) dist = this.rep1;
      else {
        if (rc.bit(this.isRepG2, state) === 0) dist = this.rep2;
        else {
          dist = this.rep3;
          this.rep3 = this.rep2;
        }
        this.rep2 = this.rep1;
      }
      this.rep1 = this.rep0;
      this.rep0 = dist;
    }
    this.state = state < 7 ? 8 : 11;
    return this.repLenDec.decode(rc, posState);
  }

  /** A new match: its length, with its distance in `rep0` (0xffffffff is the end marker). */
  private match(posState: number): number {
    const { rc } = this;
    this.rep3 = this.rep2;
    this.rep2 = this.rep1;
    this.rep1 = this.rep0;
    const len = this.lenDec.decode(rc, posState);
    this.state = this.state < 7 ? 7 : 10;
    const slot = rc.tree(this.posSlot, Math.min(len, 3) << 6, 6);
    if (slot < 4) this.rep0 = slot;
    else {
      const numDirect = (slot >>> 1) - 1;
      let dist = ((2 | (slot & 1)) << numDirect) >>> 0;
      if (slot < 14) dist = (dist + rc.reverse(this.posDecoders, dist - slot, numDirect)) >>> 0;
      else {
        dist = (dist + (rc.direct(numDirect - 4) << 4)) >>> 0;
        dist = (dist + rc.reverse(this.align, 0, 4)) >>> 0;
      }
      this.rep0 = dist;
    }
    return len;
  }
}

/**
 * Decodes a whole `.lzma` stream held in `b`, yielding output in chunks of up to 1 MiB; `room()` returns how
 * many more bytes may be produced (the decompression bomb limit), checked as the output grows.
 */
export function* lzmaAlone(b: Buffer, room: () => number): Generator<Buffer> {
  const { lc, lp, pb, dictSize, size, unknownSize } = readHeader(b);
  const rc = new RangeDecoder(b, 13);
  const dec = new LzmaDecoder(rc, lc, lp, pb, dictSize);
  const out = dec.out;
  while (out.total < size) {
    // never let unflushed output reach the window size
    if (out.total - out.flushed >= Math.min(1 << 20, out.win.length - 273)) yield* out.flush(room, rc.pos);
    if (!dec.step(size)) break;
  }
  if (!unknownSize && out.total !== size) throw new ScanError('LZMA stream ended early', rc.pos);
  yield* out.flush(room, rc.pos);
}
