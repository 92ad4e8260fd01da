/**
 * PickleVM (`feed`/`end`): the streaming pickle simulator. Each input is run twice, fed whole and fed in
 * chunks split at pseudo-random points (derived from the input, so a crash replays exactly): the findings,
 * the error and the counters must not depend on where the stream was split, since the scanner reads files
 * in 1 MiB chunks and archive members in whatever pieces inflate yields.
 */
import { crc32 } from 'node:zlib';
import { GlobalPolicy } from '../../packages/model-scan/src/pickle/policy.js';
import { PickleVM } from '../../packages/model-scan/src/pickle/vm.js';
import { FuzzBug, isExpectedError } from '../lib/oracle.js';
import { entry, type FuzzTarget } from '../lib/target.js';

const policy = new GlobalPolicy([]);

interface Outcome {
  findings: string[];
  error: string | undefined;
  pickles: number;
  opcodes: number;
}

/** Chunk boundaries from a small PRNG seeded with the input's CRC: 1-byte runs, small and large pieces. */
function split(data: Buffer): Buffer[] {
  let s = crc32(data) | 1;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const out: Buffer[] = [];
  for (let at = 0; at < data.length;) {
    const r = next();
    const n = r % 4 === 0 ? 1 : r % 4 === 1 ? 1 + ((r >>> 8) % 16) : 1 + ((r >>> 8) % 4096);
    out.push(data.subarray(at, at + n));
    at += n;
  }
  return out;
}

/** Feeds the chunks the way the scanner does (chunks after the VM is done are not fed). */
function run(chunks: Buffer[]): Outcome {
  const findings: string[] = [];
  const vm = new PickleVM(
    {
      finding: (rule, severity, message, offset) => findings.push(`${rule} ${severity} @${offset}: ${message}`),
      nested: () => undefined,
      text: () => undefined,
    },
    policy,
  );
  let error: string | undefined;
  try {
    for (const c of chunks) {
      if (vm.done) break;
      vm.feed(c);
    }
    if (!vm.done) vm.end();
  } catch (e) {
    if (!isExpectedError(e)) throw e;
    const err = e as Error & { offset?: number };
    error = `${err.name}: ${err.message} @${err.offset}`;
  }
  return { findings, error, pickles: vm.pickles, opcodes: vm.opcodes };
}

export const target: FuzzTarget = {
  name: 'pickle-vm',
  parser: 'PickleVM feed/end (packages/model-scan/src/pickle/vm.ts), whole and in random chunk splits',
  sync: true,
  seeds: (f) => (f.format === 'pickle' ? [f.data] : []),
  fuzz(data) {
    const whole = run(data.length > 0 ? [data] : []);
    const chunked = run(split(data));
    const a = JSON.stringify(whole);
    const b = JSON.stringify(chunked);
    if (a !== b) throw new FuzzBug(`result depends on chunk boundaries:\n  whole:   ${a}\n  chunked: ${b}`);
  },
};

export const fuzz = entry(target);
