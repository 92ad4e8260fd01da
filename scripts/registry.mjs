// The gate registry (packages/core/src/registry/gates.ts) for plain Node scripts: the build, the benches.
// The file is data only (no imports), so transpiling it alone is enough, on any Node version.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const FILE = fileURLToPath(new URL('../packages/core/src/registry/gates.ts', import.meta.url));
const js = ts.transpileModule(readFileSync(FILE, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;

/** @type {{ GATE_REGISTRY: readonly { name: string, title: string, action: string, entry: string, package: string }[], EXTRA_BUNDLES: Record<string, string>, bundleEntries: () => Record<string, string> }} */
export const registry = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
export const { GATE_REGISTRY, EXTRA_BUNDLES, bundleEntries } = registry;
