import { runAction, runWrapper, withGitHub } from '@ml-gates/core/github';
import { modelScanGate } from '@ml-gates/model-scan';

await runWrapper('model-scan', () =>
  runAction(withGitHub({ name: 'model-scan', gates: [modelScanGate], mode: 'single' })),
);
