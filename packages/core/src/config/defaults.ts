import type { JsonSchema } from './json-schema.js';

type Properties = Record<string, JsonSchema>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const nestedProperties = (schema: JsonSchema): Properties | undefined =>
  isPlainObject(schema.properties) ? (schema.properties as Properties) : undefined;

/**
 * `given` over the defaults the schema declares, object by object: what the user wrote wins, a missing key
 * takes its `default`, and an object option whose properties have defaults is filled in (created when
 * absent and it has any). This is the one place option defaults come from: gates read the result and keep
 * no defaults of their own, so the JSON Schema (and the docs made from it) is the only source.
 */
export function withSchemaDefaults(
  properties: Properties,
  given: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...given };
  for (const [key, schema] of Object.entries(properties)) {
    const nested = nestedProperties(schema);
    if (key in given) {
      if (nested && isPlainObject(given[key])) out[key] = withSchemaDefaults(nested, given[key]);
      continue;
    }
    if ('default' in schema) {
      const value = structuredClone(schema.default);
      out[key] = nested && isPlainObject(value) ? withSchemaDefaults(nested, value) : value;
    } else if (nested) {
      const filled = withSchemaDefaults(nested);
      if (Object.keys(filled).length > 0) out[key] = filled;
    }
  }
  return out;
}

/** The defaults alone (`withSchemaDefaults` of nothing): what a gate runs with when the config is silent. */
export function schemaDefaults(properties: Properties): Record<string, unknown> {
  return withSchemaDefaults(properties);
}
