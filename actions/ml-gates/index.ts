import { runAction, runWrapper } from '@ml-gates/core/github';
import { ALL_GATES } from '@ml-gates/cli';

await runWrapper('ml-gates', () => runAction({ name: 'ml-gates', gates: ALL_GATES, mode: 'all' }));
