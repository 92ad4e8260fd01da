/**
 * GitHub REST helpers that need no Octokit: the action runtime imports these at start-up and loads the client
 * (client.ts: Octokit, its plugins and undici) only when a run talks to the API.
 */
import * as core from './toolkit.js';

const masked = new Set<string>();

/** Masks a token in the log (`core.setSecret`), once per token. */
export function maskToken(token: string | undefined): void {
  if (token && !masked.has(token)) {
    core.setSecret(token);
    masked.add(token);
  }
}

/** The REST base URL of the GitHub this job runs against (`GITHUB_API_URL` of `env`). */
export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL ?? '').replace(/\/+$/, '') || 'https://api.github.com';
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/** True for the 403/404 a read-only token gets on writes (fork and Dependabot pull requests). */
export function isPermissionError(error: unknown): boolean {
  const s = httpStatus(error);
  if (s === 403) {
    // A 403 that is a rate limit is not a permission problem.
    const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
    // GitHub's secondary rate limits do not always send retry-after; their message says what they are.
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && /rate limit/i.test(message)) return false;
    return headers['x-ratelimit-remaining'] !== '0' && headers['retry-after'] === undefined;
  }
  return s === 401 || s === 404;
}
