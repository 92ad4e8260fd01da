import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GateResult } from '../result/types.js';
import { renderJson, toRunReport } from './json.js';
import { renderJunit } from './junit.js';
import { renderGateMarkdown, renderRunMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Renders several gates' results in one format, as printed on stdout. */
export function renderReport(results: readonly GateResult[], format: ReportFormat, color = false): string {
  switch (format) {
    case 'text':
      return renderText(results, { color });
    case 'json':
      return renderJson(toRunReport(results));
    case 'markdown':
      return results.length === 1 ? renderGateMarkdown(results[0]!) : renderRunMarkdown(results);
    case 'sarif':
      return renderSarif(results);
    case 'junit':
      return renderJunit(results);
  }
}

/**
 * Writes report files into `outDir`: `<gate>.json` per gate and `ml-gates.json` for all (always), plus
 * `ml-gates.md`, `ml-gates.sarif`, `ml-gates.junit.xml`, `ml-gates.txt` for the formats asked for.
 * Returns the paths written.
 */
export async function writeReports(
  results: readonly GateResult[],
  formats: readonly ReportFormat[],
  outDir: string,
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: [string, string][] = results.map((r) => [`${r.gate}.json`, renderJson(r)]);
  files.push(['ml-gates.json', renderJson(toRunReport(results))]);
  const names: Record<ReportFormat, string> = {
    text: 'ml-gates.txt',
    json: '',
    markdown: 'ml-gates.md',
    sarif: 'ml-gates.sarif',
    junit: 'ml-gates.junit.xml',
  };
  for (const f of new Set(formats)) if (names[f]) files.push([names[f], renderReport(results, f)]);
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    await writeFile(path, content);
    written.push(path);
  }
  return written;
}
