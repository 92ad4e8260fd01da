import type { Tree } from 'web-tree-sitter';
import type { CodeHit } from './analyze.js';
import { PYTHON_RULES } from './rules.js';

/** A `# ml-gates: ignore[rule, ...] reason` comment. */
export interface Suppression {
  line: number;
  column: number;
  rules: string[];
  reason: string;
  /** The comment is alone on its line (then it also covers the next line). */
  ownLine: boolean;
}

const SUPPRESSION = /ml-gates:\s*ignore\[([^\]]*)\]\s*(.*)$/;

export function findSuppressions(tree: Tree, source: string): Suppression[] {
  const lines = source.split('\n');
  const out: Suppression[] = [];
  for (const c of tree.rootNode.descendantsOfType('comment')) {
    const m = SUPPRESSION.exec(c.text);
    if (!m) continue;
    const row = c.startPosition.row;
    const before = (lines[row] ?? '').slice(0, c.startPosition.column);
    out.push({
      line: row + 1,
      column: c.startPosition.column + 1,
      rules: m[1]!
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r.length > 0),
      reason: m[2]!.trim(),
      ownLine: before.trim() === '',
    });
  }
  return out;
}

function covers(s: Suppression, h: CodeHit): boolean {
  const onLine = s.line >= h.line && s.line <= h.endLine;
  const above = s.ownLine && s.line === h.line - 1;
  if (!onLine && !above) return false;
  const id = PYTHON_RULES[h.rule].id;
  const short = id.slice(id.indexOf('.') + 1);
  return s.rules.some((r) => r === id || r === short || r === '*' || r === 'all');
}

export interface SuppressionOutcome {
  open: CodeHit[];
  suppressed: { hit: CodeHit; by: Suppression }[];
  /** Suppressions without a reason: they do not suppress anything. */
  invalid: Suppression[];
  /** Valid suppressions that matched nothing. */
  unused: Suppression[];
}

export function applySuppressions(hits: CodeHit[], suppressions: Suppression[]): SuppressionOutcome {
  const valid = suppressions.filter((s) => s.reason.length > 0 && s.rules.length > 0);
  const invalid = suppressions.filter((s) => !valid.includes(s));
  const used = new Set<Suppression>();
  const open: CodeHit[] = [];
  const suppressed: SuppressionOutcome['suppressed'] = [];
  for (const h of hits) {
    const by = valid.find((s) => covers(s, h));
    if (by) {
      used.add(by);
      suppressed.push({ hit: h, by });
    } else {
      open.push(h);
    }
  }
  return { open, suppressed, invalid, unused: valid.filter((s) => !used.has(s)) };
}
