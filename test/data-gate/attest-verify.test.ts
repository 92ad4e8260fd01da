/**
 * A data-only run, attested and verified (issue #18): the dataset, the drift reference and the held-out split
 * are all subjects with the digests data-gate read, so `ml-gates verify data` passes on the untouched folder,
 * fails when the reference changes afterwards, and fails when the dataset was swapped for another of the same
 * size between the gate and `attest` (attest binds what the gate read, not what is on disk later).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main, type CliIo } from '@ml-gates/cli';

const CONFIG = `version: 1
gates:
  data-gate:
    dataset: data/train.csv
    reference: data/reference.csv
    test: data/test.csv
    checks:
      schema: off
      pii: off
      secrets: off
      outliers: off
      label-balance: off
      drift: { ignore-columns: [user_id] }
`;

function io(cwd: string): CliIo & { out: string; err: string } {
  const s = { out: '', err: '' };
  return Object.assign(s, {
    stdout: (t: string) => void (s.out += t),
    stderr: (t: string) => void (s.err += t),
    cwd,
    env: { CI: 'true', GITHUB_SHA: 'a'.repeat(40) },
    isTTY: false,
  });
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-dg-attest-'));
  mkdirSync(join(dir, 'data'));
  const text = readFileSync(resolve('examples/demo/data-gate/reference.csv'), 'utf8');
  const [header, ...rows] = text.trimEnd().split('\n');
  writeFileSync(join(dir, 'data/reference.csv'), text);
  writeFileSync(join(dir, 'data/train.csv'), `${header}\n${rows.slice(0, -40).reverse().join('\n')}\n`);
  writeFileSync(join(dir, 'data/test.csv'), `${header}\n${rows.slice(-40).join('\n')}\n`);
  writeFileSync(join(dir, 'ml-gates.yml'), CONFIG);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(dir, 'signing.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(join(dir, 'signing.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
  return dir;
}

const attest = ['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'];
const verify = ['verify', 'data', '--attestation', 'att.json', '--key', 'signing.pub'];

describe('attest and verify a data-gate run', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workspace();
    const t = io(dir);
    const code = await main(['run', '--out', 'reports'], t);
    if (code !== 0) throw new Error(`data-gate did not pass: ${t.out}${t.err}`);
  });

  it('binds the dataset, the reference and the held-out split; verify data passes', async () => {
    const a = io(dir);
    expect(await main(attest, a)).toBe(0);
    const bundle = JSON.parse(readFileSync(join(dir, 'att.json'), 'utf8')) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      subject: { name: string }[];
    };
    expect(statement.subject.map((s) => s.name)).toEqual(['data/reference.csv', 'data/test.csv', 'data/train.csv']);
    const v = io(dir);
    expect(await main(verify, v)).toBe(0);
  });

  it('a reference changed after the gates ran fails verify, naming it', async () => {
    const path = join(dir, 'data/reference.csv');
    const original = readFileSync(path);
    try {
      const changed = Buffer.from(original);
      changed[changed.length - 2] = changed[changed.length - 2] === 0x31 ? 0x32 : 0x31;
      writeFileSync(path, changed);
      const v = io(dir);
      expect(await main(verify, v)).toBe(1);
      expect(v.err + v.out).toMatch(/data\/reference\.csv: sha256 .* does not match the attested/);
    } finally {
      writeFileSync(path, original);
    }
  });

  it('a dataset swapped for one of the same size between the gate and attest is not attested as judged', async () => {
    const d = workspace();
    expect(await main(['run', '--out', 'reports'], io(d))).toBe(0);
    const path = join(d, 'data/train.csv');
    const text = readFileSync(path, 'utf8');
    const [header, ...rows] = text.trimEnd().split('\n');
    const swapped = `${header}\n${rows.reverse().join('\n')}\n`;
    expect(swapped.length).toBe(text.length);
    writeFileSync(path, swapped);
    expect(await main(attest, io(d))).toBe(0);
    const v = io(d);
    expect(await main(verify, v)).toBe(1);
    expect(v.err + v.out).toMatch(/data\/train\.csv: sha256 .* does not match the attested/);
  });
});
