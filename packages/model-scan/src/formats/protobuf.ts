/**
 * A minimal protobuf wire-format walker over a random-access source: it visits the fields of a message in
 * a byte range and descends only into the sub-messages asked for, skipping large payloads (tensor data).
 * Used for ONNX `ModelProto` and TensorFlow `SavedModel`/`GraphDef`.
 */
import { ScanError } from '../findings.js';
import { Reader, type RandomSource } from '../source.js';

export interface PbField {
  field: number;
  wire: number;
  /** Varint / fixed value. */
  num?: number;
  /** Length-delimited payload: absolute offset and length. */
  off?: number;
  len?: number;
}

async function varint(r: Reader): Promise<number> {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    const b = await r.u8();
    v += (b & 0x7f) * mul;
    mul *= 128;
    if ((b & 0x80) === 0) return v;
  }
  throw new ScanError(`varint longer than 10 bytes at offset ${r.pos}`);
}

/** Iterates the fields of the message in `[start, end)`. */
export async function* fields(src: RandomSource, start: number, end: number): AsyncGenerator<PbField> {
  const r = new Reader(src, start);
  while (r.pos < end) {
    const tag = await varint(r);
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field === 0) throw new ScanError(`protobuf field number 0 at offset ${r.pos}`);
    if (wire === 0) yield { field, wire, num: await varint(r) };
    else if (wire === 1) {
      r.skip(8);
      yield { field, wire };
    } else if (wire === 5) {
      r.skip(4);
      yield { field, wire };
    } else if (wire === 2) {
      const len = await varint(r);
      const off = r.pos;
      if (off + len > end)
        throw new ScanError(`protobuf field ${field} at offset ${off} runs ${off + len - end} bytes past its message`);
      r.skip(len);
      yield { field, wire, off, len };
    } else throw new ScanError(`protobuf wire type ${wire} at offset ${r.pos} is not supported`);
  }
}

export async function str(src: RandomSource, f: PbField, max = 1 << 20): Promise<string> {
  if (f.off === undefined || f.len === undefined) return '';
  return (await src.read(f.off, Math.min(f.len, max))).toString('utf8');
}
