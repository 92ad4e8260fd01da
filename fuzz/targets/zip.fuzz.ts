/**
 * The zip central-directory reader (archive/zip.ts: findEocd, readZip with local headers, unsafeMemberName)
 * and raw inflate of the first deflated members (compress.ts inflateRaw), as the scanner drives them.
 */
import { readZip, unsafeMemberName } from '../../packages/model-scan/src/archive/zip.js';
import { inflateRaw } from '../../packages/model-scan/src/compress.js';
import { bufferSource, streamOf } from '../../packages/model-scan/src/source.js';
import { expectOnlyTypedErrors } from '../lib/oracle.js';
import { entry, type FuzzTarget } from '../lib/target.js';

export const target: FuzzTarget = {
  name: 'zip',
  parser: 'readZip + local headers + inflateRaw (packages/model-scan/src/archive/zip.ts, compress.ts)',
  sync: false,
  seeds: (f) => (f.format === 'zip' ? [f.data] : []),
  async fuzz(data) {
    const src = bufferSource(data);
    await expectOnlyTypedErrors(async () => {
      const dir = await readZip(src, 10_000);
      let inflated = 0;
      for (const e of dir.entries) {
        unsafeMemberName(e.name);
        if (e.method !== 8 || e.dataOffset < 0 || inflated >= 4) continue;
        inflated++;
        await expectOnlyTypedErrors(async () => {
          for await (const _ of inflateRaw(streamOf(src.slice(e.dataOffset, e.csize), 4096), 1 << 20));
        });
      }
    });
  },
};

export const fuzz = entry(target);
