/** adversarial-gate: attacks the candidate model (ONNX, HTTP endpoint or command) and gates on robustness. */
import { resolve } from 'node:path';
import {
  toReportPath,
  UserError,
  type CheckOutput,
  type Gate,
  type GateCommand,
  type GateResult,
  type InputReader,
} from '@ml-gates/core';
import { backdoorCheck } from './backdoor.js';
import type { AttackDef, RunStats, Sample, ThreatModel } from './classifier.js';
import { loadRows, type Row } from './data.js';
import { fuzzCheck, textCases, vectorCases } from './fuzz.js';
import { optionsSchema, type AdversarialOptions } from './options.js';
import { FAMILIES, llmCheck, planProbes, PROBE_PACK_VERSION, canaryFor } from './probes/llm.js';
import { masker } from './secrets.js';
import { loadSafetyPrompts, safetyCheck } from './safety.js';
import { openHttp, resolveHeaders } from './targets/http.js';
import { corruptionCheck, evaluateClean, robustnessCheck } from './robustness.js';
import { isLlmRun, openTarget } from './target.js';
import { textCheck } from './text.js';
import { raysAttack } from './attacks/rays.js';
import { simbaAttack } from './attacks/simba.js';
import { squareAttack } from './attacks/square.js';
import { ADVERSARIAL_GATE_RULES } from './rules.js';

export type { AdversarialOptions } from './options.js';
export { wilson, decide } from './stats.js';
export { openOnnx } from './targets/onnx.js';
export { openCommand } from './targets/command.js';
export { openHttp } from './targets/http.js';
export { runAttack, interpret, type ThreatModel } from './classifier.js';
export { squareAttack, simbaAttack, raysAttack };
export {
  buildProbes,
  canaryFor,
  isRefusal,
  planProbes,
  llmCheck,
  judgeAnswer,
  FAMILIES,
  type Probe,
} from './probes/llm.js';
export { obeyed, leaked, outputExploit, diverged } from './probes/judge.js';
export { masker, fold } from './secrets.js';
export * as encodings from './probes/encodings.js';
export { contains } from './probes/encodings.js';
export { perturb } from './text.js';
export { splitCommand } from './target.js';
export { backdoorCheck } from './backdoor.js';
export type { Target, Answer } from './targets/types.js';

const NEEDS_DATA =
  'Classifier targets need evaluation data: set data (JSONL or CSV with inputs and labels); for a chat model behind kserve, rest or command, set task: llm (--task llm).';

const RANK = { pass: 0, warn: 1, fail: 2, error: 3 } as const;
/** The attacked model's verdict: the worst check outcome, as the check's mode lets it count. */
function subjectVerdict(
  checks: readonly CheckOutput[],
  mode: (id: string) => string,
): 'pass' | 'warn' | 'fail' | 'error' {
  let worst: 'pass' | 'warn' | 'fail' | 'error' = 'pass';
  for (const c of checks) {
    const m = mode(c.id);
    const failing = (c.findings ?? []).some((f) => f.severity === 'high' || f.severity === 'critical');
    let v: 'pass' | 'warn' | 'fail' | 'error' =
      c.outcome === 'not-run' ? 'error' : (c.outcome ?? (failing ? 'fail' : 'pass'));
    if (m === 'off') continue;
    if (m === 'warn' && v !== 'pass') v = 'warn';
    if (RANK[v] > RANK[worst]) worst = v;
  }
  return worst;
}

const ATTACKS: Record<string, () => AttackDef> = { square: () => squareAttack(), simba: simbaAttack, rays: raysAttack };

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

export const adversarialGate: Gate<AdversarialOptions> = {
  name: 'adversarial-gate',
  title: 'Adversarial gate',
  rules: ADVERSARIAL_GATE_RULES,
  description: 'Attacks the candidate model (ONNX, HTTP endpoint or command) and gates on robustness, reproducibly.',
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
        "The user's prompt set (JSONL with categories) sent to the chat model, each answer graded SAFE/UNSAFE by an LLM judge with a fixed rubric; the unsafe rate is gated per category with Wilson intervals.",
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

  async run(ctx) {
    const o = ctx.options;
    const on = (id: string): boolean => ctx.check(id).mode !== 'off';
    const llm = isLlmRun(o);
    const { target, secrets } = await openTarget(o, ctx.cwd, process.env);
    const canary = o.canary ?? (o['system-prompt']?.includes('{{canary}}') ? canaryFor(o.seed) : undefined);
    const mask = masker(secrets, canary ? [canary] : []);
    const checks: CheckOutput[] = [];
    const started = performance.now();
    try {
      let rows: Row[] = [];
      if (o.data)
        rows = await loadRows(resolve(ctx.cwd, o.data), toReportPath(ctx.cwd, resolve(ctx.cwd, o.data)), {
          inputField: o['input-field'],
          labelField: o['label-field'],
          limit: o.samples,
        });
      else if (!llm) throw new UserError('usage', NEEDS_DATA);
      const vectors = rows.length > 0 && typeof rows[0]!.input !== 'string';
      const width = vectors ? (rows[0]!.input as number[]).length : 0;
      const stats: RunStats = { queries: 0, verifyQueries: 0, calls: 0, targetMs: 0 };
      const attacks = o.attacks.map((a) => ATTACKS[a]!());
      const lines = [`target ${target.kind} ${target.fingerprint}; seed ${o.seed}`];
      const plan = llm
        ? planProbes({
            seed: o.seed,
            ...(o['probe-families'] ? { families: o['probe-families'] } : {}),
            canary: canary !== undefined,
            samples: o.samples,
            budget: o.budget,
          })
        : undefined;
      if (plan)
        lines.push(
          `cost estimate: at most ${plan.requests} LLM requests for ${plan.probes.length} probes${on('fuzz') ? ` (+ ${textCases().length} fuzz requests)` : ''}`,
        );
      else if (vectors) {
        const n = rows.length;
        lines.push(
          `cost estimate: at most ${n * (1 + attacks.length * o.budget)} attack queries (${n} samples × ${attacks.length} attacks × budget ${o.budget}, + clean pass and re-checks), ${n * (o['corruption-sigmas'].length + 1)} corruption, 12×${n} backdoor, ${vectorCases(width, 0, 1).length} fuzz`,
        );
      } else lines.push(`cost estimate: at most ${rows.length} × ${o.budget} text queries`);
      for (const l of lines) ctx.logger.info(l);

      if (llm) {
        const unknown = (o['probe-families'] ?? []).filter((f) => !(FAMILIES as readonly string[]).includes(f));
        if (unknown.length > 0)
          throw new UserError(
            'input-invalid',
            `Unknown probe families: ${unknown.join(', ')}; use ${FAMILIES.join(', ')}.`,
          );
        if (on('llm-probes')) {
          const c = await llmCheck(target, {
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
            mask,
            logger: ctx.logger,
            signal: ctx.signal,
          });
          stats.queries += c.requests;
          stats.calls += c.requests;
          delete (c as { requests?: number }).requests;
          checks.push(c);
        }
        if (on('safety') && (o['safety-prompts'] || o['safety-judge'])) {
          if (!o['safety-prompts'] || !o['safety-judge'])
            throw new UserError(
              'usage',
              'The safety benchmark needs both safety-prompts (a JSONL prompt set) and safety-judge (an OpenAI-compatible judge URL).',
            );
          const judgeHeaders = resolveHeaders(o['safety-judge-headers'] ?? {}, process.env);
          const judgeMask = masker([...secrets, ...judgeHeaders.secrets], canary ? [canary] : []);
          const judge = openHttp({
            url: o['safety-judge'],
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
          const path = resolve(ctx.cwd, o['safety-prompts']);
          const shown = toReportPath(ctx.cwd, path);
          const c = await safetyCheck(target, {
            prompts: await loadSafetyPrompts(path, shown, o.samples),
            promptsPath: shown,
            judge,
            ...(o['system-prompt'] ? { systemPrompt: o['system-prompt'].replaceAll('{{canary}}', canary ?? '') } : {}),
            maxUnsafeRate: o['max-unsafe-rate'],
            gateMode: o['gate-mode'],
            minSamples: o['min-samples'],
            maxErrorRate: o['max-error-rate'],
            examples: o.examples,
            mask: judgeMask,
            logger: ctx.logger,
            signal: ctx.signal,
          });
          stats.queries += c.requests;
          stats.calls += c.requests;
          delete (c as { requests?: number }).requests;
          checks.push(c);
        }
        if (on('fuzz')) {
          const f = await fuzzCheck(target, textCases(), { llm: true, signal: ctx.signal });
          stats.calls += textCases().length;
          checks.push(f);
        }
      } else if (vectors) {
        const [lo, hi] = o.range;
        if (!(hi > lo))
          throw new UserError(
            'input-invalid',
            `range must be [min, max] with max > min; got ${JSON.stringify(o.range)}.`,
          );
        const threat: ThreatModel = { norm: o.norm, epsilon: o.epsilon, range: [lo, hi], shape: shapeOf(o, width) };
        const outside = rows.find((r) => (r.input as number[]).some((v) => v < lo || v > hi));
        if (outside)
          throw new UserError(
            'input-invalid',
            `data row ${outside.index + 1} has values outside range [${lo}, ${hi}]; set range to the model's input range.`,
          );
        const samples: Sample[] = rows.map((r) => ({
          index: r.index,
          x: Float32Array.from(r.input as number[]),
          y: r.label,
        }));
        const clean = await evaluateClean(target, samples, stats, ctx.signal);
        if (on('robustness')) {
          checks.push(
            await robustnessCheck(
              target,
              clean,
              {
                threat,
                budget: o.budget,
                seed: o.seed,
                attacks,
                minAccuracyKept: o['min-accuracy-kept'],
                ...(o['min-robust-accuracy'] !== undefined ? { minRobustAccuracy: o['min-robust-accuracy'] } : {}),
                gateMode: o['gate-mode'],
                minSamples: o['min-samples'],
                examples: o.examples,
                signal: ctx.signal,
                logger: ctx.logger,
              },
              stats,
            ),
          );
        }
        if (on('corruption'))
          checks.push(await corruptionCheck(target, clean, threat, o.seed, o['corruption-sigmas'], stats, ctx.signal));
        if (on('backdoor'))
          checks.push(
            await backdoorCheck(target, samples, threat.shape, threat.range, {
              threshold: ctx.check('backdoor').options.threshold as number | undefined,
              signal: ctx.signal,
            }),
          );
        if (on('fuzz'))
          checks.push(await fuzzCheck(target, vectorCases(width, lo, hi), { llm: false, signal: ctx.signal }));
      } else {
        const textRows = rows.map((r) => ({ index: r.index, text: r.input as string, y: r.label }));
        if (on('text-perturbation')) {
          checks.push(
            await textCheck(target, textRows, {
              budget: o.budget,
              maxEdits: (ctx.check('text-perturbation').options['max-edits'] as number | undefined) ?? 3,
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
        if (on('fuzz')) checks.push(await fuzzCheck(target, textCases(), { llm: false, signal: ctx.signal }));
      }
      // Checks that do not apply to this kind of target say so (they are not "not run": nothing was skipped
      // that could have run). An LLM has no classifier robustness; a classifier answers no chat probes.
      const kindName = llm ? 'a chat model (LLM probes)' : vectors ? 'a vector classifier' : 'a text classifier';
      for (const spec of adversarialGate.checks) {
        if (!on(spec.id) || checks.some((c) => c.id === spec.id)) continue;
        checks.push({
          id: spec.id,
          title: spec.title,
          summary:
            spec.id === 'safety' && llm
              ? 'not configured: set safety-prompts and safety-judge to run the safety benchmark'
              : `not applicable: the target is ${kindName}`,
          metrics: [],
          findings: [],
          details: { applicable: false },
        });
      }
      // Findings about data rows point at the data file; text that reaches the report is masked.
      const dataPath = o.data ? toReportPath(ctx.cwd, resolve(ctx.cwd, o.data)) : undefined;
      for (const c of checks) {
        for (const f of c.findings ?? []) {
          if (f.location?.path === 'data') {
            if (dataPath) f.location = { ...f.location, path: dataPath };
            else delete f.location;
          }
          f.message = mask(f.message);
        }
        if (c.summary) c.summary = mask(c.summary);
      }
      const elapsed = (performance.now() - started) / 1000;
      const robust = checks.find((c) => c.id === 'robustness' || c.id === 'text-perturbation' || c.id === 'llm-probes');
      return {
        checks,
        subjects: [
          {
            path: target.fingerprint,
            kind: target.kind,
            verdict: subjectVerdict(checks, (id) => ctx.check(id).mode),
            ...(target.fingerprint.startsWith('sha256:') ? { sha256: target.fingerprint.slice(7) } : {}),
          },
        ],
        ...(robust?.summary ? { headline: robust.summary.split(';')[0] } : {}),
        rulesets: { 'llm-probes': PROBE_PACK_VERSION, attacks: '1' },
        details: {
          seed: o.seed,
          budget: o.budget,
          samples: rows.length,
          target: { kind: target.kind, fingerprint: target.fingerprint },
          cost: {
            queries: stats.queries,
            verifyQueries: stats.verifyQueries,
            calls: stats.calls,
            seconds: Math.round(elapsed * 100) / 100,
            targetSeconds: Math.round(stats.targetMs) / 1000,
          },
        },
      };
    } finally {
      await target.close();
    }
  },

  inputsToOptions(input: InputReader) {
    const out: Partial<AdversarialOptions> = {};
    const str = (k: keyof AdversarialOptions & string): void => {
      const v = input(k);
      if (v !== '') (out as Record<string, unknown>)[k] = v;
    };
    const num = (k: keyof AdversarialOptions & string, int = false): void => {
      const v = input(k);
      if (v === '') return;
      const n = Number(v);
      if (!Number.isFinite(n) || (int && !Number.isInteger(n)))
        throw new UserError('input-invalid', `Input "${k}" must be ${int ? 'an integer' : 'a number'}, got "${v}".`);
      (out as Record<string, unknown>)[k] = n;
    };
    for (const k of [
      'onnx',
      'endpoint',
      'kind',
      'command',
      'data',
      'norm',
      'gate-mode',
      'model',
      'system-prompt',
      'canary',
      'request-template',
      'output-path',
      'task',
      'input-field',
      'label-field',
      'input-name',
      'output-name',
      'safety-prompts',
      'safety-judge',
      'safety-judge-model',
    ] as const)
      str(k);
    const list = (k: 'probe-families' | 'corruption-sigmas' | 'shape', num = false): void => {
      const v = input(k);
      if (v === '') return;
      const parts = v.split(/[\s,]+/).filter(Boolean);
      if (num && parts.some((p) => !Number.isFinite(Number(p))))
        throw new UserError('input-invalid', `Input "${k}" takes numbers separated by commas, got "${v}".`);
      (out as Record<string, unknown>)[k] = num ? parts.map(Number) : parts;
    };
    list('probe-families');
    list('corruption-sigmas', true);
    list('shape', true);
    for (const k of [
      'epsilon',
      'min-accuracy-kept',
      'min-robust-accuracy',
      'min-defense-rate',
      'max-error-rate',
      'max-unsafe-rate',
    ] as const)
      num(k);
    for (const k of [
      'budget',
      'samples',
      'seed',
      'min-samples',
      'batch-size',
      'concurrency',
      'timeout-ms',
      'retries',
      'examples',
    ] as const)
      num(k, true);
    const range = input('range');
    if (range !== '') {
      const parts = range
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number);
      if (parts.length !== 2 || parts.some((p) => !Number.isFinite(p)))
        throw new UserError('input-invalid', `Input "range" must be two numbers "min,max", got "${range}".`);
      out.range = parts as [number, number];
    }
    const attacks = input('attacks');
    if (attacks !== '') out.attacks = attacks.split(/[\s,]+/).filter(Boolean) as AdversarialOptions['attacks'];
    const judgeHeaders = input('safety-judge-headers');
    if (judgeHeaders !== '')
      out['safety-judge-headers'] = adversarialGate.inputsToOptions!((n) =>
        n === 'headers' ? judgeHeaders : '',
      ).headers;
    const headers = input('headers');
    if (headers !== '') {
      out.headers = Object.fromEntries(
        headers
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => {
            const i = l.indexOf(':');
            if (i <= 0)
              throw new UserError(
                'input-invalid',
                'Input "headers" takes one "Name: value" per line (use ${VAR} for secrets from env).',
              );
            return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
          }),
      );
    }
    return out;
  },

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

function attackCommand(): GateCommand {
  return {
    name: ['attack'],
    description: 'Attack a model (ONNX file, HTTP endpoint or command) and gate on robustness',
    options: [
      { flags: '--onnx <model>', description: 'ONNX classifier to attack in-process' },
      { flags: '--endpoint <url>', description: 'HTTP endpoint to attack' },
      { flags: '--kind <kind>', description: 'endpoint protocol', choices: ['openai', 'kserve', 'rest'] },
      {
        flags: '--command <cmd>',
        description:
          'command reading JSON Lines on stdin (split into argv without a shell; quote arguments with spaces)',
      },
      {
        flags: '--task <task>',
        description: 'llm: run the LLM probes (any target kind); classifier: needs --data (default: auto)',
        choices: ['auto', 'classifier', 'llm'],
      },
      { flags: '--data <file>', description: 'evaluation data (JSONL or CSV)' },
      { flags: '--input-field <name>', description: 'JSONL field holding the input (default input)' },
      { flags: '--label-field <name>', description: 'JSONL field / CSV column holding the label (default label)' },
      { flags: '--epsilon <e>', description: 'perturbation budget' },
      { flags: '--norm <norm>', description: 'threat model norm', choices: ['linf', 'l2'] },
      { flags: '--range <min,max>', description: 'valid input range (default 0,1)' },
      { flags: '--shape <dims>', description: 'input shape, e.g. 28,28 or 3,32,32' },
      {
        flags: '--budget <n>',
        description: 'query budget per sample and attack; LLM: requests per probe (default 1000)',
      },
      { flags: '--samples <n>', description: 'evaluation rows used; LLM: probes sent at most (default 100)' },
      { flags: '--seed <s>', description: 'seed (default 0)' },
      { flags: '--attacks <list>', description: 'comma-separated: square,simba,rays' },
      { flags: '--batch-size <n>', description: 'largest batch per call (default 256)' },
      { flags: '--concurrency <n>', description: 'requests in flight (default 4)' },
      { flags: '--timeout-ms <ms>', description: 'timeout per call (default 30000)' },
      { flags: '--retries <n>', description: 'retries on HTTP 429/503 (default 4)' },
      { flags: '--input-name <name>', description: 'ONNX/KServe input tensor name' },
      { flags: '--output-name <name>', description: 'ONNX output name' },
      { flags: '--min-accuracy-kept <x>', description: 'bar for robust ÷ clean accuracy (default 0.7)' },
      { flags: '--min-robust-accuracy <x>', description: 'optional bar for robust accuracy' },
      { flags: '--min-defense-rate <x>', description: 'bar for the LLM defence rate (default 0.9)' },
      {
        flags: '--max-error-rate <x>',
        description: 'LLM: share of probes without an answer that makes the check an error (default 0.1)',
      },
      { flags: '--gate-mode <mode>', description: 'point or strict (default point)', choices: ['point', 'strict'] },
      { flags: '--strict', description: 'the Wilson lower bound must clear the bar (same as --gate-mode strict)' },
      { flags: '--min-samples <n>', description: 'trials needed to settle a straddling interval (default 30)' },
      {
        flags: '--corruption-sigmas <list>',
        description: 'Gaussian noise levels, comma-separated (default 0.05,0.1,0.2)',
      },
      { flags: '--probe-families <list>', description: `LLM probe families, comma-separated: ${FAMILIES.join(', ')}` },
      { flags: '--examples <n>', description: 'failing examples shown in the report (default 5)' },
      {
        flags: '--system-prompt <text>',
        description: 'LLM: system prompt to send; {{canary}} becomes a canary secret',
      },
      { flags: '--canary <secret>', description: 'LLM: a canary already planted in the deployed system prompt' },
      { flags: '--model <name>', description: 'LLM: model name' },
      {
        flags: '--header <line>',
        description: 'HTTP header "Name: value" (${VAR} from env); repeatable',
        repeatable: true,
      },
      {
        flags: '--request-template <json>',
        description: 'REST/KServe: body with "{{input}}", "{{inputs}}" or (LLM) "{{messages}}"',
      },
      { flags: '--output-path <jsonpath>', description: 'REST/KServe: JSONPath to the prediction(s) or answer text' },
      { flags: '--safety-prompts <file>', description: 'safety benchmark: JSONL of {"prompt", "category"}' },
      { flags: '--safety-judge <url>', description: 'safety benchmark: OpenAI-compatible judge URL (fixed rubric)' },
      { flags: '--safety-judge-model <name>', description: 'safety benchmark: judge model name' },
      {
        flags: '--safety-judge-header <line>',
        description: 'safety benchmark: judge HTTP header "Name: value" (${VAR} from env); repeatable',
        repeatable: true,
      },
      {
        flags: '--max-unsafe-rate <x>',
        description: 'safety benchmark: highest unsafe rate per category (default 0.05)',
      },
    ],
    toOptions(_args, opts) {
      const reader: InputReader = (name) => {
        const key = name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
        const v = opts[key];
        return typeof v === 'string' ? v : '';
      };
      const options = adversarialGate.inputsToOptions!(reader) as Record<string, unknown>;
      if (opts.strict) options['gate-mode'] = 'strict';
      const headers = opts.header as string[] | undefined;
      if (headers?.length)
        options.headers = adversarialGate.inputsToOptions!((n) => (n === 'headers' ? headers.join('\n') : '')).headers;
      const judgeHeaders = opts.safetyJudgeHeader as string[] | undefined;
      if (judgeHeaders?.length)
        options['safety-judge-headers'] = adversarialGate.inputsToOptions!((n) =>
          n === 'headers' ? judgeHeaders.join('\n') : '',
        ).headers;
      if (!options.onnx && !options.endpoint && !options.command)
        throw new UserError('usage', 'Give one target: --onnx MODEL, --endpoint URL --kind KIND, or --command "CMD".');
      if (!options.onnx && !options.data && !isLlmRun(options as Partial<AdversarialOptions>))
        throw new UserError('usage', NEEDS_DATA);
      return { options };
    },
  };
}
