import { runAction, runWrapper } from '@ml-gates/core/github';
import { dataGate } from '@ml-gates/data-gate';

await runWrapper('data-gate', () => runAction({ name: 'data-gate', gates: [dataGate], mode: 'single' }));
