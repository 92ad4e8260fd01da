/** sha256File: the streamed digest equals hashing the whole file at once, across buffer boundaries. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256File } from '@ml-gates/core';

describe('sha256File', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ml-gates-sha-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([0, 1, 4 << 20, (4 << 20) + 1, (9 << 20) + 12345])('matches a one-shot digest for %d bytes', async (n) => {
    const data = randomBytes(n);
    const path = join(dir, `f${n}`);
    writeFileSync(path, data);
    expect(await sha256File(path)).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('stops when its signal is aborted', async () => {
    const path = join(dir, 'aborted');
    writeFileSync(path, randomBytes(1 << 20));
    await expect(sha256File(path, AbortSignal.abort())).rejects.toThrow();
  });
});
