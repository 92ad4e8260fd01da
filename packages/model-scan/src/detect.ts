/** Format detection from the first bytes of a file or member, never from its name. */
import { isOpcode } from './pickle/vm.js';

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
  return (
    head.length <= 64 &&
    head[head.length - 1] === 0x2e &&
    [...head].every((b) => isOpcode(b) || (b >= 0x20 && b < 0x7f) || b === 0x0a)
  );
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
  if (starts(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  if (head.length >= 9 && size >= 8) {
    const n = head.readBigUInt64LE(0);
    if (n > 1n && head[8] === 0x7b && (n <= BigInt(size - 8) || head[9] === 0x22 || head[9] === 0x7d))
      return 'safetensors';
  }
  if (head[0] === 0x78 && head.length > 1 && ((head[0] << 8) | head[1]!) % 31 === 0) return 'zlib';
  // raw LZMA ("alone") as written by joblib's lzma compressor: properties byte 0x5d, dictionary size
  if (head[0] === 0x5d && head[1] === 0x00 && head[2] === 0x00 && head.length > 13) return 'lzma';
  if (head[0] === 0x80 && head.length > 1 && head[1]! <= 1) return 'pickle';
  if (looksLikeTextPickle(head)) return 'pickle';
  const text = head.toString('utf8', 0, Math.min(head.length, 4096));
  const trimmed = text.trimStart();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && isMostlyText(head)) return 'json';
  if (looksLikeProtobuf(head)) return 'protobuf';
  if (isMostlyText(head)) return 'text';
  return 'binary';
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
