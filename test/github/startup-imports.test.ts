/**
 * Start-up (#20 item 3): what an action bundle loads before its run starts is what its entry imports
 * statically. No action entry may reach, through static imports, the GitHub client (Octokit, undici,
 * `@actions/core`'s entry with its HTTP client, the artifact client): those are chunks loaded when a run talks
 * to the API. An `import()` is the way in (core/github/lazy.ts); a static import that reaches them fails here.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { bundleEntries } from '@ml-gates/core';

/** Loaded only on demand: never statically from an action entry. */
const ON_DEMAND = [
  /^@actions\/core$/,
  /^@actions\/github/,
  /^@actions\/http-client/,
  /^@actions\/artifact/,
  /^@octokit\//,
  /^undici/,
  /^packages\/core\/src\/github\/(client|approvals)\.ts$/,
];

/** The modules a file imports at load time: value imports and re-exports, not `import type` nor `import()`. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause;
      const named = clause?.namedBindings;
      const valueBinding =
        !clause ||
        (!clause.isTypeOnly &&
          (clause.name !== undefined ||
            (named !== undefined && (ts.isNamespaceImport(named) || named.elements.some((e) => !e.isTypeOnly)))));
      if (valueBinding) specs.push((s.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && !s.isTypeOnly) {
      const clause = s.exportClause;
      if (!clause || !ts.isNamedExports(clause) || clause.elements.some((e) => !e.isTypeOnly)) {
        specs.push((s.moduleSpecifier as ts.StringLiteral).text);
      }
    }
  }
  return specs;
}

/** A workspace file for a specifier, or the specifier itself for a package outside the workspace. */
function resolveSpecifier(spec: string, from: string): string {
  if (spec.startsWith('.')) {
    const path = resolve(dirname(from), spec);
    const ts = path.replace(/\.js$/, '.ts');
    if (existsSync(ts)) return ts;
    const inModules = /node_modules\/(.*)$/.exec(path);
    return inModules ? inModules[1]! : path;
  }
  const m = /^@ml-gates\/([^/]+)(\/.*)?$/.exec(spec);
  if (!m) return spec;
  const pkg = JSON.parse(readFileSync(join('packages', m[1]!, 'package.json'), 'utf8')) as {
    exports: Record<string, string>;
  };
  const target = pkg.exports[`.${m[2] ?? ''}`];
  if (!target) throw new Error(`${spec}: not exported`);
  return resolve('packages', m[1]!, target);
}

/** Every module an entry loads at start-up (workspace files relative to the root, packages by name). */
function startupGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>([[resolve(entry), '(entry)']]);
  const queue = [resolve(entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    for (const spec of staticImports(file)) {
      const target = resolveSpecifier(spec, file);
      if (seen.has(target)) continue;
      seen.set(target, relative('.', file));
      if (target.endsWith('.ts')) queue.push(target);
    }
  }
  return new Map([...seen].map(([k, v]) => [k.startsWith('/') ? relative('.', k) : k, v]));
}

const ACTIONS = Object.entries(bundleEntries()).filter(([name]) => name !== 'cli');

describe('action entries load the GitHub client only on demand', () => {
  it.each(ACTIONS)('dist/%s', (_, entry) => {
    const graph = startupGraph(entry);
    const reached = [...graph].filter(([m]) => ON_DEMAND.some((p) => p.test(m))).map(([m, by]) => `${m} (from ${by})`);
    expect(reached).toEqual([]);
    // The walk is real: the entry does reach core's action runtime.
    expect(graph.has('packages/core/src/github/toolkit.ts')).toBe(true);
  });

  it('the full GitHub API (the CLI, tests) still has the client statically', () => {
    expect(startupGraph('packages/core/src/github/index.ts').has('packages/core/src/github/client.ts')).toBe(true);
    expect(startupGraph('packages/core/src/github/index.ts').has('@actions/github')).toBe(true);
  });
});
