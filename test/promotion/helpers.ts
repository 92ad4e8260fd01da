import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '@ml-gates/cli';

const ROOT = process.cwd();

export function io(cwd: string, env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: (t: string) => {
      state.out += t;
    },
    stderr: (t: string) => {
      state.err += t;
    },
    cwd,
    env: { CI: 'true', ...env },
    isTTY: false,
  });
}

export const GATES = `version: 1
gates:
  model-scan:
    paths: [model]
    checks: { model-card: off }
  performance-gate:
    predictions: eval/predictions.csv
    columns: { label: approved, score: score }
    checks:
      baseline: off
      thresholds:
        metrics:
          roc_auc: 0.75
`;

export const POLICY = `policy:
  rules:
    - id: auc-floor
      message: ROC AUC at least 0.75 and a clean model scan
      severity: high
      mode: block
      expr: gates["performance-gate"].metrics["roc_auc"].value >= 0.75 && gates["model-scan"].verdict == "pass"
  deploy:
    - id: all-passed
      message: every attested gate passed
      expr: gates["model-scan"].verdict == "pass" && gates["performance-gate"].verdict == "pass"
`;

/** A workspace with a small model, predictions, a config with a policy, and an Ed25519 key pair. */
export function workspace(policy = POLICY): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-promote-'));
  mkdirSync(join(dir, 'model'));
  mkdirSync(join(dir, 'eval'));
  copyFileSync(join(ROOT, 'test/fixtures/model-scan/benign/model.safetensors'), join(dir, 'model/model.safetensors'));
  copyFileSync(join(ROOT, 'examples/demo/performance-gate/baseline.csv'), join(dir, 'eval/predictions.csv'));
  writeFileSync(join(dir, 'ml-gates.yml'), `${GATES}${policy}`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'signing.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(join(dir, 'signing.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  const other = generateKeyPairSync('ed25519').publicKey;
  writeFileSync(join(dir, 'other.pub'), other.export({ type: 'spki', format: 'pem' }));
  return dir;
}
