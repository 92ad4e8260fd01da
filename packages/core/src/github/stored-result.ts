import { gunzipSync, gzipSync } from 'node:zlib';
import { JUDGED_RESULTS } from '../registry/gates.js';
import { GATE_NAMES, VERDICTS, type GateResult } from '../result/types.js';
import { actionRequiredOf } from '../result/contracts.js';

/**
 * Each gate stores a compact copy of its result in its check run (an HTML comment in `output.text`,
 * invisible on GitHub), so any gate can rebuild the one PR comment from the check runs of the head
 * commit. Gzip + base64 keeps it small and makes the content inert (no `-->` can end the comment early).
 */
const PREFIX = '<!-- ml-gates:result:v1 ';
const SUFFIX = ' -->';
/** Room left for the stored result inside the 65,535-character `output.text`. */
export const STORED_RESULT_LIMIT = 60_000;
/** Findings and metrics kept per check in the stored copy (the comment shows fewer). */
export const STORED_ITEMS_PER_CHECK = 20;

/** The result with at most `maxItems` findings and metrics per check; what was dropped is counted in `details.omitted`. */
export function compactResult(result: GateResult, maxItems: number): GateResult {
  const omitted: Record<string, { findings: number; metrics: number }> = {};
  const checks = result.checks.map((c) => {
    const f = Math.max(0, c.findings.length - maxItems);
    const m = Math.max(0, c.metrics.length - maxItems);
    if (f > 0 || m > 0) omitted[c.id] = { findings: f, metrics: m };
    const { details: _details, charts: _charts, artifacts: _artifacts, ...rest } = c;
    return {
      ...rest,
      findings: c.findings.slice(0, maxItems).map((x) => ({ ...x, help: undefined })),
      metrics: c.metrics.slice(0, maxItems).map(({ details: _d, ...x }) => x),
    };
  });
  const { details: _details, subjects, ...rest } = result;
  const actionRequired = actionRequiredOf(result);
  return {
    ...rest,
    checks,
    subjects: subjects.slice(0, 0),
    // The stored copy's format is read by other jobs (and older versions): what was dropped and whether a person
    // must act are also kept in `details`, as ever (`omittedOf` reads it there; decoding restores the typed field).
    details: {
      subjectCount: subjects.length,
      ...(Object.keys(omitted).length > 0 ? { omitted } : {}),
      ...(actionRequired ? { actionRequired: true } : {}),
    },
  };
}

/** The HTML comment holding the result, shrinking it until it fits in `limit` characters. */
export function encodeStoredResult(result: GateResult, limit = STORED_RESULT_LIMIT): string {
  for (let items = STORED_ITEMS_PER_CHECK; ; items = Math.floor(items / 2)) {
    const compact = compactResult(result, items);
    const blob = gzipSync(JSON.stringify(compact)).toString('base64');
    if (blob.length + PREFIX.length + SUFFIX.length <= limit || items === 0) {
      if (blob.length + PREFIX.length + SUFFIX.length <= limit) return `${PREFIX}${blob}${SUFFIX}`;
      // Even without findings it does not fit (thousands of checks?): store the headline only.
      const minimal = { ...compact, checks: [], errors: compact.errors.slice(0, 5).map((e) => e.slice(0, 500)) };
      return `${PREFIX}${gzipSync(JSON.stringify(minimal)).toString('base64')}${SUFFIX}`;
    }
  }
}

/**
 * Reads a stored result back from check-run text. Returns `undefined` for anything that is not a
 * well-formed result (the text is written by whoever can create check runs: treat it as untrusted).
 */
export function decodeStoredResult(text: string | null | undefined): GateResult | undefined {
  if (!text) return undefined;
  const start = text.lastIndexOf(PREFIX);
  if (start < 0) return undefined;
  const end = text.indexOf(SUFFIX, start + PREFIX.length);
  if (end < 0) return undefined;
  const blob = text.slice(start + PREFIX.length, end);
  if (!/^[A-Za-z0-9+/=]+$/.test(blob)) return undefined;
  try {
    const json = gunzipSync(Buffer.from(blob, 'base64'), { maxOutputLength: 4 * 1024 * 1024 }).toString('utf8');
    const r = JSON.parse(json) as GateResult;
    if (!isResultShape(r)) return undefined;
    // Copies stored by older versions carry "a person must act" only in details.
    if (r.actionRequired === undefined && r.details?.actionRequired === true) r.actionRequired = true;
    return r;
  } catch {
    return undefined;
  }
}

function isResultShape(r: unknown): r is GateResult {
  const x = r as Partial<GateResult> | null;
  if (x === null || typeof x !== 'object') return false;
  if (typeof x.gate !== 'string' || !([...GATE_NAMES, ...JUDGED_RESULTS] as string[]).includes(x.gate)) return false;
  if (typeof x.verdict !== 'string' || !(VERDICTS as readonly string[]).includes(x.verdict)) return false;
  if (typeof x.headline !== 'string' || typeof x.version !== 'string') return false;
  if (!Array.isArray(x.checks) || !Array.isArray(x.errors) || !Array.isArray(x.waivers) || !Array.isArray(x.subjects))
    return false;
  if (typeof x.timings !== 'object' || x.timings === null || typeof x.timings.durationMs !== 'number') return false;
  for (const c of x.checks) {
    if (typeof c !== 'object' || c === null || typeof c.title !== 'string' || typeof c.summary !== 'string')
      return false;
    if (!Array.isArray(c.findings) || !Array.isArray(c.metrics) || !(VERDICTS as readonly string[]).includes(c.verdict))
      return false;
    for (const f of c.findings)
      if (typeof f?.message !== 'string' || typeof f.ruleId !== 'string' || typeof f.severity !== 'string')
        return false;
    for (const m of c.metrics) if (typeof m?.name !== 'string') return false;
  }
  for (const e of x.errors) if (typeof e !== 'string') return false;
  for (const w of x.waivers)
    if (typeof w?.owner !== 'string' || typeof w.reason !== 'string' || typeof w.check !== 'string') return false;
  return true;
}
