import { createHash } from 'node:crypto';
import type { Finding, GateResult, Severity } from '../result/types.js';
import { errorsBesideChecks, formatLocation, notRunText } from './format.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning reads `security-severity` (0–10) to rank alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

const INFORMATION_URI = 'https://github.com/ml-gates/ml-gates';

/** Stable across runs: rule, place and message, not line shifts elsewhere in the file. */
export function fingerprint(gate: string, f: Finding): string {
  const l = f.location;
  return createHash('sha256')
    .update([gate, f.ruleId, l?.path ?? '', l?.member ?? '', l?.field ?? '', f.message].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** SARIF 2.1.0 for the findings that have a location, one run per gate, ready for `upload-sarif`. */
export function renderSarif(results: readonly GateResult[]): string {
  const runs = results.map((r) => {
    const located = r.checks.flatMap((c) => c.findings.filter((f) => f.location?.path).map((f) => ({ check: c, f })));
    const rules = new Map<string, { f: Finding; checkTitle: string }>();
    for (const { check, f } of located) {
      const prev = rules.get(f.ruleId);
      if (!prev || LEVEL[f.severity] === 'error') rules.set(f.ruleId, { f, checkTitle: check.title });
    }
    const ruleIds = [...rules.keys()].sort();
    return {
      tool: {
        driver: {
          name: `ml-gates/${r.gate}`,
          version: r.version,
          semanticVersion: r.version,
          informationUri: INFORMATION_URI,
          rules: ruleIds.map((id) => {
            const { f, checkTitle } = rules.get(id)!;
            return {
              id,
              name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : '')),
              shortDescription: { text: `${checkTitle}: ${id}` },
              fullDescription: { text: f.help ?? f.message },
              help: { text: f.help ?? f.message, markdown: f.help ?? f.message },
              defaultConfiguration: { level: LEVEL[f.severity] },
              properties: { 'security-severity': SECURITY_SEVERITY[f.severity], tags: ['security', 'ml', r.gate] },
            };
          }),
        },
      },
      automationDetails: { id: `ml-gates/${r.gate}/` },
      // What kept the gate from doing its job (a check that did not run, an error) is a tool execution
      // notification: code scanning shows it, and `executionSuccessful` is false when it was judged an error.
      invocations: [
        {
          executionSuccessful: r.verdict !== 'error' && !r.checks.some((c) => c.verdict === 'error'),
          toolExecutionNotifications: [
            ...r.checks
              .filter((c) => c.notRun !== undefined)
              .map((c) => ({
                level: c.verdict === 'error' ? 'error' : 'warning',
                message: { text: `${c.title} (${c.id}) ${notRunText(c)}` },
                descriptor: { id: 'ml-gates/not-run' },
                properties: { check: c.id, status: 'not-run', verdict: c.verdict, reason: c.notRun },
              })),
            ...r.checks
              .filter((c) => c.notRun === undefined && c.verdict === 'error')
              .map((c) => ({
                level: 'error',
                message: { text: `${c.title} (${c.id}) could not do its job: ${c.summary}` },
                descriptor: { id: 'ml-gates/error' },
                properties: { check: c.id, verdict: c.verdict },
              })),
            ...errorsBesideChecks(r).map((e) => ({
              level: 'error',
              message: { text: e },
              descriptor: { id: 'ml-gates/error' },
            })),
          ],
        },
      ],
      results: located.map(({ check, f }) => {
        const l = f.location!;
        const region: Record<string, number> = {};
        if (l.line !== undefined) {
          region.startLine = l.line;
          if (l.column !== undefined) region.startColumn = l.column;
        } else if (l.offset !== undefined && l.member === undefined) {
          region.byteOffset = l.offset;
        }
        return {
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: LEVEL[f.severity],
          message: {
            text: l.member !== undefined || l.field !== undefined ? `${f.message} (${formatLocation(l)})` : f.message,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: l.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                ...(Object.keys(region).length > 0 ? { region } : {}),
              },
            },
          ],
          partialFingerprints: { 'mlGatesFinding/v1': fingerprint(r.gate, f) },
          properties: {
            check: check.id,
            severity: f.severity,
            ...(l.member ? { member: l.member } : {}),
            ...(l.field ? { field: l.field } : {}),
          },
          ...(f.waived
            ? {
                suppressions: [
                  {
                    kind: 'external',
                    status: 'accepted',
                    justification: `${f.waived.reason} (owner ${f.waived.owner}, expires ${f.waived.expires})`,
                  },
                ],
              }
            : {}),
        };
      }),
    };
  });
  return `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2)}\n`;
}
