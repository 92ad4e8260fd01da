/** Starter files written by `ml-gates init`. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const STARTER_CONFIG = `# yaml-language-server: $schema=https://raw.githubusercontent.com/ml-gates/ml-gates/v1/packages/core/schema/ml-gates.schema.json
# ml-gates configuration. Every gate reads its section; a gate without a section is not run by
# "ml-gates run" or the all-in-one action. Each check has a mode: block (fails the gate), warn (reported
# only) or off. "fail-on" is the lowest finding severity that fails a blocking check.
version: 1

defaults:
  fail-on: high

gates:
  # Static security scan of model files (pickle, PyTorch, joblib, Keras, ONNX, GGUF, safetensors...).
  model-scan:
    fail-on: medium
    # waivers:
    #   - check: pickle
    #     rule: pickle.unknown-global
    #     path: models/legacy/*.pkl
    #     reason: Reviewed by the security team in SEC-123
    #     owner: "@ml-platform"
    #     expires: 2027-01-31

  # Dataset checks: schema, drift against a reference, outliers, PII and secrets.
  # data-gate: {}

  # Quality and fairness against thresholds and the default branch's baseline.
  # performance-gate: {}

  # Robustness under attack (ONNX model, HTTP endpoint or a command).
  # adversarial-gate: {}

  # Human approval for the exact commit being promoted.
  # approval-gate: {}
`;

/** The repository our actions are published from. */
export const ACTION_REPO = 'ml-gates/ml-gates';

/**
 * Third-party actions, pinned by full commit SHA with the release tag in a comment (a tag can be moved to
 * other code; a SHA cannot). Dependabot and Renovate update both together. The examples use the same pins.
 */
export const PINNED = {
  checkout: 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
  uploadSarif: 'github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7 # v4.31.9',
} as const;

/**
 * The `owner/name` of a GitHub remote URL (https, ssh or scp-like), or `undefined`.
 * `git@github.com:acme/ml-gates.git` → `acme/ml-gates`.
 */
export function githubRepoOf(url: string): string | undefined {
  const m = /github\.com[:/]+([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/**
 * The action repository the workflow `init` writes should use: the repository itself when `dir` is inside a
 * clone of ml-gates (a fork testing its own actions: the `origin` remote names a repository called
 * `ml-gates`), else {@link ACTION_REPO}. Reads `.git/config`; runs nothing.
 */
export function actionRepoFor(dir: string): string {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const dotGit = join(d, '.git');
    const isDir = (() => {
      try {
        return statSync(dotGit).isDirectory();
      } catch {
        return undefined;
      }
    })();
    if (isDir !== undefined) {
      let config: string;
      try {
        let gitDir = dotGit;
        if (!isDir) {
          const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
          gitDir = m ? resolve(d, m[1]!) : dotGit;
          try {
            gitDir = resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
            // eslint-disable-next-line no-restricted-syntax -- no commondir: not a worktree, the gitdir is the one to read
          } catch {
            // not a worktree
          }
        }
        config = readFileSync(join(gitDir, 'config'), 'utf8');
      } catch {
        return ACTION_REPO;
      }
      const origin = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? '';
      const url = /^\s*url\s*=\s*(.+)$/m.exec(origin)?.[1];
      const repo = url ? githubRepoOf(url) : undefined;
      return repo && repo.split('/')[1]!.toLowerCase() === 'ml-gates' ? repo : ACTION_REPO;
    }
    if (dirname(d) === d) return ACTION_REPO;
  }
}

/** The ml-gates release a published CLI was built from: its tag and the full commit SHA the tag names. */
export interface ReleasePin {
  tag: string;
  sha: string;
}

/**
 * The file the release workflow writes beside the published CLI bundle (`dist/cli/release.json`, never
 * committed): `{"tag": "v1.2.3", "sha": "<40 hex>"}`. Only a release knows its own commit, so only a release
 * build can pin our actions by SHA.
 */
export const RELEASE_FILE = 'release.json';

/**
 * The release pin in `dir`'s {@link RELEASE_FILE}, or `undefined` when there is none (a build from source).
 * A file that is there but malformed is an error: a broken release must not quietly write an unpinned workflow.
 */
export function readReleasePin(dir: string): ReleasePin | undefined {
  const file = join(dir, RELEASE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const pin = JSON.parse(text) as Partial<ReleasePin>;
  if (
    typeof pin.sha !== 'string' ||
    !/^[0-9a-f]{40}$/.test(pin.sha) ||
    typeof pin.tag !== 'string' ||
    !/^v\d+\.\d+\.\d+([-+][\w.-]+)?$/.test(pin.tag)
  ) {
    throw new Error(`${file}: expected {"tag": "vX.Y.Z", "sha": "<40 hex digits>"}, got ${text.slice(0, 200)}`);
  }
  return { tag: pin.tag, sha: pin.sha };
}

/** The `uses:` line of our all-in-one action: by commit SHA for a release build, else its major tag, said so. */
function ourActionStep(actionRepo: string, release: ReleasePin | undefined): string {
  if (release) return `uses: ${actionRepo}@${release.sha} # ${release.tag}`;
  return [
    `# ml-gates by its major tag: this CLI is a build from source, which does not know a release commit. Pin it`,
    `        # like the others with the release's commit SHA: ${actionRepo}@<sha> # v1.x.y`,
    `        uses: ${actionRepo}@v1`,
  ].join('\n');
}

/**
 * The workflow `init` writes, using the actions of `actionRepo` (see {@link actionRepoFor}), pinned to
 * `release` when the CLI is a release build (see {@link readReleasePin}).
 */
export function starterWorkflow(actionRepo: string = ACTION_REPO, release?: ReleasePin): string {
  return `name: ml-gates
on:
  pull_request:
    # edited: a changed PR description or base branch re-runs the gates (approval-gate reads both).
    types: [opened, synchronize, reopened, edited]
  push:
    branches: [main]

# Least privilege: nothing at the top, each job asks only for what it uses.
permissions: {}

# One run per PR (or branch) at a time: a new push cancels the run it makes stale.
concurrency:
  group: ml-gates-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  ml-gates:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    permissions:
      contents: read
      checks: write          # one check run per gate
      pull-requests: write   # the single ml-gates PR comment
      security-events: write # SARIF upload to code scanning
    steps:
      # Actions are pinned by commit SHA (the tag in the comment); the token is not left in .git/config.
      - uses: ${PINNED.checkout}
        with:
          persist-credentials: false
      - id: gates
        ${ourActionStep(actionRepo, release)}
        with:
          config: ml-gates.yml
      # Upload findings to code scanning, also when the gate failed (but not when it wrote no SARIF), and
      # not for pull requests from forks, whose token cannot write security events.
      - if: >-
          always() && hashFiles('.ml-gates/ml-gates.sarif') != '' &&
          (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository)
        uses: ${PINNED.uploadSarif}
        with:
          sarif_file: .ml-gates/ml-gates.sarif
          category: ml-gates
`;
}

/** The workflow `init` writes outside a clone of ml-gates itself. */
export const STARTER_WORKFLOW = starterWorkflow();
