import { runAction, runWrapper } from '@ml-gates/core/github';
import { performanceGate } from '@ml-gates/performance-gate';

await runWrapper('performance-gate', () => runAction({ name: 'performance-gate', gates: [performanceGate], mode: 'single' }));
