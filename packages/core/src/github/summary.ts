/** GitHub keeps at most 1 MiB of job summary per step. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

/**
 * Cuts Markdown to `limit` bytes (UTF-8) at a line boundary and says where the rest is.
 * Used for the job summary (1 MiB), check-run text (65,535 chars) and the PR comment (65,536 chars).
 */
export function truncateMarkdown(markdown: string, limit: number, pointer: string): string {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes <= limit) return markdown;
  const note = `\n\n> **Truncated.** ${pointer}\n`;
  const budget = limit - Buffer.byteLength(note, 'utf8');
  let cut = Buffer.from(markdown, 'utf8').subarray(0, Math.max(0, budget)).toString('utf8');
  cut = cut.replace(/\uFFFD$/, '');
  const lastLine = cut.lastIndexOf('\n');
  if (lastLine > 0) cut = cut.slice(0, lastLine);
  return cut + note;
}
