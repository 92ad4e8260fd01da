import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '@ml-gates/cli';
import { GATES, io, workspace } from './helpers.js';

describe('promotion with proof, end to end (gates → policy → attest → verify)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workspace();
    const t = io(dir);
    const code = await main(['run', '--out', 'reports'], t);
    if (code !== 0) throw new Error(`gates did not pass: ${t.out}${t.err}`);
  });

  it('the policy over the reports passes, rendered by core reporters as a result named policy', async () => {
    const t = io(dir);
    expect(await main(['policy', '--reports', 'reports', '--format', 'json'], t)).toBe(0);
    const report = JSON.parse(t.out) as { results: { gate: string; verdict: string; checks: { id: string }[] }[] };
    expect(report.results[0]!.gate).toBe('policy');
    expect(report.results[0]!.verdict).toBe('pass');
    expect(report.results[0]!.checks.map((c) => c.id)).toEqual(['auc-floor']);
  });

  it('attest writes a signed bundle; verify passes on the untouched files', async () => {
    const a = io(dir, { GITHUB_RUN_ID: '42', GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: 'abc123' });
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], a)).toBe(0);
    expect(a.out).toMatch(/2 subject\(s\), verdict pass/);
    const bundle = JSON.parse(readFileSync(join(dir, 'att.json'), 'utf8')) as {
      dsseEnvelope: { payload: string; payloadType: string };
    };
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.subject.map((s: { name: string }) => s.name)).toEqual([
      'eval/predictions.csv',
      'model/model.safetensors',
    ]);
    expect(statement.predicateType).toBe('https://ml-gates.dev/attestation/promotion/v1');
    expect(statement.predicate.policy.verdict).toBe('pass');
    expect(statement.predicate.run).toMatchObject({ runId: '42', repository: 'acme/models' });
    expect(statement.predicate.commit).toBe('abc123');
    expect(statement.predicate.config.path).toBe('ml-gates.yml');

    // Deploy rules can pin the signing run: repository, workflow, ref (signed claims of the attestation).
    const pin = (repo: string) =>
      `version: 1\npolicy:\n  deploy:\n    - id: repo\n      message: attested by acme/models\n      expr: verdict == "pass" && run["repository"] == "${repo}"\n`;
    writeFileSync(join(dir, 'pin-ok.yml'), pin('acme/models'));
    writeFileSync(join(dir, 'pin-bad.yml'), pin('evil/fork'));
    const args = ['verify', 'model', '--attestation', 'att.json', '--key', 'signing.pub', '--config'];
    expect(await main([...args, 'pin-ok.yml'], io(dir))).toBe(0);
    const bad = io(dir);
    expect(await main([...args, 'pin-bad.yml'], bad)).toBe(1);
    expect(bad.err).toMatch(/deploy policy repo: attested by acme\/models/);

    const v = io(dir);
    expect(
      await main(
        ['verify', 'model', 'eval', '--attestation', 'att.json', '--key', 'signing.pub', '--config', 'ml-gates.yml'],
        v,
      ),
    ).toBe(0);
    expect(v.out).toMatch(/verified: 2 file\(s\)/);
  });

  it('one changed byte of the model makes verify fail, naming the file', async () => {
    const d = workspace();
    expect(await main(['run', '--out', 'reports'], io(d))).toBe(0);
    expect(await main(['attest', '--reports', 'reports', '--key', 'signing.pem', '--out', 'att.json'], io(d))).toBe(0);
    const model = join(d, 'model/model.safetensors');
    const bytes = readFileSync(model);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01;
    writeFileSync(model, bytes);
    const v = io(d);
    expect(await main(['verify', 'model', '--attestation', 'att.json', '--key', 'signing.pub'], v)).toBe(1);
    expect(v.err).toMatch(/verify failed: model\/model\.safetensors: sha256 .* does not match the attested/);
  });

  it('one verdict changed inside the attestation makes the signature check fail', async () => {
    const bundle = JSON.parse(readFileSync(join(dir, 'att.json'), 'utf8')) as { dsseEnvelope: { payload: string } };
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8');
    const statement = JSON.parse(payload);
    statement.predicate.gates[0].verdict = 'fail';
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(bundle));
    const v = io(dir);
    expect(await main(['verify', 'model', '--attestation', 'tampered.json', '--key', 'signing.pub'], v)).toBe(1);
    expect(v.err).toMatch(/verify failed: signature: .*does not verify/);
  });

  it('a key that did not sign, a file that was not attested, a failing deploy rule: each fails with its reason', async () => {
    const k = io(dir);
    expect(await main(['verify', 'model', '--attestation', 'att.json', '--key', 'other.pub'], k)).toBe(1);
    expect(k.err).toMatch(/signature: the bundle signature does not verify/);

    writeFileSync(join(dir, 'model/extra.bin'), 'not examined by any gate');
    const x = io(dir);
    expect(await main(['verify', 'model', '--attestation', 'att.json', '--key', 'signing.pub'], x)).toBe(1);
    expect(x.err).toMatch(/model\/extra\.bin: not attested/);

    rmSync(join(dir, 'model/extra.bin'));
    symlinkSync(join(dir, 'eval/predictions.csv'), join(dir, 'model/link.csv'));
    const l = io(dir);
    expect(await main(['verify', 'model', '--attestation', 'att.json', '--key', 'signing.pub'], l)).toBe(1);
    expect(l.err).toMatch(/model: cannot verify \(.*link\.csv is not a regular file/);
    rmSync(join(dir, 'model/link.csv'));

    writeFileSync(
      join(dir, 'deploy.yml'),
      `${GATES}policy:\n  deploy:\n    - id: needs-approval\n      message: two approvals for production\n      expr: approvals.size() >= 2\n`,
    );
    const p = io(dir);
    expect(
      await main(['verify', 'eval', '--attestation', 'att.json', '--key', 'signing.pub', '--config', 'deploy.yml'], p),
    ).toBe(1);
    expect(p.err).toMatch(/deploy policy needs-approval: two approvals for production/);
  });
});

describe('policy: validate and judgement', () => {
  it('a rule that does not compile fails validate with file:line:col', async () => {
    const dir = workspace(
      `policy:\n  rules:\n    - id: typo\n      message: a rule with a typo\n      expr: gatez["model-scan"].verdict == "pass"\n`,
    );
    const t = io(dir);
    expect(await main(['validate'], t)).toBe(2);
    // GATES has 13 lines; "expr:" is on line 18, its value starts at column 13.
    expect(t.err).toMatch(
      /ml-gates\.yml:18:13 policy\.rules\[0\]\.expr: rule "typo" does not compile: Unknown variable: gatez/,
    );
  });

  it('file:line:col points at the character cel-js names, in every YAML scalar style', async () => {
    // GATES has 13 lines, "policy:" is line 14. Each rule reads an unknown variable `nope` part-way in.
    const dir = workspace(
      [
        'policy:',
        '  rules:',
        '    - id: plain',
        '      message: m',
        '      expr: gates["model-scan"].verdict == "pass" && nope', // line 18: "nope" at column 54
        '    - id: quoted',
        '      message: m',
        '      expr: "gates[\\"model-scan\\"].verdict == \\"pass\\" || nope"', // line 21
        '    - id: folded',
        '      message: m',
        '      expr: >-',
        '        gates["model-scan"].verdict == "pass" &&',
        '          true && nope', // line 26: "nope" at column 19
        '    - id: literal',
        '      message: m',
        '      expr: |',
        '        gates["model-scan"].verdict == "pass"',
        '        && nope', // line 31: "nope" at column 12
        '',
      ].join('\n'),
    );
    const t = io(dir);
    expect(await main(['validate'], t)).toBe(2);
    const at = (id: string): string | undefined =>
      new RegExp(`ml-gates\\.yml:(\\d+:\\d+) policy\\.rules\\[\\d\\]\\.expr: rule "${id}" does not compile`).exec(
        t.err,
      )?.[1];
    const quotedLine = readFileSync(join(dir, 'ml-gates.yml'), 'utf8').split('\n')[20]!;
    expect({ plain: at('plain'), quoted: at('quoted'), folded: at('folded'), literal: at('literal') }).toEqual({
      plain: '18:54',
      quoted: `21:${quotedLine.indexOf('nope') + 1}`,
      folded: '26:19',
      literal: '31:12',
    });
  });

  it('a rule that is not a bool, or has a syntax error, also fails validate', async () => {
    const dir = workspace(
      `policy:\n  rules:\n    - id: number\n      message: not a bool\n      expr: "1 + 2"\n    - id: syntax\n      message: broken\n      expr: verdict ==\n`,
    );
    const t = io(dir);
    expect(await main(['validate'], t)).toBe(2);
    expect(t.err).toMatch(/rule "number" does not compile: the expression is a int/);
    expect(t.err).toMatch(/rule "syntax" does not compile: Unexpected token/);
  });

  it('a violated block rule fails the policy (exit 1); in warn mode it warns (exit 0)', async () => {
    const rule = (mode: string) =>
      `policy:\n  rules:\n    - id: high-auc\n      message: ROC AUC above 0.999\n      mode: ${mode}\n      expr: gates["performance-gate"].metrics["roc_auc"].value > 0.999\n`;
    const dir = workspace(rule('block'));
    // ml-gates run judges the policy too: the gates pass, the policy fails the run.
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(1);
    const run = JSON.parse(readFileSync(join(dir, 'reports/ml-gates.json'), 'utf8'));
    expect((run as { results: { gate: string; verdict: string }[] }).results.at(-1)).toMatchObject({
      gate: 'policy',
      verdict: 'fail',
    });
    const t = io(dir);
    expect(await main(['policy', '--reports', 'reports'], t)).toBe(1);
    expect(t.out).toMatch(/high-auc/);
    writeFileSync(join(dir, 'ml-gates.yml'), `${GATES}${rule('warn')}`);
    expect(await main(['policy', '--reports', 'reports'], io(dir))).toBe(0);
  });

  it('a rule reading a gate that has no report is an error, never a pass', async () => {
    const dir = workspace(
      `policy:\n  rules:\n    - id: robust\n      message: adversarial gate passed\n      expr: gates["adversarial-gate"].verdict == "pass"\n`,
    );
    // The gates pass; the policy cannot be judged, so the run is an error (exit 3), and so is the aggregate.
    expect(await main(['run', '--out', 'reports'], io(dir))).toBe(3);
    const t = io(dir);
    expect(await main(['policy', '--reports', 'reports', '--format', 'json'], t)).toBe(3);
    const result = (JSON.parse(t.out) as { results: { verdict: string; checks: { notRun?: string }[] }[] }).results[0]!;
    expect(result.verdict).toBe('error');
    expect(result.checks[0]!.notRun).toMatch(/No such key: adversarial-gate/);
  });
});
