/**
 * Sorting Float64Arrays fast: an LSD radix sort on the IEEE-754 bit patterns (16-bit digits, 4 passes),
 * about 5–10× faster than `Float64Array.prototype.sort` on millions of values. NaNs must be removed first.
 */

/** Sorts ascending in place (same order as `Float64Array.prototype.sort` for finite values and ±0). */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 2048) return values.sort();
  const keys = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // Map to unsigned-comparable keys: flip all bits of negatives, the sign bit of positives.
  for (let i = 0; i < n; i++) {
    const hi = keys[2 * i + 1]!;
    if (hi & 0x80000000) {
      keys[2 * i + 1] = ~hi >>> 0;
      keys[2 * i] = ~keys[2 * i]! >>> 0;
    } else {
      keys[2 * i + 1] = (hi | 0x80000000) >>> 0;
    }
  }
  let src: Uint32Array = keys;
  let dst: Uint32Array = new Uint32Array(n * 2);
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 0 : 1;
    const shift = (pass & 1) * 16;
    count.fill(0);
    let same = true;
    const first = (src[word]! >>> shift) & 0xffff;
    for (let i = 0; i < n; i++) {
      const d = (src[2 * i + word]! >>> shift) & 0xffff;
      count[d]!++;
      if (d !== first) same = false;
    }
    if (same) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i]!;
      const hi = src[2 * i + 1]!;
      const d = ((word === 0 ? lo : hi) >>> shift) & 0xffff;
      const p = count[d]!++;
      dst[2 * p] = lo;
      dst[2 * p + 1] = hi;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== keys) keys.set(src);
  for (let i = 0; i < n; i++) {
    const hi = keys[2 * i + 1]!;
    if (hi & 0x80000000) {
      keys[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
    } else {
      keys[2 * i + 1] = ~hi >>> 0;
      keys[2 * i] = ~keys[2 * i]! >>> 0;
    }
  }
  return values;
}

const SEG_BITS = 16;
const SEG = 1 << SEG_BITS;
const SEG_MASK = SEG - 1;
const DIGIT_BITS = 13;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;
/** Shift of each 13-bit digit inside its 32-bit word (pass 2 straddles the words: lo >>> 26 | hi << 6). */
const DIGIT_SHIFT = [0, 13, 26, 7, 20];

/** Maps segment values to unsigned-comparable keys in place: all bits of negatives flipped, the sign of positives. */
function toKeys(seg: Uint32Array[], n: number): void {
  for (let c = 0, i = 0; c < seg.length; c++, i += SEG) {
    const k = seg[c]!;
    const m = Math.min(SEG, n - i) * 2;
    for (let o = 0; o < m; o += 2) {
      const hi = k[o + 1]!;
      if (hi & 0x80000000) {
        k[o + 1] = ~hi >>> 0;
        k[o] = ~k[o]! >>> 0;
      } else k[o + 1] = (hi | 0x80000000) >>> 0;
    }
  }
}

/** Histogram of one digit, read from the segments or from the flat array; false when every key shares it. */
function histogram(
  count: Uint32Array,
  seg: Uint32Array[],
  flat: Uint32Array,
  n: number,
  pass: number,
  inSeg: boolean,
): boolean {
  count.fill(0);
  const w = pass < 2 ? 0 : 1;
  const sh = DIGIT_SHIFT[pass]!;
  const cross = pass === 2;
  const tally = (k: Uint32Array, m: number): void => {
    if (cross) for (let o = 0; o < m; o += 2) count[((k[o]! >>> 26) | (k[o + 1]! << 6)) & DIGIT_MASK]!++;
    else for (let o = 0; o < m; o += 2) count[(k[o + w]! >>> sh) & DIGIT_MASK]!++;
  };
  if (inSeg) for (let c = 0, i = 0; c < seg.length; c++, i += SEG) tally(seg[c]!, Math.min(SEG, n - i) * 2);
  else tally(flat, n * 2);
  let sum = 0;
  let used = 0;
  for (let d = 0; d < count.length; d++) {
    const c = count[d]!;
    if (c > 0) used++;
    count[d] = sum;
    sum += c;
  }
  return used > 1;
}

/** One scatter pass: segments → flat, or flat → segments. */
function scatter(
  count: Uint32Array,
  seg: Uint32Array[],
  flat: Uint32Array,
  n: number,
  pass: number,
  inSeg: boolean,
): void {
  const w = pass < 2 ? 0 : 1;
  const sh = DIGIT_SHIFT[pass]!;
  const cross = pass === 2;
  if (inSeg) {
    for (let c = 0, i = 0; c < seg.length; c++, i += SEG) {
      const k = seg[c]!;
      const m = Math.min(SEG, n - i) * 2;
      for (let o = 0; o < m; o += 2) {
        const lo = k[o]!;
        const hi = k[o + 1]!;
        const d = cross ? ((lo >>> 26) | (hi << 6)) & DIGIT_MASK : ((w === 0 ? lo : hi) >>> sh) & DIGIT_MASK;
        const at = count[d]!++ * 2;
        flat[at] = lo;
        flat[at + 1] = hi;
      }
    }
    return;
  }
  const m = n * 2;
  for (let o = 0; o < m; o += 2) {
    const lo = flat[o]!;
    const hi = flat[o + 1]!;
    const d = cross ? ((lo >>> 26) | (hi << 6)) & DIGIT_MASK : ((w === 0 ? lo : hi) >>> sh) & DIGIT_MASK;
    const at = count[d]!++;
    const k = seg[at >>> SEG_BITS]!;
    const q = (at & SEG_MASK) * 2;
    k[q] = lo;
    k[q + 1] = hi;
  }
}

/**
 * Sorts `n` values held in fixed-size segments (each `2^16` values, all full but the last) into one new sorted
 * array, using the segments themselves as the radix sort's scratch: peak memory is twice the values, not three
 * times (segments, a contiguous copy and the sort's scratch). Five 13-bit LSD passes (the counts fit in L1/L2);
 * the segments are left holding garbage. NaNs must not be present.
 */
export function sortSegmentsInto(segments: Float64Array[], n: number): Float64Array {
  if (n === 0) return new Float64Array(0);
  const fixed = sortFixedPoint(segments, n);
  if (fixed) return fixed;
  const out = new Float64Array(n);
  const seg = segments.map((s) => new Uint32Array(s.buffer, s.byteOffset, s.length * 2));
  const flat = new Uint32Array(out.buffer);
  toKeys(seg, n);
  const count = new Uint32Array(1 << DIGIT_BITS);
  let inSeg = true;
  for (let pass = 0; pass < 5; pass++) {
    if (!histogram(count, seg, flat, n, pass, inSeg)) continue; // every key has this digit: order unchanged
    scatter(count, seg, flat, n, pass, inSeg);
    inSeg = !inSeg;
  }
  if (inSeg) {
    for (let c = 0, i = 0; c < seg.length; c++, i += SEG)
      flat.set(seg[c]!.subarray(0, Math.min(SEG, n - i) * 2), i * 2);
  }
  const m = n * 2;
  for (let o = 0; o < m; o += 2) {
    const hi = flat[o + 1]!;
    if (hi & 0x80000000) flat[o + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      flat[o + 1] = ~hi >>> 0;
      flat[o] = ~flat[o]! >>> 0;
    }
  }
  return out;
}

/** 10^k, exact doubles. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MAX_SCALE = POW10.length - 1;
const FIXED_DIGIT_BITS = 11;

/** Scale and range of fixed-point values so far (`fixedScale`). */
interface ScaleState {
  k: number;
  lo: number;
  hi: number;
}

/** Widens `st` to the values s[0, m): false when one needs more than MAX_SCALE decimals. (A function of its own, so the hot loops optimise without on-stack replacement.) */
function scaleSegment(s: Float64Array, m: number, st: ScaleState): boolean {
  let k = st.k;
  let scale = POW10[k]!;
  let lo = st.lo;
  let hi = st.hi;
  for (let j = 0; j < m; j++) {
    const v = s[j]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    while (Math.round(v * scale) / scale !== v) {
      if (++k > MAX_SCALE) return false;
      scale = POW10[k]!;
    }
  }
  st.k = k;
  st.lo = lo;
  st.hi = hi;
  return true;
}

/**
 * The scale 10^k of fixed-point values — every value is m / 10^k for an integer m (integers: k = 0; prices: 2;
 * readings with 5 decimals: 5) — and the range of the integers m; undefined when there is none or the integers
 * span 2^32 or more. A value with k decimals also reads back at any larger k, so k only grows.
 */
function fixedScale(seg: Float64Array[], n: number): { scale: number; lo: number; hi: number } | undefined {
  const st: ScaleState = { k: 0, lo: Infinity, hi: -Infinity };
  for (let c = 0, i = 0; c < seg.length; c++, i += SEG)
    if (!scaleSegment(seg[c]!, Math.min(SEG, n - i), st)) return undefined;
  const scale = POW10[st.k]!;
  const lo = Math.round(st.lo * scale);
  const hi = Math.round(st.hi * scale);
  if (!(Math.abs(lo) < 2 ** 52 && Math.abs(hi) < 2 ** 52 && hi - lo < 2 ** 32)) return undefined;
  return { scale, lo, hi };
}

/**
 * Keys `m − lo` of s[0, m) into keys[at…], with the digit histograms of up to three passes; the number of −0
 * values, or −1 when a value does not come back as m / scale.
 */
function keySegment(
  s: Float64Array,
  m: number,
  keys: Uint32Array,
  at: number,
  scale: number,
  lo: number,
  counts: Uint32Array,
  width: number,
): number {
  const mask = (1 << width) - 1;
  const c1 = 1 << width;
  const c2 = 2 << width;
  const w2 = 2 * width;
  let negZeros = 0;
  for (let j = 0; j < m; j++) {
    const v = s[j]!;
    const q = Math.round(v * scale);
    if (q / scale !== v) return -1;
    if (v === 0 && 1 / v < 0) negZeros++;
    const key = q - lo;
    keys[at + j] = key;
    counts[key & mask]!++;
    counts[c1 + ((key >>> width) & mask)]!++;
    counts[c2 + ((key >>> w2) & mask)]!++;
  }
  return negZeros;
}

/** Turns counts[base, base + size) into bucket starts; false when one bucket holds every key. */
function prefixSums(counts: Uint32Array, base: number, size: number): boolean {
  let sum = 0;
  let used = 0;
  for (let d = 0; d < size; d++) {
    const k = counts[base + d]!;
    if (k > 0) used++;
    counts[base + d] = sum;
    sum += k;
  }
  return used > 1;
}

function scatterKeys(
  src: Uint32Array,
  dst: Uint32Array,
  counts: Uint32Array,
  base: number,
  shift: number,
  mask: number,
): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const key = src[i]!;
    dst[counts[base + ((key >>> shift) & mask)]!++] = key;
  }
}

/** out[i] = (keys[i] + lo) / scale, backwards: out[i] covers keys 2i and 2i + 1, already read. */
function expandKeys(out: Float64Array, keys: Uint32Array, lo: number, scale: number): void {
  for (let i = keys.length - 1; i >= 0; i--) out[i] = (keys[i]! + lo) / scale;
}

/**
 * Fixed-point columns sorted on 32-bit integers: `m − min` for each value m / 10^k, up to three radix passes
 * over half the bytes of the doubles, then the doubles rebuilt as m / 10^k. Every value is checked to come back
 * bit for bit (−0 is counted and put back before +0, where the double sort puts it), so the result is the one
 * the double sort gives; undefined when the values are not fixed-point. The keys and the radix scratch are the
 * two halves of the output array (no memory beyond it); the segments are left as they are.
 */
export function sortFixedPoint(seg: Float64Array[], n: number): Float64Array | undefined {
  const f = fixedScale(seg, n);
  if (!f) return undefined;
  const { scale, lo } = f;
  const bits = 32 - Math.clz32(f.hi - lo);
  const passes = Math.max(1, Math.ceil(bits / FIXED_DIGIT_BITS));
  const width = Math.max(1, Math.ceil(bits / passes));
  const counts = new Uint32Array(3 << width);
  const out = new Float64Array(n);
  let keys = new Uint32Array(out.buffer, 0, n);
  let other = new Uint32Array(out.buffer, n * 4, n);
  let negZeros = 0;
  for (let c = 0, i = 0; c < seg.length; c++, i += SEG) {
    const z = keySegment(seg[c]!, Math.min(SEG, n - i), keys, i, scale, lo, counts, width);
    if (z < 0) return undefined;
    negZeros += z;
  }
  for (let p = 0; p < passes; p++) {
    if (!prefixSums(counts, p << width, 1 << width)) continue; // every key has this digit: order unchanged
    scatterKeys(keys, other, counts, p << width, p * width, (1 << width) - 1);
    const t = keys;
    keys = other;
    other = t;
  }
  if (keys.byteOffset !== 0) other.set(keys);
  const first = new Uint32Array(out.buffer, 0, n);
  expandKeys(out, first, lo, scale);
  if (negZeros > 0) {
    // The zeros sit after the negatives: the first `negZeros` of them are −0.
    let z = 0;
    while (out[z]! < 0) z++;
    out.fill(-0, z, z + negZeros);
  }
  return out;
}
