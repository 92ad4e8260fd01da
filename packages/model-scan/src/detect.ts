/** Format detection from the first bytes of a file or member, never from its name. */

export type Format =
  | 'zip'
  | 'pickle'
  | 'numpy'
  | 'hdf5'
  | 'gguf'
  | 'safetensors'
  | 'gzip'
  | 'zlib'
  | 'bz2'
  | 'xz'
  | 'lzma'
  | 'lz4'
  | 'zstd'
  | '7z'
  | 'tar'
  | 'joblib-zf'
  | 'protobuf'
  | 'json'
  | 'text'
  | 'binary'
  | 'empty';

export const COMPRESSED: ReadonlySet<Format> = new Set(['gzip', 'zlib', 'bz2', 'xz', 'lzma', 'lz4', 'zstd']);

const starts = (b: Buffer, sig: number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x);

/** Text-protocol pickles begin with one of these opcodes. */
const TEXT_PICKLE_START = new Set([
  0x28, 0x29, 0x5d, 0x7d, 0x63, 0x4e, 0x49, 0x4c, 0x46, 0x53, 0x56, 0x58, 0x4b, 0x4a, 0x4d, 0x55, 0x54, 0x47, 0x69,
  0x6c, 0x64, 0x88, 0x89, 0x8a, 0x43, 0x42, 0x8c, 0x95,
]);

/**
 * A weak test for protocol 0/1 pickles: a plausible run of opcodes that reaches STOP or a GLOBAL/INST
 * with a `module\nname\n` shape within the head.
 */
export function looksLikeTextPickle(head: Buffer): boolean {
  if (head.length < 2 || !TEXT_PICKLE_START.has(head[0]!)) return false;
  if (head[0] === 0x63 || head[0] === 0x69) return /^[ci][\w.]+\n[\w.]+\n/.test(head.toString('latin1', 0, 256));
  // protocol 0: lines of opcodes; accept when a STOP follows a sequence of valid opcodes and newlines
  const text = head.toString('latin1', 0, Math.min(head.length, 4096));
  if (/^\(?(dp0|lp0|\(lp|\(dp)/.test(text) || /^\(c[\w.]+\n[\w.]+\n/.test(text)) return true;
  if (/\nc[\w.]+\n[\w.]+\n/.test(text) && /\n[pq]\d*\n?/.test(text)) return true;
  // anything else is left to the probe every non-verified stream gets (scan.ts): detection only picks the
  // parser to try first
  return false;
}

/**
 * The encoding `json.loads(bytes)` picks (Python's json.detect_encoding): a BOM, else the pattern of NUL
 * bytes in the first four. Undefined for plain UTF-8 without a BOM.
 */
export function jsonEncoding(
  b: Buffer,
): 'utf-8-sig' | 'utf-16-le' | 'utf-16-be' | 'utf-32-le' | 'utf-32-be' | undefined {
  if (starts(b, [0xef, 0xbb, 0xbf])) return 'utf-8-sig';
  if (starts(b, [0xff, 0xfe, 0, 0]) || starts(b, [0, 0, 0xfe, 0xff])) return b[0] === 0xff ? 'utf-32-le' : 'utf-32-be';
  if (starts(b, [0xff, 0xfe])) return 'utf-16-le';
  if (starts(b, [0xfe, 0xff])) return 'utf-16-be';
  if (b.length >= 4) {
    if (!b[0]) return b[1] ? 'utf-16-be' : 'utf-32-be';
    if (!b[1]) return b[2] || b[3] ? 'utf-16-le' : 'utf-32-le';
  } else if (b.length === 2) {
    if (!b[0]) return 'utf-16-be';
    if (!b[1]) return 'utf-16-le';
  }
  return undefined;
}

/** Decodes bytes the way `json.loads(bytes)` does (BOM stripped; UTF-16/32 by BOM or NUL pattern). */
export function decodeJsonBytes(b: Buffer): string {
  const enc = jsonEncoding(b);
  switch (enc) {
    case 'utf-8-sig':
      return b.toString('utf8', 3);
    case 'utf-16-le':
      return new TextDecoder('utf-16le').decode(b).replace(/^\ufeff/, '');
    case 'utf-16-be': {
      const sw = Buffer.from(b.subarray(0, b.length & ~1));
      sw.swap16();
      return new TextDecoder('utf-16le').decode(sw).replace(/^\ufeff/, '');
    }
    case 'utf-32-le':
    case 'utf-32-be': {
      let out = '';
      for (let i = 0; i + 4 <= b.length; i += 4) {
        const cp = enc === 'utf-32-le' ? b.readUInt32LE(i) : b.readUInt32BE(i);
        if (cp > 0x10ffff) throw new SyntaxError(`invalid UTF-32 code point 0x${cp.toString(16)} at offset ${i}`);
        out += String.fromCodePoint(cp);
      }
      return out.replace(/^\ufeff/, '');
    }
    default:
      return b.toString('utf8');
  }
}

/**
 * Parses JSON text as Python's `json.loads` does (transformers, Keras): also the bare `NaN`, `Infinity` and
 * `-Infinity` that `json.dumps` writes for non-finite floats (read here as null: only the structure matters).
 * Throws a SyntaxError for what json.loads refuses too.
 */
export function parsePythonJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse refuses the non-finite literals json.loads accepts: retry with them replaced, else rethrow
    if (!/NaN|Infinity/.test(text)) throw error;
  }
  return JSON.parse(nonFiniteAsNull(text));
}

/** `NaN`, `Infinity` and `-Infinity` outside strings replaced by `null`. */
function nonFiniteAsNull(t: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < t.length;) {
    const c = t[i];
    if (c === '"') {
      for (i++; i < t.length && t[i] !== '"';) i += t[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    const token = c === 'N' ? 'NaN' : c === 'I' ? 'Infinity' : c === '-' ? '-Infinity' : undefined;
    if (token && t.startsWith(token, i)) {
      out += `${t.slice(last, i)}null`;
      i += token.length;
      last = i;
    } else i++;
  }
  return out + t.slice(last);
}

/** Detects the format of the bytes `head` (the first 4 KiB or so) of something `size` bytes long. */
export function detect(head: Buffer, size: number): Format {
  if (size === 0 || head.length === 0) return 'empty';
  if (
    starts(head, [0x50, 0x4b, 0x03, 0x04]) ||
    starts(head, [0x50, 0x4b, 0x05, 0x06]) ||
    starts(head, [0x50, 0x4b, 0x07, 0x08])
  )
    return 'zip';
  if (head[0] === 0x80 && head.length > 1 && head[1]! >= 2 && head[1]! <= 5) return 'pickle';
  if (starts(head, [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59])) return 'numpy';
  if (starts(head, [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]) || starts(head, [0x89, 0x48, 0x44, 0x46], 512))
    return 'hdf5';
  if (starts(head, [0x47, 0x47, 0x55, 0x46])) return 'gguf';
  if (starts(head, [0x1f, 0x8b])) return 'gzip';
  if (starts(head, [0x42, 0x5a, 0x68]) && head[3]! >= 0x31 && head[3]! <= 0x39) return 'bz2';
  if (starts(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (starts(head, [0x04, 0x22, 0x4d, 0x18])) return 'lz4';
  if (starts(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  // a skippable frame (magic 0x184D2A50-5F) before a zstd or lz4 frame: both decoders skip it
  if ((head[0]! & 0xf0) === 0x50 && starts(head, [0x2a, 0x4d, 0x18], 1) && head.length >= 8) {
    const next = 8 + head.readUInt32LE(4);
    if (starts(head, [0x04, 0x22, 0x4d, 0x18], next)) return 'lz4';
    return 'zstd';
  }
  if (head[0] === 0x5a && head[1] === 0x46 && head.length >= 21 && ZF_LENGTH.test(head.toString('latin1', 2, 21)))
    return 'joblib-zf';
  if (starts(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  // tarfile checks only the header checksum: V7 and other magic-less headers are tar files to it
  if ((head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') || tarChecksumOk(head)) return 'tar';
  if (head.length >= 9 && size >= 8) {
    const n = head.readBigUInt64LE(0);
    if (n > 1n && head[8] === 0x7b && (n <= BigInt(size - 8) || head[9] === 0x22 || head[9] === 0x7d))
      return 'safetensors';
  }
  if (head[0] === 0x78 && head.length > 1 && ((head[0] << 8) | head[1]!) % 31 === 0) return 'zlib';
  if (head.length > 13 && isLzmaAlone(head)) return 'lzma';
  if (head[0] === 0x80 && head.length > 1 && head[1]! <= 1) return 'pickle';
  if (looksLikeTextPickle(head)) return 'pickle';
  const enc = jsonEncoding(head);
  if (enc !== undefined && enc !== 'utf-8-sig') {
    let t: string;
    try {
      t = decodeJsonBytes(head.subarray(0, head.length & ~3)).trimStart();
    } catch {
      t = ''; // not text in that encoding: not JSON
    }
    if (t.startsWith('{') || t.startsWith('[')) return 'json';
  }
  const text = head.toString('utf8', enc === 'utf-8-sig' ? 3 : 0, Math.min(head.length, 4096));
  const trimmed = text.trimStart();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && isMostlyText(head)) return 'json';
  if (looksLikeProtobuf(head)) return 'protobuf';
  if (isMostlyText(head)) return 'text';
  return 'binary';
}

/**
 * joblib's `ZF` header: the 19 characters after `ZF` are the length as `int(x, 16)` reads it (whitespace, a sign,
 * an optional 0x/0X, underscores between digits).
 */
const ZF_LENGTH = /^\s*[+-]?(0[xX]_?)?[0-9a-fA-F]+(_[0-9a-fA-F]+)*\s*$/;

/**
 * Raw LZMA ("alone", `.lzma`): joblib reads any file starting 5d 00 with FORMAT_ALONE; Python's lzma (pandas'
 * `.xz`, FORMAT_AUTO) accepts any properties byte liblzma decodes (lc + lp <= 4) with a dictionary size of 2^n
 * or 2^n + 2^(n-1) and an uncompressed size unknown or below 2^38 (liblzma's alone_decoder in picky mode).
 */
function isLzmaAlone(h: Buffer): boolean {
  const props = h[0]!;
  if (props > 224 || (props % 9) + (Math.floor(props / 9) % 5) > 4) return false;
  if (props === 0x5d && h[1] === 0x00) return true;
  const dict = h.readUInt32LE(1);
  let d = (dict - 1) >>> 0;
  d |= d >>> 2;
  d |= d >>> 3;
  d |= d >>> 4;
  d |= d >>> 8;
  d |= d >>> 16;
  d = (d + 1) >>> 0;
  // below liblzma's smallest dictionary (4 KiB) only zero-filled or small-integer data matches (tensor bytes)
  if ((d !== dict || dict < 4096) && dict !== 0xffffffff) return false;
  const size = h.readBigUInt64LE(5);
  return size === 0xffffffffffffffffn || size < 1n << 38n;
}

/**
 * A numeric header field as tarfile's `nti` reads it: base-256 (0x80 or 0xff first), else the text up to the
 * first NUL as `int(s.strip() or "0", 8)` (a sign, a 0o prefix and underscores included). Undefined when
 * tarfile rejects it.
 */
export function tarNumber(h: Buffer, at: number, len: number): number | undefined {
  if (h[at] === 0x80 || h[at] === 0xff) {
    let v = 0n;
    for (let i = at + 1; i < at + len; i++) v = (v << 8n) | BigInt(h[i]!);
    if (h[at] === 0xff) v -= 256n ** BigInt(len - 1);
    return Number(v);
  }
  const t = h
    .toString('latin1', at, at + len)
    .replace(/\0.*$/s, '')
    .trim();
  if (t === '') return 0;
  const m = /^([+-]?)(?:0[oO]_?)?([0-7]+(?:_[0-7]+)*)$/.exec(t);
  return m ? (m[1] === '-' ? -1 : 1) * parseInt(m[2]!.replace(/_/g, ''), 8) : undefined;
}

/** True when `h` (512 bytes) is a header whose checksum tarfile accepts (unsigned or signed byte sums). */
export function tarChecksumOk(h: Buffer): boolean {
  if (h.length < 512 || h.every((b) => b === 0)) return false;
  const want = tarNumber(h, 148, 8);
  if (want === undefined) return false;
  let unsigned = 256;
  let signed = 256;
  for (let i = 0; i < 512; i++) {
    if (i >= 148 && i < 156) continue;
    unsigned += h[i]!;
    signed += h[i]! > 127 ? h[i]! - 256 : h[i]!;
  }
  return want === unsigned || want === signed;
}

function isMostlyText(head: Buffer): boolean {
  const n = Math.min(head.length, 4096);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) bad++;
  }
  return bad <= n / 100;
}

/** A protobuf message: valid tags with wire types 0/1/2/5 and lengths that fit, first field 1 (ONNX, TF). */
export function looksLikeProtobuf(head: Buffer): boolean {
  if (head[0] !== 0x08 && head[0] !== 0x0a) return false;
  let p = 0;
  let fields = 0;
  while (p < head.length && fields < 8) {
    const [tag, q] = varint(head, p);
    if (q < 0) return fields >= 2;
    const wt = tag & 7;
    const field = tag >>> 3;
    if (field === 0 || field > 100) return false;
    p = q;
    if (wt === 0) {
      const [, r] = varint(head, p);
      if (r < 0) return fields >= 2;
      p = r;
    } else if (wt === 2) {
      const [n, r] = varint(head, p);
      if (r < 0) return fields >= 2;
      p = r + n;
    } else if (wt === 1) p += 8;
    else if (wt === 5) p += 4;
    else return false;
    fields++;
  }
  return fields >= 2 || p >= head.length;
}

export function varint(b: Buffer, p: number): [number, number] {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (p + i >= b.length) return [0, -1];
    const x = b[p + i]!;
    v += (x & 0x7f) * mul;
    mul *= 128;
    if ((x & 0x80) === 0) return [v, p + i + 1];
  }
  return [0, -1];
}
