/** Table-driven: every benign fixture passes, every malicious fixture is caught with its rule and location, every hostile file ends in bounded time. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as zlib from 'node:zlib';
import { join, relative } from 'node:path';
import { defaultConfig, redactSecret, runGate, silentLogger } from '@ml-gates/core';
import { CHECK_IDS, DEFAULT_LIMITS, GlobalPolicy, modelScanGate, scanFile } from '@ml-gates/model-scan';

const ROOT = join(process.cwd(), 'test/fixtures/model-scan');
const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Record<
  string,
  [string, string | null][]
>;
const opts = { policy: new GlobalPolicy(), limits: DEFAULT_LIMITS, hash: true };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe('benign fixtures: no false positives', () => {
  const files = walk(join(ROOT, 'benign'));
  it('has the benign models the generator writes', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s has no findings above info', async (rel, abs) => {
    const r = await scanFile(abs, rel, statSync(abs).size, opts);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('walks pickles inside the torch, joblib and numpy benign files', async () => {
    for (const n of [
      'state_dict.pt',
      'full_module.pth',
      'legacy_format.bin',
      'pipeline_xz.joblib',
      'strings_object.npy',
      'no_extension',
    ]) {
      const abs = join(ROOT, 'benign', n);
      const r = await scanFile(abs, n, statSync(abs).size, opts);
      expect({ n, pickles: r.pickles > 0 }).toEqual({ n, pickles: true });
    }
    const legacy = await scanFile(
      join(ROOT, 'benign/legacy_format.bin'),
      'l',
      statSync(join(ROOT, 'benign/legacy_format.bin')).size,
      opts,
    );
    expect(legacy.formats).toContain('pytorch-legacy');
    expect(legacy.pickles).toBe(5);
  });
});

describe('malicious and hostile fixtures: caught with rule and location', () => {
  const cases = Object.entries(expected);
  it('covers the bypass families', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
  it.each(cases)('%s', async (rel, wants) => {
    const abs = join(ROOT, rel);
    const t0 = Date.now();
    const r = await scanFile(abs, rel, statSync(abs).size, opts);
    const elapsed = Date.now() - t0;
    for (const [rule, member] of wants) {
      const hit = r.findings.find(
        (f) => f.ruleId === rule && (member === null || (f.location?.member ?? '').includes(member)),
      );
      if (!hit)
        throw new Error(
          `no ${rule} @${member ?? '*'}; got ${JSON.stringify(r.findings.map((f) => `${f.ruleId} @${f.location?.member ?? ''}: ${f.message}`))}`,
        );
      expect(hit!.location!.path).toBe(rel);
      if (rule.startsWith('pickle.') && rule !== 'pickle.nested-pickle')
        expect(typeof hit!.location!.offset).toBe('number');
    }
    if (rel.startsWith('malicious/')) {
      // a malicious file always fails at the gate's default fail-on (medium)
      expect(r.findings.some((f) => ['critical', 'high', 'medium'].includes(f.severity))).toBe(true);
    }
    expect(elapsed).toBeLessThan(30_000);
  });
});

describe('finding details', () => {
  it('names the callable, the opcode and its offset', async () => {
    const abs = join(ROOT, 'malicious/stack_global_memo.pkl');
    const r = await scanFile(abs, 'x.pkl', statSync(abs).size, opts);
    const f = r.findings.find((x) => x.ruleId === 'pickle.dangerous-global')!;
    expect(f.severity).toBe('critical');
    expect(f.message).toContain('STACK_GLOBAL');
    expect(f.message).toContain('os.system');
    const bytes = readFileSync(abs);
    expect(bytes[f.location!.offset!]).toBe(0x93);
    // the decoy strings right before STACK_GLOBAL are not what was imported
    expect(r.findings.some((x) => x.message.includes('collections.OrderedDict'))).toBe(false);
  });
  it('reports fix_imports names as mapped', async () => {
    const abs = join(ROOT, 'malicious/fix_imports_commands.pkl');
    const r = await scanFile(abs, 'x', statSync(abs).size, opts);
    expect(r.findings[0]!.message).toContain('subprocess.getoutput');
  });
  it('masks secrets', async () => {
    const abs = join(ROOT, 'malicious/config_with_token.json');
    const r = await scanFile(abs, 'x', statSync(abs).size, opts);
    const token = /ghp_\w+/.exec(readFileSync(abs, 'utf8'))![0];
    const f = r.findings.find((x) => x.ruleId === 'secrets.github-token')!;
    expect(f.severity).toBe('high');
    expect(f.message).not.toContain(token);
    // the one redaction shared by every gate: marker + 4 characters + length
    expect(f.message).toContain(redactSecret(token));
    expect(redactSecret(token)).toBe(`${token.slice(0, 8)}… (40 chars)`);
  });
  it('an allowlist entry clears an unknown callable', async () => {
    const abs = join(ROOT, 'malicious/unknown_callable.pkl');
    const policy = new GlobalPolicy([
      { name: 'totally_unknown_pkg.helpers.do_things', justification: 'our own helper' },
    ]);
    const r = await scanFile(abs, 'x', statSync(abs).size, { ...opts, policy });
    expect(r.findings).toEqual([]);
  });
});

describe('wrappers produced at test time', () => {
  it.each(['zstd', 'lz4'])('unwraps %s around a pickle', async (kind) => {
    const evil = readFileSync(join(ROOT, 'malicious/reduce_os_system.pkl'));
    const packed =
      kind === 'zstd'
        ? zlib.zstdCompressSync(evil)
        : Buffer.from(
            (createRequire(import.meta.url)('lz4js') as { compress(b: Uint8Array): Uint8Array }).compress(evil),
          );
    const dir = mkdtempSync(join(tmpdir(), 'ms-wrap-'));
    writeFileSync(join(dir, 'model.bin'), packed);
    const r = await scanFile(join(dir, 'model.bin'), 'model.bin', packed.length, opts);
    expect(r.findings.map((f) => [f.ruleId, f.location?.member])).toContainEqual([
      'pickle.dangerous-global',
      `(${kind})`,
    ]);
  });
});

describe('gate', () => {
  it('fails on the malicious directory and lists every file as a subject', async () => {
    const r = await runGate(modelScanGate, {
      config: defaultConfig(),
      cwd: ROOT,
      logger: silentLogger,
      overrides: { options: { paths: ['malicious'] } },
    });
    expect(r.verdict).toBe('fail');
    expect(r.subjects.length).toBe(walk(join(ROOT, 'malicious')).length);
    expect(r.subjects.every((s) => s.verdict === 'fail')).toBe(true);
    expect(modelScanGate.outputs!(r).critical).not.toBe('0');
  });
  it('passes the benign directory', async () => {
    const r = await runGate(modelScanGate, {
      config: defaultConfig(),
      cwd: ROOT,
      logger: silentLogger,
      overrides: { options: { paths: ['benign'] } },
    });
    // only this gate's own checks (the supply-chain checks judge model cards and code separately)
    const own = r.checks.filter((c) => (CHECK_IDS as readonly string[]).includes(c.id));
    expect(own.flatMap((c) => c.findings).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(own.every((c) => c.verdict === 'pass')).toBe(true);
    expect(r.subjects.every((s) => typeof s.sha256 === 'string')).toBe(true);
    // a subject's verdict is the judgement of every finding located in it: the README is an incomplete model
    // card (the model-card check, warn mode by default), every model file passes
    const card = 'benign/README.md';
    expect(r.subjects.find((s) => s.path === card)?.verdict).toBe('warn');
    expect(r.subjects.filter((s) => s.path !== card).every((s) => s.verdict === 'pass')).toBe(true);
  });
  it('nothing scanned is an error, not a pass', async () => {
    const r = await runGate(modelScanGate, {
      config: defaultConfig(),
      cwd: ROOT,
      logger: silentLogger,
      overrides: { options: { paths: ['does-not-exist/*.pt'] } },
    });
    expect(r.verdict).toBe('error');
  });
  it('maps the action input path to paths', () => {
    expect(modelScanGate.inputsToOptions!((n) => (n === 'path' ? 'models/, extra/*.pt' : ''))).toEqual({
      paths: ['models/', 'extra/*.pt'],
    });
  });
});
