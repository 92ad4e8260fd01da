import { code, escapeMarkdown, markdownTable } from '@ml-gates/core';
import type { Decision, Ignored } from './approvals.js';
import type { GateResultEntry } from './gate-results.js';
import type { RiskAssessment } from './risk.js';

export interface SectionInput {
  headline: string;
  environment: string;
  pullRequest: number;
  headSha: string;
  risk: RiskAssessment;
  gateResults: readonly GateResultEntry[];
  gateResultsDigest: string;
  approvals: readonly (Decision & { role: string })[];
  missing: Readonly<Record<string, number>>;
  canFill: Readonly<Record<string, { users: string[]; teams: string[] }>>;
  rejections: readonly Decision[];
  ignored: readonly Ignored[];
}

const ICON: Record<string, string> = {
  passed: '✅',
  warned: '⚠️',
  waived: '⚠️',
  failed: '❌',
  pending: '⏳',
  missing: '❔',
};

/**
 * The approval section for the PR comment and the job summary: risk level and what raised it, the roles
 * still missing and who can fill them, the gate results being approved, and what did not count. Every
 * user-controlled string goes through the core escaper (handles are escaped too, so nobody is pinged from
 * here; the comment owner mentions `details.mentions` once).
 */
export function renderApprovalSection(s: SectionInput): string {
  const parts: string[] = [];
  parts.push(
    `**${escapeMarkdown(s.headline)}**\n\nEnvironment ${code(s.environment)} · pull request #${s.pullRequest} · commit ${code(s.headSha.slice(0, 12))}`,
  );
  const factors = s.risk.factors.map(
    (f) => `${escapeMarkdown(f.description)} (+${f.weight}, ${escapeMarkdown(f.source)})`,
  );
  parts.push(
    `**Risk: ${s.risk.level}** (score ${s.risk.score})${factors.length > 0 ? `\n\n${factors.map((f) => `- ${f}`).join('\n')}` : ' — no risk factor present'}` +
      (s.risk.undeclared.length > 0
        ? `\n\nNot declared (not counted): ${s.risk.undeclared.map((u) => code(u)).join(', ')}`
        : ''),
  );
  const missingRows = Object.entries(s.missing).map(([role, n]) => {
    const c = s.canFill[role] ?? { users: [], teams: [] };
    const who =
      [...c.users.map((u) => code(u)), ...c.teams.map((t) => `team ${code(t)}`)].join(', ') || 'nobody eligible';
    return [code(role), String(n), who];
  });
  if (missingRows.length > 0)
    parts.push(`**Missing approvals**\n\n${markdownTable(['Role', 'Needed', 'Can approve'], missingRows)}`);
  if (s.rejections.length > 0) {
    parts.push(
      `**Rejected**\n\n${s.rejections.map((r) => `- ${code(r.login)} at ${escapeMarkdown(r.at)}`).join('\n')}`,
    );
  }
  if (s.approvals.length > 0) {
    parts.push(
      `**Approvals counted**\n\n${markdownTable(
        ['Who', 'Role', 'How', 'When', 'Commit'],
        s.approvals.map((a) => [code(a.login), code(a.role), a.via, escapeMarkdown(a.at), code(a.sha.slice(0, 12))]),
      )}`,
    );
  }
  if (s.gateResults.length > 0) {
    parts.push(
      `**Gate results being approved** (digest ${code(s.gateResultsDigest.slice(0, 19))})\n\n${markdownTable(
        ['Gate', 'Result', 'Conclusion'],
        s.gateResults.map((g) => [
          code(g.gate),
          `${ICON[g.status] ?? ''} ${g.status}`,
          g.conclusion ? code(g.conclusion) : '',
        ]),
      )}`,
    );
  } else {
    parts.push('**Gate results being approved**: none found for this commit.');
  }
  if (s.ignored.length > 0) {
    parts.push(
      `<details><summary>Not counted (${s.ignored.length})</summary>\n\n${s.ignored
        .map((i) => `- ${code(i.login)} (${i.via}): ${escapeMarkdown(i.reason)}`)
        .join('\n')}\n\n</details>`,
    );
  }
  return parts.join('\n\n');
}
