import { closest, distance } from 'fastest-levenshtein';
import type { ErrorObject } from './ajv.js';

/** One problem in a validated document, before it is given a file position. */
export interface SchemaProblem {
  /** Path to the offending node, as keys and indexes. */
  path: (string | number)[];
  /** Whether the position should point at the key (unknown keys) rather than the value. */
  atKey: boolean;
  message: string;
  /** Where in a string value the problem is (0-based, in the parsed value): the position points there. */
  valueOffset?: number;
}

/** `gates.model-scan.checks.pickle`, `waivers[2].expires`. */
export function formatKeyPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The nearest candidate within a small edit distance, for "did you mean" hints. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word, best) <= limit ? best : undefined;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Turns ajv errors into one problem per offending key, with "did you mean" hints. Errors of `if`
 * keywords and duplicates are dropped; when a value has the wrong type, its deeper errors are not repeated.
 */
export function explainAjvErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const add = (p: SchemaProblem): void => {
    const key = `${formatKeyPath(p.path)}|${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  };
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    switch (e.keyword) {
      case 'if':
        break;
      case 'additionalProperties': {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        const props = Object.keys((e.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
        const hint = suggest(key, props);
        add({
          path: [...path, key],
          atKey: true,
          message: hint
            ? `unknown key; did you mean "${hint}"?`
            : `unknown key; expected one of: ${props.join(', ') || '(none)'}`,
        });
        break;
      }
      case 'required': {
        const missing = String((e.params as { missingProperty: string }).missingProperty);
        add({ path, atKey: false, message: `missing required key "${missing}"` });
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        const hint = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
        add({
          path,
          atKey: false,
          message: `${describeType(e.data)} is not allowed; expected one of: ${allowed.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`,
        });
        break;
      }
      case 'const':
        add({
          path,
          atKey: false,
          message: `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}, got ${describeType(e.data)}`,
        });
        break;
      case 'type':
        add({
          path,
          atKey: false,
          message: `must be ${String((e.params as { type: string }).type).replace(',', ' or ')}, got ${describeType(e.data)}`,
        });
        break;
      case 'pattern':
        add({
          path,
          atKey: false,
          message: `${describeType(e.data)} does not match the expected format ${String((e.params as { pattern: string }).pattern)}`,
        });
        break;
      default:
        add({ path, atKey: false, message: e.message ?? `fails ${e.keyword}` });
    }
  }
  return problems;
}
