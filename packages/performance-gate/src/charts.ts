/**
 * Charts as Mermaid `xychart-beta` text, which GitHub renders inside a ```mermaid fence in comments and job
 * summaries: no image is uploaded anywhere. Only numbers and fixed titles go into the chart text (never a
 * string from the data), so nothing needs escaping.
 */
import type { CalibrationBin } from './metrics/functions.js';

export interface Chart {
  /** Plain-text title (also inside the chart). */
  title: string;
  /** Mermaid source, without the ``` fence. */
  mermaid: string;
  /** What each series is, in order (xychart-beta draws no legend). */
  series: string[];
}

const fmt = (v: number): string => String(Math.round(v * 1000) / 1000);

/** Linear interpolation of a curve (x increasing, as ROC's fpr) at `x`. */
export function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  if (x <= xs[0]!) return ys[0]!;
  for (let i = 1; i < xs.length; i++) {
    if (xs[i]! >= x) {
      const x0 = xs[i - 1]!;
      const x1 = xs[i]!;
      if (x1 === x0) return ys[i]!;
      return ys[i - 1]! + ((ys[i]! - ys[i - 1]!) * (x - x0)) / (x1 - x0);
    }
  }
  return ys[ys.length - 1]!;
}

/** ROC curves on an even false-positive-rate grid (xychart-beta spaces points evenly). */
export function rocChart(curves: { label: string; fpr: number[]; tpr: number[] }[], points = 21): Chart {
  const grid = Array.from({ length: points }, (_, i) => i / (points - 1));
  const lines = curves.map((c) => `    line [${grid.map((x) => fmt(interpolate(c.fpr, c.tpr, x))).join(', ')}]`);
  return {
    title: 'ROC curve',
    series: [...curves.map((c) => c.label), 'chance (diagonal)'],
    mermaid: [
      'xychart-beta',
      '    title "ROC curve"',
      `    x-axis "False positive rate" [${grid.map(fmt).join(', ')}]`,
      '    y-axis "True positive rate" 0 --> 1',
      ...lines,
      `    line [${grid.map(fmt).join(', ')}]`,
    ].join('\n'),
  };
}

/** Reliability diagram: observed frequency (bars) and mean predicted probability (line) per bin. */
export function calibrationChart(table: readonly CalibrationBin[], bins: number): Chart {
  const byBin = new Map(table.map((b) => [b.bin, b]));
  const centres = Array.from({ length: bins }, (_, i) => (i + 0.5) / bins);
  const observed = centres.map((_, i) => fmt(byBin.get(i)?.fractionPositive ?? 0));
  const predicted = centres.map((c, i) => fmt(byBin.get(i)?.meanPredicted ?? c));
  return {
    title: 'Calibration (reliability diagram)',
    series: ['observed frequency per bin (bars; 0 for empty bins)', 'mean predicted probability per bin (line)'],
    mermaid: [
      'xychart-beta',
      '    title "Calibration"',
      `    x-axis "Predicted probability (bin centre)" [${centres.map(fmt).join(', ')}]`,
      '    y-axis "Observed frequency" 0 --> 1',
      `    bar [${observed.join(', ')}]`,
      `    line [${predicted.join(', ')}]`,
    ].join('\n'),
  };
}
