/** The classifier checks: clean accuracy, the attack suite (per-sample worst case) and corruption robustness. */
import { Rng, startProgress, type CheckOutput, type Finding, type Logger, type Metric } from '@ml-gates/core';
import {
  interpret,
  runAttack,
  sameLabel,
  type AttackDef,
  type Query,
  type RunStats,
  type Sample,
  type SampleResult,
  type ThreatModel,
} from '../classifier.js';
import { labelOnlyAttacks } from '../attacks/registry.js';
import { decide, round, wilson, type GateMode } from '../stats.js';
import { predictBatched, type Target } from '../targets/types.js';

export interface RobustnessSettings {
  threat: ThreatModel;
  budget: number;
  seed: number;
  attacks: AttackDef[];
  minAccuracyKept: number;
  minRobustAccuracy?: number;
  gateMode: GateMode;
  minSamples: number;
  examples: number;
  signal?: AbortSignal;
  /** Progress of each attack (queries out of the budget's worst case) goes here. */
  logger?: Logger;
}

export interface CleanResult {
  samples: Sample[];
  answers: Query[];
  correct: { sample: Sample; clean: Extract<Query, { ok: true }> }[];
  errors: number;
}

export async function evaluateClean(
  target: Target,
  samples: Sample[],
  stats: RunStats,
  signal?: AbortSignal,
): Promise<CleanResult> {
  const t0 = performance.now();
  const answers = (
    await predictBatched(
      target,
      samples.map((s) => s.x),
      signal,
    )
  ).map(interpret);
  stats.targetMs += performance.now() - t0;
  stats.calls += Math.ceil(samples.length / target.maxBatch);
  const correct: CleanResult['correct'] = [];
  let errors = 0;
  answers.forEach((q, i) => {
    if (!q.ok) errors++;
    else if (sameLabel(q.label, samples[i]!.y)) correct.push({ sample: samples[i]!, clean: q });
  });
  return { samples, answers, correct, errors };
}

const fmt = (v: Float32Array, max = 8): string =>
  `[${Array.from(v.slice(0, max), (x) => round(x, 3)).join(', ')}${v.length > max ? `, … ${v.length - max} more` : ''}]`;

type AttackTally = {
  attacked: number;
  fooled: number;
  survived: number;
  errors: number;
  unverified: number;
  queries: number;
  skipped?: string;
};

type Worst = Map<number, SampleResult & { attack?: string }>;

/**
 * Runs the attacks in turn on the samples still standing. Worst case per sample: fooled by any attack wins;
 * an error in any attack is never counted as robust.
 */
async function runAttacks(
  target: Target,
  clean: CleanResult,
  s: RobustnessSettings,
  stats: RunStats,
): Promise<{ perAttack: Record<string, AttackTally>; worst: Worst }> {
  const perAttack: Record<string, AttackTally> = {};
  const worst: Worst = new Map();
  let remaining = clean.correct;
  const labelOnly = clean.correct.some((c) => c.clean.scores === null);
  for (const attack of s.attacks) {
    if (attack.needsScores && labelOnly) {
      perAttack[attack.id] = {
        attacked: 0,
        fooled: 0,
        survived: 0,
        errors: 0,
        unverified: 0,
        queries: 0,
        skipped: 'target returns labels only',
      };
      continue;
    }
    const before = stats.queries;
    const progress = s.logger
      ? startProgress(s.logger, `attack ${attack.id}`, { total: remaining.length * s.budget, unit: 'queries' })
      : undefined;
    const results = await runAttack(target, attack, remaining, s.threat, {
      budget: s.budget,
      seed: s.seed,
      stats,
      ...(s.signal ? { signal: s.signal } : {}),
      ...(progress ? { onQueries: (n: number) => progress.update(n) } : {}),
    });
    progress?.done();
    const count = (st: string): number => results.filter((r) => r.status === st).length;
    perAttack[attack.id] = {
      attacked: remaining.length,
      fooled: count('fooled'),
      survived: count('survived'),
      errors: count('error'),
      unverified: count('unverified'),
      queries: stats.queries - before,
    };
    for (const r of results) {
      const prev = worst.get(r.index);
      if (r.status === 'fooled' || r.status === 'error' || !prev) worst.set(r.index, { ...r, attack: attack.id });
    }
    // Samples already fooled need no further attack (their worst case is settled); errors stay errors.
    remaining = remaining.filter((c) => {
      const w = worst.get(c.sample.index);
      return !w || w.status === 'survived' || w.status === 'unverified';
    });
  }
  return { perAttack, worst };
}

interface Tally {
  n: number;
  cleanCorrect: number;
  robust: number;
  fooled: number;
  attackErrors: number;
  kept: ReturnType<typeof decide>;
  robustAcc: ReturnType<typeof decide> | undefined;
}

function robustnessMetrics(
  t: Tally,
  clean: CleanResult,
  perAttack: Record<string, AttackTally>,
  s: RobustnessSettings,
  details: Record<string, unknown>,
): Metric[] {
  const { n, cleanCorrect, robust, fooled, kept, robustAcc } = t;
  const metrics: Metric[] = [
    {
      name: 'clean_accuracy',
      value: round(cleanCorrect / n),
      ci: wilson(cleanCorrect, n),
      method: 'wilson',
      details: { correct: cleanCorrect, samples: n, errors: clean.errors },
    },
    {
      name: 'robust_accuracy',
      value: round(robust / n),
      ci: wilson(robust, n),
      method: 'wilson',
      ...(robustAcc ? { threshold: s.minRobustAccuracy!, verdict: robustAcc.verdict } : {}),
      details: { robust, samples: n, ...details },
    },
    {
      name: 'attack_success_rate',
      value: cleanCorrect > 0 ? round(fooled / cleanCorrect) : null,
      ci: wilson(fooled, cleanCorrect),
      method: 'wilson',
      details: { fooled, attacked: cleanCorrect, errors: t.attackErrors },
    },
    {
      name: 'accuracy_kept',
      value: kept.value,
      ci: kept.ci,
      threshold: s.minAccuracyKept,
      method: 'wilson',
      verdict: kept.verdict,
      details: { robust, cleanCorrect, gateMode: s.gateMode, decision: kept.reason },
    },
  ];
  for (const [id, a] of Object.entries(perAttack)) {
    metrics.push({
      name: 'attack_success_rate',
      subject: id,
      value: a.attacked > 0 ? round(a.fooled / a.attacked) : null,
      ci: wilson(a.fooled, a.attacked),
      method: 'wilson',
      details: a,
    });
  }
  return metrics;
}

/** The first adversarial examples (with their distance and perturbation) and the samples the target failed on. */
function robustnessFindings(worst: Worst, clean: CleanResult, s: RobustnessSettings): Finding[] {
  const findings: Finding[] = [];
  const examples = [...worst.values()]
    .filter((w) => w.status === 'fooled')
    .sort((a, b) => a.index - b.index)
    .slice(0, s.examples);
  for (const w of examples) {
    const sample = clean.samples.find((x) => x.index === w.index)!;
    const dist = w.adv
      ? s.threat.norm === 'linf'
        ? Math.max(...Array.from(w.adv, (v, i) => Math.abs(v - sample.x[i]!)))
        : Math.sqrt(Array.from(w.adv, (v, i) => (v - sample.x[i]!) ** 2).reduce((a, b) => a + b, 0))
      : 0;
    findings.push({
      ruleId: 'adversarial.example',
      severity: 'info',
      message: `row ${w.index}: ${w.attack} changed label ${String(sample.y)} → ${String(w.advLabel)} with ${s.threat.norm} distance ${round(dist)} ≤ ${s.threat.epsilon} after ${w.queries} queries; perturbation starts ${fmt(Float32Array.from(w.adv!, (v, i) => v - sample.x[i]!))}`,
      location: { path: 'data', line: w.index + 1 },
    });
  }
  const errorRows = [...worst.values()].filter((w) => w.status === 'error');
  if (errorRows.length > 0) {
    findings.push({
      ruleId: 'adversarial.target-error',
      severity: 'medium',
      message: `${errorRows.length} sample(s) could not be attacked because the target failed (counted as not robust); first: row ${errorRows[0]!.index}: ${errorRows[0]!.error}`,
      help: 'Errors are never counted as passes. Check the target logs; a NaN score is reported as an error.',
    });
  }
  return findings;
}

export async function robustnessCheck(
  target: Target,
  clean: CleanResult,
  s: RobustnessSettings,
  stats: RunStats,
): Promise<CheckOutput> {
  const n = clean.samples.length;
  const { perAttack, worst } = await runAttacks(target, clean, s, stats);
  const ranAny = Object.values(perAttack).some((a) => !a.skipped);
  const cleanCorrect = clean.correct.length;
  const robust = ranAny
    ? clean.correct.filter((c) => {
        const w = worst.get(c.sample.index);
        return w !== undefined && (w.status === 'survived' || w.status === 'unverified');
      }).length
    : 0;
  const kept = decide(robust, cleanCorrect, s.minAccuracyKept, s.gateMode, s.minSamples);
  const robustAcc =
    s.minRobustAccuracy !== undefined ? decide(robust, n, s.minRobustAccuracy, s.gateMode, s.minSamples) : undefined;
  const tally: Tally = {
    n,
    cleanCorrect,
    robust,
    fooled: [...worst.values()].filter((w) => w.status === 'fooled').length,
    attackErrors: [...worst.values()].filter((w) => w.status === 'error').length,
    kept,
    robustAcc,
  };
  const details = { seed: s.seed, budget: s.budget, norm: s.threat.norm, epsilon: s.threat.epsilon };
  let outcome: CheckOutput['outcome'] = 'pass';
  if (!ranAny || cleanCorrect === 0) outcome = 'error';
  else if (kept.verdict === 'fail' || robustAcc?.verdict === 'fail') outcome = 'fail';
  else if (kept.verdict === 'warn' || robustAcc?.verdict === 'warn') outcome = 'warn';
  const summary = !ranAny
    ? `no attack could run (score-based attacks need scores; add ${labelOnlyAttacks().join(' or ')} for label-only targets)`
    : `accuracy kept ${kept.value ?? 'n/a'} (95% CI ${kept.ci[0]}–${kept.ci[1]}, bar ${s.minAccuracyKept}, ${s.gateMode}${kept.inconclusive ? ', inconclusive' : ''}); robust ${robust}/${n}, clean ${cleanCorrect}/${n}; ${s.threat.norm} ε=${s.threat.epsilon}, budget ${s.budget}/sample/attack, seed ${s.seed}`;
  return {
    id: 'robustness',
    title: 'Adversarial robustness',
    summary,
    metrics: robustnessMetrics(tally, clean, perAttack, s, details),
    findings: robustnessFindings(worst, clean, s),
    outcome,
    details: { ...details, attacks: perAttack, range: s.threat.range, verifyQueries: stats.verifyQueries },
  };
}

/** Accuracy under random corruptions (Gaussian noise at several sigmas, salt-and-pepper): reported, not the headline. */
export async function corruptionCheck(
  target: Target,
  clean: CleanResult,
  threat: ThreatModel,
  seed: number,
  sigmas: number[],
  stats: RunStats,
  signal?: AbortSignal,
): Promise<CheckOutput> {
  const n = clean.samples.length;
  const [lo, hi] = threat.range;
  const metrics: Metric[] = [];
  const kinds: { name: string; make: (x: Float32Array, rng: Rng) => Float32Array }[] = [
    ...sigmas.map((sigma) => ({
      name: `gaussian-noise:${sigma}`,
      make: (x: Float32Array, rng: Rng) =>
        Float32Array.from(x, (v) => Math.min(hi, Math.max(lo, v + sigma * (hi - lo) * rng.normal()))),
    })),
    {
      name: 'salt-and-pepper:0.05',
      make: (x: Float32Array, rng: Rng) =>
        Float32Array.from(x, (v) => (rng.next() < 0.05 ? (rng.next() < 0.5 ? lo : hi) : v)),
    },
  ];
  for (const k of kinds) {
    const inputs = clean.samples.map((s) => k.make(s.x, Rng.stream(seed, 'corruption', k.name, s.index)));
    const answers = (await predictBatched(target, inputs, signal)).map(interpret);
    stats.queries += inputs.length;
    let ok = 0;
    let errors = 0;
    answers.forEach((q, i) => {
      if (!q.ok) errors++;
      else if (sameLabel(q.label, clean.samples[i]!.y)) ok++;
    });
    metrics.push({
      name: 'corruption_accuracy',
      subject: k.name,
      value: round(ok / n),
      ci: wilson(ok, n),
      method: 'wilson',
      details: { correct: ok, samples: n, errors },
    });
  }
  const worstM = metrics.reduce((a, b) => ((a.value ?? 1) <= (b.value ?? 1) ? a : b));
  return {
    id: 'corruption',
    title: 'Corruption robustness',
    summary: `lowest accuracy ${worstM.value} under ${worstM.subject} (reported separately from adversarial robustness)`,
    metrics,
    outcome: 'pass',
  };
}
