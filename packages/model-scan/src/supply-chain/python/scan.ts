import { findSecrets, secretRuleId, type Finding, type Location } from '@ml-gates/core';
import type { CodeHit } from './analyze.js';
import { analyse } from './analyze.js';
import { parsePython } from './parser.js';
import { PYTHON_RULES } from './rules.js';
import { applySuppressions, findSuppressions, type Suppression } from './suppress.js';

/** A suppression that was applied, for the check details and the info finding. */
export interface AppliedSuppression {
  path: string;
  line: number;
  rule: string;
  reason: string;
}

export interface CodeScanResult {
  findings: Finding[];
  suppressions: AppliedSuppression[];
}

/** Maps a line of the scanned source to where it is in the file. */
type LineMap = (line: number, column: number) => Location;

function toFindings(path: string, hits: CodeHit[], suppressions: Suppression[], map: LineMap): CodeScanResult {
  const outcome = applySuppressions(hits, suppressions);
  const findings: Finding[] = outcome.open.map((h) => ({
    ruleId: PYTHON_RULES[h.rule].id,
    severity: h.severity,
    message: h.message,
    location: map(h.line, h.column),
    help: PYTHON_RULES[h.rule].help,
  }));
  const applied: AppliedSuppression[] = [];
  for (const { hit, by } of outcome.suppressed) {
    const rule = PYTHON_RULES[hit.rule];
    applied.push({ path, line: map(hit.line, hit.column).line ?? hit.line, rule: rule.id, reason: by.reason });
    findings.push({
      ruleId: rule.id,
      severity: 'info',
      message: `Suppressed in code (${by.reason}): ${hit.message}`,
      location: map(hit.line, hit.column),
      help: rule.help,
    });
  }
  for (const s of outcome.invalid) {
    findings.push({
      ruleId: PYTHON_RULES.suppressionInvalid.id,
      severity: PYTHON_RULES.suppressionInvalid.severity,
      message:
        s.rules.length === 0
          ? 'Suppression comment names no rule: write `# ml-gates: ignore[rule-id] reason`'
          : `Suppression of ${s.rules.join(', ')} has no reason, so it is ignored: add why it is safe after the ]`,
      location: map(s.line, s.column),
      help: PYTHON_RULES.suppressionInvalid.help,
    });
  }
  for (const s of outcome.unused) {
    findings.push({
      ruleId: PYTHON_RULES.suppressionInvalid.id,
      severity: 'info',
      message: `Suppression of ${s.rules.join(', ')} matches no finding; remove it`,
      location: map(s.line, s.column),
    });
  }
  return { findings, suppressions: applied };
}

function unparsable(path: string, why: string): CodeScanResult {
  return {
    findings: [
      {
        ruleId: PYTHON_RULES.unparsable.id,
        severity: PYTHON_RULES.unparsable.severity,
        message: `${why}; loading code in it was not checked`,
        location: { path },
        help: PYTHON_RULES.unparsable.help,
      },
    ],
    suppressions: [],
  };
}

/** Scans one Python file's source. */
export async function scanPythonSource(path: string, source: string, timeoutMs?: number): Promise<CodeScanResult> {
  const tree = await parsePython(source, timeoutMs);
  if (!tree) return unparsable(path, 'Parsing timed out');
  try {
    const hits = analyse(tree);
    return toFindings(path, hits, findSuppressions(tree, source), (line, column) => ({ path, line, column }));
  } finally {
    tree.delete();
  }
}

/** Non-Python cell magics: the whole cell is another language. */
const FOREIGN_CELL_MAGIC =
  /^%%(?!time\b|timeit\b|capture\b|prun\b|debug\b|python3?\b)(bash|sh|script|html|javascript|js|latex|markdown|perl|ruby|sql|svg|writefile|file|cmd|powershell|\w+)/;

interface NotebookCell {
  cell_type?: unknown;
  source?: unknown;
  outputs?: unknown;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], index: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: index - starts[lo]! + 1 };
}

function sourceLines(source: unknown): string[] | undefined {
  if (typeof source === 'string') return [source];
  if (Array.isArray(source) && source.every((s) => typeof s === 'string')) return source as string[];
  return undefined;
}

function outputText(output: unknown): string {
  if (!output || typeof output !== 'object') return '';
  const o = output as Record<string, unknown>;
  const parts: string[] = [];
  const add = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) for (const x of v) add(x);
  };
  add(o.text);
  add(o.evalue);
  add(o.traceback);
  if (o.data && typeof o.data === 'object') {
    for (const [mime, v] of Object.entries(o.data as Record<string, unknown>)) {
      if (mime.startsWith('text/') || mime === 'application/json')
        add(typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : v);
    }
  }
  return parts.join('');
}

/**
 * Scans a Jupyter notebook: all code cells parsed as one module (imports in one cell apply to the next), each
 * finding mapped back to the line of the `.ipynb` file that holds the source line (nbformat writes one source
 * line per JSON line), so SARIF annotations land on the diff. Outputs are searched for credentials.
 */
export async function scanNotebook(path: string, raw: string, timeoutMs?: number): Promise<CodeScanResult> {
  let nb: unknown;
  try {
    nb = JSON.parse(raw);
  } catch (error) {
    return unparsable(path, `Notebook is not valid JSON (${(error as Error).message})`);
  }
  const cells = (nb as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return unparsable(path, 'Notebook has no `cells` list (nbformat 4 expected)');

  const starts = lineStarts(raw);
  let cursor = 0;
  const program: string[] = [];
  /** For each program line (0-based): cell number (1-based), and file line/column of the source element. */
  const mapping: { cell: number; lineInCell: number; fileLine?: number; fileColumn?: number }[] = [];
  const secrets: import('@ml-gates/core').Finding[] = [];

  cells.forEach((cellValue: unknown, i: number) => {
    const cell = (cellValue ?? {}) as NotebookCell;
    const elements = sourceLines(cell.source) ?? [];
    // Find each source element's JSON text in the file, in order, to map lines.
    const located: { line: number; column: number }[] = [];
    for (const el of elements) {
      const needle = JSON.stringify(el);
      const at = raw.indexOf(needle, cursor);
      if (at >= 0) {
        located.push(lineOf(starts, at));
        cursor = at + needle.length;
      } else {
        located.push(located[located.length - 1] ?? { line: 0, column: 0 });
      }
    }
    if (cell.cell_type !== 'code') return;
    const text = elements.join('');
    const lines = text.split('\n');
    const foreign = FOREIGN_CELL_MAGIC.test(lines[0] ?? '');
    // Element k holds one line when the notebook stores source as a list (the nbformat default).
    lines.forEach((line, k) => {
      const magic = /^\s*[%!?]/.test(line) || (k === 0 && line.startsWith('%%'));
      program.push(foreign || magic ? '#' + line.replace(/[^\t ]/g, ' ').slice(1) : line);
      const loc = elements.length === lines.length || elements.length === lines.length - 1 ? located[k] : located[0];
      mapping.push({ cell: i + 1, lineInCell: k + 1, fileLine: loc?.line || undefined, fileColumn: loc?.column });
    });

    const outputs = Array.isArray(cell.outputs) ? cell.outputs : [];
    outputs.forEach((output: unknown, j: number) => {
      for (const s of findSecrets(outputText(output))) {
        const at = raw.indexOf(s.value);
        secrets.push({
          // the same rule ids as the artifact and dataset secret checks; the help is about notebooks
          ruleId: secretRuleId(s.rule),
          severity: PYTHON_RULES.secretInOutput.severity,
          message: `Output ${j + 1} of cell ${i + 1} contains a secret (${s.rule.title}): ${s.redacted}`,
          location: {
            path,
            member: `cell ${i + 1} output ${j + 1}`,
            ...(at >= 0 ? { line: lineOf(starts, at).line } : {}),
          },
          help: PYTHON_RULES.secretInOutput.help,
        });
      }
    });
  });

  const source = program.join('\n');
  const tree = await parsePython(source, timeoutMs);
  if (!tree) return { ...unparsable(path, 'Parsing the code cells timed out'), findings: secrets };
  try {
    const result = toFindings(path, analyse(tree), findSuppressions(tree, source), (line, column) => {
      const m = mapping[line - 1];
      if (!m) return { path, line };
      // The element's JSON string starts with a quote; the code column follows it.
      return {
        path,
        member: `cell ${m.cell} line ${m.lineInCell}`,
        ...(m.fileLine ? { line: m.fileLine, column: (m.fileColumn ?? 0) + column } : {}),
      };
    });
    result.findings.push(...secrets);
    return result;
  } finally {
    tree.delete();
  }
}
