import { createHash } from 'node:crypto';
import type { CheckRunInfo } from './source.js';

/** How another gate ended for the commit, read from its check run. */
export type GateStatus = 'passed' | 'warned' | 'waived' | 'failed' | 'pending' | 'missing';

export interface GateResultEntry {
  gate: string;
  status: GateStatus;
  conclusion: string | null;
  checkRunId?: number;
  title?: string;
  url?: string;
  completedAt?: string;
}

const FAILED = new Set(['failure', 'timed_out', 'cancelled', 'action_required', 'startup_failure', 'stale']);

/** "2 waived", "waived: 1", "1 finding waived" in a title or summary; "0 waived" is not a waiver. */
const WAIVED = /\b([1-9]\d*)\s+(?:findings?\s+)?waived\b|\bwaived:\s*[1-9]/i;

function statusOf(run: CheckRunInfo): GateStatus {
  if (run.status !== 'completed') return 'pending';
  const c = run.conclusion ?? '';
  if (FAILED.has(c)) return 'failed';
  if (c === 'neutral') return 'warned';
  if (c === 'skipped') return 'missing';
  if (c === 'success') {
    const waived = run.waived !== undefined ? run.waived > 0 : WAIVED.test(`${run.title ?? ''}\n${run.summary ?? ''}`);
    return waived ? 'waived' : 'passed';
  }
  return 'failed';
}

/**
 * The other gates' results for one commit. Among several runs of one gate the latest completed one counts
 * (a re-run replaces the earlier result); a run still in progress makes the gate `pending`. Expected gates
 * with no run at all are `missing`, never `passed`.
 */
export function readGateResults(
  runs: readonly CheckRunInfo[],
  opts: { prefix: string; expected: readonly string[]; self: string; sha: string },
): GateResultEntry[] {
  const byGate = new Map<string, CheckRunInfo[]>();
  for (const run of runs) {
    if (run.headSha !== opts.sha || !run.name.startsWith(opts.prefix)) continue;
    const gate = run.name.slice(opts.prefix.length).trim();
    if (gate === '' || gate === opts.self) continue;
    byGate.set(gate, [...(byGate.get(gate) ?? []), run]);
  }
  const entries: GateResultEntry[] = [];
  const names = [...new Set([...opts.expected.filter((g) => g !== opts.self), ...byGate.keys()])].sort();
  for (const gate of names) {
    const list = byGate.get(gate) ?? [];
    if (list.length === 0) {
      entries.push({ gate, status: 'missing', conclusion: null });
      continue;
    }
    const open = list.find((r) => r.status !== 'completed');
    const latest =
      open ?? [...list].sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? '') || a.id - b.id).at(-1)!;
    entries.push({
      gate,
      status: statusOf(latest),
      conclusion: latest.conclusion,
      checkRunId: latest.id,
      ...(latest.title ? { title: latest.title } : {}),
      ...(latest.url ? { url: latest.url } : {}),
      ...(latest.completedAt ? { completedAt: latest.completedAt } : {}),
    });
  }
  return entries;
}

/** `sha256:<hex>` over the commit and each gate's status, conclusion and check run: what the approvers saw. */
export function digestGateResults(sha: string, entries: readonly GateResultEntry[]): string {
  const canonical = JSON.stringify({
    sha,
    gates: entries.map((e) => [e.gate, e.status, e.conclusion, e.checkRunId ?? null]),
  });
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}
