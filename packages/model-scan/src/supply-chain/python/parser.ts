import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Language, Parser, type Tree } from 'web-tree-sitter';

/**
 * Loads tree-sitter's Python grammar (WebAssembly, from the `tree-sitter-python` package) once per process.
 *
 * Locating the `.wasm` files works in two settings:
 * - from source (tests, the CLI run through SWC): resolved through Node's module resolution;
 * - from an ncc bundle: ncc copies a file referenced as `new URL('<relative path>', import.meta.url)` next
 *   to the bundle and rewrites the expression to that path (a string, not a URL). The relative path below
 *   points at the hoisted `node_modules` of this workspace, which is where npm installs it.
 * `web-tree-sitter.wasm` (the runtime) is found by web-tree-sitter itself through the same `new URL` pattern.
 */
const BUNDLED_GRAMMAR: string | URL = new URL(
  '../../../../../node_modules/tree-sitter-python/tree-sitter-python.wasm',
  import.meta.url,
);

function grammarLocation(): string | URL {
  const bundled = BUNDLED_GRAMMAR;
  if (existsSync(bundled)) return bundled;
  const require = createRequire(import.meta.url);
  return require.resolve('tree-sitter-python/tree-sitter-python.wasm');
}

let loading: Promise<Language> | undefined;

/** The Python grammar, loaded once. */
export function pythonLanguage(): Promise<Language> {
  loading ??= (async () => {
    await Parser.init();
    return Language.load(await readFile(grammarLocation()));
  })();
  return loading;
}

/**
 * Parses Python source. Parsing is cancelled after `timeoutMs` (hostile input must not hold the gate):
 * returns `undefined` then. The caller must `delete()` the tree when done (it lives in WebAssembly memory).
 */
export async function parsePython(source: string, timeoutMs = 10_000): Promise<Tree | undefined> {
  const language = await pythonLanguage();
  const parser = new Parser();
  try {
    parser.setLanguage(language);
    const deadline = Date.now() + timeoutMs;
    // web-tree-sitter cancels parsing when the progress callback returns true.
    const progressCallback = (() => Date.now() > deadline) as unknown as (state: unknown) => void;
    return parser.parse(source, null, { progressCallback }) ?? undefined;
  } finally {
    parser.delete();
  }
}
