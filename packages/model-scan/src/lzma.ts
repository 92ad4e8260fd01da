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

/**
 * Decodes a whole `.lzma` stream held in `b`, yielding output in chunks of up to 1 MiB; `room()` returns how
 * many more bytes may be produced (the decompression bomb limit), checked as the output grows.
 */
export function* lzmaAlone(b: Buffer, room: () => number): Generator<Buffer> {
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
  const size = unknownSize ? Infinity : Number(sizeRaw);
  const rc = new RangeDecoder(b, 13);
  const win = Buffer.alloc(Math.min(dictSize, 1 << 30));
  let wpos = 0;
  let full = false;
  let total = 0;
  let flushed = 0;
  const literal = probs(0x300 << (lc + lp));
  const posSlot = probs(4 << 6);
  const posDecoders = probs(1 + 114);
  const align = probs(16);
  const isMatch = probs(12 << 4);
  const isRep = probs(12);
  const isRepG0 = probs(12);
  const isRepG1 = probs(12);
  const isRepG2 = probs(12);
  const isRep0Long = probs(12 << 4);
  const lenDec = new LenDecoder();
  const repLenDec = new LenDecoder();
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  let state = 0;
  const put = (x: number): void => {
    win[wpos++] = x;
    total++;
    if (wpos === win.length) {
      wpos = 0;
      full = true;
    }
  };
  const get = (dist: number): number => win[dist <= wpos ? wpos - dist : win.length - dist + wpos]!;
  // output leaves the window in slices: everything between `flushed` and `total`
  const flush = function* (): Generator<Buffer> {
    const n = total - flushed;
    if (n === 0) return;
    if (n > room()) throw new ScanError(`LZMA stream expands beyond the decompression limit`, rc.pos);
    const start = (wpos - n + win.length * 2) % win.length;
    const out =
      start + n <= win.length
        ? Buffer.from(win.subarray(start, start + n))
        : Buffer.concat([win.subarray(start), win.subarray(0, wpos)]);
    flushed = total;
    yield out;
  };
  while (total < size) {
    // never let unflushed output reach the window size
    if (total - flushed >= Math.min(1 << 20, win.length - 273)) yield* flush();
    const posState = total & ((1 << pb) - 1);
    if (rc.bit(isMatch, (state << 4) + posState) === 0) {
      const prev = total > 0 ? get(1) : 0;
      const litState = ((total & ((1 << lp) - 1)) << lc) + (prev >>> (8 - lc));
      const base = 0x300 * litState;
      let symbol = 1;
      if (state >= 7) {
        let matchByte = get(rep0 + 1);
        do {
          const matchBit = (matchByte >>> 7) & 1;
          matchByte <<= 1;
          const bit = rc.bit(literal, base + ((1 + matchBit) << 8) + symbol);
          symbol = (symbol << 1) | bit;
          if (matchBit !== bit) break;
        } while (symbol < 0x100);
      }
      while (symbol < 0x100) symbol = (symbol << 1) | rc.bit(literal, base + symbol);
      put(symbol - 0x100);
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len: number;
    if (rc.bit(isRep, state) !== 0) {
      if (total === 0) throw new ScanError('LZMA stream repeats before any output', rc.pos);
      if (rc.bit(isRepG0, state) === 0) {
        if (rc.bit(isRep0Long, (state << 4) + posState) === 0) {
          state = state < 7 ? 9 : 11;
          put(get(rep0 + 1));
          continue;
        }
      } else {
        let dist: number;
        if (rc.bit(isRepG1, state) === 0) dist = rep1;
        else {
          if (rc.bit(isRepG2, state) === 0) dist = rep2;
          else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = repLenDec.decode(rc, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = lenDec.decode(rc, posState);
      state = state < 7 ? 7 : 10;
      // distance
      const lenState = Math.min(len, 3);
      const slot = rc.tree(posSlot, lenState << 6, 6);
      if (slot < 4) rep0 = slot;
      else {
        const numDirect = (slot >>> 1) - 1;
        let dist = ((2 | (slot & 1)) << numDirect) >>> 0;
        if (slot < 14) dist = (dist + rc.reverse(posDecoders, dist - slot, numDirect)) >>> 0;
        else {
          dist = (dist + (rc.direct(numDirect - 4) << 4)) >>> 0;
          dist = (dist + rc.reverse(align, 0, 4)) >>> 0;
        }
        rep0 = dist;
      }
      if (rep0 === 0xffffffff) break; // end marker
      if (rep0 >= dictSize || (!full && rep0 >= wpos))
        throw new ScanError(`LZMA match distance ${rep0} reaches before the start of the data`, rc.pos);
    }
    len += 2;
    if (len > size - total) throw new ScanError('LZMA match runs past the declared size', rc.pos);
    for (let i = 0; i < len; i++) put(get(rep0 + 1));
  }
  if (!unknownSize && total !== size) throw new ScanError('LZMA stream ended early', rc.pos);
  yield* flush();
}
