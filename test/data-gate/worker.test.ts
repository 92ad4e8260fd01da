/**
 * The reading thread's file (profile/worker.ts): a bundle's own file, or its entry when the module sits in a
 * lazily loaded ncc chunk, which cannot run on its own (the CLI bundle; its entry hands worker threads over).
 */
import { describe, expect, it } from '@jest/globals';
import { workerFile } from '../../packages/data-gate/src/profile/worker.js';

describe('workerFile', () => {
  it('runs the bundle itself when the module is in the entry', () => {
    expect(workerFile('file:///a/dist/data-gate/index.js').href).toBe('file:///a/dist/data-gate/index.js');
    expect(workerFile('file:///a/lib/profile/worker.js').href).toBe('file:///a/lib/profile/worker.js');
  });
  it("runs the bundle's entry when the module is in a lazily loaded chunk", () => {
    expect(workerFile('file:///a/dist/cli/738.index.js').href).toBe('file:///a/dist/cli/index.js');
  });
});
