import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Language as LanguageT, Parser as ParserT, Tree } from 'web-tree-sitter';

/**
 * Loads tree-sitter's Python grammar (WebAssembly, `tree-sitter-python`) with `web-tree-sitter`, once per
 * process, from source (tests) and from an ncc bundle (the actions). Checked by building and running a bundle
 * with ncc 0.45:
 *
 * 1. The two `.wasm` files are read as bytes from beside the bundle (`import.meta.dirname`), where the build
 *    copies them, else from `node_modules`. Letting ncc find them through `new URL(..., import.meta.url)` does
 *    not work: webpack's asset modules re-encode `.wasm` bytes as UTF-8 and corrupt them (this also hits
 *    web-tree-sitter's own lookup, hence `wasmBinary`).
 * 2. web-tree-sitter's ES build does `(await import("module")).createRequire`, which webpack's interop turns
 *    into `undefined`; in the bundle its CommonJS build is used instead (`typeof require` is true only there).
 * 3. That CommonJS build reads `__dirname`, which an ES-module bundle lacks: it is set to the bundle folder
 *    (only when undefined).
 */
export const WASM_FILES = {
  grammar: { file: 'tree-sitter-python.wasm', module: 'tree-sitter-python/tree-sitter-python.wasm' },
  runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
} as const;

function wasmPath(which: keyof typeof WASM_FILES): string {
  const beside = join(import.meta.dirname, WASM_FILES[which].file);
  if (existsSync(beside)) return beside;
  try {
    return createRequire(import.meta.url).resolve(WASM_FILES[which].module);
  } catch (error) {
    throw new Error(
      `${WASM_FILES[which].file} is neither beside the bundle (${import.meta.dirname}) nor in node_modules: the build must copy it next to index.js`,
      { cause: error },
    );
  }
}

type TreeSitter = typeof import('web-tree-sitter');

async function treeSitter(): Promise<TreeSitter> {
  if (typeof require === 'function') {
    // Inside the ncc bundle (see 2. and 3. above).
    const g = globalThis as { __dirname?: string };
    g.__dirname ??= import.meta.dirname;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved by webpack to the CommonJS build
    return require('web-tree-sitter') as TreeSitter;
  }
  return import('web-tree-sitter');
}

let loading: Promise<{ Parser: typeof ParserT; language: LanguageT }> | undefined;

/** The parser class and the Python grammar, loaded once. */
function load(): Promise<{ Parser: typeof ParserT; language: LanguageT }> {
  loading ??= (async () => {
    const ts = await treeSitter();
    await ts.Parser.init({ wasmBinary: await readFile(wasmPath('runtime')) });
    return { Parser: ts.Parser, language: await ts.Language.load(await readFile(wasmPath('grammar'))) };
  })();
  return loading;
}

/**
 * Parses Python source. Parsing is cancelled after `timeoutMs` (hostile input must not hold the gate):
 * returns `undefined` then. The caller must `delete()` the tree when done (it lives in WebAssembly memory).
 */
export async function parsePython(source: string, timeoutMs = 10_000): Promise<Tree | undefined> {
  const { Parser, language } = await load();
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
