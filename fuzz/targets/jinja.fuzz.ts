/** The chat-template checker (formats/jinja.ts checkTemplate over @huggingface/jinja's parser). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGguf } from '../../packages/model-scan/src/formats/gguf.js';
import { checkTemplate } from '../../packages/model-scan/src/formats/jinja.js';
import { bufferSource } from '../../packages/model-scan/src/source.js';
import { expectOnlyTypedErrorsSync } from '../lib/oracle.js';
import { entry, type FuzzTarget } from '../lib/target.js';

export const target: FuzzTarget = {
  name: 'jinja',
  parser: 'checkTemplate (packages/model-scan/src/formats/jinja.ts) and @huggingface/jinja',
  sync: true,
  instrument: ['node_modules/@huggingface/jinja/'],
  async seeds(f) {
    if (f.format === 'gguf') {
      try {
        return Object.values((await parseGguf(bufferSource(f.data))).templates).map((t) => Buffer.from(t));
      } catch {
        return [];
      }
    }
    if (f.format !== 'json') return [];
    try {
      const tpl = (JSON.parse(f.data.toString('utf8')) as { chat_template?: unknown }).chat_template;
      if (typeof tpl === 'string') return [Buffer.from(tpl)];
      if (Array.isArray(tpl))
        return tpl.flatMap((t: { template?: unknown }) =>
          typeof t?.template === 'string' ? [Buffer.from(t.template)] : [],
        );
    } catch {
      // not JSON
    }
    return [];
  },
  extraSeeds() {
    // the real chat templates and the SSTI payloads of test/fixtures/model-scan/chat-templates
    const dir = join(process.cwd(), 'test/fixtures/model-scan/chat-templates');
    try {
      const benign = readdirSync(join(dir, 'benign')).map((f) => readFileSync(join(dir, 'benign', f)));
      const { payloads } = JSON.parse(readFileSync(join(dir, 'ssti-payloads.json'), 'utf8')) as { payloads: string[] };
      return [...benign, ...payloads.map((p) => Buffer.from(p))];
    } catch {
      return [];
    }
  },
  fuzz(data) {
    expectOnlyTypedErrorsSync(() => checkTemplate(data.toString('utf8')));
  },
};

export const fuzz = entry(target);
