/**
 * Scans one file: detects each stream's format from its bytes, unwraps archives and compressed wrappers,
 * runs the pickle VM and the format checks, and turns every parse error, limit or timeout into a finding
 * while keeping the findings already made. Never loads or executes anything it reads.
 */
import { open } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { crc32 } from 'node:zlib';
import { findSecrets, secretRuleId, sha256File, type Severity } from '@ml-gates/core';
import { findEocd, readZip, unsafeMemberName, type ZipEntry } from './archive/zip.js';
import { decompress, inflateRaw } from './compress.js';
import { COMPRESSED, detect, type Format } from './detect.js';
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
import { parseGguf } from './formats/gguf.js';
import { checkTemplate } from './formats/jinja.js';
import { checkKerasConfig, isKerasConfig } from './formats/keras.js';
import { checkOnnx, checkTfGraph } from './formats/onnx.js';
import { GlobalPolicy } from './pickle/policy.js';
import { DEFAULT_PICKLE_LIMITS, PickleError, PickleVM, type PickleLimits } from './pickle/vm.js';
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
    const src = fileSource(fh, size);
    // Hash first, then scan: one pass at a time keeps the two streams' buffers from piling up in the heap
    // together (run side by side, V8 grew the young generation and peak RSS doubled on dense pickles).
    if (opts.hash) sha256 = await sha256File(abs, opts.signal).catch(() => undefined);
    await scan.guard(scan.where, async () => {
      format = await scan.random(src, scan.where, 0, { filePath: abs });
    });
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

interface Hints {
  /** The file on disk (for ONNX external data). */
  filePath?: string;
  /** Archive member name, used only to add checks (never to skip). */
  name?: string;
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
  async random(src: RandomSource, where: Where, depth: number, hints: Hints = {}): Promise<Format> {
    this.tick();
    if (depth > this.opts.limits.maxDepth)
      throw new LimitError(`archives and wrappers nested more than ${this.opts.limits.maxDepth} deep`);
    const head = await src.read(0, HEAD);
    let format = detect(head, src.size);
    if (format === 'binary' && hints.name && /\.pkl$/i.test(hints.name)) format = 'pickle';
    this.formats.add(format);
    // A zip directory at the end of something that is not a zip: a polyglot or prepended data.
    let zipToo = false;
    if (['pickle', 'binary', 'text', 'json', 'protobuf', 'numpy', 'hdf5'].includes(format) && src.size >= 22) {
      const { pos } = await findEocd(src);
      if (pos >= 0) {
        try {
          const dir = await readZip(src, this.opts.limits.maxMembers);
          zipToo = dir.entries.length > 0;
        } catch {
          zipToo = false;
        }
      }
    }
    if (zipToo && format === 'pickle') {
      this.add(
        'archive',
        'archive.polyglot',
        'critical',
        'the file is both a pickle (at offset 0) and a zip archive: pickle.load runs the pickle while zip-based tools see an archive',
        where,
        0,
        POLYGLOT_HELP,
      );
    }
    switch (format) {
      case 'zip':
        await this.zip(src, where, depth);
        break;
      case 'pickle':
        await this.pickleStream(streamOf(src, CHUNK, true), where, depth, head[0] === 0x80, src.size);
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
        await this.text(src, where, format);
        break;
      default:
        if (COMPRESSED.has(format))
          await this.stream(
            decompress(format, streamOf(src), this.inflateBudget()),
            inner(where, `(${format})`),
            depth + 1,
            hints,
          );
    }
    if (zipToo && format !== 'zip') await this.zip(src, where, depth);
    return format;
  }

  async stream(it: AsyncIterable<Buffer>, where: Where, depth: number, hints: Hints = {}): Promise<void> {
    this.tick();
    if (depth > this.opts.limits.maxDepth)
      throw new LimitError(`archives and wrappers nested more than ${this.opts.limits.maxDepth} deep`);
    const { head, rest } = await peek(this.counted(it), HEAD);
    let format = detect(head, head.length);
    if (format === 'binary' && hints.name && /\.pkl$/i.test(hints.name)) format = 'pickle';
    if (format === 'pickle') {
      this.formats.add(format);
      await this.pickleStream(rest, where, depth, head[0] === 0x80);
      return;
    }
    if (COMPRESSED.has(format)) {
      this.formats.add(format);
      await this.stream(decompress(format, rest, this.inflateBudget()), inner(where, `(${format})`), depth + 1, hints);
      return;
    }
    if (format === 'binary' || format === 'empty') {
      this.formats.add(format);
      for await (const _ of rest) this.tick(); // drain (checks sizes and CRCs of the wrapper)
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
  async pickleStream(
    it: AsyncIterable<Buffer>,
    where: Where,
    depth: number,
    strong: boolean,
    total?: number,
  ): Promise<void> {
    const nested: { data: Buffer; loader: string; offset: number }[] = [];
    const vm = new PickleVM(
      {
        finding: (rule, severity, message, offset) =>
          this.add('pickle', rule, severity, message, where, offset, PICKLE_HELP[rule]),
        nested: (data, loader, offset) => {
          if (nested.length < this.opts.limits.maxNested) nested.push({ data, loader, offset });
        },
        text: (s) => this.secrets(s, where, 'a pickled string'),
      },
      this.opts.policy,
      this.opts.limits.pickle,
    );
    let consumed = 0;
    let stopped = false;
    try {
      for await (const chunk of it) {
        this.tick();
        if (vm.done) {
          consumed += chunk.length;
          continue;
        }
        vm.feed(chunk);
        consumed += chunk.length;
      }
      if (!vm.done) vm.end();
      else stopped = true;
    } catch (error) {
      if (error instanceof PickleError && error.notPickle && !strong && vm.pickles === 0) {
        this.formats.delete('pickle');
        this.formats.add('binary');
        return;
      }
      if (error instanceof PickleError && vm.pickles >= 1 && !vm.legacyTorch) {
        this.add(
          'pickle',
          'pickle.trailing-data',
          'low',
          `bytes after the first pickle (from offset ${vm.endOffset}) are not a valid pickle: ${error.message} at offset ${error.offset}; findings in them are kept`,
          where,
          vm.endOffset,
        );
      } else if (error instanceof PickleError) {
        this.add(
          'coverage',
          'scan.unscannable',
          'high',
          `pickle stream is malformed at offset ${error.offset}: ${error.message}. Findings up to this point are kept; a loader runs everything before the error`,
          where,
          error.offset,
          UNSCANNABLE_HELP,
        );
      } else throw error;
    } finally {
      this.pickles += vm.pickles;
      this.opcodes += vm.opcodes;
      for (const k of vm.imports.keys()) if (this.imports.size < 1000) this.imports.add(k);
    }
    if (vm.legacyTorch) this.formats.add('pytorch-legacy');
    if (stopped && !vm.legacyTorch && (total === undefined ? consumed : total) > vm.endOffset) {
      this.add(
        'pickle',
        'pickle.trailing-data',
        'low',
        `${(total ?? consumed) - vm.endOffset} bytes after the last pickle (ends at offset ${vm.endOffset}) are not a pickle`,
        where,
        vm.endOffset,
      );
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
  }

  // ---- archives -----------------------------------------------------------------------------------------
  async zip(src: RandomSource, where: Where, depth: number): Promise<void> {
    this.formats.add('zip');
    const dir = await readZip(src, this.opts.limits.maxMembers);
    const names = new Map<string, number>();
    for (const e of dir.entries) names.set(e.name, (names.get(e.name) ?? 0) + 1);
    if (dir.prefix > 0) {
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
        for await (const c of streamOf(raw)) {
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
    if (h.length < 12) throw new ScanError(`NumPy file of ${h.length} bytes ends inside its header`);
    const major = h[6]!;
    const hlen = major === 1 ? h.readUInt16LE(8) : h.readUInt32LE(8);
    const start = major === 1 ? 10 : 12;
    if (hlen > 1 << 20) throw new ScanError(`NumPy header of ${hlen} bytes is too large`);
    const header = (await src.read(start, hlen)).toString('latin1');
    const descr = /'descr':\s*('[^']*'|\[.*\])/s.exec(header)?.[1] ?? '';
    if (/O/.test(descr)) {
      this.add(
        'pickle',
        'pickle.object-array',
        'info',
        'NumPy object array: its data is a pickle (numpy.load needs allow_pickle=True); the pickle was scanned',
        where,
        start + hlen,
      );
      const body = src.slice(start + hlen, src.size - start - hlen);
      await this.pickleStream(streamOf(body, CHUNK, true), inner(where, 'object data'), depth + 1, true, body.size);
    }
  }

  async safetensors(src: RandomSource, where: Where): Promise<void> {
    const res = await checkSafetensors(src);
    for (const p of res.problems.slice(0, 50))
      this.add('formats', 'formats.safetensors-invalid', 'medium', `safetensors ${p.message}`, where, p.offset);
    for (const [k, v] of Object.entries(res.metadata)) this.secrets(`${k}=${v}`, where, '__metadata__');
  }

  async gguf(src: RandomSource, where: Where): Promise<void> {
    let res;
    try {
      res = await parseGguf(src);
    } catch (error) {
      if (error instanceof RangeError) throw new ScanError(`GGUF ${error.message}`);
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
    // Keras stores its model config as a JSON string attribute; find it in the raw bytes (streamed).
    const needle = Buffer.from('{"class_name":');
    const needle2 = Buffer.from('{"module":');
    let found = 0;
    let carry = Buffer.alloc(0);
    let base = 0;
    for await (const chunk of streamOf(src, 4 << 20)) {
      this.tick();
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
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
  }

  private keras(text: string, where: Where): void {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
      return;
    }
    for (const i of checkKerasConfig(v))
      this.add('formats', i.rule, i.severity, i.message, where, undefined, KERAS_HELP);
  }

  async protobuf(src: RandomSource, where: Where, hints: Hints): Promise<void> {
    const head = await src.read(0, 2);
    if (head[0] === 0x08) {
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

  async text(src: RandomSource, where: Where, format: Format): Promise<void> {
    if (src.size > 64 << 20) {
      // large text: secrets in a streamed pass
      for await (const c of streamOf(src, 4 << 20)) {
        this.tick();
        this.secrets(c.toString('utf8'), where, 'text');
      }
      return;
    }
    const text = (await src.read(0, src.size)).toString('utf8');
    this.secrets(text, where, 'text');
    if (format !== 'json') return;
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch {
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
      if (isKerasConfig(v) || (typeof o.config === 'object' && isKerasConfig(o.config))) this.keras(text, where);
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

const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 120)}…` : s);

const UNSCANNABLE_HELP =
  'The scanner could not check all of this file, so it cannot vouch for it. A loader may still run what the scanner could not parse (a pickle runs every opcode before the error). Re-export the model with its framework, or waive the finding if you trust its source.';
const LIMIT_HELP =
  'A size, depth or time limit was reached. Raise `limits` in the model-scan section of ml-gates.yml if the file is legitimate and large, or find out why it is so large or deep.';
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
