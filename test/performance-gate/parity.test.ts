import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootstrap, normalQuantile, normalSf } from '@ml-gates/core';
import { MetricEngine, parseMetricKey } from '../../packages/performance-gate/src/metrics.js';
import {
  averagePrecisionBinary,
  confusionMatrix,
  descendingOrder,
  rocAucBinary,
} from '../../packages/performance-gate/src/metrics/functions.js';
import { delongPaired, mcnemarExact } from '../../packages/performance-gate/src/paired.js';
import { fairnessValues, groupIndex, groupRates } from '../../packages/performance-gate/src/fairness.js';
import {
  loadPredictions,
  type ClassificationPredictions,
  type RegressionPredictions,
} from '../../packages/performance-gate/src/predictions.js';

const FIX = join(import.meta.dirname, '../fixtures/performance-gate');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ref: any = JSON.parse(readFileSync(join(FIX, 'reference.json'), 'utf8'));
const TOL = 1e-9;

function near(actual: number, expected: number, tol = TOL): void {
  if (Math.abs(actual - expected) > tol)
    throw new Error(`expected ${expected}, got ${actual} (diff ${actual - expected})`);
}

async function binary(file = 'binary.csv'): Promise<ClassificationPredictions> {
  const p = await loadPredictions(join(FIX, file), file, {
    columns: { label: 'label', score: 'score', prediction: 'prediction' },
  });
  return p as ClassificationPredictions;
}

function weightsOf(file: string, column: string): Float64Array {
  const lines = readFileSync(join(FIX, file), 'utf8').trim().split('\n');
  const idx = lines[0]!.split(',').indexOf(column);
  return Float64Array.from(lines.slice(1), (l) => Number(l.split(',')[idx]));
}

const m = (key: string) => parseMetricKey(key)!;

describe('parity with scikit-learn (binary, with tied scores)', () => {
  const cases: [string, string][] = [
    ['accuracy', 'accuracy'],
    ['balanced_accuracy', 'balanced_accuracy'],
    ['precision', 'precision'],
    ['recall', 'recall'],
    ['f1', 'f1'],
    ['precision_macro', 'precision_macro'],
    ['recall_weighted', 'recall_weighted'],
    ['f1_micro', 'f1_micro'],
    ['f1_macro', 'f1_macro'],
    ['f1_weighted', 'f1_weighted'],
    ['roc_auc', 'roc_auc'],
    ['average_precision', 'average_precision'],
    ['log_loss', 'log_loss'],
    ['brier_score_loss', 'brier_score_loss'],
    ['expected_calibration_error', 'expected_calibration_error'],
  ];
  it.each(cases)('%s', async (key, refKey) => {
    const p = await binary();
    const e = new MetricEngine(p);
    near(e.compute(m(key)), ref.binary[refKey]);
    // The same metric with sample weights (a bootstrap resample as counts) matches sklearn's sample_weight.
    near(e.compute(m(key), weightsOf('binary.csv', 'weight')), ref.binary_weighted[refKey]);
  });

  it('expected calibration error with 15 bins', async () => {
    near(
      new MetricEngine(await binary(), 15).compute(m('expected_calibration_error')),
      ref.binary.expected_calibration_error_15_bins,
    );
  });

  it('the seeded bootstrap interval contains the sklearn value, and is repeatable per seed', async () => {
    const p = await binary();
    const e = new MetricEngine(p);
    const settings = { resamples: 500, seed: 11, confidence: 0.95 };
    for (const key of ['accuracy', 'roc_auc', 'log_loss', 'f1']) {
      const run = (seed: number) => bootstrap(p.n, { ...settings, seed }, 1, (w) => e.compute(m(key), w));
      const { ci, valid } = run(11);
      expect(valid).toBe(500);
      expect([key, ci![0] < ref.binary[key] && ref.binary[key] < ci![1]]).toEqual([key, true]);
      expect(run(11).ci).toEqual(ci);
      expect(run(12).ci).not.toEqual(ci);
      if (key === 'accuracy') {
        // Width near the normal approximation's 2 · 1.96 · √(p(1−p)/n) ≈ 0.070 for p = 0.745, n = 600.
        const expected = 2 * 1.96 * Math.sqrt((0.745 * 0.255) / p.n);
        expect(Math.abs(ci![1] - ci![0] - expected)).toBeLessThan(0.25 * expected);
      }
    }
  });

  it('confusion matrix', async () => {
    const p = await binary();
    expect(confusionMatrix(p.y, p.pred, 2)).toEqual(ref.binary.confusion_matrix);
  });

  it('ties in ROC AUC and average precision are handled as sklearn', () => {
    const y = Uint8Array.from(ref.ties.label as number[]);
    const s = Float64Array.from(ref.ties.score as number[]);
    const order = descendingOrder(s);
    near(
      rocAucBinary((i) => y[i] === 1, s, order),
      ref.ties.roc_auc,
    );
    near(
      averagePrecisionBinary((i) => y[i] === 1, s, order),
      ref.ties.average_precision,
    );
  });
});

describe('parity with scikit-learn (multiclass, JSON Lines, string labels)', () => {
  const keys = [
    'accuracy',
    'balanced_accuracy',
    'precision_micro',
    'precision_macro',
    'precision_weighted',
    'recall_micro',
    'recall_macro',
    'recall_weighted',
    'f1_micro',
    'f1_macro',
    'f1_weighted',
    'log_loss',
    'brier_score_loss',
    'expected_calibration_error',
    'average_precision_macro',
  ];
  it.each(keys)('%s', async (key) => {
    const p = await loadPredictions(join(FIX, 'multiclass.jsonl'), 'multiclass.jsonl', {
      columns: { 'score-prefix': 'proba_' },
    });
    expect(p.task).toBe('multiclass');
    near(new MetricEngine(p).compute(m(key)), ref.multiclass[key]);
  });
  it.each([
    ['roc_auc', 'roc_auc_ovr_macro'],
    ['roc_auc_ovr_weighted', 'roc_auc_ovr_weighted'],
  ])('%s (one-vs-rest)', async (key, refKey) => {
    const p = await loadPredictions(join(FIX, 'multiclass.jsonl'), 'multiclass.jsonl', {
      columns: { 'score-prefix': 'proba_' },
    });
    near(new MetricEngine(p).compute(m(key)), ref.multiclass[refKey]);
  });
  it('confusion matrix in class order', async () => {
    const p = (await loadPredictions(join(FIX, 'multiclass.jsonl'), 'multiclass.jsonl', {
      columns: { 'score-prefix': 'proba_' },
    })) as ClassificationPredictions;
    expect(p.classes).toEqual(['bird', 'cat', 'dog']);
    expect(confusionMatrix(p.y, p.pred, 3)).toEqual(ref.multiclass.confusion_matrix);
  });
});

describe('parity with scikit-learn (regression)', () => {
  const keys = [
    'mean_absolute_error',
    'mean_squared_error',
    'root_mean_squared_error',
    'r2',
    'mean_absolute_percentage_error',
  ];
  it.each(keys)('%s', async (key) => {
    const p = (await loadPredictions(join(FIX, 'regression.csv'), 'regression.csv', {
      columns: { label: 'target', prediction: 'predicted' },
    })) as RegressionPredictions;
    expect(p.task).toBe('regression');
    const e = new MetricEngine(p);
    const scale = Math.max(1, Math.abs(ref.regression[key]));
    near(e.compute(m(key)) / scale, ref.regression[key] / scale);
    near(e.compute(m(key), weightsOf('regression.csv', 'weight')) / scale, ref.regression_weighted[key] / scale);
  });
});

describe('paired tests against scipy', () => {
  it('DeLong matches the reference implementation', async () => {
    const c = await binary();
    const b = await binary('binary-baseline.csv');
    const pos = Uint8Array.from(c.y, (v) => (v === 1 ? 1 : 0));
    const r = delongPaired(pos, c.scores![1]!, b.scores![1]!, 0.95)!;
    near(r.auc[0], ref.delong.auc1);
    near(r.auc[1], ref.delong.auc2);
    near(r.varianceDiff, ref.delong.var_diff, 1e-12);
    near(r.ci[0], ref.delong.ci_low);
    near(r.ci[1], ref.delong.ci_high);
    expect(Math.abs(r.pValue - ref.delong.p_value) / ref.delong.p_value).toBeLessThan(1e-9);
  });
  it('exact McNemar matches scipy.stats.binomtest', async () => {
    const c = await binary();
    const b = await binary('binary-baseline.csv');
    const r = mcnemarExact(
      Uint8Array.from(c.y, (v, i) => (v === c.pred[i] ? 1 : 0)),
      Uint8Array.from(b.y, (v, i) => (v === b.pred[i] ? 1 : 0)),
      0.95,
    );
    expect(r.candidateOnly).toBe(ref.mcnemar.candidate_only);
    expect(r.baselineOnly).toBe(ref.mcnemar.baseline_only);
    near(r.pValue, ref.mcnemar.p_value);
    expect(r.ci[0]).toBeLessThan(r.change);
    expect(r.ci[1]).toBeGreaterThan(r.change);
  });
  it('normal distribution helpers', () => {
    near(normalQuantile(0.975), 1.959963984540054, 1e-14);
    near(normalQuantile(1e-10), -6.361340902404056, 1e-12);
    near(normalSf(1.96), 0.024997895148220435, 1e-15);
    near(normalSf(6), 9.865876450376946e-10, 1e-20);
  });
});

describe('fairness with Fairlearn definitions (reference computed with pandas group-bys)', () => {
  it('per-group rates and the across-group differences and ratio', async () => {
    const p = (await loadPredictions(join(FIX, 'binary.csv'), 'binary.csv', {
      columns: { label: 'label', score: 'score', prediction: 'prediction', group: 'group' },
    })) as ClassificationPredictions;
    const g = groupIndex(p.group!);
    const rates = groupRates(p, g);
    for (const r of rates) {
      near(r.selectionRate, ref.fairness.selection_rate[r.group]);
      near(r.truePositiveRate, ref.fairness.true_positive_rate[r.group]);
      near(r.falsePositiveRate, ref.fairness.false_positive_rate[r.group]);
      near(r.baseRate, ref.fairness.base_rate[r.group]);
      expect(r.size).toBe(ref.fairness.count[r.group]);
    }
    const v = fairnessValues(rates, () => true);
    near(v.demographic_parity_difference, ref.fairness.demographic_parity_difference);
    near(v.demographic_parity_ratio, ref.fairness.demographic_parity_ratio);
    near(v.equalized_odds_difference, ref.fairness.equalized_odds_difference);
  });
});
