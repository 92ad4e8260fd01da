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

  /** Runs `data` with `limits`; returns the rule ids found and the nested payloads handed over. */
  function withLimits(
    data: Buffer,
    limits: Partial<typeof DEFAULT_PICKLE_LIMITS>,
  ): { rules: string[]; nested: number } {
    const rules: string[] = [];
    let nested = 0;
    const vm = new PickleVM({ finding: (rule) => rules.push(rule), nested: () => void nested++ }, new GlobalPolicy(), {
      ...DEFAULT_PICKLE_LIMITS,
      ...limits,
    });
    vm.feed(data);
    vm.end();
    return { rules, nested };
  }
  const sbu = (s: string): Buffer => Buffer.concat([Buffer.from([0x8c, s.length]), Buffer.from(s, 'latin1')]);
  /** PROTO 4, `n` short strings pushed and popped, then module.name via STACK_GLOBAL called with (). */
  const afterStrings = (n: number, module: string, name: string): Buffer =>
    Buffer.concat([
      Buffer.from([0x80, 0x04]),
      ...Array.from({ length: n }, (_, i) =>
        Buffer.concat([sbu(`string_${String(i).padStart(4, '0')}`), Buffer.from([0x30])]),
      ),
      sbu(module),
      sbu(name),
      Buffer.from([0x93, 0x29, 0x52, 0x2e]), // STACK_GLOBAL EMPTY_TUPLE REDUCE STOP
    ]);

  it('keeps decoding short strings past the string budget, so STACK_GLOBAL names stay visible', () => {
    // 1,000 strings of 11 characters are far past a 64-byte budget; the names after them still resolve
    expect(withLimits(afterStrings(1000, 'collections', 'OrderedDict'), { maxStringBytes: 64 }).rules).toEqual([]);
    expect(withLimits(afterStrings(1000, 'os', 'system'), { maxStringBytes: 64 }).rules).toEqual([
      'pickle.dangerous-global',
    ]);
  });

  it('a long string past the budget is known by length only, and a name built from it is flagged', () => {
    const long = 'x'.repeat(300);
    const p = Buffer.concat([
      Buffer.from([0x80, 0x04, 0x58]),
      Buffer.from(new Uint32Array([long.length]).buffer),
      Buffer.from(long),
      sbu('system'),
      Buffer.from([0x93, 0x2e]),
    ]);
    expect(withLimits(p, { maxStringBytes: 100 }).rules).toEqual(['pickle.dynamic-global']);
    expect(withLimits(p, {}).rules).toEqual(['pickle.unknown-global']);
  });

  it('reports a payload handed to a loader that was too large to keep, and unwraps it when it fits', () => {
    const inner = Buffer.concat([Buffer.from('cos\nsystem\n(S"id"\ntR.', 'latin1'), Buffer.alloc((2 << 20) - 20)]);
    const size = Buffer.alloc(8);
    size.writeBigUInt64LE(BigInt(inner.length));
    const p = Buffer.concat([
      Buffer.from([0x80, 0x04]),
      sbu('pickle'),
      sbu('loads'),
      Buffer.from([0x93, 0x8e]), // STACK_GLOBAL, BINBYTES8
      size,
      inner,
      Buffer.from([0x85, 0x52, 0x2e]), // TUPLE1 REDUCE STOP
    ]);
    expect(withLimits(p, {})).toEqual({ rules: ['pickle.dangerous-global', 'pickle.nested-unscanned'], nested: 0 });
    expect(withLimits(p, { keepPayload: 4 << 20 })).toEqual({ rules: ['pickle.dangerous-global'], nested: 1 });
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

describe('the sparse memo (indices past the first 65,536)', () => {
  const u32 = (v: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    return b;
  };
  const put = (idx: number): Buffer => Buffer.concat([Buffer.from([0x72]), u32(idx), Buffer.from('0', 'latin1')]);
  const get = (idx: number): Buffer => Buffer.concat([Buffer.from([0x6a]), u32(idx)]);
  const str = (s: string): Buffer => Buffer.concat([Buffer.from([0x8c, s.length]), Buffer.from(s, 'latin1')]);
  const call = Buffer.concat([Buffer.from([0x93]), str('id'), Buffer.from([0x85, 0x52, 0x2e])]);

  it('keeps names stored far apart, so STACK_GLOBAL still sees os.system', () => {
    const data = Buffer.concat([
      Buffer.from([0x80, 0x04]),
      ...[
        [str('os'), put(100_000)],
        [str('system'), put(7_000_031)],
        [str('x'), put(100_001)], // same chunk as 100000: does not disturb it
      ].flat(),
      get(100_000),
      get(7_000_031),
      call,
    ]);
    const r = run(data, 3);
    expect(r.error).toBeUndefined();
    expect(r.findings.some((f) => f.startsWith('pickle.dangerous-global:critical'))).toBe(true);
    expect(r.findings.some((f) => f.startsWith('pickle.dynamic-global'))).toBe(false);
  });
  it('an entry overwritten by a value it does not keep reads back opaque (a dynamic global), never the old value', () => {
    const data = Buffer.concat([
      Buffer.from([0x80, 0x04]),
      str('os'),
      put(100_000),
      Buffer.from([0x7d]), // EMPTY_DICT: not a small value, not kept past the dense part
      put(100_000),
      get(100_000),
      str('system'),
      call,
    ]);
    const r = run(data, 5);
    expect(r.findings.some((f) => f.startsWith('pickle.dynamic-global'))).toBe(true);
    expect(r.findings.some((f) => f.startsWith('pickle.dangerous-global'))).toBe(false);
  });
});
