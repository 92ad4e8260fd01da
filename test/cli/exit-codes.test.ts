/**
 * Every command × {ok, fail, usage, error} against the real gates, in process, and the README's exit-code
 * table: the codes asserted here are read from the README, so the table and the CLI cannot drift apart.
 * A cell that cannot happen for a command (init never "fails a gate") says why instead of a case.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ALL_GATES, buildProgram, main, type CliIo } from '@ml-gates/cli';

type Outcome = 'ok' | 'fail' | 'usage' | 'error';

/** The README's table, parsed: exit code → meaning, mapped to our four outcomes by its words. */
function readmeExitCodes(): Record<Outcome, number> {
  const readme = readFileSync('README.md', 'utf8');
  const table = /\| Exit code \| Meaning \|\n\| --- \| --- \|\n((?:\|.*\|\n)+)/.exec(readme);
  if (!table) throw new Error('README has no exit-code table');
  const rows = table[1]!
    .trim()
    .split('\n')
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => [Number(c[1]), c[2]!] as const);
  const find = (re: RegExp): number => {
    const hits = rows.filter(([, meaning]) => re.test(meaning));
    if (hits.length !== 1)
      throw new Error(`README exit-code table: expected one row matching ${re}, got ${hits.length}`);
    return hits[0]![0];
  };
  return {
    ok: find(/passed/),
    fail: find(/a gate failed/),
    usage: find(/usage or config error \(nothing was run\)/),
    error: find(/could not run/),
  };
}

const FIX = join(process.cwd(), 'test/fixtures');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A workspace with real fixture files, so commands that write (init, hash, keygen, profile) stay in it. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlg-exit-'));
  dirs.push(dir);
  const copy = (from: string, to: string): void => copyFileSync(join(FIX, from), join(dir, to));
  mkdirSync(join(dir, 'models'));
  copy('model-scan/benign/model.safetensors', 'models/model.safetensors');
  copy('model-scan/malicious/reduce_os_system.pkl', 'evil.pkl');
  copy('data-gate/ref.csv', 'ref.csv');
  copy('data-gate/cur-nodrift.csv', 'cur.csv');
  copy('data-gate/cur-missingcol.csv', 'cur-missingcol.csv');
  copy('data-gate/sensitive.csv', 'sensitive.csv');
  copy('data-gate/not-parquet.parquet', 'broken.parquet');
  copy('performance-gate/binary.csv', 'preds.csv');
  copy('adversarial-gate/digits-robust.onnx', 'robust.onnx');
  copy('adversarial-gate/digits-eval.jsonl', 'eval.jsonl');
  writeFileSync(join(dir, 'ml-gates.yml'), 'gates:\n  model-scan:\n    paths: [models]\n');
  writeFileSync(join(dir, 'fail.yml'), 'gates:\n  model-scan:\n    paths: [evil.pkl]\n');
  writeFileSync(join(dir, 'empty-scope.yml'), 'gates:\n  model-scan:\n    paths: ["nothing-here/**/*.pt"]\n');
  // Checks that need inputs this table does not give are switched off (enabled, they are "not run": exit 3).
  writeFileSync(
    join(dir, 'data-ok.yml'),
    'gates:\n  data-gate:\n    checks: {schema: off, drift: off, leakage: off, label-balance: off}\n',
  );
  writeFileSync(
    join(dir, 'attack-ok.yml'),
    'gates:\n  adversarial-gate:\n    checks: {text-perturbation: off, llm-probes: off}\n',
  );
  writeFileSync(join(dir, 'bad.yml'), 'gates:\n  model-scan:\n    fail-onn: high\n');
  mkdirSync(join(dir, 'dir.yml'));
  return dir;
}

function cliIo(cwd: string): { io: CliIo; text: { out: string; err: string } } {
  const text = { out: '', err: '' };
  const io: CliIo = {
    stdout: (t) => void (text.out += t),
    stderr: (t) => void (text.err += t),
    cwd,
    env: { CI: 'true' },
    isTTY: false,
  };
  return { io, text };
}

async function cli(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const { io, text } = cliIo(cwd);
  const code = await main(argv, io, ALL_GATES);
  return { code, ...text };
}

type Cell = { argv: string[]; setup?: (dir: string) => void | Promise<void> } | { na: string };

/** Runs `args` once per shard of `count`, writing each partial report to `<prefix><i>`. */
async function shards(dir: string, args: string[], count: number, prefix: string): Promise<void> {
  for (let i = 1; i <= count; i++) await cli([...args, '--shard', `${i}/${count}`, '--out', `${prefix}${i}`], dir);
}

/** A key pair: keys.pem, keys.pub. */
async function keys(dir: string): Promise<void> {
  await cli(['keygen', '--out', 'keys'], dir);
}

/** A key pair (keys.pem, keys.pub), the reports of a run (`reports/`) and their attestation (att.json). */
async function attested(dir: string, config = 'ml-gates.yml'): Promise<void> {
  await cli(['keygen', '--out', 'keys'], dir);
  await cli(['run', '--config', config, '--out', 'reports'], dir);
  const r = await cli(['attest', '--reports', 'reports', '--out', 'att.json', '--key', 'keys.pem'], dir);
  if (r.code !== 0) throw new Error(`attest failed: ${r.err}`);
}

const POLICY_OK =
  'policy:\n  rules:\n    - id: scan-clean\n      message: clean\n      expr: gates["model-scan"].verdict != "fail"\n';

const TABLE: Record<string, Record<Outcome, Cell>> = {
  run: {
    ok: { argv: ['run'] },
    fail: { argv: ['run', '--config', 'fail.yml'] },
    usage: { argv: ['run', '--format', 'html'] },
    error: { argv: ['run', '--config', 'empty-scope.yml'] },
  },
  validate: {
    ok: { argv: ['validate'] },
    fail: { na: 'validate judges no gate' },
    usage: { argv: ['validate', '--config', 'bad.yml'] },
    error: { argv: ['validate', '--config', 'dir.yml'] },
  },
  init: {
    ok: { argv: ['init'], setup: (d) => rmSync(join(d, 'ml-gates.yml')) },
    fail: { na: 'init judges no gate' },
    usage: { argv: ['init'] },
    error: {
      argv: ['init', '--force'],
      setup: (d) => writeFileSync(join(d, '.github'), 'a file where the folder should be'),
    },
  },
  schema: {
    ok: { argv: ['schema'] },
    fail: { na: 'schema judges no gate' },
    usage: { argv: ['schema', '--bogus'] },
    error: { na: 'schema reads nothing that could fail' },
  },
  rules: {
    ok: { argv: ['rules', 'model-scan'] },
    fail: { na: 'rules judges no gate' },
    usage: { argv: ['rules', 'model-scna'] },
    error: { na: 'rules reads nothing that could fail' },
  },
  scan: {
    ok: { argv: ['scan', 'models'] },
    fail: { argv: ['scan', 'evil.pkl'] },
    usage: { argv: ['scan', 'nonexistent/'] },
    error: { argv: ['scan', 'nothing-here/**/*.pt'] },
  },
  hash: {
    ok: { argv: ['hash', 'models'] },
    fail: { na: 'hash writes a manifest, it judges nothing' },
    usage: { argv: ['hash', 'nonexistent/'] },
    error: { argv: ['hash', 'nothing-here/**/*.pt'] },
  },
  keygen: {
    ok: { argv: ['keygen', '--out', 'keys'] },
    fail: { na: 'keygen judges nothing' },
    usage: { argv: ['keygen', '--bogus'] },
    error: { na: 'keygen reads nothing' },
  },
  'sign-manifest': {
    ok: { na: 'needs a key pair; covered in test/model-scan/supply-chain' },
    fail: { na: 'sign-manifest judges nothing' },
    usage: { argv: ['sign-manifest', 'nonexistent.json', '--key', 'nonexistent.pem'] },
    error: { na: 'covered in test/model-scan/supply-chain' },
  },
  'data check': {
    ok: { argv: ['data', 'check', 'cur.csv', '--config', 'data-ok.yml'] },
    fail: { argv: ['data', 'check', 'sensitive.csv'] },
    usage: { argv: ['data', 'check', 'nonexistent.csv'] },
    error: { argv: ['data', 'check', 'broken.parquet'] },
  },
  'data drift': {
    ok: { argv: ['data', 'drift', '--reference', 'ref.csv', '--current', 'cur.csv'] },
    fail: { argv: ['data', 'drift', '--reference', 'ref.csv', '--current', 'cur-missingcol.csv'] },
    usage: { argv: ['data', 'drift', '--reference', 'ref.csv', '--current', 'nonexistent.csv'] },
    error: { argv: ['data', 'drift', '--reference', 'ref.csv', '--current', 'broken.parquet'] },
  },
  'data profile': {
    ok: { argv: ['data', 'profile', 'ref.csv', '--out', 'profile.json'] },
    fail: { na: 'profile writes a file, it judges nothing' },
    usage: { argv: ['data', 'profile', 'nonexistent.csv', '--out', 'profile.json'] },
    error: { argv: ['data', 'profile', 'broken.parquet', '--out', 'profile.json'] },
  },
  'data infer-schema': {
    ok: { argv: ['data', 'infer-schema', 'ref.csv'] },
    fail: { na: 'infer-schema writes rules, it judges nothing' },
    usage: { argv: ['data', 'infer-schema', 'nonexistent.csv'] },
    error: { argv: ['data', 'infer-schema', 'broken.parquet'] },
  },
  perf: {
    ok: { argv: ['perf', '--predictions', 'preds.csv', '--resamples', '50', '--min', 'roc_auc=0.5'] },
    fail: { argv: ['perf', '--predictions', 'preds.csv', '--resamples', '50', '--min', 'roc_auc=0.9999'] },
    usage: { argv: ['perf', '--predictions', 'nonexistent.csv'] },
    error: { argv: ['perf', '--predictions', 'broken.parquet'] },
  },
  attack: {
    ok: {
      argv: [
        'attack',
        '--onnx',
        'robust.onnx',
        '--data',
        'eval.jsonl',
        '--samples',
        '10',
        '--budget',
        '20',
        '--epsilon',
        '0.01',
        '--config',
        'attack-ok.yml',
      ],
    },
    fail: { na: 'a failing attack is covered in test/adversarial-gate/cli.test.ts (slow)' },
    usage: { argv: ['attack', '--onnx', 'nonexistent.onnx', '--data', 'eval.jsonl'] },
    error: { argv: ['attack', '--onnx', 'broken.parquet', '--data', 'eval.jsonl', '--samples', '5'] },
  },
  plan: {
    ok: { argv: ['plan', '--shards', '2'] },
    fail: { na: 'plan judges nothing' },
    usage: { argv: ['plan', 'nonexistent/', '--shards', '2'] },
    error: { na: 'plan reads file sizes only; what it cannot read is a warning here and a finding of the gates' },
  },
  merge: {
    ok: { argv: ['merge', 'ok1', 'ok2'], setup: (d) => shards(d, ['scan', 'models'], 2, 'ok') },
    fail: { argv: ['merge', 'f1', 'f2'], setup: (d) => shards(d, ['scan', 'models', 'evil.pkl'], 2, 'f') },
    usage: { argv: ['merge', 'nonexistent/'] },
    error: { argv: ['merge', 'e1', 'e2'], setup: (d) => shards(d, ['scan', 'nothing-here/**/*.pt'], 2, 'e') },
  },
  policy: {
    ok: {
      argv: ['policy', '--reports', 'reports'],
      setup: async (d) => {
        writeFileSync(join(d, 'ml-gates.yml'), `gates:\n  model-scan:\n    paths: [models]\n${POLICY_OK}`);
        await cli(['run', '--out', 'reports'], d);
      },
    },
    fail: {
      argv: ['policy', '--reports', 'reports'],
      setup: async (d) => {
        writeFileSync(join(d, 'ml-gates.yml'), `gates:\n  model-scan:\n    paths: [evil.pkl]\n${POLICY_OK}`);
        await cli(['run', '--out', 'reports'], d);
      },
    },
    usage: { argv: ['policy', '--reports', 'nonexistent/'] },
    error: {
      argv: ['policy', '--reports', 'ref.csv'],
      setup: (d) => writeFileSync(join(d, 'ml-gates.yml'), POLICY_OK),
    },
  },
  attest: {
    ok: {
      argv: ['attest', '--reports', 'reports', '--out', 'att.json', '--key', 'keys.pem'],
      setup: async (d) => {
        await cli(['keygen', '--out', 'keys'], d);
        await cli(['run', '--out', 'reports'], d);
      },
    },
    fail: { na: 'attest records the verdicts, it judges nothing (verify does)' },
    usage: { argv: ['attest', '--reports', 'nonexistent/', '--out', 'att.json', '--key', 'keys.pem'] },
    // A reports "folder" that is a file cannot be read.
    error: {
      argv: ['attest', '--reports', 'ref.csv', '--out', 'att.json', '--key', 'keys.pem'],
      setup: (d) => keys(d),
    },
  },
  verify: {
    ok: { argv: ['verify', 'models', '--attestation', 'att.json', '--key', 'keys.pub'], setup: (d) => attested(d) },
    fail: {
      argv: ['verify', 'models', '--attestation', 'att.json', '--key', 'keys.pub'],
      setup: async (d) => {
        await attested(d);
        writeFileSync(join(d, 'models/model.safetensors'), 'changed after the attestation');
      },
    },
    usage: { argv: ['verify', 'nonexistent/', '--attestation', 'att.json', '--key', 'keys.pub'] },
    error: { na: 'verify fails closed: what it cannot check (an unreadable bundle or key) is 1 with the reason' },
  },
  promote: {
    ok: { na: 'needs an MLflow registry; covered in test/promotion with a local server' },
    fail: { na: 'covered in test/promotion with a local server' },
    usage: { argv: ['promote', 'nonexistent/', '--attestation', 'att.json', '--model', 'm', '--model-version', '1'] },
    error: { na: 'a registry error; covered in test/promotion with a local server' },
  },
};

describe('exit codes: every command against the README table', () => {
  const codes = readmeExitCodes();

  it('the README table says 0 ok, 1 fail, 2 usage (nothing run), 3 could not run', () => {
    expect(codes).toEqual({ ok: 0, fail: 1, usage: 2, error: 3 });
  });

  it('every command of the CLI is in the table (read from the program itself)', () => {
    const names: string[] = [];
    const walk = (cmd: Command, prefix: string[]): void => {
      for (const c of cmd.commands) {
        const name = [...prefix, c.name()];
        if (c.commands.length > 0) walk(c, name);
        else if (c.name() !== 'help') names.push(name.join(' '));
      }
    };
    walk(
      buildProgram(cliIo(process.cwd()).io, () => undefined, ALL_GATES),
      [],
    );
    expect(Object.keys(TABLE).sort()).toEqual([...new Set(names)].sort());
  });

  for (const [command, row] of Object.entries(TABLE)) {
    for (const outcome of ['ok', 'fail', 'usage', 'error'] as const) {
      const cell = row[outcome];
      if ('na' in cell) continue;
      it(`${command} → ${outcome}`, async () => {
        const dir = workspace();
        await cell.setup?.(dir);
        const r = await cli(cell.argv, dir);
        expect({ code: r.code, err: r.code === codes[outcome] ? '' : r.err }).toEqual({
          code: codes[outcome],
          err: '',
        });
      }, 60_000);
    }
  }
});
