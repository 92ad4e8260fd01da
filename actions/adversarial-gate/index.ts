import { runAction, runWrapper } from '@ml-gates/core/github';
import { adversarialGate } from '@ml-gates/adversarial-gate';

await runWrapper('adversarial-gate', () => runAction({ name: 'adversarial-gate', gates: [adversarialGate], mode: 'single' }));
