import { runAction, runWrapper } from '@ml-gates/core/github';
import { modelScanGate } from '@ml-gates/model-scan';

await runWrapper('model-scan', () => runAction({ name: 'model-scan', gates: [modelScanGate], mode: 'single' }));
