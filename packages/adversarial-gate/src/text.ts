/**
 * Text-classifier robustness: character-level edits (keyboard typos, swaps, deletions, homoglyphs,
 * invisible characters, case, punctuation) and word-level edits that need no embeddings (duplicate, drop,
 * swap adjacent words). Greedy random search under a budget of queries and a cap on edits per input;
 * with scores, an edit is kept when the true class's margin drops.
 */
import { Rng, startProgress, type CheckOutput, type Finding, type Logger, type Metric } from '@ml-gates/core';
import { interpret, margin, sameLabel, type Label, type Query } from './classifier.js';
import { HOMOGLYPHS } from './probes/encodings.js';
import { decide, round, wilson, type GateMode } from './stats.js';
import { predictBatched, type Target } from './targets/types.js';

const KEYBOARD: Record<string, string> = {
  a: 'qwsz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
};
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad'];

export const EDIT_KINDS = [
  'typo',
  'swap',
  'delete',
  'homoglyph',
  'invisible',
  'case',
  'punctuation',
  'word-duplicate',
  'word-drop',
  'word-swap',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Applies one random edit of a random kind; returns the kind used (or null when none applied). */
export function perturb(text: string, rng: Rng): { text: string; kind: EditKind } | null {
  const kind = rng.pick(EDIT_KINDS);
  const chars = Array.from(text);
  const letters = chars.map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i >= 0);
  const words = text.split(/(\s+)/);
  const wordIdx = words.map((w, i) => (/\S/.test(w) ? i : -1)).filter((i) => i >= 0);
  const at = (): number => letters[rng.int(letters.length)]!;
  switch (kind) {
    case 'typo': {
      if (!letters.length) return null;
      const i = at();
      const near = KEYBOARD[chars[i]!.toLowerCase()];
      if (!near) return null;
      chars[i] = near[rng.int(near.length)]!;
      break;
    }
    case 'swap': {
      if (letters.length < 2) return null;
      const i = at();
      if (i + 1 >= chars.length || !/\p{L}/u.test(chars[i + 1]!)) return null;
      [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
      break;
    }
    case 'delete':
      if (letters.length < 2) return null;
      chars.splice(at(), 1);
      break;
    case 'homoglyph': {
      const cands = chars.map((c, i) => (HOMOGLYPHS[c] ? i : -1)).filter((i) => i >= 0);
      if (!cands.length) return null;
      const i = cands[rng.int(cands.length)]!;
      const glyphs = HOMOGLYPHS[chars[i]!]!;
      chars[i] = glyphs.length === 1 ? glyphs[0]! : rng.pick(glyphs);
      break;
    }
    case 'invisible':
      if (!letters.length) return null;
      chars.splice(at(), 0, rng.pick(INVISIBLES));
      break;
    case 'case': {
      if (!letters.length) return null;
      const i = at();
      const c = chars[i]!;
      chars[i] = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
      break;
    }
    case 'punctuation':
      chars.splice(rng.int(chars.length + 1), 0, rng.pick(['.', ',', '!', '?', ';', '-', "'"]));
      break;
    case 'word-duplicate': {
      if (!wordIdx.length) return null;
      const i = rng.pick(wordIdx);
      words.splice(i, 0, words[i]!, ' ');
      return { text: words.join(''), kind };
    }
    case 'word-drop': {
      if (wordIdx.length < 3) return null;
      const i = rng.pick(wordIdx);
      words.splice(i, 2);
      return { text: words.join(''), kind };
    }
    case 'word-swap': {
      if (wordIdx.length < 2) return null;
      const k = rng.int(wordIdx.length - 1);
      const a = wordIdx[k]!;
      const b = wordIdx[k + 1]!;
      [words[a], words[b]] = [words[b]!, words[a]!];
      return { text: words.join(''), kind };
    }
  }
  return { text: chars.join(''), kind };
}

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

export async function textCheck(
  target: Target,
  rows: { index: number; text: string; y: Label }[],
  s: TextSettings,
): Promise<CheckOutput> {
  const clean = (
    await predictBatched(
      target,
      rows.map((r) => r.text),
      s.signal,
    )
  ).map(interpret);
  const correct = rows
    .map((r, i) => ({ r, q: clean[i]! }))
    .filter(
      (c): c is { r: (typeof rows)[number]; q: Extract<Query, { ok: true }> } => c.q.ok && sameLabel(c.q.label, c.r.y),
    );
  interface State {
    r: (typeof rows)[number];
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
  const states: State[] = correct.map(({ r, q }) => ({
    r,
    rng: Rng.stream(s.seed, 'text', r.index),
    best: r.text,
    edits: [],
    bestMargin: margin(q, r.y),
    queries: 0,
    status: 'survived',
  }));
  let queries = 0;
  const progress = s.logger
    ? startProgress(s.logger, 'text perturbations', { total: states.length * s.budget, unit: 'queries' })
    : undefined;
  for (;;) {
    const live = states.filter((st) => st.status === 'survived' && st.queries < s.budget);
    if (live.length === 0) break;
    for (const st of live) {
      // Propose: one more edit on the best text so far, or restart from the original when the edit cap is reached.
      const base =
        st.edits.length >= s.maxEdits
          ? { text: st.r.text, kinds: [] as EditKind[] }
          : { text: st.best, kinds: st.edits };
      let p = null;
      for (let tries = 0; tries < 10 && !p; tries++) p = perturb(base.text, st.rng);
      st.cand = p ? { text: p.text, kinds: [...base.kinds, p.kind] } : { text: base.text, kinds: base.kinds };
    }
    const answers = (
      await predictBatched(
        target,
        live.map((st) => st.cand!.text),
        s.signal,
      )
    ).map(interpret);
    queries += live.length;
    progress?.update(live.length);
    live.forEach((st, i) => {
      st.queries++;
      const q = answers[i]!;
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
    });
  }
  progress?.done();
  const n = rows.length;
  const robust = states.filter((st) => st.status === 'survived').length;
  const fooled = states.filter((st) => st.status === 'fooled');
  const kept = decide(robust, correct.length, s.minAccuracyKept, s.gateMode, s.minSamples);
  const metrics: Metric[] = [
    { name: 'clean_accuracy', value: round(correct.length / n), ci: wilson(correct.length, n), method: 'wilson' },
    {
      name: 'robust_accuracy',
      value: round(robust / n),
      ci: wilson(robust, n),
      method: 'wilson',
      details: { budget: s.budget, maxEdits: s.maxEdits, seed: s.seed },
    },
    {
      name: 'attack_success_rate',
      value: correct.length ? round(fooled.length / correct.length) : null,
      ci: wilson(fooled.length, correct.length),
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
  const findings: Finding[] = fooled.slice(0, s.examples).map((st) => ({
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
  return {
    id: 'text-perturbation',
    title: 'Text perturbations',
    summary: `accuracy kept ${kept.value} (95% CI ${kept.ci[0]}–${kept.ci[1]}, bar ${s.minAccuracyKept}${kept.inconclusive ? ', inconclusive' : ''}); ≤${s.maxEdits} edits, budget ${s.budget}/sample, seed ${s.seed}`,
    metrics,
    findings,
    outcome:
      correct.length === 0 ? 'error' : kept.verdict === 'fail' ? 'fail' : kept.verdict === 'warn' ? 'warn' : 'pass',
    details: { queries },
  };
}
