import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../log.js';
import { apiBaseUrl, maskToken } from './api.js';
import * as core from './toolkit.js';

// The REST helpers that need no Octokit live in api.js (the action runtime imports them without loading Octokit).
export { apiBaseUrl, httpStatus, isPermissionError } from './api.js';

/** The Octokit every ml-gates action uses: REST methods, pagination, retries and rate-limit handling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** `GITHUB_TOKEN` or a PAT. Masked in the log with `core.setSecret` before anything else happens. */
  token: string;
  /** REST base URL; defaults to `GITHUB_API_URL` (GHES, the test emulator) or `https://api.github.com`. */
  baseUrl?: string;
  /** Where retry and rate-limit notices go (never the token). */
  logger?: Pick<Logger, 'warning' | 'debug'>;
  /**
   * Retries of a failed request (5xx, network) before giving up; default 3, or `ML_GATES_API_RETRIES` when set
   * (the end-to-end tests of an unreachable GitHub run the real bundles without the ~14 s of backoff).
   */
  retries?: number;
  /** Longest wait for a rate limit before failing instead, in seconds; default 60. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Rate-limit handling and write pacing (one write per second, as GitHub asks of integrations);
   * default true. Tests that run many in-process clients against a local emulator turn it off.
   */
  throttle?: boolean;
  /**
   * Least time between two writes of this client, in ms; comment and issue creations (which notify
   * people) wait three times as long. Default 1000 (GitHub's ask), or `ML_GATES_WRITE_PACING_MS` when set:
   * the end-to-end tests run the real bundles with fast pacing so CI does not wait on the real clock.
   */
  writePacingMs?: number;
}

/** GitHub asks integrations to make at most about one write per second. */
export const DEFAULT_WRITE_PACING_MS = 1000;

/** Retries of a new client: the option, else `ML_GATES_API_RETRIES` (0–10), else 3. */
export function apiRetries(options: Pick<ClientOptions, 'retries'>, env = process.env): number {
  if (options.retries !== undefined) return options.retries;
  const raw = env.ML_GATES_API_RETRIES?.trim();
  return raw && /^(?:10|\d)$/.test(raw) ? Number(raw) : 3;
}

/** The write pacing of a new client: the option, else `ML_GATES_WRITE_PACING_MS`, else GitHub's one second. */
export function writePacingMs(options: Pick<ClientOptions, 'writePacingMs'>, env = process.env): number {
  if (options.writePacingMs !== undefined) return Math.max(0, options.writePacingMs);
  const raw = env.ML_GATES_WRITE_PACING_MS?.trim();
  if (raw) {
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  return DEFAULT_WRITE_PACING_MS;
}

/**
 * A limiter with the one method `@octokit/plugin-throttling` calls on its pacing groups
 * (`group.key(id).schedule(options, fn, ...args)`): runs jobs one at a time, starting each at least
 * `minTime` ms after the previous one started.
 */
function pacingGroup(minTime: number): { key: (id: string) => Pacer } {
  const pacer = new Pacer(minTime);
  return { key: () => pacer };
}

class Pacer {
  private tail: Promise<unknown> = Promise.resolve();
  private nextStart = 0;
  constructor(private readonly minTime: number) {}

  schedule<A extends unknown[], R>(_options: unknown, fn: (...args: A) => Promise<R>, ...args: A): Promise<R> {
    const run = this.tail.then(async () => {
      const wait = this.nextStart - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      this.nextStart = Date.now() + this.minTime;
      return fn(...args);
    });
    // The caller gets `run` (and its error); the queue only needs to know it settled.
    // eslint-disable-next-line no-restricted-syntax -- the error is not lost: it rejects `run`, returned below
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/**
 * Creates the GitHub client: Octokit from `@actions/github` with `@octokit/plugin-retry` (retries 5xx and
 * network errors with backoff) and `@octokit/plugin-throttling` (waits out primary and secondary rate
 * limits, paces writes one per second as GitHub asks, or as `writePacingMs` says). The token is masked first.
 *
 * @example
 * const gh = createClient({ token: getRequiredInput('token') });
 * const { data } = await gh.rest.pulls.get({ owner, repo, pull_number: 1 });
 */
export function createClient(options: ClientOptions): GitHubClient {
  const { token } = options;
  maskToken(token);
  const log = options.logger ?? { warning: (m: string) => core.warning(m), debug: (m: string) => core.debug(m) };
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const retries = apiRetries(options);
  const pacing = writePacingMs(options);
  // GitHub's own pacing is the plugin's default; anything else replaces its write and notification groups.
  // (Typed `object`: the plugin declares Bottleneck groups; it only ever calls `key(id).schedule(...)`.)
  const pacingGroups: object =
    pacing === DEFAULT_WRITE_PACING_MS ? {} : { write: pacingGroup(pacing), notifications: pacingGroup(pacing * 3) };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? apiBaseUrl(),
      log: {
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.debug(m),
        error: (m: string) => log.debug(m),
      },
      retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        enabled: options.throttle ?? true,
        ...pacingGroups,
        onRateLimit: (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
          if (retryCount < 2 && retryAfter <= maxWait) {
            log.warning(`GitHub rate limit hit on ${opts.method} ${opts.url}; retrying in ${retryAfter} s.`);
            return true;
          }
          log.warning(`GitHub rate limit hit on ${opts.method} ${opts.url}; giving up (reset in ${retryAfter} s).`);
          return false;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          opts: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          if (retryCount < 2 && retryAfter <= maxWait) {
            log.warning(`GitHub secondary rate limit hit on ${opts.method} ${opts.url}; retrying in ${retryAfter} s.`);
            return true;
          }
          log.warning(`GitHub secondary rate limit hit on ${opts.method} ${opts.url}; giving up.`);
          return false;
        },
      },
    },
    retry,
    throttling,
  );
}
