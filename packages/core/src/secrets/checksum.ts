/**
 * The checksum of GitHub's token format (2021), also used by npm access tokens: a 4-character prefix
 * (`ghp_`, `npm_`...), 30 random base62 characters, then the CRC32 of those 30 characters written as
 * 6 base62 digits (zero-padded). A string with the right shape but a wrong checksum is not a token that
 * GitHub or npm issued (a placeholder, a test string or a typo), so it is not reported.
 *
 * @example
 *   const token = checksummedToken('ghp_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5');
 *   checksumValid(token); // true
 */
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PREFIX_LENGTH = 4;
const CHECKSUM_LENGTH = 6;

function base62(n: number, width: number): string {
  let s = '';
  let v = n >>> 0;
  while (v > 0) {
    s = BASE62[v % 62]! + s;
    v = Math.floor(v / 62);
  }
  return s.padStart(width, '0');
}

/**
 * True when `token` (4-character prefix, random part, 6 checksum characters) carries a valid CRC32
 * checksum of its random part. Today's tokens have 30 random characters; the catalogue's patterns fix
 * the length, this check does not (GitHub reserves the right to lengthen tokens).
 */
export function checksumValid(token: string): boolean {
  if (token.length <= PREFIX_LENGTH + CHECKSUM_LENGTH) return false;
  const random = token.slice(PREFIX_LENGTH, -CHECKSUM_LENGTH);
  return base62(crc32(random), CHECKSUM_LENGTH) === token.slice(-CHECKSUM_LENGTH);
}

/** Builds a checksum-valid token of the GitHub/npm format, for tests and documentation examples. */
export function checksummedToken(
  prefix: 'ghp_' | 'gho_' | 'ghu_' | 'ghs_' | 'ghr_' | 'npm_',
  random30: string,
): string {
  if (!/^[A-Za-z0-9]{30}$/.test(random30)) throw new Error('checksummedToken needs 30 base62 characters');
  return `${prefix}${random30}${base62(crc32(random30), CHECKSUM_LENGTH)}`;
}
