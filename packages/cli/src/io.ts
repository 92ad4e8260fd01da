/** What the CLI touches of the outside world, so tests run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour only then). */
  isTTY: boolean;
  /** Whether stderr is a terminal (a live progress bar only then; periodic lines otherwise). */
  stderrIsTTY?: boolean;
}

export function processIo(): CliIo {
  // A reader that stops early (`ml-gates rules | head`) closes the pipe: stop writing to it, quietly, and keep
  // running, so the exit code is still the verdict. Any other stdout error is a real failure.
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutClosed = true;
  });
  return {
    stdout: (t) => {
      if (!stdoutClosed) process.stdout.write(t);
    },
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** Colour only on a TTY, never in CI, and never when NO_COLOR is set (FORCE_COLOR forces it). */
export function useColor(io: CliIo): boolean {
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.NO_COLOR !== undefined || io.env.CI) return false;
  return io.isTTY;
}

/** A live bar only on an interactive terminal: stderr is a TTY, not CI, not a dumb terminal. */
export function useProgressBar(io: CliIo): boolean {
  if (io.env.CI || io.env.TERM === 'dumb') return false;
  return io.stderrIsTTY === true;
}
