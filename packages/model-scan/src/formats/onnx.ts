/**
 * ONNX ModelProto checks: external-data locations (absolute, `..`, leaving the model directory, missing,
 * declared ranges past the file), custom operator domains, and raw sizes that disagree with the shape.
 */
import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import type { Severity } from '@ml-gates/core';
import type { RandomSource } from '../source.js';
import { fields, str, type PbField } from './protobuf.js';

export interface OnnxIssue {
  rule: string;
  severity: Severity;
  message: string;
  offset?: number;
}

const STANDARD_DOMAINS = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'ai.onnx.training',
  'ai.onnx.preview.training',
  'com.microsoft',
  'com.microsoft.nchwc',
  'org.pytorch.aten',
  'com.ms.internal.nhwc',
]);
const ELEM_SIZE: Record<number, number> = {
  1: 4,
  2: 1,
  3: 1,
  4: 2,
  5: 2,
  6: 4,
  7: 8,
  9: 1,
  10: 2,
  11: 8,
  12: 4,
  13: 8,
  14: 8,
  15: 16,
  16: 2,
  17: 1,
  18: 1,
  19: 1,
  20: 1,
};

export interface OnnxContext {
  /** Absolute path of the model file on disk, when it is a file (not an archive member). */
  filePath?: string;
}

export async function checkOnnx(
  src: RandomSource,
  ctx: OnnxContext,
): Promise<{ issues: OnnxIssue[]; texts: string[] }> {
  const w = new OnnxWalker(src, ctx);
  await w.model();
  return { issues: w.issues, texts: w.texts };
}

/** What a TensorProto says about its data. */
interface TensorInfo {
  dims: number[];
  dtype: number;
  rawLen: number;
  name: string;
  external: boolean;
  ext: Record<string, string>;
}

/** Protobuf varints of a packed repeated field. */
function packedVarints(b: Buffer, out: number[]): void {
  let v = 0;
  let mul = 1;
  for (const x of b) {
    v += (x & 0x7f) * mul;
    mul *= 128;
    if ((x & 0x80) === 0) {
      out.push(v);
      v = 0;
      mul = 1;
    }
  }
}

/** The problem with an external-data location string itself (before the file system is asked), if any. */
function badLocation(loc: string, shown: string): Omit<OnnxIssue, 'offset'> | undefined {
  if (loc === '') {
    return {
      rule: 'formats.onnx-external-data',
      severity: 'medium',
      message: `initializer ${shown} is stored externally without a location`,
    };
  }
  if (isAbsolute(loc) || /^[A-Za-z]:[\\/]/.test(loc) || loc.startsWith('\\\\')) {
    return {
      rule: 'formats.onnx-external-path',
      severity: 'critical',
      message: `initializer ${shown} reads external data from the absolute path "${loc.slice(0, 200)}"`,
    };
  }
  if (loc.split(/[\\/]/).includes('..')) {
    return {
      rule: 'formats.onnx-external-path',
      severity: 'critical',
      message: `initializer ${shown} reads external data from "${loc.slice(0, 200)}", outside the model directory`,
    };
  }
  return undefined;
}

/** Walks a ModelProto field by field (streamed, bounded), collecting issues and text fields. */
class OnnxWalker {
  readonly issues: OnnxIssue[] = [];
  readonly texts: string[] = [];
  /** Nodes and operator-set imports of non-standard domains, judged once the local functions are known. */
  private readonly customNodes: { op: string; domain: string; offset: number }[] = [];
  private readonly customOpsets: { domain: string; offset: number }[] = [];
  /** Model-local functions as `domain\0name`. */
  private readonly localFunctions = new Set<string>();
  private budget = 2_000_000;

  constructor(
    private readonly src: RandomSource,
    private readonly ctx: OnnxContext,
  ) {}

  private tick(): void {
    if (--this.budget < 0) throw new RangeError('more than 2,000,000 protobuf fields');
  }

  private async readTensor(f: PbField): Promise<TensorInfo> {
    const { src } = this;
    const t: TensorInfo = { dims: [], dtype: 0, rawLen: -1, name: '', external: false, ext: {} };
    for await (const x of fields(src, f.off!, f.off! + f.len!)) {
      this.tick();
      if (x.field === 1 && x.wire === 0) t.dims.push(x.num!);
      else if (x.field === 1 && x.wire === 2) packedVarints(await src.read(x.off!, x.len!), t.dims);
      else if (x.field === 2) t.dtype = x.num ?? 0;
      else if (x.field === 8) t.name = await str(src, x, 4096);
      else if (x.field === 9) t.rawLen = x.len ?? 0;
      else if (x.field === 14) t.external = x.num === 1;
      else if (x.field === 13) {
        let k = '';
        let v = '';
        for await (const e of fields(src, x.off!, x.off! + x.len!)) {
          if (e.field === 1) k = await str(src, e, 4096);
          else if (e.field === 2) v = await str(src, e, 4096);
        }
        t.ext[k] = v;
      }
    }
    return t;
  }

  private async tensor(f: PbField): Promise<void> {
    const { dims, dtype, rawLen, name, external, ext } = await this.readTensor(f);
    const elems = dims.reduce((a, d) => a * d, 1);
    const size = ELEM_SIZE[dtype];
    const shown = JSON.stringify(name).slice(0, 100);
    if (rawLen >= 0 && size !== undefined && dtype !== 8 && rawLen !== elems * size) {
      this.issues.push({
        rule: 'formats.onnx-size-mismatch',
        severity: 'medium',
        message: `initializer ${shown} holds ${rawLen} raw bytes but its shape and type need ${elems * size}`,
        offset: f.off,
      });
    }
    if (external || ext.location !== undefined)
      await this.externalData(ext, shown, size !== undefined ? elems * size : -1, f.off!);
  }

  private async externalData(ext: Record<string, string>, shown: string, want: number, offset: number): Promise<void> {
    const loc = ext.location ?? '';
    const bad = badLocation(loc, shown);
    if (bad) {
      this.issues.push({ ...bad, offset });
      return;
    }
    if (!this.ctx.filePath) return;
    const dir = dirname(this.ctx.filePath);
    const target = resolve(dir, loc);
    let real: string;
    try {
      await lstat(target);
      real = await realpath(target);
    } catch {
      this.issues.push({
        rule: 'formats.onnx-external-data',
        severity: 'medium',
        message: `initializer ${shown} names the external data file "${loc.slice(0, 200)}", which does not exist`,
        offset,
      });
      return;
    }
    const dirReal = await realpath(dir);
    if (real !== dirReal && !real.startsWith(dirReal + sep)) {
      this.issues.push({
        rule: 'formats.onnx-external-path',
        severity: 'critical',
        message: `initializer ${shown} reads "${loc.slice(0, 200)}", a link that leaves the model directory`,
        offset,
      });
      return;
    }
    await this.externalRange(ext, (await lstat(real)).size, { shown, want, offset, loc });
  }

  /** The declared byte range against the external file's size and the tensor's shape. */
  private async externalRange(
    ext: Record<string, string>,
    fileSize: number,
    t: { shown: string; want: number; offset: number; loc: string },
  ): Promise<void> {
    const off = Number(ext.offset ?? '0');
    const len = ext.length !== undefined ? Number(ext.length) : t.want;
    if (!Number.isFinite(off) || !Number.isFinite(len) || off < 0 || off + Math.max(len, 0) > fileSize) {
      this.issues.push({
        rule: 'formats.onnx-size-mismatch',
        severity: 'medium',
        message: `initializer ${t.shown} declares external bytes ${off}..${off + len} but "${t.loc.slice(0, 200)}" has ${fileSize} bytes`,
        offset: t.offset,
      });
    } else if (ext.length !== undefined && t.want >= 0 && len !== t.want) {
      this.issues.push({
        rule: 'formats.onnx-size-mismatch',
        severity: 'medium',
        message: `initializer ${t.shown} declares ${len} external bytes but its shape and type need ${t.want}`,
        offset: t.offset,
      });
    }
  }

  private async graph(f: PbField, depth: number): Promise<void> {
    const { src } = this;
    if (depth > 32) throw new RangeError('graphs nested more than 32 deep');
    for await (const g of fields(src, f.off!, f.off! + f.len!)) {
      this.tick();
      if (g.wire !== 2) continue;
      if (g.field === 1) await this.node(g, depth);
      else if (g.field === 5) await this.tensor(g);
      else if (g.field === 15) await this.sparse(g);
    }
  }

  /** A SparseTensorProto (a sparse initializer or a node's sparse attribute): values (1) and indices (2) are tensors. */
  private async sparse(f: PbField): Promise<void> {
    for await (const s of fields(this.src, f.off!, f.off! + f.len!))
      if (s.wire === 2 && (s.field === 1 || s.field === 2)) await this.tensor(s);
  }

  /**
   * A FunctionProto (model-local function): its name (1) and domain (10) are what nodes call; its nodes (7) are
   * walked like a graph's (attribute tensors, custom domains of their own).
   */
  private async functionProto(f: PbField): Promise<void> {
    let name = '';
    let domain = '';
    for await (const n of fields(this.src, f.off!, f.off! + f.len!)) {
      this.tick();
      if (n.field === 7 && n.wire === 2) await this.node(n, 1);
      else if (n.field === 1 && n.wire === 2) name = await str(this.src, n, 1024);
      else if (n.field === 10 && n.wire === 2) domain = await str(this.src, n, 1024);
    }
    if (name !== '') this.localFunctions.add(`${domain}\0${name}`);
  }

  /** A TrainingInfoProto: its initialization (1) and algorithm (2) are graphs. */
  private async trainingInfo(f: PbField): Promise<void> {
    for await (const g of fields(this.src, f.off!, f.off! + f.len!))
      if ((g.field === 1 || g.field === 2) && g.wire === 2) await this.graph(g, 1);
  }

  private async node(f: PbField, depth: number): Promise<void> {
    const { src } = this;
    let op = '';
    let domain = '';
    const subgraphs: PbField[] = [];
    for await (const n of fields(src, f.off!, f.off! + f.len!)) {
      this.tick();
      if (n.field === 4) op = await str(src, n, 1024);
      else if (n.field === 7) domain = await str(src, n, 1024);
      else if (n.field === 5 && n.wire === 2) {
        for await (const a of fields(src, n.off!, n.off! + n.len!)) {
          if ((a.field === 6 || a.field === 11) && a.wire === 2) subgraphs.push(a);
          else if ((a.field === 5 || a.field === 10) && a.wire === 2) await this.tensor(a);
          else if ((a.field === 22 || a.field === 23) && a.wire === 2) await this.sparse(a);
        }
      }
    }
    // Judged at the end of the model: a node that calls a model-local function is not a custom operator.
    if (!STANDARD_DOMAINS.has(domain)) this.customNodes.push({ op, domain, offset: f.off! });
    for (const g of subgraphs) await this.graph(g, depth + 1);
  }

  /** The model's operator-set imports (OperatorSetIdProto domains). */
  private async opsetImport(m: PbField): Promise<void> {
    for await (const o of fields(this.src, m.off!, m.off! + m.len!)) {
      if (o.field !== 1) continue;
      const d = await str(this.src, o, 1024);
      if (!STANDARD_DOMAINS.has(d)) this.customOpsets.push({ domain: d, offset: m.off! });
    }
  }

  /**
   * Custom operator domains, once every model-local function is known (the functions follow the graph in the
   * file). ONNX Runtime runs a node whose (domain, op) names a local function by its body, so such a node loads
   * no native code, and an operator set that only local functions use is not a custom-op library; any other
   * node of a non-standard domain is a custom operator, even in a domain that also has local functions.
   */
  private judgeCustomDomains(): void {
    for (const n of this.customNodes) {
      if (this.localFunctions.has(`${n.domain}\0${n.op}`)) continue;
      this.issues.push({
        rule: 'formats.onnx-custom-op',
        severity: 'high',
        message: `node ${JSON.stringify(n.op).slice(0, 80)} uses the custom operator domain "${n.domain.slice(0, 100)}", which loads native code from a custom-op library`,
        offset: n.offset,
      });
    }
    const localDomains = new Set([...this.localFunctions].map((k) => k.slice(0, k.indexOf('\0'))));
    for (const o of this.customOpsets) {
      if (localDomains.has(o.domain)) continue;
      this.issues.push({
        rule: 'formats.onnx-custom-op',
        severity: 'high',
        message: `the model imports the custom operator set "${o.domain.slice(0, 100)}"`,
        offset: o.offset,
      });
    }
  }

  async model(): Promise<void> {
    const { src } = this;
    try {
      for await (const m of fields(src, 0, src.size)) {
        this.tick();
        if (m.field === 7 && m.wire === 2) await this.graph(m, 0);
        else if (m.field === 25 && m.wire === 2) await this.functionProto(m);
        else if (m.field === 20 && m.wire === 2) await this.trainingInfo(m);
        else if (m.field === 8 && m.wire === 2) await this.opsetImport(m);
        else if ((m.field === 6 || m.field === 14) && m.wire === 2 && (m.len ?? 0) < 1 << 20) {
          this.texts.push((await src.read(m.off!, m.len!)).toString('latin1'));
        }
      }
    } finally {
      // Even when the walk stops part-way, what it saw is judged.
      this.judgeCustomDomains();
    }
  }
}

/** TensorFlow ops that read or write files or run Python. */
const TF_DANGEROUS_OPS: Record<string, Severity> = {
  ReadFile: 'high',
  WriteFile: 'critical',
  MatchingFiles: 'medium',
  DeleteFile: 'critical',
  PyFunc: 'critical',
  PyFuncStateless: 'critical',
  EagerPyFunc: 'critical',
  ImmutableConst: 'medium',
  PrintV2: 'low',
};

/** Ops of a SavedModel (`saved_model.pb`) or frozen GraphDef, including function libraries. */
export async function checkTfGraph(src: RandomSource): Promise<{ issues: OnnxIssue[]; ops: number; isTf: boolean }> {
  const issues: OnnxIssue[] = [];
  let ops = 0;
  let budget = 2_000_000;
  async function nodeDef(f: PbField): Promise<void> {
    for await (const n of fields(src, f.off!, f.off! + f.len!)) {
      if (--budget < 0) throw new RangeError('more than 2,000,000 protobuf fields');
      if (n.field === 2 && n.wire === 2) {
        const op = await str(src, n, 256);
        ops++;
        const sev = TF_DANGEROUS_OPS[op];
        if (sev)
          issues.push({
            rule: 'formats.tf-dangerous-op',
            severity: sev,
            message: `the graph uses the ${op} op, which ${op.includes('Py') ? 'runs Python code' : 'touches the file system'} when the model runs`,
            offset: n.off,
          });
      }
    }
  }
  async function graphDef(f: PbField): Promise<void> {
    for await (const g of fields(src, f.off!, f.off! + f.len!)) {
      if (g.wire !== 2) continue;
      if (g.field === 1) await nodeDef(g);
      else if (g.field === 2) {
        // FunctionDefLibrary.function (1) -> FunctionDef.node_def (3)
        for await (const fl of fields(src, g.off!, g.off! + g.len!)) {
          if (fl.field === 1 && fl.wire === 2)
            for await (const fd of fields(src, fl.off!, fl.off! + fl.len!))
              if (fd.field === 3 && fd.wire === 2) await nodeDef(fd);
        }
      }
    }
  }
  let isTf = false;
  for await (const top of fields(src, 0, src.size)) {
    if (top.field === 2 && top.wire === 2) {
      // SavedModel.meta_graphs -> MetaGraphDef.graph_def (2)
      isTf = true;
      for await (const mg of fields(src, top.off!, top.off! + top.len!))
        if (mg.field === 2 && mg.wire === 2) await graphDef(mg);
    }
  }
  return { issues, ops, isTf };
}
