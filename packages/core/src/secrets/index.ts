/** Secret detection shared by every gate: the catalogue of token formats, the finder and the one redaction. */
export { SECRET_RULES, secretRule, secretRuleId, type SecretRule } from './catalogue.js';
export { checksumValid, checksummedToken } from './checksum.js';
export { findSecrets, redactSecret, type SecretMatch } from './find.js';
