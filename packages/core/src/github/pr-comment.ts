import { COMMENT_MARKER, parseCommentIndex, renderPrComment, type CommentSection } from '../report/comment.js';
import type { GateResult } from '../result/types.js';
import { CHECK_RUN_PREFIX } from './check-run.js';
import { httpStatus, type GitHubClient } from './client.js';
import { decodeStoredResult } from './stored-result.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  /** Head commit this process published for (from the event); the PR's current head is looked up. */
  headSha: string;
  runUrl?: string;
}

/** What this process just published, used when its check run is not on the PR's current head. */
export interface OwnSection {
  gate: string;
  result: GateResult;
  checkRunId: number;
  checkRunUrl: string;
  sha: string;
}

interface ListedRun {
  id: number;
  name: string;
  head_sha: string;
  html_url: string | null;
  output: { text: string | null };
}

interface ListedComment {
  id: number;
  body?: string;
  user: { type?: string; login?: string } | null;
  updated_at?: string;
}

export interface SyncStats {
  rounds: number;
  writes: number;
  commentId?: number;
}

const gateOf = (name: string): string | undefined => {
  if (!name.startsWith(CHECK_RUN_PREFIX)) return undefined;
  const g = name.slice(CHECK_RUN_PREFIX.length);
  return /^[a-z][a-z0-9-]{0,63}$/.test(g) ? g : undefined;
};

/**
 * Keeps ONE PR comment for all gates correct while gates run in parallel jobs. Every gate stores its
 * result in its own check run; this renders the comment from all `ml-gates / *` check runs of the PR's
 * head commit, writes it, lists the check runs again and repeats while the set changed. Whichever gate
 * writes last therefore writes a comment that contains every check run that existed before its final
 * listing, and every later check run's gate writes after it. Duplicate comments (two gates creating the
 * comment at once) are folded into the oldest one.
 */
export async function syncPrComment(
  gh: GitHubClient,
  t: CommentTarget,
  own: readonly OwnSection[],
  maxRounds = 10,
): Promise<SyncStats> {
  const repo = { owner: t.owner, repo: t.repo };
  const stats: SyncStats = { rounds: 0, writes: 0 };

  const currentHead = async (): Promise<string> => {
    try {
      const { data } = await gh.rest.pulls.get({ ...repo, pull_number: t.pullNumber });
      return data.head.sha;
    } catch {
      return t.headSha;
    }
  };
  const listRuns = async (sha: string): Promise<Map<string, ListedRun>> => {
    const runs = (await gh.paginate(gh.rest.checks.listForRef, {
      ...repo,
      ref: sha,
      filter: 'latest',
      per_page: 100,
    })) as unknown as ListedRun[];
    const byGate = new Map<string, ListedRun>();
    for (const r of runs) {
      const g = gateOf(r.name);
      if (g === undefined || r.head_sha !== sha) continue;
      const prev = byGate.get(g);
      if (!prev || r.id > prev.id) byGate.set(g, r);
    }
    return byGate;
  };
  const signature = (runs: Map<string, ListedRun>): string =>
    [...runs.entries()]
      .map(([g, r]) => `${g}#${r.id}`)
      .sort()
      .join(',');
  const listComments = async (): Promise<ListedComment[]> => {
    const all = (await gh.paginate(gh.rest.issues.listComments, {
      ...repo,
      issue_number: t.pullNumber,
      per_page: 100,
    })) as unknown as ListedComment[];
    // Only comments written by a bot (the workflow token) with the marker at the start are ours.
    return all
      .filter((c) => c.user?.type === 'Bot' && (c.body ?? '').startsWith(COMMENT_MARKER))
      .sort((a, b) => a.id - b.id);
  };

  /** The comment this process created, while it is a duplicate it must remove. */
  let created: number | undefined;
  for (; stats.rounds < maxRounds;) {
    stats.rounds++;
    const head = await currentHead();
    const runs = await listRuns(head);
    const comments = await listComments();
    const primary = comments[0];

    const sections: CommentSection[] = [];
    for (const [gate, r] of runs) {
      const result = decodeStoredResult(r.output.text);
      if (result && result.gate === gate)
        sections.push({ gate, result, sha: r.head_sha, checkRunId: r.id, checkRunUrl: r.html_url ?? '' });
    }
    // Gates with no check run on the head yet keep their last section, marked stale.
    const have = new Set(sections.map((s) => s.gate));
    for (const o of own) {
      if (!have.has(o.gate) && o.sha !== head) {
        sections.push({
          gate: o.gate,
          result: o.result,
          sha: o.sha,
          checkRunId: o.checkRunId,
          checkRunUrl: o.checkRunUrl,
        });
        have.add(o.gate);
      }
    }
    const index = parseCommentIndex(primary?.body);
    for (const [gate, entry] of Object.entries(index?.gates ?? {})) {
      if (have.has(gate)) continue;
      try {
        const { data } = await gh.rest.checks.get({ ...repo, check_run_id: entry.id });
        const result = decodeStoredResult(data.output.text);
        if (data.name === `${CHECK_RUN_PREFIX}${gate}` && result?.gate === gate) {
          sections.push({ gate, result, sha: data.head_sha, checkRunId: data.id, checkRunUrl: data.html_url ?? '' });
          have.add(gate);
        }
      } catch {
        // A check run that is gone just drops its section.
      }
    }

    const body = renderPrComment({ headSha: head, sections, ...(t.runUrl ? { runUrl: t.runUrl } : {}) });
    let target = primary?.id;
    try {
      if (!primary) {
        const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: t.pullNumber, body });
        target = data.id;
        created = data.id;
        stats.writes++;
      } else if (primary.body !== body) {
        await gh.rest.issues.updateComment({ ...repo, comment_id: primary.id, body });
        stats.writes++;
      }
    } catch (error) {
      // Deleted under us by a concurrent gate folding duplicates: start over.
      if (httpStatus(error) === 404) continue;
      throw error;
    }

    const after = await listComments();
    const keep = after[0];
    if (after.length > 1) {
      // Two gates created the comment at once: each removes the duplicate it created (one write each),
      // and anyone removes duplicates abandoned for over two minutes (a job killed mid-way).
      const stale = Date.now() - 120_000;
      const extras = after.slice(1).filter((c) => c.id === created || Date.parse(c.updated_at ?? '') < stale);
      for (const extra of extras) {
        try {
          await gh.rest.issues.deleteComment({ ...repo, comment_id: extra.id });
        } catch (error) {
          if (httpStatus(error) !== 404) throw error;
        }
      }
      if (created !== undefined && created !== keep?.id) created = undefined;
      // Give the other gate time to remove its duplicate (its writes are paced one per second).
      if (extras.length === 0) await new Promise((r) => setTimeout(r, 300 * stats.rounds));
      continue;
    }
    if (keep === undefined || keep.id !== target) continue;
    const again = await listRuns(head);
    if (signature(again) === signature(runs) && (await currentHead()) === head) {
      stats.commentId = keep.id;
      return stats;
    }
  }
  return stats;
}
