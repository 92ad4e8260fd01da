import { formatProgress, streamLogger, type Logger, type ProgressSink } from '@ml-gates/core';
import { useProgressBar, type CliIo } from './io.js';

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\u001b[2K';

/** `label [#########...............]  37%  370/1,000`, or the count alone when the total is unknown. */
export function progressBar(label: string, done: number, total: number | undefined): string {
  if (total === undefined || total <= 0) return formatProgress(label, done, total);
  const ratio = Math.min(1, Math.max(0, done / total));
  const filled = Math.round(ratio * BAR_WIDTH);
  const pct = `${Math.floor(ratio * 100)}%`.padStart(4);
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${pct}  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
}

/**
 * The CLI's logger, on stderr so stdout stays clean for reports. On an interactive terminal it is also
 * core's `ProgressSink`: `startProgress` redraws one bar line in place (other log lines clear it first and
 * it is redrawn on the next update); elsewhere (CI logs, pipes) `startProgress` prints periodic lines.
 */
export function cliLogger(io: CliIo, verbose = false): Logger {
  const plain = streamLogger((l) => io.stderr(`${l}\n`), verbose);
  if (!useProgressBar(io)) return plain;
  let barShown = false;
  const clear = (): void => {
    if (barShown) io.stderr(CLEAR_LINE);
    barShown = false;
  };
  const wrap =
    (fn: (m: string) => void) =>
    (m: string): void => {
      clear();
      fn(m);
    };
  const sink: Logger & ProgressSink = {
    debug: wrap(plain.debug),
    info: wrap(plain.info),
    warning: wrap(plain.warning),
    error: wrap(plain.error),
    group: (title, fn) => {
      clear();
      return plain.group(title, fn);
    },
    progress(label, done, total, final) {
      io.stderr(`${CLEAR_LINE}${progressBar(label, done, total)}${final ? '\n' : ''}`);
      barShown = !final;
    },
  };
  return sink;
}
