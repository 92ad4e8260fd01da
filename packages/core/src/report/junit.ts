import type { GateResult } from '../result/types.js';
import { escapeXml } from './escape.js';
import { formatLocation, notRunText } from './format.js';

/** JUnit XML: one test suite per gate, one test case per check (Jenkins, GitLab test reports). */
export function renderJunit(results: readonly GateResult[]): string {
  const suites = results.map((r) => {
    const cases = r.checks.map((c) => {
      const name = `name="${escapeXml(c.id)}" classname="ml-gates.${escapeXml(r.gate)}" time="${((c.durationMs ?? 0) / 1000).toFixed(3)}"`;
      const body = c.findings
        .map(
          (f) => `[${f.severity}${f.waived ? ', waived' : ''}] ${f.ruleId} ${formatLocation(f.location)}: ${f.message}`,
        )
        .join('\n');
      const text = escapeXml(`${c.summary}${body ? `\n${body}` : ''}`);
      // An enabled check that did not run: an error in block mode; in warn mode a skipped case whose message
      // says "not run" and why (never the plain "off" of a check switched off).
      if (c.notRun !== undefined) {
        const message = escapeXml(notRunText(c));
        return c.verdict === 'error'
          ? `    <testcase ${name}>\n      <error type="not-run" message="${message}">${message}</error>\n    </testcase>`
          : `    <testcase ${name}>\n      <skipped message="${message}"/>\n    </testcase>`;
      }
      if (c.verdict === 'fail')
        return `    <testcase ${name}>\n      <failure message="${escapeXml(c.summary)}">${text}</failure>\n    </testcase>`;
      if (c.verdict === 'error')
        return `    <testcase ${name}>\n      <error message="${escapeXml(c.summary)}">${text}</error>\n    </testcase>`;
      if (c.verdict === 'skipped')
        return `    <testcase ${name}>\n      <skipped message="${escapeXml(c.mode === 'off' ? `off: ${c.summary}` : c.summary)}"/>\n    </testcase>`;
      return `    <testcase ${name}>${text ? `\n      <system-out>${text}</system-out>\n    ` : ''}</testcase>`;
    });
    // A gate that could not run at all is one errored test case, so CI systems show it.
    if (r.checks.length === 0 && r.verdict === 'error') {
      cases.push(
        `    <testcase name="run" classname="ml-gates.${escapeXml(r.gate)}">\n      <error message="${escapeXml(r.headline)}">${escapeXml(r.errors.join('\n'))}</error>\n    </testcase>`,
      );
    }
    const count = (v: string): number => r.checks.filter((c) => c.verdict === v).length;
    const errors = count('error') + (r.checks.length === 0 && r.verdict === 'error' ? 1 : 0);
    const skipped = count('skipped') + r.checks.filter((c) => c.notRun !== undefined && c.verdict !== 'error').length;
    return (
      `  <testsuite name="ml-gates.${escapeXml(r.gate)}" tests="${cases.length}" failures="${count('fail')}" errors="${errors}" skipped="${skipped}" time="${(r.timings.durationMs / 1000).toFixed(3)}" timestamp="${escapeXml(r.timings.startedAt)}">\n` +
      `${cases.join('\n')}\n  </testsuite>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ml-gates">\n${suites.join('\n')}\n</testsuites>\n`;
}
