/**
 * ONNX and TensorFlow (SavedModel / GraphDef) protobufs: external data paths, custom operator domains, file and
 * Python ops, metadata secrets.
 */
import { ScanError, type Where } from '../findings.js';
import { ONNX_HELP, TF_HELP } from './help.js';
import type { FileScan, Hints } from '../scan.js';
import type { RandomSource } from '../source.js';
import { checkOnnx, checkTfGraph } from './onnx.js';
import type { FormatHandler } from './types.js';

/** Names whose bytes claim to be an ONNX or TensorFlow protobuf. */
const CLAIMS_PROTOBUF = /\.(onnx|pb|pbtxt|ort)$/i;

export const protobufFormat: FormatHandler = {
  format: 'protobuf',
  title: 'ONNX, TensorFlow SavedModel',
  scan: (scan, src, where, _depth, hints) => scanProtobuf(scan, src, where, hints),
};

/**
 * A protobuf parse that failed. Two bytes made this a protobuf guess: tensor data in a torch zip (`archive/data/0`)
 * often starts like one. Only a name that claims ONNX or TensorFlow makes the failure a finding (rethrown, judged
 * as the malformed model it claims to be); other bytes were run through the pickle VM already and are judged as
 * the unrecognised bytes they are.
 */
function failedGuess(error: unknown, scan: FileScan, where: Where, hints: Hints): void {
  if (!(error instanceof ScanError) || CLAIMS_PROTOBUF.test(hints.name ?? '')) throw error;
  scan.unrecognised(
    hints,
    where,
    `bytes that start like a protobuf message but do not parse as one (${error.message})`,
  );
}

export async function scanProtobuf(scan: FileScan, src: RandomSource, where: Where, hints: Hints): Promise<void> {
  const head = await src.read(0, 2);
  if (head[0] === 0x08) {
    // Not a TensorFlow graph (ONNX starts with the same tag): the ONNX parser and the pickle probe still run.
    // eslint-disable-next-line no-restricted-syntax -- a parse failure here only means "some other protobuf"
    const tf = await checkTfGraph(src).catch(() => undefined);
    if (tf?.isTf) {
      scan.formats.add('tf-savedmodel');
      for (const i of tf.issues.slice(0, 50))
        scan.add('formats', i.rule, i.severity, i.message, where, i.offset, TF_HELP);
      return;
    }
    let res: Awaited<ReturnType<typeof checkOnnx>>;
    try {
      res = await checkOnnx(src, hints.filePath ? { filePath: hints.filePath } : {});
    } catch (error) {
      failedGuess(error, scan, where, hints);
      return;
    }
    scan.formats.add('onnx');
    for (const i of res.issues.slice(0, 100))
      scan.add('formats', i.rule, i.severity, i.message, where, i.offset, ONNX_HELP);
    for (const t of res.texts) scan.secrets(t, where, 'ONNX metadata');
    return;
  }
  let tf: Awaited<ReturnType<typeof checkTfGraph>>;
  try {
    tf = await checkTfGraph(src);
  } catch (error) {
    failedGuess(error, scan, where, hints);
    return;
  }
  if (tf.isTf) scan.formats.add('tf-savedmodel');
  for (const i of tf.issues.slice(0, 50)) scan.add('formats', i.rule, i.severity, i.message, where, i.offset, TF_HELP);
}
