/** The pickle VM on its own: chunk boundaries, skipped payloads, memo semantics, and the policy. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PICKLE_LIMITS, GlobalPolicy, PickleVM, checkTemplate, detect } from '@ml-gates/model-scan';

const ROOT = join(process.cwd(), 'test/fixtures/model-scan');

function run(data: Buffer, chunk: number): { findings: string[]; nested: number; pickles: number; error?: string } {
  const findings: string[] = [];
  let nested = 0;
  const vm = new PickleVM(
    { finding: (rule, sev, _m, off) => findings.push(`${rule}:${sev}@${off}`), nested: () => void nested++ },
    new GlobalPolicy(),
  );
  try {
    for (let i = 0; i < data.length; i += chunk) vm.feed(data.subarray(i, i + chunk));
    if (!vm.done) vm.end();
  } catch (error) {
    return { findings, nested, pickles: vm.pickles, error: (error as Error).message };
  }
  return { findings, nested, pickles: vm.pickles };
}

describe('PickleVM', () => {
  const pickles = readdirSync(join(ROOT, 'malicious')).filter((n) => n.endsWith('.pkl'));
  it.each(pickles)('%s gives the same result fed 1, 7 and all bytes at a time', (n) => {
    const data = readFileSync(join(ROOT, 'malicious', n));
    const whole = run(data, data.length);
    expect(run(data, 1)).toEqual(whole);
    expect(run(data, 7)).toEqual(whole);
    expect(whole.findings.length).toBeGreaterThan(0);
  });

  it('skips a large BINBYTES payload across chunks without buffering it, then sees the payload after it', () => {
    const big = 5 << 20;
    const hdr = Buffer.from([0x80, 0x04, 0x8e, ...Buffer.from(new BigUint64Array([BigInt(big)]).buffer), 0]);
    const head = Buffer.concat([Buffer.from([0x80, 0x04, 0x8e]), Buffer.alloc(8)]);
    head.writeBigUInt64LE(BigInt(big), 3);
    const tail = Buffer.from('0cos\nsystem\n.', 'latin1');
    const vm = new PickleVM({ finding: (r) => found.push(r), nested: () => undefined }, new GlobalPolicy());
    const found: string[] = [];
    vm.feed(head);
    for (let i = 0; i < big; i += 1 << 20) vm.feed(Buffer.alloc(1 << 20));
    vm.feed(tail);
    vm.end();
    expect(found).toEqual(['pickle.dangerous-global']);
    expect(hdr.length).toBeGreaterThan(0);
  });

  it('still sizes joblib arrays after the retention budget is spent', () => {
    const data = readFileSync(join(ROOT, 'benign/pipeline.joblib'));
    const errors: string[] = [];
    const vm = new PickleVM({ finding: (r) => errors.push(r), nested: () => undefined }, new GlobalPolicy(), {
      ...DEFAULT_PICKLE_LIMITS,
      maxRetained: 5,
    });
    vm.feed(data);
    vm.end();
    expect(errors).toEqual([]);
    expect(vm.pickles).toBe(1);
  });

  it('MEMOIZE numbers entries like len(memo), after explicit PUTs', () => {
    // BINPUT 0 'os', MEMOIZE 'system' -> index 1; BINGET 0, BINGET 1, STACK_GLOBAL
    const p = Buffer.concat([
      Buffer.from([0x80, 0x04, 0x8c, 2]),
      Buffer.from('os'),
      Buffer.from([0x71, 0x00, 0x8c, 6]),
      Buffer.from('system'),
      Buffer.from([0x94, 0x30, 0x30, 0x68, 0x00, 0x68, 0x01, 0x93, 0x2e]),
    ]);
    expect(run(p, p.length).findings).toEqual(['pickle.dangerous-global:critical@23']);
  });

  it('allows the framework callables and flags the bypass list', () => {
    const policy = new GlobalPolicy();
    for (const [m, n] of [
      ['torch._utils', '_rebuild_tensor_v2'],
      ['collections', 'OrderedDict'],
      ['numpy.core.multiarray', '_reconstruct'],
      ['sklearn.linear_model._logistic', 'LogisticRegression'],
      ['copyreg', '_reconstructor'],
      ['_codecs', 'encode'],
    ]) {
      expect(policy.judge(m!, n!).severity).toBe('safe');
    }
    for (const [m, n] of [
      ['pip', 'main'],
      ['pkgutil', 'resolve_name'],
      ['code', 'InteractiveInterpreter'],
      ['cProfile', 'run'],
      ['ensurepip', '_run_pip'],
      ['idlelib.pyshell', 'main'],
      ['lib2to3.main', 'main'],
      ['uuid', '_get_command_stdout'],
      ['imaplib', 'IMAP4_stream'],
      ['torch.utils.collect_env', 'run'],
      ['multiprocessing.util', 'spawnv_passfds'],
      ['_operator', 'methodcaller'],
      ['posixpath', 'os.system'],
      ['torch', 'hub.load'],
      ['sklearn', 'utils.os.system'],
    ]) {
      expect({ m, n, v: policy.judge(m!, n!).severity }).toEqual({ m, n, v: 'critical' });
    }
    // function names under an allowlisted package are not allowed by a wildcard
    expect(policy.judge('sklearn.utils', 'some_function').severity).toBe('medium');
    expect(policy.judge('torch.nn.modules.linear', 'F').severity).toBe('medium');
  });
});

describe('detection and templates', () => {
  it('detects formats from bytes, not names', () => {
    expect(detect(readFileSync(join(ROOT, 'benign/no_extension')), 100)).toBe('zip');
    expect(detect(Buffer.from([0x80, 0x05, 0x95]), 3)).toBe('pickle');
    expect(detect(Buffer.from("(dp0\nS'a'\np1\nI1\ns.", 'latin1'), 20)).toBe('pickle');
    expect(detect(Buffer.from('GGUF\x03\x00\x00\x00'), 8)).toBe('gguf');
    expect(detect(Buffer.from('hello world, this is text\n'), 26)).toBe('text');
  });
  it('passes ordinary chat templates and catches SSTI', () => {
    expect(
      checkTemplate(
        "{% for m in messages %}{{ m['role'] }}: {{ m.content | trim }}{% endfor %}{% if tools %}{{ tools | tojson }}{% endif %}{{ messages[-1]['content'] }}{{ messages[1:] | length }}",
      ),
    ).toEqual([]);
    expect(checkTemplate('{{ self._TemplateReference__context }}').map((i) => i.severity)).toContain('critical');
    expect(checkTemplate("{{ lipsum.__globals__['os'].popen('id').read() }}").map((i) => i.severity)).toContain(
      'critical',
    );
    expect(checkTemplate('{{ x | attr(name) }}').map((i) => i.rule)).toContain('templates.ssti');
    expect(checkTemplate("{{ x[('__cla' ~ 'ss__')] }}").length).toBeGreaterThan(0);
  });
});
