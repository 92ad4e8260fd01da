// Compaction of ncc's output, for start-up (#20 item 3); scripts/build.mjs runs it on every bundle and chunk.
import { minifySync } from '@swc/core';

// webpack writes each module as `/***/ <id>:` and `/***/ (<factory>)` on the next line (the factory in parentheses).
const FACTORY = /^(\/\*\*\*\/ \d+:\n\/\*\*\*\/ )\(/gm;
const MARK = '__mlgFactory';

/**
 * Node reads and compiles a bundle's whole entry file before the action runs its first line, so every byte
 * costs time on every run. ncc's output is half comments and indentation: this prints it again without them
 * (swc's minifier with `compress` and `mangle` off: the same code and names, only whitespace and comments gone;
 * licence comments kept, with the licences file beside them), with non-ASCII characters escaped (an ASCII file
 * is decoded and scanned faster), and with the parentheses webpack puts around each module's factory function
 * kept: V8 compiles a parenthesised function with the file instead of pre-parsing it and parsing it again when it
 * runs, and nearly every module runs at start-up (without them the smaller file starts no faster).
 * Deterministic: the same input prints the same bytes.
 *
 * @param {string} source ncc's output
 * @param {string} file its name, for errors
 */
export function compact(source, file) {
  if (source.includes(MARK)) throw new Error(`${file} already contains ${MARK}`);
  const shebang = source.startsWith('#!') ? source.slice(0, source.indexOf('\n') + 1) : '';
  let factories = 0;
  // `(factory)` becomes the call `__mlgFactory(factory)`, which the printer keeps as it is, then `(factory)` again.
  const marked = source.slice(shebang.length).replace(FACTORY, (_, head) => {
    factories++;
    return `${head}${MARK}(`;
  });
  const { code } = minifySync(marked, {
    module: true,
    compress: false,
    mangle: false,
    format: { comments: 'some', asciiOnly: true },
  });
  const restored = code.split(`${MARK}(`);
  if (restored.length - 1 !== factories) {
    throw new Error(`${file}: ${factories} module factories marked, ${restored.length - 1} found after printing`);
  }
  // The printer escapes strings, templates and regular expressions; what is left is in licence comments.
  const ascii = restored
    .join('(')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shebang + ascii;
}
