/**
 * ONNX models in-process through onnxruntime-web (WebAssembly): no native binaries, nothing downloaded at
 * run time. The two runtime files (`ort-wasm-simd-threaded.mjs` and `.wasm`) are looked up next to the
 * running bundle (or in a sibling `onnxruntime/` folder), then in the installed `onnxruntime-web` package.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { UserError } from '@ml-gates/core';
import type { Answer, Target } from './types.js';

const WASM = 'ort-wasm-simd-threaded.wasm';
const GLUE = 'ort-wasm-simd-threaded.mjs';

type Ort = typeof import('onnxruntime-web');
let ortPromise: Promise<Ort> | undefined;

/** Directory holding the WebAssembly runtime files. */
export function wasmDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..', 'onnxruntime'), join(here, 'onnxruntime')]) {
    if (existsSync(join(dir, WASM)) && existsSync(join(dir, GLUE))) return dir;
  }
  try {
    return dirname(createRequire(import.meta.url).resolve('onnxruntime-web'));
  } catch {
    throw new Error(
      `onnxruntime-web's ${WASM} and ${GLUE} are neither next to the bundle (${here}) nor installed; the build must copy them (see packages/adversarial-gate/README.md)`,
    );
  }
}

export async function loadOrt(): Promise<Ort> {
  ortPromise ??= (async () => {
    const ort = await import('onnxruntime-web');
    const dir = wasmDir();
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.wasmPaths = {
      mjs: pathToFileURL(join(dir, GLUE)).href,
      wasm: pathToFileURL(join(dir, WASM)).href,
    };
    ort.env.logLevel = 'error';
    return ort;
  })();
  return ortPromise;
}

export interface OnnxOptions {
  inputName?: string;
  outputName?: string;
  maxBatch?: number;
}

/** Opens an ONNX classifier. Inputs are float vectors (flattened), outputs the first (or named) output. */
export async function openOnnx(path: string, displayPath: string, options: OnnxOptions = {}): Promise<Target> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError('input-unreadable', `Cannot read the ONNX model ${displayPath}: ${(error as Error).message}`);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  const ort = await loadOrt();
  let session: import('onnxruntime-web').InferenceSession;
  try {
    session = await ort.InferenceSession.create(new Uint8Array(bytes), { graphOptimizationLevel: 'all' });
  } catch (error) {
    throw new UserError('input-invalid', `${displayPath} is not a loadable ONNX model: ${(error as Error).message}`, {
      details: ['Export the model with opset >= 7 and a float32 input; check it loads in onnxruntime.'],
    });
  }
  const inputName = options.inputName ?? session.inputNames[0];
  const outputName = options.outputName ?? session.outputNames[0];
  if (!inputName || !session.inputNames.includes(inputName)) {
    throw new UserError(
      'input-invalid',
      `${displayPath} has no input "${options.inputName}"; inputs: ${session.inputNames.join(', ')}.`,
    );
  }
  if (!outputName || !session.outputNames.includes(outputName)) {
    throw new UserError(
      'input-invalid',
      `${displayPath} has no output "${options.outputName}"; outputs: ${session.outputNames.join(', ')}.`,
    );
  }
  const meta = session.inputMetadata.find((m) => m.name === inputName);
  const dims: (number | string)[] = meta && meta.isTensor ? [...meta.shape] : [];
  const featureDims = dims.slice(1).map((d) => (typeof d === 'number' && d > 0 ? d : -1));
  const features =
    featureDims.length > 0 && featureDims.every((d) => d > 0) ? featureDims.reduce((a, b) => a * b, 1) : undefined;
  const fixedBatch = typeof dims[0] === 'number' && dims[0] > 0 ? dims[0] : undefined;
  const maxBatch = fixedBatch === 1 ? 1 : Math.max(1, options.maxBatch ?? 256);

  async function runChunk(rows: Float32Array[]): Promise<Answer[]> {
    const width = rows[0]!.length;
    const data = new Float32Array(rows.length * width);
    rows.forEach((r, i) => data.set(r, i * width));
    const shape = [rows.length, ...(featureDims.length > 0 && features === width ? featureDims : [width])];
    const result = await session.run({ [inputName!]: new ort.Tensor('float32', data, shape) });
    const out = result[outputName!];
    if (!out) throw new Error(`model produced no output "${outputName}"`);
    const values = out.data as Float32Array | BigInt64Array | Int32Array;
    const per = values.length / rows.length;
    return rows.map((_, i) => {
      if (per === 1) return { ok: true, out: { label: Number(values[i]) } };
      const scores: number[] = [];
      for (let j = 0; j < per; j++) scores.push(Number(values[i * per + j]));
      return { ok: true, out: { scores } };
    });
  }

  return {
    kind: 'onnx',
    fingerprint: `sha256:${sha}`,
    maxBatch,
    async predict(inputs) {
      // Rows the model cannot take (wrong length, not numbers) get their own error; the rest run together.
      const answers: (Answer | undefined)[] = inputs.map((x) => {
        if (!(x instanceof Float32Array) && !Array.isArray(x))
          return { ok: false, error: `input is a ${typeof x}, not a vector`, kind: 'rejected' };
        if (x.length === 0) return { ok: false, error: 'empty input', kind: 'rejected' };
        if (features !== undefined && x.length !== features) {
          return { ok: false, error: `input has ${x.length} values, model expects ${features}`, kind: 'rejected' };
        }
        if (Array.isArray(x) && x.some((v) => typeof v !== 'number'))
          return { ok: false, error: 'input holds non-numbers', kind: 'rejected' };
        return undefined;
      });
      const groups = new Map<number, number[]>();
      inputs.forEach((x, i) => {
        if (answers[i]) return;
        const n = (x as ArrayLike<number>).length;
        const g = groups.get(n);
        if (g) g.push(i);
        else groups.set(n, [i]);
      });
      for (const idx of groups.values()) {
        const rows = idx.map((i) =>
          inputs[i] instanceof Float32Array ? inputs[i] : Float32Array.from(inputs[i] as ArrayLike<number>),
        );
        try {
          const res = await runChunk(rows);
          idx.forEach((i, k) => (answers[i] = res[k]!));
        } catch (error) {
          // One bad row must not take the others down: retry one by one.
          for (const i of idx) {
            try {
              answers[i] = (await runChunk([Float32Array.from(inputs[i] as ArrayLike<number>)]))[0]!;
            } catch (e) {
              answers[i] = {
                ok: false,
                error: `onnxruntime: ${(e as Error).message ?? String(error)}`.slice(0, 300),
                kind: 'rejected',
              };
            }
          }
        }
      }
      return answers as Answer[];
    },
    async close() {
      await session.release();
    },
  };
}
