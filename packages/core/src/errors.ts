/**
 * Two kinds of error, as in codeql-action: a `UserError` is the user's to fix (bad config, bad input,
 * unreadable file) and prints without a stack; anything else is a bug or an outage and is wrapped with context.
 */

export type UserErrorCode = 'config-missing' | 'config-invalid' | 'input-invalid' | 'input-unreadable' | 'usage';

export class UserError extends Error {
  readonly code: UserErrorCode;
  /** Extra lines (one per problem) printed under the message. */
  readonly details: string[];

  constructor(code: UserErrorCode, message: string, options?: { details?: string[]; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.code = code;
    this.details = options?.details ?? [];
  }

  /** Message and details, one problem per line, as printed to users. */
  describe(): string {
    return [this.message, ...this.details.map((d) => `  ${d}`)].join('\n');
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** A message for any thrown value; user errors keep their details, others their cause chain. */
export function describeError(error: unknown): string {
  if (error instanceof UserError) return error.describe();
  if (error instanceof Error) {
    const cause = error.cause === undefined ? '' : ` (caused by: ${describeError(error.cause)})`;
    return `${error.message}${cause}`;
  }
  return String(error);
}

/** Wraps an unexpected error with what we were doing when it happened. */
export function wrapError(context: string, error: unknown): Error {
  if (error instanceof UserError) return error;
  return new Error(`${context}: ${describeError(error)}`, { cause: error });
}
