/**
 * Reading a dataset on a second core: `readInWorker` profiles files in a worker thread while the caller reads
 * something else (data-gate reads the reference there while the main thread reads the current dataset).
 *
 * How the worker finds its code once bundled: ncc copies `new Worker(new URL('./x.js', import.meta.url))` as a
 * raw asset (the TypeScript source, unbundled), so that form cannot work in dist/. Instead the worker runs the
 * same file that holds this module (`import.meta.url`: the bundle itself, or this compiled module), and the
 * top-level `await` below holds back every module that imports this one — the bundle's entry included — so in
 * the worker only the read runs, never the CLI or the action. Where this module is TypeScript source (Jest),
 * a worker cannot load it and the read happens on the calling thread: same code, same result, one core.
 */
import { isMainThread, parentPort, workerData, Worker } from 'node:worker_threads';
// the reader alone, not core's index: this is all a reading thread evaluates before it reads
import { readTables, UserError, type TableFile, type UserErrorCode } from '@ml-gates/core/io';
import type { DataGateOptions } from '../options.js';
import { ProfileSink, type ColumnData } from './accumulate.js';
import type { TableSummary, TableReadOptions } from '@ml-gates/core/io';

const WORKER_TAG = 'ml-gates/data-gate-read';
const HERE = import.meta.url;

interface WorkerRequest {
  tag: typeof WORKER_TAG;
  files: TableFile[];
  read: Omit<TableReadOptions, 'signal'>;
  maxCategories: number;
  sketchAbove: number;
}

export interface WorkerReadResult {
  columns: ColumnData[];
  rows: number;
  files: TableSummary[];
}

type WorkerReply =
  | { ok: true; result: WorkerReadResult }
  | { ok: false; error: { message: string; code?: UserErrorCode; details?: string[]; user: boolean } };

/** Profiles files on the current thread (what the worker runs, and the fallback). */
export async function profileFiles(
  files: readonly TableFile[],
  read: TableReadOptions,
  maxCategories: number,
  sketchAbove: number,
): Promise<WorkerReadResult> {
  const profile = new ProfileSink(maxCategories, sketchAbove);
  const summaries = await readTables(files, profile, read);
  return { columns: profile.finish(), rows: profile.rows, files: summaries };
}

async function serveWorker(req: WorkerRequest): Promise<void> {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const result = await profileFiles(req.files, req.read, req.maxCategories, req.sketchAbove);
    for (const c of result.columns) if (c.values.byteLength > 0) transfer.push(c.values.buffer as ArrayBuffer);
    reply = { ok: true, result };
  } catch (error) {
    const e = error as Error;
    reply = {
      ok: false,
      error:
        error instanceof UserError
          ? { message: e.message, code: error.code, details: error.details, user: true }
          : { message: e.message ?? String(error), user: false },
    };
  }
  parentPort!.postMessage(reply, transfer);
}

if (!isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG) {
  await serveWorker(workerData as WorkerRequest);
  // Hold every importing module (the bundle's entry) back until the parent terminates this thread.
  await new Promise<never>(() => parentPort!.ref());
}

/**
 * The file a reading thread runs: the file holding this module, or, when this module sits in a lazily loaded
 * chunk of an ncc bundle (`<id>.index.js`, which cannot run on its own), the bundle's entry beside it, which
 * hands worker threads to this module (packages/cli/src/bin.ts).
 */
export function workerFile(here: string = HERE): URL {
  const url = new URL(here);
  return /\/\d+\.index\.js$/.test(url.pathname) ? new URL('./index.js', url) : url;
}

/** True when a worker thread can run this module (compiled JavaScript or a bundle, not TypeScript source). */
export function workerAvailable(): boolean {
  return HERE.endsWith('.js') || HERE.endsWith('.mjs');
}

/**
 * Profiles `files` in a worker thread (on the calling thread when no worker can run this code). The result is
 * the one `profileFiles` gives; a `UserError` in the worker is rethrown as the same `UserError`.
 */
export async function readInWorker(
  files: readonly TableFile[],
  o: Pick<DataGateOptions, 'max-categories' | 'sketch-above'>,
  read: TableReadOptions,
): Promise<WorkerReadResult> {
  const { signal, ...plain } = read;
  if (!workerAvailable()) return profileFiles(files, read, o['max-categories'], o['sketch-above']);
  const request: WorkerRequest = {
    tag: WORKER_TAG,
    files: files.map((f) => ({ path: f.path, relPath: f.relPath })),
    read: plain,
    maxCategories: o['max-categories'],
    sketchAbove: o['sketch-above'],
  };
  const worker = new Worker(workerFile(), { workerData: request });
  try {
    return await new Promise<WorkerReadResult>((resolvePromise, reject) => {
      const abort = (): void => reject(new UserError('usage', 'Reading was cancelled.'));
      signal?.addEventListener('abort', abort, { once: true });
      worker.once('message', (m: WorkerReply) => {
        signal?.removeEventListener('abort', abort);
        if (m.ok) resolvePromise(m.result);
        else if (m.error.user)
          reject(new UserError(m.error.code!, m.error.message, { details: m.error.details ?? [] }));
        else reject(new Error(`reading ${files.map((f) => f.relPath).join(', ')} failed: ${m.error.message}`));
      });
      worker.once('error', (e) => reject(new Error(`the reading thread failed: ${e.message}`, { cause: e })));
      worker.once('exit', (code) => reject(new Error(`the reading thread exited (code ${code}) without a result`)));
    });
  } finally {
    await worker.terminate();
  }
}
