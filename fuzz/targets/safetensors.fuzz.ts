/** The safetensors header check (formats/safetensors.ts): JSON header, dtypes, shapes, data offsets. */
import { checkSafetensors } from '../../packages/model-scan/src/formats/safetensors.js';
import { bufferSource } from '../../packages/model-scan/src/source.js';
import { expectOnlyTypedErrors } from '../lib/oracle.js';
import { entry, type FuzzTarget } from '../lib/target.js';

export const target: FuzzTarget = {
  name: 'safetensors',
  parser: 'checkSafetensors (packages/model-scan/src/formats/safetensors.ts)',
  sync: false,
  seeds: (f) => (f.format === 'safetensors' ? [f.data] : []),
  async fuzz(data) {
    await expectOnlyTypedErrors(() => checkSafetensors(bufferSource(data), 1 << 20));
  },
};

export const fuzz = entry(target);
