/**
 * ONNX model-local functions (as torch.onnx's dynamo exporter writes them): a node that calls one is run by ONNX
 * Runtime from the function's body, so it is no custom operator; a node of the same domain that no local
 * function defines, and a custom domain inside a function's body, still are. Fixtures: onnx-functions/generate.py.
 */
import { describe, expect, it } from '@jest/globals';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS, GlobalPolicy, scanFile } from '@ml-gates/model-scan';

const DIR = join(process.cwd(), 'test/fixtures/model-scan/onnx-functions');
async function customOps(name: string) {
  const p = join(DIR, name);
  const r = await scanFile(p, name, statSync(p).size, {
    policy: new GlobalPolicy(),
    limits: DEFAULT_LIMITS,
    hash: false,
  });
  return r.findings.filter((f) => f.ruleId === 'formats.onnx-custom-op').map((f) => f.message);
}

describe('ONNX model-local functions', () => {
  it('a node calling a local function, and the operator set only local functions use, are not custom operators', async () => {
    expect(await customOps('local_function.onnx')).toEqual([]);
  });

  it('a node of a local-function domain whose op no function defines is a custom operator', async () => {
    const found = await customOps('local_domain_custom_op.onnx');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('"NativeKernel"');
  });

  it('a custom domain used inside a local function is a custom operator', async () => {
    const found = await customOps('custom_op_in_function.onnx');
    expect(found.some((m) => m.includes('"Shell"') && m.includes('evil.ops'))).toBe(true);
  });
});
