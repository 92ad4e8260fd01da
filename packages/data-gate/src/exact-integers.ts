/**
 * Integers beyond 2^53 in the schema files data-gate reads (column rules from `infer-schema`, a JSON Schema per
 * record), kept as ml-gates.yml keeps them (core's config loader): exact where values are compared with the
 * data's by identity, refused where only a number fits, never silently rounded.
 */
import { bigintCell, UserError } from '@ml-gates/core';

/** Keys whose values are compared with data values by identity: 64-bit ids there keep their exact digits. */
const IDENTITY_KEYS = new Set(['allowed', 'enum', 'const']);

/**
 * A parsed schema file with its integers (BigInt) as the config loader keeps them: a number a double holds
 * exactly stays a number; beyond that, the exact digits where values are compared by identity (`allowed`,
 * `enum`, `const`: `identityKey` compares them with the data's ids), and a located error elsewhere, never a
 * silently rounded bound.
 */
export function exactIntegers(v: unknown, file: string, identity: boolean, at: string): unknown {
  if (typeof v === 'bigint') {
    const n = Number(v);
    if (BigInt(n) === v && Number.isSafeInteger(n)) return n;
    if (identity) return bigintCell(v);
    if (BigInt(n) === v) return n;
    throw new UserError(
      'input-invalid',
      `${file}: ${at}: ${v} is an integer beyond 2^53 that a number cannot hold (it would become ${BigInt(n)}).`,
      {
        details: [
          'Write a bound a double holds exactly; ids are compared exactly in "allowed" (or a JSON Schema enum).',
        ],
      },
    );
  }
  if (Array.isArray(v)) return v.map((x, i) => exactIntegers(x, file, identity, `${at}[${i}]`));
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        exactIntegers(x, file, identity || IDENTITY_KEYS.has(k), at ? `${at}.${k}` : k),
      ]),
    );
  return v;
}
