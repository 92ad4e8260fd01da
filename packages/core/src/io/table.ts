/**
 * The one streaming reader for tabular files of ml-gates: CSV/TSV, JSON Lines and Parquet, gzip or not, one
 * file or many shards, read in one pass into a `RowSink`. Memory stays flat: UTF-8 CSV is parsed at the byte
 * level (csv-bytes.ts), other encodings are decoded chunk by chunk and parsed by the same reader, JSON Lines line
 * by line, Parquet one row group at a time (hyparquet). Plain decimal numbers become numbers, the configured
 * null texts become `null`. Every malformed input becomes a `UserError` that names the file and the line (or
 * row group) and says how to fix it. What the columns mean (labels, scores, schemas) is the gates' business.
 *
 * @example
 *   await readTables([{ path: '/abs/train.csv', relPath: 'train.csv' }], {
 *     columns: (names) => console.log(names),
 *     row: (cells, pos) => console.log(pos.line, cells[0]),
 *   });
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { TextDecoder } from 'node:util';
import { extname } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import { UserError } from '../errors.js';
import { firstInvalidUtf8, parseCsvBytes } from './csv-bytes.js';
import { HashingFileBuffer, StreamDigest } from './digest.js';

export type Cell = string | number | boolean | null;
export type TableFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/** Where a row came from: file (report path) and its line (CSV/JSONL, 1-based, header = line 1) or row index. */
export interface RowPosition {
  file: string;
  /** 1-based data row number within the file. */
  row: number;
  /**
   * 1-based line of the file on which the record starts, for text formats (CSV in any encoding, JSON Lines).
   */
  line?: number;
}

/** Receives the rows. Either method may throw (e.g. a `UserError`) to stop reading; the error propagates. */
export interface RowSink {
  /** Called when new columns appear (header of the first file, new keys in JSON Lines...). Indexes only grow. */
  columns(all: readonly string[]): void;
  /**
   * One row; `cells[i]` belongs to column `i` (missing → null). The array is reused: copy what you keep.
   * `record` is the parsed object for JSON Lines and Parquet rows (nested values as they are).
   */
  row(cells: readonly Cell[], pos: RowPosition, record?: Record<string, unknown>): void;
}

export interface TableReadOptions {
  format?: TableFormat | 'auto';
  /** CSV field delimiter; detected when unset (tab for .tsv). */
  delimiter?: string;
  /** Text encoding (utf-8 by default; a UTF-16 byte-order mark is honoured). */
  encoding?: string;
  /** Cell texts read as missing values in CSV. */
  nullValues?: readonly string[];
  signal?: AbortSignal;
}

/** pandas' default `na_values`, so null counts agree with `read_csv`. */
export const DEFAULT_NULL_VALUES = [
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
];

export interface TableFile {
  /** Absolute path. */
  path: string;
  /** Path as reported. */
  relPath: string;
  /**
   * Parquet only: read just these row groups (0-based indexes, e.g. one shard's part of a file); row numbers
   * in positions stay those of the whole file.
   */
  rowGroups?: readonly number[];
}

export interface TableSummary {
  file: string;
  format: TableFormat;
  gzip: boolean;
  rows: number;
  /** Bytes read (as stored: a gzip file's compressed bytes). */
  bytes: number;
  /** sha256 (hex) of those bytes, computed on the read that was profiled (never a second read). */
  sha256: string;
}

/** Row groups of a Parquet file (for sharding by row-group ranges): rows and compressed bytes of each. */
export async function parquetRowGroups(path: string): Promise<{ rows: number; bytes: number }[]> {
  let metadata;
  try {
    metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
  } catch (error) {
    throw new UserError('input-invalid', `${path}: cannot read the Parquet footer: ${(error as Error).message}.`, {
      details: ['The file is corrupt or truncated; re-export it.'],
    });
  }
  return metadata.row_groups.map((g) => ({
    rows: Number(g.num_rows),
    bytes: g.columns.reduce((a, c) => a + Number(c.meta_data?.total_compressed_size ?? 0), 0),
  }));
}

/** Reads the files in order into one sink; columns are matched by name across shards. */
export async function readTables(
  files: readonly TableFile[],
  sink: RowSink,
  options: TableReadOptions = {},
): Promise<TableSummary[]> {
  const columns: string[] = [];
  const index = new Map<string, number>();
  const summaries: TableSummary[] = [];
  const mapColumns = (names: readonly string[]): number[] => {
    let grew = false;
    const mapping = names.map((n) => {
      let i = index.get(n);
      if (i === undefined) {
        i = columns.length;
        columns.push(n);
        index.set(n, i);
        grew = true;
      }
      return i;
    });
    if (grew) sink.columns(columns);
    return mapping;
  };
  for (const f of files) summaries.push(await readOne(f, mapColumns, () => columns.length, sink, options));
  return summaries;
}

async function sniff(path: string): Promise<{ head: Buffer; size: number; tail: Buffer }> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const head = Buffer.alloc(Math.min(8, size));
    await fh.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(4, size));
    await fh.read(tail, 0, tail.length, Math.max(0, size - 4));
    return { head, size, tail };
  } finally {
    await fh.close();
  }
}

function formatOf(relPath: string, head: Buffer, gzip: boolean, configured: TableReadOptions['format']): TableFormat {
  if (configured && configured !== 'auto') return configured;
  const name = relPath.toLowerCase().replace(/\.gz$/, '');
  const ext = extname(name);
  if (ext === '.parquet' || ext === '.pq') return 'parquet';
  if (ext === '.tsv' || ext === '.tab') return 'tsv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'parquet';
  if (head[0] === 0x7b) return 'jsonl';
  return 'csv';
}

async function readOne(
  f: TableFile,
  mapColumns: (names: readonly string[]) => number[],
  width: () => number,
  sink: RowSink,
  options: TableReadOptions,
): Promise<TableSummary> {
  let info;
  try {
    info = await sniff(f.path);
  } catch (error) {
    throw new UserError('input-unreadable', `Cannot read ${f.relPath}: ${(error as Error).message}`);
  }
  const gzip = info.head[0] === 0x1f && info.head[1] === 0x8b;
  // What is inside a gzip decides the path too: a UTF-16 byte-order mark, or a second gzip layer.
  const inner = gzip ? await decompressedHead(f.path) : info.head;
  if (gzip && inner[0] === 0x1f && inner[1] === 0x8b) {
    throw new UserError('input-invalid', `${f.relPath} is compressed twice (gzip inside gzip).`, {
      details: ['Decompress it once (gunzip) so one gzip layer is left, or none.'],
    });
  }
  const format = formatOf(f.relPath, inner, gzip, options.format);
  if (format !== 'parquet') refuseNonText(f.relPath, inner, gzip, options);
  if (info.size === 0) {
    throw new UserError('input-invalid', `${f.relPath} is empty (0 bytes).`, {
      details: [
        'A data file needs at least a header row (CSV/TSV) or one record (JSON Lines, Parquet); remove the file or the pattern that matched it.',
      ],
    });
  }
  if (format === 'parquet') {
    if (gzip)
      throw new UserError(
        'input-invalid',
        `${f.relPath}: gzip-compressed Parquet is not supported; Parquet compresses its own pages.`,
      );
    const { rows, bytes, sha256 } = await readParquet(f, info, mapColumns, width, sink);
    return { file: f.relPath, format, gzip, rows, bytes, sha256 };
  }
  // The digest of the bytes as stored, taken from the very stream that is parsed.
  const digest = new StreamDigest();
  let rows: number;
  if (format !== 'jsonl' && isUtf8Input(inner, options)) {
    rows = await readCsvBytes(f, byteStream(f, gzip, options, digest), format, mapColumns, width, sink, options);
  } else {
    const text = decodedStream(f, gzip, options, digest);
    // Other encodings are decoded, then parsed by the same byte-level reader as UTF-8 (as UTF-8 again): one
    // parser, so quoting, blank lines, mixed line ends and values mean the same in every encoding.
    rows =
      format === 'jsonl'
        ? await readJsonLines(f, text, mapColumns, width, sink)
        : await readCsvBytes(f, utf8Of(text), format, mapColumns, width, sink, options);
  }
  if (digest.bytes !== info.size) {
    // Fail closed: what was parsed is not the file that was opened (it grew, shrank or was cut short).
    throw new UserError(
      'input-unreadable',
      `${f.relPath}: ${digest.bytes} bytes were read but the file had ${info.size} when opened; it changed while it was read.`,
      { details: ['Do not write the dataset while the gate reads it; run the gate again on the finished file.'] },
    );
  }
  return { file: f.relPath, format, gzip, rows, bytes: digest.bytes, sha256: digest.hex() };
}

/** Signatures of compressed or archive formats the reader does not unpack (gzip is read; see `readOne`). */
const ARCHIVES: readonly [string, number[], string][] = [
  ['a zip archive', [0x50, 0x4b, 0x03, 0x04], 'unzip it'],
  ['an empty zip archive', [0x50, 0x4b, 0x05, 0x06], 'unzip it'],
  // "BZh", the block size digit, then the block magic 1AY&SY (-1: any byte).
  [
    'bzip2-compressed',
    [0x42, 0x5a, 0x68, -1, 0x31, 0x41, 0x59, 0x26],
    'decompress it (bunzip2) or recompress it with gzip',
  ],
  ['xz-compressed', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'decompress it (unxz) or recompress it with gzip'],
  ['zstd-compressed', [0x28, 0xb5, 0x2f, 0xfd], 'decompress it (unzstd) or recompress it with gzip'],
  ['a 7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'extract it'],
];

/**
 * Refuses content a text reader would misread without a word: an archive or another compression (read as one
 * column of garbage), or UTF-16/32 text without a byte-order mark read as UTF-8 (every character followed by a
 * NUL byte: the PII and secret scans would match nothing). `head` is the start of the content (inside a gzip).
 * A declared encoding other than UTF-8 is the user's word for what the bytes are, and is decoded as such.
 */
function refuseNonText(relPath: string, head: Buffer, gzip: boolean, options: TableReadOptions): void {
  for (const [what, magic, fix] of ARCHIVES) {
    if (head.length >= magic.length && magic.every((b, i) => b === -1 || head[i] === b)) {
      throw new UserError(
        'input-invalid',
        `${relPath} is ${what}${gzip ? ' inside gzip' : ''}, not ${options.format && options.format !== 'auto' ? options.format.toUpperCase() : 'CSV or JSON Lines'} text.`,
        {
          details: [
            `Data files are read as plain text or gzip-compressed text: ${fix} and point the dataset at the result.`,
          ],
        },
      );
    }
  }
  const enc = (options.encoding ?? 'utf-8').toLowerCase().replace('_', '-');
  if (enc !== 'utf-8' && enc !== 'utf8') return;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return;
  const nul = head.indexOf(0);
  // Bytes before the NUL that are not UTF-8 are reported as such by the reader, with their line.
  if (nul === -1 || firstInvalidUtf8(head, nul) < nul) return;
  let line = 1;
  for (let i = 0; i < nul; i++) if (head[i] === 0x0a) line++;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = head.length >> 1;
  const guess =
    odd === half && even === 0
      ? 'UTF-16 little-endian text without a byte-order mark; set the encoding option to utf-16le'
      : even === half && odd === 0
        ? 'UTF-16 big-endian text without a byte-order mark; set the encoding option to utf-16be'
        : 'binary data or UTF-32 text, not UTF-8; re-export it as UTF-8 (or set the encoding option)';
  throw new UserError(
    'input-invalid',
    `${relPath}: line ${line}: a NUL byte at offset ${nul}: this looks like ${guess.split(';')[0]}.`,
    { details: [`The reader expects UTF-8 text (a UTF-16 byte-order mark is honoured): ${guess.split('; ')[1]}.`] },
  );
}

/** The first bytes of a gzip file's content (empty when it cannot be inflated: the real read reports why). */
async function decompressedHead(path: string): Promise<Buffer> {
  const raw = createReadStream(path, { start: 0, end: (1 << 16) - 1 });
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  raw.pipe(gunzip);
  return new Promise((resolvePromise) => {
    const finish = (head: Buffer): void => {
      resolvePromise(head);
      raw.destroy();
      gunzip.destroy();
    };
    gunzip.once('data', (d: Buffer) => finish(Buffer.from(d.subarray(0, 8))));
    gunzip.once('error', () => finish(Buffer.alloc(0)));
    gunzip.once('end', () => finish(Buffer.alloc(0)));
  });
}

function isUtf8Input(head: Buffer, options: TableReadOptions): boolean {
  const enc = (options.encoding ?? 'utf-8').toLowerCase().replace('_', '-');
  if (enc !== 'utf-8' && enc !== 'utf8') return false;
  return !((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

function byteStream(f: TableFile, gzip: boolean, options: TableReadOptions, digest: StreamDigest): Readable {
  const raw = createReadStream(f.path, {
    highWaterMark: 1 << 16,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  digest.watch(raw);
  if (!gzip) {
    raw.on('error', () => {});
    return raw;
  }
  const gunzip = createGunzip({ chunkSize: 1 << 16 });
  const out = raw.pipe(gunzip);
  raw.on('error', (error: Error) => out.destroy(error));
  return out;
}

/** Decoded text as UTF-8 bytes again, for the byte-level CSV reader; destroying it destroys the text stream. */
function utf8Of(text: Readable): Readable {
  const out = Readable.from(
    (async function* () {
      for await (const s of text) yield Buffer.from(s as string, 'utf8');
    })(),
  );
  out.on('close', () => text.destroy());
  return out;
}

/** CSV/TSV parsed at the byte level from UTF-8 bytes (see csv-bytes.ts). */
async function readCsvBytes(
  f: TableFile,
  stream: Readable,
  format: TableFormat,
  mapColumns: (names: readonly string[]) => number[],
  width: () => number,
  sink: RowSink,
  options: TableReadOptions,
): Promise<number> {
  const nulls = new Set(options.nullValues ?? DEFAULT_NULL_VALUES);
  let mapping: number[] = [];
  let cells: Cell[] = [];
  let identity = true;
  let row = 0;
  const pos: RowPosition = { file: f.relPath, row: 0, line: 1 };
  try {
    await parseCsvBytes(
      stream as AsyncIterable<Buffer>,
      f.relPath,
      options.delimiter ?? (format === 'tsv' ? '\t' : undefined),
      nulls,
      {
        header(names) {
          const header = names.map((h, i) => (h === '' ? `column_${i + 1}` : h));
          const seen = new Set<string>();
          for (const h of header) {
            if (seen.has(h)) {
              throw new UserError('input-invalid', `${f.relPath}: line 1: column "${h}" appears twice in the header.`, {
                details: ['Rename one of the columns so every name is unique.'],
              });
            }
            seen.add(h);
          }
          mapping = mapColumns(header);
          identity = mapping.every((m, i) => m === i);
        },
        row(fields, count, line) {
          row++;
          const w = width();
          pos.row = row;
          pos.line = line;
          if (identity && count === w) {
            sink.row(fields, pos);
            return;
          }
          if (cells.length !== w) cells = new Array<Cell>(w).fill(null);
          for (let i = 0; i < count; i++) cells[mapping[i]!] = fields[i]!;
          sink.row(cells, pos);
        },
      },
    );
  } catch (error) {
    stream.destroy();
    if (error instanceof UserError) throw error;
    const message = (error as Error).message;
    if (/incorrect header check|unexpected end of file/i.test(message)) {
      throw new UserError('input-unreadable', `${f.relPath}: the gzip stream is corrupt or truncated (${message}).`);
    }
    throw new UserError('input-unreadable', `Cannot read ${f.relPath}: ${message}`);
  }
  return row;
}

/** Decodes bytes to text, failing on invalid sequences with the line where they occur. */
function decodedStream(f: TableFile, gzip: boolean, options: TableReadOptions, digest: StreamDigest): Readable {
  const raw = createReadStream(f.path, {
    highWaterMark: 1 << 16,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  digest.watch(raw);
  const bytes: Readable = gzip ? raw.pipe(createGunzip()) : raw;
  let decoder: TextDecoder | undefined;
  let line = 1;
  let first = true;
  const encoding = options.encoding ?? 'utf-8';
  const decode = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
      try {
        if (first) {
          first = false;
          let label = encoding;
          if (chunk[0] === 0xff && chunk[1] === 0xfe) label = 'utf-16le';
          else if (chunk[0] === 0xfe && chunk[1] === 0xff) label = 'utf-16be';
          try {
            decoder = new TextDecoder(label, { fatal: true });
          } catch {
            throw new UserError(
              'usage',
              `Unknown text encoding "${encoding}" for ${f.relPath}; use e.g. utf-8, latin1, utf-16le.`,
            );
          }
        }
        let text: string;
        try {
          text = decoder!.decode(chunk, { stream: true });
        } catch {
          const at = firstInvalidUtf8(chunk);
          const before = chunk.subarray(0, Math.max(at, 0));
          let l = line;
          for (let p = before.indexOf(10); p !== -1; p = before.indexOf(10, p + 1)) l++;
          throw new UserError(
            'input-invalid',
            `${f.relPath}: line ${l}: bytes are not valid ${decoder!.encoding} text.`,
            {
              details: [
                'Re-encode the file as UTF-8, or set the encoding option (e.g. "encoding: latin1") if that is what it uses.',
              ],
            },
          );
        }
        for (let p = chunk.indexOf(10); p !== -1; p = chunk.indexOf(10, p + 1)) line++;
        cb(null, text);
      } catch (error) {
        cb(error as Error);
      }
    },
    flush(cb: TransformCallback) {
      try {
        const rest = decoder?.decode() ?? '';
        cb(null, rest === '' ? undefined : rest);
      } catch {
        cb(
          new UserError('input-invalid', `${f.relPath}: line ${line}: the file ends inside a multi-byte character.`, {
            details: ['The file is truncated or not UTF-8; re-export it or set the encoding option.'],
          }),
        );
      }
    },
  });
  const onError = (error: Error): void => {
    const message = /incorrect header check|unexpected end of file/i.test(error.message)
      ? `${f.relPath}: the gzip stream is corrupt or truncated (${error.message}).`
      : `Cannot read ${f.relPath}: ${error.message}`;
    decode.destroy(new UserError('input-unreadable', message));
  };
  raw.on('error', onError);
  if (bytes !== raw) bytes.on('error', onError);
  return bytes.pipe(decode);
}

async function readJsonLines(
  f: TableFile,
  text: Readable,
  mapColumns: (names: readonly string[]) => number[],
  width: () => number,
  sink: RowSink,
): Promise<number> {
  const keyIndex = new Map<string, number>();
  let rest = '';
  let line = 0;
  let row = 0;
  const pos: RowPosition = { file: f.relPath, row: 0, line: 0 };
  const handle = (raw: string): void => {
    line++;
    const s = raw.trim();
    if (s === '') return;
    let value: unknown;
    try {
      // Integers beyond 2^53 (snowflake ids, 64-bit keys) keep their exact digits as text: doubles would merge
      // distinct ids. The reviver only runs on lines that hold a long digit run.
      value = parseJsonLine(s);
    } catch (error) {
      throw new UserError(
        'input-invalid',
        `${f.relPath}: line ${line}: not valid JSON (${(error as Error).message}).`,
        {
          details: ['JSON Lines files need one JSON object per line.'],
        },
      );
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new UserError(
        'input-invalid',
        `${f.relPath}: line ${line}: expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}.`,
        {
          details: ['JSON Lines files need one object per line ({"column": value, ...}).'],
        },
      );
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const fresh = keys.filter((k) => !keyIndex.has(k));
    if (fresh.length > 0) {
      const idx = mapColumns(fresh);
      fresh.forEach((k, i) => keyIndex.set(k, idx[i]!));
    }
    const cells = new Array<Cell>(width()).fill(null);
    for (const k of keys) cells[keyIndex.get(k)!] = toCell(record[k]);
    row++;
    pos.row = row;
    pos.line = line;
    sink.row(cells, pos, record);
  };
  for await (const chunk of text) {
    const s = rest + (chunk as string);
    let start = 0;
    for (let p = s.indexOf('\n'); p !== -1; p = s.indexOf('\n', start)) {
      handle(s.slice(start, p));
      start = p + 1;
    }
    rest = s.slice(start);
    if (rest.length > 64 << 20) {
      throw new UserError(
        'input-invalid',
        `${f.relPath}: line ${line + 1} is longer than 64 MiB; is this really JSON Lines?`,
      );
    }
  }
  if (rest.trim() !== '') handle(rest);
  if (row === 0) {
    throw new UserError('input-invalid', `${f.relPath} holds no JSON records.`, {
      details: ['Remove the empty file or the pattern that matched it.'],
    });
  }
  return row;
}

const LONG_DIGITS = /\d{16}/;

/**
 * One JSON Lines record. Integers beyond 2^53 (snowflake ids, 64-bit keys) keep their exact digits as text:
 * doubles would merge distinct ids (the reviver only runs on lines that hold a long digit run). A line that is
 * not JSON only because it holds Python's `NaN`, `Infinity` or `-Infinity` (what `json.dumps` writes for float
 * NaN and ±inf, and what pandas reads) is read with those as null and ±Infinity.
 */
function parseJsonLine(s: string): unknown {
  const parse = (t: string): unknown => (LONG_DIGITS.test(t) ? JSON.parse(t, keepLongIntegers) : JSON.parse(t));
  try {
    return parse(s);
  } catch (error) {
    const fixed = withoutPythonFloats(s);
    if (fixed === undefined) throw error;
    try {
      return parse(fixed);
    } catch {
      throw error;
    }
  }
}

/** `s` with bare NaN → null and [-]Infinity → [-]1e999 (outside strings), or undefined when it has none. */
function withoutPythonFloats(s: string): string | undefined {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x4e && s.startsWith('NaN', i)) {
      out += `${s.slice(from, i)}null`;
      from = i += 3;
      i--;
    } else if (c === 0x49 && s.startsWith('Infinity', i)) {
      out += `${s.slice(from, i)}1e999`;
      from = i += 8;
      i--;
    }
  }
  return from === 0 ? undefined : out + s.slice(from);
}
const INTEGER_LITERAL = /^-?\d+$/;

/** The source text of an integer literal a double cannot hold exactly (what `JSON.parse` would round), if so. */
const longInteger = (value: unknown, context?: { source?: string }): string | undefined =>
  typeof value === 'number' && !Number.isSafeInteger(value) && context?.source && INTEGER_LITERAL.test(context.source)
    ? context.source
    : undefined;

/** `JSON.parse` reviver: an integer literal a double cannot hold exactly is kept as its source text. */
function keepLongIntegers(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
  return longInteger(value, context) ?? value;
}

/** `JSON.parse` reviver: an integer literal a double cannot hold exactly becomes a BigInt. */
function longIntegersAsBigInt(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
  const source = longInteger(value, context);
  return source === undefined ? value : BigInt(source);
}

/**
 * `JSON.parse` with every integer literal a double cannot hold exactly as a BigInt, never rounded: for files
 * whose values are checked or compared with the data's by identity (schema files; then `bigintCell`).
 */
export function parseJsonExact(text: string): unknown {
  return JSON.parse(text, longIntegersAsBigInt as (key: string, value: unknown) => unknown);
}

/** A 64-bit integer as a cell: a number when a double holds it exactly, else its exact decimal text. */
export function bigintCell(v: bigint): number | string {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
}

/** JSON/Parquet value → cell: numbers stay numbers (±Infinity too), nested values become JSON text. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isNaN(v) ? null : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return bigintCell(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? bigintCell(x) : x));
}

async function readParquet(
  f: TableFile,
  info: { head: Buffer; size: number; tail: Buffer },
  mapColumns: (names: readonly string[]) => number[],
  width: () => number,
  sink: RowSink,
): Promise<{ rows: number; bytes: number; sha256: string }> {
  if (
    info.size < 12 ||
    info.head.subarray(0, 4).toString('latin1') !== 'PAR1' ||
    info.tail.toString('latin1') !== 'PAR1'
  ) {
    throw new UserError(
      'input-invalid',
      `${f.relPath} is not a Parquet file (the "PAR1" magic bytes are missing at its start or end).`,
      {
        details: [
          'The file may be truncated or in another format; set the format explicitly if the extension is misleading.',
        ],
      },
    );
  }
  let fh;
  try {
    fh = await open(f.path, 'r');
  } catch (error) {
    throw new UserError('input-unreadable', `Cannot read ${f.relPath}: ${(error as Error).message}`);
  }
  try {
    // One handle for every byte range, hashed as hyparquet reads them (the digest of the bytes profiled).
    const file = new HashingFileBuffer(fh, (await fh.stat()).size);
    const rows = await readParquetGroups(f, file, mapColumns, width, sink);
    let sha256: string;
    try {
      sha256 = await file.finish();
    } catch (error) {
      throw new UserError('input-unreadable', `Cannot read ${f.relPath}: ${(error as Error).message}`);
    }
    return { rows, bytes: file.byteLength, sha256 };
  } finally {
    await fh.close();
  }
}

async function readParquetGroups(
  f: TableFile,
  file: HashingFileBuffer,
  mapColumns: (names: readonly string[]) => number[],
  width: () => number,
  sink: RowSink,
): Promise<number> {
  let metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new UserError('input-invalid', `${f.relPath}: cannot read the Parquet footer: ${(error as Error).message}.`, {
      details: ['The file is corrupt or truncated; re-export it.'],
    });
  }
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const mapping = mapColumns(names);
  let rowStart = 0;
  const pos: RowPosition = { file: f.relPath, row: 0 };
  const only = f.rowGroups ? new Set(f.rowGroups) : undefined;
  let read = 0;
  for (const [g, group] of metadata.row_groups.entries()) {
    const n = Number(group.num_rows);
    if (only && !only.has(g)) {
      rowStart += n;
      continue;
    }
    read += n;
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file,
        metadata,
        rowStart,
        rowEnd: rowStart + n,
        rowFormat: 'array',
        onComplete: (r: unknown[][]) => {
          rows = r;
        },
      });
    } catch (error) {
      throw new UserError(
        'input-invalid',
        `${f.relPath}: row group ${g + 1} (rows ${rowStart + 1}–${rowStart + n}) cannot be read: ${(error as Error).message}.`,
        {
          details: ['The file is corrupt or uses an unsupported encoding; re-export it.'],
        },
      );
    }
    for (const [i, r] of rows.entries()) {
      const cells = new Array<Cell>(width()).fill(null);
      const record: Record<string, unknown> = {};
      for (let c = 0; c < names.length; c++) {
        const v = r[c];
        cells[mapping[c]!] = toCell(v);
        record[names[c]!] = typeof v === 'bigint' ? bigintCell(v) : v;
      }
      pos.row = rowStart + i + 1;
      sink.row(cells, pos, record);
    }
    rowStart += n;
  }
  return read;
}
