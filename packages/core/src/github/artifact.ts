import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeError } from '../errors.js';

/** Artifact name of a gate's report: `ml-gates-<gate>` (one per gate, so parallel jobs do not collide). */
export const artifactName = (gate: string): string => `ml-gates-${gate}`;

export type UploadOutcome =
  { uploaded: true; id: number | undefined; size: number | undefined } | { uploaded: false; reason: string };

/** True when the runner gave this step what `@actions/artifact` needs to upload. */
export function artifactServiceAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

/**
 * Uploads report files as a workflow artifact. Never throws: returns why it did not upload (no
 * artifact service outside Actions, GHES without artifact v4, a name already used in this run).
 */
export async function uploadReportArtifact(
  name: string,
  files: readonly string[],
  retentionDays?: number,
): Promise<UploadOutcome> {
  if (files.length === 0) return { uploaded: false, reason: 'no report files were written' };
  if (!artifactServiceAvailable()) {
    return {
      uploaded: false,
      reason: 'the artifact service is not available here (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL are not set)',
    };
  }
  try {
    const root = commonDir(files);
    const client = await artifactClient();
    const r = await client.uploadArtifact(name, [...files], root, retentionDays ? { retentionDays } : {});
    return { uploaded: true, id: r.id, size: r.size };
  } catch (error) {
    return { uploaded: false, reason: describeError(error) };
  }
}

/**
 * `@actions/artifact` (with the Azure storage SDK) is most of a bundle's size: loaded only when an artifact
 * is actually uploaded or downloaded, so an action's cold start does not pay for it.
 */
async function artifactClient(): Promise<import('@actions/artifact').ArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

function commonDir(files: readonly string[]): string {
  let dir = dirname(resolve(files[0]!));
  for (const f of files) {
    while (!resolve(f).startsWith(dir + sep) && dirname(dir) !== dir) dir = dirname(dir);
  }
  return dir;
}

/**
 * Downloads an artifact of another run of this repository (`actions: read`) into a temporary
 * directory and reads one file from it. Returns `undefined` when the file is not in the artifact.
 */
export async function readArtifactFile(
  artifactId: number,
  file: string,
  findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string },
): Promise<Buffer | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'ml-gates-baseline-'));
  try {
    const client = await artifactClient();
    await client.downloadArtifact(artifactId, { path: dir, findBy });
    const target = resolve(dir, file);
    if (!target.startsWith(dir + sep)) return undefined;
    try {
      return await readFile(target);
    } catch {
      // Older reports may sit one level down (artifact root = report dir).
      try {
        return await readFile(join(dir, basename(file)));
      } catch {
        return undefined;
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
