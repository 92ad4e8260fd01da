/** Bootstrap resampling as counts, with core's seeded `Rng`: same seed and stream → same resamples everywhere. */
import { Rng } from '../random.js';
import { percentileInterval } from './quantile.js';

export interface BootstrapSettings {
  resamples: number;
  seed: number;
  confidence: number;
}

/** A bootstrap resample as counts: row i is drawn `w[i]` times out of n draws. */
export function resampleCounts(rng: Rng, n: number, out = new Float64Array(n)): Float64Array {
  out.fill(0);
  for (let j = 0; j < n; j++) out[rng.int(n)]! += 1;
  return out;
}

/**
 * Percentile bootstrap of `stat(weights)` over `resamples` resamples of n rows (stream `stream` of the seed).
 * Returns the interval and how many resamples gave a defined value.
 */
export function bootstrap(
  n: number,
  settings: BootstrapSettings,
  stream: number,
  stat: (w: Float64Array) => number,
): { ci?: [number, number]; valid: number } {
  const rng = new Rng(settings.seed, stream);
  const w = new Float64Array(n);
  const values: number[] = [];
  for (let b = 0; b < settings.resamples; b++) {
    resampleCounts(rng, n, w);
    values.push(stat(w));
  }
  const ci = percentileInterval(values, settings.confidence);
  return { ...(ci ? { ci } : {}), valid: values.filter(Number.isFinite).length };
}
