/**
 * The logger gates receive. Gate logic never reaches for `@actions/core` or `console`: the action adapter
 * passes a logger that writes workflow commands, the CLI one that writes to stderr.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group (GitHub) or an indented section (terminal). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that drops everything; for tests and library use. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
  group: (_title, fn) => fn(),
};

/** A logger that keeps every line, for tests that assert on what was logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: async (title, fn) => {
      lines.push(`group: ${title}`);
      return fn();
    },
  };
}

/** Plain logger writing to a stream (stderr for the CLI, so stdout stays clean for reports). */
export function streamLogger(write: (line: string) => void, verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    group: async (title, fn) => {
      write(`${title}`);
      return fn();
    },
  };
}
