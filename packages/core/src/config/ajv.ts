import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonSchema } from './json-schema.js';

export type { ErrorObject, ValidateFunction };

/**
 * The one ajv factory of the project. `useDefaults` fills in defaults declared in schemas, so gates
 * read resolved options; `allErrors` reports every problem at once.
 */
export function compileSchema<T>(schema: JsonSchema, options: { useDefaults?: boolean } = {}): ValidateFunction<T> {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    useDefaults: options.useDefaults ?? false,
    verbose: true,
  });
  return ajv.compile<T>(schema);
}
