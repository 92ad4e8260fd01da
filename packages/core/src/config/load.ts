import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { UserError } from '../errors.js';
import type { AnyGate } from '../gate.js';
import { compileSchema } from './ajv.js';
import { explainAjvErrors, formatKeyPath, suggest, type SchemaProblem } from './errors.js';
import { explainExactIntegers, keepExactIntegers } from './exact-integers.js';
import { buildConfigSchema } from './schema.js';
import type { LoadedConfig, MlGatesConfig } from './types.js';

export const DEFAULT_CONFIG_FILE = 'ml-gates.yml';

/** The config used when there is no file: every gate on its defaults. */
export function defaultConfig(): MlGatesConfig {
  return { version: 1, defaults: {}, gates: {} };
}

interface Position {
  line: number;
  col: number;
}

/** Finds the source position of a path in a YAML document (the key, or the value). */
function positionOf(
  doc: Document,
  lc: LineCounter,
  path: (string | number)[],
  atKey: boolean,
  source: string,
  valueOffset?: number,
): Position | undefined {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const part of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
    } else {
      break;
    }
  }
  const target = (atKey && keyNode ? keyNode : (node ?? keyNode)) as Node | undefined;
  const offset = target?.range?.[0];
  if (offset === undefined) return undefined;
  if (valueOffset !== undefined && !atKey && isScalar(target) && typeof target.value === 'string') {
    return lc.linePos(sourceOffsetIn(source, target.range!, target.value, valueOffset));
  }
  return lc.linePos(offset);
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * Where character `k` of a scalar's parsed `value` is in the YAML `source`, for any scalar style: the value's
 * characters appear in the source in order, apart from quotes, escapes, a block scalar's header and
 * indentation, and line folding (a line break read as a space). Walks both in step, matching a run of
 * whitespace in the source to whitespace in the value.
 */
function sourceOffsetIn(source: string, range: readonly number[], value: string, k: number): number {
  const end = range[1] ?? source.length;
  let s = range[0]!;
  // A block scalar's value starts on the line after its header (`|`, `>-`, ...).
  if (source[s] === '|' || source[s] === '>') s = Math.min(end, source.indexOf('\n', s) + 1 || end);
  else if (source[s] === '"' || source[s] === "'") s++;
  for (let i = 0; i <= Math.min(k, value.length - 1) && s < end; i++) {
    const c = value[i]!;
    if (isBlank(c)) while (s < end && !isBlank(source[s])) s++;
    else while (s < end && source[s] !== c) s++;
    if (i === k) break;
    if (isBlank(c)) {
      s++;
      // The rest of a folded line break (indentation) belongs to the same value character.
      if (!isBlank(value[i + 1])) while (s < end && isBlank(source[s])) s++;
    } else s++;
  }
  return Math.min(s, Math.max(range[0]!, end - 1));
}

const didYouMean = (word: string, candidates: readonly string[]): string => {
  const hint = suggest(word, candidates);
  return hint ? `; did you mean "${hint}"?` : '';
};

/** Whether `YYYY-MM-DD` names a real day (not 2027-02-30, which a string comparison would silently accept). */
function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/**
 * Checks every waiver against what its gate publishes: `check` must be one of the gate's checks, and `rule`
 * one of its rule catalogue (`Gate.rules`, when the gate has one) emitted by that check. A waiver for a
 * rule that cannot exist would otherwise only show up as stale after a full run.
 */
export function waiverProblems(data: Record<string, unknown>, gates: readonly AnyGate[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const sections = data.gates;
  if (sections === null || typeof sections !== 'object') return problems;
  for (const gate of gates) {
    const waivers = (sections as Record<string, { waivers?: unknown } | undefined>)[gate.name]?.waivers;
    if (!Array.isArray(waivers)) continue;
    const checkIds = gate.checks.map((c) => c.id);
    waivers.forEach((w: unknown, i) => {
      if (w === null || typeof w !== 'object') return;
      const { check, rule, expires } = w as { check?: unknown; rule?: unknown; expires?: unknown };
      const at = ['gates', gate.name, 'waivers', i];
      if (typeof expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !isCalendarDay(expires)) {
        problems.push({
          path: [...at, 'expires'],
          atKey: false,
          message: `"${expires}" is not a day of the calendar; write the last day the waiver holds as YYYY-MM-DD`,
        });
      }
      if (typeof check === 'string' && !checkIds.includes(check)) {
        problems.push({
          path: [...at, 'check'],
          atKey: false,
          message: `unknown check "${check}" of ${gate.name}${didYouMean(check, checkIds)} (checks: ${checkIds.join(', ')})`,
        });
        return;
      }
      if (typeof rule !== 'string' || !gate.rules) return;
      // `family.*` stands for ids named from the user's own data (safety.<category>).
      const known = gate.rules.find(
        (r) => r.id === rule || (r.id.endsWith('.*') && rule.startsWith(r.id.slice(0, -1))),
      );
      if (!known) {
        const ofCheck = gate.rules.filter((r) => r.check === undefined || r.check === check).map((r) => r.id);
        const hint =
          suggest(rule, ofCheck) ??
          suggest(
            rule,
            gate.rules.map((r) => r.id),
          );
        problems.push({
          path: [...at, 'rule'],
          atKey: false,
          message: `unknown rule "${rule}": ${gate.name} never emits it${hint ? `; did you mean "${hint}"?` : ` (see "ml-gates rules ${gate.name}")`}`,
        });
      } else if (known.check !== undefined && typeof check === 'string' && known.check !== check) {
        problems.push({
          path: [...at, 'rule'],
          atKey: false,
          message: `rule "${rule}" is emitted by the "${known.check}" check, not "${check}"; the waiver would match nothing`,
        });
      }
    });
  }
  return problems;
}

/** A check of the parsed config added by a package core cannot import (promotion's CEL rules). */
export type ConfigCheck = (data: Record<string, unknown>) => SchemaProblem[];
const configChecks: ConfigCheck[] = [];

/** Adds a config check run by every `parseConfig` (so `validate` reports its problems with file:line:col). */
export function addConfigCheck(check: ConfigCheck): void {
  if (!configChecks.includes(check)) configChecks.push(check);
}

/**
 * Parses and validates `ml-gates.yml` text. Throws one `UserError` listing every problem as
 * `file:line:col key.path: message`.
 */
export function parseConfig(text: string, file: string, gates: readonly AnyGate[]): LoadedConfig {
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
    throw new UserError('config-invalid', `${file}: the config file is empty.`, {
      details: ['Start from "npx ml-gates init", or write at least "version: 1" and a "gates:" mapping.'],
    });
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const details = doc.errors.map((e) => {
      const pos = lc.linePos(e.pos[0]);
      return `${file}:${pos.line}:${pos.col} YAML syntax error: ${e.message.split('\n')[0]}`;
    });
    throw new UserError('config-invalid', `${file}: not valid YAML (${details.length} error(s)).`, { details });
  }
  // Integers beyond 2^53 keep their exact digits (never rounded at load): see exact-integers.ts.
  const exactIntegers = keepExactIntegers(doc);
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(
      'config-invalid',
      `${file}: the top level must be a mapping (keys such as "version" and "gates").`,
    );
  }
  const validate = compileSchema<MlGatesConfig>(buildConfigSchema(gates), { useDefaults: true });
  const problems: SchemaProblem[] = validate(data)
    ? []
    : explainExactIntegers(explainAjvErrors(validate.errors ?? []), exactIntegers);
  problems.push(...waiverProblems(data as Record<string, unknown>, gates));
  for (const check of configChecks) problems.push(...check(data as Record<string, unknown>));
  if (problems.length > 0) {
    const details = problems.map((p) => {
      const pos = positionOf(doc, lc, p.path, p.atKey, text, p.valueOffset);
      const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
      return `${where} ${formatKeyPath(p.path)}: ${p.message}`;
    });
    throw new UserError('config-invalid', `${file}: invalid configuration (${details.length} problem(s)).`, {
      details,
    });
  }
  return { file, config: data as MlGatesConfig };
}

/** Reads and validates a config file; a missing file is a `UserError` that says how to create one. */
export async function loadConfig(file: string, gates: readonly AnyGate[], cwd = process.cwd()): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError('config-missing', `${file}: config file not found.`, {
        details: ['Create one with "npx ml-gates init", or point --config (action input "config") at yours.'],
      });
    }
    throw new UserError('input-unreadable', `${file}: cannot read the config file (${code ?? String(error)}).`);
  }
  return parseConfig(text, file, gates);
}
