/**
 * The format table: from a format (as detection names it) to its handler. Adding a format is one file under
 * formats/ exporting a `FormatHandler` and one line here; its title shows in `ml-gates scan --help`. Pickles are
 * not in the table: every stream is run through the pickle VM by scan.ts, whatever its format.
 */
import { detect, type Format } from '../detect.js';
import { ggufFormat } from './gguf.js';
import { hdf5Format } from './hdf5.js';
import { numpyFormat } from './numpy.js';
import { protobufFormat } from './protobuf-models.js';
import { safetensorsFormat } from './safetensors.js';
import { tarFormat } from './tar.js';
import { jsonFormat, textFormat } from './text.js';
import type { FormatHandler } from './types.js';
import { compressedFormats, joblibZfFormat, sevenZipFormat } from './wrappers.js';
import { zipFormat } from './zip.js';

export type { FormatHandler } from './types.js';

export const FORMATS: FormatHandler[] = [
  zipFormat,
  numpyFormat,
  safetensorsFormat,
  ggufFormat,
  hdf5Format,
  tarFormat,
  protobufFormat,
  jsonFormat,
  textFormat,
  joblibZfFormat,
  sevenZipFormat,
  ...compressedFormats,
];

/** The handler of `format`, or undefined (pickle, binary, empty: handled by scan.ts itself). */
export function handlerFor(format: string): FormatHandler | undefined {
  return FORMATS.find((h) => h.format === format);
}

/** The format of a stream from its first bytes: table entries with their own `detect` first, then detect.ts. */
export function detectFormat(head: Buffer, size: number): Format {
  if (size > 0 && head.length > 0) for (const h of FORMATS) if (h.detect?.(head, size)) return h.format as Format;
  return detect(head, size);
}

/** The formats the scanner reads, for help texts. */
export function formatTitles(): string {
  return ['pickle (protocols 0-5, PyTorch, joblib)', ...FORMATS.map((h) => h.title)].join(', ');
}
