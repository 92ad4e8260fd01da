/** #14 item 2: the lint rule that keeps caught errors from becoming "nothing found" in package sources. */
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
async function problems(code: string, filePath = 'packages/data-gate/src/probe.ts'): Promise<number[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-empty').map((m) => m.line);
}

describe('eslint: fail closed in packages/*/src', () => {
  it.each([
    ['an empty catch block', 'export function f(g: () => void) {\n  try {\n    g();\n  } catch {}\n}\n'],
    [
      'a comment-only catch block',
      'export function f(g: () => void) {\n  try {\n    g();\n  } catch {\n    // fine\n  }\n}\n',
    ],
    ['.catch(() => default)', 'export const f = (p: Promise<number[]>) =>\n  p.catch(() => []);\n'],
    ['.catch(() => {})', 'export const f = (p: Promise<void>) =>\n  p.catch(() => {});\n'],
    [
      '.catch(() => { return x })',
      'export const f = (p: Promise<number>) =>\n  p.catch(() => {\n    return 0;\n  });\n',
    ],
    [
      '.then(ok, () => default)',
      'export const f = (p: Promise<number>) =>\n  p.then(\n    (x) => x,\n    () => 0,\n  );\n',
    ],
  ])('rejects %s', async (_name, code) => {
    expect((await problems(code)).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a catch that wraps the error',
      'export function f(g: () => void) {\n  try {\n    g();\n  } catch (e) {\n    throw new Error("ctx", { cause: e });\n  }\n}\n',
    ],
    [
      'a rejection with context',
      'export const f = (p: Promise<number>) =>\n  p.catch((e: Error) => Promise.reject(new Error(`ctx: ${e.message}`)));\n',
    ],
    [
      'an allow-listed one with its reason',
      'export const f = (p: Promise<number>) =>\n  // eslint-disable-next-line no-restricted-syntax -- the body is drained only to free the socket\n  p.catch(() => 0);\n',
    ],
  ])('accepts %s', async (_name, code) => {
    expect(await problems(code)).toEqual([]);
  });

  it('applies to package sources only', async () => {
    expect(await problems('export const f = (p: Promise<number>) => p.catch(() => 0);\n', 'scripts/tool.ts')).toEqual(
      [],
    );
  });
});
