import { issueToFinding, verifyDvcFiles, type Finding, type IntegrityRuleIds } from '@ml-gates/core';

/** model-scan's rule ids for what core's DVC verification finds (an output outside its folder is invalid). */
export const DVC_RULE_IDS: IntegrityRuleIds = {
  missing: 'dvc.missing',
  changed: 'dvc.changed',
  extra: 'dvc.extra',
  outside: 'dvc.invalid',
  invalid: 'dvc.invalid',
};

export interface DvcResult {
  findings: Finding[];
  dvcFiles: number;
  verified: number;
}

/** Verifies every `.dvc` file among `dvcFiles` (paths relative to `cwd`) with core's DVC verification. */
export async function verifyDvc(cwd: string, dvcFiles: string[], signal?: AbortSignal): Promise<DvcResult> {
  const r = await verifyDvcFiles(cwd, dvcFiles, signal ? { signal } : {});
  return {
    findings: r.issues.map((i) => issueToFinding(i, DVC_RULE_IDS)),
    dvcFiles: dvcFiles.length,
    verified: r.verified.length,
  };
}
