/**
 * model-scan: static security scan of model artifacts (pickle, PyTorch, joblib, NumPy, Keras, TensorFlow,
 * ONNX, GGUF, safetensors, archives and compressed wrappers), never executing what it reads. The
 * supply-chain checks (issue 5) live in ./supply-chain and are merged into this gate.
 */
import {
  collectFiles,
  describeSkipped,
  planDigest,
  selectShard,
  walkScope,
  SEVERITIES,
  UserError,
  type CheckOutput,
  type CheckSpec,
  type Finding,
  type Gate,
  type GateCommand,
  type GateContext,
  type GateOutput,
  type GateResult,
  type JsonSchema,
  type ShardInfo,
  type SubjectOutput,
  type WalkEntry,
} from '@ml-gates/core';
import { CHECK_IDS, type CheckId, type TaggedFinding } from './findings.js';
import { GlobalPolicy, SAFE_GLOBALS, type AllowlistEntry } from './pickle/policy.js';
import { DEFAULT_LIMITS, scanFile, type FileReport, type ScanLimits } from './scan.js';
import { FileDigests } from './digests.js';
import { formatTitles } from './formats/index.js';
import {
  runSupplyChainChecks,
  SUPPLY_CHAIN_CHECKS,
  supplyChainCommands,
  supplyChainOptionsSchema,
} from './supply-chain/index.js';
import { MODEL_SCAN_RULES } from './rules.js';

export { GlobalPolicy, SAFE_GLOBALS } from './pickle/policy.js';
export { DEFAULT_PICKLE_LIMITS, PickleVM } from './pickle/vm.js';
export { scanFile, DEFAULT_LIMITS } from './scan.js';
export { detect } from './detect.js';
export { checkTemplate } from './formats/jinja.js';
export { CHECK_IDS } from './findings.js';
export { FileDigests } from './digests.js';
export { FORMATS, type FormatHandler } from './formats/index.js';

export interface ModelScanOptions {
  paths: string[];
  allowlist: AllowlistEntry[];
  limits: Partial<Omit<ScanLimits, 'pickle'>>;
  hash: boolean;
  [key: string]: unknown;
}

const TITLES: Record<CheckId, [string, string]> = {
  pickle: [
    'Pickle code execution',
    'Simulates every pickle stream (protocols 0-5) and flags callables that are not allowlisted; known code-execution callables are critical.',
  ],
  archive: [
    'Archive integrity',
    'Zip and tar members read like PyTorch does: duplicates, polyglots, inconsistent headers, bad CRCs, path traversal, decompression bombs.',
  ],
  formats: [
    'Model format safety',
    'Keras Lambda layers and foreign modules, TensorFlow file/Python ops, ONNX external data and custom ops, safetensors and GGUF structure.',
  ],
  templates: [
    'Chat template injection',
    'Jinja chat templates (GGUF, tokenizer_config.json) parsed for sandbox escapes.',
  ],
  secrets: ['Embedded secrets', 'High-confidence token formats in artifacts, configs and metadata, reported masked.'],
  coverage: [
    'Scan coverage',
    'Files, members or streams that could not be fully scanned (malformed, encrypted, over a limit); nothing scanned is an error.',
  ],
};

export const MODEL_SCAN_CHECKS: CheckSpec[] = CHECK_IDS.map((id) => ({
  id,
  title: TITLES[id][0],
  description: TITLES[id][1],
  defaultMode: 'block',
}));

const limitsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  description: 'Budgets that bound time and memory on hostile files; reaching one is a `scan.limit` finding.',
  properties: {
    maxDepth: {
      type: 'integer',
      minimum: 1,
      maximum: 64,
      description: 'Nesting depth of archives, wrappers and nested pickles (default 8).',
    },
    maxMembers: { type: 'integer', minimum: 1, description: 'Entries per archive (default 100000).' },
    maxInflateBytes: { type: 'integer', minimum: 1, description: 'Bytes decompressed per file (default 32 GiB).' },
    bombRatio: {
      type: 'number',
      minimum: 1,
      description: 'Compression ratio above which a member is a decompression bomb (default 200).',
    },
    maxBufferedBytes: {
      type: 'integer',
      minimum: 1,
      description: 'Largest compressed member held in memory when its format needs random access (default 256 MiB).',
    },
    timeoutSeconds: { type: 'number', minimum: 1, description: 'Time budget per file (default 600).' },
    maxNested: { type: 'integer', minimum: 0, description: 'Nested pickles unwrapped per file (default 64).' },
  },
};

export const modelScanOptionsSchema: Record<string, JsonSchema> = {
  paths: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    default: ['.'],
    description:
      'Files, directories and globs to scan, relative to the workspace (default: everything except .git and node_modules). Files are never skipped for their name.',
  },
  allowlist: {
    type: 'array',
    default: [],
    description:
      'Extra callables pickles may import (`module.qualname`, or `package.*` for CamelCase classes under a package), each with a justification.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'justification'],
      properties: {
        name: {
          type: 'string',
          pattern: '^[A-Za-z_][\\w]*(\\.[A-Za-z_][\\w]*)*(\\.\\*)?$',
          description: 'module.qualname, e.g. mypkg.models.TinyNet',
        },
        justification: { type: 'string', minLength: 10, description: 'Why loading this callable is safe.' },
      },
    },
  },
  limits: limitsSchema,
  hash: { type: 'boolean', default: true, description: 'Record the SHA-256 of every file scanned.' },
};

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
    const check: CheckOutput = { id, title: TITLES[id][0], findings, durationMs: run.elapsed };
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

const scanCommand: GateCommand = {
  name: ['scan'],
  // the formats come from the format table (formats/index.ts): a new format shows here without an edit
  description: `Scan model files, directories or globs for code execution and unsafe content, without loading them. Formats: ${formatTitles()}.`,
  args: '<path...>',
  options: [
    { flags: '--no-hash', description: 'do not compute SHA-256 of each file' },
    { flags: '--timeout <seconds>', description: 'time budget per file' },
  ],
  toOptions(args, opts) {
    if (args.length === 0)
      throw new UserError('usage', 'Give at least one file, directory or glob to scan, e.g. `ml-gates scan models/`.');
    const options: Record<string, unknown> = { paths: args };
    if (opts.hash === false) options.hash = false;
    if (opts.timeout !== undefined) {
      const t = Number(opts.timeout);
      if (!Number.isFinite(t) || t <= 0)
        throw new UserError('usage', `--timeout must be a positive number of seconds, got "${String(opts.timeout)}".`);
      options.limits = { timeoutSeconds: t };
    }
    return { options };
  },
};

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
  inputsToOptions(input) {
    const raw = input('path');
    if (raw === '') return {};
    return {
      paths: raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  },
  commands: [scanCommand, ...supplyChainCommands],
  outputs,
};
