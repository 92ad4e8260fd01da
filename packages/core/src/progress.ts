import type { Logger } from './log.js';

/**
 * Progress of a long-running step (an attack, a bootstrap, a big file). Gates call `update` as often as
 * they like; what reaches the user is throttled: a line every `intervalMs` in CI logs (and at the end),
 * or a redrawn bar when the logger can draw one (the CLI on a TTY, see `Logger.progress`).
 *
 * @example
 *   const p = startProgress(ctx.logger, 'attack fgsm', { total: samples.length });
 *   for (const s of samples) { await attack(s); p.update(1); }
 *   p.done();
 */
export interface Progress {
  /** Adds `n` units of work done (default 1). */
  update(n?: number): void;
  /** Sets the total when it becomes known. */
  setTotal(total: number): void;
  /** Reports the final count (always printed, once). */
  done(): void;
}

export interface ProgressOptions {
  /** Units of work in all, when known. */
  total?: number;
  /** Unit name for the lines, e.g. `rows`, `queries` (default: none). */
  unit?: string;
  /** Minimum time between two lines (default 5,000 ms; bars redraw at most every 100 ms). */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** A logger that can draw a live bar (the CLI on a TTY) implements this; others get periodic lines. */
export interface ProgressSink {
  progress(label: string, done: number, total: number | undefined, final: boolean): void;
}

const hasSink = (logger: Logger): logger is Logger & ProgressSink =>
  typeof (logger as Partial<ProgressSink>).progress === 'function';

/** Formats `label: 1,200/5,000 rows (24%)`. */
export function formatProgress(label: string, done: number, total: number | undefined, unit = ''): string {
  const u = unit ? ` ${unit}` : '';
  const count =
    total !== undefined
      ? `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`
      : done.toLocaleString('en-US');
  const pct = total !== undefined && total > 0 ? ` (${Math.min(100, Math.floor((done / total) * 100))}%)` : '';
  return `${label}: ${count}${u}${pct}`;
}

/** Starts reporting progress of one step through `logger`. */
export function startProgress(logger: Logger, label: string, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const sink = hasSink(logger) ? logger : undefined;
  const interval = options.intervalMs ?? (sink ? 100 : 5000);
  let total = options.total;
  let count = 0;
  let last = now();
  let finished = false;
  const emit = (final: boolean): void => {
    if (sink) sink.progress(label, count, total, final);
    else logger.info(formatProgress(label, count, total, options.unit));
  };
  return {
    update(n = 1) {
      if (finished) return;
      count += n;
      const t = now();
      if (t - last >= interval) {
        last = t;
        emit(false);
      }
    },
    setTotal(value) {
      total = value;
    },
    done() {
      if (finished) return;
      finished = true;
      emit(true);
    },
  };
}
