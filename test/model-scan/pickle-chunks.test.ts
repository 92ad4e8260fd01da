/**
 * The pickle VM fed in chunks larger than the head it joins to an opcode cut at a chunk's end (the rest of the
 * chunk is read in place): the same findings, pickles, result and errors as fed whole, for the fixture pickles and
 * for cut opcodes that need more than the head (long strings, skipped payloads, joblib array data).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PICKLE_LIMITS, GlobalPolicy, PickleVM } from '@ml-gates/model-scan';
import { describe as show, PickleError, type PickleLimits } from '../../packages/model-scan/src/pickle/vm.js';

const ROOT = join(process.cwd(), 'test/fixtures/model-scan');
const CHUNKS = [4097, 5000, 8191, 65536];

function run(data: Buffer, chunk: number, limits: PickleLimits = DEFAULT_PICKLE_LIMITS): string[] {
  const out: string[] = [];
  const vm = new PickleVM(
    {
      finding: (rule, sev, _m, off) => out.push(`${rule}:${sev}@${off}`),
      nested: (d, loader, off) => out.push(`nested ${d.length} ${loader}@${off}`),
      bytes: (d, off) => out.push(`bytes ${d.length}@${off}`),
      text: (s) => out.push(`text ${s.length}`),
    },
    new GlobalPolicy(),
    limits,
  );
  try {
    for (let i = 0; i < data.length && !vm.done; i += chunk) vm.feed(data.subarray(i, i + chunk));
    if (!vm.done) vm.end();
  } catch (error) {
    if (!(error instanceof PickleError)) throw error;
    out.push(`error@${error.offset}: ${error.message}`);
  }
  out.push(`pickles ${vm.pickles} opcodes ${vm.opcodes} end ${vm.endOffset} result ${show(vm.lastResult)}`);
  return out;
}

const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];

/** A protocol-4 pickle: a list of `count` (int, str) tuples with memoised strings, then `tail` before STOP. */
function dense(count: number, tail: Buffer = Buffer.alloc(0)): Buffer {
  const parts: Buffer[] = [Buffer.from([0x80, 4, 0x5d, 0x94, 0x28])];
  for (let i = 0; i < count; i++) {
    const s = Buffer.from(`feature_${i % 97}`);
    parts.push(Buffer.from([0x4a, ...u32(i), 0x8c, s.length]), s, Buffer.from([0x94, 0x86, 0x94]));
  }
  parts.push(Buffer.from([0x65]), tail, Buffer.from([0x85, 0x2e]));
  return Buffer.concat(parts);
}

describe('pickle VM chunks', () => {
  const fixtures = [
    ...readdirSync(join(ROOT, 'malicious'))
      .filter((n) => n.endsWith('.pkl'))
      .map((n) => join('malicious', n)),
    ...['forest.pkl', 'plain_dict_p0.pkl', 'plain_dict_p5.pkl', 'pipeline.joblib'].map((n) => join('benign', n)),
  ];
  it.each(fixtures)('%s gives the same events in chunks past the joined head', (name) => {
    const data = readFileSync(join(ROOT, name));
    const whole = run(data, data.length);
    for (const c of CHUNKS) expect(run(data, c)).toEqual(whole);
  });

  it.each([
    ['a long string', Buffer.concat([Buffer.from([0x58, ...u32(20_000)]), Buffer.alloc(20_000, 0x61)])],
    ['a skipped bytes payload', Buffer.concat([Buffer.from([0x42, ...u32(30_000)]), Buffer.alloc(30_000, 0x2e)])],
    ['a long protocol-0 line', Buffer.from(`V${'b'.repeat(12_000)}\n`, 'latin1')],
    ['a dangerous import', Buffer.from('cos\nsystem\n', 'latin1')],
  ])('%s cut at every chunk size gives the same events', (_name, tail) => {
    const data = dense(3000, tail);
    const limits = { ...DEFAULT_PICKLE_LIMITS, keepPayload: 25_000 };
    const whole = run(data, data.length, limits);
    for (const c of [...CHUNKS, 4099, 6007, 10_007]) expect(run(data, c, limits)).toEqual(whole);
  });

  it('a truncated stream fails at the same offset in every chunking', () => {
    const data = dense(2000).subarray(0, 30_001);
    const whole = run(data, data.length);
    expect(whole.some((l) => l.startsWith('error@'))).toBe(true);
    for (const c of CHUNKS) expect(run(data, c)).toEqual(whole);
  });
});
