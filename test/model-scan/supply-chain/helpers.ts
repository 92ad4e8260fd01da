import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, type GateContext, type Mode, type ResolvedCheckConfig } from '@ml-gates/core';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/model-scan-supply-chain');

/** Copies a fixture project to a fresh temporary folder (tests tamper with the copy). */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `mlg-sc-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** A context for `runSupplyChainChecks`: modes per check (others `off`), options as in ml-gates.yml. */
export function context(
  cwd: string,
  modes: Record<string, Mode>,
  options: Record<string, unknown> = {},
  services: Record<string, unknown> = {},
): GateContext<Record<string, unknown>> {
  return {
    cwd,
    options,
    check: (id: string): ResolvedCheckConfig => ({ mode: modes[id] ?? 'off', failOn: 'high', options: {} }),
    logger: silentLogger,
    signal: new AbortController().signal,
    services,
  };
}
