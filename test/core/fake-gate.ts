import type { CheckOutput, Finding, Gate, GateName, Metric } from '@ml-gates/core';

/** A configurable gate for core tests: returns the checks it is given, records the context it saw. */
export function fakeGate(
  checks: CheckOutput[],
  opts: { name?: GateName; throws?: Error; defaultModes?: Record<string, 'block' | 'warn' | 'off'> } = {},
): Gate & { seen: { options?: Record<string, unknown>; modes: Record<string, string> } } {
  const seen: { options?: Record<string, unknown>; modes: Record<string, string> } = { modes: {} };
  const ids = [...new Set([...checks.map((c) => c.id), ...Object.keys(opts.defaultModes ?? {})])];
  return {
    seen,
    name: opts.name ?? 'performance-gate',
    title: 'Fake gate',
    description: 'A gate for tests.',
    checks: ids.map((id) => ({
      id,
      title: id,
      description: `check ${id}`,
      defaultMode: opts.defaultModes?.[id] ?? 'block',
      optionsSchema: { threshold: { type: 'number' } },
    })),
    optionsSchema: {
      threshold: { type: 'number', default: 0.8 },
      columns: { type: 'array', items: { type: 'string' } },
    },
    run: (ctx) => {
      seen.options = ctx.options;
      for (const id of ids) seen.modes[id] = ctx.check(id).mode;
      if (opts.throws) return Promise.reject(opts.throws);
      return Promise.resolve({ checks: checks.filter((c) => ctx.check(c.id).mode !== 'off') });
    },
  };
}

export const finding = (severity: Finding['severity'], path = 'models/a.pkl', ruleId = 'rule.x'): Finding => ({
  ruleId,
  severity,
  message: `${severity} thing in ${path}`,
  location: { path },
});

export const metric = (name: string, value: number, verdict: Metric['verdict']): Metric => ({ name, value, verdict });
