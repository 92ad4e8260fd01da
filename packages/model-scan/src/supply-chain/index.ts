import { describeError, type CheckOutput, type CheckSpec, type GateCommand, type GateContext } from '@ml-gates/core';
import {
  collect,
  dvcCheck,
  integrityCheck,
  mlBomCheck,
  modelCardCheck,
  signatureCheck,
  unsafeLoadingCheck,
  type RunState,
  type ScanHandover,
} from './checks.js';
import { FileDigests } from '../digests.js';
import { hashCommand, keygenCommand, signCommand } from './commands.js';
import { resolveOptions } from './options.js';
import { PYTHON_RULE_IDS } from './python/rules.js';

/**
 * Supply-chain checks of model-scan (issue 5): unsafe loading in code and notebooks, integrity manifests,
 * DVC, signatures, ML-BOM, model cards. The model-scan gate (../index.ts) merges these into its own
 * checks, options schema, run and commands.
 */
export const SUPPLY_CHAIN_CHECKS: CheckSpec[] = [
  {
    id: 'unsafe-loading',
    title: 'Unsafe loading in code and notebooks',
    description:
      'Parses Python files and notebooks (tree-sitter) for pickle/joblib/dill loads, torch.load without weights_only=True, numpy allow_pickle, unsafe yaml.load, Keras safe_mode=False, trust_remote_code=True and eval/exec on loaded data; notebook outputs are searched for secrets.',
    defaultMode: 'block',
  },
  {
    id: 'integrity',
    title: 'Integrity manifest',
    description: 'Verifies files against the manifest written by `ml-gates hash`: changed, missing and extra files.',
    defaultMode: 'block',
  },
  {
    id: 'dvc',
    title: 'DVC-tracked files',
    description:
      'Verifies files and directories tracked by .dvc files against their recorded md5 and size, without DVC.',
    defaultMode: 'block',
  },
  {
    id: 'signature',
    title: 'Manifest signature',
    description:
      'Verifies the manifest signature (ml-gates Ed25519/ECDSA P-256 signature, or an OpenSSF model-signing Sigstore bundle); with signature.sign, signs keylessly in GitHub Actions.',
    defaultMode: 'off',
  },
  {
    id: 'model-card',
    title: 'Model card',
    description:
      'Checks that a model card exists with intended use, limitations, training data, evaluation and an allowed licence.',
    defaultMode: 'warn',
  },
  {
    id: 'ml-bom',
    title: 'ML-BOM (CycloneDX 1.6)',
    description:
      'Writes a CycloneDX 1.6 ML-BOM: each model with hashes, format, framework, model card, datasets and scan results.',
    defaultMode: 'warn',
  },
];

export { supplyChainOptionsSchema } from './options.js';

/** Rule-set versions for `rulesets` in the report. */
export const SUPPLY_CHAIN_RULESETS: Record<string, string> = {
  'unsafe-loading': `1 (${PYTHON_RULE_IDS.length} rules)`,
};

/**
 * Runs the enabled supply-chain checks (a check whose mode is `off` is skipped). Reads `ctx.options.paths`
 * (files, folders, globs; default the workspace). Optional services: `reportDir` (where the BOM goes),
 * `idToken` (the host's OIDC token source for keyless signing), `keylessSigner` and `sigstoreOnlineVerify`
 * (replace Sigstore's network calls). `fromScan` is what the artifact scan of the same run hands over: its
 * check outputs (recorded in the BOM) and the digests its reads computed (reused, never recomputed).
 */
export async function runSupplyChainChecks(
  ctx: GateContext<Record<string, unknown>>,
  fromScan: ScanHandover = { outputs: [], digests: new FileDigests() },
): Promise<CheckOutput[]> {
  const opts = resolveOptions(ctx.options);
  const on = (id: string): boolean => ctx.check(id).mode !== 'off';
  const state: RunState = {
    ctx,
    opts,
    files: await collect(ctx, opts),
    integrity: new Map(),
    signature: new Map(),
    digests: new Map(),
    outputs: [],
    fromScan,
  };
  const timed = async (fn: () => Promise<CheckOutput>, id: string): Promise<void> => {
    const started = Date.now();
    let out: CheckOutput;
    try {
      out = await fn();
    } catch (error) {
      // One check that cannot run (unreadable key, missing grammar...) must not hide the others' results.
      ctx.signal.throwIfAborted();
      const spec = SUPPLY_CHAIN_CHECKS.find((c) => c.id === id)!;
      out = {
        id,
        title: spec.title,
        outcome: 'error',
        summary: `could not run: ${describeError(error).split('\n').join('; ')}`,
      };
    }
    state.outputs.push({ ...out, durationMs: Date.now() - started });
  };
  if (on('unsafe-loading')) await timed(() => unsafeLoadingCheck(state), 'unsafe-loading');
  if (on('integrity')) await timed(() => integrityCheck(state), 'integrity');
  if (on('dvc')) await timed(() => dvcCheck(state), 'dvc');
  if (on('signature')) await timed(() => signatureCheck(state), 'signature');
  let cards: Awaited<ReturnType<typeof modelCardCheck>>['cards'] = [];
  if (on('model-card') || on('ml-bom')) {
    await timed(async () => {
      const r = await modelCardCheck(state);
      cards = r.cards;
      return r.output;
    }, 'model-card');
    if (!on('model-card')) state.outputs.pop();
  }
  if (on('ml-bom')) await timed(() => mlBomCheck(state, cards), 'ml-bom');
  return state.outputs;
}

/** Direct CLI commands: `ml-gates hash`, `ml-gates sign-manifest`, `ml-gates keygen`. */
export const supplyChainCommands: GateCommand[] = [hashCommand, signCommand, keygenCommand];
