import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { GATE_NAMES, REPORT_SCHEMA_VERSION, UserError, worstVerdict, type GateResult } from '@ml-gates/core';
import { POLICY_RESULT_NAME } from './policy.js';

/** Is this parsed JSON a gate result (`<gate>.json`) of the report format this version reads? */
function asGateResult(value: unknown): GateResult | undefined {
  const v = value as Partial<GateResult> | null;
  if (v === null || typeof v !== 'object' || typeof v.gate !== 'string' || !Array.isArray(v.checks)) return undefined;
  return v as GateResult;
}

/**
 * Why a report's verdicts do not follow from its own checks (a report edited after the gate wrote it), or
 * `undefined`. Checked without the config: the gate's verdict is at least its worst check's, and a check in
 * block mode with an open critical finding (which every `fail-on` blocks) failed.
 */
export function inconsistentVerdict(r: GateResult): string | undefined {
  const worst = worstVerdict([r.verdict, ...r.checks.map((c) => c.verdict)]);
  if (worst !== r.verdict) {
    const c = r.checks.find((x) => x.verdict === worst)!;
    return `its verdict is ${r.verdict}, but check ${c.id} is ${worst}`;
  }
  for (const c of r.checks) {
    const critical = (c.findings ?? []).find((f) => !f.waived && f.severity === 'critical');
    if (c.mode === 'block' && critical && c.verdict !== 'fail')
      return `check ${c.id} is ${c.verdict} in block mode with an open critical finding (${critical.ruleId})`;
  }
  return undefined;
}

/**
 * The reports must be about one commit: a policy over a scan of one commit and an evaluation of another
 * judges no model. A report without a commit beside reports with one cannot be placed either.
 */
function requireOneCommit(reports: readonly { result: GateResult; file: string }[], dir: string): void {
  const byCommit = new Map<string, string[]>();
  for (const { result, file } of reports) {
    const key = result.commit?.toLowerCase() ?? '(no commit recorded)';
    byCommit.set(key, [...(byCommit.get(key) ?? []), `${result.gate} (${relative(dir, file)})`]);
  }
  if (byCommit.size <= 1) return;
  throw new UserError('input-invalid', `${dir}: the reports are about different commits; a policy judges one commit.`, {
    details: [
      ...[...byCommit].map(([commit, gates]) => `${commit}: ${gates.join(', ')}`),
      "Keep one commit's reports in the folder (download the artifacts of one run).",
    ],
  });
}

/**
 * Reads the gates' JSON reports under `dir` (and its sub-folders, as downloaded artifacts are laid out):
 * `ml-gates.json` (all gates of one run) and `<gate>.json`. A policy can therefore span gates that ran in
 * separate jobs. The same gate reported twice with different results is an error (which one would the policy
 * judge?); a report of another schema version, or one that does not parse, is an error, never skipped; so
 * are a shard's partial report (merge first) and reports about different commits.
 */
export async function readReports(
  dir: string,
): Promise<{ results: GateResult[]; files: string[]; sources: Map<string, string> }> {
  const byGate = new Map<string, { result: GateResult; file: string; text: string }>();
  const files: string[] = [];
  const wanted = new Set(['ml-gates.json', ...GATE_NAMES.map((g) => `${g}.json`)]);
  let entries: string[];
  try {
    entries = (await readdir(dir, { recursive: true })).map(String).sort();
  } catch (error) {
    throw new UserError('input-unreadable', `${dir}: cannot read the reports folder (${(error as Error).message}).`);
  }
  for (const entry of entries) {
    const base = entry.split(/[\\/]/).pop()!;
    if (!wanted.has(base)) continue;
    const file = join(dir, entry);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new UserError('input-unreadable', `${file}: not a JSON report (${(error as Error).message}).`);
    }
    const candidates = Array.isArray((parsed as { results?: unknown }).results)
      ? ((parsed as { results: unknown[] }).results.map(asGateResult) as (GateResult | undefined)[])
      : [asGateResult(parsed)];
    for (const result of candidates) {
      if (!result) throw new UserError('input-unreadable', `${file}: not an ml-gates report (no gate and checks).`);
      if (result.schemaVersion !== REPORT_SCHEMA_VERSION) {
        throw new UserError(
          'input-invalid',
          `${file}: report schema version ${String(result.schemaVersion)}, this ml-gates reads ${REPORT_SCHEMA_VERSION}.`,
        );
      }
      if (result.gate === POLICY_RESULT_NAME) continue;
      const edited = Array.isArray(result.checks) ? inconsistentVerdict(result) : undefined;
      if (edited) {
        throw new UserError(
          'input-invalid',
          `${file}: ${result.gate}: ${edited}; the report does not follow from its own checks (edited after the gate wrote it?).`,
          { details: ["Judge the reports as the gates wrote them (the run's report artifacts)."] },
        );
      }
      if (result.shard !== undefined) {
        throw new UserError(
          'input-invalid',
          `${file}: ${result.gate} is the partial report of shard ${result.shard.index}/${result.shard.count}; a policy judges whole results.`,
          { details: ['Join the shards first with "ml-gates merge --out DIR", then judge DIR.'] },
        );
      }
      const text = JSON.stringify(result);
      const seen = byGate.get(result.gate);
      if (seen && seen.text !== text) {
        throw new UserError(
          'input-invalid',
          `${result.gate} is reported twice with different results (${relative(dir, seen.file)} and ${relative(dir, file)}); keep one run's reports per folder.`,
        );
      }
      byGate.set(result.gate, { result, file, text });
    }
    files.push(file);
  }
  if (byGate.size === 0) {
    throw new UserError('input-invalid', `${dir}: no gate report found (ml-gates.json or <gate>.json).`, {
      details: ['Write reports with "ml-gates run --out DIR" or download the gates\' report artifacts into DIR.'],
    });
  }
  requireOneCommit([...byGate.values()], dir);
  const order = (g: string): number => {
    const i = (GATE_NAMES as readonly string[]).indexOf(g);
    return i < 0 ? GATE_NAMES.length : i;
  };
  const results = [...byGate.values()].map((v) => v.result).sort((a, b) => order(a.gate) - order(b.gate));
  const sources = new Map([...byGate].map(([gate, v]) => [gate, relative(dir, v.file)]));
  return { results, files, sources };
}
