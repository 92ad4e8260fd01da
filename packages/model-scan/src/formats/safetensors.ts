/** safetensors: 8-byte header length, JSON header, tensor data exactly covered by the declared offsets. */
import type { Where } from '../findings.js';
import { FORMAT_HELP } from './help.js';
import type { FileScan } from '../scan.js';
import type { RandomSource } from '../source.js';
import type { FormatHandler } from './types.js';

export const DTYPE_SIZE: Record<string, number> = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  I64: 8,
  I32: 4,
  I16: 2,
  I8: 1,
  U64: 8,
  U32: 4,
  U16: 2,
  U8: 1,
  BOOL: 1,
  F8_E4M3: 1,
  F8_E5M2: 1,
  F8_E8M0: 1,
  C64: 8,
  C128: 16,
};
/** Sub-byte types: bits per element. */
const DTYPE_BITS: Record<string, number> = { F4: 4, F6_E2M3: 6, F6_E3M2: 6, I4: 4, U4: 4 };

export interface SafetensorsResult {
  /** `header`: the bytes are not a JSON header of the declared length (nothing in the file could be verified). */
  problems: { message: string; offset?: number; header?: boolean }[];
  metadata: Record<string, string>;
  tensors: number;
}

export async function checkSafetensors(src: RandomSource, maxHeader = 100 << 20): Promise<SafetensorsResult> {
  const problems: SafetensorsResult['problems'] = [];
  const out: SafetensorsResult = { problems, metadata: {}, tensors: 0 };
  const lenBuf = await src.read(0, 8);
  if (lenBuf.length < 8)
    return {
      ...out,
      problems: [
        {
          message: `an 8-byte header length, found ${lenBuf.length} byte(s) in the whole file`,
          offset: 0,
          header: true,
        },
      ],
    };
  const n = lenBuf.readBigUInt64LE(0);
  if (n > BigInt(src.size - 8)) {
    problems.push({
      message: `header length ${n} runs past the end of the ${src.size}-byte file`,
      offset: 0,
      header: true,
    });
    return out;
  }
  if (n > BigInt(maxHeader)) {
    problems.push({
      message: `header of ${n} bytes is larger than the ${maxHeader}-byte limit`,
      offset: 0,
      header: true,
    });
    return out;
  }
  const hlen = Number(n);
  const text = (await src.read(8, hlen)).toString('utf8');
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (error) {
    problems.push({ message: `header is not valid JSON (${(error as Error).message})`, offset: 8, header: true });
    return out;
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) {
    problems.push({ message: 'header is not a JSON object', offset: 8, header: true });
    return out;
  }
  const dataSize = src.size - 8 - hlen;
  /** Where the tensor data starts in the file: offsets in the header count from here. */
  const base = 8 + hlen;
  const spans: [number, number, string][] = [];
  for (const [name, t] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (
        t === null ||
        typeof t !== 'object' ||
        Array.isArray(t) ||
        Object.values(t).some((v) => typeof v !== 'string')
      ) {
        problems.push({ message: 'expected __metadata__ to map strings to strings, found other values', offset: 8 });
      } else out.metadata = t as Record<string, string>;
      continue;
    }
    out.tensors++;
    const info = t as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const shown = JSON.stringify(name).slice(0, 80);
    if (typeof info !== 'object' || info === null) {
      problems.push({
        message: `expected tensor ${shown} to be an object, found ${String(JSON.stringify(info)).slice(0, 80)}`,
        offset: 8,
      });
      continue;
    }
    const dtype = String(info.dtype);
    const size = DTYPE_SIZE[dtype];
    const bits = DTYPE_BITS[dtype];
    if (size === undefined && bits === undefined)
      problems.push({
        message: `expected tensor ${shown} to have a safetensors dtype, found ${JSON.stringify(info.dtype)}`,
        offset: 8,
      });
    if (!Array.isArray(info.shape) || info.shape.some((d) => !Number.isSafeInteger(d) || (d as number) < 0)) {
      problems.push({
        message: `expected tensor ${shown} to have a shape of non-negative integers, found ${String(JSON.stringify(info.shape)).slice(0, 80)}`,
        offset: 8,
      });
      continue;
    }
    const off = info.data_offsets;
    if (
      !Array.isArray(off) ||
      off.length !== 2 ||
      !off.every((x) => Number.isSafeInteger(x) && (x as number) >= 0) ||
      (off[0] as number) > (off[1] as number)
    ) {
      problems.push({
        message: `expected tensor ${shown} to have data_offsets [begin, end] with begin <= end, found ${String(JSON.stringify(off)).slice(0, 80)}`,
        offset: 8,
      });
      continue;
    }
    const [b, e] = off as [number, number];
    const elems = (info.shape as number[]).reduce((a, d) => a * BigInt(d), 1n);
    const want =
      size !== undefined ? elems * BigInt(size) : bits !== undefined ? (elems * BigInt(bits) + 7n) / 8n : -1n;
    if (want >= 0n && want !== BigInt(e - b)) {
      problems.push({
        message: `expected tensor ${shown} to span ${want} bytes (its shape and dtype), found data_offsets spanning ${e - b}`,
        offset: base + b,
      });
    }
    if (e > dataSize)
      problems.push({
        message: `expected tensor ${shown} to end within the ${dataSize} bytes of data, found it ending at ${e}`,
        offset: base + Math.min(b, dataSize),
      });
    spans.push([b, e, shown]);
  }
  coverage(spans, dataSize, base, problems);
  return out;
}

/** The tensors' byte ranges must cover the data exactly: no overlap, no gap, nothing after the last one. */
function coverage(
  spans: [number, number, string][],
  dataSize: number,
  base: number,
  problems: SafetensorsResult['problems'],
): void {
  spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let cursor = 0;
  for (const [b, e, shown] of spans) {
    if (b < cursor)
      problems.push({
        message: `expected tensor ${shown} to start where the previous one ends (${cursor}), found it starting at ${b}: the tensors overlap`,
        offset: base + b,
      });
    else if (b > cursor)
      problems.push({
        message: `expected tensor ${shown} to start where the previous one ends (${cursor}), found it starting at ${b}: ${b - cursor} bytes belong to no tensor`,
        offset: base + cursor,
      });
    cursor = Math.max(cursor, e);
    if (problems.length > 50) break;
  }
  if (cursor < dataSize)
    problems.push({
      message: `expected the data to end with the last tensor (at ${cursor}), found ${dataSize - cursor} more bytes that belong to no tensor`,
      offset: base + cursor,
    });
}

// ---- the format table entry --------------------------------------------------------------------------------
export const safetensorsFormat: FormatHandler = {
  format: 'safetensors',
  title: 'safetensors',
  scan: (scan, src, where) => scanSafetensors(scan, src, where),
};

export async function scanSafetensors(scan: FileScan, src: RandomSource, where: Where): Promise<void> {
  const res = await checkSafetensors(src);
  for (const p of res.problems.slice(0, 50)) {
    // a header that is not a JSON object of the declared length: nothing about the file could be verified
    if (p.header) scan.malformed('safetensors', `a JSON header, found: ${p.message}`, where, p.offset);
    else
      scan.add(
        'formats',
        'formats.safetensors-invalid',
        'high',
        `safetensors ${p.message}`,
        where,
        p.offset,
        FORMAT_HELP,
      );
  }
  for (const [k, v] of Object.entries(res.metadata)) scan.secrets(`${k}=${v}`, where, '__metadata__');
}
