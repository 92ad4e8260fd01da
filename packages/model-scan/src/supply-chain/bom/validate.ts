import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import * as Validation from '@cyclonedx/cyclonedx-library/Validation';

/**
 * Validates BOM JSON text against the CycloneDX 1.6 JSON schema shipped with `@cyclonedx/cyclonedx-library`
 * (strict: no unknown properties). Needs the library's optional peers `ajv`, `ajv-formats` and
 * `ajv-formats-draft2019`. Returns `null` when valid, otherwise the validation errors.
 */
export async function validateBomJson(json: string): Promise<unknown> {
  const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
  return validator.validate(json);
}
