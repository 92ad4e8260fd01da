/** The GGUF header, metadata and tensor-info parser (formats/gguf.ts), then its chat templates, as the scanner does. */
import { checkTemplate } from '../../packages/model-scan/src/formats/jinja.js';
import { parseGguf } from '../../packages/model-scan/src/formats/gguf.js';
import { bufferSource } from '../../packages/model-scan/src/source.js';
import { expectOnlyTypedErrors } from '../lib/oracle.js';
import { entry, type FuzzTarget } from '../lib/target.js';

export const target: FuzzTarget = {
  name: 'gguf',
  parser: 'parseGguf + checkTemplate of its chat templates (packages/model-scan/src/formats/gguf.ts)',
  sync: false,
  seeds: (f) => (f.format === 'gguf' ? [f.data] : []),
  async fuzz(data) {
    await expectOnlyTypedErrors(async () => {
      const res = await parseGguf(bufferSource(data));
      for (const t of Object.values(res.templates)) checkTemplate(t);
    });
  },
};

export const fuzz = entry(target);
