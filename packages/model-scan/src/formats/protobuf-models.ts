/**
 * ONNX and TensorFlow (SavedModel / GraphDef) protobufs: external data paths, custom operator domains, file and
 * Python ops, metadata secrets.
 */
import type { Where } from '../findings.js';
import { ONNX_HELP, TF_HELP } from './help.js';
import type { FileScan, Hints } from '../scan.js';
import type { RandomSource } from '../source.js';
import { checkOnnx, checkTfGraph } from './onnx.js';
import type { FormatHandler } from './types.js';

export const protobufFormat: FormatHandler = {
  format: 'protobuf',
  title: 'ONNX, TensorFlow SavedModel',
  scan: (scan, src, where, _depth, hints) => scanProtobuf(scan, src, where, hints),
};

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
    scan.formats.add('onnx');
    const res = await checkOnnx(src, hints.filePath ? { filePath: hints.filePath } : {});
    for (const i of res.issues.slice(0, 100))
      scan.add('formats', i.rule, i.severity, i.message, where, i.offset, ONNX_HELP);
    for (const t of res.texts) scan.secrets(t, where, 'ONNX metadata');
    return;
  }
  const tf = await checkTfGraph(src);
  if (tf.isTf) scan.formats.add('tf-savedmodel');
  for (const i of tf.issues.slice(0, 50)) scan.add('formats', i.rule, i.severity, i.message, where, i.offset, TF_HELP);
}
