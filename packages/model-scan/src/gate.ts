/** The model-scan gate: walks the paths, scans each file (scan.ts), adds the supply-chain checks, returns the output. */
import {
  collectFiles,
  describeSkipped,
  planDigest,
  selectShard,
  walkScope,
  SEVERITIES,
  type CheckOutput,
  type Finding,
  type Gate,
  type GateContext,
  type GateOutput,
  type GateResult,
  type ShardInfo,
  type SubjectOutput,
  type WalkEntry,
} from '@ml-gates/core';
import { CHECK_IDS, type CheckId, type TaggedFinding } from './findings.js';
import { GlobalPolicy, SAFE_GLOBALS } from './pickle/policy.js';
import { DEFAULT_LIMITS, scanFile, type FileReport, type ScanLimits } from './scan.js';
import { FileDigests } from './digests.js';
import { MODEL_SCAN_COMMANDS } from './commands.js';
import { inputsToOptions, MODEL_SCAN_CHECKS, modelScanOptionsSchema, type ModelScanOptions } from './options.js';
import { runSupplyChainChecks, SUPPLY_CHAIN_CHECKS, supplyChainOptionsSchema } from './supply-chain/index.js';
import { MODEL_SCAN_RULES } from './rules.js';

const TITLE_OF = new Map(MODEL_SCAN_CHECKS.map((c) => [c.id, c.title]));

function human(n: number): string {
  return n >= 2 ** 30 ? `${(n / 2 ** 30).toFixed(1)} GiB` : n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${n} B`;
}

/** The files of this run: all that matched, and this shard's part of them (all of them when not sharded). */
async function filesOfRun(ctx: GateContext<ModelScanOptions>, paths: string[]) {
  const walked = await collectFiles(ctx.cwd, paths, walkScope(ctx.services));
  const items = walked.files.map((f) => ({ ...f, key: f.relPath, bytes: f.size }));
  if (!ctx.shard) return { ...walked, all: walked.files, shard: undefined };
  const mine = new Set(selectShard(items, ctx.shard).map((i) => i.key));
  const shard: ShardInfo = { ...ctx.shard, plan: planDigest(items), items: mine.size };
  return { ...walked, all: walked.files, files: walked.files.filter((f) => mine.has(f.relPath)), shard };
}

/** Findings by check, filled as the files are scanned. */
class Findings {
  readonly byCheck = new Map<CheckId, Finding[]>(CHECK_IDS.map((id) => [id, []]));
  push(f: TaggedFinding): void {
    const { check, ...finding } = f;
    this.byCheck.get(check)!.push(finding);
  }
}

/** Paths the walk could not read or follow (reported once: by shard 1 of a sharded run). */
function walkProblems(out: Findings, problems: Awaited<ReturnType<typeof collectFiles>>['problems']): void {
  for (const p of problems) {
    out.push({
      check: 'coverage',
      ruleId: p.problem === 'symlink-outside-root' ? 'scan.symlink-outside' : 'scan.unreadable',
      severity: 'high',
      message:
        p.problem === 'symlink-outside-root'
          ? `symlink ${p.detail}: not followed, so its target was not scanned`
          : `could not be read: ${p.detail}`,
      location: { path: p.relPath },
    });
  }
}

/** The subject (report row) of one scanned file. */
function subjectOf(f: WalkEntry, report: FileReport, enabled: TaggedFinding[]): SubjectOutput {
  const inner = report.formats.filter((x) => x !== report.format);
  return {
    path: f.relPath,
    kind: inner.length > 0 ? `${report.format} (${inner.join(', ')})` : report.format,
    size: f.size,
    ...(report.sha256 ? { sha256: report.sha256 } : {}),
    details: {
      findings: enabled.length,
      ...(report.pickles > 0 ? { pickles: report.pickles, opcodes: report.opcodes } : {}),
      ...(report.members > 0 ? { members: report.members } : {}),
      ...(report.imports.length > 0 ? { imports: report.imports.slice(0, 50) } : {}),
      durationMs: report.durationMs,
    },
  };
}

/** Scans every file of the run, one after the other; the digests are recorded for the supply-chain checks. */
async function scanFiles(
  ctx: GateContext<ModelScanOptions>,
  files: WalkEntry[],
  out: Findings,
  digests: FileDigests,
): Promise<{ subjects: SubjectOutput[]; bytes: number }> {
  const opts = ctx.options;
  const policy = new GlobalPolicy(opts.allowlist ?? []);
  const limits: ScanLimits = { ...DEFAULT_LIMITS, ...(opts.limits ?? {}) };
  const subjects: SubjectOutput[] = [];
  let bytes = 0;
  for (const [i, f] of files.entries()) {
    if (ctx.signal.aborted) break;
    ctx.logger.info(`[${i + 1}/${files.length}] ${f.relPath} (${human(f.size)})`);
    let report: FileReport;
    try {
      report = await scanFile(f.path, f.relPath, f.size, {
        policy,
        limits,
        hash: opts.hash !== false,
        signal: ctx.signal,
        digests,
      });
    } catch (error) {
      // unreadable file (permissions, vanished): reported, the scan goes on
      out.push({
        check: 'coverage',
        ruleId: 'scan.unreadable',
        severity: 'high',
        message: `could not be read: ${(error as Error).message}`,
        location: { path: f.relPath },
      });
      subjects.push({ path: f.relPath, size: f.size, verdict: 'error' });
      continue;
    }
    bytes += f.size;
    const enabled = report.findings.filter((x) => ctx.check(x.check).mode !== 'off');
    enabled.forEach((x) => out.push(x));
    if (report.dropped > 0) {
      out.push({
        check: 'coverage',
        ruleId: 'scan.too-many-findings',
        severity: 'info',
        message: `${report.dropped} more findings in this file were not listed`,
        location: { path: f.relPath },
      });
    }
    subjects.push(subjectOf(f, report, enabled));
  }
  return { subjects, bytes };
}

/** The check outputs of the artifact scan; `coverage` says what was scanned, or that nothing matched. */
function scanChecks(
  ctx: GateContext<ModelScanOptions>,
  out: Findings,
  run: { paths: string[]; matched: number; files: number; bytes: number; elapsed: number; skipped: number },
  outOfScope: string | undefined,
): CheckOutput[] {
  const checks: CheckOutput[] = [];
  for (const id of CHECK_IDS) {
    if (ctx.check(id).mode === 'off') continue;
    const findings = out.byCheck.get(id)!;
    const check: CheckOutput = { id, title: TITLE_OF.get(id)!, findings, durationMs: run.elapsed };
    if (id === 'coverage') {
      if (run.matched === 0) {
        check.outcome = 'error';
        check.summary = `nothing scanned: no files matched ${run.paths.join(', ')}`;
      } else {
        if (findings.length === 0)
          check.summary =
            `${run.files} file(s), ${human(run.bytes)} scanned in ${(run.elapsed / 1000).toFixed(1)} s` +
            (outOfScope ? `; ${outOfScope}` : '');
        check.metrics = [
          { name: 'files', value: run.files },
          { name: 'bytes', value: run.bytes, unit: 'B' },
          { name: 'out-of-scope', value: run.skipped },
        ];
      }
    }
    checks.push(check);
  }
  return checks;
}

/**
 * The gate run. Sharded (`ctx.shard`), it scans only its part of the files (`selectShard`, balanced by bytes);
 * what concerns the whole tree (walk problems, out-of-scope counts, and the supply-chain checks: manifest,
 * DVC, signature, model card, code, ML-BOM) runs in shard 1 only, on every file, so the merged findings and
 * verdict are the unsharded ones.
 */
async function run(ctx: GateContext<ModelScanOptions>): Promise<GateOutput> {
  const opts = ctx.options;
  const paths = opts.paths?.length ? opts.paths : ['.'];
  const started = Date.now();
  const { files, all, problems, skipped, shard } = await filesOfRun(ctx, paths);
  const wholeTree = !shard || shard.index === 1;
  // What the default scope left out (virtualenvs, .gitignore'd files...) is counted in the report.
  const outOfScope = wholeTree ? describeSkipped(skipped) : undefined;
  if (outOfScope) ctx.logger.info(outOfScope);
  const out = new Findings();
  if (wholeTree) walkProblems(out, problems);
  // one SHA-256 per file, computed by the scan's own read and reused by the ML-BOM (issue 20)
  const digests = new FileDigests();
  const { subjects, bytes } = await scanFiles(ctx, files, out, digests);
  const elapsed = Date.now() - started;
  const outOfScopeCount = wholeTree ? skipped.filter((s) => s.reason !== 'vcs').length : 0;
  const run = { paths, matched: all.length, files: files.length, bytes, elapsed, skipped: outOfScopeCount };
  const checks = scanChecks(ctx, out, run, outOfScope);
  if (wholeTree) {
    // The ML-BOM records the artifact scan's findings, and takes the digests the scan computed, so no file is
    // hashed twice.
    const supplyCtx = ctx as unknown as GateContext<Record<string, unknown>>;
    checks.push(...(await runSupplyChainChecks(supplyCtx, { outputs: [...checks], digests })));
  }
  return {
    checks,
    subjects,
    rulesets: { 'model-scan-allowlist': `${SAFE_GLOBALS.length}+${(opts.allowlist ?? []).length}` },
    headline:
      all.length === 0
        ? 'nothing scanned'
        : (judged) => `${files.length} file(s) scanned, ${judged.filter((s) => s.verdict === 'fail').length} unsafe`,
    details: { files: files.length, bytes, durationMs: elapsed },
    ...(shard ? { shard } : {}),
  };
}

function outputs(result: GateResult): Record<string, string> {
  const all = result.checks.flatMap((c) => c.findings).filter((f) => !f.waived);
  const out: Record<string, string> = {};
  for (const s of SEVERITIES) out[s] = String(all.filter((f) => f.severity === s).length);
  out.files = String(result.subjects.length);
  out['unsafe-files'] = String(result.subjects.filter((s) => s.verdict === 'fail').length);
  return out;
}

/** Model scan gate. */
export const modelScanGate: Gate<ModelScanOptions> = {
  name: 'model-scan',
  title: 'Model scan',
  rules: MODEL_SCAN_RULES,
  description: 'Static security scan of model artifacts and the code that loads them, never executing what it reads.',
  checks: [...MODEL_SCAN_CHECKS, ...SUPPLY_CHAIN_CHECKS],
  optionsSchema: { ...modelScanOptionsSchema, ...supplyChainOptionsSchema },
  defaultFailOn: 'medium',
  run,
  inputsToOptions,
  commands: MODEL_SCAN_COMMANDS,
  outputs,
};
