/** adversarial-gate: attacks the candidate model (ONNX, HTTP endpoint or command) and gates on robustness. */
import { resolve } from 'node:path';
import {
  describeError,
  toReportPath,
  UserError,
  type CheckOutput,
  type Gate,
  type GateContext,
  type GateOutput,
  type GateResult,
} from '@ml-gates/core';
import { ATTACKS } from './attacks/registry.js';
import { backdoorCheck } from './checks/backdoor.js';
import { fuzzCheck, textCases, vectorCases } from './checks/fuzz.js';
import { llmCheck } from './checks/llm-probes.js';
import { corruptionCheck, evaluateClean, robustnessCheck } from './checks/robustness.js';
import { loadSafetyPrompts, safetyCheck, type SafetyJudge, type SafetyPrompt } from './checks/safety.js';
import { openClassifierJudge } from './judges/classifier.js';
import { textCheck } from './checks/text-perturbation.js';
import type { RunStats, Sample, ThreatModel } from './classifier.js';
import { attackCommand, NEEDS_DATA } from './commands.js';
import { loadRows, type Row } from './data.js';
import { inputsToOptions, optionsSchema, type AdversarialOptions } from './options.js';
import { canaryFor, FAMILIES, planProbes, PROBE_PACK_VERSION } from './probes/llm.js';
import { ADVERSARIAL_GATE_RULES } from './rules.js';
import { masker } from './secrets.js';
import { checkTarget, isLlmRun, openTarget } from './target.js';
import { displayUrl, openHttp, resolveHeaders, urlSecrets } from './targets/http.js';
import type { Target } from './targets/types.js';

function shapeOf(o: AdversarialOptions, width: number): [number, number, number] {
  if (o.shape) {
    const s = o.shape.length === 2 ? [1, o.shape[0]!, o.shape[1]!] : o.shape;
    const total = s.reduce((a, b) => a * b, 1);
    if (total !== width)
      throw new UserError(
        'input-invalid',
        `shape ${JSON.stringify(o.shape)} holds ${total} values but the inputs have ${width}.`,
      );
    return s as [number, number, number];
  }
  const side = Math.round(Math.sqrt(width));
  // A perfect square of 16+ values is most likely an image (8x8 digits, 28x28 MNIST): treat it as one.
  return side * side === width && width >= 16 ? [1, side, side] : [1, 1, width];
}

/** What the steps of a run share. */
interface Run {
  ctx: GateContext<AdversarialOptions>;
  o: AdversarialOptions;
  on: (id: string) => boolean;
  llm: boolean;
  target: Target;
  secrets: string[];
  canary: string | undefined;
  mask: (text: string) => string;
  stats: RunStats;
  rows: Row[];
  vectors: boolean;
  width: number;
  /** The safety benchmark's prompts, read before anything is sent (a bad file stops the run early). */
  safetyPrompts?: SafetyPrompt[];
}

async function readRows(ctx: GateContext<AdversarialOptions>, llm: boolean): Promise<Row[]> {
  const o = ctx.options;
  if (o.data)
    return loadRows(resolve(ctx.cwd, o.data), toReportPath(ctx.cwd, resolve(ctx.cwd, o.data)), {
      inputField: o['input-field'],
      labelField: o['label-field'],
      limit: o.samples,
    });
  if (!llm) throw new UserError('usage', NEEDS_DATA);
  return [];
}

/** The target, the seed and the most the run can cost, logged before anything is sent. */
function logCostEstimate(r: Run): void {
  const { o, rows } = r;
  const attacks = o.attacks.length;
  const lines = [`target ${r.target.kind} ${r.target.fingerprint}; seed ${o.seed}`];
  if (r.llm) {
    const plan = planProbes({
      seed: o.seed,
      ...(o['probe-families'] ? { families: o['probe-families'] } : {}),
      canary: r.canary !== undefined,
      samples: o.samples,
      budget: o.budget,
    });
    const safety = r.safetyPrompts ? ` (+ ${r.safetyPrompts.length} safety prompts and as many judge requests)` : '';
    // a throttled request is sent again: the estimate says so rather than undercount
    const retried =
      r.target.kind !== 'command' && o.retries > 0 ? `; HTTP 429/503 retried up to ${o.retries} times each` : '';
    lines.push(
      `cost estimate: at most ${plan.requests} LLM requests for ${plan.probes.length} probes${r.on('fuzz') ? ` (+ ${textCases().length} fuzz requests)` : ''}${safety}${retried}`,
    );
  } else if (r.vectors) {
    const n = rows.length;
    lines.push(
      `cost estimate: at most ${n * (1 + attacks * o.budget)} attack queries (${n} samples × ${attacks} attacks × budget ${o.budget}, + clean pass and re-checks), ${n * (o['corruption-sigmas'].length + 1)} corruption, 12×${n} backdoor, ${vectorCases(r.width, 0, 1).length} fuzz`,
    );
  } else lines.push(`cost estimate: at most ${rows.length} × ${o.budget} text queries`);
  for (const l of lines) r.ctx.logger.info(l);
}

/**
 * The safety benchmark's settings go together: a prompt set and exactly one judge, or none of them. A
 * `UserError` otherwise (the gate's preflight: exit 2 before any probe is sent).
 */
function checkSafetyOptions(o: Partial<AdversarialOptions>): void {
  const any = o['safety-prompts'] || o['safety-judge'] || o['safety-classifier'];
  if (any && (!o['safety-prompts'] || Boolean(o['safety-judge']) === Boolean(o['safety-classifier'])))
    throw new UserError(
      'usage',
      o['safety-judge'] && o['safety-classifier']
        ? 'Set one safety judge: safety-judge (an LLM endpoint) or safety-classifier (a local ONNX classifier), not both.'
        : 'The safety benchmark needs safety-prompts (a JSONL prompt set) and a judge: safety-judge (an OpenAI-compatible judge URL) or safety-classifier (a local ONNX text classifier).',
    );
}

/** The safety judge the options name: an LLM endpoint (`safety-judge`) or a local classifier (`safety-classifier`). */
async function openSafetyJudge(r: Run): Promise<{ judge: SafetyJudge; secrets: string[] }> {
  const { o, ctx } = r;
  checkSafetyOptions(o);
  if (o['safety-classifier']) {
    const path = resolve(ctx.cwd, o['safety-classifier']);
    const classifier = await openClassifierJudge(path, toReportPath(ctx.cwd, path));
    return { judge: { kind: 'classifier', classifier }, secrets: [] };
  }
  const judgeHeaders = resolveHeaders(o['safety-judge-headers'] ?? {}, process.env);
  const target = openHttp({
    url: o['safety-judge']!,
    kind: 'openai',
    headers: judgeHeaders.headers,
    timeoutMs: o['timeout-ms'],
    concurrency: o.concurrency,
    maxBatch: o['batch-size'],
    retries: o.retries,
    seed: o.seed,
    ...(o['safety-judge-model'] ? { model: o['safety-judge-model'] } : {}),
    maxTokens: 8,
  });
  return { judge: { kind: 'llm', target }, secrets: [...judgeHeaders.secrets, ...urlSecrets(o['safety-judge']!)] };
}

/** The safety benchmark: the user's prompt set, each answer graded by the judge. */
async function safetyRun(r: Run): Promise<CheckOutput & { requests: number; targetMs: number }> {
  const { o, ctx } = r;
  const { judge, secrets } = await openSafetyJudge(r);
  try {
    return await safetyCheck(r.target, {
      prompts: r.safetyPrompts ?? [],
      promptsPath: toReportPath(ctx.cwd, resolve(ctx.cwd, o['safety-prompts']!)),
      judge,
      ...(o['system-prompt'] ? { systemPrompt: o['system-prompt'].replaceAll('{{canary}}', r.canary ?? '') } : {}),
      maxUnsafeRate: o['max-unsafe-rate'],
      gateMode: o['gate-mode'],
      minSamples: o['min-samples'],
      maxErrorRate: o['max-error-rate'],
      examples: o.examples,
      mask: masker([...r.secrets, ...secrets], r.canary ? [r.canary] : []),
      logger: ctx.logger,
      signal: ctx.signal,
    });
  } finally {
    await (judge.kind === 'llm' ? judge.target.close() : judge.classifier.close());
  }
}

/** A check that counts its requests and time at the target: added to the run's cost, then dropped from the check. */
function counted(r: Run, c: CheckOutput & { requests: number; targetMs: number }): CheckOutput {
  r.stats.queries += c.requests;
  r.stats.calls += c.requests;
  r.stats.targetMs += c.targetMs;
  delete (c as { requests?: number }).requests;
  delete (c as { targetMs?: number }).targetMs;
  return c;
}

async function llmChecks(r: Run): Promise<CheckOutput[]> {
  const { o, ctx } = r;
  const unknown = (o['probe-families'] ?? []).filter((f) => !(FAMILIES as readonly string[]).includes(f));
  if (unknown.length > 0)
    throw new UserError('input-invalid', `Unknown probe families: ${unknown.join(', ')}; use ${FAMILIES.join(', ')}.`);
  const checks: CheckOutput[] = [];
  if (r.on('llm-probes')) {
    const c = await llmCheck(r.target, {
      seed: o.seed,
      ...(o['probe-families'] ? { families: o['probe-families'] } : {}),
      ...(o['system-prompt'] ? { systemPrompt: o['system-prompt'] } : {}),
      ...(o.canary ? { canary: o.canary } : {}),
      minDefenseRate: o['min-defense-rate'],
      gateMode: o['gate-mode'],
      minSamples: o['min-samples'],
      examples: o.examples,
      samples: o.samples,
      budget: o.budget,
      maxErrorRate: o['max-error-rate'],
      mask: r.mask,
      logger: ctx.logger,
      signal: ctx.signal,
    });
    checks.push(counted(r, c));
  }
  if (r.on('safety') && (o['safety-prompts'] || o['safety-judge'] || o['safety-classifier']))
    checks.push(counted(r, await safetyRun(r)));
  if (r.on('fuzz')) {
    const f = await fuzzCheck(r.target, textCases(), { llm: true, signal: ctx.signal });
    r.stats.calls += textCases().length;
    checks.push(f);
  }
  return checks;
}

/** The threat model from the options; every data row must lie in its range. */
function threatOf(r: Run): ThreatModel {
  const { o } = r;
  const [lo, hi] = o.range;
  if (!(hi > lo))
    throw new UserError('input-invalid', `range must be [min, max] with max > min; got ${JSON.stringify(o.range)}.`);
  const outside = r.rows.find((row) => (row.input as number[]).some((v) => v < lo || v > hi));
  if (outside)
    throw new UserError(
      'input-invalid',
      `data row ${outside.index + 1} has values outside range [${lo}, ${hi}]; set range to the model's input range.`,
    );
  return { norm: o.norm, epsilon: o.epsilon, range: [lo, hi], shape: shapeOf(o, r.width) };
}

async function vectorChecks(r: Run): Promise<CheckOutput[]> {
  const { o, ctx, target, stats } = r;
  const threat = threatOf(r);
  const samples: Sample[] = r.rows.map((row) => ({
    index: row.index,
    x: Float32Array.from(row.input as number[]),
    y: row.label,
  }));
  const clean = await evaluateClean(target, samples, stats, ctx.signal);
  const checks: CheckOutput[] = [];
  if (r.on('robustness')) {
    const settings = {
      threat,
      budget: o.budget,
      seed: o.seed,
      attacks: o.attacks.map((a) => ATTACKS[a]()),
      minAccuracyKept: o['min-accuracy-kept'],
      ...(o['min-robust-accuracy'] !== undefined ? { minRobustAccuracy: o['min-robust-accuracy'] } : {}),
      gateMode: o['gate-mode'],
      minSamples: o['min-samples'],
      examples: o.examples,
      signal: ctx.signal,
      logger: ctx.logger,
    };
    checks.push(await robustnessCheck(target, clean, settings, stats));
  }
  if (r.on('corruption'))
    checks.push(await corruptionCheck(target, clean, threat, o.seed, o['corruption-sigmas'], stats, ctx.signal));
  if (r.on('backdoor'))
    checks.push(
      await backdoorCheck(target, samples, threat.shape, threat.range, {
        threshold: ctx.check('backdoor').options.threshold as number,
        signal: ctx.signal,
      }),
    );
  if (r.on('fuzz'))
    checks.push(await fuzzCheck(target, vectorCases(r.width, ...threat.range), { llm: false, signal: ctx.signal }));
  return checks;
}

async function textChecks(r: Run): Promise<CheckOutput[]> {
  const { o, ctx } = r;
  const textRows = r.rows.map((row) => ({ index: row.index, text: row.input as string, y: row.label }));
  const checks: CheckOutput[] = [];
  if (r.on('text-perturbation')) {
    checks.push(
      await textCheck(r.target, textRows, {
        budget: o.budget,
        maxEdits: ctx.check('text-perturbation').options['max-edits'] as number,
        seed: o.seed,
        minAccuracyKept: o['min-accuracy-kept'],
        gateMode: o['gate-mode'],
        minSamples: o['min-samples'],
        examples: o.examples,
        signal: ctx.signal,
        logger: ctx.logger,
      }),
    );
  }
  if (r.on('fuzz')) checks.push(await fuzzCheck(r.target, textCases(), { llm: false, signal: ctx.signal }));
  return checks;
}

/**
 * Checks that do not apply to this kind of target say so (they are not "not run": nothing was skipped that
 * could have run). An LLM has no classifier robustness; a classifier answers no chat probes.
 */
function notApplicable(r: Run, checks: readonly CheckOutput[]): CheckOutput[] {
  const kindName = r.llm ? 'a chat model (LLM probes)' : r.vectors ? 'a vector classifier' : 'a text classifier';
  return adversarialGate.checks
    .filter((spec) => r.on(spec.id) && !checks.some((c) => c.id === spec.id))
    .map((spec) => ({
      id: spec.id,
      title: spec.title,
      summary:
        spec.id === 'safety' && r.llm
          ? 'not configured: set safety-prompts and safety-judge or safety-classifier to run the safety benchmark'
          : `not applicable: the target is ${kindName}`,
      metrics: [],
      findings: [],
      details: { applicable: false },
    }));
}

/** Findings about data rows point at the data file; text that reaches the report is masked. */
function maskReport(r: Run, checks: readonly CheckOutput[]): void {
  const { o, ctx } = r;
  const dataPath = o.data ? toReportPath(ctx.cwd, resolve(ctx.cwd, o.data)) : undefined;
  for (const c of checks) {
    for (const f of c.findings ?? []) {
      if (f.location?.path === 'data') {
        if (dataPath) f.location = { ...f.location, path: dataPath };
        else delete f.location;
      }
      f.message = r.mask(f.message);
    }
    if (c.summary) c.summary = r.mask(c.summary);
  }
}

/** The probes the LLM check sent (0 when it did not run). */
const llmProbesSent = (checks: readonly CheckOutput[]): number =>
  (checks.find((c) => c.id === 'llm-probes')?.details as { probes?: number } | undefined)?.probes ?? 0;

function runOutput(r: Run, checks: CheckOutput[], started: number): GateOutput {
  const { o, target, stats } = r;
  const elapsed = (performance.now() - started) / 1000;
  const robust = checks.find((c) => c.id === 'robustness' || c.id === 'text-perturbation' || c.id === 'llm-probes');
  return {
    checks,
    subjects: [
      {
        path: target.fingerprint,
        kind: target.kind,
        judgedBy: 'checks',
        ...(target.fingerprint.startsWith('sha256:') ? { sha256: target.fingerprint.slice(7) } : {}),
      },
    ],
    ...(robust?.summary ? { headline: robust.summary.split(';')[0] } : {}),
    rulesets: { 'llm-probes': PROBE_PACK_VERSION, attacks: '1' },
    details: {
      seed: o.seed,
      budget: o.budget,
      // the rows used, or for a chat model the probes sent
      samples: r.llm ? llmProbesSent(checks) : r.rows.length,
      target: { kind: target.kind, fingerprint: target.fingerprint },
      cost: {
        queries: stats.queries,
        verifyQueries: stats.verifyQueries,
        calls: stats.calls,
        // HTTP requests sent again after a 429/503: the endpoint received calls + retries
        ...(target.stats ? { retries: target.stats.retries } : {}),
        seconds: Math.round(elapsed * 100) / 100,
        targetSeconds: Math.round(stats.targetMs) / 1000,
      },
    },
  };
}

/** A thrown error with the run's secrets masked: its message reaches the report and the log as it is. */
function maskedError(error: unknown, mask: (t: string) => string): Error {
  if (error instanceof UserError)
    return new UserError(error.code, mask(error.message), { details: error.details.map(mask) });
  return new Error(mask(describeError(error)));
}

export async function runAdversarialGate(ctx: GateContext<AdversarialOptions>): Promise<GateOutput> {
  const o = ctx.options;
  const canary = o.canary ?? (o['system-prompt']?.includes('{{canary}}') ? canaryFor(o.seed) : undefined);
  // the safety judge's key is masked in everything the run reports, like the target's
  const judgeSecrets = o['safety-judge']
    ? [...resolveHeaders(o['safety-judge-headers'] ?? {}, process.env).secrets, ...urlSecrets(o['safety-judge'])]
    : [];
  const early = masker([...urlSecrets(o.endpoint ?? ''), ...judgeSecrets], canary ? [canary] : []);
  let mask: (t: string) => string = early;
  try {
    const opened = await openTarget(o, ctx.cwd, process.env);
    const secrets = [...opened.secrets, ...judgeSecrets];
    mask = masker(secrets, canary ? [canary] : []);
    return await runOn(ctx, opened.target, secrets, canary);
  } catch (error) {
    throw maskedError(error, mask);
  }
}

async function runOn(
  ctx: GateContext<AdversarialOptions>,
  target: Target,
  secrets: string[],
  canary: string | undefined,
): Promise<GateOutput> {
  const o = ctx.options;
  const llm = isLlmRun(o);
  const started = performance.now();
  try {
    const rows = await readRows(ctx, llm);
    const vectors = rows.length > 0 && typeof rows[0]!.input !== 'string';
    const r: Run = {
      ctx,
      o,
      on: (id) => ctx.check(id).mode !== 'off',
      llm,
      target,
      secrets,
      canary,
      mask: masker(secrets, canary ? [canary] : []),
      stats: { queries: 0, verifyQueries: 0, calls: 0, targetMs: 0 },
      rows,
      vectors,
      width: vectors ? (rows[0]!.input as number[]).length : 0,
    };
    if (llm && r.on('safety') && o['safety-prompts'] && (o['safety-judge'] || o['safety-classifier'])) {
      const path = resolve(ctx.cwd, o['safety-prompts']);
      r.safetyPrompts = await loadSafetyPrompts(path, toReportPath(ctx.cwd, path), o.samples);
    }
    logCostEstimate(r);
    const checks = await (llm ? llmChecks(r) : vectors ? vectorChecks(r) : textChecks(r));
    checks.push(...notApplicable(r, checks));
    maskReport(r, checks);
    return runOutput(r, checks, started);
  } finally {
    await target.close();
  }
}

export const adversarialGate: Gate<AdversarialOptions> = {
  name: 'adversarial-gate',
  title: 'Adversarial gate',
  rules: ADVERSARIAL_GATE_RULES,
  description: 'Attacks the candidate model (ONNX, HTTP endpoint or command) and gates on robustness, reproducibly.',
  // A header naming an environment variable that is not set is the user's mistake: exit 2 before anything runs.
  preflight(o, env) {
    checkTarget(o, false);
    // a classifier behind an endpoint or a command without data (a chat model needs task: llm): exit 2, not 3
    if ((o.endpoint || o.command) && !o.data && !isLlmRun(o)) throw new UserError('usage', NEEDS_DATA);
    if (o.endpoint) resolveHeaders(o.headers ?? {}, env);
    checkSafetyOptions(o);
    if (o['safety-judge']) {
      displayUrl(o['safety-judge']);
      resolveHeaders(o['safety-judge-headers'] ?? {}, env);
    }
  },
  checks: [
    {
      id: 'robustness',
      title: 'Adversarial robustness',
      description:
        'Square Attack, SimBA and RayS under a hard per-sample query budget; accuracy kept must clear the bar.',
      defaultMode: 'block',
    },
    {
      id: 'corruption',
      title: 'Corruption robustness',
      description: 'Accuracy under Gaussian and salt-and-pepper noise, reported separately.',
      defaultMode: 'warn',
    },
    {
      id: 'text-perturbation',
      title: 'Text perturbations',
      description: 'Character- and word-level edits against text classifiers.',
      defaultMode: 'block',
      optionsSchema: { 'max-edits': { type: 'integer', minimum: 1, default: 3 } },
    },
    {
      id: 'llm-probes',
      title: 'LLM probes',
      description: 'Prompt injection, jailbreak, encoding and extraction probes judged by canary and rogue strings.',
      defaultMode: 'block',
    },
    {
      id: 'safety',
      title: 'Safety benchmark',
      description:
        "The user's prompt set (JSONL with categories) sent to the chat model, each answer graded SAFE/UNSAFE by an LLM judge with a fixed rubric or by a local ONNX text classifier; the unsafe rate is gated per category with Wilson intervals.",
      defaultMode: 'block',
    },
    {
      id: 'fuzz',
      title: 'Fuzzing',
      description: 'NaN, infinities, wrong shapes, empty and huge inputs, control characters: no crash, hang or NaN.',
      defaultMode: 'block',
    },
    {
      id: 'backdoor',
      title: 'Backdoor probe',
      description: 'Small trigger patches that send most inputs to one class.',
      defaultMode: 'warn',
      optionsSchema: { threshold: { type: 'number', minimum: 0, maximum: 1, default: 0.8 } },
    },
  ],
  optionsSchema,
  defaultFailOn: 'high',
  run: runAdversarialGate,
  inputsToOptions,
  commands: [attackCommand()],

  outputs(result: GateResult) {
    const get = (name: string): string => {
      const m = result.checks.flatMap((c) => c.metrics).find((x) => x.name === name && x.subject === undefined);
      return m?.value === null || m?.value === undefined ? '' : String(m.value);
    };
    return {
      'clean-accuracy': get('clean_accuracy'),
      'robust-accuracy': get('robust_accuracy'),
      'attack-success-rate': get('attack_success_rate'),
      'accuracy-kept': get('accuracy_kept'),
      'defense-rate': get('defense_rate'),
    };
  },
};
