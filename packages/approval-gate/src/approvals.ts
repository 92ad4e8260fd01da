import { parse, postprocess, preprocess } from 'micromark';
import type { Account, CommentInfo, Permission, ReviewInfo } from './source.js';

/** An approval or rejection that passed every rule. */
export interface Decision {
  login: string;
  kind: 'approve' | 'reject';
  via: 'review' | 'comment';
  /** Review or comment id. */
  id: number;
  at: string;
  /** Commit the decision is about (always the head SHA for counted decisions). */
  sha: string;
  url?: string;
}

export interface Ignored {
  login: string;
  via: 'review' | 'comment';
  id: number;
  at?: string;
  reason: string;
}

const WRITE: ReadonlySet<Permission> = new Set(['admin', 'maintain', 'write']);

export function isBot(user: Account): boolean {
  return user.type === 'Bot' || /\[bot\]$/i.test(user.login);
}

export const norm = (login: string): string => login.toLowerCase();

/** Container blocks whose paragraphs are quoted or listed text, never a command. */
const CONTAINERS = new Set(['blockQuote', 'listOrdered', 'listUnordered']);
const COMMAND = /^\/(?:ml-gates[ \t]+)?(approve|reject)(?:[ \t]+(.*))?$/i;

/** HTML elements that have no closing tag. */
const VOID_ELEMENTS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));

/**
 * How many HTML elements an HTML block opens and leaves open (`<details>` +1, `</details>` -1): the
 * Markdown between `<details>` and `</details>` is inside that element (folded away), not top-level text.
 */
function htmlDepthChange(html: string): number {
  let depth = 0;
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([a-z][a-z\d-]*)\b[^>]*?(\/?)>/gi)) {
    if (VOID_ELEMENTS.has(m[2]!.toLowerCase()) || m[3] === '/') continue;
    depth += m[1] ? -1 : 1;
  }
  return depth;
}

/**
 * The whole text of each top-level paragraph of a comment, parsed as CommonMark (micromark): not inside a
 * block quote, a list, or an HTML element a raw HTML block left open (`<details>`, `<div>`...).
 */
export function topLevelParagraphs(body: string): string[] {
  const events = postprocess(
    parse()
      .document()
      .write(preprocess()(body, undefined, true)),
  );
  const out: string[] = [];
  let containers = 0;
  let html = 0;
  for (const [kind, token, context] of events) {
    if (CONTAINERS.has(token.type)) containers += kind === 'enter' ? 1 : -1;
    else if (token.type === 'htmlFlow' && kind === 'exit' && containers === 0) {
      html = Math.max(0, html + htmlDepthChange(context.sliceSerialize(token)));
    } else if (token.type === 'paragraph' && kind === 'enter' && containers === 0 && html === 0) {
      out.push(context.sliceSerialize(token));
    }
  }
  return out;
}

/**
 * The command of a comment: `/approve`, `/approve <sha>`, `/reject [reason]` (or `/ml-gates approve`...),
 * counted only as the whole text of a top-level Markdown paragraph. Quoted text, list items, indented or
 * fenced code and HTML (comments included) are not commands; neither is a paragraph with anything else in it
 * ("/approve LGTM", "/approve <!-- -->"). A `/reject` anywhere wins over an `/approve`; otherwise the first
 * `/approve` counts.
 */
export function parseCommand(body: string): { kind: 'approve' | 'reject'; sha?: string } | undefined {
  let approve: { kind: 'approve'; sha?: string } | undefined;
  for (const text of topLevelParagraphs(body)) {
    const m = COMMAND.exec(text.trim());
    if (!m) continue;
    const kind = m[1]!.toLowerCase() as 'approve' | 'reject';
    const arg = m[2]?.trim() ?? '';
    if (kind === 'reject') {
      if (!arg.includes('\n')) return { kind };
      continue;
    }
    if (approve) continue;
    if (arg === '') approve = { kind };
    // "/approve 1a2b3c4" pins the approval to a commit; any other text makes it not a command.
    else if (/^[0-9a-f]{7,40}$/i.test(arg)) approve = { kind, sha: arg.toLowerCase() };
  }
  return approve;
}

export interface CollectInput {
  headSha: string;
  /** `/approve` comments at or before this instant predate the head commit and never count. */
  headSeenAt?: string;
  /**
   * `/reject` comments count after this instant (GitHub's first sight of the head); default `headSeenAt`. Earlier
   * than `headSeenAt` when the git dates are later (a future date must not void a rejection).
   */
  rejectSince?: string;
  /**
   * When the head last became the branch tip (pushes and force-pushes). An `/approve` that names no commit
   * counts only after it: before, it was about whatever the branch held then.
   */
  tipSince?: string;
  /** Set when nobody can tell when the head became the tip: only `/approve <full sha>` and reviews count. */
  tipUnknown?: string;
  reviews: readonly ReviewInfo[];
  comments: readonly CommentInfo[];
  /** Lower-case login → why they may not approve (PR author, commit author, pusher). */
  excluded: ReadonlyMap<string, string>;
  permission(login: string): Promise<Permission>;
  commentApprovals: boolean;
}

interface Event {
  login: string;
  kind: 'approve' | 'reject' | 'withdraw';
  via: 'review' | 'comment';
  id: number;
  at: string;
  url?: string;
}

const time = (s: string | undefined): number => (s ? Date.parse(s) : Number.NaN);

/** The repository role of each person, looked up once (at decision time: a role lost since counts as lost). */
function permissionsOf(input: CollectInput): (login: string) => Promise<Permission> {
  const perms = new Map<string, Promise<Permission>>();
  return (login) => {
    const key = norm(login);
    if (!perms.has(key)) perms.set(key, input.permission(login));
    return perms.get(key)!;
  };
}

/**
 * Reviews: an approval of the head commit by someone who holds write permission NOW counts (as GitHub's branch
 * protection counts only approvals from people with write access; a reviewer who lost it since does not count);
 * CHANGES_REQUESTED withdraws an earlier approval.
 */
async function reviewEvents(
  input: CollectInput,
  head: string,
  events: Event[],
  ignored: Ignored[],
  permission: (login: string) => Promise<Permission>,
): Promise<void> {
  for (const r of input.reviews) {
    if (!r.user || (r.state !== 'APPROVED' && r.state !== 'CHANGES_REQUESTED')) continue;
    const at = r.submittedAt ?? '';
    const base = { login: r.user.login, via: 'review' as const, id: r.id, at };
    if (isBot(r.user)) {
      ignored.push({ ...base, reason: 'bots cannot approve' });
      continue;
    }
    if (r.state === 'CHANGES_REQUESTED') {
      events.push({ ...base, kind: 'withdraw' });
    } else if ((r.commitId ?? '').toLowerCase() !== head) {
      ignored.push({
        ...base,
        reason: `approved an older commit (${(r.commitId ?? 'unknown').slice(0, 12)}), not the head ${head.slice(0, 12)}`,
      });
    } else {
      const perm = await permission(r.user.login);
      if (WRITE.has(perm)) events.push({ ...base, kind: 'approve' });
      else ignored.push({ ...base, reason: `repository permission is now ${perm}; approvals need write or higher` });
    }
  }
}

/** Why a command comment does not count by its timing or wording (before any permission lookup); undefined: it may. */
function commentRejection(
  c: CommentInfo,
  cmd: NonNullable<ReturnType<typeof parseCommand>>,
  input: CollectInput,
  head: string,
): string | undefined {
  if (isBot(c.user!)) return 'bots cannot approve';
  // An edited /approve may say something its author never approved (anyone with write access can edit a
  // comment); an edited /reject still blocks (fail closed).
  if (cmd.kind === 'approve' && c.updatedAt !== c.createdAt && time(c.updatedAt) !== time(c.createdAt))
    return `comment was edited (at ${c.updatedAt}); post a new one`;
  const seen = time(cmd.kind === 'reject' ? (input.rejectSince ?? input.headSeenAt) : input.headSeenAt);
  if (!Number.isNaN(seen) && !(time(c.createdAt) > seen))
    return `posted before the head commit ${head.slice(0, 12)} was pushed`;
  if (cmd.kind === 'approve' && cmd.sha !== undefined && !head.startsWith(cmd.sha))
    return `names another commit than the head ${head.slice(0, 12)}`;
  // A plain approval is about whatever the branch held when it was given, and so is an abbreviated SHA: a
  // commit whose SHA merely starts with the same 7–39 digits can be made on purpose (2^28 tries for 7) and
  // pushed later. Only the full SHA names one commit whenever it was written. A rejection keeps blocking (fail
  // closed) as long as it came after the head was first seen.
  if (cmd.kind === 'approve' && (cmd.sha === undefined || cmd.sha.length < 40)) {
    const what = cmd.sha === undefined ? 'names no commit' : `names only the prefix ${cmd.sha} of a commit`;
    if (input.tipUnknown !== undefined)
      return `${what}, and ${input.tipUnknown}; approve in a review or with the full SHA: "/approve ${head}"`;
    const tip = time(input.tipSince);
    if (!Number.isNaN(tip) && !(time(c.createdAt) > tip))
      return `posted before ${head.slice(0, 12)} last became the branch tip (${input.tipSince}); it was about another commit${cmd.sha === undefined ? '' : ` (${cmd.sha} is only a prefix: the full SHA names one commit whenever it is written)`}`;
  }
  return undefined;
}

/** `/approve` and `/reject` comments by people with write permission (looked up once per person). */
async function commentEvents(
  input: CollectInput,
  head: string,
  events: Event[],
  ignored: Ignored[],
  permission: (login: string) => Promise<Permission>,
): Promise<void> {
  for (const c of input.comments) {
    const cmd = parseCommand(c.body);
    if (!cmd || !c.user) continue;
    const base = {
      login: c.user.login,
      via: 'comment' as const,
      id: c.id,
      at: c.createdAt,
      ...(c.url ? { url: c.url } : {}),
    };
    const rejected = commentRejection(c, cmd, input, head);
    if (rejected !== undefined) {
      ignored.push({ ...base, reason: rejected });
      continue;
    }
    const perm = await permission(c.user.login);
    if (!WRITE.has(perm)) {
      ignored.push({ ...base, reason: `repository permission is ${perm}; commands need write or higher` });
      continue;
    }
    events.push({ ...base, kind: cmd.kind });
  }
}

/** Each user's latest event, as a standing decision; withdrawn and self-approvals are ignored with the reason. */
function standingDecisions(input: CollectInput, head: string, events: Event[], ignored: Ignored[]): Decision[] {
  events.sort((a, b) => time(a.at) - time(b.at) || (a.via === b.via ? a.id - b.id : 0));
  const latest = new Map<string, Event>();
  const approvedBefore = new Map<string, Event>();
  for (const e of events) {
    const key = norm(e.login);
    if (e.kind === 'approve') approvedBefore.set(key, e);
    latest.set(key, e);
  }
  const decisions: Decision[] = [];
  for (const [key, e] of latest) {
    if (e.kind === 'withdraw') {
      const prior = approvedBefore.get(key);
      if (prior) ignored.push({ ...prior, reason: `withdrawn by a later CHANGES_REQUESTED review (${e.at})` });
      continue;
    }
    const why = input.excluded.get(key);
    if (why && e.kind === 'approve') {
      ignored.push({
        login: e.login,
        via: e.via,
        id: e.id,
        at: e.at,
        reason: `${why}: cannot approve their own change`,
      });
      continue;
    }
    decisions.push({
      login: e.login,
      kind: e.kind,
      via: e.via,
      id: e.id,
      at: e.at,
      sha: head,
      ...(e.url ? { url: e.url } : {}),
    });
  }
  return decisions;
}

/**
 * Applies the rules of what counts, and returns each user's standing decision (the latest one wins: a later
 * CHANGES_REQUESTED withdraws an approval, a later `/approve` replaces a `/reject`), plus what was ignored and why.
 */
export async function collectDecisions(input: CollectInput): Promise<{ decisions: Decision[]; ignored: Ignored[] }> {
  const ignored: Ignored[] = [];
  const events: Event[] = [];
  const head = input.headSha.toLowerCase();
  const permission = permissionsOf(input);
  await reviewEvents(input, head, events, ignored, permission);
  if (input.commentApprovals) await commentEvents(input, head, events, ignored, permission);
  const decisions = standingDecisions(input, head, events, ignored);
  // Someone whose approval counted needs no "ignored" line for an older one.
  const counted = new Set(decisions.filter((d) => d.kind === 'approve').map((d) => norm(d.login)));
  return { decisions, ignored: ignored.filter((i) => !counted.has(norm(i.login)) || i.reason.startsWith('withdrawn')) };
}

/**
 * Assigns approvers to role slots so that one person fills one slot (four eyes: a user in two roles
 * cannot satisfy both), maximising filled slots (bipartite matching by augmenting paths).
 */
export function assignRoles(
  approvers: readonly string[],
  rolesOf: ReadonlyMap<string, ReadonlySet<string>>,
  required: Readonly<Record<string, number>>,
): { assigned: Map<string, string>; missing: Record<string, number> } {
  const slots: string[] = [];
  for (const [role, n] of Object.entries(required)) for (let i = 0; i < n; i++) slots.push(role);
  const slotOwner: (string | undefined)[] = slots.map(() => undefined);
  const tryAssign = (login: string, seen: Set<number>): boolean => {
    for (let s = 0; s < slots.length; s++) {
      if (seen.has(s) || !rolesOf.get(login)?.has(slots[s]!)) continue;
      seen.add(s);
      const owner = slotOwner[s];
      if (owner === undefined || tryAssign(owner, seen)) {
        slotOwner[s] = login;
        return true;
      }
    }
    return false;
  };
  for (const a of approvers) tryAssign(a, new Set());
  const assigned = new Map<string, string>();
  const missing: Record<string, number> = { ...required };
  slotOwner.forEach((owner, s) => {
    if (owner === undefined) return;
    assigned.set(owner, slots[s]!);
    missing[slots[s]!]! -= 1;
  });
  for (const k of Object.keys(missing)) if (missing[k] === 0) delete missing[k];
  return { assigned, missing };
}
