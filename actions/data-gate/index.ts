import { runAction, runWrapper, withGitHub } from '@ml-gates/core/github';
import { dataGate } from '@ml-gates/data-gate';

await runWrapper('data-gate', () => runAction(withGitHub({ name: 'data-gate', gates: [dataGate], mode: 'single' })));
