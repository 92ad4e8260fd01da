/** GGUF v1-v3: header, metadata key/values and tensor infos, with bounds on every length. */
import { inner, LimitError, ScanError, type Where } from '../findings.js';
import type { FileScan } from '../scan.js';
import { Reader, type RandomSource } from '../source.js';
import type { FormatHandler } from './types.js';

export interface GgufResult {
  version: number;
  /** Chat templates by metadata key. */
  templates: Record<string, string>;
  /** Short string values (for the secrets check). */
  strings: string[];
  problems: { message: string; offset?: number }[];
}

const MAX_STRING = 64 << 20;
const MAX_ARRAY = 1 << 24;
const MAX_KV = 1 << 20;

export async function parseGguf(src: RandomSource): Promise<GgufResult> {
  const r = new Reader(src, 0);
  const res: GgufResult = { version: 0, templates: {}, strings: [], problems: [] };
  await r.need(4);
  res.version = await r.u32();
  if (res.version < 1 || res.version > 3)
    // llama.cpp and the gguf package refuse any other version: nothing after the magic was verified
    throw new ScanError(`version ${res.version} after the magic, where readers accept 1 to 3`, 4);
  const v1 = res.version === 1;
  const count = async (what: string, max: number): Promise<number> => {
    const at = r.pos;
    const n = v1 ? BigInt(await r.u32()) : await r.u64();
    if (n > BigInt(max)) throw new RangeError(`${what} of ${n} at offset ${at} exceeds the limit of ${max}`);
    return Number(n);
  };
  const str = async (keep: boolean): Promise<string | undefined> => {
    const n = await count('string length', MAX_STRING);
    if (!keep || n > 1 << 20) {
      r.skip(n);
      return undefined;
    }
    return (await r.need(n)).toString('utf8');
  };
  const tensors = await count('tensor count', 1 << 24);
  const kvs = await count('metadata count', MAX_KV);
  const SIZES: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
  const value = async (type: number, keep: boolean, depth: number): Promise<string | undefined> => {
    if (type === 8) return str(keep);
    if (type === 9) {
      if (depth > 4) throw new RangeError('arrays nested more than 4 deep');
      const at = r.pos;
      const et = await r.u32();
      const n = await count('array length', MAX_ARRAY);
      const sz = SIZES[et];
      if (sz !== undefined) r.skip(n * sz);
      else if (et === 8 || et === 9) for (let i = 0; i < n; i++) await value(et, false, depth + 1);
      else throw new RangeError(`unknown array element type ${et} at offset ${at}`);
      return undefined;
    }
    const sz = SIZES[type];
    if (sz === undefined) throw new RangeError(`unknown value type ${type} at offset ${r.pos - 4}`);
    r.skip(sz);
    return undefined;
  };
  for (let i = 0; i < kvs; i++) {
    const key = (await str(true)) ?? '';
    const type = await r.u32();
    const isTemplate = key.startsWith('tokenizer.chat_template');
    const v = await value(type, true, 0);
    if (v !== undefined) {
      if (isTemplate) {
        // a duplicate key: readers disagree on which value wins, so every value is checked
        let k = key;
        for (let n = 2; Object.hasOwn(res.templates, k); n++) k = `${key} [duplicate ${n}]`;
        res.templates[k] = v;
      } else if (v.length <= 4096 && res.strings.length < 10_000) res.strings.push(v);
    } else if (isTemplate && type === 8) {
      res.problems.push({ message: `${key} is larger than 1 MiB` });
    }
  }
  for (let i = 0; i < tensors; i++) {
    await str(false);
    const dims = await r.u32();
    if (dims > 8) throw new RangeError(`tensor ${i} has ${dims} dimensions`);
    for (let d = 0; d < dims; d++) r.skip(v1 ? 4 : 8);
    await r.u32();
    const off = await r.u64();
    if (off > BigInt(src.size))
      res.problems.push({ message: `tensor ${i} data offset ${off} is past the end of the file` });
  }
  return res;
}

// ---- the format table entry --------------------------------------------------------------------------------
export const ggufFormat: FormatHandler = {
  format: 'gguf',
  title: 'GGUF (chat templates)',
  scan: (scan, src, where) => scanGguf(scan, src, where),
};

export async function scanGguf(scan: FileScan, src: RandomSource, where: Where): Promise<void> {
  let res;
  try {
    res = await parseGguf(src);
  } catch (error) {
    if (error instanceof RangeError || (error instanceof ScanError && !(error instanceof LimitError)))
      return scan.malformed(
        'GGUF',
        `a complete GGUF file, found: ${error.message}`,
        where,
        (error as ScanError).offset,
      );
    throw error;
  }
  for (const p of res.problems)
    scan.add('formats', 'formats.gguf-invalid', 'medium', `GGUF ${p.message}`, where, p.offset);
  for (const [k, t] of Object.entries(res.templates)) scan.template(t, inner(where, k));
  for (const s of res.strings) scan.secrets(s, where, 'GGUF metadata');
}
