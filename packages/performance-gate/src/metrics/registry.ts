/**
 * The metrics of the performance gate, one file each. Adding a metric: write `metrics/<name>.ts` with a
 * `defineMetric` and add one line here; the config schema's enum, the CLI help, the default metric list and
 * validation all come from this list. The order is the report's order.
 */
import { accuracy } from './accuracy.js';
import { averagePrecision } from './average-precision.js';
import { balancedAccuracy } from './balanced-accuracy.js';
import { brierScoreLoss } from './brier-score-loss.js';
import { expectedCalibrationError } from './expected-calibration-error.js';
import { f1 } from './f1.js';
import { logLoss } from './log-loss.js';
import { meanAbsoluteError } from './mean-absolute-error.js';
import { meanAbsolutePercentageError } from './mean-absolute-percentage-error.js';
import { meanSquaredErrorMetric } from './mean-squared-error.js';
import { precision } from './precision.js';
import { r2 } from './r2.js';
import { recall } from './recall.js';
import { rocAuc } from './roc-auc.js';
import { rootMeanSquaredError } from './root-mean-squared-error.js';

export const METRIC_DEFS = [
  accuracy,
  balancedAccuracy,
  precision,
  recall,
  f1,
  rocAuc,
  averagePrecision,
  logLoss,
  brierScoreLoss,
  expectedCalibrationError,
  meanAbsoluteError,
  meanSquaredErrorMetric,
  rootMeanSquaredError,
  r2,
  meanAbsolutePercentageError,
] as const;
