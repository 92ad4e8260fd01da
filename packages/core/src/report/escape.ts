/**
 * The one escaping module of the project. Everything that reaches Markdown, HTML or XML and could come
 * from a user or an artifact (file names, column names and values, PR titles, finding messages) goes
 * through `escapeMarkdown` / `escapeXml` here.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '@': '&#64;',
};

// Control characters and invisible formatting (bidi overrides, zero-width) that could disguise text.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

// Characters with Markdown meaning that a backslash neutralises (CommonMark "ASCII punctuation").
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!~:.=^$%?,;/]/g;

/**
 * Makes untrusted text inert in GitHub-flavoured Markdown, including inside table cells and `<details>`:
 * no link, image, HTML tag, mention (`@user`), autolink, emphasis or cell break can be formed, and line
 * breaks become spaces. Control and invisible formatting characters are shown as `\u{...}`.
 */
export function escapeMarkdown(text: string, maxLength = 500): string {
  let s = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  s = s.replace(/\r\n?|\n/g, ' ');
  s = s.replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
  s = s.replace(/[&<>"'|@]/g, (c) => HTML_ENTITIES[c]!);
  s = s.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  return s;
}

/** Untrusted text shown as code: escaped like any other text, in a `<code>` element. */
export function code(text: string, maxLength = 200): string {
  return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}

/** Escapes text for XML element content and attribute values (JUnit). Drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/**
 * A GFM table. Cells must already be escaped (use `escapeMarkdown`/`code` for untrusted text); a cell
 * containing a raw `|` or newline is a bug and throws.
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => {
    for (const c of cells) {
      if (/(^|[^\\])\||\n/.test(c)) throw new Error(`markdownTable: unescaped cell ${JSON.stringify(c)}`);
    }
    return `| ${cells.join(' | ')} |`;
  };
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
