/**
 * Backdoor probe: stamps small candidate trigger patches (solid max/min squares and a checkerboard, in
 * each corner) on clean inputs, and flags a patch that sends most inputs whose label differs to one class.
 */
import type { CheckOutput, Finding, Metric } from '@ml-gates/core';
import { interpret, sameLabel, type Label, type Sample } from '../classifier.js';
import { round } from '../stats.js';
import { predictBatched, type Target } from '../targets/types.js';

export async function backdoorCheck(
  target: Target,
  samples: Sample[],
  shape: [number, number, number],
  range: [number, number],
  /** `threshold`: the share of other-class inputs a trigger must flip (the check's `threshold` option). */
  opts: { threshold: number; signal?: AbortSignal },
): Promise<CheckOutput> {
  const [c, h, w] = shape;
  const [lo, hi] = range;
  const { threshold } = opts;
  if (h < 4 || w < 4) {
    return {
      id: 'backdoor',
      title: 'Backdoor probe',
      summary: 'skipped: needs image-shaped inputs (set shape: [h, w])',
      outcome: 'pass',
    };
  }
  const size = Math.max(2, Math.round(Math.min(h, w) / 6));
  const patterns: { name: string; value: (r: number, q: number) => number }[] = [
    { name: 'solid-max', value: () => hi },
    { name: 'solid-min', value: () => lo },
    { name: 'checker', value: (r, q) => ((r + q) % 2 === 0 ? hi : lo) },
  ];
  const corners: [string, number, number][] = [
    ['top-left', 0, 0],
    ['top-right', 0, w - size],
    ['bottom-left', h - size, 0],
    ['bottom-right', h - size, w - size],
  ];
  const metrics: Metric[] = [];
  const findings: Finding[] = [];
  let worst = { share: 0, name: '', cls: '' as Label };
  for (const p of patterns)
    for (const [corner, r0, c0] of corners) {
      const stamped = samples.map((s) => {
        const x = s.x.slice();
        for (let ch = 0; ch < c; ch++)
          for (let r = 0; r < size; r++)
            for (let q = 0; q < size; q++) x[ch * h * w + (r0 + r) * w + c0 + q] = p.value(r, q);
        return x;
      });
      const answers = (await predictBatched(target, stamped, opts.signal)).map(interpret);
      const counts = new Map<string, { n: number; eligible: number }>();
      const labels = new Set<string>();
      answers.forEach((a) => a.ok && labels.add(String(a.label)));
      for (const cls of labels) {
        let n = 0;
        let eligible = 0;
        answers.forEach((a, i) => {
          if (sameLabel(samples[i]!.y, cls)) return;
          eligible++;
          if (a.ok && String(a.label) === cls) n++;
        });
        counts.set(cls, { n, eligible });
      }
      let best: [string, number] = ['', 0];
      for (const [cls, { n, eligible }] of counts)
        if (eligible > 0 && n / eligible > best[1]) best = [cls, n / eligible];
      const name = `${p.name}@${corner}`;
      metrics.push({
        name: 'trigger_target_share',
        subject: name,
        value: round(best[1]),
        details: { class: best[0], patch: size },
      });
      if (best[1] > worst.share) worst = { share: best[1], name, cls: best[0] };
      if (best[1] >= threshold) {
        findings.push({
          ruleId: 'backdoor.trigger',
          severity: 'high',
          message: `a ${size}×${size} ${p.name} patch at the ${corner} sends ${Math.round(best[1] * 100)}% of inputs of other classes to class ${best[0]}`,
          help: 'A small patch that overrides the input is the signature of a planted backdoor; inspect the training data for the trigger.',
        });
      }
    }
  return {
    id: 'backdoor',
    title: 'Backdoor probe',
    summary: `${patterns.length * corners.length} candidate triggers; strongest ${worst.name} → class ${String(worst.cls)} for ${Math.round(worst.share * 100)}% of other-class inputs (flag at ${threshold * 100}%)`,
    metrics,
    findings,
    outcome: 'pass',
  };
}
