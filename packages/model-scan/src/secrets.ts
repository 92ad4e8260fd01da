/**
 * Secrets in artifacts, configs, safetensors `__metadata__`, GGUF/ONNX metadata and pickled strings: a thin
 * adapter over the shared catalogue in `@ml-gates/core` (same formats, rule ids and redaction as the
 * notebook and dataset checks).
 */
import { findSecrets as findCatalogued } from '@ml-gates/core';

export interface SecretHit {
  /** Catalogue rule id (`github-token`); the finding's rule id is `secrets.<rule>`. */
  rule: string;
  /** Human title of the format. */
  name: string;
  /** The redacted token (`redactSecret`): the only form that may reach a report. */
  masked: string;
  index: number;
  /**
   * Always true: a match that fails its format's checksum is not a secret and is not returned.
   * Kept so callers written against the earlier API keep working.
   */
  verified: boolean;
}

/** Finds secrets in `text`; `max` caps the hits. */
export function findSecrets(text: string, max = 20): SecretHit[] {
  return findCatalogued(text, max).map((s) => ({
    rule: s.rule.id,
    name: s.rule.title,
    masked: s.redacted,
    index: s.index,
    verified: true,
  }));
}
