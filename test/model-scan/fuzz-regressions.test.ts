/**
 * Replays what `npm run fuzz` works from, without the fuzzer: every input kept under
 * test/fixtures/model-scan/fuzz-crashes/ (a crash, hang or out-of-memory input a fuzz target found) through
 * the target that found it and through the whole scanner, and every seed of every target through that
 * target. Each must end with findings or a clean result: no exception other than the scanner's typed
 * errors, no internal error reported as a finding, no hang.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedFiles, type SeedFile } from '../../fuzz/lib/seeds.js';
import { scanBytes } from '../../fuzz/lib/scan.js';
import { removeScratch } from '../../fuzz/lib/temp.js';
import type { FuzzTarget } from '../../fuzz/lib/target.js';
import { TARGETS } from '../../fuzz/targets/index.js';

const FIXTURES = join(process.cwd(), 'test/fixtures/model-scan');
const CRASHES = join(FIXTURES, 'fuzz-crashes');
const HANG_MS = 15_000;

afterAll(removeScratch);

/** Resolves with what `run` gives, or rejects when it throws or does not end within HANG_MS. */
async function bounded<T>(what: string, run: () => T | Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not end within ${HANG_MS} ms (hang)`)), HANG_MS);
  });
  try {
    return await Promise.race([Promise.resolve().then(run), hang]);
  } finally {
    clearTimeout(timer);
  }
}

const kept = existsSync(CRASHES)
  ? readdirSync(CRASHES)
      .filter((n) => n.endsWith('.bin'))
      .sort()
  : [];
// it.each refuses an empty table
const eachKept =
  kept.length > 0 ? it.each(kept) : (name: string, _fn: (n: string) => Promise<void>) => it.skip(name, () => undefined);

/** The target that found a kept input, from its name `<target>-<sha1>.bin`. */
function targetOf(n: string): FuzzTarget {
  const target = TARGETS.find(
    (t) => n.startsWith(`${t.name}-`) && /^[0-9a-f]{40}\.bin$/.test(n.slice(t.name.length + 1)),
  );
  if (!target) throw new Error(`${n}: no fuzz target of that name (${TARGETS.map((t) => t.name).join(', ')})`);
  return target;
}

describe('kept fuzz inputs (test/fixtures/model-scan/fuzz-crashes)', () => {
  it('are named <target>-<sha1>.bin after a target that exists, with the error they caused next to them', () => {
    const names = TARGETS.map((t) => t.name);
    for (const n of kept) {
      const m = /^(.+)-([0-9a-f]{40})\.bin$/.exec(n);
      expect({ n, target: m !== null && names.includes(m[1]!) }).toEqual({ n, target: true });
      expect(readFileSync(join(CRASHES, n.replace(/\.bin$/, '.txt')), 'utf8')).toMatch(
        /^(crash|timeout|oom|leak) in target /,
      );
    }
  });

  eachKept('%s: its target ends without a bug', async (n) => {
    const target = targetOf(n);
    const data = readFileSync(join(CRASHES, n));
    await expect(bounded(`${target.name} on ${n}`, () => target.fuzz(data))).resolves.toBeUndefined();
  });

  eachKept('%s: the scanner ends with a report', async (n) => {
    const target = targetOf(n);
    const raw = readFileSync(join(CRASHES, n));
    const data = target.asFile ? target.asFile(raw) : raw;
    const report = await bounded(`scanFile on ${n}`, () => scanBytes(data));
    expect(report.size).toBe(data.length);
    for (const f of report.findings) expect(f.ruleId).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  });
});

describe('every fuzz target on its seeds', () => {
  let files: SeedFile[] = [];
  beforeAll(async () => {
    files = (await seedFiles(FIXTURES)).filter((f) => !f.name.startsWith('fuzz-crashes/'));
  });

  it('every target has seeds from the committed fixtures', async () => {
    for (const t of TARGETS) {
      let n = 0;
      for (const f of files) n += (await t.seeds(f)).length;
      expect({ target: t.name, hasSeeds: n > 0 }).toEqual({ target: t.name, hasSeeds: true });
    }
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))('%s', async (_name, target) => {
    let ran = 0;
    for (const f of files) {
      for (const seed of await target.seeds(f)) {
        await expect(bounded(`${target.name} on ${f.name}`, () => target.fuzz(seed))).resolves.toBeUndefined();
        ran++;
      }
    }
    expect(ran).toBeGreaterThan(0);
  });
});
