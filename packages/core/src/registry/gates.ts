/**
 * The one registry of gates: plain data, no imports, so core, the CLI, the action entries, the build script
 * (scripts/registry.mjs reads this file) and the tests all derive from it. Core never imports a gate package:
 * the name → gate-module map lives in the CLI (`packages/cli/src/gates.ts`).
 *
 * Adding a gate: add a line here, its package `packages/<name>`, its action entry `actions/<name>/index.ts`,
 * its `<name>/action.yml` and its README section (test/core/registry.test.ts checks them all), and its module in
 * the CLI's map.
 */
export interface GateRegistration {
  /** Gate name: `gates.<name>` in ml-gates.yml, the report's `gate`, the check run `ml-gates / <name>`. */
  readonly name: string;
  readonly title: string;
  /** Folder of the gate's action: `<action>/action.yml`, used as `uses: org/ml-gates/<action>@v1`. */
  readonly action: string;
  /** Source of the gate's action bundle (built to `dist/<name>/index.js`). */
  readonly entry: string;
  /** Workspace package holding the gate's logic. */
  readonly package: string;
}

/** Every gate, in the order they run and appear in reports. */
export const GATE_REGISTRY = [
  {
    name: 'data-gate',
    title: 'Data gate',
    action: 'data-gate',
    entry: 'actions/data-gate/index.ts',
    package: '@ml-gates/data-gate',
  },
  {
    name: 'model-scan',
    title: 'Model scan',
    action: 'model-scan',
    entry: 'actions/model-scan/index.ts',
    package: '@ml-gates/model-scan',
  },
  {
    name: 'adversarial-gate',
    title: 'Adversarial gate',
    action: 'adversarial-gate',
    entry: 'actions/adversarial-gate/index.ts',
    package: '@ml-gates/adversarial-gate',
  },
  {
    name: 'performance-gate',
    title: 'Performance gate',
    action: 'performance-gate',
    entry: 'actions/performance-gate/index.ts',
    package: '@ml-gates/performance-gate',
  },
  {
    name: 'approval-gate',
    title: 'Approval gate',
    action: 'approval-gate',
    entry: 'actions/approval-gate/index.ts',
    package: '@ml-gates/approval-gate',
  },
] as const satisfies readonly GateRegistration[];

/**
 * Results that are not a gate's but are judged, reported and published like one: `policy`, the config's CEL
 * rules over every gate's result (packages/promotion).
 */
export const JUDGED_RESULTS = ['policy'] as const;

/**
 * Bundles besides the gates' own: the all-in-one action (root action.yml), the deploy-time `verify` action
 * (verify/action.yml) and the CLI.
 */
export const EXTRA_BUNDLES = {
  'ml-gates': 'actions/ml-gates/index.ts',
  verify: 'actions/verify/index.ts',
  cli: 'packages/cli/src/bin.ts',
} as const;

/** Every bundle built to `dist/<name>/index.js`, with its entry source. */
export function bundleEntries(): Record<string, string> {
  return { ...Object.fromEntries(GATE_REGISTRY.map((g) => [g.name, g.entry])), ...EXTRA_BUNDLES };
}
