/** One scratch file per process for the targets that scan a file on disk (scanFile reads by path). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string | undefined;

/** Writes `data` to this process's scratch file and returns its path (overwritten on the next call). */
export function scratchFile(data: Buffer, name = 'input.bin'): string {
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'mlg-fuzz-'));
    const d = dir;
    process.once('exit', () => rmSync(d, { recursive: true, force: true }));
  }
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** Removes the scratch directory (the regression test calls it; a fuzzing run's TMPDIR is removed by the driver). */
export function removeScratch(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

/** The scratch directory (created on first use). */
export function scratchDir(): string {
  if (!dir) scratchFile(Buffer.alloc(0));
  return dir!;
}
