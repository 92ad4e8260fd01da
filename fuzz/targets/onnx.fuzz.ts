/**
 * The protobuf walker behind the ONNX and TensorFlow checks (formats/protobuf.ts, formats/onnx.ts):
 * checkTfGraph, then checkOnnx with the model placed in a scratch directory next to a real external-data
 * file, so the external-data path checks (missing, outside the folder, range past the end) run too.
 * Jazzer's path-traversal detector is off for this target: resolving a model's external-data locations
 * (including `..` ones) to report them is what the check is for; it only stats them, never reads them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOnnx, checkTfGraph } from '../../packages/model-scan/src/formats/onnx.js';
import { bufferSource } from '../../packages/model-scan/src/source.js';
import { expectOnlyTypedErrors } from '../lib/oracle.js';
import { scratchDir } from '../lib/temp.js';
import { entry, type FuzzTarget } from '../lib/target.js';

let modelPath: string | undefined;

export const target: FuzzTarget = {
  name: 'onnx',
  parser: 'checkTfGraph + checkOnnx over the protobuf walker (packages/model-scan/src/formats/onnx.ts, protobuf.ts)',
  sync: false,
  seeds: (f) => (f.format === 'protobuf' ? [f.data] : []),
  disableBugDetectors: ['path-traversal'],
  async fuzz(data) {
    if (!modelPath) {
      modelPath = join(scratchDir(), 'model.onnx');
      writeFileSync(join(scratchDir(), 'weights.bin'), Buffer.alloc(4096, 1));
    }
    const src = bufferSource(data);
    await expectOnlyTypedErrors(() => checkTfGraph(src));
    await expectOnlyTypedErrors(() => checkOnnx(src, { filePath: modelPath }));
  },
};

export const fuzz = entry(target);
