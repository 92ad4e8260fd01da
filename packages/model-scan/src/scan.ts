/**
 * Scans one file: detects each stream's format from its bytes, unwraps archives and compressed wrappers,
 * runs the pickle VM and the format checks, and turns every parse error, limit or timeout into a finding
 * while keeping the findings already made. Never loads or executes anything it reads.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { crc32 } from 'node:zlib';
import { findSecrets, secretRuleId, type Severity } from '@ml-gates/core';
import { findEocd, readZip, unsafeMemberName, type ZipEntry } from './archive/zip.js';
import { decompress, inflateRaw } from './compress.js';
import { DigestTap, type FileDigests } from './digests.js';
import { COMPRESSED, decodeJsonBytes, detect, type Format } from './detect.js';
import {
  FindingSink,
  inner,
  LimitError,
  locate,
  ScanError,
  type CheckId,
  type TaggedFinding,
  type Where,
} from './findings.js';
import { checkSafetensors } from './formats/safetensors.js';
import { readRootAttributes } from './formats/hdf5.js';
import { LiteralError, parseNpyHeader, type NpyHeader } from './formats/npy.js';
import { parseGguf } from './formats/gguf.js';
import { checkTemplate } from './formats/jinja.js';
import { checkKerasConfig, isKerasConfig } from './formats/keras.js';
import { checkOnnx, checkTfGraph } from './formats/onnx.js';
import { GlobalPolicy } from './pickle/policy.js';
import { DEFAULT_PICKLE_LIMITS, isOpcode, PickleError, PickleVM, type PickleLimits } from './pickle/vm.js';
import { bufferSource, CHUNK, collect, fileSource, peek, Reader, streamOf, type RandomSource } from './source.js';

export interface ScanLimits {
  /** Archive / wrapper nesting depth. */
  maxDepth: number;
  /** Entries per archive. */
  maxMembers: number;
  /** Bytes decompressed per file, across all members and wrappers. */
  maxInflateBytes: number;
  /** Declared uncompressed/compressed ratio above which a member is a decompression bomb. */
  bombRatio: number;
  /** Largest member or wrapper buffered in memory when its format needs random access. */
  maxBufferedBytes: number;
  /** Time budget per file, in seconds. */
  timeoutSeconds: number;
  /** Nested pickles scanned per file. */
  maxNested: number;
  pickle: PickleLimits;
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxDepth: 8,
  maxMembers: 100_000,
  maxInflateBytes: 32 * 2 ** 30,
  bombRatio: 200,
  maxBufferedBytes: 256 << 20,
  timeoutSeconds: 600,
  maxNested: 64,
  pickle: DEFAULT_PICKLE_LIMITS,
};

export interface ScanOptions {
  policy: GlobalPolicy;
  limits: ScanLimits;
  hash: boolean;
  signal?: AbortSignal;
  /** Where the file's SHA-256 is recorded for the other checks of the run (computed once, issue 20). */
  digests?: FileDigests;
}

export interface FileReport {
  path: string;
  size: number;
  sha256?: string;
  /** Format of the file itself, from its bytes. */
  format: Format;
  /** Every format met inside (members, wrappers, nested pickles). */
  formats: string[];
  findings: TaggedFinding[];
  /** Findings dropped past the per-file cap. */
  dropped: number;
  pickles: number;
  opcodes: number;
  members: number;
  imports: string[];
  durationMs: number;
}

const HEAD = 4096;

let gcTuned = false;
/**
 * Turns off V8's allocation-site pretenuring for this process. The first 65,536 memo entries of a pickle are
 * kept, so V8 sees the VM's tuples and dicts survive, decides that their allocation sites make long-lived
 * objects and allocates every later one directly in the old generation, where they pile up as garbage until
 * a full collection: on an opcode-dense 120 MiB pickle peak RSS went to 360-530 MB. Without pretenuring
 * they die young: 165 MB, and 20% faster. Process-wide and harmless for the other gates.
 */
function tuneGc(): void {
  if (gcTuned) return;
  gcTuned = true;
  setFlagsFromString('--no-allocation-site-pretenuring');
}

/** Scans the file at `abs`, reported as `rel`. Never throws for a problem with the file's contents. */
export async function scanFile(abs: string, rel: string, size: number, opts: ScanOptions): Promise<FileReport> {
  tuneGc();
  const started = Date.now();
  const scan = new FileScan(opts, { path: rel, members: [] });
  const fh = await open(abs, 'r');
  let format: Format = 'binary';
  let sha256: string | undefined;
  try {
    // the scan's own reads feed the digest; `finish` reads only what the scan did not (issue 20)
    const tap = opts.hash ? new DigestTap(fh, size) : undefined;
    const src = fileSource(fh, size, 0, tap);
    await scan.guard(scan.where, async () => {
      const external = /\.bin$/i.test(abs) && (await namedAsExternalData(abs));
      format = await scan.random(src, scan.where, 0, { filePath: abs, name: rel, external });
    });
    if (tap) sha256 = await digestOf(tap, abs, scan, opts);
  } finally {
    await fh.close();
  }
  return {
    path: rel,
    size,
    ...(sha256 ? { sha256 } : {}),
    format,
    formats: [...scan.formats],
    findings: scan.sink.findings,
    dropped: scan.sink.dropped,
    pickles: scan.pickles,
    opcodes: scan.opcodes,
    members: scan.members,
    imports: [...scan.imports].slice(0, 200),
    durationMs: Date.now() - started,
  };
}

/** Completes the digest of a scanned file; one that cannot be computed is a finding, never silently absent. */
async function digestOf(tap: DigestTap, abs: string, scan: FileScan, opts: ScanOptions): Promise<string | undefined> {
  try {
    const hex = await tap.finish(opts.signal);
    opts.digests?.record(abs, hex);
    return hex;
  } catch (error) {
    scan.add(
      'coverage',
      'scan.unreadable',
      'high',
      `the file could not be hashed (SHA-256): ${(error as Error).message}`,
      scan.where,
      undefined,
      UNSCANNABLE_HELP,
    );
    return undefined;
  }
}

interface Hints {
  /** The file on disk (for ONNX external data). */
  filePath?: string;
  /** Archive member name, used only to add checks (never to skip). */
  name?: string;
  /** A `.bin` named as external data by a model beside it. */
  external?: boolean;
}

export class FileScan {
  readonly sink = new FindingSink();
  readonly formats = new Set<string>();
  readonly imports = new Set<string>();
  pickles = 0;
  opcodes = 0;
  members = 0;
  private inflated = 0;
  private nested = 0;
  private readonly deadline: number;

  constructor(
    private readonly opts: ScanOptions,
    readonly where: Where,
  ) {
    this.deadline = Date.now() + opts.limits.timeoutSeconds * 1000;
  }

  add(
    check: CheckId,
    rule: string,
    severity: Severity,
    message: string,
    where: Where,
    offset?: number,
    help?: string,
  ): void {
    this.sink.add(check, rule, severity, message, locate(where, offset), help);
  }

  tick(): void {
    if (Date.now() > this.deadline)
      throw new LimitError(`time budget of ${this.opts.limits.timeoutSeconds} s exceeded`);
    if (this.opts.signal?.aborted) throw new LimitError('the scan was cancelled');
  }

  /** Runs `fn`; a parse error or limit becomes a finding, the findings made so far stay. */
  async guard(where: Where, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      const e = error as Error;
      const offset = error instanceof ScanError || error instanceof PickleError ? error.offset : undefined;
      if (error instanceof LimitError) {
        this.add(
          'coverage',
          'scan.limit',
          'high',
          `scan stopped: ${e.message}; the rest of this ${where.members.length > 0 ? 'member' : 'file'} was not checked`,
          where,
          offset,
          LIMIT_HELP,
        );
      } else if (
        error instanceof ScanError ||
        error instanceof PickleError ||
        error instanceof RangeError ||
        error instanceof SyntaxError
      ) {
        this.add(
          'coverage',
          'scan.unscannable',
          'high',
          `could not be fully parsed: ${e.message}`,
          where,
          offset,
          UNSCANNABLE_HELP,
        );
      } else {
        this.add(
          'coverage',
          'scan.unscannable',
          'high',
          `scanner failed on this input: ${e.message}`,
          where,
          offset,
          UNSCANNABLE_HELP,
        );
      }
    }
  }

  // ---- dispatch -----------------------------------------------------------------------------------------
  /**
   * Scans a random-access stream. Detection only picks the parser to try first: unless the bytes parse
   * completely as a format that cannot run code, the stream is also run through the pickle VM from offset 0
   * (`pickle.load` reads from the start whatever signatures sit further in), and a stream the loaders read as
   * a pickle (by name or place) that does not parse as one is a finding.
   */
  async random(src: RandomSource, where: Where, depth: number, hints: Hints = {}): Promise<Format> {
    this.tick();
    if (depth > this.opts.limits.maxDepth)
      throw new LimitError(`archives and wrappers nested more than ${this.opts.limits.maxDepth} deep`);
    const head = await src.read(0, HEAD);
    const format = detect(head, src.size);
    this.formats.add(format);
    const byName = pickleByName(hints.name, head[0], hints.external);
    if (format === 'pickle' || (byName && UNPARSED.has(format))) {
      const why = format === 'pickle' ? `its first bytes (${hex(head, 0, 2)}) start a pickle` : byName!;
      const res = await this.pickleStream(streamOf(src, CHUNK, true), where, depth, why, src.size, src);
      await this.zipAfterPickle(src, where, depth, format, res.accepted ? res.end : -1);
      return format;
    }
    if (format === 'empty') {
      this.emptyModelFile(hints, where, 'file');
      return format;
    }
    // every other stream is also tried as a pickle from offset 0 (polyglots, pickles that detection misses)
    const probe = await this.pickleStream(probeChunks(src), where, depth, undefined, src.size, src);
    const asPickle = probe.accepted;
    if (asPickle && format !== 'binary' && format !== 'text') {
      this.add(
        'archive',
        'archive.polyglot',
        'critical',
        `the bytes are a pickle from offset 0 to ${probe.end} and also look like ${format}: pickle.load runs the pickle while ${format} tools see something else`,
        where,
        0,
        POLYGLOT_HELP,
      );
    }
    switch (format) {
      case 'zip':
        await this.zip(src, where, depth);
        break;
      case 'numpy':
        await this.numpy(src, where, depth);
        break;
      case 'safetensors':
        await this.safetensors(src, where);
        break;
      case 'gguf':
        await this.gguf(src, where);
        break;
      case 'hdf5':
        await this.hdf5(src, where);
        break;
      case 'tar':
        await this.tar(src, where, depth);
        break;
      case 'joblib-zf':
        await this.stream(
          decompress('zlib', streamOf(src.slice(ZF_HEADER, src.size - ZF_HEADER)), this.inflateBudget()),
          inner(where, '(joblib ZF zlib)'),
          depth + 1,
          hints,
        );
        break;
      case '7z':
        this.add(
          'coverage',
          'scan.unsupported-archive',
          'high',
          '7z archive: its members cannot be unpacked by this scanner, so they were not checked',
          where,
          0,
          UNSCANNABLE_HELP,
        );
        break;
      case 'protobuf':
        await this.protobuf(src, where, hints);
        break;
      case 'json':
      case 'text':
        await this.text(src, where, format, hints);
        break;
      default:
        if (COMPRESSED.has(format))
          await this.stream(
            decompress(format, streamOf(src), this.inflateBudget()),
            inner(where, `(${format})`),
            depth + 1,
            hints,
          );
        else if (!asPickle) {
          const ext = hints.external ? undefined : modelExtension(hints.name);
          if (ext)
            this.add(
              'formats',
              'format.unrecognised',
              'medium',
              `expected a model file (the name ends in ${ext}), found bytes of no known format (${hex(head, 0, 8)} at offset 0) that are not a pickle either`,
              where,
              0,
              FORMAT_HELP,
            );
        }
    }
    if (!asPickle && (format === 'text' || format === 'json' || format === 'protobuf')) {
      // text (or a weak protobuf guess) under a model file's name: none of those formats is text
      const ext = hints.external ? undefined : modelExtension(hints.name);
      if (ext && !(format === 'protobuf' && /^\.onnx$/i.test(ext)))
        this.add(
          'formats',
          'format.unrecognised',
          'medium',
          `expected a model file (the name ends in ${ext}), found ${format === 'protobuf' ? 'a protobuf message' : 'text'} (${hex(head, 0, 8)} at offset 0) that is not a pickle either`,
          where,
          0,
          FORMAT_HELP,
        );
    }
    if (format !== 'zip') await this.zipAfterPickle(src, where, depth, format, asPickle ? probe.end : -1);
    return format;
  }

  /**
   * A zip directory at the end of something that is not a zip: prepended data or a polyglot. When a pickle
   * from offset 0 ends before the zip does, `pickle.load` and zip readers see different things.
   */
  private async zipAfterPickle(
    src: RandomSource,
    where: Where,
    depth: number,
    format: Format,
    pickleEnd: number,
  ): Promise<void> {
    // containers with their own directory (tar, compressed streams) hold zips as members, scanned there
    if (!ZIP_TOO.has(format) || src.size < 22) return;
    const { pos } = await findEocd(src);
    if (pos < 0) return;
    let entries: number;
    try {
      entries = (await readZip(src, this.opts.limits.maxMembers)).entries.length;
    } catch (error) {
      // an end-of-central-directory record whose directory does not parse: not a zip to zip readers either
      if (!(error instanceof ScanError)) throw error;
      this.add(
        'archive',
        'archive.broken-zip-directory',
        'low',
        `a zip end-of-central-directory record at offset ${pos} was found but its directory does not parse (${error.message}); zip readers refuse it`,
        where,
        pos,
      );
      return;
    }
    if (entries === 0) return;
    const inside = pickleEnd >= pos + 22;
    if (pickleEnd >= 0 && !inside)
      this.add(
        'archive',
        'archive.polyglot',
        'critical',
        `the file is both a pickle (offset 0 to ${pickleEnd}) and a zip archive (directory at offset ${pos}): pickle.load runs the pickle while zip-based tools see an archive`,
        where,
        0,
        POLYGLOT_HELP,
      );
    // a zip that ends inside the pickle is data the pickle holds (bytes of a zip), still scanned
    await this.zip(src, where, depth, inside);
  }

  /** Scans a stream (a decompressed wrapper or a deflated member): read once, buffered only when needed. */
  async stream(it: AsyncIterable<Buffer>, where: Where, depth: number, hints: Hints = {}): Promise<void> {
    this.tick();
    if (depth > this.opts.limits.maxDepth)
      throw new LimitError(`archives and wrappers nested more than ${this.opts.limits.maxDepth} deep`);
    const { head, rest } = await peek(this.counted(it), HEAD);
    const format = detect(head, head.length);
    if (COMPRESSED.has(format)) {
      this.formats.add(format);
      await this.stream(decompress(format, rest, this.inflateBudget()), inner(where, `(${format})`), depth + 1, hints);
      return;
    }
    const byName = pickleByName(hints.name, head[0], hints.external);
    if (format === 'pickle' || format === 'binary' || (byName && format === 'text')) {
      // streamed without buffering: run through the VM as it arrives, then drained (sizes and CRCs)
      this.formats.add(format);
      const why = format === 'pickle' ? `its first bytes (${hex(head, 0, 2)}) start a pickle` : (byName ?? undefined);
      await this.pickleStream(rest, where, depth, why);
      return;
    }
    if (format === 'empty') {
      this.formats.add(format);
      for await (const _ of rest) this.tick();
      this.emptyModelFile(hints, where, 'stream');
      return;
    }
    const data = await collect(rest, this.opts.limits.maxBufferedBytes);
    if (!data)
      throw new LimitError(
        `a ${format} stream inside a compressed wrapper is larger than ${this.opts.limits.maxBufferedBytes} bytes`,
      );
    await this.random(bufferSource(data), where, depth, hints);
  }

  private inflateBudget(): number {
    return Math.max(0, this.opts.limits.maxInflateBytes - this.inflated);
  }

  private async *counted(it: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const c of it) {
      yield c;
    }
  }

  // ---- pickle -------------------------------------------------------------------------------------------
  /**
   * Runs `it` through the pickle VM. With `why` (the stream is read as a pickle: a PROTO header, its name,
   * its place in a container), a stream that does not parse is `pickle.unparseable`. Without it (a probe of
   * a stream detection calls something else) the VM's findings count once it reaches STOP, or once it has
   * reached a call of an imported callable or a dangerous import before failing (the loader ran those before raising); otherwise
   * the bytes are not a pickle and nothing is reported. Trailing bytes after the last STOP are searched for
   * further pickles when the source is random access (multi-pickle loaders read past raw data).
   */
  async pickleStream(
    it: AsyncIterable<Buffer>,
    where: Where,
    depth: number,
    why: string | undefined,
    total?: number,
    src?: RandomSource,
  ): Promise<{ accepted: boolean; end: number }> {
    const strong = why !== undefined;
    const nested: { data: Buffer; loader: string; offset: number }[] = [];
    const handed = new Set<Buffer>();
    const blobs: { data: Buffer; offset: number }[] = [];
    const pending: [string, Severity, string, number][] = [];
    const vm = new PickleVM(
      {
        finding: (rule, severity, message, offset) => {
          if (strong) this.add('pickle', rule, severity, message, where, offset, PICKLE_HELP[rule]);
          else pending.push([rule, severity, message, offset]);
        },
        nested: (data, loader, offset) => {
          handed.add(data);
          if (nested.length < this.opts.limits.maxNested) nested.push({ data, loader, offset });
        },
        bytes: (data, offset) => {
          if (blobs.length < MAX_BLOBS) blobs.push({ data, offset });
        },
        text: (s) => {
          if (strong) this.secrets(s, where, 'a pickled string');
        },
      },
      this.opts.policy,
      this.opts.limits.pickle,
    );
    let consumed = 0;
    let stopped = false;
    let failure: PickleError | undefined;
    const iter = it[Symbol.asyncIterator]();
    try {
      for (;;) {
        const r = await iter.next();
        if (r.done) break;
        this.tick();
        consumed += r.value.length;
        if (vm.done) {
          if (total !== undefined) break;
          continue;
        }
        vm.feed(r.value);
      }
      if (!vm.done) vm.end();
      else stopped = true;
    } catch (error) {
      if (!(error instanceof PickleError)) throw error;
      failure = error;
    }
    const accepted = vm.pickles >= 1;
    // what a loader has run before failing: a call of an imported callable, or the import of a dangerous
    // module (importing runs it); an unregistered extension code or a bad opcode on random bytes runs nothing
    const ranCode = vm.calls > 0 || pending.some((f) => f[1] === 'critical');
    if (!strong && !accepted && !ranCode) {
      // not a pickle: drain what a stream still holds (wrapper sizes and CRCs are checked as it is read)
      if (total === undefined) for (let r = await iter.next(); !r.done; r = await iter.next()) this.tick();
      return { accepted: false, end: -1 };
    }
    if (!strong) {
      this.formats.add('pickle');
      for (const [rule, severity, message, offset] of pending)
        this.add('pickle', rule, severity, message, where, offset, PICKLE_HELP[rule]);
    }
    this.pickles += vm.pickles;
    this.opcodes += vm.opcodes;
    for (const k of vm.imports.keys()) if (this.imports.size < 1000) this.imports.add(k);
    if (vm.legacyTorch) this.formats.add('pytorch-legacy');
    if (failure) {
      if (!accepted) {
        this.add(
          'pickle',
          'pickle.unparseable',
          'high',
          `expected a pickle (${why ?? 'the bytes reach a call before failing'}), found bytes that do not parse as one at offset ${failure.offset}: ${failure.message}. A loader runs every opcode before the error; findings up to it are kept`,
          where,
          failure.offset,
          UNPARSEABLE_HELP,
        );
      } else if (!vm.legacyTorch) {
        this.add(
          'pickle',
          'pickle.trailing-data',
          'low',
          `bytes after the pickle ending at offset ${vm.endOffset} start another pickle that does not parse: ${failure.message} at offset ${failure.offset}; findings in them are kept`,
          where,
          vm.endOffset,
        );
      }
    }
    for (const n of nested) {
      if (this.nested++ >= this.opts.limits.maxNested) break;
      const w = inner(where, `nested@${n.offset}`);
      this.add(
        'pickle',
        'pickle.nested-pickle',
        'info',
        `bytes handed to ${n.loader} at offset ${n.offset} were unwrapped and scanned`,
        where,
        n.offset,
      );
      await this.guard(w, async () => {
        await this.random(bufferSource(n.data), w, depth + 1);
      });
    }
    // every other bytes object is tried as a pickle too (what holds a pickle is loaded by someone)
    for (const b of blobs) {
      if (handed.has(b.data) || depth + 1 > this.opts.limits.maxDepth) continue;
      const w = inner(where, `bytes@${b.offset}`);
      await this.guard(w, async () => {
        await this.pickleStream(probeChunks(bufferSource(b.data)), w, depth + 1, undefined, b.data.length);
      });
    }
    if (vm.wrappers > 0 && src) await this.plainLoad(src, where);
    const size = total ?? consumed;
    if (stopped && !vm.legacyTorch && size > vm.endOffset) {
      if (src) await this.trailing(src, vm.endOffset, where, depth);
      else
        this.add(
          'pickle',
          'pickle.trailing-data',
          'medium',
          `${size - vm.endOffset} bytes after the last pickle (ends at offset ${vm.endOffset}) are not a pickle at that offset and were not searched for further pickles (a compressed stream is read once)`,
          where,
          vm.endOffset,
        );
    }
    return { accepted, end: vm.endOffset };
  }

  /**
   * A joblib file read by plain `pickle.load` (or torch.load, pandas.read_pickle): no NumpyUnpickler, so the
   * "array bytes" after each NumpyArrayWrapper run as opcodes. What they reach before the loader fails is
   * reported (critical and high findings: random array data rarely names a real callable and a call).
   */
  private async plainLoad(src: RandomSource, where: Where): Promise<void> {
    const w = inner(where, 'read by plain pickle.load');
    const vm = new PickleVM(
      {
        finding: (rule, severity, message, offset) => {
          if (severity === 'critical' || severity === 'high')
            this.add('pickle', rule, severity, message, w, offset, PICKLE_HELP[rule]);
        },
        nested: () => undefined,
      },
      this.opts.policy,
      this.opts.limits.pickle,
      true,
    );
    try {
      for await (const c of streamOf(src, CHUNK, true)) {
        this.tick();
        vm.feed(c);
        if (vm.done) break;
      }
    } catch (error) {
      if (!(error instanceof PickleError)) throw error;
    }
  }

  /**
   * Bytes after a pickle's STOP that do not start another one: multi-pickle loaders (legacy torch tar
   * records, joblib's old formats, hand-rolled `pickle.load` loops) read raw data and then the next pickle.
   * Every PROTO header (0x80 0x02-0x05) in them is tried as a pickle.
   */
  private async trailing(src: RandomSource, from: number, where: Where, depth: number): Promise<void> {
    let tried = 0;
    let found = 0;
    let off = from;
    const tryAt = async (pos: number): Promise<number> => {
      tried++;
      const sub = src.slice(pos, src.size - pos);
      const res = await this.pickleStream(probeChunks(sub), inner(where, `pickle@${pos}`), depth, undefined, sub.size);
      return res.accepted ? Math.max(res.end, 1) : -1;
    };
    scan: while (off < src.size && tried < MAX_RESYNC) {
      this.tick();
      // legacy torch records: after a pickle, raw storage (u64 count, then count x element size bytes) or a
      // tensor record (i32 ndim, 4 bytes, ndim sizes and strides, u64 offset), then the next pickle
      const rec = await src.read(off, 8);
      if (rec.length === 8) {
        const n = rec.readBigUInt64LE(0);
        const ndim = rec.readInt32LE(0);
        const cands = new Set<number>();
        for (const k of [1n, 2n, 4n, 8n, 16n]) {
          const at = BigInt(off) + 8n + n * k;
          if (at < BigInt(src.size)) cands.add(Number(at));
        }
        if (ndim >= 0 && ndim <= 64) cands.add(off + 16 + 16 * ndim);
        for (const c of [...cands].sort((x, y) => x - y)) {
          if (c >= src.size) continue;
          const end = await tryAt(c);
          if (end > 0) {
            found++;
            off = c + end;
            continue scan;
          }
        }
      }
      // then every PROTO header (0x80 0x02-0x05) further on
      let next = -1;
      for (let base = off; base < src.size && next < 0; base += CHUNK) {
        this.tick();
        const chunk = await src.read(base, CHUNK + 1);
        for (let i = chunk.indexOf(0x80); i >= 0 && i + 1 < chunk.length; i = chunk.indexOf(0x80, i + 1)) {
          if (chunk[i + 1]! >= 2 && chunk[i + 1]! <= 5) {
            next = base + i;
            break;
          }
        }
        if (chunk.length <= CHUNK) break;
      }
      if (next < 0) break;
      const end = await tryAt(next);
      if (end > 0) {
        found++;
        off = next + end;
      } else off = next + 1;
    }
    this.add(
      'pickle',
      'pickle.trailing-data',
      tried >= MAX_RESYNC ? 'medium' : 'low',
      `${src.size - from} bytes follow the last pickle (ends at offset ${from}); ${found} further pickle(s) found in them${tried >= MAX_RESYNC ? `, search stopped after ${MAX_RESYNC} candidates` : ''}`,
      where,
      from,
    );
  }

  // ---- archives -----------------------------------------------------------------------------------------
  async zip(src: RandomSource, where: Where, depth: number, heldByPickle = false): Promise<void> {
    this.formats.add('zip');
    const dir = await readZip(src, this.opts.limits.maxMembers);
    const names = new Map<string, number>();
    for (const e of dir.entries) names.set(e.name, (names.get(e.name) ?? 0) + 1);
    if (dir.prefix > 0 && !heldByPickle) {
      this.add(
        'archive',
        'archive.prefixed-data',
        'medium',
        `${dir.prefix} bytes before the first zip member are not part of the archive (prepended data is how pickle/zip polyglots are made)`,
        where,
        0,
      );
    }
    // overlapping entries
    const byOffset = [...dir.entries].filter((e) => e.dataOffset >= 0).sort((a, b) => a.localOffset - b.localOffset);
    for (let i = 1; i < byOffset.length; i++) {
      const prev = byOffset[i - 1]!;
      const cur = byOffset[i]!;
      if (cur.localOffset < prev.dataOffset + prev.csize) {
        this.add(
          'archive',
          'archive.overlapping-entries',
          'high',
          `entries "${clip(prev.name)}" and "${clip(cur.name)}" share bytes: readers can see different contents for them`,
          where,
          cur.localOffset,
        );
      }
    }
    let declared = 0;
    for (const e of dir.entries) {
      this.tick();
      this.members++;
      const dup = (names.get(e.name) ?? 0) > 1;
      const label = dup ? `${e.name} [entry ${e.index}]` : e.name;
      const w = inner(where, label);
      if (dup)
        this.add(
          'archive',
          'archive.duplicate-member',
          'high',
          `the archive has ${names.get(e.name)} entries named "${clip(e.name)}": loaders and scanners may read different ones (all were scanned)`,
          w,
          e.localOffset,
          DUPLICATE_HELP,
        );
      const bad = unsafeMemberName(e.name);
      if (bad)
        this.add(
          'archive',
          'archive.path-traversal',
          'high',
          `member name "${clip(e.name)}" contains ${bad}: extracting it writes outside the target directory`,
          w,
          e.localOffset,
        );
      for (const p of e.problems)
        this.add(
          'archive',
          'archive.inconsistent-header',
          'medium',
          `entry "${clip(e.name)}": ${p} (PyTorch's reader tolerates this; Python's zipfile does not)`,
          w,
          e.localOffset,
          INCONSISTENT_HELP,
        );
      if (e.dataOffset < 0) continue;
      if (e.flags & 1) {
        this.add(
          'coverage',
          'scan.unscannable',
          'high',
          `entry "${clip(e.name)}" is encrypted and cannot be checked`,
          w,
          e.localOffset,
          UNSCANNABLE_HELP,
        );
        continue;
      }
      declared += e.usize;
      if (e.method !== 0 && e.csize > 0 && e.usize / e.csize > this.opts.limits.bombRatio && e.usize > 10 << 20) {
        this.add(
          'archive',
          'archive.zip-bomb',
          'high',
          `entry "${clip(e.name)}" expands ${Math.round(e.usize / e.csize)}x (${e.csize} to ${e.usize} bytes): a decompression bomb; not unpacked`,
          w,
          e.localOffset,
        );
        continue;
      }
      if (declared > this.opts.limits.maxInflateBytes) {
        this.add(
          'archive',
          'archive.zip-bomb',
          'high',
          `the archive declares more than ${this.opts.limits.maxInflateBytes} uncompressed bytes; the remaining members were not unpacked`,
          w,
          e.localOffset,
        );
        break;
      }
      await this.guard(w, () => this.member(src, e, w, depth));
    }
  }

  private async member(src: RandomSource, e: ZipEntry, where: Where, depth: number): Promise<void> {
    const raw = src.slice(e.dataOffset, e.csize);
    const hints: Hints = { name: e.name };
    if (e.method === 0) {
      if (e.usize !== e.csize)
        this.add(
          'archive',
          'archive.inconsistent-header',
          'medium',
          `stored entry "${clip(e.name)}" declares ${e.usize} bytes but holds ${e.csize}`,
          where,
          e.localOffset,
        );
      // CRC-32 of stored members, streamed (PyTorch ignores it; a mismatch is reported)
      if (raw.size <= 1 << 30) {
        let crc = 0;
        for await (const c of streamOf(raw, CHUNK, true)) {
          this.tick();
          crc = crc32(c, crc);
        }
        if (crc >>> 0 !== e.crc >>> 0) this.badCrc(e, where);
      }
      await this.random(raw, where, depth + 1, hints);
      return;
    }
    if (e.method === 8 || e.method === 12) {
      let crc = 0;
      let out = 0;
      const body =
        e.method === 8
          ? inflateRaw(streamOf(raw), this.inflateBudget())
          : decompress('bz2', streamOf(raw), this.inflateBudget());
      const tapped = async function* (self: FileScan): AsyncGenerator<Buffer> {
        for await (const c of body) {
          crc = crc32(c, crc);
          out += c.length;
          self.inflated += c.length;
          yield c;
        }
        if (out !== e.usize)
          self.add(
            'archive',
            'archive.inconsistent-header',
            'medium',
            `entry "${clip(e.name)}" declares ${e.usize} uncompressed bytes but holds ${out}`,
            where,
            e.localOffset,
          );
        if (crc >>> 0 !== e.crc >>> 0) self.badCrc(e, where);
      };
      await this.stream(tapped(this), where, depth + 1, hints);
      return;
    }
    this.add(
      'coverage',
      'scan.unscannable',
      'high',
      `entry "${clip(e.name)}" uses compression method ${e.method}, which this scanner cannot unpack`,
      where,
      e.localOffset,
      UNSCANNABLE_HELP,
    );
  }

  private badCrc(e: ZipEntry, where: Where): void {
    this.add(
      'archive',
      'archive.bad-crc',
      'medium',
      `entry "${clip(e.name)}" fails its CRC-32 check: PyTorch's reader loads it anyway, Python's zipfile refuses it`,
      where,
      e.localOffset,
      INCONSISTENT_HELP,
    );
  }

  async tar(src: RandomSource, where: Where, depth: number): Promise<void> {
    let off = 0;
    let longName: string | undefined;
    let n = 0;
    while (off + 512 <= src.size) {
      this.tick();
      const h = await src.read(off, 512);
      if (h.every((b) => b === 0)) break;
      if (++n > this.opts.limits.maxMembers)
        throw new LimitError(`more than ${this.opts.limits.maxMembers} tar members`);
      const field = (a: number, l: number): string => h.toString('latin1', a, a + l).replace(/\0.*$/s, '');
      let name = longName ?? (field(345, 155) ? `${field(345, 155)}/${field(0, 100)}` : field(0, 100));
      longName = undefined;
      const type = String.fromCharCode(h[156]!);
      let size: number;
      if (h[124]! & 0x80) {
        let v = 0n;
        for (let i = 125; i < 136; i++) v = (v << 8n) | BigInt(h[i]!);
        if (v > BigInt(src.size))
          throw new ScanError(`tar member "${clip(name)}" declares ${v} bytes, more than the file`, off);
        size = Number(v);
      } else size = parseInt(field(124, 12).trim() || '0', 8);
      if (!Number.isFinite(size) || size < 0)
        throw new ScanError(`tar member "${clip(name)}" has an invalid size`, off);
      const data = off + 512;
      if (type === 'L' || type === 'x') {
        const body = (await src.read(data, Math.min(size, 1 << 20))).toString('utf8');
        if (type === 'L') longName = body.replace(/\0.*$/s, '');
        else {
          const m = /\d+ path=([^\n]*)\n/.exec(body);
          if (m) longName = m[1];
        }
      } else {
        this.members++;
        const w = inner(where, name);
        const bad = unsafeMemberName(name);
        if (bad)
          this.add('archive', 'archive.path-traversal', 'high', `tar member "${clip(name)}" contains ${bad}`, w, off);
        if (type === '1' || type === '2') {
          const target = field(157, 100);
          if (unsafeMemberName(target))
            this.add(
              'archive',
              'archive.path-traversal',
              'high',
              `tar ${type === '2' ? 'symlink' : 'hard link'} "${clip(name)}" points to "${clip(target)}", outside the archive`,
              w,
              off,
            );
        } else if (type === '0' || type === '\0' || type === '7') {
          name = name || '(unnamed)';
          await this.guard(w, async () => {
            await this.random(src.slice(data, size), w, depth + 1, { name });
          });
        }
      }
      off = data + Math.ceil(size / 512) * 512;
    }
  }

  // ---- other formats ------------------------------------------------------------------------------------
  async numpy(src: RandomSource, where: Where, depth: number): Promise<void> {
    const h = await src.read(0, 12);
    const major = h[6]!;
    if (h.length < 10 || major < 1 || major > 3)
      return this.malformed(
        'NumPy',
        `a version 1-3 header, found version ${major ?? 'nothing'} in ${h.length} bytes`,
        where,
        6,
      );
    const hlen = major === 1 ? h.readUInt16LE(8) : h.length < 12 ? -1 : h.readUInt32LE(8);
    const start = major === 1 ? 10 : 12;
    if (hlen < 0 || start + hlen > src.size)
      return this.malformed('NumPy', `a header of ${hlen} bytes, found a ${src.size}-byte file`, where, 8);
    if (hlen > 1 << 20) throw new LimitError(`NumPy header of ${hlen} bytes is too large`, 8);
    const raw = await src.read(start, hlen);
    let header: NpyHeader;
    try {
      header = parseNpyHeader(raw.toString(major === 3 ? 'utf8' : 'latin1'));
    } catch (error) {
      if (!(error instanceof LiteralError)) throw error;
      return this.malformed(
        'NumPy',
        `a header dict numpy.load accepts, found: ${error.message}`,
        where,
        start + error.offset,
      );
    }
    if (header.hasObject) {
      this.add(
        'pickle',
        'pickle.object-array',
        'info',
        'NumPy object array: its data is a pickle (numpy.load needs allow_pickle=True); the pickle was scanned',
        where,
        start + hlen,
      );
      const body = src.slice(start + hlen, src.size - start - hlen);
      await this.pickleStream(
        streamOf(body, CHUNK, true),
        inner(where, 'object data'),
        depth + 1,
        'numpy.load unpickles the data of an object array',
        body.size,
        body,
      );
    }
  }

  /** Bytes that claim a format (signature, length prefix) but do not parse completely as it. */
  malformed(format: string, detail: string, where: Where, offset: number | undefined): void {
    this.add(
      'formats',
      'format.malformed',
      'high',
      `${format}: expected ${detail}${offset === undefined ? '' : ` (at offset ${offset})`}`,
      where,
      offset,
      FORMAT_HELP,
    );
  }

  async safetensors(src: RandomSource, where: Where): Promise<void> {
    const res = await checkSafetensors(src);
    for (const p of res.problems.slice(0, 50)) {
      // a header that is not a JSON object of the declared length: nothing about the file could be verified
      if (res.tensors === 0 && Object.keys(res.metadata).length === 0 && p.offset !== undefined && p.offset <= 8)
        this.malformed('safetensors', `a JSON header, found: ${p.message}`, where, p.offset);
      else
        this.add(
          'formats',
          'formats.safetensors-invalid',
          'high',
          `safetensors ${p.message}`,
          where,
          p.offset,
          FORMAT_HELP,
        );
    }
    for (const [k, v] of Object.entries(res.metadata)) this.secrets(`${k}=${v}`, where, '__metadata__');
  }

  async gguf(src: RandomSource, where: Where): Promise<void> {
    let res;
    try {
      res = await parseGguf(src);
    } catch (error) {
      if (error instanceof RangeError || (error instanceof ScanError && !(error instanceof LimitError)))
        return this.malformed(
          'GGUF',
          `a complete GGUF file, found: ${error.message}`,
          where,
          (error as ScanError).offset,
        );
      throw error;
    }
    for (const p of res.problems)
      this.add('formats', 'formats.gguf-invalid', 'medium', `GGUF ${p.message}`, where, p.offset);
    for (const [k, t] of Object.entries(res.templates)) this.template(t, inner(where, k));
    for (const s of res.strings) this.secrets(s, where, 'GGUF metadata');
  }

  template(source: string, where: Where): void {
    for (const i of checkTemplate(source))
      this.add('templates', i.rule, i.severity, `chat template: ${i.message}`, where, undefined, TEMPLATE_HELP);
  }

  async hdf5(src: RandomSource, where: Where): Promise<void> {
    // Keras keeps its model config in the root group's `model_config` attribute: read it as HDF5 does
    const attrs = await readRootAttributes(src);
    if (attrs) {
      const cfg = attrs.get('model_config');
      if (cfg !== undefined) {
        this.formats.add('keras-h5');
        this.keras(cfg.toString('utf8'), inner(where, 'attribute model_config'));
      } else this.formats.add('hdf5');
      for (const [k, v] of attrs)
        if (v.length <= 1 << 20) this.secrets(v.toString('utf8'), where, `HDF5 attribute ${k}`);
      return;
    }
    // an HDF5 layout this reader does not follow (dense attribute storage...): a streamed search instead
    // Keras stores its model config as a JSON string attribute; find it in the raw bytes (streamed).
    const needle = Buffer.from('{"class_name":');
    const needle2 = Buffer.from('{"module":');
    const attr = Buffer.from('model_config\0');
    let attrAt = -1;
    let found = 0;
    let carry = Buffer.alloc(0);
    let base = 0;
    for await (const chunk of streamOf(src, 4 << 20)) {
      this.tick();
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      if (attrAt < 0 && buf.indexOf(attr) >= 0) attrAt = base + buf.indexOf(attr);
      for (const nd of [needle, needle2]) {
        for (let i = buf.indexOf(nd); i >= 0 && found < 16; i = buf.indexOf(nd, i + 1)) {
          const at = base + i;
          const json = await extractJson(src, at, 64 << 20);
          if (json === undefined) continue;
          found++;
          const w = inner(where, `attribute@${at}`);
          this.keras(json, w);
          // skip over the config we just checked
          i += Math.min(json.length, buf.length);
        }
      }
      carry = Buffer.from(buf.subarray(Math.max(0, buf.length - 32)));
      base += buf.length - carry.length;
    }
    this.formats.add(found > 0 ? 'keras-h5' : 'hdf5');
    if (found === 0 && attrAt >= 0)
      this.malformed(
        'Keras HDF5',
        'the model_config attribute to hold a JSON model config, found none that parses',
        where,
        attrAt,
      );
  }

  private keras(text: string, where: Where): void {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (error) {
      this.malformed('Keras model config', `JSON, found ${(error as Error).message}`, where, undefined);
      return;
    }
    this.kerasValue(v, where);
  }

  private kerasValue(v: unknown, where: Where): void {
    for (const i of checkKerasConfig(v))
      this.add('formats', i.rule, i.severity, i.message, where, undefined, KERAS_HELP);
  }

  /** An empty file or stream named like a model file: unverifiable, so a finding (medium), never a pass. */
  private emptyModelFile(hints: Hints, where: Where, what: 'file' | 'stream'): void {
    const ext = modelExtension(hints.name);
    if (!ext) return;
    this.add(
      'formats',
      'format.unrecognised',
      'medium',
      `expected a model file (the name ends in ${ext}), found an empty ${what} (0 bytes at offset 0)`,
      where,
      0,
      FORMAT_HELP,
    );
  }

  async protobuf(src: RandomSource, where: Where, hints: Hints): Promise<void> {
    const head = await src.read(0, 2);
    if (head[0] === 0x08) {
      // Not a TensorFlow graph (ONNX starts with the same tag): the ONNX parser and the pickle probe still run.
      // eslint-disable-next-line no-restricted-syntax -- a parse failure here only means "some other protobuf"
      const tf = await checkTfGraph(src).catch(() => undefined);
      if (tf?.isTf) {
        this.formats.add('tf-savedmodel');
        for (const i of tf.issues.slice(0, 50))
          this.add('formats', i.rule, i.severity, i.message, where, i.offset, TF_HELP);
        return;
      }
      this.formats.add('onnx');
      const res = await checkOnnx(src, hints.filePath ? { filePath: hints.filePath } : {});
      for (const i of res.issues.slice(0, 100))
        this.add('formats', i.rule, i.severity, i.message, where, i.offset, ONNX_HELP);
      for (const t of res.texts) this.secrets(t, where, 'ONNX metadata');
      return;
    }
    const tf = await checkTfGraph(src);
    if (tf.isTf) this.formats.add('tf-savedmodel');
    for (const i of tf.issues.slice(0, 50))
      this.add('formats', i.rule, i.severity, i.message, where, i.offset, TF_HELP);
  }

  async text(src: RandomSource, where: Where, format: Format, hints: Hints = {}): Promise<void> {
    if (src.size > 64 << 20) {
      // large text: secrets in a streamed pass
      for await (const c of streamOf(src, 4 << 20)) {
        this.tick();
        this.secrets(c.toString('utf8'), where, 'text');
      }
      if (format === 'json')
        this.add(
          'coverage',
          'scan.limit',
          'medium',
          `JSON of ${src.size} bytes is larger than the 64 MiB read as a whole: only searched for secrets, chat templates and Keras configs in it were not checked`,
          where,
          0,
          LIMIT_HELP,
        );
      return;
    }
    const bytes = await src.read(0, src.size);
    // decoded the way json.loads(bytes) decodes: BOM stripped, UTF-16/32 by BOM or NUL pattern
    let text: string;
    try {
      text = format === 'json' ? decodeJsonBytes(bytes) : bytes.toString('utf8');
    } catch (error) {
      this.malformed('JSON', `text json.loads can decode, found ${(error as Error).message}`, where, 0);
      return;
    }
    this.secrets(text, where, 'text');
    if (format !== 'json') return;
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (error) {
      const named = /\.json$/i.test(hints.name ?? '');
      // JSON Lines (one document a line) is not a claim of one JSON document
      if (!named && text.split('\n').every((l) => l.trim() === '' || parsesAsJson(l))) return;
      if (named || /(^|\/)config\.json$/i.test(where.members.at(-1) ?? ''))
        this.malformed('JSON', `a JSON document, found ${(error as Error).message}`, where, 0);
      return;
    }
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const tpl = o.chat_template;
      if (typeof tpl === 'string') this.template(tpl, inner(where, 'chat_template'));
      else if (Array.isArray(tpl)) {
        for (const t of tpl as { name?: unknown; template?: unknown }[]) {
          if (typeof t?.template === 'string')
            this.template(t.template, inner(where, `chat_template.${String(t.name ?? '?')}`));
        }
      }
      if (isKerasConfig(v) || (typeof o.config === 'object' && isKerasConfig(o.config))) this.kerasValue(v, where);
    }
  }

  secrets(text: string, where: Where, what: string): void {
    // the shared catalogue (core): same formats, rule ids and redaction as notebook and dataset checks
    for (const s of findSecrets(text, 20)) {
      this.add('secrets', secretRuleId(s.rule), 'high', `${s.rule.title} in ${what}: ${s.redacted}`, where);
    }
  }
}

/** Extracts the balanced JSON object starting at `at`, or undefined. */
async function extractJson(src: RandomSource, at: number, max: number): Promise<string | undefined> {
  const r = new Reader(src, at);
  let depth = 0;
  let inStr = false;
  let esc = false;
  const parts: Buffer[] = [];
  let len = 0;
  while (len < max && r.remaining > 0) {
    const n = Math.min(1 << 16, r.remaining);
    const b = Buffer.from(await r.need(n));
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (inStr) {
        if (esc) esc = false;
        else if (c === 0x5c) esc = true;
        else if (c === 0x22) inStr = false;
      } else if (c === 0x22) inStr = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) {
          parts.push(b.subarray(0, i + 1));
          return Buffer.concat(parts).toString('utf8');
        }
      } else if (c === 0) return undefined;
    }
    parts.push(b);
    len += b.length;
  }
  return undefined;
}

/** Formats that do not positively identify the bytes: a stream named like a pickle is read as one. */
const UNPARSED: ReadonlySet<Format> = new Set(['binary', 'text', 'json', 'protobuf']);
/** Files that pickle.load / torch.load / joblib.load read as pickles. */
const PICKLE_EXT = /\.(pkl|pickle|pt|pth|bin|ckpt|joblib|dill|sav)$/i;
const MODEL_EXT = /\.(pkl|pickle|pt|pth|bin|ckpt|joblib|dill|sav|safetensors|gguf|onnx|h5|hdf5|keras|npy|npz)$/i;
const MAX_RESYNC = 4096;
/** Bytes objects of one pickle stream tried as pickles. */
const MAX_BLOBS = 256;
/** Formats in which a zip directory at the end means prepended data or a polyglot. */
const ZIP_TOO: ReadonlySet<Format> = new Set(['pickle', 'binary', 'text', 'json', 'protobuf', 'numpy', 'hdf5']);
/** joblib < 0.10 `ZF` files: `ZF`, the length in hex padded to 19 characters, then a zlib stream. */
const ZF_HEADER = 21;

/**
 * Why a stream named `name` is read as a pickle, or undefined. `.bin` is also the name of raw weights: a
 * `.bin` that a model next to it names as external data (ONNX, OpenVINO) is raw data unless its first byte
 * is an opcode (a loader that fails on the first byte has run nothing).
 */
function pickleByName(name: string | undefined, first: number | undefined, external = false): string | undefined {
  if (!name) return undefined;
  const m = PICKLE_EXT.exec(name);
  if (!m) return undefined;
  if (/^\.bin$/i.test(m[0]) && external && first !== undefined && !isOpcode(first)) return undefined;
  return `the name ends in ${m[0]}, which pickle-based loaders read`;
}

function modelExtension(name: string | undefined): string | undefined {
  return name ? MODEL_EXT.exec(name)?.[0] : undefined;
}

const externalCache = new Map<string, Promise<Buffer[]>>();
/** True when an ONNX or OpenVINO model in the same folder names `abs`'s file (its external weights). */
async function namedAsExternalData(abs: string): Promise<boolean> {
  const dir = dirname(abs);
  let models = externalCache.get(dir);
  if (!models) {
    models = (async () => {
      const out: Buffer[] = [];
      // Fails towards the stricter reading: a folder we cannot list names no external data, so the .bin is read
      // as a pickle.
      // eslint-disable-next-line no-restricted-syntax -- the fallback is the strictest analysis, not "nothing found"
      for (const f of await readdir(dir).catch(() => [] as string[])) {
        if (!/\.(onnx|xml)$/i.test(f)) continue;
        // eslint-disable-next-line no-restricted-syntax -- an unreadable model file names nothing: stricter reading
        const s = await stat(join(dir, f)).catch(() => undefined);
        if (s?.isFile() && s.size <= 64 << 20) out.push(await readFile(join(dir, f)));
        if (out.length >= 16) break;
      }
      return out;
    })();
    if (externalCache.size > 1000) externalCache.clear();
    externalCache.set(dir, models);
  }
  const name = Buffer.from(basename(abs));
  return (await models).some((m) => m.indexOf(name) >= 0);
}

const hex = (b: Buffer, from: number, n: number): string => b.subarray(from, from + n).toString('hex') || 'nothing';

/** Chunks for a probe: a small first chunk (most probes end within a few bytes), then the usual size. */
async function* probeChunks(src: RandomSource): AsyncGenerator<Buffer> {
  const first = await src.read(0, 64 << 10);
  if (first.length === 0) return;
  yield first;
  if (first.length < 64 << 10) return;
  yield* streamOf(src.slice(first.length, src.size - first.length), CHUNK, true);
}

function parsesAsJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 120)}…` : s);

const UNSCANNABLE_HELP =
  'The scanner could not check all of this file, so it cannot vouch for it. A loader may still run what the scanner could not parse (a pickle runs every opcode before the error). Re-export the model with its framework, or waive the finding if you trust its source.';
const LIMIT_HELP =
  'A size, depth or time limit was reached. Raise `limits` in the model-scan section of ml-gates.yml if the file is legitimate and large, or find out why it is so large or deep.';
const UNPARSEABLE_HELP =
  'The loaders read this stream as a pickle (by its header, its name or its place in the container) but it does not parse as one, so the scanner cannot vouch for it: pickle.load runs every opcode before the point where it fails. Re-export the model, or waive the finding if you trust its source.';
const FORMAT_HELP =
  'The bytes claim a model format (by signature or by name) but do not parse completely as it, so nothing about them could be verified. A corrupt or truncated file, or one crafted to look like one format to the scanner and another to a loader. Re-export the model.';
const POLYGLOT_HELP =
  'A file that is valid as two formats is a classic way to show a scanner one thing and a loader another. Re-export the model.';
const DUPLICATE_HELP =
  "Zip readers disagree on which duplicate entry wins: PyTorch (miniz) and Python's zipfile can load different data. Every entry was scanned; re-export the archive.";
const INCONSISTENT_HELP =
  "The archive is inconsistent in a way PyTorch's reader tolerates but other tools reject; such differences have been used to hide payloads from scanners. Re-export the archive.";
const TEMPLATE_HELP =
  'Chat templates run inside the inference server (llama.cpp, vLLM, transformers) with Jinja. Reaching Python internals from a template is a sandbox escape (server-side template injection). Ordinary chat templates only use messages, roles, loops and filters like tojson.';
const KERAS_HELP =
  'Lambda layers and objects from arbitrary modules run Python code when the Keras model is loaded (safe_mode only blocks some of it). Replace Lambda layers with registered custom layers whose code you review, or waive with a reason.';
const TF_HELP =
  'These TensorFlow ops read or write files or run Python functions when the graph runs. A model graph should not need them.';
const ONNX_HELP =
  'ONNX external data is read from the path the model names: absolute paths and ".." let a model read any file on the serving host. Custom operator domains need a native library that is loaded into the process.';
const PICKLE_HELP: Record<string, string> = {
  'pickle.dangerous-global':
    'Unpickling imports this callable and can call it: arbitrary code execution while loading the model. Never load this file; re-export the model as safetensors, or with torch.save of a state_dict and torch.load(weights_only=True).',
  'pickle.unknown-global':
    'The callable is not on the allowlist of callables known to be safe for model files. If it is your own class and you trust it, add it to `allowlist` in the model-scan section of ml-gates.yml with a justification.',
  'pickle.dunder-attribute':
    'Reaching dunder attributes (`__globals__`, `__builtins__`...) while unpickling is a sandbox escape.',
  'pickle.dynamic-global':
    'The name imported is computed while loading, a known way to hide the callable from scanners.',
  'pickle.indirect-call':
    'Calling the result of another call reaches callables the import check cannot see (for example getattr results).',
  'pickle.build-on-global': 'BUILD on an imported class or module sets attributes on it for the whole process.',
  'pickle.extension-code': 'Extension codes name callables through the copyreg registry of the loading process.',
  'pickle.nested-unscanned':
    'A loader called while unpickling receives bytes too large for the scanner to keep, so what they hold was not checked. Treat the file as unsafe, or raise the limit only if you trust its producer.',
};
