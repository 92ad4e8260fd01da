import { runAction, runWrapper, withGitHub } from '@ml-gates/core/github';
import { performanceGate } from '@ml-gates/performance-gate';

await runWrapper('performance-gate', () =>
  runAction(withGitHub({ name: 'performance-gate', gates: [performanceGate], mode: 'single' })),
);
