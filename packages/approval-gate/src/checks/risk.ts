/** The `risk` check: the risk level and score, and the other gates' results it was computed from. */
import type { CheckOutput, Metric } from '@ml-gates/core';
import type { GateResultEntry, GateStatus } from '../gate-results.js';
import type { RiskAssessment } from '../risk.js';

const statusVerdict: Record<GateStatus, Metric['verdict']> = {
  passed: 'pass',
  warned: 'warn',
  waived: 'warn',
  failed: 'fail',
  pending: 'skipped',
  missing: 'skipped',
};

export function riskCheck(risk: RiskAssessment, gates: readonly GateResultEntry[]): CheckOutput {
  const factors = risk.factors.map((f) => f.description);
  return {
    id: 'risk',
    title: 'Risk level',
    summary: `${risk.level} (score ${risk.score})${factors.length > 0 ? `: ${factors.join(', ')}` : ''}${risk.undeclared.length > 0 ? `; undeclared: ${risk.undeclared.join(', ')}` : ''}`,
    outcome: 'pass',
    metrics: [
      { name: 'risk-score', value: risk.score, method: 'weighted factors', details: { level: risk.level } },
      ...gates.map((g): Metric => ({
        name: 'gate-result',
        subject: g.gate,
        value: null,
        method: g.conclusion ? `${g.status} (${g.conclusion})` : g.status,
        verdict: statusVerdict[g.status],
      })),
    ],
  };
}
