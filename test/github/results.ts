import type { Finding, GateResult, Severity, Verdict } from '../../packages/core/src/result/types.js';

/** Hostile strings for Markdown/HTML injection tests: links, images, HTML, table breaks, mentions. */
export const HOSTILE = [
  '[click](https://evil.example/x)',
  '![img](https://evil.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">a</a>',
  'a | b | c',
  '</details></summary><script>alert(1)</script>',
  '<!-- ml-gates:pr-comment -->',
  '@octocat please',
  'https://evil.example/autolink',
  'www.evil.example',
  '`code` **bold** _it_',
  'line\nbreak\r\n| injected | row |',
  '<https://evil.example>',
  '[ref]: https://evil.example',
  '-->',
];

export function finding(i: number, severity: Severity, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: `rule.r${i % 7}`,
    severity,
    message: `finding ${i}`,
    location: { path: `models/m${i}.pkl`, line: (i % 50) + 1 },
    help: 'Remove the callable.',
    ...over,
  };
}

export function makeResult(
  gate: string,
  verdict: Verdict,
  opts: { findings?: Finding[]; headline?: string; details?: Record<string, unknown>; commit?: string } = {},
): GateResult {
  const findings = opts.findings ?? [];
  return {
    schemaVersion: '1.0',
    gate,
    version: '1.0.0',
    verdict,
    headline: opts.headline ?? `${gate} ${verdict}: ${findings.length} finding(s)`,
    checks: [
      {
        id: 'main',
        title: `${gate} main check`,
        mode: 'block',
        verdict,
        summary: `${findings.length} finding(s)`,
        findings,
        metrics: [{ name: 'auc', value: 0.91, threshold: 0.85, verdict: 'pass', subject: 'overall' }],
      },
    ],
    subjects: [{ path: 'models/m.pkl', verdict }],
    waivers: [],
    errors: [],
    timings: { startedAt: '2026-11-22T00:00:00.000Z', finishedAt: '2026-11-22T00:00:01.000Z', durationMs: 1000 },
    tool: { name: 'ml-gates', version: '1.0.0', rulesets: {} },
    ...(opts.commit ? { commit: opts.commit } : {}),
    ...(opts.details ? { details: opts.details } : {}),
  };
}
