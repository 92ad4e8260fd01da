/** CLI conventions (#15 item 7) and validation before anything runs (#14 item 4), in process. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_GATES, main, type CliIo } from '@ml-gates/cli';
import type { AnyGate, Gate } from '@ml-gates/core';
import { modelScanGate } from '@ml-gates/model-scan';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'mlg-conv-'));
  dirs.push(d);
  return d;
}

async function cli(argv: string[], cwd: string, gates: readonly AnyGate[] = ALL_GATES) {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd,
    env: { CI: 'true' },
    isTTY: false,
  };
  const code = await main(argv, io, gates);
  return { code, out, err };
}

/** A gate that records whether and where it ran. */
function recordingGate(name: Gate['name'] = 'model-scan'): Gate & { runs: string[] } {
  const runs: string[] = [];
  return {
    runs,
    name,
    title: name,
    description: 'records',
    checks: [{ id: 'c', title: 'C', description: 'c', defaultMode: 'block' }],
    optionsSchema: { paths: { type: 'array', items: { type: 'string' } } },
    run: (ctx) => {
      runs.push(ctx.cwd);
      return Promise.resolve({ checks: [{ id: 'c', title: 'C' }] });
    },
  };
}

describe('unknown commands are errors with "did you mean" (exit 2)', () => {
  it('ml-gates nosuch, with or without --help, and a typo of a subcommand', async () => {
    const d = tmp();
    const a = await cli(['nosuch'], d);
    expect(a.code).toBe(2);
    expect(a.err).toContain("unknown command 'nosuch'");
    const b = await cli(['nosuch', '--help'], d);
    expect(b.code).toBe(2);
    expect(b.out).toBe('');
    expect(b.err).toContain("unknown command 'nosuch'");
    const c = await cli(['scna', 'models/'], d);
    expect(c.err).toContain("unknown command 'scna'; did you mean 'scan'?");
    const e = await cli(['data', 'chek', 'x.csv'], d);
    expect(e.code).toBe(2);
    expect(e.err).toContain("unknown command 'chek' for 'ml-gates data'; did you mean 'check'?");
    // real commands and help still work
    expect((await cli(['scan', '--help'], d)).code).toBe(0);
    expect((await cli(['help', 'run'], d)).code).toBe(0);
  });

  it('ml-gates help <unknown> is the same error, not the main help with exit 2', async () => {
    const d = tmp();
    const r = await cli(['help', 'valdate'], d);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain("unknown command 'valdate'; did you mean 'validate'?");
    const ok = await cli(['help', 'validate'], d);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Usage: ml-gates validate');
    // one level down, as Commander offers it
    const sub = await cli(['data', 'help', 'chek'], d);
    expect(sub.code).toBe(2);
    expect(sub.err).toContain("unknown command 'chek' for 'ml-gates data'; did you mean 'check'?");
    const subOk = await cli(['data', 'help', 'check'], d);
    expect(subOk.code).toBe(0);
    expect(subOk.out).toContain('Usage: ml-gates data check');
    expect((await cli(['help', 'data', 'chek'], d)).err).toContain("did you mean 'check'?");
  });
});

describe('run validates everything before any gate runs', () => {
  it('run --format html exits 2 and runs no gate', async () => {
    const d = tmp();
    writeFileSync(join(d, 'ml-gates.yml'), 'gates:\n  model-scan: {}\n');
    const g = recordingGate();
    const r = await cli(['run', '--format', 'html'], d, [g]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown format "html"');
    expect(g.runs).toEqual([]);
  });

  it('a gate missing its required input (no dataset, no predictions) stops run with exit 2 before model-scan runs', async () => {
    const d = tmp();
    writeFileSync(join(d, 'ml-gates.yml'), 'gates:\n  model-scan: {}\n  data-gate: {}\n  performance-gate: {}\n');
    const g = recordingGate();
    const gates = [g, ...ALL_GATES.filter((x) => x.name === 'data-gate' || x.name === 'performance-gate')];
    const r = await cli(['run'], d, gates);
    expect(r.code).toBe(2);
    expect(r.err).toContain('data-gate needs a dataset');
    expect(r.err).toContain('performance-gate needs a predictions file');
    expect(g.runs).toEqual([]);
    const v = await cli(['validate'], d, gates);
    expect(v.code).toBe(2);
    expect(v.err).toContain('data-gate needs a dataset');
  });

  it('run --gate model-scna: unknown gate, did you mean model-scan', async () => {
    const d = tmp();
    writeFileSync(join(d, 'ml-gates.yml'), 'gates:\n  data-gate: {}\n');
    const r = await cli(['run', '--gate', 'model-scna'], d);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown gate model-scna; did you mean model-scan?');
    expect(r.err).not.toContain('no gate is enabled');
  });

  it('a waiver naming a rule that does not exist stops validate and run (exit 2), with file:line:col', async () => {
    const d = tmp();
    writeFileSync(
      join(d, 'ml-gates.yml'),
      'gates:\n  model-scan:\n    waivers:\n      - {check: pickle, rule: pickle.unknown-callable, reason: old one, owner: "@a", expires: 2099-01-01}\n',
    );
    const v = await cli(['validate'], d);
    expect(v.code).toBe(2);
    expect(v.err).toContain(
      'ml-gates.yml:4:31 gates.model-scan.waivers[0].rule: unknown rule "pickle.unknown-callable"',
    );
    expect(v.err).toContain('did you mean "pickle.unknown-global"?');
    const g = recordingGate();
    const r = await cli(['run'], d, [{ ...modelScanGate, run: g.run } as AnyGate]);
    expect(r.code).toBe(2);
    expect(g.runs).toEqual([]);
  });

  it('scan nonexistent/ is a usage error that names the path (exit 2); a glob matching nothing is exit 3', async () => {
    const d = tmp();
    const r = await cli(['scan', 'nonexistent/'], d);
    expect(r.code).toBe(2);
    expect(r.err).toContain('path "nonexistent/" does not exist');
    expect((await cli(['scan', 'nothing/**/*.pkl'], d)).code).toBe(3);
  });

  it('plan: a path that does not exist is a usage error (exit 2), not a warning and a matrix of empty shards', async () => {
    const d = tmp();
    writeFileSync(join(d, 'a.bin'), 'x');
    const r = await cli(['plan', 'nonexistent/', '--shards', '2'], d);
    expect({ code: r.code, out: r.out }).toEqual({ code: 2, out: '' });
    expect(r.err).toContain('path "nonexistent/" does not exist');
    const bad = await cli(['plan', '--shards', 'two'], d);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--shards "two": give a whole number of shards');
    expect((await cli(['plan', 'a.bin', '--shards', '2'], d)).code).toBe(0);
  });

  it('--cwd that is not a folder and --out that is a file are usage errors before any gate runs', async () => {
    const d = tmp();
    writeFileSync(join(d, 'ml-gates.yml'), 'gates:\n  model-scan: {}\n');
    writeFileSync(join(d, 'a-file'), 'x');
    const gate = recordingGate();
    for (const argv of [
      ['run', '--cwd', 'no-such-dir'],
      ['run', '--cwd', 'a-file'],
      ['scan', '.', '--cwd', 'no-such-dir'],
      ['run', '--out', 'a-file'],
      ['scan', '.', '--out', 'a-file'],
      ['plan', '--shards', '2', '--cwd', 'no-such-dir'],
    ]) {
      const r = await cli(argv, d, argv[0] === 'run' ? [gate] : ALL_GATES);
      expect({ argv, code: r.code, out: r.out }).toEqual({ argv, code: 2, out: '' });
      expect(r.err).toMatch(/--(cwd|out) "(no-such-dir|a-file)" (does not exist|is a file)/);
      expect(r.err).not.toContain('Model scan');
    }
    expect(gate.runs).toEqual([]);
    // a missing --out folder is created, as before
    expect((await cli(['run', '--out', 'new-out'], d, [gate])).code).toBe(0);
    expect(existsSync(join(d, 'new-out'))).toBe(true);
  });

  it('policy, attest and verify: an input path that does not exist is a usage error (exit 2) naming it', async () => {
    const d = tmp();
    writeFileSync(join(d, 'ml-gates.yml'), 'gates:\n  model-scan: {}\n');
    mkdirSync(join(d, 'reports'));
    const cases: [string[], string][] = [
      [['policy', '--reports', 'no-reports'], '--reports "no-reports"'],
      [['attest', '--reports', 'no-reports', '--out', 'a.json', '--key', 'k.pem'], '--reports "no-reports"'],
      [['attest', '--reports', 'reports', '--out', 'a.json', '--key', 'no-key.pem'], '--key "no-key.pem"'],
      [['verify', 'no-model', '--attestation', 'a.json', '--key', 'k.pub'], 'path "no-model"'],
      [['verify', 'reports', '--attestation', 'no-att.json', '--key', 'k.pub'], '--attestation "no-att.json"'],
    ];
    for (const [argv, named] of cases) {
      const r = await cli(argv, d);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.err).toContain(`${named} does not exist`);
    }
  });
});

describe('the config is found by walking up to the repository root; init writes at the root', () => {
  function repo(): { root: string; sub: string } {
    const root = tmp();
    mkdirSync(join(root, '.git'));
    const sub = join(root, 'src', 'deep');
    mkdirSync(sub, { recursive: true });
    return { root, sub };
  }

  it('validate and run from a subfolder use the root ml-gates.yml; the workspace is the config file’s folder', async () => {
    const { root, sub } = repo();
    writeFileSync(join(root, 'ml-gates.yml'), 'gates:\n  model-scan: {}\n');
    const v = await cli(['validate'], sub);
    expect(v.code).toBe(0);
    expect(v.out).toBe(`${join('..', '..', 'ml-gates.yml')}: valid. Gates enabled: model-scan.\n`);
    const g = recordingGate();
    expect((await cli(['run'], sub, [g])).code).toBe(0);
    expect(g.runs).toEqual([root]);
    // --cwd overrides the workspace root
    const g2 = recordingGate();
    await cli(['run', '--cwd', '.'], sub, [g2]);
    expect(g2.runs).toEqual([sub]);
  });

  it('the config’s report section applies unless the command line says otherwise; its out is relative to the config', async () => {
    const { root, sub } = repo();
    writeFileSync(
      join(root, 'ml-gates.yml'),
      'gates:\n  model-scan: {}\nreport:\n  formats: [sarif]\n  out: reports\n',
    );
    const g = recordingGate();
    expect((await cli(['run'], sub, [g])).code).toBe(0);
    expect(existsSync(join(root, 'reports', 'ml-gates.sarif'))).toBe(true);
    expect(existsSync(join(sub, 'reports'))).toBe(false);
    const r = await cli(['run', '--format', 'json', '--out', 'here'], sub, [g]);
    expect(r.code).toBe(0);
    expect(existsSync(join(sub, 'here', 'ml-gates.json'))).toBe(true);
    expect(existsSync(join(sub, 'here', 'ml-gates.sarif'))).toBe(false);
  });

  it('the nearest config wins, and the walk stops at the repository root', async () => {
    const { root, sub } = repo();
    writeFileSync(join(root, 'ml-gates.yml'), 'gates:\n  model-scan: {}\n');
    writeFileSync(join(root, 'src', 'ml-gates.yml'), 'gates:\n  data-gate: { dataset: d.csv }\n');
    expect((await cli(['validate'], sub)).out).toContain('Gates enabled: data-gate.');
    const outer = tmp();
    writeFileSync(join(outer, 'ml-gates.yml'), 'gates:\n  model-scan: {}\n');
    const inner = join(outer, 'repo');
    mkdirSync(join(inner, '.git'), { recursive: true });
    const r = await cli(['validate'], inner);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ml-gates.yml: config file not found');
  });

  it('init from a subfolder writes ml-gates.yml and the workflow at the git top level', async () => {
    const { root, sub } = repo();
    const r = await cli(['init'], sub);
    expect(r.code).toBe(0);
    expect(existsSync(join(root, 'ml-gates.yml'))).toBe(true);
    expect(existsSync(join(root, '.github', 'workflows', 'ml-gates.yml'))).toBe(true);
    expect(existsSync(join(sub, '.github'))).toBe(false);
    expect(r.out).toContain(`wrote ${join('..', '..', 'ml-gates.yml')}`);
    // a worktree or submodule has a .git file, not a folder
    const wt = tmp();
    writeFileSync(join(wt, '.git'), 'gitdir: /elsewhere\n');
    mkdirSync(join(wt, 'a'));
    expect((await cli(['init'], join(wt, 'a'))).code).toBe(0);
    expect(existsSync(join(wt, 'ml-gates.yml'))).toBe(true);
  });

  it('init with one of its files already there writes neither (exit 2), and says which exists', async () => {
    const { root, sub } = repo();
    mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(root, '.github', 'workflows', 'ml-gates.yml'), 'name: mine\n');
    const r = await cli(['init'], sub);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${join('..', '..', '.github', 'workflows', 'ml-gates.yml')} already exists`);
    expect(existsSync(join(root, 'ml-gates.yml'))).toBe(false);
    expect(readFileSync(join(root, '.github', 'workflows', 'ml-gates.yml'), 'utf8')).toBe('name: mine\n');
    expect((await cli(['init', '--force'], sub)).code).toBe(0);
    expect(existsSync(join(root, 'ml-gates.yml'))).toBe(true);
  });
});

describe('paths: command line relative to the current folder, config relative to the config file’s folder', () => {
  it('--help says so, and scan --cwd still reads a path typed relative to the current folder', async () => {
    const help = await cli(['--help'], tmp());
    expect(help.out).toContain('a path given on the command line is relative to the current folder');
    expect(help.out).toContain("the config file's folder unless --cwd names another");
    const d = tmp();
    mkdirSync(join(d, 'here'));
    mkdirSync(join(d, 'ws'));
    writeFileSync(join(d, 'here', 'evil.pkl'), readFileSync('test/fixtures/model-scan/malicious/reduce_os_system.pkl'));
    const r = await cli(['scan', '--cwd', join('..', 'ws'), 'evil.pkl', '--format', 'json'], join(d, 'here'));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { results: { subjects: { path: string }[] }[] };
    expect(report.results[0]!.subjects.map((s) => s.path)).toEqual(['../here/evil.pkl']);
  });

  it('a gate command with --config in another folder reads the config paths relative to that folder', async () => {
    const d = tmp();
    mkdirSync(join(d, 'proj', 'models'), { recursive: true });
    writeFileSync(join(d, 'proj', 'ml-gates.yml'), 'gates:\n  model-scan: {}\n');
    const g = recordingGate();
    const scanLike = {
      ...g,
      commands: [
        { name: ['scan'], description: 's', args: '[path...]', options: [], toOptions: () => ({ options: {} }) },
      ],
    } as AnyGate;
    expect((await cli(['scan', '--config', join('proj', 'ml-gates.yml')], d, [scanLike])).code).toBe(0);
    expect(g.runs).toEqual([join(d, 'proj')]);
  });
});

describe('command help takes option defaults from the schema (#17: options in one place)', () => {
  it('ml-gates attack --help shows each default the schema declares, and a changed default follows', async () => {
    const d = tmp();
    const { code, out } = await cli(['attack', '--help'], d);
    expect(code).toBe(0);
    const helpOf = (text: string, flag: string) =>
      text
        .replace(/\s+/g, ' ')
        .split(' --')
        .find((segment) => segment.startsWith(`${flag.slice(2)} `));
    for (const [flag, value] of [
      ['--min-accuracy-kept', '0.7'],
      ['--budget', '1000'],
      ['--range', '0,1'],
      ['--corruption-sigmas', '0.05,0.1,0.2'],
      ['--examples', '5'],
      ['--norm', 'linf'],
    ] as const) {
      expect(helpOf(out, flag)).toContain(`(default ${value})`);
    }
    const attack = ALL_GATES.find((g) => g.name === 'adversarial-gate')!;
    const changed = {
      ...attack,
      optionsSchema: { ...attack.optionsSchema, budget: { type: 'integer', default: 77 } },
    } as AnyGate;
    const again = await cli(
      ['attack', '--help'],
      d,
      ALL_GATES.map((g) => (g === attack ? changed : g)),
    );
    expect(helpOf(again.out, '--budget')).toContain('(default 77)');
  });
});
