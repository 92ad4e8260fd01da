/**
 * What counts as a bug when a parser meets hostile bytes. The parsers report structural problems by
 * throwing the scanner's own typed errors (ScanError and LimitError, PickleError, and the RangeError /
 * SyntaxError they raise on purpose for bounds they check); the scanner turns those into findings. Anything
 * else escaping a parser is a bug: a TypeError, a stack overflow, or a Node.js internal error (a Buffer read
 * past the end: `ERR_OUT_OF_RANGE`, `ERR_BUFFER_OUT_OF_BOUNDS`) whose message tells the user nothing.
 */
import { readFileSync } from 'node:fs';
import { ScanError } from '../../packages/model-scan/src/findings.js';
import { PickleError } from '../../packages/model-scan/src/pickle/vm.js';

/** A property violation found by a fuzz target (not a thrown parser error). */
export class FuzzBug extends Error {
  override name = 'FuzzBug';
}

/** Messages of Node.js internal errors that mean an unchecked read, not a checked bound. */
const NODE_INTERNAL =
  /The value of "[^"]+" is out of range|Attempt to access memory outside buffer bounds|"[^"]+" is outside of buffer bounds|Maximum call stack size exceeded|Invalid array length|Array buffer allocation failed|Invalid typed array length/;

/** True for the errors a parser may throw for a malformed input: the scanner reports them as findings. */
export function isExpectedError(error: unknown): boolean {
  if (error instanceof ScanError || error instanceof PickleError) return true;
  if (error instanceof RangeError || error instanceof SyntaxError) {
    const code = (error as NodeJS.ErrnoException).code;
    return !(typeof code === 'string' && code.startsWith('ERR_')) && !NODE_INTERNAL.test(error.message);
  }
  return false;
}

/** Runs `fn`; rethrows only the errors that are bugs. */
export async function expectOnlyTypedErrors(fn: () => Promise<unknown> | unknown): Promise<void> {
  try {
    await fn();
  } catch (error) {
    if (!isExpectedError(error)) throw error;
  }
}

/** A finding message that shows a Node.js internal error leaked through the scanner's catch-all. */
export function leakedInternalError(message: string): boolean {
  return message.includes('scanner failed on this input') || NODE_INTERNAL.test(message);
}

/** The same, for a synchronous parser (targets run in Jazzer's `--sync` mode). */
export function expectOnlyTypedErrorsSync(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!isExpectedError(error)) throw error;
  }
}

/**
 * The key under which a bug is recognised again: the error's first line with numbers blanked, so the same
 * bug at another offset or size has the same signature. The driver computes it from Jazzer's
 * "Uncaught Exception: <name>: <message>" line the same way.
 */
export function signature(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return normaliseSignature(text);
}

export function normaliseSignature(line: string): string {
  return (line.split('\n')[0] ?? '')
    .replace(/0x[0-9a-f]+|\d+/gi, 'N')
    .trim()
    .slice(0, 300);
}

let known: Set<string> | undefined;

/**
 * True when the error is a bug already kept under test/fixtures/model-scan/fuzz-crashes/ (the driver lists
 * their signatures in the file named by MLG_FUZZ_KNOWN): fuzzing goes on to look for new bugs instead of
 * stopping at the first known one. The regression test replays the kept inputs without this filter.
 */
export function isKnownBug(error: unknown): boolean {
  if (!known) {
    const file = process.env.MLG_FUZZ_KNOWN;
    known = new Set(file ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
  }
  return known.size > 0 && known.has(signature(error));
}
