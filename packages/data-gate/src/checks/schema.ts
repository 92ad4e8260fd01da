/**
 * Schema: columns present and required, types, ranges, allowed values, regex, null rate, uniqueness and
 * row-count bounds (from `ml-gates.yml`), and optionally a JSON Schema applied to every record (ajv, through
 * core's `compileSchema`). Row-level rules run while the rows stream by; counts are exact, examples capped.
 */
import {
  compileSchema,
  explainAjvErrors,
  formatKeyPath,
  suggest,
  type Cell,
  type CheckOutput,
  type Finding,
  type RowPosition,
  type RowSink,
} from '@ml-gates/core';
import { identityKey } from '@ml-gates/core/io';
import type { ColumnData, ColumnType } from '../profile/accumulate.js';
import { parseNumber } from '../profile/accumulate.js';
import { unknownColumnFindings } from './columns.js';

export interface ColumnRule {
  type?: 'integer' | 'number' | 'string' | 'boolean';
  required?: boolean;
  min?: number;
  max?: number;
  allowed?: (string | number | boolean)[];
  regex?: string;
  'max-null-rate'?: number;
  unique?: boolean;
}

export interface SchemaOptions {
  columns?: Record<string, ColumnRule>;
  'additional-columns'?: 'allow' | 'warn' | 'fail';
  'min-rows'?: number;
  'max-rows'?: number;
  /** JSON Schema (object) applied to every record. */
  'json-schema'?: Record<string, unknown>;
  'max-examples'?: number;
}

interface Violation {
  count: number;
  rows: RowPosition[];
  examples: string[];
}

const MAX_JSON_SCHEMA_FINDINGS = 50;

function preview(v: Cell): string {
  const s = String(v);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

/** The violation-key suffix of `allowed`/`unique` compared as text (for a text column). */
const AS_TEXT = '\0text';

/** A cell as text, as a pandas object column holds it (`007` stays `007`). */
const textKey = (v: Cell): string => (typeof v === 'string' ? v : String(v));

/** Row-level rules (range, allowed, regex, type, uniqueness, JSON Schema) evaluated while streaming. */
export class SchemaSink implements RowSink {
  private names: readonly string[] = [];
  private rules: {
    index: number;
    name: string;
    rule: ColumnRule;
    re?: RegExp;
    allowed?: Set<string>;
    /** The allowed values as text (a text column compares texts: `007` is not `7`). */
    allowedText?: Set<string>;
    /** Texts seen (`unique`). */
    seen?: Set<string>;
    /** Identity keys seen that differ from their text (`007` → `7`), so a numeric column compares by value. */
    seenValues?: Set<string>;
  }[] = [];
  readonly violations = new Map<string, Violation>();
  private readonly validate?: ReturnType<typeof compileSchema>;
  readonly jsonSchemaFindings: Finding[] = [];
  jsonSchemaFailures = 0;
  private readonly maxExamples: number;

  constructor(private readonly o: SchemaOptions) {
    this.maxExamples = o['max-examples'] ?? 5;
    if (o['json-schema']) this.validate = compileSchema(o['json-schema']);
  }

  columns(all: readonly string[]): void {
    this.names = all;
    this.rules = [];
    for (const [name, rule] of Object.entries(this.o.columns ?? {})) {
      const index = all.indexOf(name);
      if (index === -1) continue;
      this.rules.push({
        index,
        name,
        rule,
        ...(rule.regex ? { re: new RegExp(rule.regex, 'u') } : {}),
        ...(rule.allowed
          ? { allowed: new Set(rule.allowed.map(identityKey)), allowedText: new Set(rule.allowed.map(textKey)) }
          : {}),
        ...(rule.unique ? { seen: new Set<string>(), seenValues: new Set<string>() } : {}),
      });
    }
  }

  private hit(key: string, pos: RowPosition, value: Cell): void {
    let v = this.violations.get(key);
    if (!v) {
      v = { count: 0, rows: [], examples: [] };
      this.violations.set(key, v);
    }
    v.count++;
    if (v.rows.length < this.maxExamples) {
      v.rows.push({ ...pos });
      v.examples.push(preview(value));
    }
  }

  row(cells: readonly Cell[], pos: RowPosition, record?: Record<string, unknown>): void {
    for (const r of this.rules) {
      const v = cells[r.index] ?? null;
      if (v === null) continue;
      const { rule } = r;
      const num = typeof v === 'number' ? v : typeof v === 'string' ? parseNumber(v) : undefined;
      if (rule.type === 'integer' || rule.type === 'number') {
        if (num === undefined) this.hit(`${r.name}\0type`, pos, v);
        else if (rule.type === 'integer' && !Number.isInteger(num)) this.hit(`${r.name}\0type`, pos, v);
      } else if (rule.type === 'boolean' && !(typeof v === 'boolean' || /^(true|false)$/i.test(String(v)))) {
        this.hit(`${r.name}\0type`, pos, v);
      }
      if ((rule.min !== undefined || rule.max !== undefined) && num !== undefined) {
        if ((rule.min !== undefined && num < rule.min) || (rule.max !== undefined && num > rule.max))
          this.hit(`${r.name}\0range`, pos, v);
      }
      // `allowed` and `unique` are counted both ways; the check reports the one the column's type means (as
      // pandas compares an int64/float64 column by value and an object column by text).
      if (r.allowed && !r.allowed.has(identityKey(v))) this.hit(`${r.name}\0allowed`, pos, v);
      if (r.allowedText && !r.allowedText.has(textKey(v))) this.hit(`${r.name}\0allowed${AS_TEXT}`, pos, v);
      if (r.re && !r.re.test(String(v))) this.hit(`${r.name}\0regex`, pos, v);
      if (r.seen) {
        const text = textKey(v);
        const key = identityKey(v);
        // A value seen before has this identity iff its text is the identity, or its identity was kept apart.
        if (r.seen.has(key) || r.seenValues!.has(key)) this.hit(`${r.name}\0unique`, pos, v);
        if (r.seen.has(text)) this.hit(`${r.name}\0unique${AS_TEXT}`, pos, v);
        r.seen.add(text);
        if (key !== text) r.seenValues!.add(key);
      }
    }
    if (this.validate) {
      const obj = record ?? csvRecord(this.names, cells);
      if (!this.validate(obj)) {
        this.jsonSchemaFailures++;
        if (this.jsonSchemaFindings.length < MAX_JSON_SCHEMA_FINDINGS) {
          const problems = explainAjvErrors(this.validate.errors ?? []);
          const first = problems[0];
          this.jsonSchemaFindings.push({
            ruleId: 'schema.json-schema',
            severity: 'high',
            message: `Row ${pos.row} does not match the JSON Schema: ${first ? `${formatKeyPath(first.path) || '(record)'}: ${first.message}` : 'invalid'}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}.`,
            location: {
              path: pos.file,
              ...(pos.line !== undefined ? { line: pos.line } : {}),
              ...(first && first.path.length > 0 ? { field: String(first.path[0]) } : {}),
            },
          });
        }
      }
    }
  }
}

/** A CSV row as a JSON object for JSON Schema: numbers and booleans typed, missing values left out. */
function csvRecord(names: readonly string[], cells: readonly Cell[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) {
    const v = cells[i];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') {
      const n = parseNumber(v);
      o[names[i]!] = n !== undefined ? n : v === 'true' ? true : v === 'false' ? false : v;
    } else o[names[i]!] = v;
  }
  return o;
}

const TYPE_OK: Record<NonNullable<ColumnRule['type']>, (t: ColumnType) => boolean> = {
  integer: (t) => t === 'integer' || t === 'null',
  number: (t) => t === 'integer' || t === 'number' || t === 'null',
  string: () => true,
  boolean: (t) => t === 'boolean' || t === 'null',
};

const RULE_TEXT: Record<string, string> = {
  type: 'values of the wrong type',
  range: 'values out of range',
  allowed: 'values not in the allowed list',
  regex: 'values not matching the pattern',
  unique: 'duplicate values',
};

export function schemaCheck(
  o: SchemaOptions,
  columns: readonly ColumnData[],
  rows: number,
  sink: SchemaSink | undefined,
  path: string,
): CheckOutput {
  const findings: Finding[] = [];
  const byName = new Map(columns.map((c) => [c.name, c]));
  for (const [name, rule] of Object.entries(o.columns ?? {})) {
    const c = byName.get(name);
    if (!c) {
      const hint = suggest(name, [...byName.keys()]);
      if (rule.required !== false) {
        findings.push({
          ruleId: 'schema.missing-column',
          severity: 'high',
          message: `Required column ${name} is missing${hint ? ` (did you mean "${hint}"?)` : ''}.`,
          location: { path, field: name },
          help: 'Add the column to the dataset, or mark it "required: false" in the schema.',
        });
      } else if (hint) {
        // An optional column may be absent, but one a letter away from a real column is most likely misspelt:
        // its rules would silently never apply.
        const medium = () => 'medium' as const;
        findings.push(
          ...unknownColumnFindings('schema', { columns: [name] }, byName.keys(), 'the dataset', path, medium),
        );
      }
      continue;
    }
    const nullRate = c.count > 0 ? c.nulls / c.count : 0;
    const maxNull = rule['max-null-rate'];
    if (maxNull !== undefined && nullRate > maxNull) {
      findings.push({
        ruleId: 'schema.null-rate',
        severity: 'high',
        message: `Column ${name} has ${(nullRate * 100).toFixed(2)}% missing values (${c.nulls} of ${c.count}); at most ${(maxNull * 100).toFixed(2)}% allowed.`,
        location: { path, field: name },
      });
    }
    if (rule.type && !TYPE_OK[rule.type](c.type)) {
      const v = sink?.violations.get(`${name}\0type`);
      findings.push({
        ruleId: 'schema.type',
        severity: 'high',
        message: `Column ${name} should be ${rule.type} but reads as ${c.type}${v ? ` (${v.count} value(s), first at row ${v.rows[0]!.row}: ${v.examples[0]})` : ''}.`,
        location: {
          path: v?.rows[0]?.file ?? path,
          field: name,
          ...(v?.rows[0]?.line !== undefined ? { line: v.rows[0].line } : {}),
        },
      });
    }
    for (const kind of ['range', 'allowed', 'regex', 'unique'] as const) {
      const asText = c.type === 'string' && (kind === 'allowed' || kind === 'unique') ? AS_TEXT : '';
      const v = sink?.violations.get(`${name}\0${kind}${asText}`);
      if (!v) continue;
      const first = v.rows[0]!;
      findings.push({
        ruleId: `schema.${kind}`,
        severity: 'high',
        message: `Column ${name}: ${v.count} ${RULE_TEXT[kind]} (rows ${v.rows.map((r) => r.row).join(', ')}${v.count > v.rows.length ? ', …' : ''}; e.g. ${v.examples.slice(0, 3).join(', ')}).`,
        location: { path: first.file, field: name, ...(first.line !== undefined ? { line: first.line } : {}) },
      });
    }
  }
  const declared = new Set(Object.keys(o.columns ?? {}));
  const extra = o['additional-columns'] ?? 'allow';
  if (o.columns && extra !== 'allow') {
    for (const c of columns) {
      if (!declared.has(c.name)) {
        findings.push({
          ruleId: 'schema.additional-column',
          severity: extra === 'fail' ? 'high' : 'medium',
          message: `Column ${c.name} is not declared in the schema.`,
          location: { path, field: c.name },
        });
      }
    }
  }
  if (o['min-rows'] !== undefined && rows < o['min-rows']) {
    findings.push({
      ruleId: 'schema.row-count',
      severity: 'high',
      message: `The dataset has ${rows} rows; at least ${o['min-rows']} expected.`,
      location: { path },
    });
  }
  if (o['max-rows'] !== undefined && rows > o['max-rows']) {
    findings.push({
      ruleId: 'schema.row-count',
      severity: 'high',
      message: `The dataset has ${rows} rows; at most ${o['max-rows']} expected.`,
      location: { path },
    });
  }
  if (sink) {
    findings.push(...sink.jsonSchemaFindings);
    if (sink.jsonSchemaFailures > sink.jsonSchemaFindings.length) {
      findings.push({
        ruleId: 'schema.json-schema',
        severity: 'high',
        message: `${sink.jsonSchemaFailures - sink.jsonSchemaFindings.length} more record(s) do not match the JSON Schema (only the first ${sink.jsonSchemaFindings.length} are listed).`,
        location: { path },
      });
    }
  }
  return {
    id: 'schema',
    title: 'Schema',
    findings,
    details: { rows, columns: columns.map((c) => ({ name: c.name, type: c.type, nulls: c.nulls })) },
  };
}

/** Proposes schema rules from a trusted dataset (`ml-gates data infer-schema`). */
export function inferSchema(columns: readonly ColumnData[], rows: number): SchemaOptions {
  const out: Record<string, ColumnRule> = {};
  for (const c of columns) {
    const rule: ColumnRule = { required: true };
    if (c.type !== 'null') rule.type = c.type;
    if ((c.type === 'integer' || c.type === 'number') && c.sketched) {
      rule.min = c.sketched.sketch.min;
      rule.max = c.sketched.sketch.max;
    } else if ((c.type === 'integer' || c.type === 'number') && c.values.length > 0) {
      rule.min = c.values[0]!;
      rule.max = c.values[c.values.length - 1]!;
    }
    if (
      c.type === 'string' &&
      !c.categoriesTruncated &&
      c.categories.size > 0 &&
      c.categories.size <= 20 &&
      c.count - c.nulls >= 50
    ) {
      rule.allowed = [...c.categories.keys()].sort();
    }
    const nullRate = c.count > 0 ? c.nulls / c.count : 0;
    rule['max-null-rate'] = nullRate === 0 ? 0 : Math.min(1, Math.ceil(nullRate * 1.5 * 1000) / 1000);
    if (!c.categoriesTruncated && c.categories.size === c.count - c.nulls && c.count - c.nulls >= 50)
      rule.unique = true;
    out[c.name] = rule;
  }
  return { columns: out, 'min-rows': Math.max(1, Math.floor(rows / 2)) };
}
