import type { ApprovalOptions, FactorId, MetadataFactor, RiskLevel } from './options.js';
import { METADATA_FACTORS } from './options.js';
import type { GateResultEntry } from './gate-results.js';

export interface RiskFactor {
  id: FactorId;
  /** Gate the factor is about (gate factors only). */
  gate?: string;
  weight: number;
  /** Where it came from: `ml-gates.yml`, the model card, the deployment history, a check run. */
  source: string;
  description: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  score: number;
  factors: RiskFactor[];
  /** Metadata factors nobody declared (not counted; shown so reviewers see the gap). */
  undeclared: MetadataFactor[];
}

const LABEL: Record<MetadataFactor, string> = {
  'user-facing': 'user-facing model',
  pii: 'handles personal data (PII)',
  'financial-impact': 'financial impact',
  'first-deployment': 'first deployment (no earlier deployment or release)',
};

export interface MetadataSources {
  config: Partial<Record<MetadataFactor, boolean>>;
  card?: Partial<Record<MetadataFactor, boolean>>;
  cardPath?: string;
  /** `true` when nothing was deployed or released before (asked only when not declared). */
  firstDeployment?: boolean;
}

/** Scores risk: each factor present adds its weight; bands map the score to a level. */
export function assessRisk(
  options: ApprovalOptions,
  meta: MetadataSources,
  gates: readonly GateResultEntry[],
): RiskAssessment {
  const weights = options.risk.weights;
  const factors: RiskFactor[] = [];
  const undeclared: MetadataFactor[] = [];
  for (const f of METADATA_FACTORS) {
    const fromConfig = meta.config[f];
    const fromCard = meta.card?.[f];
    let present: boolean | undefined;
    let source = '';
    // A factor counts when any source declares it: a second source can add risk, never remove it.
    if (fromConfig === true) [present, source] = [true, 'ml-gates.yml'];
    else if (fromCard === true) [present, source] = [true, `model card ${meta.cardPath ?? ''}`.trim()];
    else if (fromConfig === false || fromCard === false) present = false;
    if (present === undefined && f === 'first-deployment' && meta.firstDeployment !== undefined) {
      present = meta.firstDeployment;
      source = 'deployment history';
    }
    if (present === undefined) undeclared.push(f);
    if (present === true) factors.push({ id: f, weight: weights[f], source, description: LABEL[f] });
  }
  for (const g of gates) {
    const id: FactorId | undefined =
      g.status === 'failed'
        ? 'gate-failed'
        : g.status === 'warned'
          ? 'gate-warned'
          : g.status === 'waived'
            ? 'gate-waived'
            : g.status === 'missing' || g.status === 'pending'
              ? 'gate-missing'
              : undefined;
    if (!id) continue;
    const what =
      g.status === 'pending' ? 'has not finished' : g.status === 'missing' ? 'has no result for this commit' : g.status;
    factors.push({ id, gate: g.gate, weight: weights[id], source: 'check run', description: `${g.gate} ${what}` });
  }
  const counted = factors.filter((f) => f.weight > 0);
  const score = counted.reduce((s, f) => s + f.weight, 0);
  const { critical, high } = options.risk.bands;
  const level: RiskLevel = score >= critical ? 'critical' : score >= high ? 'high' : 'medium';
  return { level, score, factors: counted, undeclared };
}
