import { worstVerdict } from '../policy/severity.js';
import { REPORT_SCHEMA_VERSION, type GateResult, type Verdict } from '../result/types.js';
import { ML_GATES_VERSION } from '../version.js';

/** Several gates' results in one document (`ml-gates.json`, and `--format json` on stdout). */
export interface RunReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  version: string;
  verdict: Verdict;
  results: GateResult[];
}

/** The overall verdict of several gates (fail > error > warn > pass > skipped). */
export function overallVerdict(results: readonly GateResult[]): Verdict {
  return worstVerdict(results.map((r) => r.verdict));
}

export function toRunReport(results: readonly GateResult[]): RunReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    version: ML_GATES_VERSION,
    verdict: overallVerdict(results),
    results: [...results],
  };
}

export function renderJson(value: GateResult | RunReport): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
