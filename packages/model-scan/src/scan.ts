/**
 * Scans one file: detects each stream's format from its bytes, unwraps archives and compressed wrappers,
 * runs the pickle VM and the format checks, and turns every parse error, limit or timeout into a finding
 * while keeping the findings already made. Never loads or executes anything it reads.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { findSecrets, secretRuleId, type Severity } from '@ml-gates/core';
import { findEocd, readZip } from './archive/zip.js';
import { decompress } from './compress.js';
import { COMPRESSED, parsePythonJson, type Format } from './detect.js';
import { DigestTap, type FileDigests } from './digests.js';
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
import { detectFormat, handlerFor } from './formats/index.js';
import { checkTemplate } from './formats/jinja.js';
import { checkKerasConfig } from './formats/keras.js';
import { scanZip } from './formats/zip.js';
import {
  FORMAT_HELP,
  KERAS_HELP,
  LIMIT_HELP,
  PICKLE_HELP,
  POLYGLOT_HELP,
  TEMPLATE_HELP,
  UNPARSEABLE_HELP,
  UNSCANNABLE_HELP,
} from './formats/help.js';
import { GlobalPolicy } from './pickle/policy.js';
import {
  DEFAULT_PICKLE_LIMITS,
  isOpcode,
  PickleError,
  PickleLimitError,
  PickleVM,
  type PickleLimits,
} from './pickle/vm.js';
import { bufferSource, CHUNK, fileSource, peek, streamOf, type RandomSource } from './source.js';

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
  let tap: DigestTap | undefined;
  try {
    // the scan's own reads feed the digest; `finish` reads only what the scan did not (issue 20)
    tap = opts.hash ? new DigestTap(fh, size) : undefined;
    const src = fileSource(fh, size, 0, tap);
    await scan.guard(scan.where, async () => {
      const external = /\.bin$/i.test(abs) && (await namedAsExternalData(abs));
      format = await scan.random(src, scan.where, 0, { filePath: abs, name: rel, external });
    });
    if (tap) sha256 = await digestOf(tap, abs, scan, opts);
  } finally {
    // the hashing worker of a large file ends with its file, whatever ended the scan
    await tap?.close();
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

export interface Hints {
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
  /** Bytes decompressed so far (the maxInflateBytes budget). */
  inflated = 0;
  private nested = 0;
  private readonly deadline: number;

  constructor(
    readonly opts: ScanOptions,
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
    const format = detectFormat(head, src.size);
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
    const handler = handlerFor(format);
    let failed: unknown;
    try {
      if (handler) await handler.scan(this, src, where, depth, hints);
    } catch (error) {
      // kept for the caller's guard: a zip at the end is read by zip readers even when the front does not parse
      failed = error;
    }
    if (failed !== undefined) {
      if (!(failed instanceof LimitError))
        await this.zipAfterPickle(src, where, depth, format, asPickle ? probe.end : -1);
      throw failed;
    }
    if (!handler && !asPickle) {
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
    if (!asPickle && (format === 'text' || format === 'json' || format === 'protobuf')) {
      // text (or a weak protobuf guess) under a model file's name: none of those formats is text
      const ext = hints.external ? undefined : modelExtension(hints.name);
      if (ext && !(format === 'protobuf' && PROTOBUF_EXT.test(ext)))
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
    // a zip's own directory is scanned as the zip; a tar's walk looks past its end-of-archive blocks
    if (!ZIP_TOO(format)) return;
    await this.zipAtEnd(src, where, depth, pickleEnd, 0);
  }

  /**
   * A zip whose end-of-central-directory record is at or after `from`: Python's zipfile (Keras `.keras`, pandas'
   * zip compression) reads a zip that ends a file after any prefix, so its members are scanned (a prefix is
   * `archive.prefixed-data`). `pickleEnd` is where a pickle from offset 0 ends, or -1.
   */
  async zipAtEnd(src: RandomSource, where: Where, depth: number, pickleEnd: number, from: number): Promise<void> {
    if (src.size < 22) return;
    const { pos } = await findEocd(src);
    if (pos < 0 || pos < from) return;
    let entries: number;
    try {
      entries = (await readZip(src, this.opts.limits.maxMembers)).entries.length;
    } catch (error) {
      // an end-of-central-directory record whose directory does not parse: not a zip to zip readers either (a
      // directory past the scanner's limits is a limit, reported as one)
      if (!(error instanceof ScanError) || error instanceof LimitError) throw error;
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
    await scanZip(this, src, where, depth, inside);
  }

  /** Scans a stream (a decompressed wrapper or a deflated member): read once, buffered only when needed. */
  async stream(it: AsyncIterable<Buffer>, where: Where, depth: number, hints: Hints = {}): Promise<void> {
    this.tick();
    if (depth > this.opts.limits.maxDepth)
      throw new LimitError(`archives and wrappers nested more than ${this.opts.limits.maxDepth} deep`);
    const { head, rest } = await peek(this.counted(it), HEAD);
    const format = detectFormat(head, head.length);
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
    const data = await this.collectOrPartial(rest, where, depth);
    if (!data)
      throw new LimitError(
        `a ${format} stream inside a compressed wrapper is larger than ${this.opts.limits.maxBufferedBytes} bytes`,
      );
    await this.random(bufferSource(data), where, depth, hints);
  }

  /**
   * Buffers a decoded stream. When the decoder fails part-way (truncated or corrupt data), the bytes it produced
   * before are what a loader reads before the same error: they are probed (a pickle in them is judged, with its
   * imports and calls) and the decoder's error is thrown on, so it is still reported. Undefined past the
   * buffering limit.
   */
  private async collectOrPartial(
    rest: AsyncIterable<Buffer>,
    where: Where,
    depth: number,
  ): Promise<Buffer | undefined> {
    const parts: Buffer[] = [];
    let got = 0;
    try {
      for await (const c of rest) {
        got += c.length;
        if (got > this.opts.limits.maxBufferedBytes) return undefined;
        parts.push(c);
      }
    } catch (error) {
      if (!(error instanceof LimitError) && got > 0) {
        try {
          await this.random(bufferSource(Buffer.concat(parts)), where, depth);
        } catch (partial) {
          // the prefix ends where the decoder failed, so its own parse errors only repeat that failure: the
          // decoder's error below is the finding
          if (partial instanceof LimitError) throw partial;
        }
      }
      throw error;
    }
    return Buffer.concat(parts);
  }

  inflateBudget(): number {
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
    let skippedBlobs = 0;
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
          // bytes whose first byte is no opcode cannot be a pickle (most array data): not kept for the probe
          if (!isOpcode(data[0]!)) return;
          if (blobs.length < MAX_BLOBS) blobs.push({ data, offset });
          else skippedBlobs++;
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
    // a bound of the scanner reached by valid opcodes says nothing about what follows: never "not a pickle"
    const limited = failure instanceof PickleLimitError;
    if (!strong && !accepted && !ranCode && !limited) {
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
    if (failure) this.pickleFailure(vm, failure, accepted, why, where);
    await this.unwrapInner(nested, blobs, handed, where, depth);
    if (skippedBlobs > 0)
      this.add(
        'coverage',
        'scan.limit',
        'low',
        `${skippedBlobs} bytes objects past the first ${MAX_BLOBS} that start with a pickle opcode were not tried as pickles (nothing in this file hands them to a loader)`,
        where,
      );
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

  /** A stream read as a pickle that does not parse (or bytes after one that do not). */
  private pickleFailure(
    vm: PickleVM,
    failure: PickleError,
    accepted: boolean,
    why: string | undefined,
    where: Where,
  ): void {
    if (failure instanceof PickleLimitError) {
      // read as a pickle by name or header: the stream's own rule (pickle.unparseable); found by the probe: a limit
      this.add(
        why ? 'pickle' : 'coverage',
        why ? 'pickle.unparseable' : 'scan.limit',
        'high',
        `expected the pickle opcodes to end within the scanner's bounds, found ${failure.message} at offset ${failure.offset} (${vm.opcodes} valid opcodes before it${why ? `; ${why}` : ''}): the rest of the stream was not checked, and a loader runs on`,
        where,
        failure.offset,
        LIMIT_HELP,
      );
    } else if (!accepted) {
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

  /** Bytes handed to a loader (nested pickles), then every other bytes object, scanned as pickles. */
  private async unwrapInner(
    nested: { data: Buffer; loader: string; offset: number }[],
    blobs: { data: Buffer; offset: number }[],
    handed: Set<Buffer>,
    where: Where,
    depth: number,
  ): Promise<void> {
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

  // ---- other formats ------------------------------------------------------------------------------------

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

  template(source: string, where: Where): void {
    for (const i of checkTemplate(source))
      this.add('templates', i.rule, i.severity, `chat template: ${i.message}`, where, undefined, TEMPLATE_HELP);
  }

  keras(text: string, where: Where): void {
    let v: unknown;
    try {
      v = parsePythonJson(text);
    } catch (error) {
      this.malformed('Keras model config', `JSON, found ${(error as Error).message}`, where, undefined);
      return;
    }
    this.kerasValue(v, where);
  }

  kerasValue(v: unknown, where: Where): void {
    for (const i of checkKerasConfig(v))
      this.add('formats', i.rule, i.severity, i.message, where, undefined, KERAS_HELP);
  }

  /** Bytes of no format the scanner verifies (`found`) under a model file's name: a finding (medium). */
  unrecognised(hints: Hints, where: Where, found: string): void {
    const ext = hints.external ? undefined : modelExtension(hints.name);
    if (!ext) return;
    this.add(
      'formats',
      'format.unrecognised',
      'medium',
      `expected a model file (the name ends in ${ext}), found ${found} at offset 0`,
      where,
      0,
      FORMAT_HELP,
    );
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

  secrets(text: string, where: Where, what: string): void {
    // the shared catalogue (core): same formats, rule ids and redaction as notebook and dataset checks
    for (const s of findSecrets(text, 20)) {
      this.add('secrets', secretRuleId(s.rule), 'high', `${s.rule.title} in ${what}: ${s.redacted}`, where);
    }
  }
}

/** Formats that do not positively identify the bytes: a stream named like a pickle is read as one. */
const UNPARSED: ReadonlySet<Format> = new Set(['binary', 'text', 'json', 'protobuf']);
/** Files that pickle.load / torch.load / joblib.load read as pickles. */
const PICKLE_EXT = /\.(pkl|pickle|pt|pth|bin|ckpt|joblib|dill|sav)$/i;
/**
 * Names of model files: bytes of no format the scanner verifies under one of these are a finding. Only formats the
 * scanner parses (a TensorFlow `.pb` is a protobuf message, a TorchServe `.mar` a zip, a NeMo `.nemo` a tar), so that
 * every real file of these kinds is recognised.
 */
const MODEL_EXT =
  /\.(pkl|pickle|pt|pth|bin|ckpt|joblib|dill|sav|safetensors|gguf|onnx|pb|h5|hdf5|keras|npy|npz|mar|nemo)$/i;
/** Model files that are protobuf messages. */
const PROTOBUF_EXT = /^\.(onnx|pb)$/i;
const MAX_RESYNC = 4096;
/** Bytes objects of one pickle stream tried as pickles. */
const MAX_BLOBS = 4096;
/**
 * Formats in which a zip directory at the end means prepended data or a polyglot: every format but zip itself and
 * tar (whose walk checks what follows its end-of-archive blocks). Python's zipfile (Keras `.keras`, pandas' zip
 * compression) reads a zip after any prefix: one that ends the data of a safetensors or GGUF file, or follows a
 * compressed stream that its decompressor ends before.
 */
const ZIP_TOO = (format: Format): boolean => format !== 'zip' && format !== 'tar' && format !== 'empty';

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
