/** Every `data` command exits 3 on a dataset it cannot read or parse (issue #22), and says where. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from '@jest/globals';
import { main, type CliIo } from '@ml-gates/cli';
import { dataGate } from '@ml-gates/data-gate';

const dir = mkdtempSync(join(tmpdir(), 'ml-gates-data-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'good.csv'), 'a,b\n1,2\n3,4\n');
writeFileSync(join(dir, 'bad.csv'), 'a,b\n1,2\n3,"open\n5,6\n');
writeFileSync(join(dir, 'bytes.csv'), Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0x00, 0x0a]));

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: CliIo = { stdout: () => {}, stderr: (t) => (err += t), cwd: dir, env: { CI: 'true' }, isTTY: false };
  return { code: await main(args, io, [dataGate]), err };
}

describe('data commands on unreadable input', () => {
  it.each([
    [['data', 'check', 'bad.csv']],
    [['data', 'drift', '--reference', 'good.csv', '--current', 'bad.csv']],
    [['data', 'profile', 'bad.csv', '--out', 'p.json']],
    [['data', 'infer-schema', 'bad.csv']],
  ])('%j exits 3 and names the line', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(3);
    expect(r.err).toContain('bad.csv: line 3: a quoted field is never closed');
  });

  it.each([[['data', 'profile', 'bytes.csv', '--out', 'p.json']], [['data', 'infer-schema', 'bytes.csv']]])(
    '%j exits 3 on bytes that are not UTF-8',
    async (args) => {
      const r = await cli(args);
      expect(r.code).toBe(3);
      expect(r.err).toContain('bytes.csv: line 2: bytes are not valid utf-8 text');
    },
  );

  it('usage mistakes stay exit 2', async () => {
    expect((await cli(['data', 'profile', 'good.csv'])).code).toBe(2);
  });
});
