import { createHash } from 'node:crypto';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonSchema } from './json-schema.js';

export type { ErrorObject, ValidateFunction };

/** Validators precompiled at build time (scripts/gen-validators.mjs), by `schemaKey`. */
const PRECOMPILED = new Map<string, ValidateFunction>();

/** The digest a precompiled validator is filed under; scripts/gen-validators.mjs computes the same. */
export function schemaKey(schema: JsonSchema, useDefaults: boolean): string {
  const digest = createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32);
  return `${digest}${useDefaults ? ':defaults' : ''}`;
}

/**
 * Makes `compileSchema` answer these schemas with the validators Ajv's standalone code generated at build
 * time (no Ajv instance, no meta-schema compiled at start-up). Bundles call it first with their own set
 * (`packages/core/src/config/precompiled/<bundle>.ts`); a schema not among them is compiled as before.
 */
export function registerPrecompiled(validators: Readonly<Record<string, ValidateFunction>>): void {
  for (const [key, validate] of Object.entries(validators)) PRECOMPILED.set(key, validate);
}

/**
 * The one ajv factory of the project. `useDefaults` fills in defaults declared in schemas, so gates
 * read resolved options; `allErrors` reports every problem at once. A schema precompiled at build time
 * (`registerPrecompiled`) is not compiled again.
 */
export function compileSchema<T>(schema: JsonSchema, options: { useDefaults?: boolean } = {}): ValidateFunction<T> {
  const useDefaults = options.useDefaults ?? false;
  if (PRECOMPILED.size > 0) {
    const found = PRECOMPILED.get(schemaKey(schema, useDefaults));
    if (found) return found as ValidateFunction<T>;
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false, useDefaults, verbose: true });
  return ajv.compile<T>(schema);
}
