/** The `llm-probes` check: the probe pack sent to the chat model, judged by canary and rogue strings, per family. */
import { startProgress, type CheckOutput, type Finding, type Logger, type Metric } from '@ml-gates/core';
import {
  canaryFor,
  isRefusal,
  judgeAnswer,
  planProbes,
  PROBE_PACK_VERSION,
  requestsOf,
  type Message,
  type Probe,
} from '../probes/llm.js';
import { decide, round, wilson, type GateMode } from '../stats.js';
import { answerText, predictBatched, type Target } from '../targets/types.js';

export interface LlmSettings {
  seed: number;
  families?: string[];
  systemPrompt?: string;
  canary?: string;
  minDefenseRate: number;
  gateMode: GateMode;
  minSamples: number;
  examples: number;
  /** Probes sent at most (a seeded subset, every family kept); all when absent. */
  samples?: number;
  /** Requests per probe at most (turns of a multi-turn probe, attempts of best-of-n). */
  budget?: number;
  /** Share of probes without a usable answer above which the check is `error` (the option's schema default: 0.1). */
  maxErrorRate: number;
  /** Masks secrets (keys, canaries) in any text that reaches the report. */
  mask: (text: string) => string;
  logger?: Logger;
  signal?: AbortSignal;
}

type Status = 'defended' | 'compromised' | 'error';
interface Verdict {
  probe: Probe;
  status: Status;
  refused: boolean;
  why?: string;
  answer?: string;
  /** The user message that got the answer judged (the last turn, or the winning variant). */
  asked?: string;
  requests: number;
}

/** Runs every probe's conversation: one batched request per step, multi-turn and best-of-n in lock-step. */
async function runProbes(
  target: Target,
  probes: readonly Probe[],
  system: string | undefined,
  canary: string | undefined,
  s: LlmSettings,
  timing: { targetMs: number },
): Promise<Verdict[]> {
  const progress = s.logger
    ? startProgress(s.logger, 'llm probes', {
        total: probes.reduce((n, p) => n + requestsOf(p), 0),
        unit: 'requests',
      })
    : undefined;
  const head: Message[] = system ? [{ role: 'system', content: system }] : [];
  const state = probes.map((p) => ({
    p,
    history: [...head, ...p.messages],
    step: 0,
    v: { probe: p, status: 'defended', refused: false, requests: 0 } as Verdict,
    live: true,
  }));
  for (;;) {
    const live = state.filter((x) => x.live);
    if (live.length === 0) break;
    const inputs = live.map((x) => {
      if (x.p.variants && x.step > 0) {
        const msgs = [...head, ...x.p.messages];
        msgs[msgs.length - 1] = { role: 'user', content: x.p.variants[x.step - 1]! };
        return { messages: msgs };
      }
      return { messages: x.history };
    });
    const t0 = performance.now();
    const answers = await predictBatched(target, inputs, s.signal);
    timing.targetMs += performance.now() - t0;
    progress?.update(live.length);
    live.forEach((x, i) => {
      const a = answers[i]!;
      const msgs = inputs[i]!.messages;
      x.v.requests++;
      x.v.asked = [...msgs].reverse().find((m) => m.role === 'user')?.content ?? '';
      const text = answerText(a);
      if (!a.ok || text === undefined) {
        x.v.status = 'error';
        x.v.why = a.ok ? 'the answer holds no text (missing or empty)' : a.error;
        x.live = false;
        return;
      }
      x.v.answer = text;
      x.v.refused = isRefusal(text);
      const why = judgeAnswer(x.p, text, canary);
      if (why) {
        x.v.status = 'compromised';
        x.v.why = why;
        x.live = false;
        return;
      }
      x.step++;
      if (x.p.turns && x.step <= x.p.turns.length) {
        x.history = [
          ...x.history,
          { role: 'assistant', content: text },
          { role: 'user', content: x.p.turns[x.step - 1]! },
        ];
      } else if (!(x.p.variants && x.step <= x.p.variants.length)) x.live = false;
    });
  }
  progress?.done();
  return state.map((x) => x.v);
}

type Decision = ReturnType<typeof decide>;

/** Each family gated on its own: a family the model loses completely fails the check, whatever the overall rate. */
function familyMetrics(
  families: readonly string[],
  verdicts: readonly Verdict[],
  s: LlmSettings,
): { metrics: Metric[]; failedFamilies: string[] } {
  const metrics: Metric[] = [];
  const failedFamilies: string[] = [];
  for (const f of families) {
    const vs = verdicts.filter((v) => v.probe.family === f);
    const ok = vs.filter((v) => v.status === 'defended').length;
    // A family too small to settle is inconclusive there, not a pass.
    const d = decide(ok, vs.length, s.minDefenseRate, s.gateMode, s.minSamples);
    if (d.verdict === 'fail') failedFamilies.push(f);
    metrics.push({
      name: 'defense_rate',
      subject: f,
      value: d.value,
      ci: d.ci,
      threshold: s.minDefenseRate,
      method: 'wilson',
      verdict: d.verdict,
      details: {
        defended: ok,
        probes: vs.length,
        errors: vs.filter((v) => v.status === 'error').length,
        refused: vs.filter((v) => v.refused).length,
        decision: d.reason,
      },
    });
  }
  return { metrics, failedFamilies };
}

/** The overall defence rate first, the families', then the error and refusal rates. */
function llmMetrics(
  verdicts: readonly Verdict[],
  overall: Decision,
  perFamily: readonly Metric[],
  s: LlmSettings,
  maxErrorRate: number,
): Metric[] {
  const defended = verdicts.filter((v) => v.status === 'defended').length;
  const errors = verdicts.filter((v) => v.status === 'error').length;
  const refused = verdicts.filter((v) => v.refused).length;
  return [
    {
      name: 'defense_rate',
      value: overall.value,
      ci: overall.ci,
      threshold: s.minDefenseRate,
      method: 'wilson',
      verdict: overall.verdict,
      details: { defended, probes: verdicts.length, errors, decision: overall.reason, seed: s.seed },
    },
    ...perFamily,
    {
      name: 'error_rate',
      value: verdicts.length ? round(errors / verdicts.length) : null,
      ci: wilson(errors, verdicts.length),
      threshold: maxErrorRate,
      method: 'wilson',
      details: { errors, probes: verdicts.length },
    },
    {
      name: 'refusal_rate',
      value: verdicts.length ? round(refused / verdicts.length) : null,
      ci: wilson(refused, verdicts.length),
      method: 'wilson',
    },
  ];
}

/** Examples: the first compromise of each family, then the next ones, up to `examples`; and the target errors. */
function llmFindings(
  families: readonly string[],
  verdicts: readonly Verdict[],
  s: LlmSettings,
  maxErrorRate: number,
): Finding[] {
  const findings: Finding[] = [];
  const compromised = verdicts.filter((x) => x.status === 'compromised');
  const firsts = families
    .map((f) => compromised.find((v) => v.probe.family === f))
    .filter((v): v is Verdict => v !== undefined);
  const shown = [...firsts, ...compromised.filter((v) => !firsts.includes(v))].slice(0, s.examples);
  // Masks a bounded prefix (any 8 characters of a secret inside it are found, even cut at its end), then cuts.
  const cut = (t: string, n: number): string => {
    const m = s.mask(t.slice(0, n + 256));
    return m.length > n || t.length > n + 256 ? `${m.slice(0, n)}…` : m;
  };
  for (const v of shown) {
    findings.push({
      ruleId: `llm.${v.probe.family}`,
      severity: 'info',
      message: `${v.probe.id}: ${v.why}. Probe: ${cut(v.asked ?? '', 160)} — answer: ${cut(v.answer ?? '', 160)}`,
    });
  }
  const errors = verdicts.filter((v) => v.status === 'error').length;
  const errorRate = verdicts.length ? errors / verdicts.length : 1;
  if (errors > 0) {
    findings.push({
      ruleId: 'llm.target-error',
      severity: 'medium',
      message: `${errors} of ${verdicts.length} probe(s) got no usable answer (counted as not defended${errorRate > maxErrorRate ? `; above max-error-rate ${maxErrorRate}, so the check could not run` : ''}); first: ${cut(verdicts.find((v) => v.status === 'error')!.why ?? '', 200)}`,
    });
  }
  return findings;
}

export async function llmCheck(
  target: Target,
  s: LlmSettings,
): Promise<CheckOutput & { requests: number; targetMs: number }> {
  const canary = s.canary ?? (s.systemPrompt?.includes('{{canary}}') ? canaryFor(s.seed) : undefined);
  const system = s.systemPrompt?.replaceAll('{{canary}}', canary ?? '');
  const { probes, skippedCanary, unsampled } = planProbes({
    seed: s.seed,
    ...(s.families ? { families: s.families } : {}),
    canary: canary !== undefined,
    ...(s.samples !== undefined ? { samples: s.samples } : {}),
    ...(s.budget !== undefined ? { budget: s.budget } : {}),
  });
  const timing = { targetMs: 0 };
  const verdicts = await runProbes(target, probes, system, canary, s, timing);
  const requests = verdicts.reduce((n, v) => n + v.requests, 0);
  const families = [...new Set(probes.map((p) => p.family))];
  const { metrics: perFamily, failedFamilies } = familyMetrics(families, verdicts, s);
  const defended = verdicts.filter((v) => v.status === 'defended').length;
  const errors = verdicts.filter((v) => v.status === 'error').length;
  const overall = decide(defended, verdicts.length, s.minDefenseRate, s.gateMode, s.minSamples);
  const maxErrorRate = s.maxErrorRate;
  const errorRate = verdicts.length ? errors / verdicts.length : 1;
  const outcome =
    verdicts.length === 0 || errorRate > maxErrorRate
      ? 'error'
      : overall.verdict === 'fail' || failedFamilies.length > 0
        ? 'fail'
        : overall.verdict === 'warn'
          ? 'warn'
          : 'pass';
  const familyNote = [
    failedFamilies.length ? `; failed families: ${failedFamilies.join(', ')}` : '',
    unsampled.length
      ? `; ${unsampled.length} families not sampled (samples ${s.samples} is fewer than the families): ${unsampled.join(', ')}`
      : '',
  ].join('');
  return {
    id: 'llm-probes',
    title: 'LLM probes',
    summary: `defended ${defended}/${verdicts.length} probes (defence rate ${overall.value}, 95% CI ${overall.ci[0]}–${overall.ci[1]}, bar ${s.minDefenseRate}, ${s.gateMode}${overall.inconclusive ? ', inconclusive' : ''}); ${errors} errors${familyNote}${skippedCanary ? `; ${skippedCanary} extraction probes skipped: set system-prompt with {{canary}} or canary` : ''}`,
    metrics: llmMetrics(verdicts, overall, perFamily, s, maxErrorRate),
    findings: llmFindings(families, verdicts, s, maxErrorRate),
    outcome,
    requests,
    targetMs: timing.targetMs,
    details: {
      probePack: PROBE_PACK_VERSION,
      canaryPlanted: canary !== undefined,
      skippedCanaryProbes: skippedCanary,
      probes: verdicts.length,
      requests,
      ...(failedFamilies.length ? { failedFamilies } : {}),
      ...(unsampled.length ? { unsampledFamilies: unsampled } : {}),
    },
  };
}
