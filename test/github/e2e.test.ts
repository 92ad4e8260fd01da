/**
 * End-to-end: the bundled actions (`dist/<gate>/index.js`, or `$ML_GATES_DIST/<gate>/index.js`) run as
 * separate Node 24 processes exactly like the runner starts them, against the local GitHub emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { COMMENT_MARKER, parseCommentIndex } from '../../packages/core/src/report/comment.js';
import { startEmulator, type Emulator, type RepoState } from './emulator.js';
import { hasBundle, runBundle, webhookExample, type GateRun } from './harness.js';
import { sarifValidator } from './sarif-schema.js';

const GATES = ['data-gate', 'model-scan', 'adversarial-gate', 'performance-gate', 'approval-gate'];
const REPO = 'Codertocat/Hello-World';
const TOKEN = 'ghs_e2e_token_0123456789';
const FORK_TOKEN = 'ghs_e2e_fork_token_0123';
const sha = (n: number): string => n.toString(16).padStart(40, 'e');
const missing = GATES.filter((g) => !hasBundle(g));
/** 5 in CI; the scheduled soak (`.github/workflows/soak.yml`) sets `ML_GATES_E2E_REPETITIONS=20`. */
const REPETITIONS = Number(process.env.ML_GATES_E2E_REPETITIONS ?? 5);
/** GitHub under load: lists lag 2 s behind writes, every request takes 250 ms. */
const LIST_LAG_MS = 2000;
const LATENCY_MS = 250;
/**
 * The bundles pace their writes 20 times faster than GitHub's one per second (the emulator does not
 * rate-limit), so the test does not wait on the real clock; the comment protocol's own timing is unchanged.
 */
const PACING = { ML_GATES_WRITE_PACING_MS: '50' };

let emu: Emulator;
let repo: RepoState;

/** A `pull_request.synchronize` payload from @octokit/webhooks-examples, pointed at PR `n` and `head`. */
function prPayload(n: number, head: string, headRepo = REPO): Record<string, unknown> {
  const p = webhookExample('pull_request', 'synchronize') as {
    number: number;
    pull_request: { number: number; head: { sha: string; repo: { full_name: string } } };
  };
  p.number = n;
  p.pull_request.number = n;
  p.pull_request.head.sha = head;
  p.pull_request.head.repo.full_name = headRepo;
  return p as unknown as Record<string, unknown>;
}

function run(
  gate: string,
  pull: number,
  head: string,
  over: { token?: string; headRepo?: string; workspace?: string; inputs?: Record<string, string> } = {},
): Promise<GateRun> {
  // A fresh workspace per process unless given: gates write their reports into it. data-gate and
  // performance-gate get the input they require (without it they stop with a usage error, nothing published).
  const ws = over.workspace ? Promise.resolve(over.workspace) : mkdtemp(join(tmpdir(), `ml-gates-e2e-${gate}-`));
  return ws.then(async (w) => {
    const inputs = { ...(await requiredInputs(gate, w)), ...(over.inputs ?? {}) };
    return runOnce(gate, pull, head, { ...over, workspace: w, inputs });
  });
}

/** A small dataset for data-gate and predictions for performance-gate, written into the workspace. */
async function requiredInputs(gate: string, workspace: string): Promise<Record<string, string>> {
  const rows = Array.from({ length: 40 }, (_, i) => i);
  if (gate === 'data-gate') {
    await writeFile(join(workspace, 'data.csv'), `id,x\n${rows.map((i) => `${i},${i % 7}`).join('\n')}\n`);
    return { dataset: 'data.csv' };
  }
  if (gate === 'performance-gate') {
    const line = (i: number) => `${i % 2},${((i % 2) * 0.6 + (i % 5) * 0.08).toFixed(2)}`;
    await writeFile(join(workspace, 'predictions.csv'), `label,score\n${rows.map(line).join('\n')}\n`);
    return { predictions: 'predictions.csv' };
  }
  return {};
}

function runOnce(
  gate: string,
  pull: number,
  head: string,
  over: { token?: string; headRepo?: string; workspace: string; inputs?: Record<string, string> },
): Promise<GateRun> {
  return runBundle(gate, {
    apiUrl: emu.url,
    token: over.token ?? TOKEN,
    eventName: 'pull_request',
    payload: prPayload(pull, head, over.headRepo),
    repository: REPO,
    sha: sha(0xfff), // the merge commit, as on the runner; check runs go to the PR head
    ref: `refs/pull/${pull}/merge`,
    workspace: over.workspace,
    env: PACING,
    ...(over.inputs ? { inputs: over.inputs } : {}),
  });
}

function ourComments(pull: number) {
  return repo.commentsOn(pull).filter((c) => c.body.startsWith(COMMENT_MARKER));
}

/** Comments created on PR `pull` so far (each one notified the PR's subscribers). */
function commentsCreated(pull: number): number {
  return emu.state.requests.filter(
    (r) => r.method === 'POST' && r.status === 201 && r.path.endsWith(`/issues/${pull}/comments`),
  ).length;
}

/** The newest check run of `gate` on `head`. */
function newestCheckRun(gate: string, head: string): number {
  return Math.max(
    ...[...repo.checkRuns.values()]
      .filter((c) => c.headSha === head && c.name === `ml-gates / ${gate}`)
      .map((c) => c.id),
  );
}

/** Exit code and verdict agree: 0 for pass/warn/skipped, non-zero for fail/error. */
function expectConsistent(r: GateRun, gate: string): void {
  const verdict = r.outputs.verdict;
  expect(`${gate}: ${verdict}`).toMatch(/: (pass|warn|fail|error|skipped)$/);
  expect(`${gate}: exit ${r.code === 0 ? 0 : 'non-zero'}`).toBe(
    `${gate}: exit ${['pass', 'warn', 'skipped'].includes(verdict!) ? 0 : 'non-zero'}`,
  );
  expect(r.summary).toMatch(new RegExp(`## \\S+ ${gate}: ${verdict}`));
}

(missing.length > 0 ? describe.skip : describe)(
  `bundled actions against the emulator${missing.length > 0 ? ` (no bundle: ${missing.join(', ')})` : ''}`,
  () => {
    beforeAll(async () => {
      emu = await startEmulator({ listLagMs: LIST_LAG_MS, latencyMs: LATENCY_MS });
      repo = emu.state.addRepo(REPO, { defaultBranch: 'master' });
      emu.state.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' });
      emu.state.addToken(FORK_TOKEN, { login: 'github-actions[bot]', type: 'Bot', readOnly: true });
      repo.setPermission('Codertocat', 'admin');
    });
    afterAll(async () => {
      // Gates still being built may read endpoints the emulator does not serve (501): list them; only a
      // request GitHub would reject, or a malformed response, fails.
      const unserved = [...new Set(emu.state.unimplemented.splice(0))];
      if (unserved.length > 0) console.log(`not served by the emulator: ${unserved.join(', ')}`);
      const violations = emu.state.violations.splice(0);
      await emu.close();
      expect(violations).toEqual([]);
    });

    // The scenarios use separate pull requests and run concurrently: most of their time is the lag.

    it.concurrent(
      `five gates started at the same moment leave exactly one PR comment with all five sections (${REPETITIONS} repetitions, lists lagging ${LIST_LAG_MS} ms)`,
      async () => {
        const started = Date.now();
        const created: number[] = [];
        const seconds: string[] = [];
        for (let rep = 0; rep < REPETITIONS; rep++) {
          const batchStarted = Date.now();
          const head = sha(rep + 1);
          const pull = repo.addPull({ headSha: head, user: 'Codertocat' }).number;
          const runs = await Promise.all(GATES.map((g) => run(g, pull, head)));
          runs.forEach((r, i) => expectConsistent(r, GATES[i]!));
          created.push(commentsCreated(pull));
          seconds.push(((Date.now() - batchStarted) / 1000).toFixed(1));
          const comments = ourComments(pull);
          expect(comments).toHaveLength(1);
          const index = parseCommentIndex(comments[0]!.body)!;
          expect(index.head).toBe(head);
          expect(Object.keys(index.gates).sort()).toEqual([...GATES].sort());
          for (const g of GATES) expect(index.gates[g]!.id).toBe(newestCheckRun(g, head));
          expect(comments[0]!.body.match(/<details/g)).toHaveLength(5);
          const checkRuns = [...repo.checkRuns.values()].filter((c) => c.headSha === head);
          expect(checkRuns.map((c) => c.name).sort()).toEqual(GATES.map((g) => `ml-gates / ${g}`).sort());
          // The check-run conclusion matches the step's verdict.
          for (const [i, r] of runs.entries()) {
            const conclusion = checkRuns.find((c) => c.name === `ml-gates / ${GATES[i]}`)!.conclusion;
            const expected = {
              pass: 'success',
              warn: 'neutral',
              skipped: 'neutral',
              fail: 'failure',
              error: 'failure',
            }[r.outputs.verdict!];
            expect(conclusion === expected || conclusion === 'action_required').toBe(true);
          }
        }
        console.log(
          `e2e: ${REPETITIONS} batches of 5 gate processes in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
            `comments created per batch: ${created.join(', ')}; seconds per batch: ${seconds.join(', ')}`,
        );
        // The leader rule: with lists lagging evenly, only the gate with the oldest check run creates.
        expect(created).toEqual(created.map(() => 1));
      },
      900_000,
    );

    it.concurrent(
      'a re-run updates the comment in place, and a new head SHA marks older sections stale',
      async () => {
        const head = sha(100);
        const pull = repo.addPull({ headSha: head, user: 'Codertocat' }).number;
        await Promise.all(GATES.map((g) => run(g, pull, head)));
        const [comment] = ourComments(pull);
        const before = parseCommentIndex(comment!.body)!;

        // Two re-runs at once, while the list still shows the old check runs: both link to their newest.
        await Promise.all([run('model-scan', pull, head), run('performance-gate', pull, head)]);
        expect(ourComments(pull).map((c) => c.id)).toEqual([comment!.id]);
        const afterBody = ourComments(pull)[0]!.body;
        const after = parseCommentIndex(afterBody)!;
        for (const g of ['model-scan', 'performance-gate']) {
          expect(after.gates[g]!.id).toBeGreaterThan(before.gates[g]!.id);
          expect(after.gates[g]!.id).toBe(newestCheckRun(g, head));
          expect(afterBody).toContain(`/runs/${newestCheckRun(g, head)})`);
        }
        expect(after.gates['data-gate']).toEqual(before.gates['data-gate']);
        expect(commentsCreated(pull)).toBe(1);

        const next = sha(101);
        repo.pulls.get(pull)!.headSha = next;
        await run('data-gate', pull, next);
        const body = ourComments(pull)[0]!.body;
        expect(ourComments(pull).map((c) => c.id)).toEqual([comment!.id]);
        const index = parseCommentIndex(body)!;
        expect(index.head).toBe(next);
        expect(index.gates['data-gate']!.sha).toBe(next);
        for (const g of GATES.filter((x) => x !== 'data-gate')) expect(index.gates[g]!.sha).toBe(head);
        expect(body.match(/from an older commit/g)).toHaveLength(4);
      },
      300_000,
    );

    it.concurrent(
      'on a fork PR (403 on writes) keeps the exit code and the full job summary, and warns in one line',
      async () => {
        // Two workspaces with the same content (each run writes its reports into its own).
        const [ws, ws2] = await Promise.all([
          mkdtemp(join(tmpdir(), 'ml-gates-e2e-fork-')),
          mkdtemp(join(tmpdir(), 'ml-gates-e2e-same-')),
        ]);
        for (const w of [ws, ws2])
          await writeFile(join(w, 'evil.pkl'), Buffer.from("cos\nsystem\n(S'echo pwned'\ntR.", 'latin1'));
        const head = sha(200);
        const forkPull = repo.addPull({ headSha: head, headRepo: 'mallory/Hello-World', user: 'mallory' }).number;
        const samePull = repo.addPull({ headSha: sha(201), user: 'Codertocat' }).number;
        const [fork, same] = await Promise.all([
          run('model-scan', forkPull, head, { token: FORK_TOKEN, headRepo: 'mallory/Hello-World', workspace: ws }),
          run('model-scan', samePull, sha(201), { workspace: ws2 }),
        ]);
        expect(fork.code).toBe(same.code);
        expect(fork.outputs.verdict).toBe(same.outputs.verdict);
        const strip = (s: string): string =>
          s
            .replace(/·[^·\n]* s ·/g, '')
            .replace(/commit [0-9a-f]{12}/g, '')
            .replace(/ in \d+(?:\\\.\d+)? s\b/g, ' in … s');
        expect(strip(fork.summary)).toBe(strip(same.summary));
        expect(fork.summary.length).toBeGreaterThan(100);
        const warnings = fork.stdout.split('\n').filter((l) => l.startsWith('::warning::ml-gates could not publish'));
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(/check run of model-scan and PR comment: the token is read-only \(HTTP 403\)/);
        expect(repo.commentsOn(forkPull)).toHaveLength(0);
        expect([...repo.checkRuns.values()].filter((c) => c.headSha === head)).toHaveLength(0);
        // The token never appears in any output.
        for (const r of [fork, same]) {
          // (`::add-mask::<token>` is the command that tells the runner to mask it.)
          const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
          expect(r.stdout).toContain(`::add-mask::${r === fork ? FORK_TOKEN : TOKEN}`);
          expect(printed.join('\n') + r.stderr + r.summary + JSON.stringify(r.outputs)).not.toMatch(
            /ghs_e2e_(fork_)?token/,
          );
        }
      },
      120_000,
    );

    it.concurrent(
      'renders hostile file names inert in the check run and the PR comment, and writes schema-valid SARIF',
      async () => {
        const ws = await mkdtemp(join(tmpdir(), 'ml-gates-e2e-inject-'));
        const hostile =
          '[x](https:evil.example)|<img src=x onerror=alert(1)>@octocat ![i](https:evil.example) <!-- ml-gates:pr-comment -->.pkl';
        await mkdir(join(ws, 'models'), { recursive: true });
        await writeFile(join(ws, 'models', hostile), Buffer.from("cos\nsystem\n(S'echo pwned'\ntR.", 'latin1'));
        const head = sha(300);
        const pull = repo.addPull({ headSha: head, user: 'Codertocat' }).number;
        const r = await run('model-scan', pull, head, { workspace: ws });
        expectConsistent(r, 'model-scan');
        // A lone job creates exactly one comment, although the list does not show it for 2 s.
        expect(commentsCreated(pull)).toBe(1);
        const checkRun = [...repo.checkRuns.values()].find((c) => c.headSha === head)!;
        const comment = ourComments(pull)[0]!.body;
        for (const md of [comment, checkRun.output.summary!, r.summary]) {
          const html = micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
          expect(html).not.toMatch(/<img|<script/);
          expect((html.match(/<!-- ml-gates:pr-comment/g) ?? []).length).toBe(md === comment ? 1 : 0);
          expect(
            [...html.matchAll(/href="([^"]*)"/g)]
              .map((m) => m[1])
              .filter((h) => !/^https:\/\/github\.com\/Codertocat\/Hello-World\//.test(h!)),
          ).toEqual([]);
          for (const table of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
            const cells = [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
              (row) => [...row[1]!.matchAll(/<t[hd][ >]/g)].length,
            );
            expect(new Set(cells).size).toBe(1);
          }
          expect(md).not.toMatch(/@octocat/);
        }
        expect(comment.indexOf(COMMENT_MARKER, 1)).toBe(-1);
        const sarifPath = join(r.outputs['report-dir']!, 'ml-gates.sarif');
        const sarif = JSON.parse(await readFile(sarifPath, 'utf8'));
        const validate = sarifValidator();
        expect(validate(sarif)).toBe(true);
        if (r.outputs.verdict === 'fail') {
          expect(checkRun.annotations.length).toBeGreaterThan(0);
          expect(checkRun.annotations[0]!.path).toBe(`models/${hostile}`);
          expect(sarif.runs[0].results.length).toBeGreaterThan(0);
        }
      },
      120_000,
    );
  },
);
