/**
 * The classifier view of a target: answers read as labels and scores (a NaN or infinite score is an error,
 * never class 0), a hard per-sample query budget, and the batched scheduler every attack runs under.
 */
import { Rng } from '@ml-gates/core';
import { predictBatched, type Answer, type ErrorKind, type Target } from './targets/types.js';

export type Label = number | string;

export interface Sample {
  /** Row number in the evaluation data (0-based). */
  index: number;
  x: Float32Array;
  y: Label;
}

export type Query =
  { ok: true; label: Label; scores: Float64Array | null } | { ok: false; error: string; kind?: ErrorKind };

/** Reads an answer as a classification. Non-finite scores are an error: a NaN answer is never class 0. */
export function interpret(answer: Answer): Query {
  if (!answer.ok) return { ok: false, error: answer.error, ...(answer.kind ? { kind: answer.kind } : {}) };
  const { scores, label } = answer.out;
  if (scores && scores.length > 0) {
    if (scores.some((s) => !Number.isFinite(s)))
      return { ok: false, error: 'non-finite score (NaN or Infinity) in the answer', kind: 'invalid' };
    const s = Float64Array.from(scores);
    if (s.length === 1) return { ok: true, label: s[0]! >= 0.5 ? 1 : 0, scores: Float64Array.of(1 - s[0]!, s[0]!) };
    let best = 0;
    for (let i = 1; i < s.length; i++) if (s[i]! > s[best]!) best = i;
    return { ok: true, label: best, scores: s };
  }
  if (typeof label === 'number' && !Number.isFinite(label))
    return { ok: false, error: 'non-finite label in the answer', kind: 'invalid' };
  if (label !== undefined) return { ok: true, label, scores: null };
  return { ok: false, error: 'answer carries neither scores nor a label', kind: 'invalid' };
}

export const sameLabel = (a: Label, b: Label): boolean => String(a) === String(b);

/** `score[y] - max other score`: negative means misclassified. Label-only answers give +1 / -1. */
export function margin(q: Extract<Query, { ok: true }>, y: Label): number {
  const yi = typeof y === 'number' ? y : Number(y);
  if (!q.scores || !Number.isInteger(yi) || yi < 0 || yi >= q.scores.length) return sameLabel(q.label, y) ? 1 : -1;
  let other = -Infinity;
  for (let i = 0; i < q.scores.length; i++) if (i !== yi && q.scores[i]! > other) other = q.scores[i]!;
  return q.scores[yi]! - other;
}

/** Threat model shared by the attacks. */
export interface ThreatModel {
  norm: 'linf' | 'l2';
  epsilon: number;
  range: [number, number];
  /** `[channels, height, width]` for images; `[1, 1, n]` for flat vectors. */
  shape: [number, number, number];
}

/** An attack on one sample: yields candidates to query, returns an adversarial example or null. */
export type AttackGen = Generator<Float32Array, Float32Array | null, Extract<Query, { ok: true }>>;

export interface AttackDef {
  id: string;
  title: string;
  /** Needs class scores (score-based) or works from labels alone. */
  needsScores: boolean;
  make(sample: Sample, clean: Extract<Query, { ok: true }>, threat: ThreatModel, rng: Rng): AttackGen;
}

export type SampleStatus = 'fooled' | 'survived' | 'error' | 'unverified';

export interface SampleResult {
  index: number;
  status: SampleStatus;
  queries: number;
  adv?: Float32Array;
  advLabel?: Label;
  error?: string;
  errorKind?: ErrorKind;
}

/** Distance of `a` from `b` in the threat model's norm. */
export function distance(a: Float32Array, b: Float32Array, norm: 'linf' | 'l2'): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    m = norm === 'linf' ? Math.max(m, d) : m + d * d;
  }
  return norm === 'linf' ? m : Math.sqrt(m);
}

/** Inside the epsilon ball (with float32 rounding slack) and the value range, all finite. */
export function admissible(adv: Float32Array, x: Float32Array, threat: ThreatModel): string | undefined {
  if (adv.length !== x.length) return 'wrong length';
  const [lo, hi] = threat.range;
  for (const v of adv) {
    if (!Number.isFinite(v)) return 'non-finite value';
    if (v < lo - 1e-6 || v > hi + 1e-6) return `value ${v} outside the range [${lo}, ${hi}]`;
  }
  const d = distance(adv, x, threat.norm);
  if (d > threat.epsilon * (1 + 1e-5) + 1e-6) return `${threat.norm} distance ${d} exceeds epsilon ${threat.epsilon}`;
  return undefined;
}

export interface RunStats {
  queries: number;
  verifyQueries: number;
  calls: number;
  targetMs: number;
}

/**
 * Runs one attack on every sample, with all live samples queried together in one batched call per step.
 * Each sample gets at most `budget` queries (hard limit, counted here, whatever the attack does). An error
 * stops that sample's attack and is reported as an error, never as survived. Claimed adversarial examples
 * are checked against the threat model and re-queried before they count as `fooled`.
 */
export async function runAttack(
  target: Target,
  attack: AttackDef,
  samples: readonly { sample: Sample; clean: Extract<Query, { ok: true }> }[],
  threat: ThreatModel,
  opts: { budget: number; seed: number; signal?: AbortSignal; stats: RunStats; onQueries?: (n: number) => void },
): Promise<SampleResult[]> {
  interface Live {
    k: number;
    gen: AttackGen;
    pending: Float32Array;
    queries: number;
  }
  const results: SampleResult[] = samples.map(({ sample }) => ({
    index: sample.index,
    status: 'survived',
    queries: 0,
  }));
  const claimed: (Float32Array | undefined)[] = [];
  let live: Live[] = [];
  samples.forEach(({ sample, clean }, k) => {
    const gen = attack.make(sample, clean, threat, Rng.stream(opts.seed, attack.id, sample.index));
    const first = gen.next();
    if (first.done) claimed[k] = first.value ?? undefined;
    else live.push({ k, gen, pending: first.value, queries: 0 });
  });
  while (live.length > 0) {
    if (opts.signal?.aborted) throw new Error('attack cancelled');
    // Budget: a sample that has used its queries stops here, having survived.
    live = live.filter((l) => l.queries < opts.budget);
    if (live.length === 0) break;
    const t0 = performance.now();
    const answers = await predictBatched(
      target,
      live.map((l) => l.pending),
      opts.signal,
    );
    opts.stats.targetMs += performance.now() - t0;
    opts.stats.calls += Math.ceil(live.length / target.maxBatch);
    opts.stats.queries += live.length;
    opts.onQueries?.(live.length);
    const next: Live[] = [];
    live.forEach((l, i) => {
      l.queries++;
      results[l.k]!.queries = l.queries;
      const q = interpret(answers[i]!);
      if (!q.ok) {
        results[l.k] = { ...results[l.k]!, status: 'error', error: q.error, ...(q.kind ? { errorKind: q.kind } : {}) };
        return;
      }
      const step = l.gen.next(q);
      if (step.done) {
        claimed[l.k] = step.value ?? undefined;
        return;
      }
      l.pending = step.value;
      next.push(l);
    });
    live = next;
  }
  // Verification: inside the ball and range, and the target really answers a wrong label.
  const toVerify: number[] = [];
  claimed.forEach((adv, k) => {
    if (!adv || results[k]!.status === 'error') return;
    const why = admissible(adv, samples[k]!.sample.x, threat);
    if (why) {
      results[k] = {
        ...results[k]!,
        status: 'unverified',
        error: `attack ${attack.id} produced an inadmissible example: ${why}`,
      };
      return;
    }
    toVerify.push(k);
  });
  if (toVerify.length > 0) {
    const t0 = performance.now();
    const answers = await predictBatched(
      target,
      toVerify.map((k) => claimed[k]!),
      opts.signal,
    );
    opts.stats.targetMs += performance.now() - t0;
    opts.stats.verifyQueries += toVerify.length;
    toVerify.forEach((k, i) => {
      const q = interpret(answers[i]!);
      const r = results[k]!;
      if (!q.ok) results[k] = { ...r, status: 'error', error: `re-query failed: ${q.error}` };
      else if (sameLabel(q.label, samples[k]!.sample.y))
        results[k] = { ...r, status: 'unverified', error: 're-query answered the true label' };
      else results[k] = { ...r, status: 'fooled', adv: claimed[k]!, advLabel: q.label };
    });
  }
  return results;
}
