/**
 * One PR comment for all gates, kept correct while gates run in parallel jobs against a GitHub whose lists
 * lag behind its writes.
 *
 * What GitHub gives us: reading ONE object by id (a comment, a check run, the pull request) is consistent;
 * LISTS (check runs of a commit, comments of a PR) are eventually consistent: an object created or changed
 * a moment ago can be missing or stale in a list for a second or more. A comment has no compare-and-swap,
 * so two concurrent PATCHes are last-writer-wins. Every comment CREATED notifies the PR's subscribers.
 *
 * The protocol (each gate job runs it once, after creating its check run; `settle` is a shared constant S):
 * 1. Visible: poll the check-run list of the own commit until the own check run is in it. From then on,
 *    every later reader of that list learns about this gate, even if the comment loses its section.
 * 2. Find: the ml-gates comment is the OLDEST (lowest id) bot comment that starts with the marker. If the
 *    list shows none, a deterministic leader creates it: the gate whose check run has the lowest id among
 *    the commit's `ml-gates / *` check runs (its rank is 0). Everyone else polls the comment list and only
 *    creates one itself after `rank × creatorStep` without seeing it (the leader died or has comments
 *    off). Gates whose check runs completed over a minute ago are left out of the rank: had they been going
 *    to comment, the comment would be listed by now. A job that created a comment remembers its id and never
 *    creates another while it exists (read by id); if a person deleted it, the job creates one more, once.
 *    Ours means: written by this job's own identity (`<app>[bot]` of its check runs) and starting with the
 *    marker; a person or another app writing the marker is never read or written.
 * 3. Write rounds: read the comment BY ID, list the check runs of the head and fetch BY ID each check run
 *    the comment's index names that is newer than what the list shows; per gate keep the NEWEST check run
 *    (highest id) of all these sources and of the job's own fresh results, a run on the head always before
 *    one on another commit (a slow job of an older head, or an index someone edited, never replaces it);
 *    render (shrinking sections if escaping made the body longer than GitHub's 65,536); PATCH if it changed.
 *    A round that took longer than S from its first read to the end of its write does not count: it is
 *    repeated (its writes may have clobbered a section written meanwhile).
 * 4. Verify: wait S plus jitter, read the comment BY ID; if it does not hold each own gate's check run (or
 *    a newer one), go to 3 (bounded rounds). A writer W that clobbered this gate's section must have read
 *    both the comment (before this gate's write) and the check-run list (before step 1 made this gate
 *    visible) before that write, and written after it: its round would have lasted longer than S, which
 *    step 3 forbids. So the last write of all includes every gate, each with its newest check run.
 * 5. Duplicates (two creators despite the leader rule, e.g. lists lagging unevenly): a job that created a
 *    comment waits until it is listed; if an older one is listed too, it merges into that one and deletes
 *    its own (only its own). Non-creators that wrote into a deleted duplicate see 404 on verify and start over.
 */
import { COMMENT_MARKER, parseCommentIndex, renderPrComment, type CommentSection } from '../report/comment.js';
import { Rng } from '../random.js';
import type { GateResult } from '../result/types.js';
import { CHECK_RUN_PREFIX } from './check-run.js';
import { httpStatus } from './api.js';
import type { GitHubClient } from './client.js';
import { compactResult, decodeStoredResult } from './stored-result.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  /** Head commit this process published for (from the event); the PR's current head is looked up. */
  headSha: string;
  runUrl?: string;
}

/** What this process just published: always in the comment (unless a newer check run of the gate is). */
export interface OwnSection {
  gate: string;
  result: GateResult;
  checkRunId: number;
  checkRunUrl: string;
  sha: string;
  /**
   * Slug of the GitHub App that created the check run (`publishCheckRun`): the token's identity. Only comments by
   * `<app>[bot]` are ours; a comment by any other account or app that carries the marker is never read or written.
   */
  app?: string;
}

/** GitHub's list lag is up to a second or more: S defaults to 2 s. */
export const DEFAULT_COMMENT_SETTLE_MS = 2000;

/**
 * S for a job: `ML_GATES_COMMENT_SETTLE_MS` when set (tests whose emulator has no list lag run the real bundles
 * with a short S so CI does not wait on the real clock), else 2 s. Production never sets it.
 */
export function commentSettleMs(env = process.env): number {
  const raw = env.ML_GATES_COMMENT_SETTLE_MS?.trim();
  if (raw) {
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  return DEFAULT_COMMENT_SETTLE_MS;
}

export interface SyncOptions {
  /** Write rounds before giving up (an error); default 8. */
  maxRounds?: number;
  /** S: the longest a write round may take, and the wait before verifying; default 2000 ms. Same in every job. */
  settleMs?: number;
  /** Random extra wait before verifying (so concurrent gates do not verify in lockstep); default 500 ms. */
  jitterMs?: number;
  /** How long to wait for an own object to show up in a list; default 20 s. */
  visibilityTimeoutMs?: number;
  /** A gate of rank r creates the comment itself after r × this without seeing one; default 10 s. */
  creatorStepMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SyncStats {
  rounds: number;
  writes: number;
  /** Comments this job created: 0 or 1; 2 only when a person deleted the first (confirmed by id) mid-run. */
  created: number;
  /** Duplicates this job created and then deleted. */
  deleted: number;
  commentId?: number;
}

interface CheckRunView {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  completed_at?: string | null;
  html_url: string | null;
  output: { text?: string | null };
}

interface ListedComment {
  id: number;
  body?: string;
  user: { type?: string; login?: string } | null;
  updated_at?: string;
}

const gateOf = (name: string): string | undefined => {
  if (!name.startsWith(CHECK_RUN_PREFIX)) return undefined;
  const g = name.slice(CHECK_RUN_PREFIX.length);
  return /^[a-z][a-z0-9-]{0,63}$/.test(g) ? g : undefined;
};

/** GitHub rejects a comment body over 65,536 characters. */
const COMMENT_BODY_MAX = 65_536;
/** Items kept per check, then headline and message lengths, when a rendered comment is still too long. */
const SHRINK_STEPS = [
  { items: 5, text: 300 },
  { items: 0, text: 120 },
] as const;

const clipText = (t: string, max: number): string => (t.length > max ? `${t.slice(0, max - 1)}…` : t);

/** A section's result cut down (fewer findings and metrics, shorter headline and messages) for a comment that must fit. */
function shrinkSection(s: CommentSection, step: (typeof SHRINK_STEPS)[number]): CommentSection {
  const r = compactResult(s.result, step.items);
  return {
    ...s,
    result: {
      ...r,
      headline: clipText(r.headline, step.text),
      checks: r.checks.map((c) => ({
        ...c,
        summary: clipText(c.summary, step.text),
        findings: c.findings.map((f) => ({ ...f, message: clipText(f.message, step.text) })),
      })),
      errors: r.errors.slice(0, 3).map((e) => clipText(e, step.text)),
    },
  };
}

/**
 * A section on the comment's head beats one on another commit; otherwise the newer check run (higher id) wins.
 * So a gate's result for an older head (a slow job, a forged index) never replaces its result for the head.
 */
function beats(a: { id: number; sha: string }, b: { id: number; sha: string }, head: string): boolean {
  if ((a.sha === head) !== (b.sha === head)) return a.sha === head;
  return a.id > b.id;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Keeps ONE PR comment holding every gate's newest result; see the protocol at the top of this file.
 * Throws when it could not converge within `maxRounds` (the caller reports it; the verdict is unaffected).
 */
export async function syncPrComment(
  gh: GitHubClient,
  t: CommentTarget,
  own: readonly OwnSection[],
  options: SyncOptions | number = {},
): Promise<SyncStats> {
  const sync = new CommentSync(gh, t, own, typeof options === 'number' ? { maxRounds: options } : options);
  // Nothing of this job's to show: no comment to create or change.
  if (own.length === 0) return sync.stats;
  await sync.waitVisible();
  let target: number | undefined;
  for (let attempt = 0; attempt < 5 && target === undefined; attempt++) {
    // A comment deleted under us (a folded duplicate, a user) can stay listed for a while: pause before looking again.
    if (attempt > 0) await sync.pause();
    target = await sync.converge(await sync.find());
  }
  if (target === undefined) throw new Error('the PR comment was deleted while it was being written; re-run the job');
  sync.stats.commentId = await sync.foldDuplicates(target);
  return sync.stats;
}

/** One job's run of the comment protocol: its settings, what it has seen and written. */
class CommentSync {
  readonly stats: SyncStats = { rounds: 0, writes: 0, created: 0, deleted: 0 };
  private readonly maxRounds: number;
  private readonly settle: number;
  private readonly jitter: number;
  private readonly visibilityTimeout: number;
  private readonly creatorStep: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly repo: { owner: string; repo: string };
  private readonly rng: Rng;
  private readonly ownMin: number;
  private readonly ownShas: string[];
  private readonly listedBefore = new Map<string, Map<string, CheckRunView>>();
  /** The comment this job created, if it did. */
  private created: number | undefined;
  /** Comments this job created again after a person deleted the one it had created (at most one). */
  private recreated = 0;
  /** `<app>[bot]`: the login our comments are written by, when the check runs told the app. */
  private readonly self: string | undefined;

  constructor(
    private readonly gh: GitHubClient,
    private readonly t: CommentTarget,
    private readonly own: readonly OwnSection[],
    o: SyncOptions,
  ) {
    this.maxRounds = o.maxRounds ?? 8;
    this.settle = o.settleMs ?? commentSettleMs();
    this.jitter = o.jitterMs ?? 500;
    this.visibilityTimeout = o.visibilityTimeoutMs ?? 20_000;
    this.creatorStep = o.creatorStepMs ?? 10_000;
    this.sleep = o.sleep ?? defaultSleep;
    this.repo = { owner: t.owner, repo: t.repo };
    this.rng = new Rng(Math.min(...own.map((s) => s.checkRunId), Date.now()), `pr-comment/${process.pid}`);
    this.ownMin = own.length > 0 ? Math.min(...own.map((s) => s.checkRunId)) : Number.MAX_SAFE_INTEGER;
    this.ownShas = [...new Set(own.map((s) => s.sha))];
    const app = own.find((s) => s.app !== undefined)?.app;
    this.self = app === undefined ? undefined : `${app}[bot]`.toLowerCase();
  }

  /**
   * Ours: written by this job's identity (`<app>[bot]`; any bot when it is not known) and starting with the marker.
   * A person, or another app, that writes the marker never makes a comment ours.
   */
  private isOurs(c: ListedComment): boolean {
    if (c.user?.type !== 'Bot' || !(c.body ?? '').startsWith(COMMENT_MARKER)) return false;
    return this.self === undefined || (c.user.login ?? '').toLowerCase() === this.self;
  }

  /** The settle time plus jitter. */
  pause(): Promise<void> {
    return this.sleep(this.settle + this.rng.uniform(0, this.jitter));
  }

  private async currentHead(): Promise<string> {
    try {
      return (await this.gh.rest.pulls.get({ ...this.repo, pull_number: this.t.pullNumber })).data.head.sha;
    } catch {
      return this.t.headSha;
    }
  }

  /** Newest `ml-gates / *` check run per gate on `sha`, as the (lagging) list shows them. */
  private async listRuns(sha: string): Promise<Map<string, CheckRunView>> {
    const runs = (await this.gh.paginate(this.gh.rest.checks.listForRef, {
      ...this.repo,
      ref: sha,
      filter: 'latest',
      per_page: 100,
    })) as unknown as CheckRunView[];
    const byGate = new Map<string, CheckRunView>();
    for (const r of runs) {
      const g = gateOf(r.name);
      if (g === undefined || r.head_sha !== sha) continue;
      const prev = byGate.get(g);
      if (!prev || r.id > prev.id) byGate.set(g, r);
    }
    return byGate;
  }

  private async listComments(): Promise<ListedComment[]> {
    const all = (await this.gh.paginate(this.gh.rest.issues.listComments, {
      ...this.repo,
      issue_number: this.t.pullNumber,
      per_page: 100,
    })) as unknown as ListedComment[];
    // Only comments written by a bot (the workflow token) with the marker at the start are ours.
    return all.filter((c) => this.isOurs(c)).sort((a, b) => a.id - b.id);
  }

  /** Polls `probe` with growing pauses until it returns a value or `timeout` passes. */
  private async poll<T>(probe: () => Promise<T | undefined>, timeout: number): Promise<T | undefined> {
    const until = Date.now() + timeout;
    for (let pause = 200; ; pause = Math.min(pause * 1.5, 500)) {
      const v = await probe();
      if (v !== undefined || Date.now() >= until) return v;
      await this.sleep(Math.min(pause, Math.max(0, until - Date.now())));
    }
  }

  /** The comment for `head`; when escaping made it longer than GitHub takes, again with shrunken sections. */
  private render(head: string, sections: CommentSection[]): string {
    const run = (ss: CommentSection[]): string =>
      renderPrComment({ headSha: head, sections: ss, ...(this.t.runUrl ? { runUrl: this.t.runUrl } : {}) });
    let body = run(sections);
    for (const step of SHRINK_STEPS) {
      if (body.length <= COMMENT_BODY_MAX) break;
      body = run(sections.map((s) => shrinkSection(s, step)));
    }
    return body;
  }

  /** 1. Visible: wait until the own check runs are listed (bounded: a list that never shows them is no reason to stop). */
  async waitVisible(): Promise<void> {
    for (const sha of this.ownShas) {
      const mine = this.own.filter((s) => s.sha === sha);
      const runs = await this.poll(async () => {
        const r = await this.listRuns(sha);
        return mine.every((s) => (r.get(s.gate)?.id ?? 0) >= s.checkRunId) ? r : undefined;
      }, this.visibilityTimeout);
      this.listedBefore.set(sha, runs ?? (await this.listRuns(sha)));
    }
  }

  /** 2. Find the comment, or have the leader create it. */
  async find(): Promise<number> {
    const first = (await this.listComments())[0];
    if (first) return first.id;
    // Rank: how many of the commit's gates have an older check run than this job's (0 = the leader). A gate
    // that finished long ago and left no comment (a read-only token, comments turned off) will not create one:
    // it is not waited for.
    const listed =
      this.ownShas.length > 0 ? this.listedBefore.get(this.ownShas[0]!)! : await this.listRuns(this.t.headSha);
    const activeFor = Math.max(60_000, 2 * this.creatorStep + this.settle + this.visibilityTimeout);
    const stillActive = (r: CheckRunView): boolean =>
      r.status !== 'completed' || !r.completed_at || Date.now() - Date.parse(r.completed_at) < activeFor;
    const rank = [...listed.values()].filter((r) => r.id < this.ownMin && stillActive(r)).length;
    if (rank > 0) {
      const seen = await this.poll(async () => (await this.listComments())[0]?.id, rank * this.creatorStep);
      if (seen !== undefined) return seen;
    }
    if (this.created !== undefined) {
      // Never a second comment of ours while ours exists. Read by id (consistent): if a person deleted it, this
      // job creates one more, once; the lists may show the deleted one for a while, never the new one's absence.
      if (this.recreated > 0 || (await getComment(this.gh, this.repo, this.created)) !== undefined) return this.created;
      this.recreated++;
      this.created = undefined;
    }
    const head = await this.currentHead();
    const { data } = await this.gh.rest.issues.createComment({
      ...this.repo,
      issue_number: this.t.pullNumber,
      body: this.render(head, this.own.map(toSection)),
    });
    this.stats.writes++;
    this.stats.created++;
    this.created = data.id;
    return data.id;
  }

  /** 3. One write round on comment `id`: false when the comment is gone. */
  private async writeRound(id: number): Promise<{ ok: boolean; slow: boolean }> {
    const started = Date.now();
    this.stats.rounds++;
    // All reads at once (the PR head rarely moves: the list is read again only when it did).
    const [head, comment, listedGuess] = await Promise.all([
      this.currentHead(),
      getComment(this.gh, this.repo, id),
      this.listRuns(this.t.headSha),
    ]);
    if (!comment) return { ok: false, slow: false };
    const listed = head === this.t.headSha ? listedGuess : await this.listRuns(head);
    const body = this.render(head, await this.newestSections(head, listed, comment.body));
    if (body !== comment.body) {
      try {
        await this.gh.rest.issues.updateComment({ ...this.repo, comment_id: id, body });
        this.stats.writes++;
      } catch (error) {
        if (httpStatus(error) === 404) return { ok: false, slow: false };
        throw error;
      }
    }
    return { ok: true, slow: Date.now() - started > this.settle };
  }

  /** The newest section of each gate: from the listed check runs, this job's own, and those the comment names. */
  private async newestSections(
    head: string,
    listed: Map<string, CheckRunView>,
    commentBody: string,
  ): Promise<CommentSection[]> {
    const best = new Map<string, CommentSection>();
    const key = (s: CommentSection): { id: number; sha: string } => ({ id: s.checkRunId, sha: s.sha });
    const offer = (s: CommentSection): void => {
      const prev = best.get(s.gate);
      if (!prev || beats(key(s), key(prev), head)) best.set(s.gate, s);
    };
    for (const [gate, r] of listed) {
      const result = decodeStoredResult(r.output.text);
      if (result?.gate === gate) offer(sectionOf(gate, result, r));
    }
    for (const s of this.own) offer(toSection(s));
    const index = parseCommentIndex(commentBody);
    const fetch = Object.entries(index?.gates ?? {}).filter(([g, e]) => {
      const prev = best.get(g);
      return !prev || beats(e, key(prev), head);
    });
    const fetched = await Promise.all(fetch.map(([gate, e]) => this.sectionFromCheckRun(gate, e.id)));
    for (const s of fetched) if (s) offer(s);
    return [...best.values()];
  }

  /** The section stored in check run `id` of `gate`; undefined when it is gone or not that gate's. */
  private async sectionFromCheckRun(gate: string, id: number): Promise<CommentSection | undefined> {
    try {
      const { data } = await this.gh.rest.checks.get({ ...this.repo, check_run_id: id });
      const result = decodeStoredResult(data.output.text);
      if (data.name === `${CHECK_RUN_PREFIX}${gate}` && result?.gate === gate)
        return sectionOf(gate, result, data as unknown as CheckRunView);
    } catch (error) {
      // A check run that is gone drops its section; anything else is not "nothing there".
      if (httpStatus(error) !== 404) throw error;
    }
    return undefined;
  }

  /** True when comment `id` holds every own gate's check run (or a newer one of that gate); undefined when gone. */
  private async holdsOwn(id: number): Promise<boolean | undefined> {
    const comment = await getComment(this.gh, this.repo, id);
    if (!comment) return undefined;
    const index = parseCommentIndex(comment.body);
    if (!index) return false;
    // Held: this section, or one that beats it (a newer run of the gate, or its run on the head when ours is not).
    return this.own.every((s) => {
      const e = index.gates[s.gate];
      return e !== undefined && (e.id === s.checkRunId || beats(e, { id: s.checkRunId, sha: s.sha }, index.head));
    });
  }

  /** 3 + 4: write rounds on `id` until a verify read shows the own sections; the id in the end, or undefined if gone. */
  async converge(id: number): Promise<number | undefined> {
    for (let round = 0; round < this.maxRounds; round++) {
      const { ok, slow } = await this.writeRound(id);
      if (!ok) return undefined;
      // A slow round (slower than the settle time) writes again at once, but the last round always verifies:
      // under a slow API every round is slow, and the comment may well hold this job's sections by then.
      if (slow && round < this.maxRounds - 1) continue;
      await this.pause();
      const holds = await this.holdsOwn(id);
      if (holds === undefined) return undefined;
      if (holds) return id;
    }
    throw new Error(
      `the PR comment did not settle after ${this.maxRounds} write rounds (other jobs kept overwriting it); re-run the job to refresh it`,
    );
  }

  /**
   * 5. Duplicates: the job that created a comment folds it into an older one, and removes only its own;
   * anyone removes duplicates abandoned for over two minutes (a job killed mid-way). Returns the comment kept.
   */
  async foldDuplicates(target: number): Promise<number> {
    const created = this.created;
    const listed =
      created === undefined
        ? await this.listComments()
        : await this.poll(async () => {
            const all = await this.listComments();
            return all.some((c) => c.id === created) ? all : undefined;
          }, this.visibilityTimeout);
    const abandonedBefore = Date.now() - 120_000;
    const kept: ListedComment[] = [];
    for (const c of listed ?? []) {
      if (c.id === target || c.id === created || !(Date.parse(c.updated_at ?? '') < abandonedBefore)) kept.push(c);
      else await this.deleteComment(c.id);
    }
    const oldest = kept[0];
    if (created === undefined || !oldest || oldest.id >= created) return target;
    const merged = await this.converge(oldest.id);
    if (merged === undefined) return target;
    // Whatever other jobs wrote into ours: one more round on the kept comment picks it up from their check runs.
    if (await this.deleteComment(created)) this.stats.deleted++;
    return (await this.converge(oldest.id)) ?? target;
  }

  /** Deletes a comment; false when it was already gone. */
  private async deleteComment(id: number): Promise<boolean> {
    try {
      await this.gh.rest.issues.deleteComment({ ...this.repo, comment_id: id });
      return true;
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      return false;
    }
  }
}

function sectionOf(gate: string, result: GateResult, r: CheckRunView): CommentSection {
  return { gate, result, sha: r.head_sha, checkRunId: r.id, checkRunUrl: r.html_url ?? '' };
}

function toSection(s: OwnSection): CommentSection {
  return { gate: s.gate, result: s.result, sha: s.sha, checkRunId: s.checkRunId, checkRunUrl: s.checkRunUrl };
}

async function getComment(
  gh: GitHubClient,
  repo: { owner: string; repo: string },
  id: number,
): Promise<{ body: string } | undefined> {
  try {
    const { data } = await gh.rest.issues.getComment({ ...repo, comment_id: id });
    return { body: data.body ?? '' };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
