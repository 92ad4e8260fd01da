/** The whole scanner on a file: scanFile must end with a report (findings or none), never throw. */
import type { FileReport } from '../../packages/model-scan/src/scan.js';
import { DEFAULT_LIMITS, scanFile } from '../../packages/model-scan/src/scan.js';
import { GlobalPolicy } from '../../packages/model-scan/src/pickle/policy.js';
import { FuzzBug, leakedInternalError } from './oracle.js';
import { scratchFile } from './temp.js';

const opts = {
  policy: new GlobalPolicy([]),
  // Small budgets: a hostile input must end in a limit finding quickly, not fill the fuzzer's memory.
  limits: { ...DEFAULT_LIMITS, timeoutSeconds: 20, maxInflateBytes: 64 << 20, maxBufferedBytes: 16 << 20 },
  hash: false,
};

/** Scans `data` as a file named `name`; throws a FuzzBug when the scanner leaks an internal error. */
export async function scanBytes(data: Buffer, name = 'input.bin'): Promise<FileReport> {
  const path = scratchFile(data, name);
  const report = await scanFile(path, name, data.length, opts);
  const leaked = report.findings.find((f) => leakedInternalError(f.message));
  if (leaked) throw new FuzzBug(`internal error reported as a finding: ${leaked.ruleId}: ${leaked.message}`);
  return report;
}
