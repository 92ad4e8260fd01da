/**
 * The pickle VM's small containers (TUPLE1-3, SETITEM into an empty dict, TUPLE from a MARK): CPython's stack
 * underflows at the opcode's offset, and the values kept before and past the retention budget, fed whole and one
 * byte at a time. These opcodes build their arrays by copying from the stack (no array literals: see `fresh` in
 * vm.ts); what they keep must not depend on how.
 */
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PICKLE_LIMITS, GlobalPolicy, PickleVM } from '@ml-gates/model-scan';
import { describe as show, PickleError } from '../../packages/model-scan/src/pickle/vm.js';

const p = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.from(x))));

/** The last STOP's value as `describe` shows it, or the error with its offset; the same fed 1 byte at a time. */
function result(data: Buffer, maxRetained = DEFAULT_PICKLE_LIMITS.maxRetained): string {
  const once = (chunk: number): string => {
    const vm = new PickleVM({ finding: () => undefined, nested: () => undefined }, new GlobalPolicy(), {
      ...DEFAULT_PICKLE_LIMITS,
      maxRetained,
    });
    try {
      for (let i = 0; i < data.length; i += chunk) vm.feed(data.subarray(i, i + chunk));
      vm.end();
    } catch (error) {
      if (!(error instanceof PickleError)) throw error;
      return `error@${error.offset}: ${error.message}`;
    }
    return show(vm.lastResult);
  };
  const whole = once(data.length);
  expect(once(1)).toBe(whole);
  return whole;
}

describe('pickle VM containers', () => {
  it.each([
    ['TUPLE1 on an empty stack', p([0x80, 4, 0x85, 0x2e]), 'error@2: stack underflow'],
    ['TUPLE2 with one value', p([0x80, 4, 0x4b, 1, 0x86, 0x2e]), 'error@4: stack underflow'],
    ['TUPLE3 with two values', p([0x80, 4, 0x4b, 1, 0x4b, 2, 0x87, 0x2e]), 'error@6: stack underflow'],
    ['TUPLE2 across a MARK', p([0x80, 4, 0x4b, 1, 0x28, 0x4b, 2, 0x86, 0x2e]), 'error@7: stack underflow'],
    [
      'SETITEM with the dict below the MARK',
      p([0x80, 4, 0x7d, 0x28, 0x4b, 1, 0x4b, 2, 0x73, 0x2e]),
      'error@8: stack underflow',
    ],
    ['SETITEM with one value', p([0x80, 4, 0x7d, 0x4b, 1, 0x73, 0x2e]), 'error@5: stack underflow'],
  ])('%s underflows where CPython does', (_name, data, expected) => {
    expect(result(data)).toBe(expected);
  });

  it('keeps TUPLE1-3 items in order, and the values under them', () => {
    // ((1,), (1, 2), (1, 2, 3)) via TUPLE1, TUPLE2, TUPLE3 then TUPLE3
    const data = p([0x80, 4, 0x4b, 1, 0x85, 0x4b, 1, 0x4b, 2, 0x86, 0x4b, 1, 0x4b, 2, 0x4b, 3, 0x87, 0x87, 0x2e]);
    expect(result(data)).toBe('((1), (1, 2), (1, 2, 3))');
  });

  it('keeps the first pair of a dict, then the pairs SETITEM adds after it', () => {
    // {'a': 1, 'b': (2, 3)} built by two SETITEMs
    const data = p([0x80, 4, 0x7d, 0x8c, 1], 'a', [0x4b, 1, 0x73, 0x8c, 1], 'b', [0x4b, 2, 0x4b, 3, 0x86, 0x73, 0x2e]);
    expect(result(data)).toBe('("a", 1, "b", (2, 3))');
  });

  it('past the retention budget keeps only small values, counting every item', () => {
    // ({}, 'x', {}) as TUPLE3 and as MARK ... TUPLE: a dict is not a small value
    const t3 = p([0x80, 4, 0x7d, 0x8c, 1], 'x', [0x7d, 0x87, 0x2e]);
    const tm = p([0x80, 4, 0x28, 0x7d, 0x8c, 1], 'x', [0x7d, 0x74, 0x2e]);
    expect(result(t3)).toBe('((), "x", ())');
    expect(result(t3, 0)).toBe('("x")');
    expect(result(tm, 0)).toBe('("x")');
  });

  it('past the retention budget keeps a dict pair of small values and drops a large one', () => {
    const small = p([0x80, 4, 0x7d, 0x8c, 1], 'k', [0x4b, 7, 0x73, 0x2e]);
    expect(result(small, 0)).toBe('("k", 7)');
    const large = p([0x80, 4, 0x7d, 0x8c, 1], 'k', [0x7d, 0x73, 0x2e]);
    expect(result(large)).toBe('("k", ())');
    expect(result(large, 0)).toBe('("k")');
  });
});
