/**
 * Parts of an action bundle loaded only when a run needs them (the GitHub client, the approvals reader): a
 * separate chunk next to `dist/<name>/index.js`. A chunk that does not load means the bundle is broken: that is
 * an error of the run (exit 3 through `runWrapper`), never a step quietly skipped.
 */
export class ModuleLoadError extends Error {
  override readonly name = 'ModuleLoadError';
  constructor(what: string, cause: unknown) {
    super(`could not load ${what} from the action bundle: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/**
 * `load`, run once on first use; a failure is a `ModuleLoadError` naming `what`.
 *
 * @example
 * const loadClient = lazyModule('the GitHub client', () => import('./client.js'));
 * const { createClient } = await loadClient();
 */
export function lazyModule<T>(what: string, load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load().catch((error: unknown) => Promise.reject(new ModuleLoadError(what, error))));
}

/** The GitHub client module (Octokit with its plugins, undici). */
export const loadClientModule = lazyModule('the GitHub client', () => import('./client.js'));

/** The approvals reader (approval-gate's GitHub reads) and the client it builds. */
export const loadApprovalsModule = lazyModule('the approvals reader', () => import('./approvals.js'));
