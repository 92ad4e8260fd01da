/**
 * Unquoted integers a double cannot hold in `ml-gates.yml` (64-bit ids beyond 2^53 in an `allowed` list, say).
 * Parsed as numbers they would be rounded at load, and a rounded id silently matches a neighbour in the data,
 * or silently misses the id written. So such an integer keeps its exact digits, as the table reader keeps the
 * data's (`identityKey` then compares both by the same rule); where the schema accepts only a number, the value
 * is refused with its position instead of being rounded.
 *
 * @example
 *   const kept = keepExactIntegers(doc); // before doc.toJS()
 *   problems = explainExactIntegers(problems, kept); // after validation
 */
import { isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import type { SchemaProblem } from './errors.js';

/** YAML 1.2 core-schema integers: decimal with a sign, hexadecimal and octal without. */
const INTEGER_LITERAL = /^(?:[+-]?\d+|0x[0-9a-fA-F]+|0o[0-7]+)$/;

/** An integer literal kept as its exact digits: where it is, as written, and what a number would have made of it. */
export interface ExactInteger {
  path: (string | number)[];
  text: string;
  rounded: number;
}

/**
 * Replaces every plain integer scalar whose value a double does not hold exactly with the exact decimal text
 * (`9007199254740993` stays `"9007199254740993"`, never `9007199254740992`), keys included. Returns the values
 * replaced (not the keys), by path.
 */
export function keepExactIntegers(doc: Document): ExactInteger[] {
  const kept: ExactInteger[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (typeof node.value !== 'number' || !Number.isInteger(node.value) || Number.isSafeInteger(node.value)) return;
      const source = node.source?.trim();
      if (source === undefined || !INTEGER_LITERAL.test(source)) return;
      const exact = BigInt(source.replace(/^\+/, ''));
      if (BigInt(node.value) === exact) return;
      const rounded = node.value;
      node.value = exact.toString();
      if (key === 'key') return;
      const path: (string | number)[] = [];
      for (let i = 0; i < ancestors.length; i++) {
        const a = ancestors[i];
        if (isPair(a)) path.push(isScalar(a.key) ? String(a.key.value) : String(a.key));
        else if (isSeq(a)) path.push(a.items.indexOf((ancestors[i + 1] ?? node) as never));
      }
      kept.push({ path, text: exact.toString(), rounded });
    },
  });
  return kept;
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Validation problems at an integer kept exact (the schema wanted a number there) say why: the number would
 * have been rounded. The schema's own message ("must be number") would be a puzzle for a value that is one.
 */
export function explainExactIntegers(problems: SchemaProblem[], kept: readonly ExactInteger[]): SchemaProblem[] {
  if (kept.length === 0) return problems;
  return problems.map((p) => {
    const k = kept.find((x) => samePath(x.path, p.path));
    if (!k) return p;
    return {
      ...p,
      message: `${k.text} is an integer beyond 2^53 that a number cannot hold: it would silently become ${BigInt(k.rounded)}. Write a value a double holds exactly here (ids are compared exactly where a value may be text, e.g. allowed).`,
    };
  });
}
