/** A JSON Schema (draft 2020-12 subset that ajv understands). Kept loose on purpose: schemas are data. */
export type JsonSchema = { [keyword: string]: unknown };
