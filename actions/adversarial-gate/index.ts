import { runAction, runWrapper, withGitHub } from '@ml-gates/core/github';
import { adversarialGate } from '@ml-gates/adversarial-gate';

await runWrapper('adversarial-gate', () =>
  runAction(withGitHub({ name: 'adversarial-gate', gates: [adversarialGate], mode: 'single' })),
);
