import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}

/**
 * Compiles the SARIF 2.1.0 schema (draft-04) with @ml-gates/core's ajv 8: draft-04's `id` becomes `$id`
 * (the schema uses no other draft-04-only keyword).
 */
export function sarifValidator(): Validator {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/github/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  const coreRequire = createRequire(new URL('../../packages/core/package.json', import.meta.url));
  const Ajv = (
    coreRequire('ajv') as {
      default: new (o: object) => { compile(s: object): Validator; addFormat(n: string, f: unknown): void };
    }
  ).default;
  // The schema's `language` pattern is not valid with the `u` flag ajv uses by default.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv.compile({ ...rest, $id: id });
}
