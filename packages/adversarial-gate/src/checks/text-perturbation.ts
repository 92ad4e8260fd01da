/** The `text-perturbation` check: character- and word-level edits against a text classifier, under a query budget. */
import { Rng, startProgress, type CheckOutput, type Finding, type Logger, type Metric } from '@ml-gates/core';
import { interpret, margin, sameLabel, type Label, type Query } from '../classifier.js';
import { decide, round, wilson, type GateMode } from '../stats.js';
import { predictBatched, type Target } from '../targets/types.js';
import { perturb, type EditKind } from '../text.js';

export interface TextSettings {
  budget: number;
  maxEdits: number;
  seed: number;
  minAccuracyKept: number;
  gateMode: GateMode;
  minSamples: number;
  examples: number;
  signal?: AbortSignal;
  logger?: Logger;
}

type TextRow = { index: number; text: string; y: Label };

interface State {
  r: TextRow;
  rng: Rng;
  best: string;
  edits: EditKind[];
  bestMargin: number;
  queries: number;
  status: 'survived' | 'fooled' | 'error';
  cand?: { text: string; kinds: EditKind[] };
  advLabel?: Label;
  error?: string;
}

/** One more edit on the best text so far, or a restart from the original when the edit cap is reached. */
function propose(st: State, maxEdits: number): void {
  const base =
    st.edits.length >= maxEdits ? { text: st.r.text, kinds: [] as EditKind[] } : { text: st.best, kinds: st.edits };
  let p = null;
  for (let tries = 0; tries < 10 && !p; tries++) p = perturb(base.text, st.rng);
  st.cand = p ? { text: p.text, kinds: [...base.kinds, p.kind] } : { text: base.text, kinds: base.kinds };
}

/** The answer to a proposal: an error, a changed label (fooled), or a margin that keeps the edit when no worse. */
function accept(st: State, q: Query): void {
  st.queries++;
  if (!q.ok) {
    st.status = 'error';
    st.error = q.error;
    return;
  }
  if (!sameLabel(q.label, st.r.y)) {
    st.status = 'fooled';
    st.best = st.cand!.text;
    st.edits = st.cand!.kinds;
    st.advLabel = q.label;
    return;
  }
  const m = margin(q, st.r.y);
  if (m <= st.bestMargin || st.cand!.kinds.length === 1) {
    st.bestMargin = Math.min(m, st.bestMargin);
    st.best = st.cand!.text;
    st.edits = st.cand!.kinds;
  }
}

/** Attacks every correctly classified row in lockstep (one batch per round) until fooled or out of budget. */
async function attackRows(target: Target, states: State[], s: TextSettings): Promise<number> {
  let queries = 0;
  const progress = s.logger
    ? startProgress(s.logger, 'text perturbations', { total: states.length * s.budget, unit: 'queries' })
    : undefined;
  for (;;) {
    const live = states.filter((st) => st.status === 'survived' && st.queries < s.budget);
    if (live.length === 0) break;
    for (const st of live) propose(st, s.maxEdits);
    const answers = (
      await predictBatched(
        target,
        live.map((st) => st.cand!.text),
        s.signal,
      )
    ).map(interpret);
    queries += live.length;
    progress?.update(live.length);
    live.forEach((st, i) => accept(st, answers[i]!));
  }
  progress?.done();
  return queries;
}

function textMetrics(
  n: number,
  correct: number,
  robust: number,
  fooled: number,
  kept: ReturnType<typeof decide>,
  s: TextSettings,
): Metric[] {
  return [
    { name: 'clean_accuracy', value: round(correct / n), ci: wilson(correct, n), method: 'wilson' },
    {
      name: 'robust_accuracy',
      value: round(robust / n),
      ci: wilson(robust, n),
      method: 'wilson',
      details: { budget: s.budget, maxEdits: s.maxEdits, seed: s.seed },
    },
    {
      name: 'attack_success_rate',
      value: correct ? round(fooled / correct) : null,
      ci: wilson(fooled, correct),
      method: 'wilson',
    },
    {
      name: 'accuracy_kept',
      value: kept.value,
      ci: kept.ci,
      threshold: s.minAccuracyKept,
      verdict: kept.verdict,
      method: 'wilson',
      details: { decision: kept.reason },
    },
  ];
}

function textFindings(states: readonly State[], examples: number): Finding[] {
  const fooled = states.filter((st) => st.status === 'fooled');
  const findings: Finding[] = fooled.slice(0, examples).map((st) => ({
    ruleId: 'text.adversarial-example',
    severity: 'info',
    message: `row ${st.r.index}: ${st.edits.join(' + ')} changed ${String(st.r.y)} → ${String(st.advLabel)}: ${JSON.stringify(st.best.slice(0, 120))}`,
    location: { path: 'data', line: st.r.index + 1 },
  }));
  const errs = states.filter((st) => st.status === 'error');
  if (errs.length)
    findings.push({
      ruleId: 'text.target-error',
      severity: 'medium',
      message: `${errs.length} sample(s) hit target errors (counted as not robust): ${errs[0]!.error}`,
    });
  return findings;
}

export async function textCheck(target: Target, rows: TextRow[], s: TextSettings): Promise<CheckOutput> {
  const clean = (
    await predictBatched(
      target,
      rows.map((r) => r.text),
      s.signal,
    )
  ).map(interpret);
  const correct = rows
    .map((r, i) => ({ r, q: clean[i]! }))
    .filter((c): c is { r: TextRow; q: Extract<Query, { ok: true }> } => c.q.ok && sameLabel(c.q.label, c.r.y));
  const states: State[] = correct.map(({ r, q }) => ({
    r,
    rng: Rng.stream(s.seed, 'text', r.index),
    best: r.text,
    edits: [],
    bestMargin: margin(q, r.y),
    queries: 0,
    status: 'survived',
  }));
  const queries = await attackRows(target, states, s);
  const n = rows.length;
  const robust = states.filter((st) => st.status === 'survived').length;
  const fooled = states.filter((st) => st.status === 'fooled').length;
  const kept = decide(robust, correct.length, s.minAccuracyKept, s.gateMode, s.minSamples);
  return {
    id: 'text-perturbation',
    title: 'Text perturbations',
    summary: `accuracy kept ${kept.value} (95% CI ${kept.ci[0]}–${kept.ci[1]}, bar ${s.minAccuracyKept}${kept.inconclusive ? ', inconclusive' : ''}); ≤${s.maxEdits} edits, budget ${s.budget}/sample, seed ${s.seed}`,
    metrics: textMetrics(n, correct.length, robust, fooled, kept, s),
    findings: textFindings(states, s.examples),
    outcome:
      correct.length === 0 ? 'error' : kept.verdict === 'fail' ? 'fail' : kept.verdict === 'warn' ? 'warn' : 'pass',
    details: { queries },
  };
}
