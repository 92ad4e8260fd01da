/** JSON and text (configs, tokenizer_config.json): secrets, chat templates, Keras model configs. */
import { decodeJsonBytes, parsePythonJson, type Format } from '../detect.js';
import { inner, type Where } from '../findings.js';
import { LIMIT_HELP } from './help.js';
import type { FileScan, Hints } from '../scan.js';
import { streamOf, type RandomSource } from '../source.js';
import { isKerasConfig } from './keras.js';
import type { FormatHandler } from './types.js';

export const jsonFormat: FormatHandler = {
  format: 'json',
  title: 'JSON (chat templates, Keras configs)',
  scan: (scan, src, where, _depth, hints) => scanText(scan, src, where, 'json', hints),
};

export const textFormat: FormatHandler = {
  format: 'text',
  title: 'text (secrets)',
  scan: (scan, src, where, _depth, hints) => scanText(scan, src, where, 'text', hints),
};

export async function scanText(
  scan: FileScan,
  src: RandomSource,
  where: Where,
  format: Format,
  hints: Hints = {},
): Promise<void> {
  if (src.size > 64 << 20) {
    // large text: secrets in a streamed pass
    for await (const c of streamOf(src, 4 << 20)) {
      scan.tick();
      scan.secrets(c.toString('utf8'), where, 'text');
    }
    if (format === 'json')
      scan.add(
        'coverage',
        'scan.limit',
        'medium',
        `JSON of ${src.size} bytes is larger than the 64 MiB read as a whole: only searched for secrets, chat templates and Keras configs in it were not checked`,
        where,
        0,
        LIMIT_HELP,
      );
    return;
  }
  const bytes = await src.read(0, src.size);
  // decoded the way json.loads(bytes) decodes: BOM stripped, UTF-16/32 by BOM or NUL pattern
  let text: string;
  try {
    text = format === 'json' ? decodeJsonBytes(bytes) : bytes.toString('utf8');
  } catch (error) {
    scan.malformed('JSON', `text json.loads can decode, found ${(error as Error).message}`, where, 0);
    return;
  }
  scan.secrets(text, where, 'text');
  // transformers writes the chat template as chat_template.jinja beside tokenizer_config.json and reads it first
  if (/\.jinja2?$/i.test(hints.name ?? '')) {
    scan.template(text, where);
    return;
  }
  if (format !== 'json') return;
  let v: unknown;
  try {
    v = parsePythonJson(text);
  } catch (error) {
    const named = /\.json$/i.test(hints.name ?? '');
    // JSON Lines (one document a line) is not a claim of one JSON document
    if (!named && text.split('\n').every((l) => l.trim() === '' || parsesAsJson(l))) return;
    if (named || /(^|\/)config\.json$/i.test(where.members.at(-1) ?? ''))
      scan.malformed('JSON', `a JSON document, found ${(error as Error).message}`, where, 0);
    return;
  }
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const tpl = o.chat_template;
    if (typeof tpl === 'string') scan.template(tpl, inner(where, 'chat_template'));
    else if (Array.isArray(tpl)) {
      for (const t of tpl as { name?: unknown; template?: unknown }[]) {
        if (typeof t?.template === 'string')
          scan.template(t.template, inner(where, `chat_template.${String(t.name ?? '?')}`));
      }
    } else if (tpl !== null && typeof tpl === 'object') {
      // transformers keeps a dict of named templates as it is and renders its "default" or a named one
      for (const [name, t] of Object.entries(tpl))
        if (typeof t === 'string') scan.template(t, inner(where, `chat_template.${name}`));
    }
    if (isKerasConfig(v) || (typeof o.config === 'object' && isKerasConfig(o.config))) scan.kerasValue(v, where);
  }
}

function parsesAsJson(line: string): boolean {
  try {
    parsePythonJson(line);
    return true;
  } catch {
    return false;
  }
}
